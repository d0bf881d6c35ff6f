//! Criminal Code, Art. 46 parts 2 and 5 — the institution where imprisonment is served. Status:
//! VERIFIED (text as amended to 2020).
//!
//! The verdict names the institution. Where the case does not give it, the credit for custody
//! (Art. 62 part 3) needs one: the engine takes the level part 5 gives the case as the
//! calculator can see it, says so, and shows every other level as a reading where it changes a
//! date. What it can see: under 18 at the verdict, the minors' medium security (part 2);
//! dangerous recidivism, extraordinary security; recidivism, maximum for a man (medium for a
//! woman); a crime by negligence, minimum; an especially grave crime, maximum for a man
//! sentenced for the first time (medium for a woman); a first intentional crime with up to 2
//! years, minimum; more than 2 years, medium. It assumes a first imprisonment and, where the sex
//! decides, a man — the case holds neither. Non-violent crimes of chapters 7, 8, 9, 12 and 13
//! (minimum security) are not recognised: the minimum level is among the readings.

use crate::case::{Case, Institution, Recidivism, Sentence};
use crate::criminal_code::{art11_categories, art80_minors};
use crate::decision::{InstitutionGround, WarningDetail};
use crate::finding::{Caution, Found, Notes, Raised};
use crate::pack::{AgeCounting, InstitutionDefaults, ProvisionId, Rule, RulePack};
use crate::term::Term;
use crate::vocab::{Category, Intent};

const ID: ProvisionId = ProvisionId::CcArt46Institution;

/// What the default is worked out from.
#[derive(Clone, Copy, Debug)]
pub struct Facts {
    pub category: Option<Category>,
    pub intent: Intent,
    pub term: Option<Term>,
    pub recidivism: Recidivism,
    /// Under 18 on the term's first day.
    pub minor_at_verdict: bool,
}

/// The level part 5 gives, and why.
pub fn default_level(
    f: Facts,
    rule: &Rule<InstitutionDefaults>,
) -> (Institution, InstitutionGround) {
    let short = f.term.is_some_and(|t| {
        let limit = u32::from(rule.value.minimum_first_intentional_up_to_years) * 12;
        t.total_months() < limit || (t.total_months() == limit && t.days == 0)
    });
    use InstitutionGround as G;
    match f {
        Facts {
            minor_at_verdict: true,
            ..
        } => (Institution::Medium, G::Minor),
        Facts {
            recidivism: Recidivism::DangerousRecidivism,
            ..
        } => (Institution::Maximum, G::DangerousRecidivism),
        Facts {
            recidivism: Recidivism::Recidivism,
            ..
        } => (Institution::Maximum, G::RecidivismMan),
        Facts {
            intent: Intent::Negligent,
            ..
        } => (Institution::Minimum, G::Negligent),
        Facts {
            category: Some(Category::EspeciallyGrave),
            ..
        } => (Institution::Maximum, G::EspeciallyGraveMan),
        _ if short => (Institution::Minimum, G::FirstShortTerm),
        _ => (Institution::Medium, G::FirstLongerTerm),
    }
}

/// The default taken where the verdict's institution is not given, with the warning naming it.
pub fn assumed(f: Facts, rule: &Rule<InstitutionDefaults>) -> Found<Institution> {
    let (institution, ground) = default_level(f, rule);
    let mut notes = Notes::default();
    let caution: Caution = rule.caution(
        ID,
        WarningDetail::InstitutionAssumed {
            institution,
            ground,
        },
    );
    notes.warn(caution);
    Found::with(institution, notes)
}

/// What part 5 looks at, as far as the case shows it: the gravest offence's category and form of
/// guilt (from the Code, or as entered; each offence under its part given or assumed in
/// `parts`), the term, recidivism, and whether the person was under 18 on the term's first day.
pub fn facts(
    case: &Case,
    s: &Sentence,
    parts: &[Option<u8>],
    counting: AgeCounting,
    pack: &RulePack,
) -> Facts {
    let mut category: Option<Category> = None;
    let mut negligent_only = true;
    for (i, (o, part)) in case.offences.iter().zip(parts).enumerate() {
        let found = art11_categories::of_offence(case, i, *part, false, pack).value;
        category = category.max(found.map(|c| c.category));
        let intent = pack
            .code_part(o.article, *part)
            .map_or(Intent::Intentional, |c| c.intent);
        negligent_only &= intent == Intent::Negligent;
    }
    let minor_at_verdict = match (case.birth_date, s.start) {
        (Some(birth), Some(start)) => {
            let rule = &pack.provisions.cc_art80_minors;
            art80_minors::minor_on(birth, start, counting, rule).value
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

/// The institution the credit is for: the verdict's; else the reading's (`reading`) or part 5's
/// default, asked as a question either way. The flag says it was not given.
pub fn for_credit(
    s: &Sentence,
    facts: impl FnOnce(&Sentence) -> Facts,
    reading: Option<Institution>,
    rule: &Rule<InstitutionDefaults>,
) -> Found<(Institution, bool)> {
    if let Some(given) = s.institution {
        return Found::silent((given, false));
    }
    let found = assumed(facts(s), rule);
    let mut notes = Notes::default();
    notes.ask(Raised::Institution {
        assumed: found.value,
    });
    let level = match reading {
        Some(reading) => reading,
        None => notes.take(found),
    };
    Found::with((level, true), notes)
}

/// The levels other than `taken`, each a reading.
pub fn others(taken: Institution) -> impl Iterator<Item = Institution> {
    Institution::ALL.into_iter().filter(move |i| *i != taken)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::RulePack;

    #[test]
    fn the_defaults_of_part_5() {
        let rule = &RulePack::embedded().provisions.cc_art46_institution;
        let base = Facts {
            category: Some(Category::Grave),
            intent: Intent::Intentional,
            term: Some(Term::new(8, 0, 0)),
            recidivism: Recidivism::None,
            minor_at_verdict: false,
        };
        let level = |f| default_level(f, rule).0;
        assert_eq!(level(base), Institution::Medium);
        let two = Facts {
            term: Some(Term::new(2, 0, 0)),
            ..base
        };
        assert_eq!(level(two), Institution::Minimum);
        let longer = Facts {
            term: Some(Term::new(2, 0, 1)),
            ..base
        };
        assert_eq!(level(longer), Institution::Medium);
        let grave = Facts {
            category: Some(Category::EspeciallyGrave),
            ..base
        };
        assert_eq!(level(grave), Institution::Maximum);
        let minor = Facts {
            minor_at_verdict: true,
            ..grave
        };
        assert_eq!(level(minor), Institution::Medium);
        assert_eq!(others(Institution::Medium).count(), 2);
    }
}
