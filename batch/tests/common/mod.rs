//! One caseload, written out as a person's spreadsheet would be: `.xlsx` with date cells, serial
//! numbers or dates as text; CSV in UTF-8 with or without a byte-order mark, Windows-1251 or
//! UTF-16, delimited by commas, semicolons or tabs; headers and values in Kazakh, Russian,
//! English or as keys. The fixtures are made here, by code, so every variant is the same content.
//! Every test file builds its rows with [`Row`].

#![allow(dead_code)]

pub mod packed;

use amnesty_batch::{column_title, Column, Lang};
use amnesty_rules::case::Stage;
use amnesty_rules::vocab::{Context, ExclusionFact, Named, Punishment};
use chrono::NaiveDate;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet};

/// The date of calculation for every case.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2023, 3, 1).unwrap()
}

/// A word a cell may hold, written as a key or in a language.
#[derive(Clone, Copy, Debug)]
pub enum Word {
    Stage(Stage),
    Context(Context),
    Punishment(Punishment),
    Exclusion(ExclusionFact),
}

/// A cell of the caseload.
#[derive(Clone, Debug)]
pub enum V {
    Empty,
    Text(String),
    Number(f64),
    Date(i32, u32, u32),
    Word(Word),
}

/// Values as cells: text, numbers, dates (year, month, day) and words.
macro_rules! cells_from {
    ($($t:ty => |$x:pat_param| $cell:expr),* $(,)?) => {
        $(impl From<$t> for V {
            fn from($x: $t) -> V {
                $cell
            }
        })*
    };
}

cells_from! {
    &str => |t| V::Text(t.to_string()),
    f64 => |n| V::Number(n),
    i32 => |n| V::Number(f64::from(n)),
    (i32, u32, u32) => |(y, m, d)| V::Date(y, m, d),
    Stage => |s| V::Word(Word::Stage(s)),
    Context => |c| V::Word(Word::Context(c)),
    Punishment => |p| V::Word(Word::Punishment(p)),
    ExclusionFact => |e| V::Word(Word::Exclusion(e)),
}

/// The header of a sheet with only the columns a case under investigation needs.
pub const INVESTIGATION_HEADER: [&str; 6] = [
    "case",
    "stage",
    "article",
    "part",
    "committed_on",
    "context",
];

/// One row of a sheet: the cells it fills, by column.
#[derive(Clone, Debug, Default)]
pub struct Row(Vec<(Column, V)>);

impl Row {
    /// A row of one person's case: its id, the name (none when empty) and the stage.
    pub fn case(id: impl Into<V>, name: &str, stage: impl Into<V>) -> Row {
        let row = Row::default().set(Column::Case, id);
        let row = if name.is_empty() {
            row
        } else {
            row.set(Column::Name, name)
        };
        row.set(Column::Stage, stage)
    }

    /// Another row of a case already begun: its id alone.
    pub fn more(id: impl Into<V>) -> Row {
        Row::default().set(Column::Case, id)
    }

    /// Fills a cell.
    pub fn set(mut self, column: Column, value: impl Into<V>) -> Row {
        self.0.retain(|(c, _)| *c != column);
        self.0.push((column, value.into()));
        self
    }

    /// The offence: article, part, date and connection with the riots.
    pub fn offence(
        self,
        article: impl Into<V>,
        part: impl Into<V>,
        on: (i32, u32, u32),
        context: impl Into<V>,
    ) -> Row {
        self.set(Column::Article, article)
            .set(Column::Part, part)
            .set(Column::CommittedOn, on)
            .set(Column::Context, context)
    }

    /// A term of years from its first day.
    pub fn term(self, punishment: impl Into<V>, years: i32, start: (i32, u32, u32)) -> Row {
        self.set(Column::Punishment, punishment)
            .set(Column::Years, years)
            .set(Column::Start, start)
    }

    fn get(&self, column: Column) -> V {
        self.0
            .iter()
            .find(|(c, _)| *c == column)
            .map_or(V::Empty, |(_, v)| v.clone())
    }
}

/// How the words are written.
#[derive(Clone, Copy, Debug)]
pub enum Words {
    Keys,
    In(Lang),
}

impl Word {
    fn write(self, words: Words) -> String {
        match words {
            Words::Keys => match self {
                Word::Stage(s) => s.name(),
                Word::Context(c) => c.name(),
                Word::Punishment(p) => p.name(),
                Word::Exclusion(e) => e.name(),
            }
            .to_string(),
            Words::In(lang) => match self {
                Word::Stage(s) => amnesty_words::stage(s, lang),
                Word::Context(c) => amnesty_words::context(c, lang),
                Word::Punishment(p) => amnesty_words::punishment(p, lang),
                Word::Exclusion(e) => amnesty_words::exclusion(e, lang),
            }
            .to_string(),
        }
    }
}

