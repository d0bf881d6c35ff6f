//! Criminal Code, Art. 80 part 1 — minors. Status: VERIFIED. The day an age is reached: OPEN.
//!
//! A minor is a person who had turned 14 but not yet 18 on the day of the offence. Courts in the
//! region count an age as reached from the day after the birthday (so an offence on the 18th
//! birthday is a minor's); the Kazakh text could not be checked, so the other count — on the
//! birthday itself — is computed too, where it changes the result.

use chrono::{Datelike, NaiveDate};

use crate::pack::AgeCounting;

/// The age in whole years on `date`, counted as `counting` says.
pub fn age_on(birth: NaiveDate, date: NaiveDate, counting: AgeCounting) -> u32 {
    let years = date.year() - birth.year();
    let birthday_passed = match counting {
        AgeCounting::OnBirthday => (date.month(), date.day()) >= (birth.month(), birth.day()),
        AgeCounting::DayAfterBirthday => (date.month(), date.day()) > (birth.month(), birth.day()),
    };
    let age = if birthday_passed { years } else { years - 1 };
    u32::try_from(age).unwrap_or(0)
}

/// Whether the person was a minor on `date` (the lower bound of 14 is the age of criminal
/// liability: nobody younger is before a court).
pub fn is_minor(birth: NaiveDate, date: NaiveDate, adult_age: u8, counting: AgeCounting) -> bool {
    age_on(birth, date, counting) < u32::from(adult_age)
}

/// Whether the two ways of counting give a different age on `date` (it is a birthday).
pub fn counting_matters(birth: NaiveDate, date: NaiveDate) -> bool {
    age_on(birth, date, AgeCounting::OnBirthday)
        != age_on(birth, date, AgeCounting::DayAfterBirthday)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn on_the_18th_birthday_the_counts_differ() {
        let birth = d(2004, 1, 5);
        assert_eq!(
            age_on(birth, d(2022, 1, 5), AgeCounting::DayAfterBirthday),
            17
        );
        assert_eq!(age_on(birth, d(2022, 1, 5), AgeCounting::OnBirthday), 18);
        assert_eq!(
            age_on(birth, d(2022, 1, 6), AgeCounting::DayAfterBirthday),
            18
        );
        assert_eq!(age_on(birth, d(2022, 1, 4), AgeCounting::OnBirthday), 17);
        assert!(counting_matters(birth, d(2022, 1, 5)));
        assert!(!counting_matters(birth, d(2022, 1, 6)));
        assert!(is_minor(
            birth,
            d(2022, 1, 5),
            18,
            AgeCounting::DayAfterBirthday
        ));
        assert!(!is_minor(birth, d(2022, 1, 5), 18, AgeCounting::OnBirthday));
    }
}
