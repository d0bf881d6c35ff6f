//! The case-file format: the public contract shared by the command-line tool and the app's
//! export and import. Only ever extended compatibly; unknown fields are refused so that a typo is
//! reported, not ignored.

use serde::Serialize;

use super::json::{case_file_from_json, Json, MAX_DEPTH};
use super::{CustodyKind, FieldError, Institution, ParoleFacts, Problem, Recidivism, Stage};
use crate::vocab::{ArticleNo, Category, Context, ExclusionFact, Punishment};

/// The largest case file read: a case with many offences takes a few kilobytes.
pub const MAX_FILE_BYTES: usize = 256 * 1024;
/// The most offences in one case.
pub const MAX_OFFENCES: usize = 50;
/// The most periods of custody in one case.
pub const MAX_CUSTODY_PERIODS: usize = 50;

/// A case file exactly as written by a person or exported by the app. Dates stay text here so
/// that a wrong one can be reported with what was typed. Read by [`super::json`]; written with
/// serde, leaving out what is not given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CaseFile {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<String>,
    pub recidivism: Recidivism,
    pub stage: Stage,
    pub offences: Vec<OffenceFile>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentence: Option<SentenceFile>,
    /// Time held before the day the verdict counts the term from (CC Art. 62 parts 3-4).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub custody: Vec<CustodyFile>,
    /// Facts parole and replacement depend on (CC Arts. 72-73, 86-87), each optional.
    #[serde(skip_serializing_if = "ParoleFacts::is_empty")]
    pub parole_facts: ParoleFacts,
}

impl CaseFile {
    /// A file at `stage` with these offences and nothing else said: no date of calculation or of
    /// birth, no recidivism, no sentence, no custody, no facts of parole.
    pub fn at(stage: Stage, offences: Vec<OffenceFile>) -> CaseFile {
        CaseFile {
            as_of: None,
            birth_date: None,
            recidivism: Recidivism::None,
            stage,
            offences,
            sentence: None,
            custody: Vec::new(),
            parole_facts: ParoleFacts::default(),
        }
    }
}

/// One period held, both days included.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct CustodyFile {
    pub from: String,
    pub to: String,
    pub kind: CustodyKind,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OffenceFile {
    /// A number (`188`) or a string with a dash number (`"269-1"`).
    pub article: ArticleNo,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<u8>,
    pub committed_on: String,
    pub context: Context,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub exclusions: Vec<ExclusionFact>,
    /// The victim's age on the day, for the exception of Law Art. 2 item 4.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub victim_age: Option<u8>,
    /// The punishment the verdict gives this offence on its own, before the aggregate (CC Art. 58
    /// part 1): measured as `sentence` is, without a first day or a conditional mark.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentence: Option<SentenceFile>,
}

