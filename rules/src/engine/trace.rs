//! The explanation trace, assembled by the engine from what each provision found: a step is a
//! provision's note placed at the offence it is about; the same warning is given once.

use crate::decision::{Step, Warning};
use crate::finding::Caution;

#[derive(Default)]
pub struct Trace {
    pub steps: Vec<Step>,
    pub warnings: Vec<Warning>,
}

impl Trace {
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
