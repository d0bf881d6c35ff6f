//! Criminal Procedure Code, Arts. 476–478 and 480 — which court decides what follows a verdict,
//! on whose initiative, and what it is told. Status: VERIFIED (text of late 2022, legal brief §8;
//! citations only).
//!
//! A court decides after a verdict on parole and replacement, the custody credited and release
//! under an amnesty act, each an item of Art. 476; the court or body dealing with the case applies
//! the amnesty. Parole and replacement of the unserved part are asked of the district court where
//! the sentence is served (Art. 477), on the convict's petition (Art. 478); for parole the
//! institution tells the court what he has served, what he has repaid, how he behaved and where
//! he will live and work (Art. 480). Cancelling a conditional sentence comes on the probation
//! body's submission (Art. 476); the custody not credited by the verdict is asked of the court
//! that sentenced (Art. 477).

use crate::criminal_code::early_release::AfterVerdict;
use crate::decision::{Court, EarlyRelease, NextStep, OffenceDecision, Petition, Reading};
use crate::decision::{ProcedureCite, ProcedureRole};
use crate::pack::{Procedure, ProvisionId, Provisions};
use crate::vocab::Citation;

const ID: ProvisionId = ProvisionId::CpcArt476Procedure;

/// Where each step is written: the article that says who decides it, and the others that say
/// what a court decides, on whose petition and what it is told.
fn cited(step: NextStep, law: &Procedure) -> (Citation, Vec<ProcedureCite>) {
    let also = |role, cite| ProcedureCite { role, cite };
    let decides = |cite| also(ProcedureRole::CourtDecides, cite);
    let on_petition = also(ProcedureRole::OnPetition, law.petition);
    match step {
        NextStep::AmnestyApplication => (law.amnesty, Vec::new()),
        NextStep::Parole => (
            law.court,
            vec![
                decides(law.early_release),
                on_petition,
                also(ProcedureRole::InstitutionReports, law.parole_report),
            ],
        ),
        NextStep::Replacement => (law.court, vec![decides(law.early_release), on_petition]),
        NextStep::CustodyCredit => (law.court, vec![decides(law.custody_credit)]),
        NextStep::ProbationCancel => (law.after_verdict, Vec::new()),
    }
}

/// What can be asked next and who decides, under the result `r` of the `offences`: applying the
/// amnesty where it covers the result or a court has to set the new aggregate of offences it
/// changed, the early releases open, and the custody credited where there was custody before the
/// verdict.
pub fn next_steps(
    (r, offences): (&Reading, &[OffenceDecision]),
    after: &AfterVerdict,
    custody: bool,
    p: &Provisions,
) -> Vec<Petition> {
    let law = &p.cpc_art476_procedure.value;
    let petition = |step, court, from| {
        let (cite, also) = cited(step, law);
        Petition {
            provision: ID,
            step,
            court,
            cite,
            from,
            also,
        }
    };
    let dated = |e: &Option<EarlyRelease>| e.as_ref().and_then(|e| e.eligible_on);
    let mut out = Vec::new();
    if r.outcome.is_covered() || super::early_release::awaits_aggregate(r, offences) {
        out.push(petition(
            NextStep::AmnestyApplication,
            Court::Applying,
            None,
        ));
    }
    let early = &after.early;
    let early = [
        (&early.parole, NextStep::Parole, Court::WhereServed),
        (
            &early.replacement,
            NextStep::Replacement,
            Court::WhereServed,
        ),
        (
            &early.probation_cancel,
            NextStep::ProbationCancel,
            Court::OnProbationSubmission,
        ),
    ];
    for (release, step, court) in early {
        if let Some(from) = dated(release) {
            out.push(petition(step, court, Some(from)));
        }
    }
    if custody {
        out.push(petition(NextStep::CustodyCredit, Court::Sentencing, None));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::RulePack;

    fn articles(p: &Petition) -> Vec<String> {
        let article = |c: &Citation| {
            let a = c.article.map(|a| a.to_string()).unwrap_or_default();
            c.item.map_or(a.clone(), |i| format!("{a}.{i}"))
        };
        std::iter::once(article(&p.cite))
            .chain(p.also.iter().map(|a| article(&a.cite)))
            .collect()
    }

    #[test]
    fn parole_cites_the_court_the_item_the_petition_and_the_report() {
        let pack = RulePack::embedded();
        let p = &pack.provisions;
        let (parole, others) = cited(NextStep::Parole, &p.cpc_art476_procedure.value);
        let step = Petition {
            step: NextStep::Parole,
            provision: ID,
            court: Court::WhereServed,
            cite: parole,
            from: None,
            also: others,
        };
        assert_eq!(articles(&step), ["477", "476.5", "478", "480"]);
        let roles: Vec<_> = step.also.iter().map(|a| a.role).collect();
        assert_eq!(
            roles,
            [
                ProcedureRole::CourtDecides,
                ProcedureRole::OnPetition,
                ProcedureRole::InstitutionReports
            ]
        );
        let after = AfterVerdict::default();
        let steps = next_steps(
            (&Reading::only(crate::Outcome::TermReduced), &[]),
            &after,
            true,
            p,
        );
        let cites: Vec<_> = steps.iter().map(articles).collect();
        assert_eq!(cites, [vec!["476.15"], vec!["477", "476.13"]]);
    }
}
