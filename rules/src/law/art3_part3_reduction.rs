//! Law No. 152-VII, Art. 3 part 3, first paragraph — the main punishment is cut. Status: VERIFIED.
//!
//! For listed grave crimes the main punishment the court imposed is cut by three quarters; for
//! especially grave crimes, by half. Any main punishment: imprisonment, restriction of freedom,
//! arrest (a term), community service (hours), a fine or correctional works (an amount); a
//! punishment whose measure the case does not state is cut all the same, without a figure.
//! Additional punishments are not cut. Before a verdict the cut applies to the punishment a court
//! will impose; at trial with a sentence given, to that sentence, and if the cut term was already
//! spent in custody the court releases the person when it applies the amnesty. How a fraction of
//! a term is counted is the calculator's convention (`convention/term_arithmetic.rs`).

use chrono::NaiveDate;

use crate::convention::term_arithmetic;
use crate::decision::{OffenceEffect, StepDetail};
use crate::finding::{Found, Note, Notes};
use crate::pack::{Arithmetic, Cuts, ProvisionId, Rule};
use crate::term::{share_of_count, Term};
use crate::vocab::{Category, Fraction, Measured, Punishment};

const ID: ProvisionId = ProvisionId::Art3Part3Reduction;

/// The cut for a category, as the law states it; `None` for categories part 3 does not cut.
pub fn cut(category: Category, cuts: &Cuts) -> Option<Fraction> {
    match category {
        Category::Grave => Some(cuts.grave),
        Category::EspeciallyGrave => Some(cuts.especially_grave),
        _ => None,
    }
}

/// The cut for an offence: of the punishment a court will impose, or of the one imposed
/// (`sentenced`). `None` for a category part 3 does not cut.
pub fn cut_offence(
    category: Category,
    sentenced: bool,
    rule: &Rule<Cuts>,
) -> Found<Option<OffenceEffect>> {
    let Some(cut) = cut(category, &rule.value) else {
        return Found::silent(None);
    };
    let (effect, detail) = if sentenced {
        let detail = StepDetail::MainPunishmentCut { category, cut };
        (OffenceEffect::MainPunishmentCut { cut }, detail)
    } else {
        (
            OffenceEffect::CutAtSentencing { cut },
            StepDetail::CutAtSentencing { category, cut },
        )
    };
    Found::noted(Some(effect), rule.note(ID, detail))
}

/// A term after the cut.
pub fn cut_term(
    term: Term,
    cut: Fraction,
    rule: &Rule<Cuts>,
    arithmetic: &Rule<Arithmetic>,
) -> Found<Term> {
    let days_per_month = arithmetic.value.days_per_month_for_fractions;
    let share = term.share(cut.rest(), days_per_month);
    let new = share.value;
    let mut notes = Notes::default();
    notes.step(rule.note(
        ID,
        StepDetail::TermCut {
            imposed: term,
            cut,
            new,
        },
    ));
    notes.take(term_arithmetic::rounded(share.rounded, arithmetic));
    Found::with(new, notes)
}

/// Hours or an amount after the cut (which of the two, the punishment says).
pub fn cut_count(
    imposed: u32,
    punishment: Punishment,
    cut: Fraction,
    rule: &Rule<Cuts>,
    arithmetic: &Rule<Arithmetic>,
) -> Found<u32> {
    let share = share_of_count(imposed, cut.rest());
    let new = share.value;
    let detail = if punishment.measured() == Measured::Hours {
        StepDetail::HoursCut { imposed, cut, new }
    } else {
        StepDetail::AmountCut { imposed, cut, new }
    };
    let mut notes = Notes::default();
    notes.step(rule.note(ID, detail));
    notes.take(term_arithmetic::rounded(share.rounded, arithmetic));
    Found::with(new, notes)
}

/// A punishment cut whose measure the case does not state.
pub fn measure_not_stated(punishment: Punishment, cut: Fraction, rule: &Rule<Cuts>) -> Note {
    rule.note(ID, StepDetail::MeasureNotStated { punishment, cut })
}

/// Additional punishments are not cut.
pub fn additional_not_cut(rule: &Rule<Cuts>) -> Note {
    rule.note(ID, StepDetail::AdditionalNotCut)
}

/// A convict's cut term whose last day was before the law came into force: it was over.
pub fn reduced_term_over(end: NaiveDate, in_force: NaiveDate, rule: &Rule<Cuts>) -> Option<Note> {
    (end < in_force).then(|| rule.note(ID, StepDetail::ReducedTermOver { end, in_force }))
}

/// At trial: the last day of the cut term, when it is still to come on the later of the day the
/// law came into force and the day of the calculation; otherwise the cut term was already spent
/// in custody and the court releases the person (`None`). A term cut to nothing ended on its
/// first day.
pub fn at_sentencing(
    start: NaiveDate,
    new_end: Option<NaiveDate>,
    earliest: NaiveDate,
    rule: &Rule<Cuts>,
) -> Found<Option<NaiveDate>> {
    match new_end.filter(|end| *end >= earliest) {
        Some(end) => Found::silent(Some(end)),
        None => {
            let end = new_end.unwrap_or(start);
            Found::noted(None, rule.note(ID, StepDetail::ReleaseAtSentencing { end }))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::RulePack;

    #[test]
    fn three_quarters_and_half() {
        let p = &RulePack::embedded().provisions;
        let (rule, arithmetic) = (&p.art3_part3_reduction, &p.convention_term_arithmetic);
        let grave = cut(Category::Grave, &rule.value).unwrap();
        let especially = cut(Category::EspeciallyGrave, &rule.value).unwrap();
        assert_eq!(
            cut_term(Term::new(8, 0, 0), grave, rule, arithmetic).value,
            Term::new(2, 0, 0)
        );
        assert_eq!(
            cut_term(Term::new(15, 0, 0), especially, rule, arithmetic).value,
            Term::new(7, 6, 0)
        );
        let hours = cut_count(240, Punishment::CommunityService, grave, rule, arithmetic);
        assert_eq!(hours.value, 60);
        assert!(matches!(
            hours.notes.steps[0].detail,
            StepDetail::HoursCut { .. }
        ));
        assert_eq!(cut(Category::Medium, &rule.value), None);
        assert_eq!(cut_offence(Category::Medium, true, rule).value, None);
    }

    #[test]
    fn a_rounded_cut_warns_of_the_convention() {
        let p = &RulePack::embedded().provisions;
        let (rule, arithmetic) = (&p.art3_part3_reduction, &p.convention_term_arithmetic);
        let grave = cut(Category::Grave, &rule.value).unwrap();
        assert_eq!(
            cut_count(150, Punishment::Fine, grave, rule, arithmetic)
                .notes
                .warnings
                .len(),
            1
        );
        assert!(cut_count(240, Punishment::Fine, grave, rule, arithmetic)
            .notes
            .warnings
            .is_empty());
    }
}
