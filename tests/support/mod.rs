//! Reads the legal case table (`tests/legal_cases.md`) into case files and expectations.
#![allow(dead_code)]

use chrono::NaiveDate;
use serde_json::{json, Map, Value};

pub const TABLE: &str = include_str!("../legal_cases.md");

/// One row of the table.
pub struct LegalCase {
    pub id: String,
    pub title: String,
    pub provision: String,
    pub as_of: String,
    /// The case file the row describes, in the public format.
    pub file: Value,
    pub outcome: String,
    pub new_term: String,
    pub new_end: String,
    pub release: String,
    pub readings: Vec<String>,
    pub warnings: Vec<String>,
}

pub fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_else(|_| panic!("bad date {text}"))
}

const CATEGORIES: [&str; 5] = [
    "misdemeanour",
    "small",
    "medium",
    "grave",
    "especially_grave",
];
const CONTEXTS: [&str; 3] = ["riots", "suppression", "other"];

/// `106.1 2022-01-05 riots grave !torture`
fn offence(text: &str) -> Value {
    let mut words = text.split_whitespace();
    let article_part = words.next().expect("article");
    let (article, part) = match article_part.split_once('.') {
        Some((a, p)) => (
            a.parse::<u16>().expect("article"),
            Some(p.parse::<u8>().expect("part")),
        ),
        None => (article_part.parse::<u16>().expect("article"), None),
    };
    let committed_on = words.next().expect("date");
    let mut offence = Map::new();
    offence.insert("article".into(), json!(article));
    if let Some(part) = part {
        offence.insert("part".into(), json!(part));
    }
    offence.insert("committed_on".into(), json!(committed_on));
    let mut exclusions = Vec::new();
    for word in words {
        if let Some(fact) = word.strip_prefix('!') {
            exclusions.push(json!(fact));
        } else if CONTEXTS.contains(&word) {
            offence.insert("context".into(), json!(word));
        } else if CATEGORIES.contains(&word) {
            offence.insert("category".into(), json!(word));
        } else {
            panic!("unknown word {word} in offence {text}");
        }
    }
    offence.insert("exclusions".into(), Value::Array(exclusions));
    Value::Object(offence)
}

/// `imprisonment 8y6m0d from 2022-01-06 [conditional]`
fn sentence(text: &str) -> Value {
    let words: Vec<&str> = text.split_whitespace().collect();
    assert!(
        words.len() >= 4 && words[2] == "from",
        "bad sentence {text}"
    );
    let term = words[1];
    let (years, rest) = term.split_once('y').expect("years");
    let (months, rest) = rest.split_once('m').expect("months");
    let days = rest.strip_suffix('d').expect("days");
    json!({
        "punishment": words[0],
        "years": years.parse::<u32>().unwrap(),
        "months": months.parse::<u32>().unwrap(),
        "days": days.parse::<u32>().unwrap(),
        "start": words[3],
        "conditional": words.get(4) == Some(&"conditional"),
    })
}

fn list(cell: &str) -> Vec<String> {
    if cell == "-" {
        return Vec::new();
    }
    cell.split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

pub fn legal_cases() -> Vec<LegalCase> {
    TABLE
        .lines()
        .filter(|line| line.starts_with('|'))
        .map(|line| {
            line.trim()
                .trim_matches('|')
                .split('|')
                .map(str::trim)
                .collect::<Vec<_>>()
        })
        .filter(|cells| cells.len() == 14 && cells[0] != "id" && !cells[0].starts_with("---"))
        .map(|c| {
            let (id, title) = c[0].split_once(' ').unwrap_or((c[0], ""));
            let mut file = Map::new();
            file.insert("as_of".into(), json!(c[2]));
            file.insert("stage".into(), json!(c[3]));
            if c[4] != "-" {
                file.insert("birth_date".into(), json!(c[4]));
            }
            file.insert("recidivism".into(), json!(c[5]));
            file.insert(
                "offences".into(),
                Value::Array(c[6].split(" + ").map(offence).collect()),
            );
            if c[7] != "-" {
                file.insert("sentence".into(), sentence(c[7]));
            }
            LegalCase {
                id: id.to_string(),
                title: title.to_string(),
                provision: c[1].to_string(),
                as_of: c[2].to_string(),
                file: Value::Object(file),
                outcome: c[8].to_string(),
                new_term: c[9].to_string(),
                new_end: c[10].to_string(),
                release: c[11].to_string(),
                readings: list(c[12]),
                warnings: list(c[13]),
            }
        })
        .collect()
}
