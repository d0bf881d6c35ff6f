//! Runs the legal case table `tests/legal_cases.md` (at the root of the workspace): every row is
//! built into a case file in the public format, read back with `parse_case_file`, decided with
//! `check_file`, and checked column by column. Every mismatch of every row is reported at once,
//! each with the row's id.
//!
//! The table is also written out as runnable case files with their decisions
//! (`target/legal-cases/ID.json` and `ID.decision.json`), so that the browser tests can check
//! that the page decides each case exactly as the command-line tool does.

mod support;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use amnesty_rules::case::parse_case_file;
use amnesty_rules::case::Measure;
use amnesty_rules::decision::{
    Condition, Credited, Decision, EarlyRelease, OffenceDecision, OffenceEffect, Record,
};
use amnesty_rules::pack::{AgeCounting, OneYearBase, ProvisionId, RulePack};
use amnesty_rules::vocab::{Fraction, Status};
use serde::Serialize;
use support::after::reading_dates_key;
use support::{parse_table, reading_key, LegalCase};

/// The table, read when the tests are compiled.
const TABLE: &str = include_str!("../../tests/legal_cases.md");

/// The table's rows; a table that does not parse fails here, naming every bad row.
fn cases() -> Vec<LegalCase> {
    let (cases, errors) = parse_table(TABLE);
    assert!(
        errors.is_empty(),
        "tests/legal_cases.md has {} bad rows:\n{}",
        errors.len(),
        errors.join("\n")
    );
    cases
}

/// A value's serde name (`release_from_liability`, `art1_list`).
fn name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(e) => format!("<{e}>"),
    }
}

fn day(day: Option<chrono::NaiveDate>) -> String {
    day.map(|d| d.to_string()).unwrap_or_else(|| "-".into())
}

fn fraction(f: Fraction) -> String {
    format!("{}/{}", f.numerator, f.denominator)
}

/// The `new` column: the new term, hours or amount.
fn measure_of(m: Measure) -> String {
    match m {
        Measure::Term(t) => format!("{}y{}m{}d", t.years, t.months, t.days),
        Measure::Hours(h) => format!("{h}h"),
        Measure::Amount(a) => format!("{a}mci"),
        Measure::Unstated => "unstated".into(),
    }
}

/// Each offence's effect, and what is left of its own punishment where it has one.
fn offence_of(o: &OffenceDecision) -> String {
    let effect = effect_of(o.effect);
    match o.own_sentence {
        Some(own) => format!("{effect}>{}", own.new.map_or("-".into(), measure_of)),
        None => effect,
    }
}

/// The range of the new aggregate in the table's notation.
fn aggregate_of(decision: &Decision) -> String {
    let Some(r) = decision.aggregate_range else {
        return "-".into();
    };
    let capped = if r.capped { "!" } else { "" };
    let part = r.cite.part.map(|p| p.to_string()).unwrap_or_default();
    let paragraph = r
        .cite
        .paragraph
        .map(|p| format!(".{p}"))
        .unwrap_or_default();
    format!(
        "{}..{}{capped}@{part}{paragraph}",
        measure_of(r.least),
        measure_of(r.most)
    )
}

fn new_of(decision: &Decision) -> String {
    let mut values = Vec::new();
    if let Some(t) = decision.figures.term() {
        values.push(format!("{}y{}m{}d", t.years, t.months, t.days));
    }
    if let Some(h) = decision.figures.hours() {
        values.push(format!("{h}h"));
    }
    if let Some(a) = decision.figures.amount() {
        values.push(format!("{a}mci"));
    }
    if values.is_empty() {
        "-".into()
    } else {
        values.join("+")
    }
}

/// The `credited` column: the custody credited.
fn credited_of(decision: &Decision) -> String {
    match decision.custody.map(|c| c.credited) {
        None => "-".into(),
        Some(None) => "none".into(),
        Some(Some(Credited::Days { days })) => format!("{days}d"),
        Some(Some(Credited::Hours { hours })) => format!("{hours}h"),
        Some(Some(Credited::Amount { amount })) => format!("{amount}mci"),
    }
}

