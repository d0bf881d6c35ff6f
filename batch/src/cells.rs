//! One cell read as the value its column holds: a word of a vocabulary, a count, a small number,
//! an article citation, a date (text in the common forms, or Excel's serial day), yes or no. A
//! cell that cannot be read is an [`Issue`] naming what was written.

use amnesty_rules::case::Problem;
use amnesty_rules::cited::{self, Cited, Reading};
use chrono::{Datelike, Days, NaiveDate};

use crate::cases::Issue;
use crate::sheet::{excerpt, Cell};
use crate::vocab::{vocabularies, Vocabulary};

pub(crate) fn unknown<V>(value: &str, vocabulary: &Vocabulary<V>) -> Issue {
    Issue::UnknownValue {
        value: excerpt(value),
        accepted: vocabulary.keys.clone(),
    }
}

pub(crate) fn word<V: Copy>(cell: &Cell<'_>, vocabulary: &Vocabulary<V>) -> Result<V, Issue> {
    let written = cell.text();
    vocabulary
        .find(&written)
        .ok_or_else(|| unknown(&written, vocabulary))
}

/// A whole number: 8, "8", "8.0", "1 000".
pub(crate) fn count(cell: &Cell<'_>) -> Result<u32, Issue> {
    let not_a_number = || {
        Issue::Rules(Problem::NotANumber {
            value: excerpt(&cell.text()),
        })
    };
    match cell {
        Cell::Number(n) if n.fract() == 0.0 && *n >= 0.0 && *n <= f64::from(u32::MAX) => {
            Ok(*n as u32)
        }
        Cell::Text(t) => {
            let digits: String = t.chars().filter(|c| !c.is_whitespace()).collect();
            let digits = digits
                .strip_suffix(".0")
                .or_else(|| digits.strip_suffix(",0"))
                .unwrap_or(&digits);
            digits.parse::<u32>().map_err(|_| not_a_number())
        }
        _ => Err(not_a_number()),
    }
}

/// A small number that may come with words around it: "2", "ч. 2", "2-бөлік". `range` is named
/// in the error for a number too large to be one.
pub(crate) fn small_number(cell: &Cell<'_>, (min, max): (u32, u32)) -> Result<u8, Issue> {
    let number = match cell {
        Cell::Text(t) => {
            let mut runs = t
                .split(|c: char| !c.is_ascii_digit())
                .filter(|s| !s.is_empty());
            match (runs.next(), runs.next()) {
                (Some(run), None) => run.parse::<u32>().ok(),
                _ => None,
            }
            .ok_or_else(|| {
                Issue::Rules(Problem::NotANumber {
                    value: excerpt(&cell.text()),
                })
            })?
        }
        cell => count(cell)?,
    };
    u8::try_from(number).map_err(|_| Issue::Rules(Problem::OutOfRange { min, max }))
}

/// An article with whatever a person writes around it, read as a citation ([`cited`]): "272",
/// "ст. 269-1 УК РК", «ч. 2 ст. 272» (its part too), "272.2" (also a number cell: Art. 272
/// part 2, the Code having no Art. 272-2). "269.1", Art. 269-1 or Art. 269 part 1, is asked about.
pub(crate) fn article(cell: &Cell<'_>) -> Result<Cited, Issue> {
    let written = cell.text();
    match cited::parse(&written).reading {
        Some(Reading::Plain(c) | Reading::DotAsPart(c)) => Ok(c),
        Some(Reading::Ambiguous { dash, part }) => Err(Issue::Rules(Problem::AmbiguousArticle {
            dash: dash.article,
            part: part.part.unwrap_or_default(),
        })),
        None => Err(Issue::Rules(Problem::NotAnArticle {
            value: excerpt(&written),
        })),
    }
}

/// A date: a date cell, an Excel serial number, `YYYY-MM-DD` or `DD.MM.YYYY` (a time after it,
/// or «г.», is left aside).
pub(crate) fn date(cell: &Cell<'_>) -> Result<NaiveDate, Issue> {
    let not_a_date = || Issue::NotADate {
        value: excerpt(&cell.text()),
    };
    match cell {
        Cell::Date(d) => Ok(*d),
        Cell::Number(n) => excel_serial(*n).ok_or_else(not_a_date),
        Cell::Text(t) => date_text(t).ok_or_else(|| match amnesty_rules::case::dates::unread(t) {
            // «31.02.2022»: said as a day the month does not have, as the form says it.
            day @ Problem::NoSuchDay { .. } => Issue::Rules(day),
            _ => not_a_date(),
        }),
        _ => Err(not_a_date()),
    }
}

/// An Excel serial date (the 1900 system, with its 29 February 1900 that never was).
pub(crate) fn excel_serial(n: f64) -> Option<NaiveDate> {
    if !(1.0..2_958_466.0).contains(&n) {
        return None;
    }
    let days = n.floor() as u64;
    let epoch = if days < 60 {
        NaiveDate::from_ymd_opt(1899, 12, 31)?
    } else {
        NaiveDate::from_ymd_opt(1899, 12, 30)?
    };
    epoch.checked_add_days(Days::new(days))
}

pub(crate) fn date_text(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let text = text
        .split(|c: char| c.is_whitespace() || c == 'T')
        .next()
        .unwrap_or(text);
    let text = text.trim_end_matches(['г', 'ж', '.']);
    let mut parts = text.split(['-', '.']);
    let parts = [parts.next(), parts.next(), parts.next(), parts.next()];
    let number = |s: &str, len: std::ops::RangeInclusive<usize>| {
        (len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let ymd = |y, m, d| {
        NaiveDate::from_ymd_opt(
            number(y, 4..=4)? as i32,
            number(m, 1..=2)?,
            number(d, 1..=2)?,
        )
    };
    match parts {
        [Some(y), Some(m), Some(d), None] if text.contains('-') && !text.contains('.') => {
            ymd(y, m, d)
        }
        [Some(d), Some(m), Some(y), None] if text.contains('.') && !text.contains('-') => {
            ymd(y, m, d)
        }
        // A serial number written out, as a CSV export of an unformatted date cell gives.
        [Some(serial), None, ..] if serial.len() == 5 => {
            excel_serial(f64::from(number(serial, 5..=5)?))
        }
        _ => None,
    }
}

/// `YYYY-MM-DD`, as the case file writes a date (without the formatting machinery).
pub(crate) fn iso(d: NaiveDate) -> String {
    let mut out = String::with_capacity(10);
    let (y, m, day) = (d.year().clamp(0, 9999) as u32, d.month(), d.day());
    for (n, width) in [(y, 4), (m, 2), (day, 2)] {
        if width == 2 {
            out.push('-');
        }
        for p in (0..width).rev() {
            out.push(char::from(b'0' + (n / 10u32.pow(p) % 10) as u8));
        }
    }
    out
}

pub(crate) fn yes_no(cell: &Cell<'_>) -> Result<bool, Issue> {
    match cell {
        Cell::Bool(b) => Ok(*b),
        Cell::Number(n) if *n == 0.0 || *n == 1.0 => Ok(*n == 1.0),
        cell => word(cell, &vocabularies().yes_no),
    }
}
