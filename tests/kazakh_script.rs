//! Kazakh is written in Cyrillic with its own «і» (U+0456), but official texts copied from the
//! legal bank often carry the Latin "i" in its place (келтiру): it looks the same and breaks
//! search, sorting and screen readers. Every Kazakh text the calculator shows — the locale files'
//! `kk.json` and the Kazakh titles and part subjects in the rules' data — is checked for a word
//! that mixes Latin and Cyrillic letters.

use std::path::{Path, PathBuf};

use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `locales/kk.json` and every `locales/*/kk.json`.
fn kazakh_locale_files() -> Vec<PathBuf> {
    let locales = root().join("locales");
    let mut files = vec![locales.join("kk.json")];
    for entry in std::fs::read_dir(&locales).unwrap() {
        let file = entry.unwrap().path().join("kk.json");
        if file.is_file() {
            files.push(file);
        }
    }
    files.sort();
    files
}

/// Every text under `value`, with its path: `help.law_heading`, `provisions.art1_list.value[3].title.kk`.
fn texts(value: &Value, path: String, out: &mut Vec<(String, String)>) {
    match value {
        Value::String(text) => out.push((path, text.clone())),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                texts(item, format!("{path}[{i}]"), out);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                let path = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                texts(item, path, out);
            }
        }
        _ => {}
    }
}

fn is_cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{4ff}').contains(&c)
}

/// The words of `text` that hold a Latin letter and a Cyrillic one.
fn mixed_words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|word| {
            word.chars().any(is_cyrillic) && word.chars().any(|c| c.is_ascii_alphabetic())
        })
        .collect()
}

/// Every place that mixes the scripts, as "file path: words".
fn mixed_in(file: &Path, only: impl Fn(&str) -> bool) -> Vec<String> {
    let mut all = Vec::new();
    texts(&read(file), String::new(), &mut all);
    all.iter()
        .filter(|(path, _)| only(path))
        .filter_map(|(path, text)| {
            let words = mixed_words(text);
            (!words.is_empty()).then(|| format!("{} {path}: {words:?}", file.display()))
        })
        .collect()
}

#[test]
fn the_check_finds_a_latin_letter_inside_a_kazakh_word() {
    assert_eq!(mixed_words("Денсаулыққа зиян келтiру"), ["келтiру"]);
    assert_eq!(mixed_words("Іcтi"), ["Іcтi"]);
    // Latin words and abbreviations beside Kazakh ones are not mixed words.
    assert!(mixed_words("Adilet-тегі Excel кітабы, CSV-файл, ҚР ҚК 272-бабы").is_empty());
}

#[test]
fn every_kazakh_text_of_the_page_is_in_cyrillic_with_its_own_i() {
    let files = kazakh_locale_files();
    assert!(files.len() >= 6, "{files:?}");
    let mixed: Vec<String> = files.iter().flat_map(|f| mixed_in(f, |_| true)).collect();
    assert!(
        mixed.is_empty(),
        "Latin letters inside Kazakh words:\n{}",
        mixed.join("\n")
    );
}

#[test]
fn the_kazakh_titles_and_subjects_of_the_rules_data_are_in_cyrillic() {
    let kazakh = |path: &str| path.ends_with(".kk");
    let pack = root().join("rules/pack.json");
    let mut mixed = mixed_in(&pack, |path| kazakh(path) && path.contains("title"));
    mixed.extend(mixed_in(&root().join("rules/part-subjects.json"), kazakh));
    assert!(
        mixed.is_empty(),
        "Latin letters inside Kazakh words:\n{}",
        mixed.join("\n")
    );
    // The titles are there to be checked: one per entry of the law's list, at least.
    let mut all = Vec::new();
    texts(&read(&pack), String::new(), &mut all);
    let titles = all
        .iter()
        .filter(|(path, _)| kazakh(path) && path.contains("title"))
        .count();
    assert!(titles >= 53, "{titles} Kazakh titles");
}
