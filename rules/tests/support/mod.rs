//! Reads the legal case table (`tests/legal_cases.md` at the root of the workspace) into case
//! files in the public format and the expected values of every column.
//!
//! Every problem in the table is reported with its line and the row's id; nothing here panics.
#![allow(dead_code)]

pub mod after;

use std::collections::BTreeSet;

pub use after::{AfterExpected, AFTER_COLUMNS, READING_COLUMNS};

use amnesty_rules::vocab::{Category, Context, ExclusionFact, Punishment};
use chrono::NaiveDate;
use serde_json::{json, Map, Value};

/// The columns of a case table, in order.
pub const COLUMNS: [&str; 16] = [
    "id",
    "provision",
    "as of",
    "stage",
    "birth",
    "recid",
    "offences",
    "sentence",
    "outcome",
    "new",
    "new end",
    "release",
    "record",
    "effects",
    "readings",
    "warnings",
];

/// The columns of a table whose offences have their own punishments: the range of the new
/// aggregate after the others.
pub const AGGREGATE_COLUMN: &str = "aggregate";

/// The kinds of `WarningDetail`, as serialized.
pub const WARNINGS: [&str; 23] = [
    "as_of_before_in_force",
    "served_but_term_runs",
    "serving_but_ended",
    "category_differs",
    "corruption_item_to_check",
    "victim_age_to_check",
    "adult_assumed_for_record",
    "arithmetic_rounded",
    "release_day_convention",
    "in_force_date_reported",
    "conditional_reported",
    "additional_extends_record",
    "readings_differ",
    "release_within_deadline",
    "institution_assumed",
    "served_assumed",
    "probation_months_needed",
    "other_cases_exclude",
    "continuing_offence",
    "adult_assumed_for_early_release",
    "one_year_on_conditional_unsourced",
    "term_above_sanction",
    "if_still_held",
];
/// Conditions of a reading that belong to one offence (prefixed `oN.` in a case of several).
const OFFENCE_CONDITIONS: [&str; 6] = [
    "minor",
    "adult",
    "victim:14-17",
    "victim:other",
    "category:code",
    "part:",
];
/// Conditions of a reading that belong to the whole case.
const CASE_CONDITIONS: [&str; 15] = [
    "base:imposed",
    "base:reduced",
    "age:on_birthday",
    "age:day_after",
    "recidivism_at_sentencing",
    "whole:gravest",
    "institution:minimum",
    "institution:medium",
    "institution:maximum",
    "half_day:up",
    "half_day:down",
    "boundary:day_left",
    "boundary:day_served",
    "later_term:not_applied",
    "later_term:applied",
];

/// One offence as the row names it (for the test that every list entry is exercised).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OffenceRef {
    /// As written: "188", "269-1".
    pub article: String,
    pub part: Option<u8>,
}

/// What a row expects, column by column, in the table's own notation (readings canonical).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expected {
    pub outcome: String,
    pub new: String,
    pub new_end: String,
    pub release: String,
    pub record: String,
    pub effects: Vec<String>,
    pub readings: BTreeSet<String>,
    pub warnings: Vec<String>,
    /// In a table about the time after the verdict: the credit and the early releases.
    pub after: Option<AfterExpected>,
    /// `LEAST..MOST[!]@PART[.PARAGRAPH]` or `-`, where the table has the column.
    pub aggregate: Option<String>,
}

/// One row of the table.
#[derive(Clone, Debug)]
pub struct LegalCase {
    /// Line in `tests/legal_cases.md` (1-based).
    pub line: usize,
    pub id: String,
    pub title: String,
    /// The section the row is in.
    pub section: String,
    pub provision: String,
    pub as_of: NaiveDate,
    /// The case file the row describes, in the public format.
    pub file: Value,
    pub offences: Vec<OffenceRef>,
    pub expected: Expected,
}

impl LegalCase {
    pub fn several_offences(&self) -> bool {
        self.offences.len() > 1
    }

    /// What a row of a table about the time after the verdict expects.
    pub fn expected_after(&self) -> Option<AfterExpected> {
        self.expected.after.clone()
    }
}

