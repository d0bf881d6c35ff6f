//! The decision procedure: case → rules → decision with its trace.
//!
//! The engine holds no law: each provision (`law/`, `criminal_code/`, `practice/`, `open/`,
//! `convention/`) is a pure function that returns what it found with its notes. The engine keeps
//! the order a court takes them (`pass.rs` and the files it names), the assumptions and readings
//! (`assumptions.rs`, `readings.rs`), the trace (`pass.rs`) and the final status.
//!
//! The rules run once with nothing assumed. Where the case lacks a fact that decides the result
//! (the part of an article whose parts differ, the age of the offender or of the victim), they
//! run again for every value of it: if every value gives the same result, that is the result; if
//! not, the outcome is `needs_review` with every value as a reading. Where the law leaves a
//! question open (what the one-year rule counts on, the day an age is reached) or the user's
//! category differs from the Code's, the first reading is the result and every other reading
//! that changes it is shown beside it.

mod after_verdict;
mod assumptions;
mod exclusions;
mod pass;
mod readings;
mod scope;
mod sentence;

use crate::case::{Case, Measure, Sentence};
use crate::decision::{Condition, Decision, Reading};
use crate::law::art3_part5_deadline;
use crate::pack::RulePack;
use assumptions::Assumptions;
use pass::{evaluate, Evaluation};

/// Version of the engine, reported in every decision and on the print view.
pub const ENGINE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// At most this many passes explore the facts a case lacks (a case lacking many would otherwise
/// multiply them); beyond it the remaining combinations are left to review.
const MAX_PASSES: usize = 64;

/// Decides one validated case with the given rule pack.
pub fn decide(case: &Case, pack: &RulePack) -> Decision {
    let base = Assumptions::first(case, pack);
    let first = evaluate(case, pack, &base);
    if first.questions.iter().any(|q| q.raised.is_missing_fact()) {
        return readings::decide_missing_facts(case, pack, base, first);
    }
    readings::decide_open_questions(case, pack, &base, first, Vec::new())
}

fn finish(
    case: &Case,
    pack: &RulePack,
    mut ev: Evaluation,
    shown_reading: Vec<Condition>,
    readings: Vec<Reading>,
) -> Decision {
    let (category, f) = (ev.category, ev.result);
    let status = crate::decision::status_of(f.outcome, &ev.trace.steps, &ev.trace.warnings);
    let sentence = case.sentence.as_ref();
    let measure = sentence.map(|s| s.measure);
    let p = &pack.provisions;
    let release_days = crate::decision::release_days(f.outcome, &f.figures, &readings);
    let rule = &p.art3_part5_deadline;
    if let Some(c) = art3_part5_deadline::if_still_held(case.stage, &release_days, case.as_of, rule)
    {
        ev.trace.warn(c, None);
    }
    let in_force = p.art4_in_force.value.date;
    Decision {
        outcome: f.outcome,
        status,
        shown_reading,
        category,
        punishment: sentence.map(|s| s.punishment),
        conditional: sentence.is_some_and(|s| s.conditional),
        imposed_term: measure.and_then(Measure::term),
        imposed_hours: measure.and_then(Measure::hours),
        imposed_amount: measure.and_then(Measure::amount),
        sentence_start: sentence.and_then(|s| s.start),
        imposed_end: sentence.and_then(Sentence::imposed_end),
        figures: f.figures,
        in_force,
        deadline: art3_part5_deadline::deadline(in_force, &p.art3_part5_deadline),
        as_of: case.as_of,
        offences: ev.offences,
        aggregate_range: ev.aggregate,
        steps: ev.trace.steps,
        warnings: ev.trace.warnings,
        readings,
        pack_version: pack.pack_version.clone(),
        engine_version: ENGINE_VERSION.into(),
        custody: ev.credit.shown,
        parole: ev.after.early.parole,
        replacement: ev.after.early.replacement,
        probation_cancel: ev.after.early.probation_cancel,
        next_steps: ev.after.next_steps,
    }
}
