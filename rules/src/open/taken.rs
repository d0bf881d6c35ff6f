//! The reading taken of each open question the engine reads both ways — the day an age is
//! reached, what the one-year rule counts on, a half day of credit, the boundary day, a term
//! begun after the law. Status: OPEN (each question's file says why). The pack says which reading
//! comes first; each question has one other, named by its `Condition` in a reading.

use super::{age_counting, half_day, one_year_base, one_year_boundary, term_began_after_law};
use crate::decision::Condition;
use crate::finding::Raised;
use crate::pack::{AgeCounting, BoundaryDay, HalfDay, LaterTerm, OneYearBase, Provisions};

/// The reading taken of each open question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Taken {
    pub age_counting: AgeCounting,
    pub one_year_base: OneYearBase,
    pub half_day: HalfDay,
    pub boundary: BoundaryDay,
    pub later_term: LaterTerm,
}

impl Taken {
    /// Each question read as the pack says to read it first.
    pub fn first(p: &Provisions) -> Taken {
        Taken {
            age_counting: p.practice_age_counting.value.first_reading,
            one_year_base: p.art3_part3_one_year_rule.value.first_reading,
            half_day: p.open_half_day.value.first_reading,
            boundary: p.open_one_year_boundary.value.first_reading,
            later_term: p.open_term_began_after_law.value.first_reading,
        }
    }

    /// The condition naming the reading taken of `raised`; `None` where it is not one of these.
    pub fn condition(&self, raised: Raised) -> Option<Condition> {
        Some(match raised {
            Raised::AgeCounting => Condition::AgeCounting {
                counting: self.age_counting,
            },
            Raised::OneYearBase => Condition::OneYearBase {
                base: self.one_year_base,
            },
            Raised::HalfDay => Condition::HalfDay {
                half_day: self.half_day,
            },
            Raised::OneYearBoundary => Condition::OneYearBoundary { day: self.boundary },
            Raised::LaterTerm => Condition::LaterTerm {
                reading: self.later_term,
            },
            _ => return None,
        })
    }

    /// The condition naming the other reading of `raised`; `None` where it is not one of these.
    pub fn other(&self, raised: Raised) -> Option<Condition> {
        let other = Taken {
            age_counting: age_counting::other(self.age_counting),
            one_year_base: one_year_base::other(self.one_year_base),
            half_day: half_day::other(self.half_day),
            boundary: one_year_boundary::other(self.boundary),
            later_term: term_began_after_law::other(self.later_term),
        };
        other.condition(raised)
    }

    /// These readings with the one `condition` names instead; `false` where it names none.
    pub fn assume(&mut self, condition: Condition) -> bool {
        match condition {
            Condition::AgeCounting { counting } => self.age_counting = counting,
            Condition::OneYearBase { base } => self.one_year_base = base,
            Condition::HalfDay { half_day } => self.half_day = half_day,
            Condition::OneYearBoundary { day } => self.boundary = day,
            Condition::LaterTerm { reading } => self.later_term = reading,
            _ => return false,
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::RulePack;

    #[test]
    fn each_question_s_other_reading_is_taken_when_assumed() {
        let first = Taken::first(&RulePack::embedded().provisions);
        for raised in [
            Raised::AgeCounting,
            Raised::OneYearBase,
            Raised::HalfDay,
            Raised::OneYearBoundary,
            Raised::LaterTerm,
        ] {
            let other = first.other(raised).unwrap();
            assert_ne!(first.condition(raised), Some(other));
            let mut taken = first;
            assert!(taken.assume(other));
            assert_eq!(taken.condition(raised), Some(other));
            assert_eq!(taken.other(raised), first.condition(raised));
        }
        assert_eq!(first.condition(Raised::Minority), None);
        assert!(!first.clone().assume(Condition::RecidivismAtSentencing));
    }
}