/// Reads every case table of the file: the rows, and every problem found, each naming its line
/// and row id.
pub fn parse_table(text: &str) -> (Vec<LegalCase>, Vec<String>) {
    let mut cases = Vec::new();
    let mut errors = Vec::new();
    let mut in_case_table = false;
    let mut columns: Vec<&str> = Vec::new();
    let mut section = String::new();
    for (index, raw) in text.lines().enumerate() {
        let line_no = index + 1;
        let line = raw.trim();
        if let Some(heading) = line.strip_prefix("## ") {
            section = heading.trim().to_string();
        }
        if !line.starts_with('|') {
            in_case_table = false;
            continue;
        }
        let cells = split_cells(line);
        if cells.first().is_some_and(|c| *c == "id") {
            let layouts = table_layouts();
            let same_length = layouts.iter().find(|l| l.len() == cells.len());
            in_case_table = same_length.is_some();
            if let Some(wanted) = same_length {
                columns = wanted.clone();
            }
            if in_case_table && cells != columns {
                errors.push(format!(
                    "line {line_no}: the header must be {columns:?}, found {cells:?}"
                ));
            }
            continue;
        }
        if !in_case_table
            || cells
                .iter()
                .all(|c| c.chars().all(|ch| ch == '-' || ch == ':'))
        {
            continue;
        }
        let id = cells
            .first()
            .and_then(|c| c.split_whitespace().next())
            .unwrap_or("?")
            .to_string();
        match parse_row(&cells, &section, &columns) {
            Ok(mut case) => {
                case.line = line_no;
                cases.push(case);
            }
            Err(e) => errors.push(format!("line {line_no}, {id}: {e}")),
        }
    }
    (cases, errors)
}

/// The four shapes a case table takes: the common columns, with the time after the verdict's
/// (and each reading's dates with the procedure's articles), or with the new aggregate's range.
fn table_layouts() -> [Vec<&'static str>; 4] {
    [
        COLUMNS.to_vec(),
        COLUMNS
            .iter()
            .chain(AFTER_COLUMNS.iter())
            .copied()
            .collect(),
        COLUMNS
            .iter()
            .chain(AFTER_COLUMNS.iter())
            .chain(READING_COLUMNS.iter())
            .copied()
            .collect(),
        COLUMNS
            .iter()
            .chain([AGGREGATE_COLUMN].iter())
            .copied()
            .collect(),
    ]
}

fn split_cells(line: &str) -> Vec<&str> {
    let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
    inner.split('|').map(str::trim).collect()
}

