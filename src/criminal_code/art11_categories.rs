//! Criminal Code of 3 July 2014, Article 11 — categories of crimes.
//! Status: REPORTED — the thresholds are known from the 1997 Code's equivalent and believed
//! unchanged (legal brief §5).
//!
//! In plain words: the gravity of a crime follows from the most severe imprisonment its part of
//! the article allows. Intentional: up to 2 years is small gravity, up to 5 medium, up to 12
//! grave, more than 12 (or life) especially grave. Negligent: up to 5 years is small gravity,
//! more is medium; a negligent act is never grave. Criminal misdemeanours carry no imprisonment.
//! The category in the verdict prevails over anything derived here.

use crate::case::{Category, Offence};
use crate::decision::{CategorySource, Citation, Figure, StepKind, WarningKind};
use crate::pack::{Intent, ProvisionId, RulePack, Status};
use crate::term::Term;
use crate::trace::{figures, Trace};

/// Upper limits of imprisonment, in months, for each category of intentional crime.
const INTENTIONAL_SMALL_MAX: u32 = 2 * 12;
const INTENTIONAL_MEDIUM_MAX: u32 = 5 * 12;
const INTENTIONAL_GRAVE_MAX: u32 = 12 * 12;
/// Upper limit of imprisonment, in months, for a negligent crime of small gravity.
const NEGLIGENT_SMALL_MAX: u32 = 5 * 12;

/// The category of a crime from the maximum imprisonment of its sanction.
pub fn category_from_sanction(intent: Intent, max_imprisonment_months: u32) -> Category {
    match intent {
        Intent::Intentional => match max_imprisonment_months {
            m if m <= INTENTIONAL_SMALL_MAX => Category::Small,
            m if m <= INTENTIONAL_MEDIUM_MAX => Category::Medium,
            m if m <= INTENTIONAL_GRAVE_MAX => Category::Grave,
            _ => Category::EspeciallyGrave,
        },
        Intent::Negligent => match max_imprisonment_months {
            m if m <= NEGLIGENT_SMALL_MAX => Category::Small,
            _ => Category::Medium,
        },
    }
}

/// What the catalogue says about an article part's category, with how sure it is.
pub struct CatalogueCategory {
    pub category: Category,
    pub status: Status,
    pub max_imprisonment_months: u32,
}

/// The category the catalogue gives for an article and part, if a sanction was found for it.
pub fn from_catalogue(
    pack: &RulePack,
    article: u16,
    part: Option<u8>,
) -> Option<CatalogueCategory> {
    let entry = pack.article(article)?;
    let part = entry.parts.iter().find(|p| Some(p.part) == part)?;
    let sanction_status = part.sanction_status.unwrap_or(Status::Unknown);
    let rules_status = pack.provision(ProvisionId::CcCategories).status;
    let max = part.max_imprisonment_months?;
    Some(CatalogueCategory {
        category: category_from_sanction(entry.intent, max),
        status: sanction_status.weakest(rules_status),
        max_imprisonment_months: max,
    })
}

/// Settles the category of one offence: the verdict's, else the catalogue's, else unknown.
pub fn determine(
    index: usize,
    offence: &Offence,
    trace: &mut Trace,
) -> (Option<Category>, CategorySource) {
    let pack = trace.pack;
    let catalogue = from_catalogue(pack, offence.article, offence.part);
    let intent = pack.article(offence.article).map(|a| a.intent);
    let cite = Citation::code_article(
        pack,
        ProvisionId::CcCategories,
        offence.article,
        offence.part,
    );

    if let Some(category) = offence.category {
        trace.step_cited(
            StepKind::CategoryFromVerdict,
            cite,
            Status::Verified,
            Some(index),
            figures([("category", Figure::Category(category))]),
        );
        if let Some(from_code) = catalogue.filter(|c| c.category != category) {
            trace.warn(
                WarningKind::CategoryDiffersFromCatalogue,
                ProvisionId::CcCategories,
                figures([
                    ("verdict", Figure::Category(category)),
                    ("catalogue", Figure::Category(from_code.category)),
                ]),
            );
        }
        if intent == Some(Intent::Negligent) && category >= Category::Grave {
            trace.warn(
                WarningKind::NegligentCannotBeGrave,
                ProvisionId::CcCategories,
                figures([("category", Figure::Category(category))]),
            );
        }
        return (Some(category), CategorySource::Verdict);
    }

    match catalogue {
        Some(found) => {
            let max = found.max_imprisonment_months;
            let step_figures = figures([
                ("category", Figure::Category(found.category)),
                ("max", Figure::Term(Term::new(max / 12, max % 12, 0))),
            ]);
            trace.step_cited(
                StepKind::CategoryFromCatalogue,
                cite,
                found.status,
                Some(index),
                step_figures,
            );
            trace.warn(
                WarningKind::CategoryDerivedFromCatalogue,
                ProvisionId::CcCategories,
                figures([("category", Figure::Category(found.category))]),
            );
            (Some(found.category), CategorySource::Catalogue)
        }
        None => {
            trace.step_cited(
                StepKind::CategoryUnknown,
                cite,
                Status::Unknown,
                Some(index),
                figures([]),
            );
            (None, CategorySource::Unknown)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_follow_article_11() {
        use Category::*;
        let cases = [
            (Intent::Intentional, 24, Small),
            (Intent::Intentional, 25, Medium),
            (Intent::Intentional, 60, Medium),
            (Intent::Intentional, 61, Grave),
            (Intent::Intentional, 144, Grave),
            (Intent::Intentional, 145, EspeciallyGrave),
            (Intent::Negligent, 60, Small),
            (Intent::Negligent, 61, Medium),
            (Intent::Negligent, 240, Medium),
        ];
        for (intent, months, expected) in cases {
            assert_eq!(
                category_from_sanction(intent, months),
                expected,
                "{intent:?} {months}"
            );
        }
    }

    #[test]
    fn the_catalogue_derives_art_107_part_1_as_small_gravity() {
        let pack = RulePack::embedded();
        let found = from_catalogue(pack, 107, Some(1)).unwrap();
        assert_eq!(found.category, Category::Small);
        assert_eq!(found.status, Status::Reported);
        assert!(from_catalogue(pack, 106, Some(1)).is_none());
    }
}
