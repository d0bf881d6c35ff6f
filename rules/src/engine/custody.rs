//! The custody before the verdict, credited once per pass (CC Art. 62), with the institution
//! the credit needs (CC Art. 46 part 5) where the case does not give it: every date the pass
//! works out afterwards is on the credited term.

use super::pass::Pass;
use crate::case::{Institution, Sentence};
use crate::criminal_code::art11_categories;
use crate::criminal_code::art46_institution::{self, Facts};
use crate::criminal_code::art62_custody_credit;
use crate::criminal_code::art80_minors;
use crate::decision::{Credited, CustodyCredit, StepDetail};
use crate::finding::{Found, Notes, Raised};
use crate::pack::ProvisionId;
use crate::vocab::{Category, Intent, Punishment};

/// The credit a pass works with: days of a term, hours or an amount, and what the decision
/// shows of it.
#[derive(Clone, Copy, Debug, Default)]
pub struct Credit {
    pub days: u32,
    pub hours: u32,
    pub amount: u32,
    pub shown: Option<CustodyCredit>,
}

pub use crate::term::days_before as earlier;

impl Pass<'_, '_> {
    /// The custody credited to the sentence (none without custody).
    pub(super) fn custody_credit(&mut self) -> Credit {
        let case = self.case;
        if case.custody.is_empty() {
            return Credit::default();
        }
        let (detention_days, house_arrest_days) = art62_custody_credit::days(&case.custody);
        let mut shown = CustodyCredit {
            detention_days,
            house_arrest_days,
            institution: None,
            institution_assumed: false,
            credited: None,
            imposed_end_credited: None,
        };
        let rule = &self.p.cc_art62_custody_credit;
        let Some(s) = case.sentence.as_ref() else {
            return Credit {
                shown: Some(shown),
                ..Credit::default()
            };
        };
        if s.conditional {
            self.note(
                None,
                rule.note(
                    ProvisionId::CcArt62CustodyCredit,
                    StepDetail::CustodyNotCredited,
                ),
            );
            return Credit {
                shown: Some(shown),
                ..Credit::default()
            };
        }
        let institution = if s.punishment == Punishment::Imprisonment {
            let level = self.institution(s, &mut shown);
            shown.institution = Some(level);
            level
        } else {
            Institution::Maximum
        };
        let found = art62_custody_credit::credit(
            &case.custody,
            s,
            institution,
            self.a.half_day,
            rule,
            &self.p.open_half_day,
        );
        let credited = self.take(None, found);
        shown.credited = Some(credited);
        let mut credit = Credit::default();
        match credited {
            Credited::Days { days } => credit.days = days,
            Credited::Hours { hours } => credit.hours = hours,
            Credited::Amount { amount } => credit.amount = amount,
        }
        shown.imposed_end_credited = s.imposed_end().map(|end| earlier(end, credit.days));
        credit.shown = Some(shown);
        credit
    }

    /// The institution: the verdict's, or the reading's, or CC Art. 46 part 5's default, named.
    fn institution(&mut self, s: &Sentence, shown: &mut CustodyCredit) -> Institution {
        if let Some(given) = s.institution {
            return given;
        }
        let rule = &self.p.cc_art46_institution;
        let found = art46_institution::assumed(self.institution_facts(s), rule);
        let assumed = found.value;
        let mut notes = Notes::default();
        notes.ask(Raised::Institution { assumed });
        self.take(None, Found::with((), notes));
        shown.institution_assumed = true;
        match self.a.institution {
            Some(reading) => reading,
            None => self.take(None, found),
        }
    }

    /// What CC Art. 46 part 5 looks at, as far as the case shows it: the gravest offence's
    /// category and form of guilt (from the Code, or as entered), the term, recidivism, and
    /// whether the person was under 18 on the term's first day.
    fn institution_facts(&self, s: &Sentence) -> Facts {
        let (case, pack) = (self.case, self.pack);
        let mut category: Option<Category> = None;
        let mut negligent_only = true;
        for i in 0..case.offences.len() {
            let part = self.part(i);
            let found = art11_categories::of_offence(case, i, part, false, pack).value;
            category = category.max(found.map(|c| c.category));
            let intent = pack
                .code_part(case.offences[i].article, part)
                .map_or(Intent::Intentional, |c| c.intent);
            negligent_only &= intent == Intent::Negligent;
        }
        let minor_at_verdict = match (case.birth_date, s.start) {
            (Some(birth), Some(start)) => {
                let rule = &self.p.cc_art80_minors;
                art80_minors::minor_on(birth, start, self.a.age_counting, rule).value
            }
            _ => false,
        };
        Facts {
            category,
            intent: if negligent_only {
                Intent::Negligent
            } else {
                Intent::Intentional
            },
            term: s.measure.term(),
            recidivism: case.recidivism,
            minor_at_verdict,
        }
    }
}
