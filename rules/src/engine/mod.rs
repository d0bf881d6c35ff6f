//! The decision procedure: case → rules → decision with its trace.
//!
//! The rules run once with nothing assumed (`evaluate`). Where the case lacks a fact that decides
//! the result (the part of an article whose parts differ, the age of the offender or of the
//! victim), they run again for every value of it: if every value gives the same result, that is
//! the result; if not, the outcome is `needs_review` with every value as a reading. Where the
//! law leaves a question open (what the one-year rule counts on, the day an age is reached) or the
//! user's category differs from the Code's, the first reading is the result and every other
//! reading that changes it is shown beside it.

mod evaluate;
mod trace;

use crate::case::{Case, Measure};
use crate::decision::{Condition, Decision, Outcome, Reading, StepDetail, WarningDetail};
use crate::law::art3_part5_deadline;
use crate::pack::{ProvisionId, RulePack};
use crate::vocab::{Act, Status};
use evaluate::{evaluate, Assumptions, Evaluation, Question};

/// Version of the engine, reported in every decision and on the print view.
pub const ENGINE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// At most this many passes explore the facts a case lacks (a case lacking many would otherwise
/// multiply them); beyond it the remaining combinations are left to review.
const MAX_PASSES: usize = 64;

/// Provisions a result does not rest on: what follows it (dates to act by, help, the record) and
/// the calculator's own conventions, which are reported as warnings.
fn informative(provision: ProvisionId, act: Act) -> bool {
    act == Act::Convention
        || matches!(
            provision,
            ProvisionId::Art3Part5Deadline
                | ProvisionId::Art3Part6SocialHelp
                | ProvisionId::CcArt79Record
                | ProvisionId::CcArt89RecordMinors
        )
}

/// Decides one validated case with the given rule pack.
pub fn decide(case: &Case, pack: &RulePack) -> Decision {
    let base = Assumptions::first(case, pack);
    let first = evaluate(case, pack, &base);
    if first.questions.iter().any(|q| q.is_missing_fact()) {
        return decide_missing_facts(case, pack, base, first);
    }
    decide_open_questions(case, pack, &base, first, Vec::new())
}

/// The case lacks a fact that may decide: every combination of its values.
fn decide_missing_facts<'p>(
    case: &Case,
    pack: &'p RulePack,
    base: Assumptions,
    first: Evaluation<'p>,
) -> Decision {
    let mut results: Vec<(Assumptions, Vec<Condition>, Evaluation)> = Vec::new();
    let mut ruled_out: Vec<(usize, StepDetail)> = Vec::new();
    let mut work: Vec<(Assumptions, Vec<Condition>)> = vec![(base, Vec::new())];
    let mut passes = 0;
    while let Some((assumed, conditions)) = work.pop() {
        passes += 1;
        let ev = evaluate(case, pack, &assumed);
        let next = ev
            .questions
            .iter()
            .copied()
            .find(|q| q.is_missing_fact())
            .filter(|_| passes + work.len() < MAX_PASSES);
        match next {
            Some(question) => {
                let alternatives = possible(case, pack, question, &assumed, &mut ruled_out);
                // Depth first, values in order: push them in reverse.
                for (a, condition) in alternatives.into_iter().rev() {
                    let mut c = conditions.clone();
                    c.push(condition);
                    work.push((a, c));
                }
            }
            None => results.push((assumed, conditions, ev)),
        }
    }
    // Not covered in one reading and excluded in another: the amnesty does not apply either way,
    // and the exclusion (of the person, whatever the missing fact) is the answer shown.
    let does_not_apply =
        |ev: &Evaluation| matches!(ev.outcome, Outcome::NotCovered | Outcome::Excluded);
    let agree = results.windows(2).all(|w| w[0].2.key() == w[1].2.key())
        && results
            .first()
            .is_some_and(|(_, _, ev)| ev.outcome != Outcome::NeedsReview);
    let none_applies = results.iter().all(|(_, _, ev)| does_not_apply(ev))
        && results
            .iter()
            .any(|(_, _, ev)| ev.outcome == Outcome::Excluded);
    if agree || none_applies {
        let count = results.len() as u32;
        let shown_at = results
            .iter()
            .position(|(_, _, ev)| ev.outcome == Outcome::Excluded)
            .filter(|_| none_applies)
            .unwrap_or(0);
        let (assumed, conditions, mut shown) = results.swap_remove(shown_at);
        let offence = first_missing_offence(&conditions);
        let mut notes: Vec<(usize, StepDetail)> = ruled_out;
        notes.push((offence, StepDetail::EveryReadingAgrees { readings: count }));
        note_after_listing(&mut shown, &notes);
        // Every possibility agrees: the law's own open questions are read on the one shown.
        return decide_open_questions(case, pack, &assumed, shown, conditions);
    }
    let readings = results
        .iter()
        .map(|(_, conditions, ev)| reading(conditions.clone(), ev))
        .collect();
    let mut review = first;
    note_after_listing(&mut review, &ruled_out);
    review.outcome = Outcome::NeedsReview;
    clear_figures(&mut review);
    finish(case, pack, review, Vec::new(), readings)
}

