//! The facts a pass assumes where the case is silent, the reading it takes of each open question,
//! and the questions a pass meets: each with the values or readings it can take.

use crate::case::{Case, Institution};
use crate::criminal_code::art46_institution;
use crate::criminal_code::art79_record::RecordAge;
use crate::decision::Condition;
use crate::finding::Raised;
use crate::open::{age_counting, half_day, one_year_base, one_year_boundary, term_began_after_law};
use crate::pack::{AgeCounting, BoundaryDay, HalfDay, LaterTerm, OneYearBase, RulePack};
use crate::vocab::Category;

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
        let n = case.offences.len();
        Assumptions {
            part: vec![None; n],
            minor: vec![None; n],
            victim_14_to_18: vec![None; n],
            code_category: vec![false; n],
            age_counting: pack.provisions.practice_age_counting.value.first_reading,
            one_year_base: pack.provisions.art3_part3_one_year_rule.value.first_reading,
            recidivism_at_sentencing: false,
            whole_as_gravest: false,
            institution: None,
            half_day: pack.provisions.open_half_day.value.first_reading,
            boundary: pack.provisions.open_one_year_boundary.value.first_reading,
            later_term: pack
                .provisions
                .open_term_began_after_law
                .value
                .first_reading,
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

    /// The offender's minority for the record periods of offence `i` without a date of birth: as
    /// a reading takes it, or else an adult — the engine's named assumption, which the record's
    /// warning states.
    pub fn record_age_without_birth(&self, i: usize) -> RecordAge {
        match self.minor[i] {
            Some(minor) => RecordAge::Reading { minor },
            None => RecordAge::AdultAssumed,
        }
    }
}

/// A question a pass met: a fact the case lacks, or an open reading it took.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Question {
    Part {
        offence: usize,
        parts: u8,
    },
    Minor {
        offence: usize,
    },
    Victim {
        offence: usize,
    },
    CodeCategory {
        offence: usize,
        category: Category,
    },
    AgeCounting,
    OneYearBase,
    RecidivismAtSentencing,
    WholeAsGravest {
        category: Category,
    },
    /// The institution was assumed (this one) for the credit.
    Institution {
        assumed: Institution,
    },
    HalfDay,
    OneYearBoundary,
    LaterTerm,
}

impl Question {
    /// The question a provision raised, about offence `offence` where it is about one (a
    /// provision applied to one offence raises only that offence's questions).
    pub fn raised(raised: Raised, offence: Option<usize>) -> Option<Question> {
        Some(match raised {
            Raised::Part { parts } => Question::Part {
                offence: offence?,
                parts,
            },
            Raised::Minority => Question::Minor { offence: offence? },
            Raised::VictimAge => Question::Victim { offence: offence? },
            Raised::CodeCategory { category } => Question::CodeCategory {
                offence: offence?,
                category,
            },
            Raised::AgeCounting => Question::AgeCounting,
            Raised::OneYearBase => Question::OneYearBase,
            Raised::RecidivismAtSentencing => Question::RecidivismAtSentencing,
            Raised::WholeAsGravest { category } => Question::WholeAsGravest { category },
            Raised::Institution { assumed } => Question::Institution { assumed },
            Raised::HalfDay => Question::HalfDay,
            Raised::OneYearBoundary => Question::OneYearBoundary,
            Raised::LaterTerm => Question::LaterTerm,
        })
    }

    /// The custody's questions, read again under each other reading shown (a half day or the
    /// institution may change a date only there).
    pub fn crosses_readings(self) -> bool {
        matches!(self, Question::HalfDay | Question::Institution { .. })
    }

    /// A fact the case does not give: every value is a reading, none comes first.
    pub fn is_missing_fact(self) -> bool {
        matches!(
            self,
            Question::Part { .. } | Question::Minor { .. } | Question::Victim { .. }
        )
    }

    /// The condition naming each value a missing fact can take, or the other reading of an open
    /// question.
    pub fn alternatives(self, a: &Assumptions) -> Vec<Condition> {
        let mut out = Vec::new();
        match self {
            Question::Part { offence, parts } => {
                out.extend((1..=parts.max(1)).map(|part| Condition::Part { offence, part }));
            }
            Question::Minor { offence } => {
                out.extend([true, false].map(|minor| Condition::Minor { offence, minor }));
            }
            Question::Victim { offence } => {
                out.extend([true, false].map(|yes| Condition::VictimAged14To18 { offence, yes }));
            }
            Question::CodeCategory { offence, category } => {
                out.push(Condition::CodeCategory { offence, category });
            }
            Question::AgeCounting => out.push(Condition::AgeCounting {
                counting: age_counting::other(a.age_counting),
            }),
            Question::OneYearBase => out.push(Condition::OneYearBase {
                base: one_year_base::other(a.one_year_base),
            }),
            Question::RecidivismAtSentencing => out.push(Condition::RecidivismAtSentencing),
            Question::WholeAsGravest { category } => {
                out.push(Condition::WholeAsGravest { category });
            }
            Question::Institution { assumed } => out.extend(
                art46_institution::others(assumed)
                    .map(|institution| Condition::Institution { institution }),
            ),
            Question::HalfDay => out.push(Condition::HalfDay {
                half_day: half_day::other(a.half_day),
            }),
            Question::OneYearBoundary => out.push(Condition::OneYearBoundary {
                day: one_year_boundary::other(a.boundary),
            }),
            Question::LaterTerm => out.push(Condition::LaterTerm {
                reading: term_began_after_law::other(a.later_term),
            }),
        }
        out
    }

    /// The condition describing the reading taken first, for an open question.
    pub fn first_condition(self, a: &Assumptions) -> Option<Condition> {
        match self {
            Question::OneYearBase => Some(Condition::OneYearBase {
                base: a.one_year_base,
            }),
            Question::AgeCounting => Some(Condition::AgeCounting {
                counting: a.age_counting,
            }),
            Question::Institution { assumed } => Some(Condition::Institution {
                institution: assumed,
            }),
            Question::HalfDay => Some(Condition::HalfDay {
                half_day: a.half_day,
            }),
            Question::OneYearBoundary => Some(Condition::OneYearBoundary { day: a.boundary }),
            Question::LaterTerm => Some(Condition::LaterTerm {
                reading: a.later_term,
            }),
            _ => None,
        }
    }
}
