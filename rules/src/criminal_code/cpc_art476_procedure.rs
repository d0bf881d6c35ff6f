//! Criminal Procedure Code, Arts. 476–478 — which court decides what follows a verdict. Status:
//! VERIFIED (text of late 2022, legal brief §8; citations only).
//!
//! The court or body dealing with the case applies the amnesty (Art. 476 item 15); parole and
//! replacement of the unserved part are asked of the court where the sentence is served (Art.
//! 477); cancelling a conditional sentence, on the probation body's submission (Art. 476); the
//! custody not credited by the verdict, of the court that sentenced (Art. 477).

use crate::criminal_code::early_release::AfterVerdict;
use crate::decision::{Court, EarlyRelease, NextStep, Outcome, Petition};
use crate::pack::{ProvisionId, Provisions};
use crate::vocab::{ArticleNo, Citation};

const ID: ProvisionId = ProvisionId::CpcArt476Procedure;

/// What can be asked next and who decides, for the result `outcome`, the early releases open and
/// whether there was custody before the verdict.
pub fn next_steps(
    outcome: Outcome,
    after: &AfterVerdict,
    custody: bool,
    p: &Provisions,
) -> Vec<Petition> {
    let base = p.cpc_art476_procedure.cite;
    let petition = |step, court, article: u16, item, from| Petition {
        provision: ID,
        step,
        court,
        cite: Citation {
            article: Some(ArticleNo::new(article, 0)),
            item,
            ..base
        },
        from,
    };
    let dated = |e: &Option<EarlyRelease>| e.as_ref().and_then(|e| e.eligible_on);
    let mut out = Vec::new();
    if outcome.is_covered() {
        let applying = petition(
            NextStep::AmnestyApplication,
            Court::Applying,
            476,
            Some(15),
            None,
        );
        out.push(applying);
    }
    let early = [
        (&after.parole, NextStep::Parole, Court::WhereServed, 477),
        (
            &after.replacement,
            NextStep::Replacement,
            Court::WhereServed,
            477,
        ),
        (
            &after.probation_cancel,
            NextStep::ProbationCancel,
            Court::OnProbationSubmission,
            476,
        ),
    ];
    for (release, step, court, article) in early {
        if let Some(from) = dated(release) {
            out.push(petition(step, court, article, None, Some(from)));
        }
    }
    if custody {
        out.push(petition(
            NextStep::CustodyCredit,
            Court::Sentencing,
            477,
            None,
            None,
        ));
    }
    out
}
