//! Term arithmetic: terms in years, months and days, the share of a term kept after a cut, and
//! the calendar dates a term covers.
//!
//! Convention of this calculator (`convention_term_arithmetic` in the pack, status open: Law
//! No. 152-VII is silent on arithmetic). Every choice is the one in the convict's favour or the
//! plainest:
//! - A share of a term is taken of its years and months together (a year is 12 months); the
//!   fraction of a month left over counts the pack's days per month (30); the share of the days
//!   is added; a fraction of a day is dropped. Days are never folded into months, which would
//!   lengthen a term given in days (62 days halved is 31 days, not 1 month 1 day).
//! - A term of N months starting on day D ends on the day before D + N months. When that month
//!   has no such day (31 January + 1 month), the month's last day is used, so the term ends a
//!   day earlier rather than later. The days of a term are added after its months.

use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::vocab::Fraction;

/// A term of punishment as a court states it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Term {
    pub years: u32,
    pub months: u32,
    pub days: u32,
}

/// A share of a term, hours or an amount, and whether a fraction (of a month or a day) had to be
/// rounded to get it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Share<T> {
    pub value: T,
    pub rounded: bool,
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

    /// The share `keep` of this term: whole months kept, the fraction of a month left over as
    /// days at `days_per_month`, plus the share of the days, rounded down to a whole day.
    pub fn share(&self, keep: Fraction, days_per_month: u32) -> Share<Term> {
        let (num, den) = (
            u64::from(keep.numerator),
            u64::from(keep.denominator.max(1)),
        );
        let scaled_months = u64::from(self.total_months()) * num;
        let months = scaled_months / den;
        let day_numerator =
            (scaled_months % den) * u64::from(days_per_month) + u64::from(self.days) * num;
        let days = day_numerator / den;
        Share {
            // Both values are bounded by the input term, which fits in u32.
            value: Term::new(0, saturate(months), saturate(days)).normalized(),
            rounded: day_numerator % den != 0,
        }
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

/// A day moved `days` earlier (custody credited to a term); the day itself past the calendar.
pub fn days_before(day: NaiveDate, days: u32) -> NaiveDate {
    day.checked_sub_days(Days::new(u64::from(days)))
        .unwrap_or(day)
}

fn months_between_estimate(from: NaiveDate, to: NaiveDate) -> u32 {
    use chrono::Datelike;
    let months = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32;
    u32::try_from(months.max(0)).unwrap_or(0)
}

fn saturate(value: u64) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

/// The share `keep` of a count of hours or an amount, rounded down.
pub fn share_of_count(count: u32, keep: Fraction) -> Share<u32> {
    let scaled = u64::from(count) * u64::from(keep.numerator);
    let den = u64::from(keep.denominator.max(1));
    Share {
        value: saturate(scaled / den),
        rounded: scaled % den != 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }
    const QUARTER: Fraction = Fraction::new(1, 4);
    const HALF: Fraction = Fraction::new(1, 2);

    fn quarter(t: Term) -> Term {
        t.share(QUARTER, 30).value
    }
    fn half(t: Term) -> Term {
        t.share(HALF, 30).value
    }

    #[test]
    fn quarter_of_whole_years() {
        assert_eq!(quarter(Term::new(8, 0, 0)), Term::new(2, 0, 0));
        assert_eq!(quarter(Term::new(5, 0, 0)), Term::new(1, 3, 0));
        assert_eq!(quarter(Term::new(7, 0, 0)), Term::new(1, 9, 0));
        assert!(!Term::new(8, 0, 0).share(QUARTER, 30).rounded);
    }

    #[test]
    fn leftover_month_becomes_days_and_fraction_of_day_is_dropped() {
        // 8 years 6 months = 102 months; a quarter is 25.5 months = 2 years 1 month 15 days.
        assert_eq!(quarter(Term::new(8, 6, 0)), Term::new(2, 1, 15));
        // 1 month 1 day halved: 15 days + 0.5 day → 15 days (rounded down).
        assert_eq!(half(Term::new(0, 1, 1)), Term::new(0, 0, 15));
        assert!(Term::new(0, 1, 1).share(HALF, 30).rounded);
        // 3 months 29 days, a quarter: 0.75 month = 22.5 days, + 7.25 days = 29.75 → 29 days.
        assert_eq!(quarter(Term::new(0, 3, 29)), Term::new(0, 0, 29));
        // 13 years 5 months 9 days halved: 80 months + 15 days + 4.5 days.
        assert_eq!(half(Term::new(13, 5, 9)), Term::new(6, 8, 19));
    }

    #[test]
    fn days_are_never_folded_into_months() {
        // 62 days halved is 31 days, not 1 month 1 day (which from 1 January would end a day later).
        assert_eq!(half(Term::new(0, 0, 62)), Term::new(0, 0, 31));
        // 40 years given in days, cut to a quarter: exactly a quarter of the days.
        assert_eq!(quarter(Term::new(0, 0, 14_610)), Term::new(0, 0, 3652));
        assert_eq!(half(Term::new(0, 1, 45)), Term::new(0, 0, 37));
    }

    #[test]
    fn the_days_per_month_come_from_the_caller() {
        assert_eq!(
            Term::new(0, 1, 0).share(HALF, 28).value,
            Term::new(0, 0, 14)
        );
    }

    #[test]
    fn hours_and_amounts_are_shared_and_rounded_down() {
        assert_eq!(
            share_of_count(240, QUARTER),
            Share {
                value: 60,
                rounded: false
            }
        );
        assert_eq!(
            share_of_count(150, QUARTER),
            Share {
                value: 37,
                rounded: true
            }
        );
    }

    /// Each term, from the first day given, ends on the last day given (`None`: it has none).
    fn assert_last_days(cases: &[(Term, &str, Option<&str>)]) {
        for &(term, start, end) in cases {
            assert_eq!(term.last_day(d(start)), end.map(d), "{term:?} from {start}");
        }
    }

    #[test]
    fn last_day_is_the_day_before_the_anniversary() {
        assert_last_days(&[
            (Term::new(8, 0, 0), "2022-01-06", Some("2030-01-05")),
            (Term::new(0, 0, 1), "2022-01-06", Some("2022-01-06")),
            (Term::new(0, 0, 0), "2022-01-06", None),
            (Term::new(0, 0, 31), "2022-01-01", Some("2022-01-31")),
        ]);
    }

    #[test]
    fn month_ends_clamp_in_the_convicts_favour() {
        assert_last_days(&[
            // 31 January + 1 month has no 31 February: clamp to 28 February, last day 27 February.
            (Term::new(0, 1, 0), "2022-01-31", Some("2022-02-27")),
            // Leap year: 31 January 2024 + 1 month = 29 February 2024.
            (Term::new(0, 1, 0), "2024-01-31", Some("2024-02-28")),
        ]);
    }

    #[test]
    fn twenty_ninth_of_february() {
        assert_last_days(&[
            (Term::new(1, 0, 0), "2024-02-29", Some("2025-02-27")),
            (Term::new(4, 0, 0), "2020-02-29", Some("2024-02-28")),
            (Term::new(0, 1, 1), "2024-01-29", Some("2024-02-29")),
        ]);
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
