//! Law No. 152-VII, Art. 1 — the days of the events. Status: VERIFIED.
//!
//! The law covers offences committed from 4 to 7 January 2022, both days included. An offence
//! outside those days is not covered, whatever else is true of it. An offence that may go on in
//! time (keeping weapons and the like: `practice_continuing_offences`, reported) is dated as
//! entered, with a warning that a court decides whether one begun in those days and ended later
//! falls within them.

use chrono::NaiveDate;

use crate::decision::StepDetail;
use crate::finding::Found;
use crate::pack::{Period, ProvisionId, Rule};

const ID: ProvisionId = ProvisionId::Art1Period;

/// Whether the day of the offence falls within the period.
pub fn within(date: NaiveDate, rule: &Rule<Period>) -> Found<bool> {
    let (from, to) = (rule.value.from, rule.value.to);
    let inside = (from..=to).contains(&date);
    let detail = if inside {
        StepDetail::PeriodInside { date, from, to }
    } else {
        StepDetail::PeriodOutside { date, from, to }
    };
    Found::noted(inside, rule.note(ID, detail))
}

/// A warning where an offence within the period may be a continuing one.
pub fn continuing(
    article: crate::vocab::ArticleNo,
    inside: bool,
    rule: &Rule<crate::pack::List<crate::pack::ArticleRef>>,
) -> Option<crate::finding::Caution> {
    let listed = rule.value.iter().any(|r| r.article == article);
    (inside && listed).then(|| {
        rule.caution(
            ProvisionId::PracticeContinuingOffences,
            crate::decision::WarningDetail::ContinuingOffence { article },
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::RulePack;

    #[test]
    fn both_ends_are_included() {
        let rule = &RulePack::embedded().provisions.art1_period;
        let d = |day| NaiveDate::from_ymd_opt(2022, 1, day).unwrap();
        assert!(within(d(4), rule).value && within(d(7), rule).value);
        assert!(!within(d(3), rule).value && !within(d(8), rule).value);
        assert!(matches!(
            within(d(8), rule).notes.steps()[0].detail,
            StepDetail::PeriodOutside { .. }
        ));
    }
}
