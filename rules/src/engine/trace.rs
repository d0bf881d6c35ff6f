//! The explanation trace, written by the engine as it applies each provision: a step names the
//! provision, takes its citation and status from the pack, and holds what was found as a typed
//! value.

use crate::decision::{Step, StepDetail, Warning, WarningDetail};
use crate::pack::{ProvisionId, RulePack};
use crate::vocab::{Citation, Status};

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

    /// A step applying a provision, cited as the pack cites it.
    pub fn step(&mut self, provision: ProvisionId, offence: Option<usize>, detail: StepDetail) {
        let info = self.pack.provision(provision);
        self.push(provision, info.cite, None, info.status, offence, detail);
    }

    /// A step with a narrower citation (a part of CC Art. 11) or a second one (the Code's
    /// definition of an excluded group), and possibly a weaker status than its provision's.
    pub fn step_cited(
        &mut self,
        provision: ProvisionId,
        cite: Citation,
        also: Option<Citation>,
        status: Option<Status>,
        offence: Option<usize>,
        detail: StepDetail,
    ) {
        let status = status.unwrap_or(self.pack.provision(provision).status);
        self.push(provision, cite, also, status, offence, detail);
    }

    fn push(
        &mut self,
        provision: ProvisionId,
        cite: Citation,
        also: Option<Citation>,
        status: Status,
        offence: Option<usize>,
        detail: StepDetail,
    ) {
        self.steps.push(Step {
            provision,
            cite,
            also,
            status,
            offence,
            detail,
        });
    }

    /// A warning, as sure as its provision; the same warning is given once.
    pub fn warn(&mut self, provision: ProvisionId, offence: Option<usize>, detail: WarningDetail) {
        let status = self.pack.provision(provision).status;
        self.warn_status(provision, status, offence, detail);
    }

    /// A warning about a value less sure than its provision (the reported day of publication).
    pub fn warn_status(
        &mut self,
        provision: ProvisionId,
        status: Status,
        offence: Option<usize>,
        detail: WarningDetail,
    ) {
        let warning = Warning {
            provision,
            status,
            offence,
            detail,
        };
        if !self.warnings.contains(&warning) {
            self.warnings.push(warning);
        }
    }
}
