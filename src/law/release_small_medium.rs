//! Law No. 152-VII — criminal misdemeanours and crimes of small or medium gravity.
//! Status: REPORTED (press release; the law's article number is not verified). Legal brief §2.1.
//!
//! In plain words: for these offences the amnesty frees the person completely. If the case is
//! still under investigation or at trial, it is closed: no criminal liability. If the person was
//! convicted and was serving the punishment when the law came into force, they are released
//! from it. If the punishment had already been served, the conviction is expunged.
//!
//! Which of the last two applies is read from the dates where the punishment has a term: a term
//! that ended before the law came into force was served; otherwise it was being served.

use crate::case::{Case, Category, Stage};
use crate::decision::{Figure, Outcome, StepKind, WarningKind};
use crate::law::{self, open_questions, Effect};
use crate::pack::ProvisionId;
use crate::trace::{figures, Trace};

pub fn apply(case: &Case, category: Category, trace: &mut Trace) -> Effect {
    let provision = ProvisionId::ReleaseSmallMedium;
    let category_figures = figures([("category", Figure::Category(category))]);
    let Some(sentence) = case.sentence.as_ref().filter(|_| case.stage.is_convicted()) else {
        trace.step(
            StepKind::ReleaseFromLiability,
            provision,
            None,
            category_figures,
        );
        return Effect::bare(Outcome::ReleaseFromLiability);
    };
    let in_force = open_questions::in_force_date(case, trace);
    open_questions::convicted(sentence, category, trace);

    let ended = law::ended_before_law(sentence, in_force, trace);
    // A punishment without a term (a fine) has no end date: the stage says whether it was served.
    let has_end = sentence.term.last_day(sentence.start).is_some();
    if ended.is_some() || (!has_end && case.stage == Stage::Served) {
        if let (Some(end), Stage::Serving) = (ended, case.stage) {
            trace.warn(
                WarningKind::StageDiffersFromDates,
                ProvisionId::InForce,
                figures([("end", Figure::Date(end))]),
            );
        }
        trace.step(
            StepKind::ConvictionExpunged,
            provision,
            None,
            category_figures,
        );
        return Effect::bare(Outcome::ConvictionExpunged);
    }

    // Released on the day the law came into force, or on the first day of a sentence that
    // began later (the amnesty then applies as soon as there is a punishment to release from).
    let release_on = in_force.max(sentence.start);
    let mut release_figures = category_figures;
    release_figures.insert("date", Figure::Date(release_on));
    trace.step(
        StepKind::ReleaseFromPunishment,
        provision,
        None,
        release_figures,
    );
    Effect {
        release_on: Some(release_on),
        ..Effect::bare(Outcome::ReleaseFromPunishment)
    }
}
