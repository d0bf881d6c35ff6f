//! Dates as people type them, read into the case file's `YYYY-MM-DD`.
//!
//! A family member on a phone types «5/1/22», a lawyer copies «5 января 2022 г.» from a verdict,
//! a volunteer writes "January 5, 2022": each is the same day. The rules, kept small because
//! the page downloads them:
//! - three parts separated by `/`, `-`, `,`, `.` or spaces, in any mix: day, month, year, or
//!   year, month, day when the first part has four digits (`2022-01-05`, `2022.1.5`);
//! - the day always comes before the month, as in Kazakhstan («5/1/22» is 5 January, never
//!   May 1); the reading is shown under the field, so a surprise can be seen;
//! - a two-digit year is 2000–2049 for 00–49 and 1950–1999 for 50–99;
//! - the month may be a name or its usual abbreviation, in Russian (any case: январь, января,
//!   янв.), Kazakh (қаңтар, also with endings: қаңтардағы) or English (January, Jan), before or
//!   after the day ("January 5, 2022", "5 Jan 2022", «2022 жылғы 5 қаңтар»);
//! - the words for "year" (г., года, ж., жыл, жылғы) and English ordinals (5th, of) are skipped;
//! - upper or lower case alike.
//!
//! Anything else, and any impossible date (31.02.2022), is not read: it stays as typed, so the
//! validation can name it. The case file, the spreadsheet and the page's form all read dates
//! this way.

use crate::letter_case::lowercase;
use chrono::{Datelike, NaiveDate};

/// A date outside the amnesty's period but at most this many days from it gets a word beside
/// the field: about a month, long enough to catch an arrest or a detention typed by mistake.
pub const NEAR_DAYS: i64 = 31;

/// Longer text is no date: it is not read at all, so a pasted page costs nothing.
const LONGEST: usize = 64;

/// Month names as they begin in every form: Kazakh first, so that «маусым» (June) is not taken
/// for Russian «ма…» (May). Each list with the longest ending a name may carry and the shortest
/// abbreviation, in bytes (a Cyrillic letter takes two): six letters of Kazakh ending
/// (қаңтар|ындағы), two of Russian (январ|ём), three letters for any abbreviation.
const MONTHS: [([&str; 12], usize, usize); 3] = [
    (
        [
            "қаңтар",
            "ақпан",
            "наурыз",
            "сәуір",
            "мамыр",
            "маусым",
            "шілде",
            "тамыз",
            "қыркүйек",
            "қазан",
            "қараша",
            "желтоқсан",
        ],
        12,
        6,
    ),
    (
        [
            "январ",
            "феврал",
            "март",
            "апрел",
            "ма",
            "июн",
            "июл",
            "август",
            "сентябр",
            "октябр",
            "ноябр",
            "декабр",
        ],
        4,
        6,
    ),
    (
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        0,
        3,
    ),
];

/// Words skipped around the numbers: "year" in Russian and Kazakh, English ordinals.
const SKIPPED: [&str; 12] = [
    "г",
    "год",
    "года",
    "ж",
    "жыл",
    "жылы",
    "жылғы",
    "st",
    "nd",
    "rd",
    "th",
    "of",
];

/// The date the text gives, if it gives one.
pub fn read(text: &str) -> Option<NaiveDate> {
    let (year, month, day) = calendar_parts(text)?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// Why a text is not a date: a day its month does not have, said as such («31 February 2022
/// does not exist»), or no date at all. The form, the case file and the caseload say it alike.
pub fn unread(value: &str) -> super::Problem {
    let value = value.to_string();
    match no_such_day(&value) {
        Some((year, month, day)) => super::Problem::NoSuchDay {
            day,
            month,
            year,
            days_in_month: days_in_month(year, month),
            value,
        },
        None => super::Problem::NotADate { value },
    }
}

/// A day the calendar does not have, typed as a date («31.02.2022», 29 February of a year that is
/// not a leap year, 31 April): its year, month and day, so the message can say what is wrong
/// rather than "not a date". `None` for anything else (a real date, a month 13, a day 32, no date).
pub fn no_such_day(text: &str) -> Option<(i32, u32, u32)> {
    let (year, month, day) = calendar_parts(text)?;
    let possible = (1..=12).contains(&month) && (1..=31).contains(&day);
    (possible && NaiveDate::from_ymd_opt(year, month, day).is_none()).then_some((year, month, day))
}

/// How many days a month has (28–31), `month` from 1 to 12.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    (28..=31)
        .rev()
        .find(|day| NaiveDate::from_ymd_opt(year, month, *day).is_some())
        .unwrap_or(28)
}

