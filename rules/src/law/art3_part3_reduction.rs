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

use crate::case::{Measure, OwnSentence, Sentence};
use crate::convention::{release_day, term_arithmetic};
use crate::decision::{
    NewMeasure, OffenceEffect, OneYearSkip, Outcome, OwnPunishment, Reading, StepDetail,
};
use crate::finding::{Found, Note, Notes};
use crate::law::art3_part3_one_year_rule::{self as one_year, ConvictRelease};
use crate::law::art4_in_force;
use crate::pack::{
    Arithmetic, BoundaryDay, Cuts, LaterTerm, OneYearBase, ProvisionId, Provisions, Rule,
};
use crate::practice::conditional_sentences;
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

/// The effect of the cut on an offence, and the provision behind it (`sentenced`: of the
/// punishment imposed). A category part 3 does not cut, and that Art. 3 parts 1–2 neither close
/// nor release, has nothing to apply (the pack's tests show that no category is left so).
pub fn effect(
    category: Category,
    sentenced: bool,
    rule: &Rule<Cuts>,
) -> Found<(OffenceEffect, ProvisionId)> {
    cut_offence(category, sentenced, rule)
        .map(|effect| (effect.unwrap_or(OffenceEffect::NothingToApply), ID))
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

/// An offence's own punishment (CC Art. 58 part 1) as the amnesty leaves it under the offence's
/// `effect`: cut by its own fraction, as imposed where nothing applies to it, or nothing left
/// where the offence is released or its effect not known.
pub fn own_punishment(
    own: OwnSentence,
    effect: OffenceEffect,
    p: &Provisions,
) -> Found<OwnPunishment> {
    let left = |new| OwnPunishment {
        punishment: own.punishment,
        imposed: own.measure,
        new,
    };
    match effect {
        OffenceEffect::MainPunishmentCut { cut } | OffenceEffect::CutAtSentencing { cut } => {
            cut_measure(own, cut, p).map(|new| left(Some(new)))
        }
        OffenceEffect::NotCovered | OffenceEffect::Excluded | OffenceEffect::NothingToApply => {
            Found::silent(left(Some(own.measure)))
        }
        OffenceEffect::CaseClosed
        | OffenceEffect::ReleasedFromPunishment
        | OffenceEffect::ConvictionExpunged
        | OffenceEffect::Unknown => Found::silent(left(None)),
    }
}

/// A punishment's measure after the cut.
fn cut_measure(own: OwnSentence, cut: Fraction, p: &Provisions) -> Found<Measure> {
    let (rule, arithmetic) = (&p.art3_part3_reduction, &p.convention_term_arithmetic);
    let count = |n| cut_count(n, own.punishment, cut, rule, arithmetic);
    match own.measure {
        Measure::Term(term) => cut_term(term, cut, rule, arithmetic).map(Measure::Term),
        Measure::Hours(n) => count(n).map(Measure::Hours),
        Measure::Amount(n) => count(n).map(Measure::Amount),
        Measure::Unstated => Found::silent(Measure::Unstated),
    }
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

/// A sentence after the cut: the outcome, the new measure and its dates (the record is left to
/// CC Art. 79), and when the punishment is completed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CutSentence {
    pub result: Reading,
    /// The day the punishment is completed (`Some(None)`: a day not known), from which the
    /// record's period runs; `None`: a term whose first day is not given, with no record told.
    pub completed: Option<Option<NaiveDate>>,
}

/// What the cut of a sentence needs to know besides the sentence.
#[derive(Clone, Copy, Debug)]
pub struct Circumstances {
    /// Sentenced in a verdict in force (serving or served), not at trial.
    pub convicted: bool,
    /// The date of the calculation.
    pub as_of: NaiveDate,
    /// The reading of the one-year rule's base.
    pub one_year_base: OneYearBase,
    /// The readings of the one-year rule's boundary day and of a term that began later.
    pub boundary: BoundaryDay,
    pub later_term: LaterTerm,
    /// Custody credited (CC Art. 62): days of a term, hours, an amount.
    pub credit: (u32, u32, u32),
}

/// The main punishment imposed, cut: a conditional sentence as a real term (reported practice);
/// a term with its new last day and the release (at trial, or for a convict with the one-year
/// rule); hours or an amount, released when nothing is left; a measure not stated, without a
/// figure. Additional punishments are not cut.
pub fn cut_sentence(
    s: &Sentence,
    cut: Fraction,
    at: Circumstances,
    p: &Provisions,
) -> Found<CutSentence> {
    let mut notes = Notes::default();
    notes.take(conditional_sentences::cut_as_real_term(
        s.conditional,
        &p.practice_conditional_sentences,
    ));
    let (rule, arithmetic) = (&p.art3_part3_reduction, &p.convention_term_arithmetic);
    let mut c = Reading::only(Outcome::PunishmentReduced);
    match s.measure {
        Measure::Term(term) => {
            let (result, completed) = cut_term_and_dates(s, term, cut, at, p, &mut notes);
            return Found::with(CutSentence { result, completed }, notes);
        }
        Measure::Hours(imposed) | Measure::Amount(imposed) => {
            let cut_to = notes.take(cut_count(imposed, s.punishment, cut, rule, arithmetic));
            // The custody credited is worked off what the cut leaves (CC Art. 62 part 3-1).
            let (_, hours, amount) = at.credit;
            let new = cut_to.saturating_sub(hours.max(amount));
            c.figures.measure = Some(if s.punishment.measured() == Measured::Hours {
                NewMeasure::Hours(new)
            } else {
                NewMeasure::Amount(new)
            });
            if new == 0 {
                let day = art4_in_force::release_day(s.start, p);
                c.figures.release_on = Some(notes.take(day));
                c.outcome = Outcome::Release;
            }
        }
        Measure::Unstated => notes.step(measure_not_stated(s.punishment, cut, rule)),
    }
    notes.step(additional_not_cut(rule));
    notes.step(one_year::not_applicable(
        OneYearSkip::NotATerm,
        &p.art3_part3_one_year_rule,
    ));
    // Nothing left to pay or work: served the day of release; otherwise once served.
    let completed = Some(c.figures.release_on);
    Found::with(
        CutSentence {
            result: c,
            completed,
        },
        notes,
    )
}

fn cut_term_and_dates(
    s: &Sentence,
    term: Term,
    cut: Fraction,
    at: Circumstances,
    p: &Provisions,
    notes: &mut Notes,
) -> (Reading, Option<Option<NaiveDate>>) {
    let (rule, arithmetic) = (&p.art3_part3_reduction, &p.convention_term_arithmetic);
    let new = notes.take(cut_term(term, cut, rule, arithmetic));
    notes.step(additional_not_cut(rule));
    let mut c = Reading::only(Outcome::TermReduced);
    c.figures.measure = Some(NewMeasure::Term(new));
    let Some(start) = s.start else {
        return (c, None);
    };
    let (credit_days, _, _) = at.credit;
    let credited = |end: NaiveDate| crate::term::days_before(end, credit_days);
    let uncredited = notes.take(term_arithmetic::last_day(start, new, arithmetic));
    c.figures.end = uncredited.map(credited);
    if let (Some(end), true) = (uncredited, credit_days > 0) {
        let rule = &p.cc_art62_custody_credit;
        let detail = StepDetail::LastDayCredited {
            end,
            days: credit_days,
            credited: credited(end),
        };
        notes.step(rule.note(ProvisionId::CcArt62CustodyCredit, detail));
    }
    let in_force = p.art4_in_force.value.date;
    if !at.convicted {
        notes.step(one_year::not_applicable(
            OneYearSkip::AtTrial,
            &p.art3_part3_one_year_rule,
        ));
        let earliest = in_force.max(at.as_of);
        match notes.take(at_sentencing(start, c.figures.end, earliest, rule)) {
            Some(end) => {
                c.figures.release_on =
                    Some(notes.take(release_day::on_last_day(end, &p.convention_release_day)));
            }
            None => c.outcome = Outcome::ReleaseAtSentencing,
        }
    } else if let Some(end) = c.figures.end {
        if s.conditional {
            let practice = &p.practice_conditional_sentences;
            let unsourced = crate::decision::WarningDetail::OneYearOnConditionalUnsourced;
            notes.warn(practice.caution(ProvisionId::PracticeConditionalSentences, unsourced));
        }
        let imposed_end = term.last_day(start).map(credited);
        let readings = one_year::Readings {
            base: at.one_year_base,
            boundary: at.boundary,
            later_term: at.later_term,
        };
        let found = one_year::release_of_convict(start, end, imposed_end, readings, p);
        match notes.take(found) {
            ConvictRelease::OnLastDay(end) => c.figures.release_on = Some(end),
            ConvictRelease::OnEntry(day) | ConvictRelease::OnFirstDay(day) => {
                c.figures.release_on = Some(day);
                c.outcome = Outcome::Release;
            }
            ConvictRelease::ByTheRule(day) => {
                // The whole unserved part is cut: the term runs to the day of release.
                c.figures.measure = Term::between(start, day).map(NewMeasure::Term);
                c.figures.end = Some(day);
                c.figures.release_on = Some(day);
                c.outcome = Outcome::Release;
            }
        }
    } else {
        // A cut to nothing: the whole punishment is remitted.
        let day = art4_in_force::release_day(s.start, p);
        c.figures.release_on = Some(notes.take(day));
        c.outcome = Outcome::Release;
    }
    let completed = if s.conditional {
        c.figures.end
    } else {
        c.figures.release_on
    };
    (c, Some(completed))
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
            hours.notes.steps()[0].detail,
            StepDetail::HoursCut { .. }
        ));
        assert_eq!(cut(Category::Medium, &rule.value), None);
        assert_eq!(cut_offence(Category::Medium, true, rule).value, None);
    }

    #[test]
    fn a_cut_term_spent_at_trial_is_a_release_at_sentencing() {
        let p = &RulePack::embedded().provisions;
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let sentence = crate::case::sentence(
            Punishment::Imprisonment,
            Measure::Term(Term::new(2, 0, 0)),
            Some(d(2022, 1, 6)),
        );
        let grave = cut(Category::Grave, &p.art3_part3_reduction.value).unwrap();
        let at = |convicted, as_of| Circumstances {
            convicted,
            as_of,
            one_year_base: OneYearBase::Reduced,
            boundary: BoundaryDay::DayLeft,
            later_term: LaterTerm::NotApplied,
            credit: (0, 0, 0),
        };
        // Six months from 6 January 2022 ended before the law came into force.
        let trial = cut_sentence(&sentence, grave, at(false, d(2023, 1, 1)), p).value;
        assert_eq!(trial.result.outcome, Outcome::ReleaseAtSentencing);
        assert_eq!(trial.result.figures.end, Some(d(2022, 7, 5)));
        let convict = cut_sentence(&sentence, grave, at(true, d(2023, 1, 1)), p).value;
        assert_eq!(convict.result.outcome, Outcome::Release);
        assert_eq!(
            convict.result.figures.release_on,
            Some(p.art4_in_force.value.date)
        );
        let fine = crate::case::sentence(Punishment::Fine, Measure::Unstated, None);
        let unstated = cut_sentence(&fine, grave, at(true, d(2023, 1, 1)), p).value;
        assert_eq!(unstated.result.outcome, Outcome::PunishmentReduced);
        assert_eq!(unstated.completed, Some(None));
    }

    /// Every category is closed or released by Art. 3 parts 1–2, or cut by part 3.
    #[test]
    fn no_category_is_left_without_an_effect() {
        let p = &RulePack::embedded().provisions;
        for category in Category::ALL {
            let cut = cut(category, &p.art3_part3_reduction.value).is_some();
            assert!(
                cut || p.art3_part1_pending_cases.value.contains(&category),
                "{category:?}"
            );
            assert!(
                cut || p.art3_part2_release.value.contains(&category),
                "{category:?}"
            );
        }
    }

    #[test]
    fn a_rounded_cut_warns_of_the_convention() {
        let p = &RulePack::embedded().provisions;
        let (rule, arithmetic) = (&p.art3_part3_reduction, &p.convention_term_arithmetic);
        let grave = cut(Category::Grave, &rule.value).unwrap();
        assert_eq!(
            cut_count(150, Punishment::Fine, grave, rule, arithmetic)
                .notes
                .warnings()
                .len(),
            1
        );
        assert!(cut_count(240, Punishment::Fine, grave, rule, arithmetic)
            .notes
            .warnings()
            .is_empty());
    }
}
