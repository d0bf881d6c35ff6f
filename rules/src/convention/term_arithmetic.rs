//! Term arithmetic — a convention of this calculator. Status: OPEN (Law No. 152-VII is silent on
//! arithmetic).
//!
//! A share of a term is taken of its months, the fraction of a month left over counted in the
//! pack's days per month, and a fraction of a day dropped (in the convict's favour); a term of N
//! months from day D ends on the day before D + N months. The arithmetic itself is in `term.rs`;
//! here are the steps and the warning that say it was used.

use chrono::NaiveDate;

use crate::decision::{StepDetail, WarningDetail};
use crate::finding::{Found, Notes};
use crate::pack::{Arithmetic, ProvisionId, Rule};
use crate::term::Term;

const ID: ProvisionId = ProvisionId::ConventionTermArithmetic;

/// A warning when a fraction had to be rounded.
pub fn rounded(rounded: bool, rule: &Rule<Arithmetic>) -> Found<()> {
    let mut notes = Notes::default();
    if rounded {
        notes.warn(rule.caution(ID, WarningDetail::ArithmeticRounded));
    }
    Found::with((), notes)
}

/// The last day of a term from `start` (`None`: a term of nothing has none).
pub fn last_day(start: NaiveDate, term: Term, rule: &Rule<Arithmetic>) -> Found<Option<NaiveDate>> {
    match term.last_day(start) {
        Some(end) => Found::noted(
            Some(end),
            rule.note(ID, StepDetail::NewLastDay { start, term, end }),
        ),
        None => Found::silent(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::RulePack;

    #[test]
    fn a_term_of_nothing_has_no_last_day_and_rounding_is_warned() {
        let rule = &RulePack::embedded().provisions.convention_term_arithmetic;
        let start = NaiveDate::from_ymd_opt(2022, 1, 6).unwrap();
        let two_years = last_day(start, Term::new(2, 0, 0), rule);
        assert_eq!(two_years.value, NaiveDate::from_ymd_opt(2024, 1, 5));
        assert_eq!(two_years.notes.steps().len(), 1);
        assert_eq!(
            last_day(start, Term::new(0, 0, 0), rule),
            Found::silent(None)
        );
        assert_eq!(rounded(true, rule).notes.warnings().len(), 1);
        assert!(rounded(false, rule).notes.warnings().is_empty());
    }
}
