//! The messages between the batch page and its Web Worker, declared once for both sides: the
//! page (the app's `batch_app`, built without the spreadsheet crates) writes [`Request`]s and
//! reads [`Reply`]s, the worker (`worker`) the other way round, each with serde-wasm-bindgen. A
//! file travels beside a request as `file` (a `Blob`), a download's bytes beside a reply as
//! `bytes`. The case rows and the summary the page shows are part of the protocol; the worker
//! sends them instead of whole decisions (ten thousand decisions with every step would be
//! megabytes nobody reads at once), and the page decides a case again in full to explain it.

use std::borrow::Cow;

use amnesty_rules::decision::{
    AggregateRange, CustodyCredit, EarlyRelease, Figures, OwnPunishment, Warning,
};
#[cfg(test)]
use amnesty_rules::decision::{NewMeasure, Record};
#[cfg(test)]
use amnesty_rules::term::Term;
use amnesty_rules::vocab::{ArticleNo, Category, Status};
use amnesty_rules::Outcome;
use amnesty_words::Lang;
use chrono::NaiveDate;
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize};

/// What the page asks. `words` are the language's text files (its page and batch bundles),
/// which the worker takes in once: the worker has no words of its own.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Request<'a> {
    /// Read the file (the message's `file`) and decide every case.
    Decide {
        job: u32,
        lang: Lang,
        today: NaiveDate,
        words: Cow<'a, [String]>,
    },
    /// Decide the last file again with its messages in another language.
    Redecide {
        job: u32,
        lang: Lang,
        words: Cow<'a, [String]>,
    },
    /// The results of the last file decided, as a workbook or CSV.
    Export { job: u32, format: Format },
    /// The template of the spreadsheet, in a language.
    Template {
        job: u32,
        format: Format,
        lang: Lang,
        words: Cow<'a, [String]>,
    },
}

impl Request<'_> {
    /// The language a request is made in and its texts, with its job.
    pub fn words(&self) -> Option<(u32, Lang, &[String])> {
        match self {
            Request::Decide {
                job, lang, words, ..
            }
            | Request::Redecide { job, lang, words }
            | Request::Template {
                job, lang, words, ..
            } => Some((*job, *lang, words)),
            Request::Export { .. } => None,
        }
    }
}

/// What the worker answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reply {
    /// The worker is listening.
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
    /// A file to download (`bytes` beside).
    File {
        job: u32,
        format: Format,
    },
    /// Posted by the worker's loader (not its program) when the program could not be loaded.
    Broken,
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

/// Where the worker is: the file's bytes read, its rows read into facts, its cases decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Reading,
    Rows,
    Cases,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Failure {
    /// The file cannot be read as a spreadsheet; `message` says why, in the batch's language.
    File { message: String },
    /// The browser could not give the file's bytes (it was moved or changed since it was chosen).
    Unreadable,
    /// The texts sent were written for another build.
    Words,
    /// No file has been decided yet.
    NothingDecided,
    /// A workbook could not be written.
    Writing { detail: String },
}

/// A file decided, as the page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Decided {
    pub lang: Lang,
    pub today: NaiveDate,
    pub source: Source,
    pub header_row: u32,
    pub ignored_columns: Vec<String>,
    pub summary: Summary,
    pub cases: Vec<CaseRow>,
}

/// How the file was read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "format", rename_all = "snake_case")]
pub enum Source {
    Xlsx {
        sheet: String,
    },
    /// An OpenDocument spreadsheet (LibreOffice's own format).
    Ods {
        sheet: String,
    },
    Csv {
        /// One of [`CSV_ENCODINGS`].
        #[serde(deserialize_with = "csv_encoding")]
        encoding: EncodingName,
        /// `,`, `;` or a tab.
        delimiter: char,
    },
}