fn parse_row(cells: &[&str], section: &str, columns: &[&str]) -> Result<LegalCase, String> {
    if cells.len() != columns.len() {
        return Err(format!(
            "{} cells, expected {} ({})",
            cells.len(),
            columns.len(),
            columns.join(" | ")
        ));
    }
    let cell = |name: &str| -> &str {
        let i = columns.iter().position(|c| *c == name).unwrap_or(0);
        cells[i]
    };
    let (id, title) = cell("id")
        .split_once(' ')
        .map(|(i, t)| (i.trim(), t.trim()))
        .unwrap_or((cell("id"), ""));
    check_id(id)?;
    if title.is_empty() {
        return Err("the id needs a short title after it".into());
    }
    let provision = cell("provision").to_string();
    if provision.is_empty() || provision.contains(' ') {
        return Err(format!("provision `{provision}` is not a provision id"));
    }
    let as_of_text = cell("as of");
    let as_of = date(as_of_text).map_err(|e| format!("as of: {e}"))?;

    let mut file = Map::new();
    file.insert("as_of".into(), json!(as_of_text));
    let stage = cell("stage");
    one_of("stage", stage, &amnesty_rules::case::Stage::ALL)?;
    file.insert("stage".into(), json!(stage));
    let birth = cell("birth");
    if birth != "-" {
        date(birth).map_err(|e| format!("birth: {e}"))?;
        file.insert("birth_date".into(), json!(birth));
    }
    let recid = cell("recid");
    one_of("recid", recid, &amnesty_rules::case::Recidivism::ALL)?;
    file.insert("recidivism".into(), json!(recid));
    let mut offences = Vec::new();
    let mut offence_files = Vec::new();
    for (i, text) in cell("offences").split(" + ").enumerate() {
        let (value, reference) =
            offence(text.trim()).map_err(|e| format!("offence {}: {e}", i + 1))?;
        offence_files.push(value);
        offences.push(reference);
    }
    file.insert("offences".into(), Value::Array(offence_files));
    let sentence_text = cell("sentence");
    if sentence_text != "-" {
        file.insert(
            "sentence".into(),
            sentence(sentence_text).map_err(|e| format!("sentence: {e}"))?,
        );
    }

    let outcome = cell("outcome").to_string();
    if !outcome_names().contains(&outcome) {
        return Err(format!("outcome `{outcome}` is not an Outcome"));
    }
    let new = cell("new").to_string();
    check_measure_or_dash(&new).map_err(|e| format!("new: {e}"))?;
    let new_end = date_or_dash(cell("new end")).map_err(|e| format!("new end: {e}"))?;
    let release = date_or_dash(cell("release")).map_err(|e| format!("release: {e}"))?;
    let record = cell("record").to_string();
    check_record(&record).map_err(|e| format!("record: {e}"))?;
    let effects: Vec<String> = cell("effects")
        .split(',')
        .map(|s| s.trim().to_string())
        .collect();
    for effect in &effects {
        check_effect(effect).map_err(|e| format!("effects: {e}"))?;
    }
    if effects.len() != offences.len() {
        return Err(format!(
            "effects: {} given for {} offences",
            effects.len(),
            offences.len()
        ));
    }
    let mut readings = BTreeSet::new();
    for reading in list(cell("readings")) {
        let canonical = canonical_reading(&reading, offences.len())
            .map_err(|e| format!("reading `{reading}`: {e}"))?;
        if !readings.insert(canonical) {
            return Err(format!("reading `{reading}` given twice"));
        }
    }
    let after = if columns.contains(&AFTER_COLUMNS[0]) {
        if let Some(custody) =
            after::custody(cell("custody")).map_err(|e| format!("custody: {e}"))?
        {
            file.insert("custody".into(), custody);
        }
        after::institution(cell("institution"), &mut file)
            .map_err(|e| format!("institution: {e}"))?;
        if let Some(facts) = after::facts(cell("facts")).map_err(|e| format!("facts: {e}"))? {
            file.insert("parole_facts".into(), facts);
        }
        after::check_credited(cell("credited")).map_err(|e| format!("credited: {e}"))?;
        for column in ["parole", "replacement", "cancel"] {
            after::check_early(cell(column)).map_err(|e| format!("{column}: {e}"))?;
        }
        let (reading_dates, next_steps) = if columns.contains(&READING_COLUMNS[0]) {
            let dates = after::reading_dates(cell("reading dates"))
                .map_err(|e| format!("reading dates: {e}"))?;
            after::check_next_steps(cell("next steps")).map_err(|e| format!("next steps: {e}"))?;
            (Some(dates), Some(cell("next steps").to_string()))
        } else {
            (None, None)
        };
        Some(AfterExpected {
            credited: cell("credited").to_string(),
            parole: cell("parole").to_string(),
            replacement: cell("replacement").to_string(),
            cancel: cell("cancel").to_string(),
            reading_dates,
            next_steps,
        })
    } else {
        None
    };
    let aggregate = if columns.last() == Some(&AGGREGATE_COLUMN) {
        let text = cell(AGGREGATE_COLUMN);
        check_aggregate(text).map_err(|e| format!("aggregate: {e}"))?;
        Some(text.to_string())
    } else {
        None
    };
    let warnings = list(cell("warnings"));
    for warning in &warnings {
        if !WARNINGS.contains(&warning.as_str()) {
            return Err(format!("warning `{warning}` is not a WarningDetail kind"));
        }
    }
    Ok(LegalCase {
        line: 0,
        id: id.to_string(),
        title: title.to_string(),
        section: section.to_string(),
        provision,
        as_of,
        file: Value::Object(file),
        offences,
        expected: Expected {
            outcome,
            new,
            new_end,
            release,
            record,
            effects,
            readings,
            warnings,
            after,
            aggregate,
        },
    })
}

