//! The readings (see `mod.rs`): the facts a case lacks explored value by value, and the other
//! reading of each open question compared.

use super::assumptions::{Assumptions, Question};
use super::pass::{evaluate, Evaluation};
use super::MAX_PASSES;
use crate::case::Case;
use crate::criminal_code::art52_within_sanction;
use crate::decision::{Condition, Decision, Outcome, Reading, Step, StepDetail, WarningDetail};
use crate::finding::{Caution, Note, Raised};
use crate::law::art2_exclusions;
use crate::pack::{ProvisionId, RulePack};
use crate::vocab::Status;

/// The case lacks a fact that may decide: every combination of its values.
pub(super) fn decide_missing_facts(
    case: &Case,
    pack: &RulePack,
    base: Assumptions,
    first: Evaluation,
) -> Decision {
    let mut results: Vec<(Assumptions, Vec<Condition>, Evaluation)> = Vec::new();
    let mut ruled_out: Vec<(usize, Note)> = Vec::new();
    let mut work: Vec<(Assumptions, Vec<Condition>)> = vec![(base, Vec::new())];
    let mut passes = 0;
    while let Some((assumed, conditions)) = work.pop() {
        passes += 1;
        let ev = evaluate(case, pack, &assumed);
        let next = ev
            .questions
            .iter()
            .copied()
            .find(|q| q.raised.is_missing_fact())
            .filter(|_| passes + work.len() < MAX_PASSES);
        match next {
            Some(question) => {
                let alternatives = possible(case, pack, question, &assumed, &mut ruled_out);
                // Depth first, values in order: push them in reverse.
                for condition in alternatives.into_iter().rev() {
                    let c = [conditions.as_slice(), &[condition]].concat();
                    work.push((assumed.assuming(condition), c));
                }
            }
            None => results.push((assumed, conditions, ev)),
        }
    }
    let outcomes: Vec<Outcome> = results.iter().map(|(_, _, ev)| ev.result.outcome).collect();
    let agree = results
        .windows(2)
        .all(|w| w[0].2.result.same_result(&w[1].2.result))
        && outcomes.first().is_some_and(|o| *o != Outcome::NeedsReview);
    let excluded = art2_exclusions::shown_whatever_the_fact(&outcomes);
    if agree || excluded.is_some() {
        let count = results.len() as u32;
        let shown_at = excluded.unwrap_or(0);
        let (assumed, conditions, mut shown) = results.swap_remove(shown_at);
        // The offence the first missing fact is about (every condition here is one).
        let offence = conditions.first().and_then(|c| c.offence()).unwrap_or(0);
        let mut notes = ruled_out;
        let agrees = StepDetail::EveryReadingAgrees { readings: count };
        let list = &pack.provisions.art1_list;
        notes.push((offence, list.note(ProvisionId::Art1List, agrees)));
        note_after_listing(&mut shown, notes);
        // Every possibility agrees: the law's own open questions are read on the one shown.
        return decide_open_questions(case, pack, &assumed, shown, conditions);
    }
    let readings = results
        .into_iter()
        .map(|(_, conditions, ev)| reading(conditions, ev))
        .collect();
    let mut review = first;
    note_after_listing(&mut review, ruled_out);
    (review.category, review.result) = (None, Reading::only(Outcome::NeedsReview));
    super::finish(case, pack, review, Vec::new(), readings)
}

/// The values a missing fact can take, less the parts the sentence rules out (CC Art. 52 part 1),
/// each ruled out noted once.
fn possible(
    case: &Case,
    pack: &RulePack,
    question: Question,
    assumed: &Assumptions,
    ruled_out: &mut Vec<(usize, Note)>,
) -> Vec<Condition> {
    let (Raised::Part { parts }, Some(offence)) = (question.raised, question.offence) else {
        return question.alternatives(assumed);
    };
    let parts = 1..=parts.max(1);
    let (possible, notes) = art52_within_sanction::parts_possible(case, offence, parts, pack);
    for note in notes {
        // The same part ruled out for the same offence: said once.
        let said = |(o, n): &(usize, Note)| *o == offence && n.detail == note.detail;
        if !ruled_out.iter().any(said) {
            ruled_out.push((offence, note));
        }
    }
    let part = |part| Condition::Part { offence, part };
    possible.into_iter().map(part).collect()
}

