//! The case-file format: the public contract shared by the command-line tool and the app's
//! export and import. Only ever extended compatibly; unknown fields are refused so that a typo is
//! reported, not ignored.

use serde::{Deserialize, Serialize};

use super::{FieldError, Problem, Recidivism, Stage};
use crate::vocab::{ArticleNo, Category, Context, ExclusionFact, Punishment};

/// The largest case file read: a case with many offences takes a few kilobytes.
pub const MAX_FILE_BYTES: usize = 256 * 1024;
/// The most offences in one case.
pub const MAX_OFFENCES: usize = 50;

/// A case file exactly as written by a person or exported by the app. Dates stay text here so
/// that a wrong one can be reported with what was typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<String>,
    #[serde(default)]
    pub recidivism: Recidivism,
    pub stage: Stage,
    pub offences: Vec<OffenceFile>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence: Option<SentenceFile>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OffenceFile {
    /// A number (`188`) or a string with a dash number (`"269-1"`).
    pub article: ArticleNo,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<u8>,
    pub committed_on: String,
    pub context: Context,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exclusions: Vec<ExclusionFact>,
    /// The victim's age on the day, for the exception of Law Art. 2 item 4.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub victim_age: Option<u8>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentenceFile {
    pub punishment: Punishment,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub years: u32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub months: u32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub days: u32,
    /// Community service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<u32>,
    /// A fine or correctional works, in monthly calculation indices (MCI) as the verdict sets it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<u32>,
    /// First day of the term; needed for a term, optional otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub conditional: bool,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// Reads a case file from bytes: UTF-8, with or without a byte-order mark (Windows Notepad
/// writes one), at most [`MAX_FILE_BYTES`]. Any bytes at all give a file or an error naming the
/// field, never a panic.
pub fn parse_case_file(bytes: &[u8]) -> Result<CaseFile, FieldError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(FieldError::new(
            "",
            Problem::FileTooLarge {
                max_bytes: MAX_FILE_BYTES as u32,
            },
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let result: Result<CaseFile, _> = serde_path_to_error::deserialize(&mut deserializer);
    let file = result.map_err(|err| {
        let path = err.path().to_string();
        let field = if path == "." { String::new() } else { path };
        let inner = err.into_inner();
        match missing_field_name(&inner.to_string()) {
            Some(name) if field.is_empty() => FieldError::new(name, Problem::Missing),
            Some(name) => FieldError::new(format!("{field}.{name}"), Problem::Missing),
            None => FieldError::new(
                field,
                Problem::Malformed {
                    detail: inner.to_string(),
                },
            ),
        }
    })?;
    deserializer.end().map_err(|e| {
        FieldError::new(
            "",
            Problem::Malformed {
                detail: e.to_string(),
            },
        )
    })?;
    if file.offences.len() > MAX_OFFENCES {
        return Err(FieldError::new(
            "offences",
            Problem::TooManyOffences {
                max: MAX_OFFENCES as u32,
            },
        ));
    }
    Ok(file)
}

/// Serde reports a missing field as "missing field `name` at line …".
fn missing_field_name(message: &str) -> Option<String> {
    let rest = message.strip_prefix("missing field `")?;
    Some(rest[..rest.find('`')?].to_string())
}