/// `-`, or `LEAST..MOST@PART` with `!` after MOST where the limit cut it and `.PARAGRAPH`
/// after PART where one is cited.
fn check_aggregate(text: &str) -> Result<(), String> {
    if text == "-" {
        return Ok(());
    }
    let bad = || format!("`{text}` is not LEAST..MOST[!]@PART[.PARAGRAPH]");
    let (range, cite) = text.split_once('@').ok_or_else(bad)?;
    let (least, most) = range.split_once("..").ok_or_else(bad)?;
    measure(least)?;
    measure(most.strip_suffix('!').unwrap_or(most))?;
    match cite.split_once('.') {
        Some((part, paragraph)) => {
            number::<u8>(part, "part")?;
            number::<u8>(paragraph, "paragraph")?;
        }
        None => {
            number::<u8>(cite, "part")?;
        }
    }
    Ok(())
}

/// `PUNISHMENT:MEASURE`, an offence's own punishment.
fn own_sentence(text: &str) -> Result<Value, String> {
    let (punishment, amount) = text
        .split_once(':')
        .ok_or_else(|| format!("`{text}` is not PUNISHMENT:MEASURE"))?;
    let mut own = sentence(&format!("{punishment} {amount}"))?;
    if let Value::Object(map) = &mut own {
        if map.len() < 2 {
            return Err(format!("`{text}` has no measure"));
        }
    }
    Ok(own)
}

/// `AB-01`: two capital letters, a dash, two digits or more.
fn check_id(id: &str) -> Result<(), String> {
    let ok = id.split_once('-').is_some_and(|(letters, digits)| {
        letters.len() == 2
            && letters.bytes().all(|b| b.is_ascii_uppercase())
            && digits.len() >= 2
            && digits.bytes().all(|b| b.is_ascii_digit())
    });
    if ok {
        Ok(())
    } else {
        Err(format!("id `{id}` is not of the form AB-NN"))
    }
}

pub fn date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| format!("`{text}` is not a date"))
}

fn date_or_dash(text: &str) -> Result<String, String> {
    if text != "-" {
        date(text)?;
    }
    Ok(text.to_string())
}

fn list(cell: &str) -> Vec<String> {
    if cell.trim() == "-" {
        return Vec::new();
    }
    cell.split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

fn number<T: std::str::FromStr>(text: &str, what: &str) -> Result<T, String> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("`{text}` is not a number ({what})"));
    }
    text.parse::<T>()
        .map_err(|_| format!("`{text}` is out of range ({what})"))
}

/// `NyNmNd`.
fn term(text: &str) -> Result<(u32, u32, u32), String> {
    let bad = || format!("`{text}` is not a term NyNmNd");
    let (years, rest) = text.split_once('y').ok_or_else(bad)?;
    let (months, rest) = rest.split_once('m').ok_or_else(bad)?;
    let days = rest.strip_suffix('d').ok_or_else(bad)?;
    Ok((
        number(years, "years")?,
        number(months, "months")?,
        number(days, "days")?,
    ))
}

/// A measure: `NyNmNd`, `Nh` or `Nmci`.
enum MeasureText {
    Term(u32, u32, u32),
    Hours(u32),
    Amount(u32),
}

fn measure(text: &str) -> Result<MeasureText, String> {
    if let Some(amount) = text.strip_suffix("mci") {
        return Ok(MeasureText::Amount(number(amount, "amount")?));
    }
    if let Some(hours) = text.strip_suffix('h') {
        return Ok(MeasureText::Hours(number(hours, "hours")?));
    }
    let (y, m, d) = term(text)?;
    Ok(MeasureText::Term(y, m, d))
}

fn looks_like_measure(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_digit())
}

fn check_measure_or_dash(text: &str) -> Result<(), String> {
    if text == "-" {
        return Ok(());
    }
    measure(text).map(|_| ())
}