/// Steps about how the missing facts were settled, placed after what the offence's listing found,
/// in order.
fn note_after_listing(ev: &mut Evaluation, notes: Vec<(usize, Note)>) {
    for (offence, note) in notes {
        let steps = &ev.trace.steps;
        let about_offence = |s: &Step| s.offence == Some(offence);
        // After the listing (or the missing part) and anything already noted there.
        let at = steps
            .iter()
            .rposition(|s| {
                about_offence(s)
                    && matches!(
                        s.detail,
                        StepDetail::Listed { .. }
                            | StepDetail::ListedIfMinor { .. }
                            | StepDetail::PartUnknown { .. }
                            | StepDetail::PartRuledOut { .. }
                            | StepDetail::AgeUnknown { .. }
                            | StepDetail::EveryReadingAgrees { .. }
                    )
            })
            .map_or(steps.len(), |i| i + 1);
        ev.trace.steps.insert(at, note.at(Some(offence)));
    }
}

/// The first reading is the result; each other reading of an open question that changes it is
/// shown beside it, and the steps it rests on are marked open.
pub(super) fn decide_open_questions(
    case: &Case,
    pack: &RulePack,
    base: &Assumptions,
    mut shown: Evaluation,
    mut shown_reading: Vec<Condition>,
) -> Decision {
    let mut readings: Vec<Reading> = Vec::new();
    let answer = shown.result.with_early(shown.after.early.clone());
    let mut open_provision = None;
    let questions = shown.questions.clone();
    for question in questions.iter().copied() {
        let mut differs = false;
        for condition in question.alternatives(base) {
            let assumed = base.assuming(condition);
            let other = reading(vec![condition], evaluate(case, pack, &assumed));
            if !other.same_answer(&answer) {
                differs = true;
                readings.push(other);
            }
        }
        if differs {
            shown_reading.extend(question.first_condition(base));
            mark_open(&mut shown, question);
            open_provision = open_provision.or(Some(question.raised.provision()));
        }
    }
    // The custody's own questions (the institution, a half day) may change a date only under
    // another reading: each reading shown is read with them too, where that gives another date.
    let single = readings.len();
    for i in 0..single {
        let first = readings[i].conditions[0];
        for question in questions
            .iter()
            .copied()
            .filter(|q| q.raised.crosses_readings())
        {
            for condition in question.alternatives(base) {
                let assumed = base.assuming(first).assuming(condition);
                let other = reading(vec![first, condition], evaluate(case, pack, &assumed));
                let new =
                    !other.same_answer(&answer) && !readings.iter().any(|r| other.same_answer(r));
                if new && question.alternatives(base).iter().all(|c| *c != first) {
                    readings.push(other);
                    mark_open(&mut shown, question);
                }
            }
        }
    }
    if let Some(provision) = open_provision {
        // The readings differ because the question is open, whatever the provision's status.
        let caution = Caution {
            provision,
            status: Status::Open,
            detail: WarningDetail::ReadingsDiffer,
        };
        shown.trace.warn(caution, None);
    }
    super::finish(case, pack, shown, shown_reading, readings)
}

/// The steps that rest on an open question whose readings differ are as sure as that question.
fn mark_open(ev: &mut Evaluation, question: Question) {
    for step in &mut ev.trace.steps {
        if question.raised.questions(question.offence, step) {
            step.status = step.status.weakest(Status::Open);
        }
    }
}

/// A reading from the pass that gave it, moved, not cloned (the pass is done with).
fn reading(conditions: Vec<Condition>, ev: Evaluation) -> Reading {
    Reading {
        conditions,
        early: ev.after.early,
        ..ev.result
    }
}
