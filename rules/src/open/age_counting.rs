//! The day an age is reached (for CC Art. 80 part 1). Status: OPEN.
//!
//! Courts in the region count an age as reached from the day after the birthday (Russia: Plenum
//! of the Supreme Court No. 1 of 1 February 2011, para. 5), so an offence on the 18th birthday is
//! a minor's. The corresponding Kazakh text could not be checked: the other count, on the
//! birthday itself, is computed too, and shown where it changes the result. A step that rests on
//! the count is this question's, and open.

use chrono::{Datelike, NaiveDate};

use crate::finding::Note;
use crate::pack::{AgeCounting, ProvisionId};
use crate::vocab::Status;

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

/// Whether `date` is the birthday on which the person reaches `age` (counted on the birthday):
/// the two counts then differ on whether that age is reached.
pub fn decides(birth: NaiveDate, date: NaiveDate, age: u8) -> bool {
    let on_birthday = age_on(birth, date, AgeCounting::OnBirthday);
    on_birthday != age_on(birth, date, AgeCounting::DayAfterBirthday)
        && on_birthday == u32::from(age)
}

/// The other reading.
pub fn other(counting: AgeCounting) -> AgeCounting {
    match counting {
        AgeCounting::DayAfterBirthday => AgeCounting::OnBirthday,
        AgeCounting::OnBirthday => AgeCounting::DayAfterBirthday,
    }
}

/// A step that rests on the count: this open question's.
pub fn resting_on_it(note: Note) -> Note {
    Note {
        provision: ProvisionId::PracticeAgeCounting,
        ..note.sure_as(Status::Open)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::d;

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
        assert!(decides(birth, d(2022, 1, 5), 18));
        assert!(!decides(birth, d(2022, 1, 6), 18));
        assert!(!decides(birth, d(2021, 1, 5), 18));
    }
}