/// `ARTICLE[.PART] DATE CONTEXT [CATEGORY] [victim=N] [!FACT…] [own=PUNISHMENT:MEASURE]`.
fn offence(text: &str) -> Result<(Value, OffenceRef), String> {
    let mut words = text.split_whitespace();
    let article_part = words.next().ok_or("empty offence")?;
    let (article, part) = match article_part.split_once('.') {
        Some((a, p)) => (a, Some(number::<u8>(p, "part")?)),
        None => (article_part, None),
    };
    let dash_ok = match article.split_once('-') {
        Some((n, d)) => {
            number::<u16>(n, "article")?;
            number::<u8>(d, "article dash number")?;
            true
        }
        None => {
            number::<u16>(article, "article")?;
            false
        }
    };
    let mut offence = Map::new();
    if dash_ok {
        offence.insert("article".into(), json!(article));
    } else {
        offence.insert("article".into(), json!(number::<u16>(article, "article")?));
    }
    if let Some(part) = part {
        offence.insert("part".into(), json!(part));
    }
    let committed_on = words.next().ok_or("no date")?;
    date(committed_on)?;
    offence.insert("committed_on".into(), json!(committed_on));
    let context = words.next().ok_or("no context")?;
    one_of("context", context, &Context::ALL)?;
    offence.insert("context".into(), json!(context));
    let mut exclusions = Vec::new();
    for word in words {
        if let Some(fact) = word.strip_prefix('!') {
            one_of("fact", fact, &ExclusionFact::ALL)?;
            exclusions.push(json!(fact));
        } else if let Some(own) = word.strip_prefix("own=") {
            offence.insert("sentence".into(), own_sentence(own)?);
        } else if let Some(age) = word.strip_prefix("victim=") {
            offence.insert("victim_age".into(), json!(number::<u8>(age, "victim age")?));
        } else if one_of("category", word, &Category::ALL).is_ok() {
            if offence.contains_key("category") {
                return Err("two categories".into());
            }
            offence.insert("category".into(), json!(word));
        } else {
            return Err(format!("unknown word `{word}`"));
        }
    }
    if !exclusions.is_empty() {
        offence.insert("exclusions".into(), Value::Array(exclusions));
    }
    Ok((
        Value::Object(offence),
        OffenceRef {
            article: article.to_string(),
            part,
        },
    ))
}

/// `PUNISHMENT [MEASURE] [from DATE] [conditional]`.
fn sentence(text: &str) -> Result<Value, String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let punishment = *words.first().ok_or("empty sentence")?;
    one_of("punishment", punishment, &Punishment::ALL)?;
    let mut sentence = Map::new();
    sentence.insert("punishment".into(), json!(punishment));
    let mut rest = &words[1..];
    if let Some(first) = rest.first().filter(|w| looks_like_measure(w)) {
        match measure(first)? {
            MeasureText::Term(y, m, d) => {
                for (key, value) in [("years", y), ("months", m), ("days", d)] {
                    if value > 0 {
                        sentence.insert(key.into(), json!(value));
                    }
                }
            }
            MeasureText::Hours(h) => {
                sentence.insert("hours".into(), json!(h));
            }
            MeasureText::Amount(a) => {
                sentence.insert("amount".into(), json!(a));
            }
        }
        rest = &rest[1..];
    }
    if rest.first() == Some(&"from") {
        let start = rest.get(1).ok_or("`from` without a date")?;
        date(start)?;
        sentence.insert("start".into(), json!(start));
        rest = &rest[2..];
    }
    if rest.first() == Some(&"conditional") {
        sentence.insert("conditional".into(), json!(true));
        rest = &rest[1..];
    }
    if let Some(months) = rest.first().and_then(|w| w.strip_prefix("probation=")) {
        sentence.insert(
            "probation_months".into(),
            json!(number::<u32>(months, "probation months")?),
        );
        rest = &rest[1..];
    }
    if !rest.is_empty() {
        return Err(format!("unexpected `{}`", rest.join(" ")));
    }
    Ok(Value::Object(sentence))
}

/// `-`, `no_conviction`, `expunged`, `no_record`, `expires:YEARS:DATE|-`, `on_serving:DATE|-`.
fn check_record(text: &str) -> Result<(), String> {
    if matches!(text, "-" | "no_conviction" | "expunged" | "no_record") {
        return Ok(());
    }
    if let Some(rest) = text.strip_prefix("expires:") {
        let (years, day) = rest
            .split_once(':')
            .ok_or_else(|| format!("`{text}` is not expires:YEARS:DATE"))?;
        number::<u8>(years, "record years")?;
        return date_or_dash(day).map(|_| ());
    }
    if let Some(day) = text
        .strip_prefix("on_serving:")
        .or_else(|| text.strip_prefix("probation_end:"))
    {
        return date_or_dash(day).map(|_| ());
    }
    Err(format!("`{text}` is not a record"))
}

