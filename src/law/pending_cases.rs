//! Law No. 152-VII — grave and especially grave crimes in cases not yet decided: the court
//! applies the reduction when it sentences.
//! Status: REPORTED (parliamentary reporting; article number not verified). Legal brief §2.5.
//!
//! In plain words: nobody is released at this stage for a grave crime; the court that sentences
//! the person cuts the punishment it imposes by three quarters (grave) or by half (especially
//! grave). If a sentence is given in the case file (one already pronounced, or one the user
//! wants to test), the calculator shows what the cut makes of it. The one-year rule does not
//! apply: it concerns people who were already convicts on the day the law came into force.

use crate::case::{Case, Category};
use crate::decision::{Figure, Outcome, StepKind};
use crate::law::{one_year_rule, reduction_grave_crimes, Effect};
use crate::pack::ProvisionId;
use crate::term::Fraction;
use crate::trace::{figures, Trace};

pub fn apply(
    case: &Case,
    category: Category,
    provision: ProvisionId,
    keep: Fraction,
    trace: &mut Trace,
) -> Effect {
    trace.step(
        StepKind::ReductionAtSentencing,
        ProvisionId::PendingCases,
        None,
        figures([
            ("category", Figure::Category(category)),
            ("fraction", Figure::Fraction(keep.removed().into())),
        ]),
    );
    let Some(sentence) = case.sentence.as_ref().filter(|s| s.punishment.has_term()) else {
        return Effect::bare(Outcome::TermReduced);
    };
    let new_term = reduction_grave_crimes::reduce(sentence.term, category, provision, keep, trace);
    let new_end = reduction_grave_crimes::last_day_of(new_term, sentence.start, trace);
    one_year_rule::serve_to_the_end(new_term, new_end, trace)
}
