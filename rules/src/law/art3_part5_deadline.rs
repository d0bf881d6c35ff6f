//! Law No. 152-VII, Art. 3 part 5 — six months to apply the law. Status: VERIFIED (the date it
//! gives rests on the reported day of entry into force).
//!
//! The bodies conducting criminal proceedings and those executing punishments take the measures
//! to apply the law within six months of its entry into force.

use chrono::NaiveDate;

use crate::case::Stage;
use crate::decision::{Outcome, StepDetail, WarningDetail};
use crate::finding::{Caution, Note};
use crate::pack::{Deadline, ProvisionId, Provisions, Rule};
use crate::term::add_months;

const ID: ProvisionId = ProvisionId::Art3Part5Deadline;

/// The last day of the period: six months after entry into force (a date the calendar always
/// has: the pack's day of entry into force is in 2022).
pub fn deadline(in_force: NaiveDate, rule: &Rule<Deadline>) -> NaiveDate {
    add_months(in_force, rule.value.months).unwrap_or(in_force)
}

/// The step every covered result gives.
pub fn note(outcome: Outcome, p: &Provisions) -> Option<Note> {
    let (in_force, rule) = (p.art4_in_force.value.date, &p.art3_part5_deadline);
    let deadline = deadline(in_force, rule);
    outcome
        .is_covered()
        .then(|| rule.note(ID, StepDetail::Deadline { in_force, deadline }))
}

/// A release on the day the law came into force was due by the deadline.
pub fn release_within(in_force: NaiveDate, rule: &Rule<Deadline>) -> Caution {
    let deadline = deadline(in_force, rule);
    rule.caution(ID, WarningDetail::ReleaseWithinDeadline { deadline })
}

/// A convict whose release day has passed in every reading (`days`, none missing): if still held,
/// the law may not have been applied, though the period for applying it is over; the family is
/// told whom to show the result to.
pub fn if_still_held(
    stage: Stage,
    days: &[Option<NaiveDate>],
    as_of: NaiveDate,
    rule: &Rule<Deadline>,
) -> Option<Caution> {
    if stage != Stage::Serving || days.is_empty() {
        return None;
    }
    let days: Option<Vec<NaiveDate>> = days.iter().copied().collect();
    let latest = days?.into_iter().max()?;
    (latest <= as_of).then(|| rule.caution(ID, WarningDetail::IfStillHeld { release: latest }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::RulePack;

    #[test]
    fn six_months_after_entry_into_force_for_a_covered_result() {
        let p = &RulePack::embedded().provisions;
        let in_force = p.art4_in_force.value.date;
        let six_months = add_months(in_force, 6).unwrap();
        assert_eq!(deadline(in_force, &p.art3_part5_deadline), six_months);
        assert!(note(Outcome::TermReduced, p).is_some());
        assert!(note(Outcome::NotCovered, p).is_none());
    }

    #[test]
    fn a_release_day_passed_in_every_reading_asks_whether_the_person_is_still_held() {
        let rule = &RulePack::embedded().provisions.art3_part5_deadline;
        let day = |m, d| NaiveDate::from_ymd_opt(2023, m, d);
        let as_of = day(3, 1).unwrap();
        let passed = [day(1, 5), day(2, 1)];
        let found = if_still_held(Stage::Serving, &passed, as_of, rule).unwrap();
        let release = day(2, 1).unwrap();
        assert_eq!(found.detail, WarningDetail::IfStillHeld { release });
        // One reading still to come, or one without a day, or not a convict: nothing to say.
        assert!(if_still_held(Stage::Serving, &[day(1, 5), day(6, 1)], as_of, rule).is_none());
        assert!(if_still_held(Stage::Serving, &[day(1, 5), None], as_of, rule).is_none());
        assert!(if_still_held(Stage::Trial, &passed, as_of, rule).is_none());
    }
}
