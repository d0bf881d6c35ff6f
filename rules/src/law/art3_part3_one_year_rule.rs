//! Law No. 152-VII, Art. 3 part 3, second paragraph — the one-year rule. Status: VERIFIED; what
//! "left to serve" is counted on is OPEN.
//!
//! If on the day the law came into force a convict had no more than one year of the punishment
//! left to serve, the main punishment is cut by the whole unserved part: the person is released
//! that day. "No more than one year" includes exactly one year. The text does not say whether the
//! year is counted on the term as imposed or as already cut by 3/4 or 1/2: both are computed.

use chrono::NaiveDate;

use crate::term::add_months;

/// The outcome of the test on one last day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OneYearTest {
    pub met: bool,
    /// The latest last day that passes: the day before the anniversary of entry into force.
    pub latest: NaiveDate,
}

/// Tests a term whose last day is `last_day`, on the day the law came into force.
pub fn test(in_force: NaiveDate, last_day: NaiveDate, at_most_months: u32) -> Option<OneYearTest> {
    // From in_force to the day before its anniversary is exactly one year, both days included.
    let latest = add_months(in_force, at_most_months)?.pred_opt()?;
    Some(OneYearTest {
        met: last_day <= latest,
        latest,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn exactly_one_year_qualifies() {
        let in_force = d(2022, 11, 3);
        assert!(test(in_force, d(2023, 11, 2), 12).unwrap().met);
        assert!(!test(in_force, d(2023, 11, 3), 12).unwrap().met);
        assert_eq!(
            test(in_force, d(2023, 1, 1), 12).unwrap().latest,
            d(2023, 11, 2)
        );
    }
}
