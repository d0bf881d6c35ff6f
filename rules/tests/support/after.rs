//! The extra columns of the tables about the time after the verdict: the custody, the institution,
//! the facts parole depends on (into the case file), and the custody credited and the earliest
//! parole, replacement and cancelling of a conditional sentence (expected).

use std::collections::BTreeSet;

use serde_json::{json, Map, Value};

use super::date;

/// The columns a table about the time after the verdict adds after the usual ones.
pub const AFTER_COLUMNS: [&str; 7] = [
    "custody",
    "institution",
    "facts",
    "credited",
    "parole",
    "replacement",
    "cancel",
];

/// The columns a table about each reading's own dates and the procedure adds after those.
pub const READING_COLUMNS: [&str; 2] = ["reading dates", "next steps"];

/// What such a row expects, in the table's notation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AfterExpected {
    pub credited: String,
    pub parole: String,
    pub replacement: String,
    pub cancel: String,
    /// In a table with `READING_COLUMNS`: each reading's early releases, and the next steps
    /// with the articles of the procedure each cites.
    pub reading_dates: Option<BTreeSet<String>>,
    pub next_steps: Option<String>,
}

/// `-`, or `CONDITION[&CONDITION…]=PAROLE/REPLACEMENT/CANCEL` comma-separated, each date in the
/// notation of the early release columns (without shall or may): every reading, its conditions
/// sorted.
pub fn reading_dates(cell: &str) -> Result<BTreeSet<String>, String> {
    let mut out = BTreeSet::new();
    for entry in cell.split(',').map(str::trim).filter(|e| *e != "-") {
        let (conditions, dates) = entry
            .split_once('=')
            .ok_or_else(|| format!("`{entry}` is not CONDITIONS=PAROLE/REPLACEMENT/CANCEL"))?;
        let dates: Vec<&str> = dates.split('/').collect();
        if dates.len() != 3 || dates.iter().any(|d| d.contains(' ')) {
            return Err(format!("`{entry}`: three dates, PAROLE/REPLACEMENT/CANCEL"));
        }
        for d in &dates {
            check_early(d)?;
        }
        out.insert(reading_dates_key(conditions.split('&').collect(), &dates));
    }
    Ok(out)
}

/// A reading's dates in the table's notation, its conditions sorted.
pub fn reading_dates_key(mut conditions: Vec<&str>, dates: &[&str]) -> String {
    conditions.sort_unstable();
    format!("{}={}", conditions.join("&"), dates.join("/"))
}

/// `-`, or `STEP:ARTICLE[.ITEM][+ARTICLE[.ITEM]…]` comma-separated, in order.
pub fn check_next_steps(cell: &str) -> Result<(), String> {
    const STEPS: [&str; 5] = [
        "amnesty_application",
        "parole",
        "replacement",
        "custody_credit",
        "probation_cancel",
    ];
    for entry in cell.split(',').map(str::trim).filter(|e| *e != "-") {
        let (step, cites) = entry
            .split_once(':')
            .ok_or_else(|| format!("`{entry}` is not STEP:ARTICLES"))?;
        if !STEPS.contains(&step) {
            return Err(format!("`{step}` is not one of {STEPS:?}"));
        }
        for cite in cites.split('+') {
            let (article, item) = cite.split_once('.').unwrap_or((cite, "0"));
            if article.parse::<u16>().is_err() || item.parse::<u8>().is_err() {
                return Err(format!("`{cite}` is not ARTICLE[.ITEM]"));
            }
        }
    }
    Ok(())
}

const INSTITUTIONS: [&str; 3] = ["minimum", "medium", "maximum"];
const FACTS: [(&str, &str); 5] = [
    ("special", "special_group"),
    ("plea", "plea_agreement"),
    ("life", "attempt_on_life"),
    ("damage", "damage_repaid"),
    ("malicious", "malicious_violations"),
];
const UNAVAILABLE: [&str; 10] = [
    "aggregate_needed",
    "not_this_punishment",
    "excluded_group",
    "corruption",
    "especially_grave",
    "amnesty_frees",
    "after_release",
    "category_unknown",
    "dates_unknown",
    "probation_needed",
];