/// An early release in the table's notation; "shall", "may" or "?" only where the row asks.
fn early_of(e: Option<&EarlyRelease>, expected: &str) -> String {
    let Some(e) = e else { return "-".into() };
    let mut out = match (e.eligible_on, e.unavailable) {
        (None, Some(reason)) => format!("none:{}", name(&reason)),
        _ => day(e.eligible_on),
    };
    // The other reading of the term: its day, or none before the release.
    if let Some(other) = e.other_reading {
        out = format!("{out}~{other}");
    } else if e.other_reading_after_release {
        out = format!("{out}~none:after_release");
    }
    if e.eligible_on.is_none() {
        return out;
    }
    if expected.contains(' ') {
        let shall = match e.shall {
            Some(true) => "shall",
            Some(false) => "may",
            None => "?",
        };
        out = format!("{out} {shall}");
    }
    out
}

fn record_of(record: Option<Record>) -> String {
    match record {
        None => "-".into(),
        Some(Record::NoConviction) => "no_conviction".into(),
        Some(Record::Expunged) => "expunged".into(),
        Some(Record::NoRecord) => "no_record".into(),
        Some(Record::Expires { years, on, .. }) => format!("expires:{years}:{}", day(on)),
        Some(Record::OnServing { on }) => format!("on_serving:{}", day(on)),
        Some(Record::EndOfProbation { on }) => format!("probation_end:{}", day(on)),
    }
}

fn effect_of(effect: OffenceEffect) -> String {
    match effect {
        OffenceEffect::NotCovered => "not_covered".into(),
        OffenceEffect::Excluded => "excluded".into(),
        OffenceEffect::Unknown => "unknown".into(),
        OffenceEffect::CaseClosed => "closed".into(),
        OffenceEffect::CutAtSentencing { cut } => format!("cut_at_sentencing:{}", fraction(cut)),
        OffenceEffect::ReleasedFromPunishment => "released".into(),
        OffenceEffect::ConvictionExpunged => "expunged".into(),
        OffenceEffect::MainPunishmentCut { cut } => format!("cut:{}", fraction(cut)),
        OffenceEffect::NothingToApply => "nothing".into(),
    }
}

/// A condition in the table's notation; offence conditions carry `oN.` in a case of several.
fn condition_of(condition: Condition, several: bool) -> String {
    let of = |offence: usize, text: &str| {
        if several {
            format!("o{}.{text}", offence + 1)
        } else {
            text.to_string()
        }
    };
    match condition {
        Condition::OneYearBase { base } => match base {
            OneYearBase::Reduced => "base:reduced".into(),
            OneYearBase::Imposed => "base:imposed".into(),
        },
        Condition::Part { offence, part } => of(offence, &format!("part:{part}")),
        Condition::Minor { offence, minor } => of(offence, if minor { "minor" } else { "adult" }),
        Condition::VictimAged14To18 { offence, yes } => {
            of(offence, if yes { "victim:14-17" } else { "victim:other" })
        }
        Condition::CodeCategory { offence, .. } => of(offence, "category:code"),
        Condition::AgeCounting { counting } => match counting {
            AgeCounting::OnBirthday => "age:on_birthday".into(),
            AgeCounting::DayAfterBirthday => "age:day_after".into(),
        },
        Condition::RecidivismAtSentencing => "recidivism_at_sentencing".into(),
        Condition::WholeAsGravest { .. } => "whole:gravest".into(),
        Condition::Institution { institution } => format!("institution:{}", name(&institution)),
        Condition::HalfDay { half_day } => format!("half_day:{}", name(&half_day)),
        Condition::OneYearBoundary { day } => format!("boundary:{}", name(&day)),
        Condition::LaterTerm { reading } => format!("later_term:{}", name(&reading)),
    }
}

fn readings_of(decision: &Decision, several: bool) -> BTreeSet<String> {
    decision
        .readings
        .iter()
        .map(|r| {
            let conditions = r
                .conditions
                .iter()
                .map(|c| condition_of(*c, several))
                .collect();
            let release = r.figures.release_on.map(|d| d.to_string());
            reading_key(conditions, &name(&r.outcome), release.as_deref())
        })
        .collect()
}

/// Each reading's own early releases: `CONDITIONS=PAROLE/REPLACEMENT/CANCEL`.
fn reading_dates_of(decision: &Decision, several: bool) -> BTreeSet<String> {
    decision
        .readings
        .iter()
        .map(|r| {
            let conditions: Vec<String> = r
                .conditions
                .iter()
                .map(|c| condition_of(*c, several))
                .collect();
            let dates = [
                &r.early.parole,
                &r.early.replacement,
                &r.early.probation_cancel,
            ]
            .map(|e| early_of(e.as_ref(), ""));
            let dates: Vec<&str> = dates.iter().map(String::as_str).collect();
            reading_dates_key(conditions.iter().map(String::as_str).collect(), &dates)
        })
        .collect()
}