/// A spreadsheet: its headers and rows.
#[derive(Clone, Debug)]
pub struct Sheet {
    pub columns: Vec<Column>,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<V>>,
    pub words: Words,
}

impl Sheet {
    /// A sheet of these rows: a column for each column any of them fills, in the templates'
    /// order, headed by its key.
    pub fn new(rows: &[Row]) -> Sheet {
        let columns: Vec<Column> = Column::ALL
            .into_iter()
            .filter(|c| rows.iter().any(|r| r.0.iter().any(|(rc, _)| rc == c)))
            .collect();
        let mut sheet = Sheet {
            headers: columns.iter().map(|c| c.key().to_string()).collect(),
            columns,
            rows: Vec::new(),
            words: Words::Keys,
        };
        for row in rows {
            sheet.push(row);
        }
        sheet
    }

    /// A row below the others; it fills no column the sheet lacks.
    pub fn push(&mut self, row: &Row) {
        for (column, _) in &row.0 {
            assert!(self.columns.contains(column), "no {column:?} column");
        }
        self.rows
            .push(self.columns.iter().map(|c| row.get(*c)).collect());
    }
}

/// The caseload: ten people, eleven offences, one outcome of each kind that matters.
pub fn caseload() -> Sheet {
    use amnesty_rules::vocab::Context::{Other, Riots, Suppression};
    use amnesty_rules::vocab::Punishment::*;
    use Stage::*;
    // A person serving a term of imprisonment for one offence.
    let prison =
        |id: i32, name: &str, article: i32, part: i32, on, context: Context, years, start| {
            Row::case(id, name, Serving)
                .offence(article, part, on, context)
                .term(Imprisonment, years, start)
        };
    Sheet::new(&[
        prison(1, "Айдос", 272, 2, (2022, 1, 5), Riots, 8, (2022, 1, 6))
            .set(Column::BirthDate, (1999, 5, 17)),
        prison(2, "Бахыт", 293, 1, (2022, 1, 6), Riots, 1, (2022, 1, 7)),
        prison(3, "Вера", 188, 2, (2022, 1, 5), Riots, 6, (2022, 1, 6)),
        Row::more(3).offence(272, 2, (2022, 1, 5), Riots),
        Row::case(4, "Гани", Investigation).offence(104, 1, (2022, 1, 6), Suppression),
        Row::case("5-a", "Дана", Serving)
            .offence("269-1", 3, (2022, 1, 6), Riots)
            .term(RestrictionOfFreedom, 3, (2022, 2, 1)),
        Row::case(6, "Ерлан", Serving)
            .offence(188, 3, (2022, 1, 6), Riots)
            .set(Column::Punishment, Fine)
            .set(Column::Amount, 600)
            .set(Column::Start, (2022, 5, 10)),
        prison(7, "Жанна", 272, 2, (2022, 1, 5), Riots, 8, (2022, 1, 6))
            .set(Column::Exclusions, ExclusionFact::Terrorist),
        prison(8, "Зарина", 188, 2, (2022, 1, 5), Other, 3, (2022, 1, 6)),
        prison(9, "Ислам", 272, 2, (2022, 1, 5), Riots, 5, (2022, 1, 7)),
        Row::case(10, "Кайрат", Trial)
            .offence(272, 2, (2022, 1, 5), Riots)
            .set(Column::Punishment, CommunityService)
            .set(Column::Hours, 600),
    ])
}

/// The outcomes of the caseload, case by case.
pub const OUTCOMES: [&str; 10] = [
    "term_reduced",
    "release_from_punishment",
    "needs_review",
    "release_from_liability",
    "release",
    "punishment_reduced",
    "excluded",
    "not_covered",
    "release",
    "punishment_reduced",
];

impl Sheet {
    /// The same sheet with headers and words in a language.
    pub fn in_lang(mut self, lang: Lang) -> Sheet {
        self.headers = self
            .columns
            .iter()
            .map(|c| column_title(*c, lang).to_string())
            .collect();
        self.words = Words::In(lang);
        self
    }

    /// The same sheet with its columns in another order (the last first, and so on).
    pub fn reversed(mut self) -> Sheet {
        self.columns.reverse();
        self.headers.reverse();
        for row in &mut self.rows {
            row.reverse();
        }
        self
    }

    /// A cell as text, dates written by `date`.
    fn cell_text(&self, v: &V, date: DateText) -> String {
        match v {
            V::Empty => String::new(),
            V::Text(t) => t.clone(),
            V::Number(n) => amnesty_number(*n),
            V::Date(y, m, d) => match date {
                DateText::Iso => format!("{y:04}-{m:02}-{d:02}"),
                DateText::Dmy => format!("{d:02}.{m:02}.{y:04}"),
            },
            V::Word(w) => w.write(self.words),
        }
    }