/// The names of the encodings the CSV reader tells (`sheet`); a name read back is one of these.
pub const CSV_ENCODINGS: [EncodingName; 5] =
    ["utf-8", "utf-8-bom", "windows-1251", "utf-16le", "utf-16be"];

/// An encoding's name. An alias, so that serde's derive does not take the `&'static str` for
/// text borrowed from the message (which would tie `Source` to `'static` input): it is read by
/// [`csv_encoding`] instead.
pub type EncodingName = &'static str;

fn csv_encoding<'de, D: Deserializer<'de>>(reader: D) -> Result<EncodingName, D::Error> {
    let name = String::deserialize(reader)?;
    CSV_ENCODINGS
        .into_iter()
        .find(|known| *known == name)
        .ok_or_else(|| D::Error::custom(format!("unknown encoding {name}")))
}

/// The caseload at a glance.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Rows read below the header (empty rows left out).
    pub rows: u32,
    pub cases: u32,
    pub decided: u32,
    /// Cases not decided because a row of theirs has an error.
    pub not_decided: u32,
    /// How many cases have each outcome, in the order of [`Outcome::ALL`]; outcomes no case has
    /// are left out.
    pub outcomes: Vec<OutcomeCount>,
    /// People released from custody on or before their date of calculation, in every reading.
    pub released: u32,
    /// Released by then in some reading, not in every one.
    pub released_in_some_reading: u32,
    /// To be released from custody after the date of calculation, in every reading.
    pub to_be_released: u32,
    /// To be released later in some reading; in another, not released at all.
    pub to_be_released_in_some_reading: u32,
    /// Punishments served outside custody that end: a conditional sentence, restriction of
    /// freedom, a fine, correctional works, community service.
    pub punishment_ends: u32,
    /// On which dates people are released or to be released in every reading (the latest day of
    /// each), earliest first.
    pub release_dates: Vec<DateCount>,
    /// Cases whose sentence, as entered, is not one the law allows (decided, to be checked).
    pub sentences_to_check: u32,
    /// The years of punishment cut, over every case, to one decimal.
    pub years_cut: f64,
    pub rows_with_errors: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutcomeCount {
    pub outcome: Outcome,
    pub count: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DateCount {
    pub date: NaiveDate,
    pub count: u32,
}

/// One case of the spreadsheet, for the page's table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaseRow {
    /// The case id as written; empty for a row without one.
    pub case: String,
    pub name: String,
    /// The case's rows, as the spreadsheet numbers them.
    pub rows: Vec<u32>,
    /// Each offence's article and part, in the order of the rows (only when every row could be
    /// read: a row with a bad cell gives no offence).
    pub offences: Vec<OffenceRef>,
    pub decision: Option<CaseDecision>,
    /// Every problem, each naming its row and column, in the batch's language.
    pub problems: Vec<RowProblem>,
    /// The case file as JSON (the command-line tool's format), when every row could be read.
    pub case_file: Option<String>,
}

impl CaseRow {
    /// The case's rows as a list to read: `2, 3`.
    pub fn rows_text(&self) -> String {
        rows_text(&self.rows)
    }
}

/// Rows as a list to read: `2, 3`.
pub fn rows_text(rows: &[u32]) -> String {
    rows.iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// An offence's article and part.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OffenceRef {
    pub article: ArticleNo,
    pub part: Option<u8>,
}

/// One problem of one row, as the page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RowProblem {
    pub row: u32,
    /// The column's header as written in the file.
    pub column: String,
    /// What is wrong, in the batch's language.
    pub message: String,
}

