//! Reads `pack.json` into the pack's own types and writes it out as Rust (`$OUT_DIR/pack_data.rs`),
//! which `src/pack/mod.rs` includes: a pack that does not fit the types fails the build with the
//! reader's message, and the browser carries no JSON reader for it.

#[path = "src/vocab.rs"]
#[allow(dead_code)]
mod vocab;

#[allow(dead_code)]
#[path = "src/pack"]
mod pack {
    #[macro_use]
    mod registry;
    pub mod codegen;
    pub mod types;
}

#[path = "src/code_index/codegen.rs"]
mod code_index_codegen;

fn main() {
    for path in [
        "pack.json",
        "src/vocab.rs",
        "src/pack/registry.rs",
        "src/pack/types.rs",
        "src/pack/codegen.rs",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    let json = std::fs::read_to_string("pack.json").expect("rules/pack.json is readable");
    let mut json: serde_json::Value =
        serde_json::from_str(&json).unwrap_or_else(|e| panic!("rules/pack.json is not JSON: {e}"));
    if std::env::var_os("CARGO_FEATURE_PROVENANCE").is_none() {
        without_sources(&mut json);
    }
    if std::env::var_os("CARGO_FEATURE_TITLES").is_none() {
        without_titles(&mut json);
    }
    let pack: pack::types::RulePack = serde_json::from_value(json)
        .unwrap_or_else(|e| panic!("rules/pack.json does not fit the pack's types: {e}"));
    let out =
        std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("pack_data.rs");
    std::fs::write(out, pack::codegen::pack_source(&pack)).expect("pack_data.rs is writable");
    code_index_codegen::write(std::path::Path::new(
        &std::env::var("OUT_DIR").expect("OUT_DIR"),
    ));
}

/// The pack with every `source` and `date_source` empty (feature `provenance` off).
fn without_sources(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(fields) => {
            for (name, field) in fields.iter_mut() {
                if matches!(name.as_str(), "source" | "date_source") && field.is_string() {
                    *field = serde_json::Value::String(String::new());
                } else {
                    without_sources(field);
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(without_sources),
        _ => {}
    }
}

/// The pack with the titles of the law's list empty (feature `titles` off): a page takes them
/// from its words, in the reader's language only.
fn without_titles(json: &mut serde_json::Value) {
    let list = json
        .pointer_mut("/provisions/art1_list/value")
        .and_then(|v| v.as_array_mut());
    for entry in list.into_iter().flatten() {
        if let Some(title) = entry.get_mut("title").and_then(|t| t.as_object_mut()) {
            title
                .values_mut()
                .for_each(|text| *text = serde_json::Value::String(String::new()));
        }
    }
}
