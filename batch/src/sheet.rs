//! Bytes to a table of cells: the first sheet of an `.xlsx` or `.ods` workbook (calamine, once
//! `unpack` has checked what it unpacks to), or a CSV file in UTF-8 (with or without a byte-order
//! mark), Windows-1251 or UTF-16, delimited by commas, semicolons or tabs (the csv crate). Row
//! numbers are the spreadsheet's own.

use std::borrow::Cow;
use std::io::Cursor;

use calamine::{DataType, Ods, Reader, Xlsx};
use chrono::NaiveDate;
use serde::Serialize;

use crate::protocol::Source;
use crate::unpack::{self, Kind};
use crate::vocab::{vocabularies, Column};

/// The largest file read.
pub const MAX_FILE_BYTES: usize = 32 * 1024 * 1024;
/// The most rows read below the header.
pub const MAX_ROWS: usize = 100_000;
/// Cells further right than this are not read.
const MAX_COLUMNS: usize = 256;
/// How many rows from the top may come before the header row (a title, a note).
const HEADER_SEARCH_ROWS: usize = 10;
/// The longest text a cell may hold: Excel's own limit, so no workbook Excel writes has a longer
/// one, and a fact of a case (a name, a date, a word) is a few dozen characters.
pub const MAX_CELL_CHARS: usize = 32_767;
/// How much of a cell's text a message or a summary quotes.
const EXCERPT_CHARS: usize = 80;

/// A cell's text as a message quotes it: at most [`EXCERPT_CHARS`] characters, the rest cut
/// and marked with "…", so that no cell can flood a message, a summary or the page.
pub fn excerpt(text: &str) -> String {
    amnesty_words::excerpt(text, EXCERPT_CHARS)
}

/// Whether a text is longer than a cell may be (counted in characters only when its bytes could
/// be too many).
fn too_long(text: &str) -> bool {
    text.len() > MAX_CELL_CHARS && text.chars().nth(MAX_CELL_CHARS).is_some()
}

fn cell_too_long(row: u32) -> FileError {
    FileError::CellTooLong {
        row,
        max_chars: MAX_CELL_CHARS as u32,
    }
}

/// One cell as the file holds it; its text is its row's.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cell<'a> {
    Empty,
    Text(&'a str),
    Number(f64),
    /// A cell formatted as a date in a workbook.
    Date(NaiveDate),
    Bool(bool),
    /// An Excel error value, such as `#N/A`.
    Error(&'a str),
}

impl<'a> Cell<'a> {
    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as text, as a person would read it.
    pub fn text(&self) -> Cow<'a, str> {
        match *self {
            Cell::Empty => Cow::Borrowed(""),
            Cell::Text(t) => Cow::Borrowed(t.trim()),
            Cell::Number(n) => Cow::Owned(number_text(n)),
            Cell::Date(d) => Cow::Owned(d.to_string()),
            Cell::Bool(b) => Cow::Borrowed(if b { "true" } else { "false" }),
            Cell::Error(e) => Cow::Borrowed(e),
        }
    }
}

/// A cell as a row keeps it: text as a span of the row's text, so that a row is two
/// allocations, not one per cell.
#[derive(Clone, Copy, Debug)]
enum Stored {
    Empty,
    Text(u32, u32),
    Number(f64),
    Date(NaiveDate),
    Bool(bool),
    Error(u32, u32),
}

/// A number without a needless ".0": 8.0 → "8", 269.1 → "269.1".
pub fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// A row with its number as the spreadsheet shows it (the first row is 1).
#[derive(Clone, Debug)]
pub struct Row {
    pub number: u32,
    text: String,
    cells: Vec<Stored>,
}

impl Row {
    fn new(number: u32) -> Row {
        Row {
            number,
            text: String::new(),
            cells: Vec::new(),
        }
    }

