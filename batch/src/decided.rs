//! The figures of a decided case the results show (the protocol's [`CaseDecision`]): the new punishment and its days, the years
//! cut, and who is released, and when, in every result the decision gives (the one shown and each
//! reading of an open question or a missing fact) — so that a caseload's summary never counts as
//! released a person released in only one reading, whose release is still to come, or who was
//! never in custody.

use amnesty_rules::decision::{release_days, Decision, EarlyRelease, Outcome, Warning};
use chrono::NaiveDate;

use crate::protocol::{CaseDecision, Freed};

impl CaseDecision {
    pub(crate) fn new(d: &Decision) -> CaseDecision {
        let covered = d.outcome.is_covered();
        let cut = covered.then(|| years_cut(d)).flatten();
        let releases = releases(d);
        let paroles = Range::of(&parole_days(d));
        CaseDecision {
            outcome: d.outcome,
            status: d.status,
            category: d.category,
            figures: d.figures,
            deadline: covered.then_some(d.deadline),
            readings: d.readings.len() as u32,
            years_cut: cut.map(|y| (y * 10.0).round() / 10.0),
            custody: d.custody,
            parole: d.parole.clone(),
            replacement: d.replacement.clone(),
            probation_cancel: d.probation_cancel.clone(),
            years_cut_exact: cut,
            release_earliest: releases.earliest,
            release_latest: releases.latest,
            parole_earliest: paroles.earliest,
            parole_latest: paroles.latest,
            freed: releases.freed,
            own_sentences: d.offences.iter().map(|o| o.own_sentence).collect(),
            aggregate_range: d.aggregate_range,
            to_check: to_check(d),
        }
    }
}

/// Years of a term: a month is a twelfth of a year, a day a 365.25th.
fn term_years(t: amnesty_rules::term::Term) -> f64 {
    f64::from(t.years) + f64::from(t.months) / 12.0 + f64::from(t.days) / 365.25
}

/// The term imposed minus the new one; for a person released without a new term, minus the time
/// served until the release.
fn years_cut(d: &Decision) -> Option<f64> {
    let imposed = term_years(d.imposed_term?);
    let kept = match (d.figures.term(), d.sentence_start, d.figures.release_on) {
        (Some(t), _, _) => term_years(t),
        (None, Some(start), Some(release)) if d.outcome.frees() => {
            (release - start).num_days().max(0) as f64 / 365.25
        }
        _ => return None,
    };
    Some((imposed - kept).max(0.0))
}

/// The earliest and the latest of the days a decision's results give for one thing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Range {
    /// The earliest day of any result.
    earliest: Option<NaiveDate>,
    /// The latest, where every result gives one.
    latest: Option<NaiveDate>,
}

impl Range {
    fn of(days: &[Option<NaiveDate>]) -> Range {
        let given = days.iter().flatten();
        let every = !days.is_empty() && days.iter().all(Option::is_some);
        Range {
            earliest: given.clone().min().copied(),
            latest: given.max().copied().filter(|_| every),
        }
    }
}

/// The earliest parole day of every result a decision gives: the one shown and each reading's;
/// `None` where a result has none (a court must settle the result first, the punishment has no
/// parole, the amnesty frees him, it would come after the release), so that there is no latest.
fn parole_days(d: &Decision) -> Vec<Option<NaiveDate>> {
    let day = |e: &Option<EarlyRelease>| e.as_ref().and_then(|e| e.eligible_on);
    let shown = (d.outcome != Outcome::NeedsReview).then(|| day(&d.parole));
    std::iter::once(shown.flatten())
        .chain(d.readings.iter().map(|r| day(&r.early.parole)))
        .collect()
}

/// The days a decision's results give for a release (or the end of the punishment).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Releases {
    /// The earliest release day of any result.
    pub earliest: Option<NaiveDate>,
    /// The latest, where every result gives one.
    pub latest: Option<NaiveDate>,
    pub freed: Option<Freed>,
}

/// When, and whether, the person is released in every result of a decision.
pub fn releases(d: &Decision) -> Releases {
    let days = release_days(d.outcome, &d.figures, &d.readings);
    let given: Vec<NaiveDate> = days.iter().flatten().copied().collect();
    // A result a court has yet to settle releases nobody in every reading, whatever they give.
    let settled = d.outcome != Outcome::NeedsReview;
    let every = settled && !days.is_empty() && given.len() == days.len();
    let Range { earliest, latest } = Range::of(&days);
    let latest = latest.filter(|_| settled);
    let custody = d.punishment.is_some_and(|p| p.in_custody()) && !d.conditional;
    let by_then = |day: &NaiveDate| *day <= d.as_of;
    let freed = match (earliest, custody) {
        (None, _) => None,
        (Some(_), false) => Some(Freed::PunishmentEnds),
        (Some(_), true) => Some(match (every, given.iter().filter(|x| by_then(x)).count()) {
            (true, n) if n == given.len() => Freed::Released,
            (_, n) if n > 0 => Freed::ReleasedInSomeReading,
            (true, _) => Freed::ToBeReleased,
            (false, _) => Freed::ToBeReleasedInSomeReading,
        }),
    };
    Releases {
        earliest,
        latest,
        freed,
    }
}

/// The warnings that say the sentence entered is not one the law allows: the row is decided, and
/// these are shown beside it to be checked.
pub fn to_check(d: &Decision) -> Vec<Warning> {
    d.warnings
        .iter()
        .filter(|w| w.detail.is_beyond_the_law())
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::Freed;

    /// Three riot offences of one sentence, two freed and one cut: a court sets the new
    /// aggregate, so the result is not settled, though a reading (the cut for the gravest
    /// applied to the whole sentence) releases him. He is released in some reading only, and
    /// there is no latest day.
    #[test]
    fn a_result_a_court_must_settle_is_never_released_in_every_reading() {
        let file = br#"{"as_of":"2023-03-01","stage":"serving","offences":[
            {"article":272,"part":2,"committed_on":"2022-01-05","context":"riots","sentence":{"punishment":"imprisonment","years":7}},
            {"article":"269-1","part":2,"committed_on":"2022-01-05","context":"riots","sentence":{"punishment":"imprisonment","years":5}},
            {"article":293,"part":2,"committed_on":"2022-01-05","context":"riots","sentence":{"punishment":"imprisonment","years":3}}],
            "sentence":{"punishment":"imprisonment","years":8,"start":"2022-06-20","institution":"medium"},
            "custody":[{"from":"2022-01-06","to":"2022-06-19","kind":"detention"}]}"#;
        let today = NaiveDate::from_ymd_opt(2023, 3, 1).unwrap();
        let d = amnesty_rules::check(file, today).unwrap();
        assert_eq!(d.outcome, Outcome::NeedsReview);
        assert!(d.readings.iter().all(|r| r.figures.release_on.is_some()));
        let r = releases(&d);
        assert_eq!(r.freed, Some(Freed::ReleasedInSomeReading));
        assert_eq!(r.latest, None);
        assert!(r.earliest.is_some());
    }
}
