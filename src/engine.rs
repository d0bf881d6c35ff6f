//! The decision procedure: case → rules → decision with its trace.
//!
//! Order, as a court would take it:
//! 1. Article 1 for each offence: the dates, the context, the list.
//! 2. The exclusions, for the whole person.
//! 3. The gravity of each offence that may be covered; the gravest decides.
//! 4. The treatment for that gravity and the stage of the case.
//!
//! Where the facts or the law leave the answer open (an article beyond the recovered list, an
//! unknown category, offences outside the amnesty in the same sentence), the outcome is
//! `needs_review` and every possible answer is given as a reading.

use crate::case::{Case, Category};
use crate::criminal_code::art11_categories;
use crate::decision::{
    CategorySource, Coverage, Decision, OffenceAssessment, Outcome, Reading, ReadingLabel, StepKind,
};
use crate::law::{self, art1_scope, exclusions, multi_offence, Effect};
use crate::pack::{Act, ProvisionId, RulePack, Status};
use crate::trace::{figures, Trace};

/// Version of the engine, reported in every decision and on the print view.
pub const ENGINE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Decides one validated case with the given rule pack.
pub fn decide(case: &Case, pack: &RulePack) -> Decision {
    let mut trace = Trace::new(pack);
    if case.offences.len() > 1 {
        multi_offence::flag(&mut trace);
    }

    let mut assessments: Vec<OffenceAssessment> = case
        .offences
        .iter()
        .enumerate()
        .map(|(index, offence)| {
            let (coverage, coverage_status) = art1_scope::assess(index, offence, &mut trace);
            OffenceAssessment {
                article: offence.article,
                part: offence.part,
                coverage,
                coverage_status,
                category: None,
                category_source: CategorySource::Unknown,
                exclusions: Vec::new(),
            }
        })
        .collect();

    let (applied, excluded) = exclusions::check(case, &mut trace);
    for (assessment, facts) in assessments.iter_mut().zip(applied) {
        assessment.exclusions = facts;
    }

    let possibly_covered = assessments
        .iter()
        .any(|a| a.coverage != Coverage::NotCovered);
    let effect = if !possibly_covered {
        Effect::bare(Outcome::NotCovered)
    } else if excluded {
        Effect::bare(Outcome::Excluded)
    } else {
        decide_treatment(case, &mut assessments, &mut trace)
    };
    finish(case, pack, assessments, effect, trace)
}

/// Steps 3 and 4 for a person who may be covered and is not excluded.
fn decide_treatment(
    case: &Case,
    assessments: &mut [OffenceAssessment],
    trace: &mut Trace,
) -> Effect {
    for (index, assessment) in assessments.iter_mut().enumerate() {
        if assessment.coverage != Coverage::NotCovered {
            let (category, source) =
                art11_categories::determine(index, &case.offences[index], trace);
            assessment.category = category;
            assessment.category_source = source;
        }
    }
    let candidates: Vec<(usize, &OffenceAssessment)> = assessments
        .iter()
        .enumerate()
        .filter(|(_, a)| a.coverage != Coverage::NotCovered)
        .collect();
    let coverage_unknown = candidates
        .iter()
        .any(|(_, a)| a.coverage == Coverage::Unknown);
    let some_not_covered = candidates.len() < assessments.len();
    if some_not_covered {
        trace.step(
            StepKind::SomeOffencesNotCovered,
            ProvisionId::MultiOffence,
            None,
            figures([]),
        );
    }

    let Some(deciding) = multi_offence::gravest(&candidates) else {
        // A category is missing: show what each possible category would give.
        let known = candidates.iter().filter_map(|(_, a)| a.category).max();
        let readings = Category::ALL
            .into_iter()
            .filter(|c| known.is_none_or(|k| *c >= k))
            .map(|category| {
                reading(
                    ReadingLabel::IfCategory { category },
                    case,
                    category,
                    trace.pack,
                )
            })
            .collect();
        return Effect {
            readings,
            ..Effect::bare(Outcome::NeedsReview)
        };
    };
    multi_offence::record(assessments.len(), deciding, &assessments[deciding.0], trace);

    if coverage_unknown || some_not_covered {
        let label = if coverage_unknown {
            ReadingLabel::IfListed
        } else {
            ReadingLabel::WholeSentenceAsGravest
        };
        return Effect {
            readings: vec![reading(label, case, deciding.1, trace.pack)],
            ..Effect::bare(Outcome::NeedsReview)
        };
    }
    law::treat(case, deciding.1, trace)
}

/// What the treatment would be under one reading; its own trace is not kept.
fn reading(label: ReadingLabel, case: &Case, category: Category, pack: &RulePack) -> Reading {
    let mut scratch = Trace::new(pack);
    let effect = law::treat(case, category, &mut scratch);
    Reading {
        label,
        outcome: effect.outcome,
        new_term: effect.new_term,
        new_end: effect.new_end,
        release_on: effect.release_on,
    }
}

fn finish(
    case: &Case,
    pack: &RulePack,
    offences: Vec<OffenceAssessment>,
    effect: Effect,
    trace: Trace,
) -> Decision {
    // A result is as sure as the least sure provision of law it rests on; the calculator's own
    // conventions are reported separately as warnings.
    let status = trace
        .steps
        .iter()
        .filter(|s| s.citation.act != Act::Convention)
        .map(|s| s.status)
        .fold(Status::Verified, Status::weakest);
    let status = if effect.outcome == Outcome::NeedsReview {
        Status::Unknown
    } else {
        status
    };
    let category = if effect.outcome.is_covered() {
        multi_offence::gravest(
            &offences
                .iter()
                .enumerate()
                .filter(|(_, a)| a.coverage == Coverage::Covered)
                .collect::<Vec<_>>(),
        )
        .map(|(_, c)| c)
    } else {
        None
    };
    let imposed_term = case.sentence.as_ref().map(|s| s.term);
    let imposed_end = case
        .sentence
        .as_ref()
        .and_then(|s| s.term.last_day(s.start));
    Decision {
        outcome: effect.outcome,
        status,
        new_term: effect.new_term,
        new_end: effect.new_end,
        release_on: effect.release_on,
        category,
        imposed_term,
        sentence_start: case.sentence.as_ref().map(|s| s.start),
        imposed_end,
        in_force: pack.parameters.in_force.date,
        as_of: case.as_of,
        offences,
        steps: trace.steps,
        warnings: trace.warnings,
        readings: effect.readings,
        pack_version: pack.pack_version.clone(),
        engine_version: ENGINE_VERSION.to_string(),
    }
}
