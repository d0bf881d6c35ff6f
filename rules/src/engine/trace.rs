//! The explanation trace, assembled by the engine from what each provision found: a step is a
//! provision's note placed at the offence it is about; the same warning is given once.

use crate::decision::{Step, Warning};
use crate::finding::{Caution, Notes, Raised};

#[derive(Default)]
pub struct Trace {
    pub steps: Vec<Step>,
    pub warnings: Vec<Warning>,
}

impl Trace {
    /// A finding's steps and warnings, about `offence`; its questions are returned.
    pub fn absorb(&mut self, offence: Option<usize>, notes: Notes) -> Vec<Raised> {
        self.steps
            .extend(notes.steps.into_iter().map(|n| n.at(offence)));
        for caution in notes.warnings {
            self.warn(caution, offence);
        }
        notes.questions
    }

    /// A warning, once.
    pub fn warn(&mut self, caution: Caution, offence: Option<usize>) {
        let warning = Warning {
            provision: caution.provision,
            status: caution.status,
            offence,
            detail: caution.detail,
        };
        if !self.warnings.contains(&warning) {
            self.warnings.push(warning);
        }
    }
}
