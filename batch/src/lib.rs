//! A caseload at once: a spreadsheet of cases in, every decision and a summary out.
//!
//! An NGO or a law firm keeps its cases in a spreadsheet, one row per offence (`COLUMNS.md`).
//! [`decide_spreadsheet`] reads it — `.xlsx` (the first sheet), or CSV in UTF-8 with or without a
//! byte-order mark, Windows-1251 or UTF-16, delimited by commas, semicolons or tabs, with headers
//! in Kazakh, Russian or English — decides every case with the amnesty rules, and names each bad
//! cell by its row and column without stopping. [`results_csv`] and [`results_xlsx`] write the
//! results back for Excel; [`Summary`] is the caseload at a glance.
//!
//! Bytes in, bytes and values out: no file system, no threads, no clock (the caller gives
//! today's date), so the same code runs natively and in a browser's worker. In the browser the
//! texts of the chosen language must be loaded first ([`load_words`]), as the page does for
//! itself.
//!
//! Features: `sheets` (on by default) is all of the above; without it the crate is only
//! [`protocol`], the messages between the batch page and its worker, which the page uses without
//! carrying a spreadsheet reader. `worker` adds the worker itself.

pub mod protocol;

#[cfg(feature = "sheets")]
mod case_rows;
#[cfg(feature = "sheets")]
mod cases;
#[cfg(feature = "sheets")]
mod cells;
#[cfg(feature = "sheets")]
mod decided;
#[cfg(feature = "sheets")]
mod normalise;
#[cfg(feature = "sheets")]
mod output;
#[cfg(feature = "sheets")]
mod sheet;
#[cfg(feature = "sheets")]
mod unpack;
#[cfg(feature = "sheets")]
mod vocab;
/// The batch page's Web Worker (feature `worker`).
#[cfg(feature = "worker")]
pub mod worker;

#[cfg(feature = "sheets")]
use std::collections::BTreeMap;

#[cfg(feature = "sheets")]
use amnesty_rules::Outcome;
#[cfg(feature = "sheets")]
use chrono::NaiveDate;
#[cfg(feature = "sheets")]
use serde::Serialize;

pub use amnesty_words::{load as load_words, Lang};
#[cfg(feature = "sheets")]
pub use cases::{column_title, CaseResult, Issue, RowError};
#[cfg(feature = "sheets")]
pub use output::{
    column_guide, results_csv, results_xlsx, summary_text, template_csv, template_xlsx, ColumnGuide,
};
pub use protocol::{
    CaseDecision, CaseRow, DateCount, Freed, OffenceRef, OutcomeCount, RowProblem, Source, Summary,
};
#[cfg(feature = "sheets")]
pub use sheet::{FileError, MAX_CELL_CHARS, MAX_FILE_BYTES, MAX_ROWS};
#[cfg(feature = "sheets")]
pub use unpack::{MAX_PART_BYTES, MAX_UNPACKED_BYTES};
#[cfg(feature = "sheets")]
pub use vocab::Column;

/// A spreadsheet read and decided.
#[cfg(feature = "sheets")]
#[derive(Clone, Debug, Serialize)]
pub struct Batch {
    /// How the file was read.
    pub source: Source,
    /// The row of the headers, as the spreadsheet numbers it.
    pub header_row: u32,
    /// The columns found, with their headers as written.
    pub columns: Vec<ColumnFound>,
    /// Headers not used (unknown, or naming a column already found), as written.
    pub ignored_columns: Vec<String>,
    /// One per case, in the order of their first rows.
    pub cases: Vec<CaseResult>,
    pub summary: Summary,
    /// The date of calculation for rows that give none.
    pub today: NaiveDate,
    /// The language of the messages.
    pub lang: Lang,
}

#[cfg(feature = "sheets")]
#[derive(Clone, Debug, Serialize)]
pub struct ColumnFound {
    pub column: Column,
    pub header: String,
}

/// How far [`decide_spreadsheet_with_progress`] is, for a progress bar.
#[cfg(feature = "sheets")]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Progress {
    /// The file has been read into rows; `done` of `total` rows have been read into facts.
    Rows { done: u32, total: u32 },
    /// `done` of `total` cases have been decided.
    Cases { done: u32, total: u32 },
}

/// Reads a spreadsheet of cases and decides each. `today` stands in for a row without a date of
/// calculation; messages are in `lang`. `Err` only when the file cannot be read at all: a bad
/// row or cell is reported in its case and the others are decided.
#[cfg(feature = "sheets")]
pub fn decide_spreadsheet(bytes: &[u8], today: NaiveDate, lang: Lang) -> Result<Batch, FileError> {
    decide_spreadsheet_with_progress(bytes, today, lang, &mut |_| {})
}

