//! What the one-year rule counts on (Law No. 152-VII, Art. 3 part 3, second paragraph). Status:
//! OPEN (legal brief §6).
//!
//! The rule releases a convict with no more than one year "left to serve". The text does not say
//! whether that is counted on the term already cut by 3/4 or 1/2, or on the term as the court
//! imposed it. Both are computed: the pack's first reading (the cut term, in the convict's
//! favour) is the result, and the other is shown where it changes it.

use chrono::NaiveDate;

use crate::pack::OneYearBase;

/// The last day the rule is tested on, under a reading (`None`: the imposed term's last day is
/// not known).
pub fn tested_day(
    base: OneYearBase,
    reduced_end: NaiveDate,
    imposed_end: Option<NaiveDate>,
) -> Option<NaiveDate> {
    match base {
        OneYearBase::Reduced => Some(reduced_end),
        OneYearBase::Imposed => imposed_end,
    }
}

/// The other reading.
pub fn other(base: OneYearBase) -> OneYearBase {
    match base {
        OneYearBase::Reduced => OneYearBase::Imposed,
        OneYearBase::Imposed => OneYearBase::Reduced,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_reading_tests_its_own_last_day() {
        let (cut, imposed) = (
            NaiveDate::from_ymd_opt(2023, 6, 1).unwrap(),
            NaiveDate::from_ymd_opt(2030, 1, 4),
        );
        assert_eq!(tested_day(OneYearBase::Reduced, cut, imposed), Some(cut));
        assert_eq!(tested_day(OneYearBase::Imposed, cut, imposed), imposed);
        assert_eq!(other(other(OneYearBase::Reduced)), OneYearBase::Reduced);
    }
}