/// The offence the first missing fact is about.
fn first_missing_offence(conditions: &[Condition]) -> usize {
    conditions
        .iter()
        .find_map(|c| match c {
            Condition::Part { offence, .. }
            | Condition::Minor { offence, .. }
            | Condition::VictimAged14To18 { offence, .. } => Some(*offence),
            _ => None,
        })
        .unwrap_or(0)
}

/// The values a missing fact can take, less the parts the sentence rules out (CC Art. 52 part 1),
/// each noted once; if the sentence would rule out every part, none is ruled out (the facts
/// contradict each other, and the readings show it).
fn possible(
    case: &Case,
    pack: &RulePack,
    question: Question,
    assumed: &Assumptions,
    ruled_out: &mut Vec<(usize, StepDetail)>,
) -> Vec<(Assumptions, Condition)> {
    let all = question.alternatives(assumed);
    let Question::Part { offence, .. } = question else {
        return all;
    };
    let mut out = Vec::new();
    let mut noted = Vec::new();
    for (a, condition) in &all {
        let Condition::Part { part, .. } = condition else {
            continue;
        };
        match evaluate::part_ruled_out(case, pack, offence, *part) {
            Some(step) => noted.push((offence, step)),
            None => out.push((a.clone(), *condition)),
        }
    }
    if out.is_empty() {
        return all;
    }
    for note in noted {
        if !ruled_out.contains(&note) {
            ruled_out.push(note);
        }
    }
    out
}

/// Steps about how the missing facts were settled, placed after what the offence's listing found,
/// in order.
fn note_after_listing(ev: &mut Evaluation, notes: &[(usize, StepDetail)]) {
    for (offence, detail) in notes {
        let provision = match detail {
            StepDetail::PartRuledOut { .. } => ProvisionId::CcArt52WithinSanction,
            _ => ProvisionId::Art1List,
        };
        let steps = &ev.trace.steps;
        let about_offence = |s: &crate::decision::Step| s.offence == Some(*offence);
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
        let info = ev.trace.pack.provision(provision);
        ev.trace.steps.insert(
            at,
            crate::decision::Step {
                provision,
                cite: info.cite,
                also: None,
                status: info.status,
                offence: Some(*offence),
                detail: detail.clone(),
            },
        );
    }
}

/// The first reading is the result; each other reading of an open question that changes it is
/// shown beside it, and the steps it rests on are marked open.
fn decide_open_questions<'p>(
    case: &Case,
    pack: &'p RulePack,
    base: &Assumptions,
    mut shown: Evaluation<'p>,
    mut shown_reading: Vec<Condition>,
) -> Decision {
    let mut readings = Vec::new();
    let mut open_provision = None;
    for question in shown.questions.clone() {
        let mut differs = false;
        for (assumed, condition) in question.alternatives(base) {
            let other = evaluate(case, pack, &assumed);
            if other.key() != shown.key() {
                differs = true;
                readings.push(reading(vec![condition], &other));
            }
        }
        if differs {
            shown_reading.extend(question.first_condition(base));
            mark_open(&mut shown, question);
            open_provision = open_provision.or(Some(provision_of(question)));
        }
    }
    if let Some(provision) = open_provision {
        // The readings differ because the question is open, whatever the provision's status.
        let detail = WarningDetail::ReadingsDiffer;
        shown
            .trace
            .warn_status(provision, Status::Open, None, detail);
    }
    finish(case, pack, shown, shown_reading, readings)
}