    /// The cell in column `i` (0-based); empty beyond the row's last cell.
    pub fn cell(&self, i: usize) -> Cell<'_> {
        let span = |a: u32, b: u32| self.text.get(a as usize..b as usize).unwrap_or_default();
        match self.cells.get(i) {
            None | Some(Stored::Empty) => Cell::Empty,
            Some(Stored::Text(a, b)) => Cell::Text(span(*a, *b)),
            Some(Stored::Number(n)) => Cell::Number(*n),
            Some(Stored::Date(d)) => Cell::Date(*d),
            Some(Stored::Bool(b)) => Cell::Bool(*b),
            Some(Stored::Error(a, b)) => Cell::Error(span(*a, *b)),
        }
    }

    pub fn cells(&self) -> impl Iterator<Item = Cell<'_>> {
        (0..self.cells.len()).map(|i| self.cell(i))
    }

    /// Keeps a cell in column `i`.
    fn set(&mut self, i: usize, cell: Cell<'_>) {
        let mut span = |t: &str| {
            let start = self.text.len() as u32;
            self.text.push_str(t);
            (start, self.text.len() as u32)
        };
        let stored = match cell {
            Cell::Empty => Stored::Empty,
            Cell::Text(t) => {
                let (a, b) = span(t);
                Stored::Text(a, b)
            }
            Cell::Error(t) => {
                let (a, b) = span(t);
                Stored::Error(a, b)
            }
            Cell::Number(n) => Stored::Number(n),
            Cell::Date(d) => Stored::Date(d),
            Cell::Bool(b) => Stored::Bool(b),
        };
        if self.cells.len() <= i {
            self.cells.resize(i + 1, Stored::Empty);
        }
        self.cells[i] = stored;
    }
}

/// Why a file cannot be read at all.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum FileError {
    Empty,
    TooLarge {
        max_mb: u32,
    },
    /// Neither a workbook nor text.
    NotASpreadsheet,
    /// An old `.xls` workbook, or an `.xlsx` encrypted with a password.
    OldOrEncryptedExcel,
    /// A damaged workbook (`.xlsx` or `.ods`); `detail` is the reader's own words.
    BrokenWorkbook {
        detail: String,
    },
    /// A part of a workbook unpacks to more than `max_mb` (a zip bomb, or no caseload).
    PartTooLarge {
        max_mb: u32,
    },
    /// A workbook's parts unpack to more than `max_mb` together.
    UnpackedTooLarge {
        max_mb: u32,
    },
    /// A cell on row `row` holds more than `max_chars` characters.
    CellTooLong {
        row: u32,
        max_chars: u32,
    },
    NoSheet,
    /// No row near the top names an article column; `first_row` is the first row's text.
    NoHeader {
        first_row: Vec<String>,
    },
    TooManyRows {
        max: u32,
    },
}

/// The header row: which column each cell of it names.
#[derive(Clone, Debug)]
pub struct Header {
    pub number: u32,
    /// For each column index, the column it is, and the header as written.
    pub columns: Vec<(usize, Column, String)>,
    /// Headers not recognised, or naming a column already named, as written.
    pub ignored: Vec<String>,
    /// Where each column is, by `Column as usize`.
    at: [Option<usize>; Column::ALL.len()],
}

impl Header {
    pub fn index(&self, column: Column) -> Option<usize> {
        self.at[column as usize]
    }

    /// The header as written for a column, if the file has it.
    pub fn written(&self, column: Column) -> Option<&str> {
        self.columns
            .iter()
            .find(|(_, c, _)| *c == column)
            .map(|(_, _, h)| h.as_str())
    }
}

/// A file read: how, its header, and its rows below the header (non-empty rows only).
pub struct Table {
    pub source: Source,
    pub header: Header,
    pub rows: Vec<Row>,
}

/// Reads a spreadsheet from bytes: a workbook by its zip signature, otherwise CSV.
pub fn read(bytes: &[u8]) -> Result<Table, FileError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge {
            max_mb: (MAX_FILE_BYTES / (1024 * 1024)) as u32,
        });
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(FileError::Empty);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return match unpack::check(bytes)? {
            Kind::Xlsx => read_xlsx(bytes),
            Kind::Ods => read_ods(bytes),
        };
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(FileError::OldOrEncryptedExcel);
    }
    read_csv(bytes)
}

/// A damaged workbook, in the reader's own words (an excerpt of them).
pub(crate) fn broken(e: impl std::fmt::Display) -> FileError {
    FileError::BrokenWorkbook {
        detail: excerpt(&e.to_string()),
    }
}

fn read_xlsx(bytes: &[u8]) -> Result<Table, FileError> {
    let mut workbook = Xlsx::new(Cursor::new(bytes)).map_err(broken)?;
    let sheet = first_sheet(&workbook)?;
    let mut reader = workbook.worksheet_cells_reader(&sheet).map_err(broken)?;
    let mut rows: Vec<Row> = Vec::new();
    while let Some(cell) = reader.next_cell().map_err(broken)? {
        let (r, c) = cell.get_position();
        add_cell(&mut rows, r, c, cell.get_value())?;
    }
    // A sheet's cells come row by row; a file written otherwise is put in order.
    if !rows.is_sorted_by_key(|r| r.number) {
        rows.sort_by_key(|r| r.number);
    }
    table(Source::Xlsx { sheet }, rows)
}