/// [`decide_spreadsheet`], telling `progress` how far it is every few hundred rows and cases
/// (the browser's worker shows it while a large file is decided).
#[cfg(feature = "sheets")]
pub fn decide_spreadsheet_with_progress(
    bytes: &[u8],
    today: NaiveDate,
    lang: Lang,
    progress: &mut dyn FnMut(Progress),
) -> Result<Batch, FileError> {
    let table = sheet::read(bytes)?;
    let cases = cases::decide_rows(&table.header, &table.rows, today, lang, progress);
    let summary = summarise(&cases, table.rows.len());
    Ok(Batch {
        source: table.source,
        header_row: table.header.number,
        columns: table
            .header
            .columns
            .into_iter()
            .map(|(_, column, header)| ColumnFound { column, header })
            .collect(),
        ignored_columns: table.header.ignored,
        cases,
        summary,
        today,
        lang,
    })
}

#[cfg(feature = "sheets")]
fn summarise(cases: &[CaseResult], rows: usize) -> Summary {
    let mut outcomes = [0u32; Outcome::ALL.len()];
    let mut dates: BTreeMap<NaiveDate, u32> = BTreeMap::new();
    let mut years_cut = 0.0;
    let mut freed_counts = [0u32; Freed::ALL.len()];
    let mut to_check = 0;
    let mut error_rows: Vec<u32> = Vec::new();
    for case in cases {
        error_rows.extend(case.errors.iter().map(|e| e.row));
        let Some(d) = &case.decision else { continue };
        if let Some(i) = Outcome::ALL.iter().position(|o| *o == d.outcome) {
            outcomes[i] += 1;
        }
        if let Some(freed) = d.freed {
            let at = Freed::ALL.iter().position(|f| *f == freed).unwrap_or(0);
            freed_counts[at] += 1;
        }
        let every = matches!(d.freed, Some(Freed::Released | Freed::ToBeReleased));
        if let Some(date) = d.release_latest.filter(|_| every) {
            *dates.entry(date).or_default() += 1;
        }
        to_check += u32::from(!d.to_check.is_empty());
        years_cut += d.years_cut_exact.unwrap_or(0.0);
    }
    error_rows.sort_unstable();
    error_rows.dedup();
    let decided = cases.iter().filter(|c| c.decision.is_some()).count() as u32;
    Summary {
        rows: rows as u32,
        cases: cases.len() as u32,
        decided,
        not_decided: cases.len() as u32 - decided,
        outcomes: Outcome::ALL
            .into_iter()
            .zip(outcomes)
            .filter(|(_, n)| *n > 0)
            .map(|(outcome, count)| OutcomeCount { outcome, count })
            .collect(),
        released: freed_counts[0],
        released_in_some_reading: freed_counts[1],
        to_be_released: freed_counts[2],
        to_be_released_in_some_reading: freed_counts[3],
        punishment_ends: freed_counts[4],
        sentences_to_check: to_check,
        release_dates: dates
            .into_iter()
            .map(|(date, count)| DateCount { date, count })
            .collect(),
        years_cut: (years_cut * 10.0).round() / 10.0,
        rows_with_errors: error_rows.len() as u32,
    }
}

#[cfg(feature = "sheets")]
impl FileError {
    /// Why the file cannot be read, in a language.
    pub fn message(&self, lang: Lang) -> String {
        use amnesty_words::{fill, keys::batch::file as k, text};
        let (key, values) = match self {
            FileError::Empty => (k::empty, vec![]),
            FileError::TooLarge { max_mb } => (k::too_large, vec![("max_mb", max_mb.to_string())]),
            FileError::NotASpreadsheet => (k::not_a_spreadsheet, vec![]),
            FileError::OldOrEncryptedExcel => (k::old_or_encrypted_excel, vec![]),
            FileError::BrokenWorkbook { detail } => {
                (k::broken_workbook, vec![("detail", detail.clone())])
            }
            FileError::PartTooLarge { max_mb } => {
                (k::part_too_large, vec![("max_mb", max_mb.to_string())])
            }
            FileError::UnpackedTooLarge { max_mb } => {
                (k::unpacked_too_large, vec![("max_mb", max_mb.to_string())])
            }
            FileError::CellTooLong { row, max_chars } => (
                k::cell_too_long,
                vec![("row", row.to_string()), ("max", max_chars.to_string())],
            ),
            FileError::NoSheet => (k::no_sheet, vec![]),
            FileError::NoHeader { first_row } => {
                let cells: Vec<&str> = first_row
                    .iter()
                    .map(|c| c.as_str())
                    .filter(|c| !c.is_empty())
                    .take(12)
                    .collect();
                let mut first: String = cells.join(" | ").chars().take(300).collect();
                if first.is_empty() {
                    first.push('—');
                }
                (k::no_header, vec![("first_row", first)])
            }
            FileError::TooManyRows { max } => (k::too_many_rows, vec![("max", max.to_string())]),
        };
        fill(text(lang, key), &values)
    }
}
