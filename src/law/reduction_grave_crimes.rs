//! Law No. 152-VII — grave crimes: the imposed punishment is reduced by three quarters;
//! especially grave crimes: reduced by half.
//! Status: REPORTED (press release; the law's article numbers are not verified). Legal brief
//! §2.2–2.3. The base is the term the court imposed, not the part left to serve: every source
//! says so and none says otherwise.
//!
//! In plain words: for a grave crime a quarter of the sentence remains; for an especially grave
//! crime, half. The new term counts from the same first day as the old one. If the shorter term
//! was already over when the law came into force, the person is freed that day; otherwise the
//! one-year rule is checked (`one_year_rule.rs`), and if it does not free them they are released
//! at the end of the new term.

use chrono::NaiveDate;

use crate::case::{Case, Category, Punishment};
use crate::decision::{Figure, Outcome, StepKind, WarningKind};
use crate::law::{self, one_year_rule, open_questions, pending_cases, Effect};
use crate::pack::{ProvisionId, Reduction, RulePack};
use crate::term::{Fraction, Term};
use crate::trace::{figures, Trace};

/// The reduction and its provision for a grave or especially grave crime.
pub fn reduction_for(category: Category, pack: &RulePack) -> (ProvisionId, &Reduction) {
    let reductions = &pack.parameters.reductions;
    if category == Category::EspeciallyGrave {
        (
            ProvisionId::ReductionEspeciallyGrave,
            &reductions.especially_grave,
        )
    } else {
        (ProvisionId::ReductionGrave, &reductions.grave)
    }
}

pub fn apply(case: &Case, category: Category, trace: &mut Trace) -> Effect {
    let (provision, reduction) = reduction_for(category, trace.pack);
    let keep = reduction.keep();
    if !case.stage.is_convicted() {
        return pending_cases::apply(case, category, provision, keep, trace);
    }
    let Some(sentence) = case.sentence.as_ref() else {
        // Validation requires a sentence for convicted stages.
        return Effect::bare(Outcome::NeedsReview);
    };
    let in_force = open_questions::in_force_date(case, trace);
    open_questions::convicted(sentence, category, trace);

    if !sentence.punishment.has_term() {
        trace.step(
            StepKind::NonTermPunishment,
            ProvisionId::NonCustodial,
            None,
            figures([("punishment", Figure::Punishment(sentence.punishment))]),
        );
        return Effect::bare(Outcome::NeedsReview);
    }
    if sentence.punishment != Punishment::Imprisonment {
        trace.warn(
            WarningKind::NonCustodialUnknown,
            ProvisionId::NonCustodial,
            figures([("punishment", Figure::Punishment(sentence.punishment))]),
        );
    }

    if law::ended_before_law(sentence, in_force, trace).is_some() {
        trace.step(StepKind::NothingLeftToReduce, provision, None, figures([]));
        return Effect::bare(Outcome::NeedsReview);
    }
    let imposed_end = sentence.term.last_day(sentence.start);

    let new_term = reduce(sentence.term, category, provision, keep, trace);
    let new_end = last_day_of(new_term, sentence.start, trace);

    if sentence.start > in_force {
        trace.step(
            StepKind::OneYearRuleNotApplicable,
            ProvisionId::OneYearRule,
            None,
            figures([
                ("start", Figure::Date(sentence.start)),
                ("in_force", Figure::Date(in_force)),
            ]),
        );
        return one_year_rule::serve_to_the_end(new_term, new_end, trace);
    }
    if new_end.is_none_or(|end| end < in_force) {
        let mut over = figures([("in_force", Figure::Date(in_force))]);
        if let Some(end) = new_end {
            over.insert("end", Figure::Date(end));
        }
        trace.step(StepKind::ReducedTermOver, provision, None, over);
        return Effect {
            new_term: Some(new_term),
            new_end,
            release_on: Some(in_force),
            ..Effect::bare(Outcome::Release)
        };
    }
    one_year_rule::apply(sentence, imposed_end, new_term, new_end, in_force, trace)
}

/// Cuts the term and records the step, warning where the arithmetic convention decided.
pub fn reduce(
    term: Term,
    category: Category,
    provision: ProvisionId,
    keep: Fraction,
    trace: &mut Trace,
) -> Term {
    let new_term = term.keep_fraction(keep);
    trace.step(
        StepKind::ReductionApplied,
        provision,
        None,
        figures([
            ("category", Figure::Category(category)),
            ("imposed", Figure::Term(term)),
            ("fraction", Figure::Fraction(keep.removed().into())),
            ("term", Figure::Term(new_term)),
        ]),
    );
    let den = keep.denominator.max(1);
    let divides_exactly = (term.total_months() * keep.numerator).is_multiple_of(den)
        && (term.days * keep.numerator).is_multiple_of(den);
    if !divides_exactly {
        trace.warn(
            WarningKind::ArithmeticConvention,
            ProvisionId::TermArithmetic,
            figures([
                ("imposed", Figure::Term(term)),
                ("term", Figure::Term(new_term)),
            ]),
        );
    }
    new_term
}

/// The last day of the reduced term, recorded as a step (none for a term cut to nothing).
pub fn last_day_of(new_term: Term, start: NaiveDate, trace: &mut Trace) -> Option<NaiveDate> {
    let end = new_term.last_day(start)?;
    trace.step(
        StepKind::NewLastDay,
        ProvisionId::TermArithmetic,
        None,
        figures([
            ("start", Figure::Date(start)),
            ("term", Figure::Term(new_term)),
            ("end", Figure::Date(end)),
        ]),
    );
    Some(end)
}
