//! The messages between the batch page and its worker, as the page sees them. The worker
//! (`batch/src/worker.rs`, which has the spreadsheet readers the page must not carry) writes the
//! same shapes with serde-wasm-bindgen; the browser tests compare the page's results with the
//! command-line tool's, so the two sides cannot drift apart unnoticed.

use amnesty_rules::decision::Figures;
use amnesty_rules::vocab::{ArticleNo, Category, Status};
use amnesty_rules::Outcome;
use amnesty_words::Lang;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What the page asks of the worker. A file to decide travels beside the message, as `file`;
/// `words` are the language's text files (the page and batch bundles), which the worker loads once.
#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Request<'a> {
    Decide {
        job: u32,
        lang: Lang,
        today: NaiveDate,
        words: &'a [String],
    },
    /// The same file again, its messages in another language.
    Redecide {
        job: u32,
        lang: Lang,
        words: &'a [String],
    },
    Export {
        job: u32,
        format: Format,
    },
    Template {
        job: u32,
        format: Format,
        lang: Lang,
        words: &'a [String],
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    Xlsx,
    Csv,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Xlsx => "xlsx",
            Format::Csv => "csv",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Format::Csv => "text/csv",
        }
    }
}

/// What the worker answers. A file's bytes travel beside the message, as `bytes`.
#[derive(Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reply {
    Ready,
    Progress {
        job: u32,
        stage: Stage,
        done: u32,
        total: u32,
    },
    Decided {
        job: u32,
        result: Box<Decided>,
    },
    Failed {
        job: u32,
        failure: Failure,
    },
    File {
        job: u32,
        format: Format,
    },
    /// Posted by the worker's loader (not its program) when the program could not be loaded.
    Broken,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Reading,
    Rows,
    Cases,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Failure {
    File { message: String },
    Unreadable,
    Words,
    NothingDecided,
    Writing { detail: String },
}

/// A file decided.
#[derive(Clone, Debug, Deserialize)]
pub struct Decided {
    pub lang: Lang,
    pub today: NaiveDate,
    pub source: Source,
    pub header_row: u32,
    pub ignored_columns: Vec<String>,
    pub summary: Summary,
    pub cases: Vec<CaseRow>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(tag = "format", rename_all = "snake_case")]
pub enum Source {
    Xlsx { sheet: String },
    Csv { encoding: String, delimiter: char },
}

/// The caseload at a glance (amnesty-batch's `Summary`).
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Summary {
    pub rows: u32,
    pub cases: u32,
    pub decided: u32,
    pub not_decided: u32,
    pub outcomes: Vec<OutcomeCount>,
    pub released: u32,
    pub release_dates: Vec<DateCount>,
    pub years_cut: f64,
    pub rows_with_errors: u32,
}

#[derive(Clone, Debug, Deserialize)]
pub struct OutcomeCount {
    pub outcome: Outcome,
    pub count: u32,
}

#[derive(Clone, Debug, Deserialize)]
pub struct DateCount {
    pub date: NaiveDate,
    pub count: u32,
}

/// One case (amnesty-batch's `CaseRow`).
#[derive(Clone, Debug, Deserialize)]
pub struct CaseRow {
    pub case: String,
    pub name: String,
    pub rows: Vec<u32>,
    pub offences: Vec<OffenceRef>,
    pub decision: Option<RowDecision>,
    pub problems: Vec<RowProblem>,
    pub case_file: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub struct OffenceRef {
    pub article: ArticleNo,
    pub part: Option<u8>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct RowProblem {
    pub row: u32,
    pub column: String,
    pub message: String,
}

/// The figures of a case's decision (amnesty-batch's `CaseDecision`).
#[derive(Clone, Debug, Deserialize)]
pub struct RowDecision {
    pub outcome: Outcome,
    pub status: Status,
    pub category: Option<Category>,
    /// The new punishment, its last day, the release and the record.
    #[serde(flatten)]
    pub figures: Figures,
    pub deadline: Option<NaiveDate>,
    pub readings: u32,
    pub years_cut: Option<f64>,
}
