//! Law No. 152-VII — persons to whom the amnesty does not apply.
//! Status: REPORTED (press release and parliamentary reporting; the law's article number for
//! this provision is not verified). Legal brief §3.
//!
//! In plain words: the amnesty does not apply to anyone who committed a terrorist, extremist or
//! corruption crime, high treason, torture, a crime against the sexual inviolability of a minor,
//! or who organised the mass riots (unless they were under 18 at the time). It does not apply to
//! recidivists or dangerous recidivists either. The exclusions concern the person, so a fact on
//! any of their offences excludes them.
//!
//! Not a condition: one report names admitting guilt and compensating damage as a condition, a
//! more specific report denies it. The engine does not require it; it warns (see
//! `open_questions.rs`).

use crate::case::{age_on, Case, ExclusionFact, Offence, Recidivism};
use crate::decision::{Figure, StepKind, WarningKind};
use crate::pack::{ProvisionId, RulePack};
use crate::trace::{figures, Trace};

/// Age below which the exception for minors applies.
const ADULT_AGE: i32 = 18;

/// The exclusion facts of one offence: those the user gave and those its article implies
/// (organising mass riots is Art. 272 part 1 by definition).
pub fn facts_of(offence: &Offence, pack: &RulePack) -> Vec<ExclusionFact> {
    let implied = |fact: &ExclusionFact| {
        pack.exclusions.iter().filter(|e| e.id == *fact).any(|e| {
            e.implied_by.iter().any(|r| {
                r.article == offence.article && (r.part.is_none() || r.part == offence.part)
            })
        })
    };
    ExclusionFact::ALL
        .into_iter()
        .filter(|fact| offence.exclusions.contains(fact) || implied(fact))
        .collect()
}

/// Applies the exclusions to the whole person. Returns, per offence, the facts that exclude,
/// and whether the person is excluded at all (an offence fact or recidivism).
pub fn check(case: &Case, trace: &mut Trace) -> (Vec<Vec<ExclusionFact>>, bool) {
    let pack = trace.pack;
    let mut excluded = false;
    let mut any_fact = false;
    let mut applied = Vec::with_capacity(case.offences.len());
    for (index, offence) in case.offences.iter().enumerate() {
        let mut applying = Vec::new();
        for fact in facts_of(offence, pack) {
            any_fact = true;
            let Some(rule) = pack.exclusions.iter().find(|e| e.id == fact) else {
                continue;
            };
            let fact_figures = figures([("fact", Figure::Exclusion(fact))]);
            if rule.except_minor {
                match case.birth_date.map(|b| age_on(b, offence.committed_on)) {
                    Some(age) if age < ADULT_AGE => {
                        let mut with_age = fact_figures;
                        with_age.insert("age", Figure::Number(i64::from(age)));
                        trace.step(
                            StepKind::ExclusionMinorException,
                            ProvisionId::Exclusions,
                            Some(index),
                            with_age,
                        );
                        continue;
                    }
                    Some(_) => {}
                    None => trace.warn(
                        WarningKind::BirthDateMissingAssumedAdult,
                        ProvisionId::Exclusions,
                        figures([("fact", Figure::Exclusion(fact))]),
                    ),
                }
            }
            trace.step(
                StepKind::ExclusionApplies,
                ProvisionId::Exclusions,
                Some(index),
                fact_figures,
            );
            applying.push(fact);
            excluded = true;
        }
        applied.push(applying);
    }
    if !any_fact {
        trace.step(
            StepKind::NoExclusion,
            ProvisionId::Exclusions,
            None,
            figures([]),
        );
    }

    if case.recidivism == Recidivism::None {
        trace.step(
            StepKind::NoRecidivism,
            ProvisionId::ExclusionRecidivism,
            None,
            figures([]),
        );
    } else {
        trace.step(
            StepKind::RecidivismExcluded,
            ProvisionId::ExclusionRecidivism,
            None,
            figures([("recidivism", Figure::Recidivism(case.recidivism))]),
        );
        excluded = true;
    }
    (applied, excluded)
}
