//! Law No. 152-VII, Art. 3 part 5 — six months to apply the law. Status: VERIFIED (the date it
//! gives rests on the reported day of entry into force).
//!
//! The bodies conducting criminal proceedings and those executing punishments take the measures
//! to apply the law within six months of its entry into force.

use chrono::NaiveDate;

use crate::term::add_months;

/// The last day of the period: six months after entry into force.
pub fn deadline(in_force: NaiveDate, months: u32) -> NaiveDate {
    add_months(in_force, months).unwrap_or(in_force)
}