fn check_effect(text: &str) -> Result<(), String> {
    // `EFFECT>NEW`: the offence's own punishment as the amnesty leaves it (`-`: nothing).
    let text = match text.split_once('>') {
        Some((effect, new)) => {
            check_measure_or_dash(new)?;
            effect
        }
        None => text,
    };
    let plain = [
        "not_covered",
        "excluded",
        "unknown",
        "closed",
        "released",
        "expunged",
        "nothing",
    ];
    let cuts = [
        "cut_at_sentencing:3/4",
        "cut_at_sentencing:1/2",
        "cut:3/4",
        "cut:1/2",
    ];
    if plain.contains(&text) || cuts.contains(&text) {
        Ok(())
    } else {
        Err(format!("`{text}` is not an effect"))
    }
}

/// A reading with its conditions checked and sorted: `o2.part:3&minor=excluded@2022-11-03`.
fn canonical_reading(text: &str, offences: usize) -> Result<String, String> {
    let (conditions, result) = text.split_once('=').ok_or("not CONDITION=OUTCOME[@DAY]")?;
    let (outcome, release) = match result.split_once('@') {
        Some((o, d)) => {
            date(d)?;
            (o, Some(d))
        }
        None => (result, None),
    };
    if !outcome_names().iter().any(|n| n == outcome) {
        return Err(format!("`{outcome}` is not an Outcome"));
    }
    let mut conds = Vec::new();
    for condition in conditions.split('&') {
        check_condition(condition, offences)?;
        conds.push(condition.to_string());
    }
    Ok(reading_key(conds, outcome, release))
}

fn check_condition(condition: &str, offences: usize) -> Result<(), String> {
    if CASE_CONDITIONS.contains(&condition) {
        return Ok(());
    }
    let plain = match condition.strip_prefix('o') {
        Some(rest) if rest.starts_with(|c: char| c.is_ascii_digit()) => {
            let (n, plain) = rest
                .split_once('.')
                .ok_or_else(|| format!("`{condition}`: oN. then a condition"))?;
            let n: usize = number(n, "offence number")?;
            if offences < 2 {
                return Err(format!(
                    "`{condition}`: no oN. prefix with a single offence"
                ));
            }
            if n == 0 || n > offences {
                return Err(format!("`{condition}`: no offence {n}"));
            }
            plain
        }
        _ => {
            if offences > 1 {
                return Err(format!(
                    "`{condition}` needs an oN. prefix: the case has several offences"
                ));
            }
            condition
        }
    };
    let known = OFFENCE_CONDITIONS.iter().any(|c| {
        if let Some(prefix) = c.strip_suffix(':') {
            plain
                .strip_prefix(prefix)
                .and_then(|r| r.strip_prefix(':'))
                .is_some_and(|n| number::<u8>(n, "part").is_ok())
        } else {
            plain == *c
        }
    });
    if known {
        Ok(())
    } else {
        Err(format!("`{condition}` is not a condition"))
    }
}

/// Every Outcome's name, as serialized (`release_from_liability`).
pub fn outcome_names() -> Vec<String> {
    serialized_names(&amnesty_rules::Outcome::ALL)
}

/// The name of each value, as the case file and the decision write it.
fn serialized_names<T: serde::Serialize>(all: &[T]) -> Vec<String> {
    all.iter()
        .filter_map(|o| serde_json::to_value(o).ok())
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect()
}

/// Nothing where `word` is the name of one of `all`; otherwise what the `column` may say.
fn one_of<T: serde::Serialize>(column: &str, word: &str, all: &[T]) -> Result<(), String> {
    let names = serialized_names(all);
    if names.iter().any(|n| n == word) {
        Ok(())
    } else {
        Err(format!("{column} `{word}` is not one of {names:?}"))
    }
}

/// The canonical text of a reading: conditions sorted and joined by `&`.
pub fn reading_key(mut conditions: Vec<String>, outcome: &str, release: Option<&str>) -> String {
    conditions.sort();
    let release = release.map(|d| format!("@{d}")).unwrap_or_default();
    format!("{}={outcome}{release}", conditions.join("&"))
}