/// An OpenDocument spreadsheet: calamine reads every sheet at once (within the limits `unpack`
/// checked); the first is read here.
fn read_ods(bytes: &[u8]) -> Result<Table, FileError> {
    let mut workbook: Ods<_> = Ods::new(Cursor::new(bytes)).map_err(broken)?;
    let sheet = first_sheet(&workbook)?;
    let range = workbook.worksheet_range(&sheet).map_err(broken)?;
    let (top, left) = range.start().unwrap_or_default();
    let mut rows: Vec<Row> = Vec::new();
    for (r, c, value) in range.used_cells() {
        add_cell(&mut rows, top + r as u32, left + c as u32, value)?;
    }
    table(Source::Ods { sheet }, rows)
}

fn first_sheet<'a>(workbook: &impl Reader<Cursor<&'a [u8]>>) -> Result<String, FileError> {
    workbook
        .sheet_names()
        .into_iter()
        .next()
        .ok_or(FileError::NoSheet)
}

/// Keeps a workbook's cell (`r` and `c` from 0) in its row, the rows coming in order.
fn add_cell(rows: &mut Vec<Row>, r: u32, c: u32, value: &impl DataType) -> Result<(), FileError> {
    let c = c as usize;
    let mut error = String::new();
    let value = workbook_cell(value, &mut error);
    if c >= MAX_COLUMNS || value.is_empty() {
        return Ok(());
    }
    let number = r.saturating_add(1);
    if let Cell::Text(t) | Cell::Error(t) = value {
        if too_long(t) {
            return Err(cell_too_long(number));
        }
    }
    if rows.last().is_none_or(|last| last.number != number) {
        if rows.len() > MAX_ROWS + HEADER_SEARCH_ROWS {
            return Err(too_many_rows());
        }
        rows.push(Row::new(number));
    }
    if let Some(row) = rows.last_mut() {
        row.set(c, value);
    }
    Ok(())
}

/// A workbook's cell; an error value's text is written into `error`.
fn workbook_cell<'a>(value: &'a impl DataType, error: &'a mut String) -> Cell<'a> {
    let text = value
        .get_string()
        .or_else(|| value.get_datetime_iso())
        .or_else(|| value.get_duration_iso());
    if let Some(text) = text {
        return Cell::Text(text);
    }
    if let Some(n) = value.get_float() {
        return Cell::Number(n);
    }
    if let Some(n) = value.get_int() {
        return Cell::Number(n as f64);
    }
    if let Some(b) = value.get_bool() {
        return Cell::Bool(b);
    }
    if let Some(d) = value.get_datetime() {
        if !d.is_datetime() {
            return Cell::Number(d.as_f64());
        }
        let (y, m, day, ..) = d.to_ymd_hms_milli();
        return NaiveDate::from_ymd_opt(i32::from(y), u32::from(m), u32::from(day))
            .map_or(Cell::Number(d.as_f64()), Cell::Date);
    }
    if let Some(e) = value.get_error() {
        *error = e.to_string();
        return Cell::Error(error);
    }
    Cell::Empty
}

fn too_many_rows() -> FileError {
    FileError::TooManyRows {
        max: MAX_ROWS as u32,
    }
}

/// Text in the encoding it was written in: a byte-order mark says; else valid UTF-8 is UTF-8;
/// else Windows-1251, what Excel in a Russian or Kazakh locale writes.
fn decode(bytes: &[u8]) -> (String, &'static str) {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return (String::from_utf8_lossy(rest).into_owned(), "utf-8-bom");
    }
    if bytes.starts_with(b"\xFF\xFE") {
        let (text, _) = encoding_rs::UTF_16LE.decode_with_bom_removal(bytes);
        return (text.into_owned(), "utf-16le");
    }
    if bytes.starts_with(b"\xFE\xFF") {
        let (text, _) = encoding_rs::UTF_16BE.decode_with_bom_removal(bytes);
        return (text.into_owned(), "utf-16be");
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_string(), "utf-8"),
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1251.decode_without_bom_handling(bytes);
            (text.into_owned(), "windows-1251")
        }
    }
}

