//! The rule pack against the legal brief's data: every part of every article on the law's list,
//! as the Criminal Code stood in January 2022 (`criminal-code-2022-01.json`, 135 rows), and the
//! law's list itself.
//!
//! `tests/data/criminal-code-2022-01.json` is the brief's file without its sanction quotes and
//! version notes (the project does not copy statute text). When the brief's own file is beside the
//! project (`../shared/law/`, as on the project's machine), a test checks that the copy is still
//! the brief's.

use amnesty_rules::code_category;
use amnesty_rules::pack::RulePack;
use amnesty_rules::vocab::ArticleNo;
use serde_json::Value;

const COPY: &str = include_str!("data/criminal-code-2022-01.json");
const FIELDS: [&str; 8] = [
    "article",
    "part",
    "intent",
    "max_imprisonment_years",
    "restriction_of_freedom",
    "category",
    "status",
    "source",
];

fn rows(text: &str) -> Vec<Value> {
    serde_json::from_str::<Value>(text)
        .expect("the brief's data is JSON")
        .as_array()
        .cloned()
        .expect("a list of rows")
}

/// Where the pack follows the Code's text rather than the brief's row: the sanctions of Art. 103
/// and Art. 104 part 2 read "restriction of freedom up to N years or imprisonment for the same
/// term" in the Kazakh text of January 2022 (`kaz/81097.md@701b665`); the brief's quote of each
/// begins after its first words ("…до трех лет либо лишением свободы на тот же срок"), and its row
/// says the sanction has no restriction of freedom. Neither category changes (both have
/// imprisonment).
const READ_IN_THE_CODE: [(&str, Option<u8>, &str); 2] = [
    ("103", None, "restriction_of_freedom"),
    ("104", Some(2), "restriction_of_freedom"),
];

fn article(v: &Value) -> ArticleNo {
    ArticleNo::parse(v.as_str().expect("article as text")).expect("an article number")
}

#[test]
fn every_row_of_the_brief_is_in_the_pack_as_the_brief_gives_it() {
    let pack = RulePack::embedded();
    let rows = rows(COPY);
    assert_eq!(rows.len(), 135);
    assert_eq!(
        pack.code.len(),
        rows.len(),
        "the pack has other rows than the brief"
    );
    let mut problems = Vec::new();
    for row in &rows {
        let a = article(&row["article"]);
        let part = row["part"].as_u64().map(|p| p as u8);
        let Some(code) = pack.code_part(a, part) else {
            problems.push(format!("{a} part {part:?}: not in the pack"));
            continue;
        };
        let corrected = |what: &str| {
            READ_IN_THE_CODE.contains(&(row["article"].as_str().unwrap_or(""), part, what))
        };
        let mut compare = |what: &str, pack_value: Value| {
            if (pack_value != row[what]) != corrected(what) {
                problems.push(format!(
                    "{a} part {part:?}: {what} is {pack_value} in the pack, {} in the brief \
                     (corrected from the Code's text: {})",
                    row[what],
                    corrected(what)
                ));
            }
        };
        compare("intent", serde_json::to_value(code.intent).unwrap());
        compare(
            "max_imprisonment_years",
            serde_json::to_value(code.max_imprisonment_years).unwrap(),
        );
        compare(
            "restriction_of_freedom",
            Value::Bool(code.restriction_of_freedom()),
        );
        compare("source", Value::String(code.source.to_string()));
        compare(
            "category",
            serde_json::to_value(code_category(a, part)).unwrap(),
        );
        if row["status"] != "verified" {
            problems.push(format!(
                "{a} part {part:?}: the brief marks it {}",
                row["status"]
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_list_names_exactly_the_articles_of_the_brief_with_their_parts() {
    let pack = RulePack::embedded();
    let list = pack.list();
    assert_eq!(list.len(), 53);
    for entry in list {
        let parts: Vec<Option<u8>> = pack.code_parts(entry.article).map(|c| c.part).collect();
        assert!(
            !parts.is_empty(),
            "{}: no sanction in the pack",
            entry.article
        );
        // Every listed part has its sanction; a whole article, every part it has.
        match &entry.parts {
            Some(listed) => {
                for p in listed.iter() {
                    assert!(
                        parts.contains(&Some(*p)),
                        "{} part {p}: no sanction",
                        entry.article
                    );
                }
            }
            None => {
                let expected = if entry.parts_in_code == 0 {
                    vec![None]
                } else {
                    (1..=entry.parts_in_code).map(Some).collect()
                };
                assert_eq!(parts, expected, "{}", entry.article);
            }
        }
    }
}

#[test]
fn the_copy_is_still_the_brief_where_the_brief_is_at_hand() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/law/criminal-code-2022-01.json"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        // A clone away from the project's machine has no brief beside it: the copy stands.
        eprintln!("note: {path} not found; the copy in tests/data was not compared with it");
        return;
    };
    let brief: Vec<Value> = rows(&text)
        .into_iter()
        .map(|r| {
            Value::Object(
                FIELDS
                    .iter()
                    .map(|f| (f.to_string(), r[*f].clone()))
                    .collect(),
            )
        })
        .collect();
    assert_eq!(
        brief,
        rows(COPY),
        "tests/data/criminal-code-2022-01.json differs from the brief"
    );
}

#[test]
fn every_sanction_has_its_main_punishments_as_the_code_writes_them() {
    let pack = RulePack::embedded();
    let general = &pack.provisions.cc_art40_punishments.value;
    for c in pack.code.iter() {
        let at = format!("{} part {:?}", c.article, c.part);
        let kinds = [
            c.max_imprisonment_years.map(u16::from),
            c.max_restriction_of_freedom_years.map(u16::from),
            c.max_arrest_days.map(u16::from),
            c.max_community_service_hours,
            c.max_correctional_works_mci,
            c.max_fine_mci,
        ];
        assert!(
            kinds.iter().any(Option::is_some),
            "{at}: no main punishment"
        );
        assert!(
            kinds.iter().flatten().all(|m| *m > 0),
            "{at}: a zero maximum"
        );
        // "A fine … or correctional works in the same amount", and "restriction of freedom … or
        // imprisonment for the same term": the Code pairs them.
        assert_eq!(c.max_fine_mci, c.max_correctional_works_mci, "{at}");
        if let Some(years) = c.max_restriction_of_freedom_years {
            assert_eq!(c.max_imprisonment_years, Some(years), "{at}");
        }
        // Within the General Part's ranges, where it sets one for every offence.
        let within = |max: Option<u16>, limit: &amnesty_rules::pack::Limit| {
            assert!(max.is_none_or(|m| m <= limit.max), "{at}: {max:?}");
        };
        within(c.max_arrest_days.map(u16::from), &general.arrest_days);
        within(
            c.max_community_service_hours,
            &general.community_service_hours,
        );
        within(
            c.max_correctional_works_mci,
            &general.correctional_works_mci,
        );
        within(
            c.max_imprisonment_years.map(u16::from),
            &general.imprisonment_years,
        );
    }
}
