//! The rules of Kazakhstan's Law No. 152-VII of 2 November 2022 "On Amnesty".
//!
//! One direction of flow: a case file (`case`) is validated into a `Case`; the engine applies the
//! provisions of the law (`law`) and of the Criminal Code as it stood in January 2022
//! (`criminal_code`), with every legal figure from the rule pack (`pack`); the `Decision` carries
//! each offence's effect and the trace of every step with its citation and status. Nothing here
//! depends on the web or on words: the browser app, the command-line tool and the words layer
//! all build on this crate, and the provisions themselves are private to it. Each provision is a
//! pure function returning what it found with its notes (`finding`); the engine only orders the
//! provisions, explores the readings and assembles the trace. Practices (`practice`), open
//! questions (`open`) and the calculator's conventions (`convention`) are provisions too.

pub mod case;
pub mod cited;
pub mod code_index;
mod convention;
mod criminal_code;
pub mod decision;
mod engine;
mod finding;
mod law;
pub mod letter_case;
mod open;
pub mod pack;
mod practice;
pub mod search;
pub mod term;
pub mod vocab;

use chrono::NaiveDate;

pub use case::{Case, CaseFile, FieldError};
pub use decision::{Decision, Outcome};
pub use engine::ENGINE_VERSION;
pub use pack::RulePack;

/// Reads, validates and decides one case file with the embedded rule pack. `today` stands in for
/// a missing `as_of`.
pub fn check(bytes: &[u8], today: NaiveDate) -> Result<Decision, Vec<FieldError>> {
    let file = case::parse_case_file(bytes).map_err(|e| vec![e])?;
    check_file(&file, today)
}

/// Validates and decides a case file already read.
pub fn check_file(file: &CaseFile, today: NaiveDate) -> Result<Decision, Vec<FieldError>> {
    let pack = RulePack::embedded();
    let case = case::validate(file, today, pack)?;
    Ok(decide(&case, pack))
}

/// Decides a validated case.
pub fn decide(case: &Case, pack: &RulePack) -> Decision {
    engine::decide(case, pack)
}

/// The category the Criminal Code of January 2022 gives an article part on the list, for a form
/// that fills it in (`None` for an article off the list, or a part it lacks).
pub fn code_category(article: vocab::ArticleNo, part: Option<u8>) -> Option<vocab::Category> {
    let pack = RulePack::embedded();
    let row = pack.code_part(article, part)?;
    let bands = &pack.provisions.cc_art11_categories.value;
    Some(criminal_code::art11_categories::category(row, bands)?.category)
}
