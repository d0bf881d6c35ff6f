//! What the Criminal Code gives after the verdict, whatever the amnesty did: parole,
//! replacement of the unserved part and cancelling a conditional sentence, each with its
//! earliest date, the record after such a release (CC Art. 79 part 4), and which court decides
//! each step (CPC Arts. 476–478). Worked out for every result — not covered and excluded
//! included, when a family most needs the next date.

use super::pass::Pass;
use crate::case::Stage;
use crate::criminal_code::art79_record;
use crate::criminal_code::early_release::Serving;
use crate::criminal_code::{
    art11_categories, art64_probation_cancel, art72_parole, art73_replacement, art80_minors,
};
use crate::decision::{
    Court, EarlyRelease, NextStep, OffenceDecision, OffenceEffect, Outcome, Petition, Reading,
    WarningDetail,
};
use crate::law::art2_exclusions::{in_group, GroupMatch};
use crate::open::parole_base;
use crate::pack::ProvisionId;
use crate::vocab::{Category, Citation, ExclusionFact, Punishment};

/// The early releases and the next steps of one pass.
#[derive(Clone, Debug, Default)]
pub struct AfterVerdict {
    pub parole: Option<EarlyRelease>,
    pub replacement: Option<EarlyRelease>,
    pub probation_cancel: Option<EarlyRelease>,
    pub next_steps: Vec<Petition>,
}

impl Pass<'_, '_> {
    /// The early releases open to a person under the result `r`.
    pub(super) fn after_verdict(
        &mut self,
        offences: &[OffenceDecision],
        r: &Reading,
    ) -> AfterVerdict {
        let (case, p) = (self.case, self.p);
        let mut after = AfterVerdict::default();
        // A sentence already served has nothing left to be released from.
        let Some(s) = case
            .sentence
            .as_ref()
            .filter(|_| case.stage != Stage::Served)
        else {
            after.next_steps = next_steps(r.outcome, &after, !case.custody.is_empty(), p);
            return after;
        };
        let cut = offences
            .iter()
            .any(|o| matches!(o.effect, OffenceEffect::MainPunishmentCut { .. }))
            .then(|| r.figures.term())
            .flatten();
        let release_on = r.figures.release_on.or_else(|| {
            // No release under the amnesty: the term (credited) runs to its last day.
            self.imposed_end()
        });
        let minor = self.minor_for_early_release();
        let serving = Serving {
            punishment: s.punishment,
            conditional: s.conditional,
            start: s.start,
            imposed: s.measure.term(),
            cut,
            credit_days: self.credit.days,
            category: self.gravest(offences),
            minor: minor == Some(true),
            facts: case.parole_facts,
            frees: r.outcome.frees(),
            release_on,
            base: parole_base::first(&p.open_parole_base),
            cut_from: p.art4_in_force.value.date,
            days_per_month: p
                .convention_term_arithmetic
                .value
                .days_per_month_for_fractions,
        };
        let (group, corruption) = self.part8_groups(minor, serving.category);
        let excluded = art72_parole::Excluded { group, corruption };
        let mut parole = self.take(None, art72_parole::parole(&serving, excluded, p));
        parole.record = self.record_after(&parole, serving.category, minor);
        let mut replacement = self.take(None, art73_replacement::replacement(&serving, group, p));
        replacement.record = self.record_after(&replacement, serving.category, minor);
        let cancel = art64_probation_cancel::probation_cancel(&serving, s.probation_months, p);
        after.probation_cancel = cancel.map(|found| self.take(None, found));
        let dated = |e: &EarlyRelease| e.eligible_on.is_some();
        if (dated(&parole) || dated(&replacement)) && minor.is_none() {
            let rule = &p.cc_art86_parole_minors;
            let caution = rule.caution(
                ProvisionId::CcArt86ParoleMinors,
                WarningDetail::AdultAssumedForEarlyRelease,
            );
            self.trace.warn(caution, None);
        }
        // Parole is for imprisonment and restriction of freedom, and a minor's correctional
        // works (CC Arts. 72, 86).
        let serves = matches!(
            s.punishment,
            Punishment::Imprisonment | Punishment::RestrictionOfFreedom
        ) || (minor == Some(true) && s.punishment == Punishment::CorrectionalWorks);
        after.parole = serves.then_some(parole);
        after.replacement =
            (s.punishment == Punishment::Imprisonment && !s.conditional).then_some(replacement);
        after.next_steps = next_steps(r.outcome, &after, !case.custody.is_empty(), p);
        after
    }

    /// Whether the crime was committed under 18: from the date of birth, or the reading's
    /// assumption; `None` when neither says (an adult is then taken, with a warning).
    fn minor_for_early_release(&mut self) -> Option<bool> {
        let case = self.case;
        let rule = &self.p.cc_art80_minors;
        let mut any = None;
        for (i, o) in case.offences.iter().enumerate() {
            let minor = match case.birth_date {
                Some(birth) => Some(
                    art80_minors::minor_on(birth, o.committed_on, self.a.age_counting, rule).value,
                ),
                None => self.a.minor[i],
            };
            any = match (any, minor) {
                (Some(true), _) | (_, Some(true)) => Some(true),
                (None, m) | (m, None) => m,
                _ => Some(false),
            };
        }
        any
    }

