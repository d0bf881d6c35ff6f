//! The facts a pass assumes where the case is silent, the reading it takes of each open question,
//! and the questions a pass meets: each with the values or readings it can take.

use crate::case::{Case, Institution};
use crate::decision::Condition;
use crate::finding::Raised;
use crate::open::taken::Taken;
use crate::pack::RulePack;

/// The facts assumed where the case is silent, and the reading taken of each open question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assumptions {
    pub part: Vec<Option<u8>>,
    pub minor: Vec<Option<bool>>,
    pub victim_14_to_18: Vec<Option<bool>>,
    pub code_category: Vec<bool>,
    pub recidivism_at_sentencing: bool,
    pub whole_as_gravest: bool,
    /// The institution custody is credited for, where the case does not give it (`None`: CC
    /// Art. 46 part 5's default).
    pub institution: Option<Institution>,
    /// The reading taken of each open question.
    pub open: Taken,
}

impl Assumptions {
    /// Nothing assumed; each open question read as the pack says to read it first.
    pub fn first(case: &Case, pack: &RulePack) -> Assumptions {
        let (n, p) = (case.offences.len(), &pack.provisions);
        Assumptions {
            part: vec![None; n],
            minor: vec![None; n],
            victim_14_to_18: vec![None; n],
            code_category: vec![false; n],
            recidivism_at_sentencing: false,
            whole_as_gravest: false,
            institution: None,
            open: Taken::first(p),
        }
    }

    /// These assumptions, and `condition` too.
    pub fn assuming(&self, condition: Condition) -> Assumptions {
        let mut a = self.clone();
        if a.open.assume(condition) {
            return a;
        }
        match condition {
            Condition::Part { offence, part } => a.part[offence] = Some(part),
            Condition::Minor { offence, minor } => a.minor[offence] = Some(minor),
            Condition::VictimAged14To18 { offence, yes } => a.victim_14_to_18[offence] = Some(yes),
            Condition::CodeCategory { offence, .. } => a.code_category[offence] = true,
            Condition::RecidivismAtSentencing => a.recidivism_at_sentencing = true,
            Condition::WholeAsGravest { .. } => a.whole_as_gravest = true,
            Condition::Institution { institution } => a.institution = Some(institution),
            // The open questions' readings, taken above.
            Condition::AgeCounting { .. }
            | Condition::OneYearBase { .. }
            | Condition::HalfDay { .. }
            | Condition::OneYearBoundary { .. }
            | Condition::LaterTerm { .. } => {}
        }
        a
    }
}

/// A question a pass met: what a provision raised (a fact the case lacks, or an open reading it
/// took), about offence `offence` where it is about one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    pub raised: Raised,
    pub offence: Option<usize>,
}

impl Question {
    /// The question a provision raised, about offence `offence` where it is about one (a
    /// provision applied to one offence raises only that offence's questions).
    pub fn raised(raised: Raised, offence: Option<usize>) -> Option<Question> {
        if !raised.is_about_an_offence() {
            let offence = None;
            return Some(Question { raised, offence });
        }
        offence.map(|offence| Question {
            raised,
            offence: Some(offence),
        })
    }

    /// The condition naming each value a missing fact can take, or the other reading of an open
    /// question.
    pub fn alternatives(self, a: &Assumptions) -> Vec<Condition> {
        let offence = self.offence.unwrap_or_default();
        let other = || a.open.other(self.raised).into_iter().collect();
        self.raised.values(offence).unwrap_or_else(other)
    }

    /// The condition describing the reading taken first, for an open question.
    pub fn first_condition(self, a: &Assumptions) -> Option<Condition> {
        match self.raised {
            Raised::Institution { assumed } => Some(Condition::Institution {
                institution: assumed,
            }),
            raised => a.open.condition(raised),
        }
    }
}