/// The next steps in order, each with the articles of the procedure it cites:
/// `parole:477+476.5+478+480`.
fn next_steps_of(decision: &Decision) -> String {
    let article = |c: &amnesty_rules::vocab::Citation| {
        let a = c.article.map(|a| a.to_string()).unwrap_or_default();
        c.item.map_or(a.clone(), |i| format!("{a}.{i}"))
    };
    let steps: Vec<String> = decision
        .next_steps
        .iter()
        .map(|p| {
            let cites: Vec<String> = std::iter::once(article(&p.cite))
                .chain(p.also.iter().map(|a| article(&a.cite)))
                .collect();
            format!("{}:{}", name(&p.step), cites.join("+"))
        })
        .collect();
    if steps.is_empty() {
        "-".into()
    } else {
        steps.join(", ")
    }
}

/// Every provision the decision's steps and warnings cite.
fn provisions_of(decision: &Decision) -> BTreeSet<String> {
    decision
        .steps
        .iter()
        .map(|s| name(&s.provision))
        .chain(decision.warnings.iter().map(|w| name(&w.provision)))
        // Who decides each next step is said by the procedure code's provision.
        .chain(decision.next_steps.iter().map(|p| name(&p.provision)))
        .collect()
}

fn warnings_of(decision: &Decision) -> BTreeSet<String> {
    decision
        .warnings
        .iter()
        .filter_map(|w| serde_json::to_value(w).ok())
        .filter_map(|v| v.get("kind").and_then(|k| k.as_str()).map(str::to_string))
        .collect()
}

/// Every difference between what a row expects and what the engine decided.
fn mismatches(case: &LegalCase, decision: &Decision) -> Vec<String> {
    let expected = &case.expected;
    let mut problems = Vec::new();
    let mut compare = |what: &str, expected: &str, actual: String| {
        if expected != actual {
            problems.push(format!("{what}: expected {expected}, got {actual}"));
        }
    };
    compare("outcome", &expected.outcome, name(&decision.outcome));
    compare("new", &expected.new, new_of(decision));
    compare("new end", &expected.new_end, day(decision.figures.end));
    compare(
        "release",
        &expected.release,
        day(decision.figures.release_on),
    );
    compare(
        "record",
        &expected.record,
        record_of(decision.figures.record),
    );
    let effects: Vec<String> = decision.offences.iter().map(offence_of).collect();
    compare("effects", &expected.effects.join(", "), effects.join(", "));
    if let Some(after) = &case.expected_after() {
        compare("credited", &after.credited, credited_of(decision));
        compare(
            "parole",
            &after.parole,
            early_of(decision.parole.as_ref(), &after.parole),
        );
        let replacement = decision.replacement.as_ref();
        compare(
            "replacement",
            &after.replacement,
            early_of(replacement, &after.replacement),
        );
        let cancel = decision.probation_cancel.as_ref();
        compare("cancel", &after.cancel, early_of(cancel, &after.cancel));
        if let Some(expected) = &after.next_steps {
            compare("next steps", expected, next_steps_of(decision));
        }
        if let Some(expected) = &after.reading_dates {
            let actual = reading_dates_of(decision, case.several_offences());
            let joined =
                |set: &BTreeSet<String>| set.iter().cloned().collect::<Vec<_>>().join(", ");
            compare("reading dates", &joined(expected), joined(&actual));
        }
    }
    if let Some(aggregate) = &expected.aggregate {
        compare("aggregate", aggregate, aggregate_of(decision));
    }
    let readings = readings_of(decision, case.several_offences());
    if readings != expected.readings {
        problems.push(format!(
            "readings: expected {:?}, got {:?}",
            expected.readings, readings
        ));
    }
    let warnings = warnings_of(decision);
    for warning in &expected.warnings {
        if !warnings.contains(warning) {
            problems.push(format!("warning {warning} missing; got {warnings:?}"));
        }
    }
    // A covered result resting on a sentence beyond the law is never verified (docs/rules.md).
    let beyond_the_law = expected.warnings.iter().any(|w| w == "term_above_sanction");
    if beyond_the_law && decision.outcome.is_covered() && decision.status != Status::Open {
        problems.push(format!(
            "status: expected open for a sentence beyond the law, got {}",
            name(&decision.status)
        ));
    }
    let provisions = provisions_of(decision);
    if !provisions.contains(&case.provision) {
        problems.push(format!(
            "provision {} not in the steps or warnings; they cite {provisions:?}",
            case.provision
        ));
    }
    problems
}

