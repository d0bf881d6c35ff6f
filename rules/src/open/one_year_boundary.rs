//! The one-year rule's boundary day (Law No. 152-VII, Art. 3 part 3, second paragraph). Status:
//! OPEN (legal review).
//!
//! The rule releases a convict with no more than one year left to serve on the day the law came
//! into force. Whether that day itself counts as still to serve or as already served is not in
//! the text. Counted as still to serve (the pack's first reading, as the calculator has always
//! read it), a year left ends with a last day of 2 November 2023; counted as served, with a last
//! day of 3 November 2023. Both are computed; the other is shown where it changes the result.

use chrono::NaiveDate;

use crate::pack::BoundaryDay;
use crate::term::add_months;

/// The latest last day that leaves no more than `months` to serve on `in_force`.
pub fn latest(in_force: NaiveDate, months: u32, day: BoundaryDay) -> Option<NaiveDate> {
    let anniversary = add_months(in_force, months)?;
    match day {
        BoundaryDay::DayLeft => anniversary.pred_opt(),
        BoundaryDay::DayServed => Some(anniversary),
    }
}

/// The other reading.
pub fn other(day: BoundaryDay) -> BoundaryDay {
    match day {
        BoundaryDay::DayLeft => BoundaryDay::DayServed,
        BoundaryDay::DayServed => BoundaryDay::DayLeft,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_third_of_november_2023_is_in_one_reading_only() {
        let in_force = NaiveDate::from_ymd_opt(2022, 11, 3).unwrap();
        let d = |day| NaiveDate::from_ymd_opt(2023, 11, day);
        assert_eq!(latest(in_force, 12, BoundaryDay::DayLeft), d(2));
        assert_eq!(latest(in_force, 12, BoundaryDay::DayServed), d(3));
        assert_eq!(other(other(BoundaryDay::DayLeft)), BoundaryDay::DayLeft);
    }
}
