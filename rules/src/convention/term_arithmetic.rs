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
