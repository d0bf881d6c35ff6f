//! Amnesty calculator for Kazakhstan's Law No. 152-VII of 2 November 2022 "On Amnesty".
//!
//! One direction of flow: a case file (`case`) is validated into a `Case`, the rules (`law`,
//! `criminal_code`, with every legal figure from the rule pack in `pack`) decide it, and the
//! `Decision` carries an explanation trace that `explain` writes out in Kazakh, Russian or
//! English. Nothing here depends on the web; the browser app and the command-line tool both call
//! `check`.

pub mod case;
pub mod criminal_code;
pub mod decision;
pub mod draft;
pub mod engine;
pub mod explain;
pub mod law;
pub mod letter_case;
pub mod locale;
pub mod pack;
#[cfg(not(target_arch = "wasm32"))]
pub mod pack_codegen;
mod pack_data;
pub mod term;
pub mod trace;

use chrono::NaiveDate;

pub use case::{Case, CaseFile, FieldError};
pub use decision::{Decision, Outcome};
pub use pack::RulePack;

/// Reads, validates and decides one case file with the embedded rule pack.
/// `today` stands in for a missing `as_of`.
pub fn check(bytes: &[u8], today: NaiveDate) -> Result<Decision, Vec<FieldError>> {
    let file = case::parse_case_file(bytes).map_err(|e| vec![e])?;
    check_file(&file, today)
}

/// Validates and decides a case file already read.
pub fn check_file(file: &CaseFile, today: NaiveDate) -> Result<Decision, Vec<FieldError>> {
    let case = case::validate(file, today)?;
    Ok(engine::decide(&case, RulePack::embedded()))
}

#[cfg(feature = "web")]
pub mod app;
