//! Law No. 152-VII, Art. 3 part 3, first paragraph — the main punishment is cut. Status: VERIFIED.
//!
//! For listed grave crimes the main punishment the court imposed is cut by three quarters; for
//! especially grave crimes, by half. Any main punishment: imprisonment, restriction of freedom,
//! arrest (a term), community service (hours), a fine or correctional works (an amount).
//! Additional punishments are not cut. How a fraction of a term is counted is the calculator's
//! convention (`term.rs`).

use crate::pack::Cuts;
use crate::term::{share_of_count, Share, Term};
use crate::vocab::{Category, Fraction};

/// The cut for a category, as the law states it; `None` for categories part 3 does not cut.
pub fn cut(category: Category, cuts: &Cuts) -> Option<Fraction> {
    match category {
        Category::Grave => Some(cuts.grave),
        Category::EspeciallyGrave => Some(cuts.especially_grave),
        _ => None,
    }
}

/// A term after the cut.
pub fn cut_term(term: Term, cut: Fraction, days_per_month: u32) -> Share<Term> {
    term.share(cut.rest(), days_per_month)
}

/// Hours or an amount after the cut.
pub fn cut_count(count: u32, cut: Fraction) -> Share<u32> {
    share_of_count(count, cut.rest())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::RulePack;

    #[test]
    fn three_quarters_and_half() {
        let cuts = &RulePack::embedded().provisions.art3_part3_reduction.value;
        let grave = cut(Category::Grave, cuts).unwrap();
        let especially = cut(Category::EspeciallyGrave, cuts).unwrap();
        assert_eq!(
            cut_term(Term::new(8, 0, 0), grave, 30).value,
            Term::new(2, 0, 0)
        );
        assert_eq!(
            cut_term(Term::new(15, 0, 0), especially, 30).value,
            Term::new(7, 6, 0)
        );
        assert_eq!(cut_count(240, grave).value, 60);
        assert_eq!(cut(Category::Medium, cuts), None);
    }
}
