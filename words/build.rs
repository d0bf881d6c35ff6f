//! Reads `locales/{kk,ru,en}.json` and writes every text as Rust (`$OUT_DIR/texts.rs`): one
//! constant per key, and a table of the three languages' texts. A key missing in one language, or
//! a sentence whose `{placeholders}` differ between languages, fails the build with its name, so
//! the app, the command-line tool and the print cannot ship a gap.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde_json::Value;

const LANGS: [&str; 3] = ["kk", "ru", "en"];

/// The bundles of texts, in the order of `Bundle` in src/store.rs: what every page shows, the
/// help (fetched when it is opened) and the batch page's texts. A key's bundle is its area's.
const BUNDLES: [&str; 3] = ["page", "help", "batch"];

fn bundle_of(key: &str) -> usize {
    let group = key.split('.').next().unwrap_or_default();
    BUNDLES[1..]
        .iter()
        .position(|b| *b == group)
        .map_or(0, |i| i + 1)
}

fn flatten(prefix: &str, node: &Value, out: &mut BTreeMap<String, String>) {
    match node {
        Value::Object(map) => {
            for (key, value) in map {
                let path = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                flatten(&path, value, out);
            }
        }
        Value::String(text) => {
            out.insert(prefix.to_string(), text.clone());
        }
        other => panic!("locales: {prefix} is not a text: {other}"),
    }
}

fn placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(name, _)| name))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// A Rust identifier for a key segment.
fn ident(segment: &str) -> String {
    const KEYWORDS: [&str; 12] = [
        "as", "break", "const", "continue", "else", "enum", "fn", "for", "if", "in", "match",
        "type",
    ];
    if KEYWORDS.contains(&segment) {
        format!("r#{segment}")
    } else {
        segment.to_string()
    }
}

