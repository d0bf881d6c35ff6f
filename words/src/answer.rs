//! The plain answer a person under stress can act on, and how sure it is.

use amnesty_rules::decision::{Condition, Decision, OffenceEffect, Outcome, Record, StepDetail};
use amnesty_rules::vocab::{ExclusionFact, Fraction, Status};
use chrono::NaiveDate;

use crate::format::*;
use crate::{fill, keys, t, text, Lang};

use crate::decision::*;

/// What decides between the readings of a decision, in words: the kind of its first condition.
fn what_decides(decision: &Decision, lang: Lang) -> String {
    use keys::decides as k;
    let key = |c: &Condition| match c {
        Condition::OneYearBase { .. } => k::one_year_base,
        Condition::Part { .. } => k::part,
        Condition::Minor { .. } => k::minor,
        Condition::VictimAged14To18 { .. } => k::victim,
        Condition::CodeCategory { .. } => k::code_category,
        Condition::AgeCounting { .. } => k::age_counting,
        Condition::RecidivismAtSentencing => k::recidivism,
        Condition::WholeAsGravest { .. } => k::whole,
        c => crate::after_verdict::decides(c).unwrap_or(k::whole),
    };
    // Every question the readings turn on, once each, in the order they first appear: a reading
    // may combine two (the institution and the one-year rule's base), and naming one alone would
    // say the other does not matter.
    let mut keys = Vec::new();
    let conditions = decision.readings.iter().flat_map(|r| r.conditions.iter());
    for c in conditions.chain(decision.shown_reading.iter()) {
        let k = key(c);
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    if keys.is_empty() {
        keys.push(k::whole);
    }
    let texts: Vec<&str> = keys.into_iter().map(|k| text(lang, k)).collect();
    texts.join("; ")
}

/// The cut of the gravest offence cut at sentencing, for the plain answer.
fn sentencing_cut(decision: &Decision) -> Option<Fraction> {
    decision.offences.iter().find_map(|o| match o.effect {
        OffenceEffect::CutAtSentencing { cut } => Some(cut),
        _ => None,
    })
}

/// The excluding fact the steps found, if it was one (not recidivism).
fn excluding_fact(decision: &Decision) -> Option<ExclusionFact> {
    decision.steps.iter().find_map(|s| match s.detail {
        StepDetail::ExcludedByArticle { fact, .. } | StepDetail::ExcludedByAnswer { fact } => {
            Some(fact)
        }
        _ => None,
    })
}

/// One plain answer a person under stress can act on: whether the amnesty applies, the release
/// or what happens next, and where readings differ, the range and what decides it.
pub fn plain_answer(decision: &Decision, lang: Lang) -> String {
    use keys::answer as k;
    let d = |day: NaiveDate| date(day, lang);
    let days_until = |day: NaiveDate| (day - decision.as_of).num_days();
    let covered = decision.outcome.is_covered();
    let coverage_differs = decision
        .readings
        .iter()
        .any(|r| r.outcome.is_covered() != covered);
    // Readings beside a result: the range of release days, or that the answer itself differs.
    // Where no reading is covered (they differ only in the dates after the verdict, as the
    // institution does for a case the amnesty does not cover), the answer is the result's own.
    if !decision.readings.is_empty()
        && decision.outcome != Outcome::NeedsReview
        && (covered || coverage_differs)
    {
        let what = what_decides(decision, lang);
        if coverage_differs {
            return fill(text(lang, k::some_readings_not), &[("what", what)]);
        }
        let days: Vec<NaiveDate> = decision
            .readings
            .iter()
            .map(|r| r.figures.release_on)
            .chain(std::iter::once(decision.figures.release_on))
            .collect::<Option<Vec<_>>>()
            .unwrap_or_default();
        return match (days.iter().min(), days.iter().max()) {
            (Some(from), Some(to)) if from != to => fill(
                text(lang, k::every_reading_release),
                &[("from", d(*from)), ("to", d(*to)), ("what", what)],
            ),
            _ => fill(text(lang, k::every_reading_applies), &[("what", what)]),
        };
    }
    let release = decision.figures.release_on;
    let new_term = decision
        .figures
        .term()
        .map(|t| term(t, lang))
        .unwrap_or_default();
    match decision.outcome {
        Outcome::Release => match release {
            Some(day) if days_until(day) > 0 => fill(
                text(lang, k::release_future),
                &[("date", d(day)), ("days", days_until(day).to_string())],
            ),
            Some(day) => fill(text(lang, k::release_passed), &[("date", d(day))]),
            None => text(lang, k::release_at_sentencing).to_string(),
        },
        Outcome::TermReduced => match release {
            Some(day) if days_until(day) > 0 => fill(
                text(lang, k::term_reduced_future),
                &[
                    ("term", new_term),
                    ("date", d(day)),
                    ("days", days_until(day).to_string()),
                ],
            ),
            Some(day) => fill(
                text(lang, k::term_reduced_passed),
                &[("term", new_term), ("date", d(day))],
            ),
            None => fill(text(lang, k::term_reduced_passed), &[("term", new_term)]),
        },
        Outcome::ReleaseFromLiability => text(lang, k::liability).to_string(),
        Outcome::PartlyCovered => text(lang, k::partly).to_string(),
        Outcome::ReductionAtSentencing => fill(
            text(lang, k::at_sentencing),
            &[(
                "fraction",
                sentencing_cut(decision)
                    .map(|c| fraction(c, lang))
                    .unwrap_or_default(),
            )],
        ),
        Outcome::ReleaseAtSentencing => {
            fill(text(lang, k::release_at_sentencing), &[("term", new_term)])
        }
        Outcome::ReleaseFromPunishment => fill(
            // A misdemeanour leaves no record to expunge (CC Art. 79 part 2).
            text(
                lang,
                if decision.figures.record == Some(Record::NoRecord) {
                    k::release_from_punishment_no_record
                } else {
                    k::release_from_punishment
                },
            ),
            &[("date", release.map(d).unwrap_or_default())],
        ),
        Outcome::ConvictionExpunged
            if decision
                .steps
                .iter()
                .any(|s| s.detail == StepDetail::EachRecordOnItsOwn) =>
        {
            let remains = decision
                .figures
                .record
                .map(|r| record(r, lang))
                .unwrap_or_default();
            fill(
                text(lang, k::served_each_on_its_own),
                &[("record", remains)],
            )
        }
        Outcome::ConvictionExpunged => text(lang, k::expunged).to_string(),
        Outcome::PunishmentReduced => {
            let what = decision
                .punishment
                .map_or("", |p| punishment(p, lang))
                .to_string();
            let new = decision
                .figures
                .measure
                .map(|m| crate::figures::measure(m, lang));
            match new {
                Some(new) => fill(
                    text(lang, k::punishment_reduced),
                    &[("punishment", what), ("new", new)],
                ),
                None => fill(
                    text(lang, k::punishment_reduced_unstated),
                    &[
                        ("punishment", what),
                        (
                            "fraction",
                            decision
                                .offences
                                .iter()
                                .find_map(|o| match o.effect {
                                    OffenceEffect::MainPunishmentCut { cut } => {
                                        Some(fraction(cut, lang))
                                    }
                                    _ => None,
                                })
                                .unwrap_or_default(),
                        ),
                    ],
                ),
            }
        }
        Outcome::NothingToApply => {
            if decision.category == Some(amnesty_rules::vocab::Category::Misdemeanour) {
                text(lang, k::nothing_misdemeanour).to_string()
            } else {
                text(lang, k::nothing_grave).to_string()
            }
        }
        Outcome::NotCovered => text(lang, k::not_covered).to_string(),
        Outcome::Excluded => match excluding_fact(decision) {
            Some(fact) => fill(
                text(lang, k::excluded),
                &[("fact", exclusion(fact, lang).to_string())],
            ),
            None => text(lang, k::excluded_recidivism).to_string(),
        },
        Outcome::NeedsReview => {
            if decision.readings.is_empty()
                || decision
                    .steps
                    .iter()
                    .any(|s| matches!(s.detail, StepDetail::AggregateNeedsCourt))
                    && decision.readings.iter().all(|r| {
                        r.conditions
                            .iter()
                            .all(|c| matches!(c, Condition::WholeAsGravest { .. }))
                    })
            {
                match &decision.aggregate_range {
                    Some(r) => fill(
                        text(lang, k::review_aggregate_range),
                        &[("range", aggregate_range(r, lang))],
                    ),
                    None => text(lang, k::review_aggregate).to_string(),
                }
            } else {
                fill(
                    text(lang, k::review_missing),
                    &[("what", what_decides(decision, lang))],
                )
            }
        }
    }
}

/// How sure the result is, in a sentence rather than a bare word.
pub fn how_sure(decision: &Decision, lang: Lang) -> &'static str {
    let beyond_the_law = decision
        .warnings
        .iter()
        .any(|w| w.detail.is_beyond_the_law());
    match decision.status {
        Status::Verified => t!(lang, sure.verified),
        Status::Reported => t!(lang, sure.reported),
        Status::Open if beyond_the_law && decision.readings.is_empty() => {
            t!(lang, sure.beyond_the_law)
        }
        Status::Open => t!(lang, sure.open),
    }
}
