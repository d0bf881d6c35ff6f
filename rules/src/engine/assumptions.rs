//! The facts a pass assumes where the case is silent, the reading it takes of each open question,
//! and the questions a pass meets: each with the values or readings it can take.

use crate::case::{Case, Institution};
use crate::criminal_code::art46_institution;
use crate::decision::Condition;
use crate::finding::Raised;
use crate::open::{age_counting, half_day, one_year_base, one_year_boundary, term_began_after_law};
use crate::pack::{AgeCounting, BoundaryDay, HalfDay, LaterTerm, OneYearBase, RulePack};

/// The facts assumed where the case is silent, and the reading taken of each open question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assumptions {
    pub part: Vec<Option<u8>>,
    pub minor: Vec<Option<bool>>,
    pub victim_14_to_18: Vec<Option<bool>>,
    pub code_category: Vec<bool>,
    pub age_counting: AgeCounting,
    pub one_year_base: OneYearBase,
    pub recidivism_at_sentencing: bool,
    pub whole_as_gravest: bool,
    /// The institution custody is credited for, where the case does not give it (`None`: CC
    /// Art. 46 part 5's default).
    pub institution: Option<Institution>,
    pub half_day: HalfDay,
    pub boundary: BoundaryDay,
    pub later_term: LaterTerm,
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
            age_counting: p.practice_age_counting.value.first_reading,
            one_year_base: p.art3_part3_one_year_rule.value.first_reading,
            recidivism_at_sentencing: false,
            whole_as_gravest: false,
            institution: None,
            half_day: p.open_half_day.value.first_reading,
            boundary: p.open_one_year_boundary.value.first_reading,
            later_term: p.open_term_began_after_law.value.first_reading,
        }
    }

    /// These assumptions, and `condition` too.
    pub fn assuming(&self, condition: Condition) -> Assumptions {
        let mut a = self.clone();
        match condition {
            Condition::Part { offence, part } => a.part[offence] = Some(part),
            Condition::Minor { offence, minor } => a.minor[offence] = Some(minor),
            Condition::VictimAged14To18 { offence, yes } => a.victim_14_to_18[offence] = Some(yes),
            Condition::CodeCategory { offence, .. } => a.code_category[offence] = true,
            Condition::AgeCounting { counting } => a.age_counting = counting,
            Condition::OneYearBase { base } => a.one_year_base = base,
            Condition::RecidivismAtSentencing => a.recidivism_at_sentencing = true,
            Condition::WholeAsGravest { .. } => a.whole_as_gravest = true,
            Condition::Institution { institution } => a.institution = Some(institution),
            Condition::HalfDay { half_day } => a.half_day = half_day,
            Condition::OneYearBoundary { day } => a.boundary = day,
            Condition::LaterTerm { reading } => a.later_term = reading,
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
        match self.raised {
            Raised::Part { parts } => (1..=parts.max(1))
                .map(|part| Condition::Part { offence, part })
                .collect(),
            Raised::Minority => [true, false]
                .map(|minor| Condition::Minor { offence, minor })
                .to_vec(),
            Raised::VictimAge => [true, false]
                .map(|yes| Condition::VictimAged14To18 { offence, yes })
                .to_vec(),
            Raised::CodeCategory { category } => {
                vec![Condition::CodeCategory { offence, category }]
            }
            Raised::AgeCounting => vec![Condition::AgeCounting {
                counting: age_counting::other(a.age_counting),
            }],
            Raised::OneYearBase => vec![Condition::OneYearBase {
                base: one_year_base::other(a.one_year_base),
            }],
            Raised::RecidivismAtSentencing => vec![Condition::RecidivismAtSentencing],
            Raised::WholeAsGravest { category } => vec![Condition::WholeAsGravest { category }],
            Raised::Institution { assumed } => art46_institution::others(assumed)
                .map(|institution| Condition::Institution { institution })
                .collect(),
            Raised::HalfDay => vec![Condition::HalfDay {
                half_day: half_day::other(a.half_day),
            }],
            Raised::OneYearBoundary => vec![Condition::OneYearBoundary {
                day: one_year_boundary::other(a.boundary),
            }],
            Raised::LaterTerm => vec![Condition::LaterTerm {
                reading: term_began_after_law::other(a.later_term),
            }],
        }
    }

    /// The condition describing the reading taken first, for an open question.
    pub fn first_condition(self, a: &Assumptions) -> Option<Condition> {
        Some(match self.raised {
            Raised::OneYearBase => Condition::OneYearBase {
                base: a.one_year_base,
            },
            Raised::AgeCounting => Condition::AgeCounting {
                counting: a.age_counting,
            },
            Raised::Institution { assumed } => Condition::Institution {
                institution: assumed,
            },
            Raised::HalfDay => Condition::HalfDay {
                half_day: a.half_day,
            },
            Raised::OneYearBoundary => Condition::OneYearBoundary { day: a.boundary },
            Raised::LaterTerm => Condition::LaterTerm {
                reading: a.later_term,
            },
            _ => return None,
        })
    }
}