fn read_csv(bytes: &[u8]) -> Result<Table, FileError> {
    let (text, encoding) = decode(bytes);
    // Text has no NUL and few control characters; a binary file has many.
    let head: String = text.chars().take(4096).collect();
    let controls = head
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\t' | '\r' | '\n'))
        .count();
    if head.contains('\0') || controls * 20 > head.chars().count() {
        return Err(FileError::NotASpreadsheet);
    }
    // The delimiter is the one under which a header row names the most columns.
    let mut best: Option<(usize, u8)> = None;
    for delimiter in [b',', b';', b'\t'] {
        // Under a wrong delimiter a whole line is one cell, which may be too long to be one.
        let Ok((rows, _)) = csv_rows(&text, delimiter, HEADER_SEARCH_ROWS) else {
            continue;
        };
        let score = find_header(&rows).map_or(0, |(_, h)| h.columns.len());
        if score > best.map_or(0, |(s, _)| s) {
            best = Some((score, delimiter));
        }
    }
    let delimiter = match best {
        Some((_, d)) => d,
        // No header under any delimiter: read by the first line's most frequent one, to say so.
        None => {
            let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
            [b',', b';', b'\t']
                .into_iter()
                .max_by_key(|d| first.matches(char::from(*d)).count())
                .unwrap_or(b',')
        }
    };
    let (rows, complete) = csv_rows(&text, delimiter, MAX_ROWS + HEADER_SEARCH_ROWS + 1)?;
    if !complete {
        return Err(too_many_rows());
    }
    table(
        Source::Csv {
            encoding,
            delimiter: char::from(delimiter),
        },
        rows,
    )
}

/// Up to `limit` non-empty rows, numbered as a spreadsheet shows them (blank lines count, a line
/// break inside a quoted cell does not); and whether the text ended within the limit.
fn csv_rows(text: &str, delimiter: u8, limit: usize) -> Result<(Vec<Row>, bool), FileError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    let bytes = text.as_bytes();
    let mut number = 0u64;
    loop {
        // The text is valid UTF-8, so reading cannot fail but for a reader's error.
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => return Ok((rows, true)),
            Err(_) => return Err(FileError::NotASpreadsheet),
        }
        // The reader skips blank lines, which a spreadsheet shows as rows: count those between
        // the end of the last record (where the position is) and this one.
        let mut at = record.position().map_or(0, |p| p.byte() as usize);
        if at > 0 && bytes.get(at - 1) == Some(&b'\r') && bytes.get(at) == Some(&b'\n') {
            at += 1;
        }
        let blank = bytes
            .get(at..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .filter(|b| **b == b'\n')
            .count();
        number += 1 + blank as u64;
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if rows.len() == limit {
            return Ok((rows, false));
        }
        // The record's fields are one text already: the row keeps it, and their spans.
        let fields = record.len().min(MAX_COLUMNS);
        let row_number = u32::try_from(number).unwrap_or(u32::MAX);
        if record.iter().take(fields).any(too_long) {
            return Err(cell_too_long(row_number));
        }
        let mut row = Row {
            number: row_number,
            text: record.as_slice().to_string(),
            cells: Vec::with_capacity(fields),
        };
        for i in 0..fields {
            let range = record.range(i).unwrap_or_default();
            let blank = record.get(i).is_none_or(|f| f.trim().is_empty());
            row.cells.push(if blank {
                Stored::Empty
            } else {
                Stored::Text(range.start as u32, range.end as u32)
            });
        }
        rows.push(row);
    }
}

/// The header row: the first of the top rows that names an article column.
fn find_header(rows: &[Row]) -> Option<(usize, Header)> {
    let columns = &vocabularies().columns;
    rows.iter()
        .take(HEADER_SEARCH_ROWS)
        .enumerate()
        .find_map(|(at, row)| {
            let mut header = Header {
                number: row.number,
                columns: Vec::new(),
                ignored: Vec::new(),
                at: [None; Column::ALL.len()],
            };
            for (i, cell) in row.cells().enumerate() {
                let written = excerpt(&cell.text());
                if written.is_empty() {
                    continue;
                }
                match columns.find(&written) {
                    Some(c) if header.index(c).is_none() => {
                        header.at[c as usize] = Some(i);
                        header.columns.push((i, c, written));
                    }
                    _ => header.ignored.push(written),
                }
            }
            header
                .index(Column::Article)
                .is_some()
                .then_some((at, header))
        })
}

fn table(source: Source, mut rows: Vec<Row>) -> Result<Table, FileError> {
    if rows.is_empty() {
        return Err(FileError::Empty);
    }
    let Some((at, header)) = find_header(&rows) else {
        return Err(FileError::NoHeader {
            first_row: rows
                .first()
                .map(|r| r.cells().map(|c| excerpt(&c.text())).collect())
                .unwrap_or_default(),
        });
    };
    rows.drain(..=at);
    if rows.len() > MAX_ROWS {
        return Err(too_many_rows());
    }
    Ok(Table {
        source,
        header,
        rows,
    })
}
