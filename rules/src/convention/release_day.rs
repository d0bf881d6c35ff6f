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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::RulePack;

    #[test]
    fn the_release_on_the_last_day_is_said_and_warned() {
        let rule = &RulePack::embedded().provisions.convention_release_day;
        let day = NaiveDate::from_ymd_opt(2024, 1, 5).unwrap();
        let found = on_last_day(day, rule);
        assert_eq!(found.value, day);
        assert_eq!(
            (found.notes.steps().len(), found.notes.warnings().len()),
            (1, 1)
        );
    }
}
