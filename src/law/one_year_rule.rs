//! Law No. 152-VII — the one-year rule: a convict who, on the day the law came into force, had
//! no more than one year of the main punishment left to serve is released (the punishment is
//! reduced by the whole unserved part).
//! Status: REPORTED (press release; article number not verified). Legal brief §2.4.
//!
//! Two things are open, so every reading is computed and each one that gives a different result
//! is shown beside the first:
//! - the threshold: the official press release says "no more than one year", two other reports
//!   say "less than a year";
//! - the base: whether the year is measured on the term left after the 3/4 or 1/2 reduction, or
//!   on the term the court imposed. UNKNOWN.
//!
//! The first reading shown is the pack's primary one (no more than a year, after the reduction:
//! the official wording, and on the base the reading in the convict's favour).
//!
//! In plain words: count the days from the day the law came into force to the last day of the
//! term, both included. If that is a year or less, the person goes free that day.

use chrono::{Days, NaiveDate};

use crate::case::Sentence;
use crate::decision::{Figure, Outcome, Reading, ReadingLabel, StepKind, WarningKind};
use crate::law::Effect;
use crate::pack::{ProvisionId, TestBase, Threshold};
use crate::term::{add_months, Term};
use crate::trace::{figures, Trace};

const READINGS: [(Threshold, TestBase); 4] = [
    (Threshold::NoMoreThan, TestBase::AfterReduction),
    (Threshold::NoMoreThan, TestBase::BeforeReduction),
    (Threshold::LessThan, TestBase::AfterReduction),
    (Threshold::LessThan, TestBase::BeforeReduction),
];

/// The first day on which a term ending that day would leave more than the threshold, counted
/// from `in_force`: a last day before this date passes the test.
fn first_failing_day(
    in_force: NaiveDate,
    threshold_months: u32,
    threshold: Threshold,
) -> Option<NaiveDate> {
    let anniversary = add_months(in_force, threshold_months)?;
    match threshold {
        // in_force .. anniversary-1 is exactly one year: a last day before the anniversary passes.
        Threshold::NoMoreThan => Some(anniversary),
        // Strictly less than a year: the last day must fall before the anniversary's eve.
        Threshold::LessThan => anniversary.checked_sub_days(Days::new(1)),
    }
}

/// What the rule is tested on.
struct Facts {
    start: NaiveDate,
    imposed_end: Option<NaiveDate>,
    new_term: Term,
    new_end: Option<NaiveDate>,
    in_force: NaiveDate,
    threshold_months: u32,
}

/// One reading of the rule: whether it frees the person, the last day tested, the first day
/// that would fail, and the effect.
struct Evaluation {
    met: bool,
    tested_end: Option<NaiveDate>,
    first_failing: Option<NaiveDate>,
    effect: Effect,
}

fn evaluate(facts: &Facts, (threshold, base): (Threshold, TestBase)) -> Evaluation {
    let tested_end = match base {
        TestBase::AfterReduction => facts.new_end,
        TestBase::BeforeReduction => facts.imposed_end,
    };
    let first_failing = first_failing_day(facts.in_force, facts.threshold_months, threshold);
    let met = matches!((tested_end, first_failing), (Some(end), Some(limit)) if end < limit);
    let effect = if met {
        Effect {
            new_term: Term::between(facts.start, facts.in_force),
            new_end: Some(facts.in_force),
            release_on: Some(facts.in_force),
            ..Effect::bare(Outcome::Release)
        }
    } else {
        Effect {
            new_term: Some(facts.new_term),
            new_end: facts.new_end,
            release_on: facts.new_end,
            ..Effect::bare(Outcome::TermReduced)
        }
    };
    Evaluation {
        met,
        tested_end,
        first_failing,
        effect,
    }
}

/// Applies the rule to a convict whose reduced term was still running when the law came into
/// force.
pub fn apply(
    sentence: &Sentence,
    imposed_end: Option<NaiveDate>,
    new_term: Term,
    new_end: Option<NaiveDate>,
    in_force: NaiveDate,
    trace: &mut Trace,
) -> Effect {
    let rule = &trace.pack.parameters.one_year_rule;
    let primary = (rule.primary_threshold, rule.primary_base);
    let facts = Facts {
        start: sentence.start,
        imposed_end,
        new_term,
        new_end,
        in_force,
        threshold_months: rule.threshold_months,
    };

    let Evaluation {
        met,
        tested_end,
        first_failing,
        mut effect,
    } = evaluate(&facts, primary);
    let mut step_figures = figures([
        ("in_force", Figure::Date(in_force)),
        (
            "reading",
            Figure::Reading(ReadingLabel::OneYear {
                threshold: primary.0,
                base: primary.1,
            }),
        ),
    ]);
    if let Some(end) = tested_end {
        step_figures.insert("end", Figure::Date(end));
    }
    if let Some(latest) = first_failing.and_then(|day| day.pred_opt()) {
        step_figures.insert("latest", Figure::Date(latest));
    }
    let kind = if met {
        StepKind::OneYearRuleMet
    } else {
        StepKind::OneYearRuleNotMet
    };
    trace.step(kind, ProvisionId::OneYearRule, None, step_figures);

    for reading in READINGS.into_iter().filter(|r| *r != primary) {
        let other = evaluate(&facts, reading).effect;
        if other.outcome != effect.outcome || other.release_on != effect.release_on {
            effect.readings.push(Reading {
                label: ReadingLabel::OneYear {
                    threshold: reading.0,
                    base: reading.1,
                },
                outcome: other.outcome,
                new_term: other.new_term,
                new_end: other.new_end,
                release_on: other.release_on,
            });
        }
    }
    if !effect.readings.is_empty() {
        trace.warn(
            WarningKind::OneYearReadingsDiffer,
            ProvisionId::OneYearRule,
            figures([]),
        );
    }
    if effect.outcome == Outcome::TermReduced {
        note_release_day(effect.release_on, trace);
    }
    effect
}

/// The person serves the reduced term to its last day.
pub fn serve_to_the_end(new_term: Term, new_end: Option<NaiveDate>, trace: &mut Trace) -> Effect {
    note_release_day(new_end, trace);
    Effect {
        new_term: Some(new_term),
        new_end,
        release_on: new_end,
        ..Effect::bare(Outcome::TermReduced)
    }
}

fn note_release_day(release_on: Option<NaiveDate>, trace: &mut Trace) {
    if let Some(day) = release_on {
        trace.step(
            StepKind::ReleaseOnLastDay,
            ProvisionId::ReleaseDay,
            None,
            figures([("date", Figure::Date(day))]),
        );
        trace.warn(
            WarningKind::ReleaseDayConvention,
            ProvisionId::ReleaseDay,
            figures([]),
        );
    }
}
