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
#[cfg(test)]
mod testing;
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

/// What the rules warn about a date of calculation on its own (one before the law came into
/// force), for a form that says it beside the field before the rest of the case is given: the
/// same warning the decision carries.
pub fn as_of_warning(as_of: NaiveDate) -> Option<decision::Warning> {
    let rule = &RulePack::embedded().provisions.art4_in_force;
    // No stage and no term: only what the date itself contradicts.
    let notes = law::art4_in_force::contradictions(as_of, case::Stage::Investigation, None, rule);
    let caution = notes.entries.into_iter().find_map(|entry| match entry {
        finding::Entry::Warning(caution) => Some(caution),
        _ => None,
    })?;
    Some(decision::Warning {
        provision: caution.provision,
        status: caution.status,
        offence: None,
        detail: caution.detail,
    })
}

/// The last day the bodies in charge had to apply the law (Law Art. 3 part 5: six months from
/// its entry into force), for a text that says so without a case.
pub fn application_deadline() -> NaiveDate {
    let p = &RulePack::embedded().provisions;
    law::art3_part5_deadline::deadline(p.art4_in_force.value.date, &p.art3_part5_deadline)
}

/// The category the Criminal Code of January 2022 gives an article part on the list, for a form
/// that fills it in (`None` for an article off the list, or a part it lacks).
pub fn code_category(article: vocab::ArticleNo, part: Option<u8>) -> Option<vocab::Category> {
    let pack = RulePack::embedded();
    let row = pack.code_part(article, part)?;
    let bands = &pack.provisions.cc_art11_categories.value;
    Some(criminal_code::art11_categories::category(row, bands)?.category)
}

#[cfg(test)]
mod tests {
    use super::*;
    use decision::WarningDetail;

    #[test]
    fn the_date_of_calculation_alone_warns_as_the_decision_does() {
        let in_force = RulePack::embedded().provisions.art4_in_force.value.date;
        assert_eq!(as_of_warning(in_force), None);
        let day_before = in_force.pred_opt().unwrap();
        let warning = as_of_warning(day_before).expect("a date before the law is warned about");
        assert_eq!(
            warning.detail,
            WarningDetail::AsOfBeforeInForce {
                as_of: day_before,
                in_force
            }
        );
        let file = format!(
            r#"{{"as_of":"{day_before}","stage":"trial","offences":[{{"article":188,"part":2,"committed_on":"2022-01-05","context":"riots"}}]}}"#
        );
        let decision = check(file.as_bytes(), day_before).unwrap();
        assert!(
            decision.warnings.contains(&warning),
            "{:?}",
            decision.warnings
        );
    }

    #[test]
    fn the_deadline_without_a_case_is_the_one_every_decision_gives() {
        let file = r#"{"as_of":"2023-03-01","stage":"trial","offences":[{"article":188,"part":2,"committed_on":"2022-01-05","context":"riots"}]}"#;
        let today = NaiveDate::from_ymd_opt(2023, 3, 1).unwrap();
        let decision = check(file.as_bytes(), today).unwrap();
        assert_eq!(application_deadline(), decision.deadline);
    }
}
