//! The facts a pass assumes where the case is silent, the reading it takes of each open question,
//! and the questions a pass meets: each with the values or readings it can take.

use crate::case::Case;
use crate::criminal_code::art79_record::RecordAge;
use crate::decision::Condition;
use crate::finding::Raised;
use crate::open::{age_counting, one_year_base};
use crate::pack::{AgeCounting, OneYearBase, RulePack};
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
        }
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
    Part { offence: usize, parts: u8 },
    Minor { offence: usize },
    Victim { offence: usize },
    CodeCategory { offence: usize, category: Category },
    AgeCounting,
    OneYearBase,
    RecidivismAtSentencing,
    WholeAsGravest { category: Category },
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
        })
    }

    /// A fact the case does not give: every value is a reading, none comes first.
    pub fn is_missing_fact(self) -> bool {
        matches!(
            self,
            Question::Part { .. } | Question::Minor { .. } | Question::Victim { .. }
        )
    }

    /// Each value a missing fact can take, or the other reading of an open question, with the
    /// condition that names it.
    pub fn alternatives(self, a: &Assumptions) -> Vec<(Assumptions, Condition)> {
        let with = |change: &dyn Fn(&mut Assumptions)| {
            let mut next = a.clone();
            change(&mut next);
            next
        };
        let both = |set: &dyn Fn(&mut Assumptions, bool), condition: &dyn Fn(bool) -> Condition| {
            [true, false]
                .into_iter()
                .map(|yes| (with(&|n| set(n, yes)), condition(yes)))
                .collect()
        };
        match self {
            Question::Part { offence, parts } => (1..=parts.max(1))
                .map(|part| {
                    (
                        with(&|n| n.part[offence] = Some(part)),
                        Condition::Part { offence, part },
                    )
                })
                .collect(),
            Question::Minor { offence } => {
                both(&|n, minor| n.minor[offence] = Some(minor), &|minor| {
                    Condition::Minor { offence, minor }
                })
            }
            Question::Victim { offence } => {
                both(&|n, yes| n.victim_14_to_18[offence] = Some(yes), &|yes| {
                    Condition::VictimAged14To18 { offence, yes }
                })
            }
            Question::CodeCategory { offence, category } => vec![(
                with(&|n| n.code_category[offence] = true),
                Condition::CodeCategory { offence, category },
            )],
            Question::AgeCounting => {
                let counting = age_counting::other(a.age_counting);
                vec![(
                    with(&|n| n.age_counting = counting),
                    Condition::AgeCounting { counting },
                )]
            }
            Question::OneYearBase => {
                let base = one_year_base::other(a.one_year_base);
                vec![(
                    with(&|n| n.one_year_base = base),
                    Condition::OneYearBase { base },
                )]
            }
            Question::RecidivismAtSentencing => vec![(
                with(&|n| n.recidivism_at_sentencing = true),
                Condition::RecidivismAtSentencing,
            )],
            Question::WholeAsGravest { category } => vec![(
                with(&|n| n.whole_as_gravest = true),
                Condition::WholeAsGravest { category },
            )],
        }
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
            _ => None,
        }
    }
}