impl OffenceFile {
    /// An offence committed on `committed_on` in the events of January 2022 (the riots), with
    /// nothing else said of it: no category, no exclusions, no victim's age, no sentence of its own.
    pub fn in_riots(article: ArticleNo, part: Option<u8>, committed_on: String) -> OffenceFile {
        OffenceFile {
            article,
            part,
            committed_on,
            context: Context::Riots,
            category: None,
            exclusions: Vec::new(),
            victim_age: None,
            sentence: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SentenceFile {
    pub punishment: Punishment,
    #[serde(skip_serializing_if = "is_zero")]
    pub years: u32,
    #[serde(skip_serializing_if = "is_zero")]
    pub months: u32,
    #[serde(skip_serializing_if = "is_zero")]
    pub days: u32,
    /// Community service.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hours: Option<u32>,
    /// A fine or correctional works, in monthly calculation indices (MCI) as the verdict sets it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<u32>,
    /// First day of the term; needed for a term, optional otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub conditional: bool,
    /// The security level of the institution the verdict names (imprisonment only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub institution: Option<Institution>,
    /// A minor's probation, in months, as the court set it (CC Art. 63 part 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub probation_months: Option<u32>,
}

impl SentenceFile {
    /// A sentence of `punishment` with nothing else said: no measure, no first day, not
    /// conditional, no institution, no probation.
    pub fn of(punishment: Punishment) -> SentenceFile {
        SentenceFile {
            punishment,
            years: 0,
            months: 0,
            days: 0,
            hours: None,
            amount: None,
            start: None,
            conditional: false,
            institution: None,
            probation_months: None,
        }
    }
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// Reads a case file from bytes: UTF-8, with or without a byte-order mark (Windows Notepad
/// writes one), at most [`MAX_FILE_BYTES`]. Any bytes at all give a file or an error naming the
/// field, never a panic. The JSON text is read by serde_json; the page reads it with the
/// browser's own parser instead, through [`read_case_file`].
pub fn parse_case_file(bytes: &[u8]) -> Result<CaseFile, FieldError> {
    read_case_file(bytes, |text| {
        serde_json::from_slice::<serde_json::Value>(text)
            .map(|value| from_serde(&value, 0))
            .map_err(|err| {
                // serde_json says where (line and column), not in which field: find it there.
                FieldError::new(
                    path_at(text, err.line(), err.column()),
                    Problem::Malformed {
                        detail: err.to_string(),
                    },
                )
            })
    })
}

/// What every reader of case files shares: the size limit and the byte-order mark, then the
/// JSON text as `parse` reads it into a tree, then the case file from the tree.
pub fn read_case_file(
    bytes: &[u8],
    parse: impl FnOnce(&[u8]) -> Result<Json, FieldError>,
) -> Result<CaseFile, FieldError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(FieldError::new(
            "",
            Problem::FileTooLarge {
                max_bytes: MAX_FILE_BYTES as u32,
            },
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    case_file_from_json(&parse(bytes)?)
}

/// serde_json's tree as a [`Json`] tree. Anything nested deeper than [`MAX_DEPTH`] becomes an
/// empty list: no field of a case file lies that deep, so the reader refuses the value that
/// holds it, by its own field.
fn from_serde(value: &serde_json::Value, depth: usize) -> Json {
    use serde_json::Value;
    if depth > MAX_DEPTH {
        return Json::Array(Vec::new());
    }
    match value {
        Value::Null => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::Number(n) => Json::Number(n.as_f64().unwrap_or(f64::NAN)),
        Value::String(s) => Json::String(s.clone()),
        Value::Array(items) => {
            Json::Array(items.iter().map(|v| from_serde(v, depth + 1)).collect())
        }
        Value::Object(map) => Json::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), from_serde(v, depth + 1)))
                .collect(),
        ),
    }
}

/// One step of a path into the JSON: a field of an object, or an element of a list.
enum Segment {
    Object(Option<String>),
    List(usize),
}

/// The path (`offences[0].committed_on`) of the value at a line and column of a JSON text, as far
/// as it can be read up to there: a small walk over the text, so that a reader error names its
/// field without a path-tracking deserializer (which would cost the browser's download).
/// (A missing field is reported just after its object's end, where the path is the object's.)
fn path_at(bytes: &[u8], line: usize, column: usize) -> String {
    let mut stack: Vec<Segment> = Vec::new();
    let (mut at_line, mut at_column) = (1, 0);
    let mut in_string = false;
    let mut escaped = false;
    let mut string = Vec::new();
    let mut expect_key = false;
    for &b in bytes {
        if (at_line, at_column) >= (line, column) {
            break;
        }
        if b == b'\n' {
            at_line += 1;
            at_column = 0;
        } else {
            at_column += 1;
        }
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => {
                    in_string = false;
                    if expect_key {
                        if let Some(Segment::Object(key)) = stack.last_mut() {
                            *key = Some(String::from_utf8_lossy(&string).into_owned());
                        }
                        expect_key = false;
                    }
                }
                (false, _) => string.push(b),
            }
            continue;
        }
        match b {
            b'"' => {
                in_string = true;
                string.clear();
            }
            b'{' => {
                stack.push(Segment::Object(None));
                expect_key = true;
            }
            b'[' => stack.push(Segment::List(0)),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Segment::List(i)) => *i += 1,
                Some(Segment::Object(key)) => {
                    *key = None;
                    expect_key = true;
                }
                None => {}
            },
            _ => {}
        }
    }
    // A list where the file should hold an object: the file itself is wrong.
    if matches!(stack.first(), Some(Segment::List(_))) {
        return String::new();
    }
    let mut path = String::new();
    for segment in &stack {
        match segment {
            Segment::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Segment::Object(None) => {}
            Segment::List(i) => path.push_str(&format!("[{i}]")),
        }
    }
    path
}
