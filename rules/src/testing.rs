//! Helpers the unit tests of several provisions share.

use chrono::NaiveDate;

/// The date `y`-`m`-`day`, which a test writes as a valid one.
pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a valid date in a test")
}