/// The figures of a decision the results show.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaseDecision {
    pub outcome: Outcome,
    pub status: Status,
    pub category: Option<Category>,
    /// The new punishment, its last day, the release and the record (their usual keys).
    #[serde(flatten)]
    pub figures: Figures,
    /// The day by which the law had to be applied, for a covered case.
    pub deadline: Option<NaiveDate>,
    /// How many readings of an open question or a missing fact are computed beside the result.
    pub readings: u32,
    /// The term imposed minus the new one, in years, to one decimal (terms only).
    pub years_cut: Option<f64>,
    /// The custody credited, and the earliest parole, replacement and cancelling of a
    /// conditional sentence (as the decision gives them).
    pub custody: Option<CustodyCredit>,
    pub parole: Option<EarlyRelease>,
    pub replacement: Option<EarlyRelease>,
    pub probation_cancel: Option<EarlyRelease>,
    /// The same, unrounded, for the total; not sent.
    #[serde(skip)]
    pub(crate) years_cut_exact: Option<f64>,
    /// The earliest release day of any result (the one shown and each reading's).
    pub release_earliest: Option<NaiveDate>,
    /// The latest release day, where every result gives one.
    pub release_latest: Option<NaiveDate>,
    /// The earliest parole day of any result (the one shown and each reading's): the readings of
    /// the institution, for one, credit different custody and so give different days.
    pub parole_earliest: Option<NaiveDate>,
    /// The latest parole day, where every result gives one.
    pub parole_latest: Option<NaiveDate>,
    /// Released, to be released (in every reading or in some), or a punishment outside custody
    /// that ends, on the case's date of calculation.
    pub freed: Option<Freed>,
    /// Each offence's own punishment as the amnesty leaves it, where the case gives them.
    pub own_sentences: Vec<Option<OwnPunishment>>,
    /// The range of a new aggregate, from the offences' own punishments (CC Art. 58).
    pub aggregate_range: Option<AggregateRange>,
    /// Warnings that the sentence entered is not one the law allows (the case is still decided).
    pub to_check: Vec<Warning>,
}

/// What a decision means for a person's freedom, on the date of calculation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Freed {
    /// Released from custody on or before the date of calculation, in every reading.
    Released,
    /// Released by then in some reading, not in every one.
    ReleasedInSomeReading,
    /// To be released from custody after the date of calculation, in every reading.
    ToBeReleased,
    /// To be released later in some reading; in another, not released at all.
    ToBeReleasedInSomeReading,
    /// A punishment served outside custody (a conditional sentence, restriction of freedom, a
    /// fine, correctional works, community service): it ends, nobody is released.
    PunishmentEnds,
}

impl Freed {
    pub const ALL: [Freed; 5] = [
        Freed::Released,
        Freed::ReleasedInSomeReading,
        Freed::ToBeReleased,
        Freed::ToBeReleasedInSomeReading,
        Freed::PunishmentEnds,
    ];
}

#[cfg(test)]
mod tests {
    //! Each message written as one side writes it and read back as the other reads it. The
    //! browser's own round trip (serde-wasm-bindgen) is in the app's component tests.

    use super::*;
    use amnesty_rules::case::Measure;
    use amnesty_rules::decision::{SanctionLimit, WarningDetail};
    use amnesty_rules::pack::ProvisionId;
    use amnesty_rules::vocab::{Citation, Punishment};

    fn round_trip_request(request: Request<'_>) {
        let json = serde_json::to_string(&request).unwrap();
        let back: Request<'static> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, request, "{json}");
    }

