//! Law No. 152-VII — what the brief lists as unknown, surfaced to the user rather than guessed.
//! Status: UNKNOWN for every item here (legal brief §3–4).
//!
//! In plain words:
//! - The day the law came into force was not found; the pack holds one assumed date and every
//!   result that depends on it says so.
//! - Whether the amnesty requires admitting guilt and compensating damage: reports disagree;
//!   it is not treated as a condition, but the user is asked to check.
//! - A period within which the amnesty must be applied, its effect on additional punishments,
//!   and whether conditional sentences are covered, are all unknown.

use chrono::NaiveDate;

use crate::case::{Case, Category, Sentence};
use crate::decision::{Figure, WarningKind};
use crate::pack::{ProvisionId, Status};
use crate::trace::{figures, Trace};

/// The day the law came into force, with the warnings its use calls for.
pub fn in_force_date(case: &Case, trace: &mut Trace) -> NaiveDate {
    let in_force = &trace.pack.parameters.in_force;
    let (date, status) = (in_force.date, in_force.status);
    if status != Status::Verified {
        trace.warn(
            WarningKind::InForceDateAssumed,
            ProvisionId::InForce,
            figures([("date", Figure::Date(date))]),
        );
    }
    if case.as_of < date {
        trace.warn(
            WarningKind::AsOfBeforeInForce,
            ProvisionId::InForce,
            figures([
                ("date", Figure::Date(date)),
                ("as_of", Figure::Date(case.as_of)),
            ]),
        );
    }
    date
}

/// Open questions for anyone already sentenced.
pub fn convicted(sentence: &Sentence, category: Category, trace: &mut Trace) {
    trace.warn(
        WarningKind::AdditionalPunishmentsUnknown,
        ProvisionId::AdditionalPunishments,
        figures([]),
    );
    if sentence.conditional {
        trace.warn(
            WarningKind::ConditionalUnknown,
            ProvisionId::Conditional,
            figures([("category", Figure::Category(category))]),
        );
    }
}

/// Open questions for anyone the amnesty covers.
pub fn covered(trace: &mut Trace) {
    trace.warn(
        WarningKind::CompensationConditionUnknown,
        ProvisionId::CompensationCondition,
        figures([]),
    );
    trace.warn(
        WarningKind::ApplicationPeriodUnknown,
        ProvisionId::ApplicationPeriod,
        figures([]),
    );
}
