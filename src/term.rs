//! Term arithmetic: terms in years, months and days, their reduction by a fraction, and the
//! calendar dates they cover.
//!
//! Convention of this calculator — `rules/pack.json`, `parameters.term_arithmetic`, status
//! UNKNOWN because Law No. 152-VII is silent on arithmetic. Every choice below is the one in the
//! convict's favour:
//! - A fraction of a term is taken of its years and months together (a year is 12 months); a
//!   fraction of a month that is left over counts 30 days; a fraction of a day is dropped.
//! - A term of N months starting on day D ends on the day before D + N months. When that month has
//!   no such day (31 January + 1 month), the month's last day is used, so the term ends a day
//!   earlier rather than later.
//! - The days of a term are added after its years and months.

use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

/// Days counted for one month when a fraction of a month has to be expressed in days.
pub const DAYS_PER_MONTH_FOR_FRACTIONS: u32 = 30;

/// A term of punishment as a court states it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Term {
    pub years: u32,
    pub months: u32,
    pub days: u32,
}

/// The part of a term that is kept, as a fraction (1/4 keeps a quarter: a reduction by 3/4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fraction {
    pub numerator: u32,
    pub denominator: u32,
}

impl Fraction {
    /// The fraction removed by the reduction (keep 1/4 → remove 3/4).
    pub fn removed(self) -> Fraction {
        Fraction {
            numerator: self.denominator - self.numerator,
            denominator: self.denominator,
        }
    }
}

impl Term {
    pub const fn new(years: u32, months: u32, days: u32) -> Term {
        Term {
            years,
            months,
            days,
        }
    }

    pub fn is_zero(&self) -> bool {
        self.years == 0 && self.months == 0 && self.days == 0
    }

    /// Years and months together, in months.
    pub fn total_months(&self) -> u32 {
        self.years * 12 + self.months
    }

    /// Months of 12 and more are carried into years; days are never carried into months,
    /// because a month has no fixed number of days.
    pub fn normalized(self) -> Term {
        let months = self.total_months();
        Term::new(months / 12, months % 12, self.days)
    }

    /// The length in the 30-day-month convention, for comparing terms without a calendar.
    pub fn nominal_days(&self) -> u64 {
        u64::from(self.total_months()) * u64::from(DAYS_PER_MONTH_FOR_FRACTIONS)
            + u64::from(self.days)
    }

    /// The part of this term that remains after a reduction which keeps `keep` of it.
    ///
    /// Rounding (in the convict's favour): the kept months are whole months; what is left of a
    /// month is turned into days at 30 days a month and added to the kept share of the days;
    /// the sum is rounded down to a whole day; 30 or more days carry into a month.
    pub fn keep_fraction(&self, keep: Fraction) -> Term {
        let (num, den) = (
            u64::from(keep.numerator),
            u64::from(keep.denominator.max(1)),
        );
        let scaled_months = u64::from(self.total_months()) * num;
        let mut months = scaled_months / den;
        let leftover_month_share = scaled_months % den;
        let day_numerator = leftover_month_share * u64::from(DAYS_PER_MONTH_FOR_FRACTIONS)
            + u64::from(self.days) * num;
        let mut days = day_numerator / den;
        months += days / u64::from(DAYS_PER_MONTH_FOR_FRACTIONS);
        days %= u64::from(DAYS_PER_MONTH_FOR_FRACTIONS);
        // Both values are bounded by the input term, which fits in u32.
        Term::new(0, saturate(months), saturate(days)).normalized()
    }

    /// The last day of this term when it starts on `start` (inclusive), or `None` if the date
    /// would leave the calendar. A zero term has no last day.
    pub fn last_day(&self, start: NaiveDate) -> Option<NaiveDate> {
        if self.is_zero() {
            return None;
        }
        let after = start
            .checked_add_months(Months::new(self.total_months()))?
            .checked_add_days(Days::new(u64::from(self.days)))?;
        after.pred_opt()
    }

    /// The term that runs from `start` to `last_day` inclusive, in whole months first and then
    /// days, so that `Term::between(s, e).last_day(s) == Some(e)`. `None` if `last_day` is
    /// before `start`.
    pub fn between(start: NaiveDate, last_day: NaiveDate) -> Option<Term> {
        if last_day < start {
            return None;
        }
        let day_after = last_day.succ_opt()?;
        // Estimate the whole months, then correct; clamped month addition is monotonic.
        let mut months = months_between_estimate(start, day_after);
        while months > 0 && add_months(start, months)? > day_after {
            months -= 1;
        }
        while add_months(start, months + 1).is_some_and(|d| d <= day_after) {
            months += 1;
        }
        let anchor = add_months(start, months)?;
        let days = u32::try_from((day_after - anchor).num_days()).ok()?;
        Some(Term::new(months / 12, months % 12, days))
    }
}

