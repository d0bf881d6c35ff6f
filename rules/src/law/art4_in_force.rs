//! Law No. 152-VII, Art. 4 — entry into force. Status: VERIFIED rule, REPORTED date.
//!
//! The law came into force on the day of its first official publication. The press reports it was
//! published on 3 November 2022 ("Kazakhstanskaya Pravda"); the date is in the pack with that
//! status, and every result that rests on it says so.

use chrono::NaiveDate;

/// Whether a term imposed was already over when the law came into force.
pub fn ended_before(last_day: NaiveDate, in_force: NaiveDate) -> bool {
    last_day < in_force
}

/// Whether the law existed on a given day.
pub fn in_force_on(day: NaiveDate, in_force: NaiveDate) -> bool {
    day >= in_force
}
