//! Law No. 152-VII, Art. 4 — entry into force. Status: VERIFIED rule, REPORTED date.
//!
//! The law came into force on the day of its first official publication. The press reports it was
//! published on 3 November 2022 ("Kazakhstanskaya Pravda"); the date is in the pack with that
//! status, and every result that rests on it says so. A release under the law takes effect that
//! day — or, for a term that began later, on its first day. A term already over that day was
//! served before the law; dates that contradict the stage given are pointed out.

use chrono::NaiveDate;

use crate::case::Stage;
use crate::decision::{StepDetail, WarningDetail};
use crate::finding::{Found, Note, Notes};
use crate::law::art3_part5_deadline;
use crate::pack::{Deadline, InForce, ProvisionId, Provisions, Rule};
use crate::vocab::Status;

const ID: ProvisionId = ProvisionId::Art4InForce;

/// Whether a term imposed was already over when the law came into force.
pub fn ended_before(last_day: NaiveDate, in_force: NaiveDate) -> bool {
    last_day < in_force
}

/// Whether a term began after the law came into force (its convict was not one on that day).
pub fn began_after(start: NaiveDate, rule: &Rule<InForce>) -> bool {
    start > rule.value.date
}

/// Warnings about dates that contradict the case: a calculation before the law existed, a served
/// term still running, a term being served that had already ended.
pub fn contradictions(
    as_of: NaiveDate,
    stage: Stage,
    imposed_end: Option<NaiveDate>,
    rule: &Rule<InForce>,
) -> Notes {
    let in_force = rule.value.date;
    let mut notes = Notes::default();
    if as_of < in_force {
        notes.warn(rule.caution(ID, WarningDetail::AsOfBeforeInForce { as_of, in_force }));
    }
    match (imposed_end, stage) {
        (Some(end), Stage::Served) if end >= as_of => {
            notes.warn(rule.caution(ID, WarningDetail::ServedButTermRuns { end, as_of }));
        }
        (Some(end), Stage::Serving) if ended_before(end, in_force) => {
            notes.warn(rule.caution(ID, WarningDetail::ServingButEnded { end, in_force }));
        }
        _ => {}
    }
    notes
}

/// The step saying a term was over before the law came into force, if it was.
pub fn served_before_law(end: NaiveDate, rule: &Rule<InForce>) -> Option<Note> {
    let in_force = rule.value.date;
    ended_before(end, in_force)
        .then(|| rule.note(ID, StepDetail::ServedBeforeLaw { end, in_force }))
}

/// Released on the day the law came into force: as sure as that date, and due by the deadline.
pub fn released_on_entry(rule: &Rule<InForce>, deadline: &Rule<Deadline>) -> Found<NaiveDate> {
    let date = rule.value.date;
    let date_status = rule.value.date_status;
    let mut notes = Notes::default();
    let detail = StepDetail::ReleasedWhenLawInForce { date };
    notes.step(rule.note(ID, detail).sure_as(date_status));
    if date_status != Status::Verified {
        let detail = WarningDetail::InForceDateReported { date };
        let mut caution = rule.caution(ID, detail);
        caution.status = date_status;
        notes.warn(caution);
    }
    notes.warn(art3_part5_deadline::release_within(date, deadline));
    Found::with(date, notes)
}

/// The day a release under the law takes effect: the day it came into force, or the first day
/// of a sentence that began later.
pub fn release_day(start: Option<NaiveDate>, p: &Provisions) -> Found<NaiveDate> {
    let (rule, deadline) = (&p.art4_in_force, &p.art3_part5_deadline);
    match start.filter(|s| began_after(*s, rule)) {
        Some(start) => Found::silent(start),
        None => released_on_entry(rule, deadline),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::RulePack;

    #[test]
    fn a_release_takes_effect_on_entry_or_on_a_later_first_day() {
        let p = &RulePack::embedded().provisions;
        let rule = &p.art4_in_force;
        let in_force = rule.value.date;
        let later = in_force.succ_opt();
        assert_eq!(release_day(later, p).value, later.unwrap());
        let on_entry = release_day(Some(in_force), p);
        assert_eq!(on_entry.value, in_force);
        assert_eq!(on_entry.notes.steps()[0].status, rule.value.date_status);
        assert!(served_before_law(in_force.pred_opt().unwrap(), rule).is_some());
        assert!(served_before_law(in_force, rule).is_none());
    }
}