    /// The gravest category among the offences: the one used where the amnesty covered the
    /// offence, the Code's or the entered one otherwise; `None` if one is not known.
    fn gravest(&self, offences: &[OffenceDecision]) -> Option<Category> {
        let (case, pack) = (self.case, self.pack);
        let mut gravest = None;
        for (i, o) in offences.iter().enumerate() {
            let category = o.category.or_else(|| {
                let part = self.part(i);
                art11_categories::of_offence(case, i, part, false, pack)
                    .value
                    .map(|c| c.category)
            })?;
            gravest = gravest.max(Some(category));
        }
        gravest
    }

    /// CC Art. 72 part 8's groups among the offences: a sexual crime against a minor (a minor's
    /// against a victim of 14 to 18 excepted), and a grave or especially grave corruption crime.
    fn part8_groups(&self, minor: Option<bool>, category: Option<Category>) -> (bool, bool) {
        let (case, p) = (self.case, self.p);
        let mut group = false;
        let mut corruption = false;
        for (i, o) in case.offences.iter().enumerate() {
            let part = self.part(i);
            let answered = |f| o.exclusions.contains(&f);
            let sexual_article =
                in_group(o.article, part, &p.cc_art3_item42_sexual_minors.value) != GroupMatch::No;
            let victim_minor = o.victim_age.is_some_and(|a| a < 18);
            let excepted =
                minor == Some(true) && o.victim_age.is_some_and(|a| (14..18).contains(&a));
            group |= (answered(ExclusionFact::SexualOffenceAgainstMinor)
                || sexual_article && victim_minor)
                && !excepted;
            let corrupt_article =
                in_group(o.article, part, &p.cc_art3_item29_corruption.value) == GroupMatch::Yes;
            corruption |= answered(ExclusionFact::Corruption) || corrupt_article;
        }
        let grave = category.is_some_and(|c| c >= Category::Grave);
        (group, corruption && grave)
    }

    /// The record if released on an early release's day: for imprisonment, the years of CC Art.
    /// 79 part 3 (Art. 89 for minors) from that day (part 4).
    fn record_after(
        &self,
        e: &EarlyRelease,
        category: Option<Category>,
        minor: Option<bool>,
    ) -> Option<crate::decision::Record> {
        let (s, day, category) = (self.case.sentence.as_ref()?, e.eligible_on?, category?);
        if s.punishment != Punishment::Imprisonment {
            return None;
        }
        let p = self.p;
        let (periods, minor) = if minor == Some(true) {
            (&p.cc_art89_record_minors.value, true)
        } else {
            (&p.cc_art79_record.value, false)
        };
        Some(art79_record::expiry(
            category,
            s.punishment,
            false,
            Some(day),
            periods,
            minor,
        ))
    }
}

/// What can be asked next and who decides (CPC Arts. 476–478), for the steps available.
fn next_steps(
    outcome: Outcome,
    after: &AfterVerdict,
    custody: bool,
    p: &crate::pack::Provisions,
) -> Vec<Petition> {
    let base = p.cpc_art476_procedure.cite;
    let cite = |article: u16, item: Option<u8>| Citation {
        article: Some(crate::vocab::ArticleNo::new(article, 0)),
        item,
        ..base
    };
    let mut out = Vec::new();
    if outcome.is_covered() {
        out.push(Petition {
            provision: ProvisionId::CpcArt476Procedure,
            step: NextStep::AmnestyApplication,
            court: Court::Applying,
            cite: cite(476, Some(15)),
            from: None,
        });
    }
    let dated = |e: &Option<EarlyRelease>| e.as_ref().and_then(|e| e.eligible_on);
    if let Some(from) = dated(&after.parole) {
        out.push(Petition {
            provision: ProvisionId::CpcArt476Procedure,
            step: NextStep::Parole,
            court: Court::WhereServed,
            cite: cite(477, None),
            from: Some(from),
        });
    }
    if let Some(from) = dated(&after.replacement) {
        out.push(Petition {
            provision: ProvisionId::CpcArt476Procedure,
            step: NextStep::Replacement,
            court: Court::WhereServed,
            cite: cite(477, None),
            from: Some(from),
        });
    }
    if let Some(from) = dated(&after.probation_cancel) {
        out.push(Petition {
            provision: ProvisionId::CpcArt476Procedure,
            step: NextStep::ProbationCancel,
            court: Court::OnProbationSubmission,
            cite: cite(476, None),
            from: Some(from),
        });
    }
    if custody {
        out.push(Petition {
            provision: ProvisionId::CpcArt476Procedure,
            step: NextStep::CustodyCredit,
            court: Court::Sentencing,
            cite: cite(477, None),
            from: None,
        });
    }
    out
}