    fn round_trip_reply(reply: Reply) {
        let json = serde_json::to_string(&reply).unwrap();
        let back: Reply = serde_json::from_str(&json).unwrap();
        assert_eq!(back, reply, "{json}");
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2023, 3, d).unwrap()
    }

    fn words() -> Vec<String> {
        vec![
            "amnesty-words 1 page\n1\nx".into(),
            "amnesty-words 1 batch\n\n".into(),
        ]
    }

    #[test]
    fn every_request_reads_back_as_written() {
        let words = words();
        round_trip_request(Request::Decide {
            job: 1,
            lang: Lang::Kk,
            today: day(1),
            words: Cow::Borrowed(&words),
        });
        round_trip_request(Request::Redecide {
            job: 2,
            lang: Lang::Ru,
            words: Cow::Borrowed(&words),
        });
        for format in [Format::Xlsx, Format::Csv] {
            round_trip_request(Request::Export { job: 3, format });
            round_trip_request(Request::Template {
                job: 4,
                format,
                lang: Lang::En,
                words: Cow::Borrowed(&words),
            });
        }
    }

    #[test]
    fn every_request_in_a_language_brings_its_texts() {
        let words = words();
        let texts = Cow::Borrowed(&words[..]);
        let decide = Request::Decide {
            job: 1,
            lang: Lang::Kk,
            today: day(1),
            words: texts.clone(),
        };
        let template = Request::Template {
            job: 4,
            format: Format::Csv,
            lang: Lang::En,
            words: texts.clone(),
        };
        let redecide = Request::Redecide {
            job: 2,
            lang: Lang::Ru,
            words: texts,
        };
        assert_eq!(decide.words(), Some((1, Lang::Kk, &words[..])));
        assert_eq!(redecide.words(), Some((2, Lang::Ru, &words[..])));
        assert_eq!(template.words(), Some((4, Lang::En, &words[..])));
        let export = Request::Export {
            job: 3,
            format: Format::Xlsx,
        };
        assert_eq!(export.words(), None);
    }

    /// A decided file with every kind of value the page shows: a case decided with a term, one
    /// with bad rows, an `.xlsx` and a CSV source.
    pub(crate) fn decided(source: Source) -> Decided {
        let decision = CaseDecision {
            outcome: Outcome::TermReduced,
            status: Status::Open,
            category: Some(Category::Grave),
            figures: Figures {
                measure: Some(NewMeasure::Term(Term {
                    years: 2,
                    months: 1,
                    days: 15,
                })),
                end: Some(day(2)),
                release_on: Some(day(3)),
                record: Some(Record::Expires {
                    years: 6,
                    on: Some(day(4)),
                    minor: false,
                }),
            },
            deadline: Some(day(5)),
            readings: 2,
            years_cut: Some(5.5),
            custody: None,
            parole: None,
            replacement: None,
            probation_cancel: None,
            years_cut_exact: None,
            release_earliest: Some(day(3)),
            release_latest: Some(day(6)),
            parole_earliest: Some(day(7)),
            parole_latest: None,
            freed: Some(Freed::ReleasedInSomeReading),
            own_sentences: vec![
                Some(OwnPunishment {
                    punishment: Punishment::Imprisonment,
                    imposed: Measure::Term(Term::new(6, 0, 0)),
                    new: Some(Measure::Term(Term::new(1, 6, 0))),
                }),
                Some(OwnPunishment {
                    punishment: Punishment::Imprisonment,
                    imposed: Measure::Term(Term::new(3, 0, 0)),
                    new: None,
                }),
                None,
            ],
            aggregate_range: Some(AggregateRange {
                punishment: Punishment::Imprisonment,
                least: Measure::Term(Term::new(1, 6, 0)),
                most: Measure::Term(Term::new(2, 9, 0)),
                capped: false,
                cite: Citation::code(ArticleNo::new(58, 0), Some(3)),
            }),
            to_check: vec![Warning {
                provision: ProvisionId::CcArt52WithinSanction,
                status: Status::Verified,
                offence: Some(0),
                detail: WarningDetail::TermAboveSanction {
                    punishment: Punishment::Imprisonment,
                    entered: Measure::Term(Term::new(30, 0, 0)),
                    maximum: Some(Measure::Term(Term::new(8, 0, 0))),
                    limit: SanctionLimit::Sanction {
                        article: ArticleNo::new(272, 0),
                        part: Some(2),
                    },
                },
            }],
        };
        Decided {
            lang: Lang::Ru,
            today: day(1),
            source,
            header_row: 2,
            ignored_columns: vec!["Примечание".into()],
            summary: Summary {
                rows: 3,
                cases: 2,
                decided: 1,
                not_decided: 1,
                outcomes: vec![OutcomeCount {
                    outcome: Outcome::TermReduced,
                    count: 1,
                }],
                released: 1,
                released_in_some_reading: 2,
                to_be_released: 3,
                to_be_released_in_some_reading: 4,
                punishment_ends: 5,
                release_dates: vec![DateCount {
                    date: day(3),
                    count: 1,
                }],
                sentences_to_check: 6,
                years_cut: 5.5,
                rows_with_errors: 1,
            },
            cases: vec![
                CaseRow {
                    case: "7".into(),
                    name: "Ерлан".into(),
                    rows: vec![3, 4],
                    offences: vec![
                        OffenceRef {
                            article: ArticleNo::new(272, 0),
                            part: Some(2),
                        },
                        OffenceRef {
                            article: ArticleNo::new(269, 1),
                            part: None,
                        },
                    ],
                    decision: Some(decision),
                    problems: vec![],
                    case_file: Some("{\"stage\":\"serving\"}".into()),
                },
                CaseRow {
                    case: String::new(),
                    name: String::new(),
                    rows: vec![5],
                    offences: vec![],
                    decision: None,
                    problems: vec![RowProblem {
                        row: 5,
                        column: "Дата деяния".into(),
                        message: "32.01.2022 — не дата".into(),
                    }],
                    case_file: None,
                },
            ],
        }
    }

    #[test]
    fn every_kind_of_release_reads_back_as_written() {
        for freed in Freed::ALL {
            let mut decided = decided(Source::Ods {
                sheet: "Лист1".into(),
            });
            if let Some(d) = decided.cases[0].decision.as_mut() {
                d.freed = Some(freed);
            }
            round_trip_reply(Reply::Decided {
                job: 9,
                result: Box::new(decided),
            });
        }
    }

    #[test]
    fn every_reply_reads_back_as_written() {
        round_trip_reply(Reply::Ready);
        round_trip_reply(Reply::Broken);
        for stage in [Stage::Reading, Stage::Rows, Stage::Cases] {
            round_trip_reply(Reply::Progress {
                job: 1,
                stage,
                done: 10,
                total: 20,
            });
        }
        let csv = CSV_ENCODINGS.into_iter().map(|encoding| Source::Csv {
            encoding,
            delimiter: '\t',
        });
        let xlsx = Source::Xlsx {
            sheet: "Лист1".into(),
        };
        let ods = Source::Ods {
            sheet: "Лист1".into(),
        };
        for source in csv.chain([xlsx, ods]) {
            round_trip_reply(Reply::Decided {
                job: 2,
                result: Box::new(decided(source)),
            });
        }
        for failure in [
            Failure::File {
                message: "not a spreadsheet".into(),
            },
            Failure::Unreadable,
            Failure::Words,
            Failure::NothingDecided,
            Failure::Writing {
                detail: "disk".into(),
            },
        ] {
            round_trip_reply(Reply::Failed { job: 3, failure });
        }
        for format in [Format::Xlsx, Format::Csv] {
            round_trip_reply(Reply::File { job: 4, format });
        }
    }

    #[test]
    fn an_encoding_the_reader_never_tells_is_refused() {
        let json = r#"{"format":"csv","encoding":"koi8-r","delimiter":";"}"#;
        assert!(serde_json::from_str::<Source>(json).is_err());
    }

    #[test]
    fn the_unrounded_cut_stays_in_the_worker() {
        let mut decided = decided(Source::Xlsx { sheet: "S".into() });
        let decision = decided.cases[0].decision.as_mut().unwrap();
        decision.years_cut_exact = Some(5.54);
        let json = serde_json::to_string(&decided).unwrap();
        assert!(!json.contains("5.54") && !json.contains("years_cut_exact"));
    }

    #[test]
    fn rows_read_as_a_list() {
        assert_eq!(rows_text(&[2, 3, 10]), "2, 3, 10");
        assert_eq!(rows_text(&[]), "");
    }
}
