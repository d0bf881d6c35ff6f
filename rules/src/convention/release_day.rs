//! Release on the last day of the term — a convention of penal practice. Status: OPEN (not
//! verified in the law's or the Code's text).
//!
//! A person serving a term is released on its last day. Every result that gives such a day says
//! it rests on this convention.

use chrono::NaiveDate;

use crate::decision::{StepDetail, WarningDetail};
use crate::finding::{Found, Notes};
use crate::pack::{ProvisionId, Rule};

const ID: ProvisionId = ProvisionId::ConventionReleaseDay;

/// Released on `date`, the term's last day.
pub fn on_last_day(date: NaiveDate, rule: &Rule<()>) -> Found<NaiveDate> {
    let mut notes = Notes::default();
    notes.step(rule.note(ID, StepDetail::ReleaseOnLastDay { date }));
    notes.warn(rule.caution(ID, WarningDetail::ReleaseDayConvention));
    Found::with(date, notes)
}