    /// The sheet as CSV.
    pub fn csv(&self, delimiter: u8, encoding: Encoding, date: DateText) -> Vec<u8> {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .from_writer(Vec::new());
        writer.write_record(&self.headers).unwrap();
        for row in &self.rows {
            writer
                .write_record(row.iter().map(|v| self.cell_text(v, date)))
                .unwrap();
        }
        let text = String::from_utf8(writer.into_inner().unwrap()).unwrap();
        encode(&text, encoding)
    }

    /// The sheet as an `.xlsx` workbook; numbers as number cells, dates as `dates` says.
    pub fn xlsx(&self, dates: XlsxDates) -> Vec<u8> {
        let mut book = Workbook::new();
        // A fixed creation time, so that the same sheet gives the same bytes.
        let created = ExcelDateTime::from_ymd(2023, 3, 1).unwrap();
        book.set_properties(&rust_xlsxwriter::DocProperties::new().set_creation_datetime(&created));
        let sheet = book.add_worksheet();
        let date_format = Format::new().set_num_format("dd.mm.yyyy");
        let headers: Vec<&str> = self.headers.iter().map(String::as_str).collect();
        write_row(sheet, 0, 0, &headers);
        for (r, row) in self.rows.iter().enumerate() {
            let r = r as u32 + 1;
            for (c, v) in row.iter().enumerate() {
                let c = c as u16;
                let date = |y: i32, m: u32, d: u32| {
                    ExcelDateTime::from_ymd(y as u16, m as u8, d as u8).unwrap()
                };
                match (v, dates) {
                    (V::Empty, _) => {}
                    (V::Number(n), _) => {
                        sheet.write_number(r, c, *n).unwrap();
                    }
                    (V::Date(y, m, d), XlsxDates::Cells) => {
                        let cell = date(*y, *m, *d);
                        sheet
                            .write_datetime_with_format(r, c, cell, &date_format)
                            .unwrap();
                    }
                    (V::Date(y, m, d), XlsxDates::Serial) => {
                        sheet
                            .write_number(r, c, date(*y, *m, *d).to_excel())
                            .unwrap();
                    }
                    (V::Date(..), XlsxDates::Text) => {
                        sheet
                            .write_string(r, c, self.cell_text(v, DateText::Dmy))
                            .unwrap();
                    }
                    (v, _) => {
                        sheet
                            .write_string(r, c, self.cell_text(v, DateText::Iso))
                            .unwrap();
                    }
                }
            }
        }
        book.save_to_buffer().unwrap()
    }
}

/// Writes texts into a row of a worksheet from a column on (both from 0).
pub fn write_row(sheet: &mut Worksheet, row: u32, first_column: u16, texts: &[&str]) {
    for (i, text) in texts.iter().enumerate() {
        sheet
            .write_string(row, first_column + i as u16, *text)
            .unwrap();
    }
}

fn amnesty_number(n: f64) -> String {
    if n.fract() == 0.0 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

#[derive(Clone, Copy, Debug)]
pub enum DateText {
    Iso,
    Dmy,
}

#[derive(Clone, Copy, Debug)]
pub enum XlsxDates {
    /// Date cells, as Excel makes them when a date is typed.
    Cells,
    /// Plain numbers: the serial number of the day.
    Serial,
    /// Text such as 05.01.2022.
    Text,
}

#[derive(Clone, Copy, Debug)]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Windows1251,
    Utf16Le,
}

pub fn encode(text: &str, encoding: Encoding) -> Vec<u8> {
    match encoding {
        Encoding::Utf8 => text.as_bytes().to_vec(),
        Encoding::Utf8Bom => [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
        Encoding::Windows1251 => {
            let (bytes, _, unmappable) = encoding_rs::WINDOWS_1251.encode(text);
            assert!(!unmappable, "not all of it is in Windows-1251");
            bytes.into_owned()
        }
        Encoding::Utf16Le => {
            let mut bytes = vec![0xFF, 0xFE];
            for unit in text.encode_utf16() {
                bytes.extend_from_slice(&unit.to_le_bytes());
            }
            bytes
        }
    }
}

/// Decides bytes with the caseload's date, in English.
pub fn decide(bytes: &[u8]) -> amnesty_batch::Batch {
    amnesty_batch::decide_spreadsheet(bytes, today(), Lang::En)
        .unwrap_or_else(|e| panic!("{}", e.message(Lang::En)))
}

/// Why bytes are not read.
pub fn refused(bytes: &[u8]) -> amnesty_batch::FileError {
    match amnesty_batch::decide_spreadsheet(bytes, today(), Lang::En) {
        Ok(batch) => panic!("read: {:?}", batch.summary),
        Err(e) => e,
    }
}

/// Each case's outcome key, or "errors".
pub fn outcomes(batch: &amnesty_batch::Batch) -> Vec<String> {
    batch
        .cases
        .iter()
        .map(|c| match &c.decision {
            Some(d) => d.outcome.name().to_string(),
            None => format!(
                "errors: {:?}",
                c.errors.iter().map(|e| &e.message).collect::<Vec<_>>()
            ),
        })
        .collect()
}
