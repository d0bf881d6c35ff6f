//! Runs the legal case table in `tests/legal_cases.md`: every row is built into a case file in
//! the public format, decided, and checked column by column.
//!
//! The table is also written out as runnable case files with their decisions
//! (`target/legal-cases/`), so the browser tests can check that the page decides each case
//! exactly as the command-line tool does.

mod support;

use std::collections::BTreeSet;

use amnesty::case::{parse_case_file, Category, ExclusionFact};
use amnesty::decision::{Decision, Outcome, ReadingLabel};
use amnesty::explain::key_of;
use amnesty::term::Term;
use serde_json::{json, Value};
use support::{date, legal_cases, LegalCase};

fn term_of(term: Option<Term>) -> String {
    term.map(|t| format!("{}y{}m{}d", t.years, t.months, t.days))
        .unwrap_or_else(|| "-".into())
}

fn day_of(day: Option<chrono::NaiveDate>) -> String {
    day.map(|d| d.to_string()).unwrap_or_else(|| "-".into())
}

/// The table's short name for a reading: `nmt/after`, `cat:grave`, `listed`, `whole`.
fn reading_label(label: ReadingLabel) -> String {
    let key = amnesty::explain::reading_key(label);
    match key.as_str() {
        "if_listed" => "listed".into(),
        "whole_sentence_as_gravest" => "whole".into(),
        _ => match key.strip_prefix("one_year_") {
            Some(rest) => rest.replacen('_', "/", 1),
            None => key.replacen("if_", "cat:", 1),
        },
    }
}

fn readings_of(decision: &Decision) -> BTreeSet<String> {
    decision
        .readings
        .iter()
        .map(|r| {
            let release = r.release_on.map(|d| format!("@{d}")).unwrap_or_default();
            format!("{}={}{release}", reading_label(r.label), key_of(&r.outcome))
        })
        .collect()
}

/// Every difference between what a row expects and what the engine decided.
fn mismatches(case: &LegalCase, decision: &Decision) -> Vec<String> {
    let mut problems = Vec::new();
    let mut compare = |what: &str, expected: &str, actual: String| {
        if expected != actual {
            problems.push(format!("{what}: expected {expected}, got {actual}"));
        }
    };
    compare("outcome", &case.outcome, key_of(&decision.outcome));
    compare("new term", &case.new_term, term_of(decision.new_term));
    compare("new end", &case.new_end, day_of(decision.new_end));
    compare("release", &case.release, day_of(decision.release_on));
    let expected_readings: BTreeSet<String> = case.readings.iter().cloned().collect();
    let actual_readings = readings_of(decision);
    if expected_readings != actual_readings {
        problems.push(format!(
            "readings: expected {expected_readings:?}, got {actual_readings:?}"
        ));
    }
    let warnings: BTreeSet<String> = decision.warnings.iter().map(|w| key_of(&w.kind)).collect();
    for warning in &case.warnings {
        if !warnings.contains(warning) {
            problems.push(format!("warning {warning} missing; got {warnings:?}"));
        }
    }
    let provisions: BTreeSet<String> = decision
        .steps
        .iter()
        .map(|s| key_of(&s.citation.provision))
        .chain(decision.warnings.iter().map(|w| key_of(&w.provision)))
        .collect();
    if !provisions.contains(&case.provision) {
        problems.push(format!(
            "provision {} not exercised; trace cites {provisions:?}",
            case.provision
        ));
    }
    problems
}

#[test]
fn every_case_in_the_table_decides_as_expected() {
    let cases = legal_cases();
    let out_dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("../legal-cases");
    std::fs::create_dir_all(&out_dir).unwrap();
    let mut failures = Vec::new();
    for case in &cases {
        let bytes = serde_json::to_vec_pretty(&case.file).unwrap();
        // Through the public format, exactly as the command-line tool reads it.
        let file =
            parse_case_file(&bytes).unwrap_or_else(|e| panic!("{}: bad case file {e:?}", case.id));
        let decision = amnesty::check_file(&file, date(&case.as_of))
            .unwrap_or_else(|e| panic!("{}: invalid case {e:?}", case.id));
        let problems = mismatches(case, &decision);
        if !problems.is_empty() {
            failures.push(format!(
                "{} ({}):\n    {}",
                case.id,
                case.title,
                problems.join("\n    ")
            ));
        }
        std::fs::write(out_dir.join(format!("{}.json", case.id)), &bytes).unwrap();
        let decided = serde_json::to_vec_pretty(&decision).unwrap();
        std::fs::write(out_dir.join(format!("{}.decision.json", case.id)), decided).unwrap();
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn the_table_is_large_enough_and_covers_what_it_must() {
    let cases = legal_cases();
    assert!(cases.len() >= 80, "only {} cases", cases.len());
    let ids: BTreeSet<&str> = cases.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids.len(), cases.len(), "duplicate case ids");

    let outcomes: BTreeSet<String> = cases.iter().map(|c| c.outcome.clone()).collect();
    for outcome in Outcome::ALL {
        assert!(
            outcomes.contains(&key_of(&outcome)),
            "no case has outcome {outcome:?}"
        );
    }
    let all_offences: Vec<&Value> = cases
        .iter()
        .flat_map(|c| c.file["offences"].as_array().unwrap())
        .collect();
    for fact in ExclusionFact::ALL {
        let key = key_of(&fact);
        let article_implied = fact == ExclusionFact::OrganisingRiots;
        assert!(
            all_offences.iter().any(|o| o["exclusions"]
                .as_array()
                .unwrap()
                .iter()
                .any(|e| e == &json!(key)))
                || article_implied,
            "no case has exclusion {key}"
        );
    }
    // Both stages of each gravity: a pending case and a convicted one.
    for category in Category::ALL {
        let key = json!(key_of(&category));
        let with = |convicted: bool| {
            cases.iter().any(|c| {
                let stage = c.file["stage"].as_str().unwrap();
                let is_convicted = stage == "serving" || stage == "served";
                let offences = c.file["offences"].as_array().unwrap();
                is_convicted == convicted && offences.len() == 1 && offences[0]["category"] == key
            })
        };
        assert!(
            with(false) && with(true),
            "{category:?} lacks a pending or a convicted case"
        );
    }
    for boundary in ["2022-01-03", "2022-01-04", "2022-01-07", "2022-01-08"] {
        assert!(
            all_offences
                .iter()
                .any(|o| o["committed_on"] == json!(boundary)),
            "no case committed on {boundary}"
        );
    }
    let starts: Vec<&str> = cases
        .iter()
        .filter_map(|c| c.file["sentence"]["start"].as_str())
        .collect();
    assert!(
        starts.contains(&"2024-02-29"),
        "no case starting on 29 February"
    );
    assert!(
        starts.iter().any(|s| s.ends_with("-31")),
        "no case starting on a month's 31st"
    );
    assert!(
        cases
            .iter()
            .any(|c| c.file["offences"].as_array().unwrap().len() > 1),
        "no multi-offence case"
    );
    for label in ["nmt/before", "lt/after", "listed", "whole", "cat:grave"] {
        assert!(
            cases
                .iter()
                .any(|c| c.readings.iter().any(|r| r.starts_with(label))),
            "no case shows the reading {label}"
        );
    }
}