/// The titles of the law's list (`rules/pack.json`) as texts of each language, `titles.a269_1`,
/// in the page's bundle: the page carries the reader's language alone, where the rules built
/// into it (feature `titles` off) carry none. Returns each article's number, dash and key.
fn add_titles(tables: &mut [BTreeMap<String, String>]) -> Vec<(u16, u8, String)> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../rules/pack.json");
    println!("cargo:rerun-if-changed={}", path.display());
    let pack: Value = serde_json::from_str(&std::fs::read_to_string(&path).expect("pack.json"))
        .expect("rules/pack.json is JSON");
    let list = pack
        .pointer("/provisions/art1_list/value")
        .and_then(Value::as_array)
        .expect("rules/pack.json: provisions.art1_list.value");
    let mut titled = Vec::new();
    for entry in list {
        let article = entry["article"].as_str().expect("an article number");
        let (number, dash) = article.split_once('-').unwrap_or((article, "0"));
        let (number, dash): (u16, u8) =
            (number.parse().expect(article), dash.parse().expect(article));
        let key = format!("titles.a{}", article.replace('-', "_"));
        if titled.iter().any(|(_, _, k)| *k == key) {
            continue;
        }
        for (lang, table) in LANGS.iter().zip(tables.iter_mut()) {
            let title = entry["title"][lang].as_str().expect("a title");
            assert!(
                table.insert(key.clone(), title.to_string()).is_none(),
                "{key} twice"
            );
        }
        titled.push((number, dash, key));
    }
    titled
}

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    println!("cargo:rerun-if-changed={}", dir.display());
    // `locales/{lang}.json` (the decision's words, also the terminal's) and `locales/*/{lang}.json`
    // (the page's words, one folder per area), merged key by key.
    let mut files: Vec<std::path::PathBuf> = vec![dir.clone()];
    let mut areas: Vec<std::path::PathBuf> = std::fs::read_dir(&dir)
        .expect("locales/ is readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    areas.sort();
    files.extend(areas);
    let mut tables = Vec::new();
    for lang in LANGS {
        let mut flat = BTreeMap::new();
        for folder in &files {
            let path = folder.join(format!("{lang}.json"));
            println!("cargo:rerun-if-changed={}", path.display());
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let tree: Value = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{}: not JSON: {e}", path.display()));
            let mut part = BTreeMap::new();
            flatten("", &tree, &mut part);
            for (key, value) in part {
                if flat.insert(key.clone(), value).is_some() {
                    panic!("{}: {key} is also in another locale file", path.display());
                }
            }
        }
        tables.push(flat);
    }
    let titled = add_titles(&mut tables);
    // Keys in the order of their bundle, then by name. A key's bundle is its top-level group's,
    // so each group stays one module of constants and each bundle one range of keys.
    let mut keys: Vec<&String> = tables[2].keys().collect();
    keys.sort_by_key(|key| (bundle_of(key), key.as_str()));
    for (lang, table) in LANGS.iter().zip(&tables) {
        let missing: Vec<&&String> = keys.iter().filter(|k| !table.contains_key(**k)).collect();
        let extra: Vec<&String> = table
            .keys()
            .filter(|k| !tables[2].contains_key(*k))
            .collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "locales/{lang}.json: missing {missing:?}, not in en.json {extra:?}"
        );
    }
    for key in &keys {
        let english = placeholders(&tables[2][*key]);
        for (lang, table) in LANGS.iter().zip(&tables) {
            assert_eq!(
                placeholders(&table[*key]),
                english,
                "locales/{lang}.json: {key} has other {{placeholders}} than en.json"
            );
        }
    }

    // Keys as nested modules of constants: `keys::steps::period_inside`.
    let mut out = String::from("// GENERATED by build.rs from locales/*.json.\n");
    let mut open: Vec<&str> = Vec::new();
    for (index, key) in keys.iter().enumerate() {
        let segments: Vec<&str> = key.split('.').collect();
        let (modules, name) = segments.split_at(segments.len() - 1);
        let common = open.iter().zip(modules).take_while(|(a, b)| a == b).count();
        while open.len() > common {
            open.pop();
            out.push_str("}\n");
        }
        for module in &modules[common..] {
            let _ = writeln!(
                out,
                "#[allow(non_upper_case_globals, dead_code, unused_imports)] pub mod {} {{ use crate::Key;",
                ident(module)
            );
            open.push(module);
        }
        let _ = writeln!(out, "pub const {}: Key = Key({index});", ident(name[0]));
    }
    for _ in open {
        out.push_str("}\n");
    }
    let _ = writeln!(out, "\npub(crate) const COUNT: usize = {};", keys.len());
    // Each listed article's title key, by (number, dash).
    let _ = writeln!(
        out,
        "pub(crate) static TITLES: [(u16, u8, Key); {}] = [",
        titled.len()
    );
    for (number, dash, key) in &titled {
        let index = keys.iter().position(|k| *k == key).expect("a title's key");
        let _ = writeln!(out, "    ({number}, {dash}, Key({index})),");
    }
    out.push_str("];\n");
    // Where each bundle's keys begin; the last bundle ends at COUNT.
    let starts: Vec<usize> = (0..BUNDLES.len())
        .map(|b| {
            keys.iter()
                .position(|k| bundle_of(k) >= b)
                .unwrap_or(keys.len())
        })
        .collect();
    let _ = writeln!(
        out,
        "pub(crate) const BUNDLE_STARTS: [u16; {}] = {starts:?};",
        BUNDLES.len()
    );
    // What identifies this set of keys, so that a text file written for another set is refused.
    let mut fingerprint: u64 = 0xcbf2_9ce4_8422_2325;
    for key in &keys {
        for byte in key.bytes().chain(std::iter::once(0)) {
            fingerprint = (fingerprint ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    let _ = writeln!(out, "pub(crate) const FINGERPRINT: u64 = {fingerprint};");
    // Each language's texts as one string with the end of each text: a table of pointers would
    // take four times the bytes. Built in with the feature `embedded`; otherwise the program
    // loads the reader's language alone (see `store`).
    const EMBEDDED: &str = "#[cfg(feature = \"embedded\")]";
    // One string per language and bundle, with the end of each text within it.
    let _ = writeln!(
        out,
        "{EMBEDDED}\npub(crate) static TABLES: [[(&str, &[u16]); {}]; {}] = [",
        BUNDLES.len(),
        LANGS.len()
    );
    for (lang, table) in LANGS.iter().zip(&tables) {
        out.push_str("    [\n");
        for (b, bundle) in BUNDLES.iter().enumerate() {
            let mut joined = String::new();
            let mut ends = Vec::new();
            for key in keys.iter().filter(|k| bundle_of(k) == b) {
                joined.push_str(&table[*key]);
                ends.push(joined.len());
            }
            assert!(
                joined.len() <= usize::from(u16::MAX),
                "locales/{lang}: over 64 KB of text in the bundle {bundle}"
            );
            let _ = writeln!(out, "        ({joined:?}, &{ends:?}),");
        }
        out.push_str("    ],\n");
    }
    out.push_str("];\n");
    let _ = writeln!(out, "pub(crate) static NAMES: [&str; COUNT] = [");
    for key in &keys {
        let _ = writeln!(out, "    {key:?},");
    }
    out.push_str("];\n");
    let path = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("texts.rs");
    std::fs::write(path, out).expect("texts.rs is writable");
}