/// The year, month and day the text gives, read by the rules above, before the calendar is
/// asked whether that day exists.
fn calendar_parts(text: &str) -> Option<(i32, u32, u32)> {
    if text.len() > LONGEST {
        return None;
    }
    let lower = lowercase(text);
    let (mut numbers, mut count, mut month_name) = ([""; 3], 0, None);
    // One pass over the runs of digits and of other characters between separators:
    // «5января2022г.» gives `5`, `января`, `2022`, `г`. A separator after the end closes the last.
    let (mut start, mut kind) = (0, Kind::Separator);
    for (at, c) in lower.char_indices().chain([(lower.len(), ' ')]) {
        let now = match c {
            '0'..='9' => Kind::Digit,
            '/' | '-' | ',' | '.' | ' ' | '\t' | '\u{a0}' | '\u{202f}' => Kind::Separator,
            _ => Kind::Other,
        };
        if now == kind {
            continue;
        }
        let part = &lower[start..at];
        match kind {
            Kind::Digit => {
                *numbers.get_mut(count)? = part;
                count += 1;
            }
            Kind::Other if !SKIPPED.contains(&part) => {
                // One month name at most.
                if month_name.is_some() {
                    return None;
                }
                month_name = Some(month_named(part)?);
            }
            _ => {}
        }
        (start, kind) = (at, now);
    }
    let (first, month, last) = match (month_name, &numbers[..count]) {
        (None, [first, month, last]) => (*first, number(month, 1, 2)?, *last),
        (Some(month), [first, last]) => (*first, month, *last),
        _ => return None,
    };
    let (year, day) = if first.len() == 4 {
        (first, last)
    } else {
        (last, first)
    };
    let full_year = match (year.len(), number(year, 2, 4)? as i32) {
        (4, y) => y,
        (2, y @ 0..=49) => 2000 + y,
        (2, y) => 1900 + y,
        _ => return None,
    };
    Some((full_year, month, number(day, 1, 2)?))
}

/// The text as the case file takes it: `YYYY-MM-DD` when it reads as a date, else as typed
/// (without surrounding spaces), for the validation to name.
pub fn normalise(text: &str) -> String {
    match read(text) {
        Some(date) => date.to_string(),
        None => text.trim().to_string(),
    }
}

/// How far a date lies outside a period when it is close to it: the days before (negative) or
/// after (positive); `None` inside the period or farther than [`NEAR_DAYS`].
pub fn near_miss(date: NaiveDate, from: NaiveDate, to: NaiveDate) -> Option<i64> {
    let day = |d: NaiveDate| i64::from(d.num_days_from_ce());
    let days = if date < from {
        day(date) - day(from)
    } else {
        (day(date) - day(to)).max(0)
    };
    (days != 0 && days.abs() <= NEAR_DAYS).then_some(days)
}

/// What a character is to the reader of dates.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Separator,
    Digit,
    Other,
}

/// The month a word names: a name's beginning followed by an ending (января, қаңтардағы), or at
/// least three letters of it (янв, сент, Jan).
fn month_named(word: &str) -> Option<u32> {
    MONTHS.iter().find_map(|(names, ending, shortest)| {
        let month = names.iter().position(|name| {
            let with_ending = word
                .strip_prefix(name)
                .is_some_and(|rest| rest.len() <= *ending);
            with_ending || (word.len() >= *shortest && name.starts_with(word))
        })?;
        Some(month as u32 + 1)
    })
}

