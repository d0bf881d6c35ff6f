//! The explanation trace being written while the rules run.

use crate::decision::{Citation, Figure, Figures, Step, StepKind, Warning, WarningKind};
use crate::pack::{ProvisionId, RulePack, Status};

/// Collects steps and warnings in the order the rules apply them.
pub struct Trace<'p> {
    pub pack: &'p RulePack,
    pub steps: Vec<Step>,
    pub warnings: Vec<Warning>,
}

impl<'p> Trace<'p> {
    pub fn new(pack: &'p RulePack) -> Trace<'p> {
        Trace {
            pack,
            steps: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// A step that applies a provision of the pack, with that provision's status.
    pub fn step(
        &mut self,
        kind: StepKind,
        provision: ProvisionId,
        offence: Option<usize>,
        figures: Figures,
    ) {
        let citation = Citation::of(self.pack, provision);
        let status = self.pack.provision(provision).status;
        self.step_cited(kind, citation, status, offence, figures);
    }

    /// A step with its own citation and status (an article of the Criminal Code, a list entry).
    pub fn step_cited(
        &mut self,
        kind: StepKind,
        citation: Citation,
        status: Status,
        offence: Option<usize>,
        figures: Figures,
    ) {
        self.steps.push(Step {
            kind,
            citation,
            status,
            offence,
            figures,
        });
    }

    /// A warning; the same warning with the same figures is given once.
    pub fn warn(&mut self, kind: WarningKind, provision: ProvisionId, figures: Figures) {
        let status = self.pack.provision(provision).status;
        self.warn_status(kind, provision, status, figures);
    }

    /// A warning whose status is not its provision's (a list entry that is only reported).
    pub fn warn_status(
        &mut self,
        kind: WarningKind,
        provision: ProvisionId,
        status: Status,
        figures: Figures,
    ) {
        let warning = Warning {
            kind,
            provision,
            status,
            figures,
        };
        if !self.warnings.contains(&warning) {
            self.warnings.push(warning);
        }
    }
}

/// Builds the figures of a step from name–value pairs.
pub fn figures<const N: usize>(pairs: [(&'static str, Figure); N]) -> Figures {
    pairs.into_iter().collect()
}