/// The provision an open question belongs to.
fn provision_of(question: Question) -> ProvisionId {
    match question {
        Question::OneYearBase => ProvisionId::Art3Part3OneYearRule,
        Question::AgeCounting => ProvisionId::PracticeAgeCounting,
        Question::CodeCategory { .. } => ProvisionId::CcArt11Categories,
        Question::RecidivismAtSentencing => ProvisionId::Art2Item8Recidivism,
        Question::WholeAsGravest { .. } | Question::Part { .. } => ProvisionId::OpenSeveralOffences,
        Question::Minor { .. } | Question::Victim { .. } => ProvisionId::CcArt80Minors,
    }
}

/// The steps that rest on an open question whose readings differ are as sure as that question.
fn mark_open(ev: &mut Evaluation, question: Question) {
    for step in &mut ev.trace.steps {
        let rests_on_it = match question {
            Question::OneYearBase => step.provision == ProvisionId::Art3Part3OneYearRule,
            Question::AgeCounting => step.provision == ProvisionId::PracticeAgeCounting,
            Question::CodeCategory { offence, .. } => {
                step.offence == Some(offence) && step.provision == ProvisionId::CcArt11Categories
            }
            Question::RecidivismAtSentencing => step.provision == ProvisionId::Art2Item8Recidivism,
            Question::WholeAsGravest { .. } => step.provision == ProvisionId::OpenSeveralOffences,
            Question::Part { .. } | Question::Minor { .. } | Question::Victim { .. } => false,
        };
        if rests_on_it {
            step.status = step.status.weakest(Status::Open);
        }
    }
}

fn clear_figures(ev: &mut Evaluation) {
    ev.category = None;
    ev.new_term = None;
    ev.new_hours = None;
    ev.new_amount = None;
    ev.new_end = None;
    ev.release_on = None;
    ev.record = None;
}

fn reading(conditions: Vec<Condition>, ev: &Evaluation) -> Reading {
    Reading {
        conditions,
        outcome: ev.outcome,
        new_term: ev.new_term,
        new_hours: ev.new_hours,
        new_amount: ev.new_amount,
        new_end: ev.new_end,
        release_on: ev.release_on,
        record: ev.record,
    }
}

fn finish(
    case: &Case,
    pack: &RulePack,
    ev: Evaluation,
    shown_reading: Vec<Condition>,
    readings: Vec<Reading>,
) -> Decision {
    // A result is as sure as the least sure provision of law it rests on.
    let status = if ev.outcome == Outcome::NeedsReview {
        Status::Open
    } else {
        ev.trace
            .steps
            .iter()
            .filter(|s| !informative(s.provision, s.cite.act))
            .map(|s| s.status)
            .fold(Status::Verified, Status::weakest)
    };
    let sentence = case.sentence.as_ref();
    let measure = sentence.map(|s| s.measure);
    let in_force = pack.provisions.art4_in_force.value.date;
    Decision {
        outcome: ev.outcome,
        status,
        shown_reading,
        category: ev.category,
        punishment: sentence.map(|s| s.punishment),
        conditional: sentence.is_some_and(|s| s.conditional),
        imposed_term: match measure {
            Some(Measure::Term(t)) => Some(t),
            _ => None,
        },
        imposed_hours: match measure {
            Some(Measure::Hours(h)) => Some(h),
            _ => None,
        },
        imposed_amount: match measure {
            Some(Measure::Amount(a)) => Some(a),
            _ => None,
        },
        new_term: ev.new_term,
        new_hours: ev.new_hours,
        new_amount: ev.new_amount,
        sentence_start: sentence.and_then(|s| s.start),
        imposed_end: ev.imposed_end,
        new_end: ev.new_end,
        release_on: ev.release_on,
        record: ev.record,
        in_force,
        deadline: art3_part5_deadline::deadline(
            in_force,
            pack.provisions.art3_part5_deadline.value.months,
        ),
        as_of: case.as_of,
        offences: ev.offences,
        steps: ev.trace.steps,
        warnings: ev.trace.warnings,
        readings,
        pack_version: pack.pack_version.clone(),
        engine_version: ENGINE_VERSION.into(),
    }
}