/// The day `months` months after `date`, clamped to the month's last day.
pub fn add_months(date: NaiveDate, months: u32) -> Option<NaiveDate> {
    date.checked_add_months(Months::new(months))
}

fn months_between_estimate(from: NaiveDate, to: NaiveDate) -> u32 {
    use chrono::Datelike;
    let months = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32;
    u32::try_from(months.max(0)).unwrap_or(0)
}

fn saturate(value: u64) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }
    const QUARTER: Fraction = Fraction {
        numerator: 1,
        denominator: 4,
    };
    const HALF: Fraction = Fraction {
        numerator: 1,
        denominator: 2,
    };

    #[test]
    fn quarter_of_whole_years() {
        assert_eq!(
            Term::new(8, 0, 0).keep_fraction(QUARTER),
            Term::new(2, 0, 0)
        );
        assert_eq!(
            Term::new(5, 0, 0).keep_fraction(QUARTER),
            Term::new(1, 3, 0)
        );
        assert_eq!(
            Term::new(7, 0, 0).keep_fraction(QUARTER),
            Term::new(1, 9, 0)
        );
    }

    #[test]
    fn leftover_month_becomes_days_and_fraction_of_day_is_dropped() {
        // 8 years 6 months = 102 months; a quarter is 25.5 months = 2 years 1 month 15 days.
        assert_eq!(
            Term::new(8, 6, 0).keep_fraction(QUARTER),
            Term::new(2, 1, 15)
        );
        // 1 month 1 day halved: 15 days + 0.5 day → 15 days (rounded down).
        assert_eq!(Term::new(0, 1, 1).keep_fraction(HALF), Term::new(0, 0, 15));
        // 3 months 29 days, a quarter: 0.75 month = 22.5 days, + 7.25 days = 29.75 → 29 days.
        assert_eq!(
            Term::new(0, 3, 29).keep_fraction(QUARTER),
            Term::new(0, 0, 29)
        );
        // 1 month 29 days halved: 15 + 14.5 = 29.5 → 29 days.
        assert_eq!(Term::new(0, 1, 29).keep_fraction(HALF), Term::new(0, 0, 29));
    }

    #[test]
    fn days_that_reach_a_month_carry_over() {
        // 0 months 60 days halved: 30 days → 1 month.
        assert_eq!(Term::new(0, 0, 60).keep_fraction(HALF), Term::new(0, 1, 0));
    }

    #[test]
    fn last_day_is_the_day_before_the_anniversary() {
        assert_eq!(
            Term::new(8, 0, 0).last_day(d("2022-01-06")),
            Some(d("2030-01-05"))
        );
        assert_eq!(
            Term::new(0, 0, 1).last_day(d("2022-01-06")),
            Some(d("2022-01-06"))
        );
        assert_eq!(Term::new(0, 0, 0).last_day(d("2022-01-06")), None);
    }

    #[test]
    fn month_ends_clamp_in_the_convicts_favour() {
        // 31 January + 1 month has no 31 February: clamp to 28 February, last day 27 February.
        assert_eq!(
            Term::new(0, 1, 0).last_day(d("2022-01-31")),
            Some(d("2022-02-27"))
        );
        // Leap year: 31 January 2024 + 1 month = 29 February 2024.
        assert_eq!(
            Term::new(0, 1, 0).last_day(d("2024-01-31")),
            Some(d("2024-02-28"))
        );
    }

    #[test]
    fn twenty_ninth_of_february() {
        // A year from 29 February 2024 clamps to 28 February 2025: last day 27 February 2025.
        assert_eq!(
            Term::new(1, 0, 0).last_day(d("2024-02-29")),
            Some(d("2025-02-27"))
        );
        // Four years from 29 February 2020 land on 29 February 2024.
        assert_eq!(
            Term::new(4, 0, 0).last_day(d("2020-02-29")),
            Some(d("2024-02-28"))
        );
        // Days are added after months: 1 month 1 day from 29 January 2024.
        assert_eq!(
            Term::new(0, 1, 1).last_day(d("2024-01-29")),
            Some(d("2024-02-29"))
        );
    }

    #[test]
    fn between_inverts_last_day() {
        let start = d("2022-01-06");
        for end in [
            "2022-01-06",
            "2022-11-03",
            "2023-02-28",
            "2024-02-29",
            "2030-01-05",
        ] {
            let term = Term::between(start, d(end)).unwrap();
            assert_eq!(term.last_day(start), Some(d(end)), "{end}: {term:?}");
        }
        assert_eq!(
            Term::between(start, d("2022-11-03")),
            Some(Term::new(0, 9, 29))
        );
        assert_eq!(Term::between(d("2022-01-06"), d("2022-01-05")), None);
    }
}