/// A run of ASCII digits of an accepted length, as a number (at most four digits: no overflow).
fn number(digits: &str, shortest: usize, longest: usize) -> Option<u32> {
    (shortest..=longest)
        .contains(&digits.len())
        .then(|| digits.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0')))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::d;

    #[test]
    fn reads_the_forms_people_type() {
        let jan5 = Some(d(2022, 1, 5));
        let table: &[(&str, Option<NaiveDate>)] = &[
            // Numbers, day first, or year first with four digits.
            ("2022-01-05", jan5),
            ("05.01.2022", jan5),
            ("5.1.2022", jan5),
            ("05-01-2022", jan5),
            ("5/1/22", jan5),
            ("05/01/2022", jan5),
            ("5,1,2022", jan5),
            ("5 1 2022", jan5),
            ("05.01.22", jan5),
            ("2022.01.05", jan5),
            ("2022/1/5", jan5),
            ("2022 01 05", jan5),
            (" 05.01.2022 ", jan5),
            ("05.01.2022.", jan5),
            ("05.01-2022", jan5),
            ("05\u{a0}01\u{a0}2022", jan5),
            ("05.01.2022 г.", jan5),
            ("05.01.2022г", jan5),
            ("05.01.2022 ж.", jan5),
            ("05.01.2022 жыл", jan5),
            // Russian month names, in any case form and abbreviated.
            ("5 января 2022 г.", jan5),
            ("5 января 2022 года", jan5),
            ("5 январь 2022", jan5),
            ("5 янв. 2022", jan5),
            ("5 ЯНВАРЯ 2022", jan5),
            ("5января2022г.", jan5),
            ("5 янв 22", jan5),
            ("1 февраля 2022", Some(d(2022, 2, 1))),
            ("8 марта 2022", Some(d(2022, 3, 8))),
            ("1 апр. 2022", Some(d(2022, 4, 1))),
            ("9 мая 2022", Some(d(2022, 5, 9))),
            ("1 май 2022", Some(d(2022, 5, 1))),
            ("12 июня 2022", Some(d(2022, 6, 12))),
            ("6 июля 2022", Some(d(2022, 7, 6))),
            ("30 августа 2022", Some(d(2022, 8, 30))),
            ("1 сент. 2022", Some(d(2022, 9, 1))),
            ("25 октября 2022", Some(d(2022, 10, 25))),
            ("2 ноября 2022 г.", Some(d(2022, 11, 2))),
            ("16 декабря 2021", Some(d(2021, 12, 16))),
            // Kazakh month names, with endings, and the official order year first.
            ("5 қаңтар 2022", jan5),
            ("5 Қаңтар 2022 ж.", jan5),
            ("5 ҚАҢТАР 2022", jan5),
            ("2022 жылғы 5 қаңтар", jan5),
            ("2022 жылғы 5 қаңтардағы", jan5),
            ("2022 ж. 5 қаңтарда", jan5),
            ("1 ақпан 2022", Some(d(2022, 2, 1))),
            ("22 наурыз 2022", Some(d(2022, 3, 22))),
            ("1 сәуір 2022", Some(d(2022, 4, 1))),
            ("1 мамыр 2022", Some(d(2022, 5, 1))),
            ("1 маусым 2022", Some(d(2022, 6, 1))),
            ("6 шілде 2022", Some(d(2022, 7, 6))),
            ("30 тамыз 2022", Some(d(2022, 8, 30))),
            ("1 қыркүйек 2022", Some(d(2022, 9, 1))),
            ("25 қазан 2022", Some(d(2022, 10, 25))),
            ("2022 жылғы 2 қарашадағы", Some(d(2022, 11, 2))),
            ("16 желтоқсан 2021", Some(d(2021, 12, 16))),
            // English, month first or day first.
            ("January 5, 2022", jan5),
            ("Jan 5, 2022", jan5),
            ("jan. 5 2022", jan5),
            ("5 Jan 2022", jan5),
            ("5 January 2022", jan5),
            ("5th January 2022", jan5),
            ("5th of January, 2022", jan5),
            ("JANUARY 5 2022", jan5),
            ("2022 January 5", jan5),
            ("1 Sept 2022", Some(d(2022, 9, 1))),
            ("May 9, 2022", Some(d(2022, 5, 9))),
            ("March 8, 2022", Some(d(2022, 3, 8))),
            ("December 31, 1999", Some(d(1999, 12, 31))),
            // Two-digit years: 00–49 are 20xx, 50–99 are 19xx.
            ("1.1.00", Some(d(2000, 1, 1))),
            ("31.12.49", Some(d(2049, 12, 31))),
            ("1.1.50", Some(d(1950, 1, 1))),
            ("15.6.99", Some(d(1999, 6, 15))),
            ("22.01.05", Some(d(2005, 1, 22))),
            // Separators in any number and mix.
            ("5 - 1 - 2022", jan5),
            ("-5.-1.-2022", jan5),
            // Leap days.
            ("29.02.2024", Some(d(2024, 2, 29))),
            ("29.02.2000", Some(d(2000, 2, 29))),
        ];
        for (text, expected) in table {
            assert_eq!(read(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn leaves_unreadable_and_impossible_dates_unread() {
        let table = [
            "",
            "   ",
            "31.02.2022",
            "29.02.2022",
            "29.02.1900",
            "32.01.2022",
            "00.01.2022",
            "05.13.2022",
            "05.00.2022",
            "2022-02-30",
            "2022-13-01",
            // Not three parts, or parts of the wrong length.
            "05.01",
            "2022",
            "05012022",
            "5.1.2022.1",
            "5.1.202",
            "5.1.2",
            "5.1.20222",
            "005.01.2022",
            "05.001.2022",
            // Month before day in numbers is not guessed.
            "1/13/2022",
            // Words that are not months, or two months.
            "5 foo 2022",
            "5 ян 2022",
            "5 января февраля 2022",
            "5 января 1 2022",
            "January 2022",
            "5 мартовская 2022",
            "дата: 05.01.2022",
            // Other separators and characters.
            "05:01:2022",
            "05_01_2022",
            "05+01+2022",
            "٥.١.٢٠٢٢",
            "０５.０１.２０２２",
            "5 января 2022 🎉",
            "<script>alert(1)</script>",
            "'; DROP TABLE cases; --",
            "\u{0}\u{0}\u{0}",
            "99999999999999999999.1.2022",
            "5.1.2022 5.1.2022",
        ];
        for text in table {
            assert_eq!(read(text), None, "{text:?}");
            assert_eq!(normalise(text), text.trim(), "{text:?}");
        }
    }

    #[test]
    fn a_day_the_month_does_not_have_is_told_apart_from_no_date() {
        /// Year, month and day as read.
        type Day = (i32, u32, u32);
        let table: &[(&str, Option<Day>)] = &[
            ("31.02.2022", Some((2022, 2, 31))),
            ("30 февраля 2022", Some((2022, 2, 30))),
            ("29.02.2023", Some((2023, 2, 29))),
            ("29.02.1900", Some((1900, 2, 29))),
            ("2022-04-31", Some((2022, 4, 31))),
            ("31 қараша 2022", Some((2022, 11, 31))),
            // A real day, a month or day no calendar has, or no date at all.
            ("29.02.2024", None),
            ("31.01.2022", None),
            ("32.01.2022", None),
            ("00.02.2022", None),
            ("05.13.2022", None),
            ("5 foo 2022", None),
            ("", None),
        ];
        for (text, expected) in table {
            assert_eq!(no_such_day(text), *expected, "{text:?}");
        }
        let lengths: Vec<u32> = (1..=12).map(|m| days_in_month(2023, m)).collect();
        assert_eq!(lengths, [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(1900, 2), 28);
    }

    #[test]
    fn hostile_input_never_panics() {
        let long = "5".repeat(10_000);
        let mixed = "қаңтар 5 ".repeat(1_000);
        let multibyte = "ӘәҒғҚқҢңӨөҰұҮүҺһІі";
        for text in [long.as_str(), mixed.as_str(), multibyte] {
            assert_eq!(read(text), None);
        }
        // Every short string of the characters that matter, split anywhere.
        let alphabet = ['1', '2', '0', '.', '/', ' ', 'я', 'қ', 'j', 'г', '\u{301}'];
        for a in alphabet {
            for b in alphabet {
                for c in alphabet {
                    let text: String = [a, b, c, '5', b, a].iter().collect();
                    let _ = read(&text);
                    let _ = normalise(&text);
                }
            }
        }
    }

    #[test]
    fn normalises_to_the_case_files_form() {
        assert_eq!(normalise("5 января 2022 г."), "2022-01-05");
        assert_eq!(normalise(" 5/1/22 "), "2022-01-05");
        assert_eq!(normalise("2022-01-05"), "2022-01-05");
        assert_eq!(normalise(" 31.02.2022 "), "31.02.2022");
    }

    #[test]
    fn near_misses_are_counted_in_days_up_to_a_month() {
        let (from, to) = (d(2022, 1, 4), d(2022, 1, 7));
        let near = |y, m, day| near_miss(d(y, m, day), from, to);
        assert_eq!(near(2022, 1, 4), None);
        assert_eq!(near(2022, 1, 5), None);
        assert_eq!(near(2022, 1, 7), None);
        assert_eq!(near(2022, 1, 8), Some(1));
        assert_eq!(near(2022, 1, 9), Some(2));
        assert_eq!(near(2022, 1, 3), Some(-1));
        assert_eq!(near(2022, 2, 7), Some(31));
        assert_eq!(near(2022, 2, 8), None);
        assert_eq!(near(2021, 12, 4), Some(-31));
        assert_eq!(near(2021, 12, 3), None);
        assert_eq!(near(2023, 1, 5), None);
    }
}
