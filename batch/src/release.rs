//! Who is released, and when, in every result a decision gives (the one shown and each reading
//! of an open question or a missing fact): the figures a caseload's summary counts, so that a
//! report never counts as released a person who is released in only one reading, whose release is
//! still to come, or who was never in custody.

use amnesty_rules::decision::{Decision, Warning};
use amnesty_rules::Outcome;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What a decision means for a person's freedom, on the date of calculation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Freed {
    /// Released from custody on or before the date of calculation, in every reading.
    Released,
    /// Released by then in some reading, not in every one.
    ReleasedInSomeReading,
    /// To be released from custody after the date of calculation, in every reading.
    ToBeReleased,
    /// To be released later in some reading; in another, not released at all.
    ToBeReleasedInSomeReading,
    /// A punishment served outside custody (a conditional sentence, restriction of freedom, a
    /// fine, correctional works, community service): it ends, nobody is released.
    PunishmentEnds,
}

impl Freed {
    pub const ALL: [Freed; 5] = [
        Freed::Released,
        Freed::ReleasedInSomeReading,
        Freed::ToBeReleased,
        Freed::ToBeReleasedInSomeReading,
        Freed::PunishmentEnds,
    ];
}

/// The days a decision's results give for a release (or the end of the punishment).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Releases {
    /// The earliest release day of any result.
    pub earliest: Option<NaiveDate>,
    /// The latest, where every result gives one.
    pub latest: Option<NaiveDate>,
    pub freed: Option<Freed>,
}

/// The release days of every result a decision gives: the one shown (unless a court must decide
/// first) and each reading's.
fn release_days(d: &Decision) -> Vec<Option<NaiveDate>> {
    let shown = (d.outcome != Outcome::NeedsReview).then_some(d.release_on);
    shown
        .into_iter()
        .chain(d.readings.iter().map(|r| r.release_on))
        .collect()
}

/// When, and whether, the person is released in every result of a decision.
pub fn releases(d: &Decision) -> Releases {
    let days = release_days(d);
    let given: Vec<NaiveDate> = days.iter().flatten().copied().collect();
    let earliest = given.iter().min().copied();
    let every = !days.is_empty() && given.len() == days.len();
    let latest = given.iter().max().copied().filter(|_| every);
    let custody = d.punishment.is_some_and(|p| p.in_custody()) && !d.conditional;
    let by_then = |day: &NaiveDate| *day <= d.as_of;
    let freed = match (earliest, custody) {
        (None, _) => None,
        (Some(_), false) => Some(Freed::PunishmentEnds),
        (Some(_), true) => Some(match (every, given.iter().filter(|x| by_then(x)).count()) {
            (true, n) if n == given.len() => Freed::Released,
            (_, n) if n > 0 => Freed::ReleasedInSomeReading,
            (true, _) => Freed::ToBeReleased,
            (false, _) => Freed::ToBeReleasedInSomeReading,
        }),
    };
    Releases {
        earliest,
        latest,
        freed,
    }
}

/// The warnings that say the sentence entered is not one the law allows: the row is decided, and
/// these are shown beside it to be checked.
pub fn to_check(d: &Decision) -> Vec<Warning> {
    d.warnings
        .iter()
        .filter(|w| w.detail.is_beyond_the_law())
        .cloned()
        .collect()
}