/// `det FROM..TO; house FROM..TO` or `-`: the periods held.
pub fn custody(cell: &str) -> Result<Option<Value>, String> {
    if cell == "-" {
        return Ok(None);
    }
    let mut periods = Vec::new();
    for period in cell.split(';') {
        let (kind, span) = period
            .trim()
            .split_once(' ')
            .ok_or_else(|| format!("`{period}` is not `det|house FROM..TO`"))?;
        let kind = match kind {
            "det" => "detention",
            "house" => "house_arrest",
            other => return Err(format!("`{other}` is not det or house")),
        };
        let (from, to) = span
            .trim()
            .split_once("..")
            .ok_or_else(|| format!("`{span}` is not FROM..TO"))?;
        date(from)?;
        date(to)?;
        periods.push(json!({ "from": from, "to": to, "kind": kind }));
    }
    Ok(Some(Value::Array(periods)))
}

/// The institution, put into the sentence.
pub fn institution(cell: &str, file: &mut Map<String, Value>) -> Result<(), String> {
    if cell == "-" {
        return Ok(());
    }
    if !INSTITUTIONS.contains(&cell) {
        return Err(format!(
            "institution `{cell}` is not one of {INSTITUTIONS:?}"
        ));
    }
    match file.get_mut("sentence") {
        Some(Value::Object(sentence)) => {
            sentence.insert("institution".into(), json!(cell));
            Ok(())
        }
        _ => Err("an institution needs a sentence".into()),
    }
}

/// `damage=yes malicious=no …` or `-`: the parole facts.
pub fn facts(cell: &str) -> Result<Option<Value>, String> {
    if cell == "-" {
        return Ok(None);
    }
    let mut out = Map::new();
    for word in cell.split_whitespace() {
        let (short, answer) = word
            .split_once('=')
            .ok_or_else(|| format!("`{word}` is not FACT=yes|no"))?;
        let field = FACTS
            .iter()
            .find(|(s, _)| *s == short)
            .map(|(_, f)| *f)
            .ok_or_else(|| format!("fact `{short}` is not one of {FACTS:?}"))?;
        let yes = match answer {
            "yes" => true,
            "no" => false,
            other => return Err(format!("`{other}` is not yes or no")),
        };
        out.insert(field.into(), json!(yes));
    }
    Ok(Some(Value::Object(out)))
}

/// `-`, `none`, `Nd`, `Nh`, `Nmci`.
pub fn check_credited(cell: &str) -> Result<(), String> {
    let number = cell
        .strip_suffix("mci")
        .or_else(|| cell.strip_suffix('d'))
        .or_else(|| cell.strip_suffix('h'));
    match (cell, number) {
        ("-" | "none", _) => Ok(()),
        (_, Some(n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => Ok(()),
        _ => Err(format!("`{cell}` is not -, none, Nd, Nh or Nmci")),
    }
}

/// `-`, `DATE[~OTHER] [shall|may|?]`, `none:REASON[~DATE]`; the other reading's day, `OTHER`,
/// is a date or `none:after_release`.
pub fn check_early(cell: &str) -> Result<(), String> {
    if cell == "-" {
        return Ok(());
    }
    let (first, other) = cell.split_once('~').unwrap_or((cell, ""));
    if let Some(reason) = first.strip_prefix("none:") {
        return if !UNAVAILABLE.contains(&reason) {
            Err(format!("`{reason}` is not one of {UNAVAILABLE:?}"))
        } else if other.is_empty() {
            Ok(())
        } else {
            date(other).map(|_| ())
        };
    }
    let (other, shall) = other.split_once(' ').unwrap_or((other, ""));
    let (first, shall) = match first.split_once(' ') {
        Some((first, shall)) => (first, shall),
        None => (first, shall),
    };
    if !matches!(shall, "" | "shall" | "may" | "?") {
        return Err(format!("`{shall}` is not shall, may or ?"));
    }
    date(first)?;
    if !other.is_empty() && other != "none:after_release" {
        date(other)?;
    }
    Ok(())
}
