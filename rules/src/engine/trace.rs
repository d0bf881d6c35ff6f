//! The explanation trace, assembled by the engine from what each provision found: a step is a
//! provision's note placed at the offence it is about; the same warning is given once.

use crate::decision::{Step, Warning};
use crate::finding::{Caution, Note, Notes, Raised};

#[derive(Default)]
pub struct Trace {
    pub steps: Vec<Step>,
    pub warnings: Vec<Warning>,
}

/// A provision's note as a step about `offence`.
pub fn step(note: Note, offence: Option<usize>) -> Step {
    Step {
        provision: note.provision,
        cite: note.cite,
        also: note.also,
        status: note.status,
        offence,
        detail: note.detail,
    }
}

impl Trace {
    /// A finding's steps and warnings, about `offence`; its questions are returned.
    pub fn absorb(&mut self, offence: Option<usize>, notes: Notes) -> Vec<Raised> {
        self.steps
            .extend(notes.steps.into_iter().map(|n| step(n, offence)));
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
