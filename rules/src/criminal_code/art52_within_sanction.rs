//! Criminal Code, Art. 52 part 1 — punishment within the sanction. Status: VERIFIED (no amendment
//! up to January 2022).
//!
//! A court imposes punishment within the limits the article of the Special Part sets; a heavier
//! one only for several offences or several verdicts together (Art. 58, 60). So for one offence,
//! a sentence of imprisonment longer than a part's sanction allows rules that part out — and a
//! category that cannot carry it rules out the category.

use crate::pack::Bands;
use crate::term::Term;
use crate::vocab::{Category, Intent};

/// The longest imprisonment allowed: none at all, up to some years, or any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ceiling {
    NoImprisonment,
    Years(u8),
    Unbounded,
}

impl Ceiling {
    /// The ceiling of a sanction, from its longest imprisonment.
    pub fn of_sanction(max_years: Option<u8>) -> Ceiling {
        max_years.map_or(Ceiling::NoImprisonment, Ceiling::Years)
    }

    /// The ceiling of a category (CC Art. 10–11): a misdemeanour allows no imprisonment.
    pub fn of_category(category: Category, intent: Intent, bands: &Bands) -> Ceiling {
        if category == Category::Misdemeanour {
            return Ceiling::NoImprisonment;
        }
        let bands = match intent {
            Intent::Intentional => &bands.intentional,
            Intent::Negligent => &bands.negligent,
        };
        match bands.iter().find(|b| b.category == category) {
            Some(b) => b.up_to_years.map_or(Ceiling::Unbounded, Ceiling::Years),
            // A category the form of guilt cannot have (a negligent grave crime): nothing fits.
            None => Ceiling::NoImprisonment,
        }
    }

    /// Whether a term of imprisonment is more than the ceiling allows.
    pub fn exceeded_by(self, term: Term) -> bool {
        match self {
            Ceiling::NoImprisonment => !term.is_zero(),
            Ceiling::Years(years) => {
                let limit = u32::from(years) * 12;
                term.total_months() > limit || (term.total_months() == limit && term.days > 0)
            }
            Ceiling::Unbounded => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::RulePack;

    #[test]
    fn a_sentence_beyond_the_sanction_is_ruled_out() {
        assert!(Ceiling::Years(5).exceeded_by(Term::new(5, 0, 1)));
        assert!(!Ceiling::Years(5).exceeded_by(Term::new(5, 0, 0)));
        assert!(Ceiling::NoImprisonment.exceeded_by(Term::new(0, 0, 1)));
        assert!(!Ceiling::Unbounded.exceeded_by(Term::new(40, 0, 0)));
        let bands = &RulePack::embedded().provisions.cc_art11_categories.value;
        let small = Ceiling::of_category(Category::Small, Intent::Intentional, bands);
        assert_eq!(small, Ceiling::Years(2));
        assert!(small.exceeded_by(Term::new(5, 0, 0)));
        assert_eq!(
            Ceiling::of_category(Category::EspeciallyGrave, Intent::Intentional, bands),
            Ceiling::Unbounded
        );
        assert_eq!(
            Ceiling::of_category(Category::Grave, Intent::Negligent, bands),
            Ceiling::NoImprisonment
        );
    }
}