/// Builds, reads back and decides a row's case file.
fn decide(case: &LegalCase) -> Result<(Vec<u8>, Decision), String> {
    let bytes = serde_json::to_vec_pretty(&case.file).map_err(|e| e.to_string())?;
    // Through the public format, exactly as the command-line tool reads it.
    let file = parse_case_file(&bytes).map_err(|e| format!("bad case file: {e:?}"))?;
    let decision =
        amnesty_rules::check_file(&file, case.as_of).map_err(|e| format!("invalid case: {e:?}"))?;
    Ok((bytes, decision))
}

fn out_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("../legal-cases")
}

#[test]
fn every_case_in_the_table_decides_as_expected() {
    let cases = cases();
    let out_dir = out_dir();
    std::fs::create_dir_all(&out_dir).expect("create target/legal-cases");
    let mut failures = Vec::new();
    for case in &cases {
        let label = format!("{} ({}, line {})", case.id, case.title, case.line);
        let (bytes, decision) = match decide(case) {
            Ok(decided) => decided,
            Err(e) => {
                failures.push(format!("{label}:\n    {e}"));
                continue;
            }
        };
        let problems = mismatches(case, &decision);
        if !problems.is_empty() {
            failures.push(format!("{label}:\n    {}", problems.join("\n    ")));
        }
        let written =
            std::fs::write(out_dir.join(format!("{}.json", case.id)), &bytes).and_then(|()| {
                let decided =
                    serde_json::to_vec_pretty(&decision).map_err(std::io::Error::other)?;
                std::fs::write(out_dir.join(format!("{}.decision.json", case.id)), decided)
            });
        if let Err(e) = written {
            failures.push(format!("{label}: cannot write its files: {e}"));
        }
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
fn the_table_has_enough_rows_with_unique_ids() {
    let cases = cases();
    assert!(cases.len() >= 150, "only {} cases", cases.len());
    let mut seen = BTreeSet::new();
    let duplicates: Vec<&str> = cases
        .iter()
        .filter(|c| !seen.insert(c.id.as_str()))
        .map(|c| c.id.as_str())
        .collect();
    assert!(duplicates.is_empty(), "duplicate ids: {duplicates:?}");
}

#[test]
fn every_entry_of_the_list_is_exercised() {
    let cases = cases();
    let pack = RulePack::embedded();
    assert_eq!(
        pack.list().len(),
        53,
        "the list of Law Art. 1 has 53 entries"
    );
    let missing: Vec<String> = pack
        .list()
        .iter()
        .filter(|entry| {
            let article = entry.article.to_string();
            !cases.iter().flat_map(|c| &c.offences).any(|o| {
                o.article == article
                    && match &entry.parts {
                        None => true,
                        Some(parts) => o.part.is_some_and(|p| parts.contains(&p)),
                    }
            })
        })
        .map(|entry| match &entry.parts {
            None => entry.article.to_string(),
            Some(parts) => format!("{} parts {:?}", entry.article, parts),
        })
        .collect();
    assert!(
        missing.is_empty(),
        "list entries no row exercises: {missing:?}"
    );
}

#[test]
fn every_provision_is_exercised() {
    let cases = cases();
    let mut cited: BTreeSet<String> = cases.iter().map(|c| c.provision.clone()).collect();
    let mut errors = Vec::new();
    for case in &cases {
        match decide(case) {
            Ok((_, decision)) => {
                cited.extend(decision.steps.iter().map(|s| name(&s.provision)));
                // Who decides each next step is said by the procedure code's provision.
                cited.extend(decision.next_steps.iter().map(|p| name(&p.provision)));
            }
            Err(e) => errors.push(format!("{}: {e}", case.id)),
        }
    }
    assert!(
        errors.is_empty(),
        "rows that do not decide:\n{}",
        errors.join("\n")
    );
    let all: BTreeSet<String> = ProvisionId::ALL.iter().map(name).collect();
    let unknown: Vec<&String> = cases
        .iter()
        .map(|c| &c.provision)
        .filter(|p| !all.contains(*p))
        .collect();
    assert!(unknown.is_empty(), "not ProvisionIds: {unknown:?}");
    let missing: Vec<&String> = all.iter().filter(|p| !cited.contains(*p)).collect();
    assert!(
        missing.is_empty(),
        "provisions no row names and no decision's steps cite: {missing:?}"
    );
}
