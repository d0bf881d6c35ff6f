//! One caseload, written out as a person's spreadsheet would be: `.xlsx` with date cells, serial
//! numbers or dates as text; CSV in UTF-8 with or without a byte-order mark, Windows-1251 or
//! UTF-16, delimited by commas, semicolons or tabs; headers and values in Kazakh, Russian,
//! English or as keys. The fixtures are made here, by code, so every variant is the same content.

#![allow(dead_code)]

use amnesty_batch::{column_title, Column, Lang};
use amnesty_rules::case::Stage;
use amnesty_rules::vocab::{Context, ExclusionFact, Named, Punishment};
use chrono::NaiveDate;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

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

impl V {
    pub fn text(s: &str) -> V {
        V::Text(s.to_string())
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

const COLUMNS: [Column; 14] = [
    Column::Case,
    Column::Name,
    Column::Stage,
    Column::Article,
    Column::Part,
    Column::CommittedOn,
    Column::Context,
    Column::Exclusions,
    Column::BirthDate,
    Column::Punishment,
    Column::Years,
    Column::Hours,
    Column::Amount,
    Column::Start,
];

/// The caseload: ten people, eleven offences, one outcome of each kind that matters.
pub fn caseload() -> Sheet {
    use Word::*;
    let serving = V::Word(Stage(amnesty_rules::case::Stage::Serving));
    let riots = V::Word(Context(amnesty_rules::vocab::Context::Riots));
    let prison = V::Word(Punishment(amnesty_rules::vocab::Punishment::Imprisonment));
    let n = |x: f64| V::Number(x);
    let d = |y, m, day| V::Date(y, m, day);
    let e = || V::Empty;
    let rows = vec![
        // case, name, stage, article, part, date, context, exclusions, birth, punishment, years, hours, amount, start
        vec![
            n(1.0),
            V::text("Айдос"),
            serving.clone(),
            n(272.0),
            n(2.0),
            d(2022, 1, 5),
            riots.clone(),
            e(),
            d(1999, 5, 17),
            prison.clone(),
            n(8.0),
            e(),
            e(),
            d(2022, 1, 6),
        ],
        vec![
            n(2.0),
            V::text("Бахыт"),
            serving.clone(),
            n(293.0),
            n(1.0),
            d(2022, 1, 6),
            riots.clone(),
            e(),
            e(),
            prison.clone(),
            n(1.0),
            e(),
            e(),
            d(2022, 1, 7),
        ],
        vec![
            n(3.0),
            V::text("Вера"),
            serving.clone(),
            n(188.0),
            n(2.0),
            d(2022, 1, 5),
            riots.clone(),
            e(),
            e(),
            prison.clone(),
            n(6.0),
            e(),
            e(),
            d(2022, 1, 6),
        ],
        vec![
            n(3.0),
            e(),
            e(),
            n(272.0),
            n(2.0),
            d(2022, 1, 5),
            riots.clone(),
            e(),
            e(),
            e(),
            e(),
            e(),
            e(),
            e(),
        ],
        vec![
            n(4.0),
            V::text("Гани"),
            V::Word(Stage(amnesty_rules::case::Stage::Investigation)),
            n(104.0),
            n(1.0),
            d(2022, 1, 6),
            V::Word(Context(amnesty_rules::vocab::Context::Suppression)),
            e(),
            e(),
            e(),
            e(),
            e(),
            e(),
            e(),
        ],
        vec![
            V::text("5-a"),
            V::text("Дана"),
            serving.clone(),
            V::text("269-1"),
            n(3.0),
            d(2022, 1, 6),
            riots.clone(),
            e(),
            e(),
            V::Word(Punishment(
                amnesty_rules::vocab::Punishment::RestrictionOfFreedom,
            )),
            n(3.0),
            e(),
            e(),
            d(2022, 2, 1),
        ],
        vec![
            n(6.0),
            V::text("Ерлан"),
            serving.clone(),
            n(188.0),
            n(3.0),
            d(2022, 1, 6),
            riots.clone(),
            e(),
            e(),
            V::Word(Punishment(amnesty_rules::vocab::Punishment::Fine)),
            e(),
            e(),
            n(600.0),
            d(2022, 5, 10),
        ],
        vec![
            n(7.0),
            V::text("Жанна"),
            serving.clone(),
            n(272.0),
            n(2.0),
            d(2022, 1, 5),
            riots.clone(),
            V::Word(Exclusion(ExclusionFact::Terrorist)),
            e(),
            prison.clone(),
            n(8.0),
            e(),
            e(),
            d(2022, 1, 6),
        ],
        vec![
            n(8.0),
            V::text("Зарина"),
            serving.clone(),
            n(188.0),
            n(2.0),
            d(2022, 1, 5),
            V::Word(Context(amnesty_rules::vocab::Context::Other)),
            e(),
            e(),
            prison.clone(),
            n(3.0),
            e(),
            e(),
            d(2022, 1, 6),
        ],
        vec![
            n(9.0),
            V::text("Ислам"),
            serving.clone(),
            n(272.0),
            n(2.0),
            d(2022, 1, 5),
            riots.clone(),
            e(),
            e(),
            prison.clone(),
            n(5.0),
            e(),
            e(),
            d(2022, 1, 7),
        ],
        vec![
            n(10.0),
            V::text("Кайрат"),
            V::Word(Stage(amnesty_rules::case::Stage::Trial)),
            n(272.0),
            n(2.0),
            d(2022, 1, 5),
            riots,
            e(),
            e(),
            V::Word(Punishment(
                amnesty_rules::vocab::Punishment::CommunityService,
            )),
            e(),
            n(600.0),
            e(),
            e(),
        ],
    ];
    Sheet {
        columns: COLUMNS.to_vec(),
        headers: COLUMNS.iter().map(|c| c.key().to_string()).collect(),
        rows,
        words: Words::Keys,
    }
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
        for (c, h) in self.headers.iter().enumerate() {
            sheet.write_string(0, c as u16, h).unwrap();
        }
        for (r, row) in self.rows.iter().enumerate() {
            let r = r as u32 + 1;
            for (c, v) in row.iter().enumerate() {
                let c = c as u16;
                match v {
                    V::Empty => {}
                    V::Number(n) => {
                        sheet.write_number(r, c, *n).unwrap();
                    }
                    V::Date(y, m, d) => match dates {
                        XlsxDates::Cells => {
                            let date =
                                ExcelDateTime::from_ymd(*y as u16, *m as u8, *d as u8).unwrap();
                            sheet
                                .write_datetime_with_format(r, c, date, &date_format)
                                .unwrap();
                        }
                        XlsxDates::Serial => {
                            let date =
                                ExcelDateTime::from_ymd(*y as u16, *m as u8, *d as u8).unwrap();
                            sheet.write_number(r, c, date.to_excel()).unwrap();
                        }
                        XlsxDates::Text => {
                            sheet
                                .write_string(r, c, self.cell_text(v, DateText::Dmy))
                                .unwrap();
                        }
                    },
                    v => {
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
