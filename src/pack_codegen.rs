//! Writes a rule pack as Rust (`src/pack_data.rs`), so the build carries the pack as static data
//! instead of a JSON text and a JSON reader for it (about 15 KB less for the browser to fetch).
//!
//! `rules/pack.json` stays the one place where legal parameters are edited. After editing it, run
//! `cargo run --bin amnesty-dist -- pack-data` (the release build does this too); a test fails
//! while `src/pack_data.rs` differs from what this module writes from the JSON.
//!
//! After a change to the pack's Rust types (a new field, say), the old `src/pack_data.rs` no
//! longer compiles, and neither does the tool that rewrites it. Give it a stand-in body first,
//! then regenerate:
//! ```text
//! use crate::pack::*;
//! pub static EMBEDDED: std::sync::LazyLock<RulePack> =
//!     std::sync::LazyLock::new(|| RulePack::from_json(PACK_JSON).unwrap());
//! ```

use std::fmt::Write;

use chrono::{Datelike, NaiveDate};

use crate::case::{Context, ExclusionFact};
use crate::pack::*;

/// Where the generated pack lives, from the crate's root.
pub const PACK_DATA_PATH: &str = "src/pack_data.rs";

/// The Rust source of `src/pack_data.rs` for a pack.
pub fn pack_data_source(pack: &RulePack) -> String {
    let mut out = String::from(
        "//! GENERATED from `rules/pack.json` by `cargo run --bin amnesty-dist -- pack-data`.\n\
         //! Do not edit: edit the JSON and regenerate. A test checks that the two agree.\n\
         //! Citations, statuses and sources are in the JSON and below, value by value.\n\n\
         use std::borrow::Cow;\n\n\
         use crate::case::{Context, ExclusionFact};\n\
         use crate::pack::*;\n\n\
         /// A date of the pack, checked when the program is compiled.\n\
         const fn date(year: i32, month: u32, day: u32) -> chrono::NaiveDate {\n    \
             match chrono::NaiveDate::from_ymd_opt(year, month, day) {\n        \
                 Some(date) => date,\n        \
                 None => panic!(\"not a date in the rule pack\"),\n    \
             }\n\
         }\n\n\
         #[rustfmt::skip]\n\
         pub static EMBEDDED: RulePack = ",
    );
    pack.write_rust(&mut Writer {
        out: &mut out,
        depth: 0,
    });
    out.push_str(";\n");
    out
}

/// Rust source being written, with the current indentation.
struct Writer<'a> {
    out: &'a mut String,
    depth: usize,
}

impl Writer<'_> {
    fn newline(&mut self) {
        self.out.push('\n');
        self.out.push_str(&"    ".repeat(self.depth));
    }

    /// `Name { field: value, ... }`, one field per line.
    fn record(&mut self, name: &str, fields: &[(&str, &dyn ToRust)]) {
        self.out.push_str(name);
        self.out.push_str(" {");
        self.depth += 1;
        for (field, value) in fields {
            self.newline();
            self.out.push_str(field);
            self.out.push_str(": ");
            value.write_rust(self);
            self.out.push(',');
        }
        self.depth -= 1;
        self.newline();
        self.out.push('}');
    }
}

/// A pack value written as a Rust expression that may stand in a `static`.
trait ToRust {
    fn write_rust(&self, w: &mut Writer);
}

/// Structs: every field must be listed, or the generated code does not compile.
macro_rules! records {
    ($($name:ident { $($field:ident),* $(,)? })*) => {$(
        impl ToRust for $name {
            fn write_rust(&self, w: &mut Writer) {
                w.record(stringify!($name), &[$((stringify!($field), &self.$field)),*]);
            }
        }
    )*};
}

/// Unit-only enums: written as `Enum::Variant` from their `Debug` name.
macro_rules! unit_enums {
    ($($name:ident),*) => {$(
        impl ToRust for $name {
            fn write_rust(&self, w: &mut Writer) {
                let _ = write!(w.out, "{}::{:?}", stringify!($name), self);
            }
        }
    )*};
}

records! {
    RulePack { pack_version, law, criminal_code, parameters, provisions, covered_list, exclusions, catalogue }
    LawInfo { number, signed, title, official_text }
    CodeInfo { number, adopted, official_text }
    Localized { kk, ru, en }
    Parameters { period, covered_contexts, in_force, reductions, one_year_rule }
    Period { from, to, status, source }
    CoveredContexts { values, status, source }
    InForce { date, status, source }
    Reductions { grave, especially_grave }
    Reduction { keep_numerator, keep_denominator, status, source }
    OneYearRule { threshold_months, status, source, primary_threshold, primary_base }
    Provisions {
        scope_period, scope_context, scope_list, exclusions, exclusion_recidivism,
        release_small_medium, reduction_grave, reduction_especially_grave, one_year_rule,
        pending_cases, courts_decide, in_force, multi_offence, non_custodial, conditional,
        additional_punishments, application_period, compensation_condition, cc_categories,
        cc_recidivism, term_arithmetic, release_day,
    }
    Provision { act, article, status, source }
    CoveredList { verified_through_article, entries }
    ListEntry { article, parts, status, note }
    ArticleRef { article, part }
    Exclusion { id, status, except_minor, implied_by }
    CatalogueArticle { article, intent, title, parts }
    CataloguePart { part, max_imprisonment_months, sanction_status, sanction_source, note }
}

unit_enums!(
    Status,
    Act,
    Threshold,
    TestBase,
    Intent,
    Context,
    ExclusionFact
);

impl ToRust for Text {
    fn write_rust(&self, w: &mut Writer) {
        // `Debug` of a string is a valid Rust string literal.
        let _ = write!(w.out, "Cow::Borrowed({:?})", &**self);
    }
}

impl<T: ToRust + Clone> ToRust for List<T> {
    fn write_rust(&self, w: &mut Writer) {
        w.out.push_str("Cow::Borrowed(&[");
        w.depth += 1;
        for item in self.iter() {
            w.newline();
            item.write_rust(w);
            w.out.push(',');
        }
        w.depth -= 1;
        if !self.is_empty() {
            w.newline();
        }
        w.out.push_str("])");
    }
}

impl<T: ToRust> ToRust for Option<T> {
    fn write_rust(&self, w: &mut Writer) {
        match self {
            Some(value) => {
                w.out.push_str("Some(");
                value.write_rust(w);
                w.out.push(')');
            }
            None => w.out.push_str("None"),
        }
    }
}

impl ToRust for NaiveDate {
    fn write_rust(&self, w: &mut Writer) {
        let _ = write!(
            w.out,
            "date({}, {}, {})",
            self.year(),
            self.month(),
            self.day()
        );
    }
}

macro_rules! literals {
    ($($ty:ty),*) => {$(
        impl ToRust for $ty {
            fn write_rust(&self, w: &mut Writer) {
                let _ = write!(w.out, "{self}");
            }
        }
    )*};
}

literals!(u8, u16, u32, bool);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generated_pack_is_the_json_pack() {
        let from_json = RulePack::from_json(PACK_JSON).expect("rules/pack.json is a valid pack");
        let stale = "src/pack_data.rs is stale: run `cargo run --bin amnesty-dist -- pack-data`";
        assert!(*RulePack::embedded() == from_json, "{stale}");
        let written = std::fs::read_to_string(PACK_DATA_PATH).unwrap();
        assert!(written == pack_data_source(&from_json), "{stale}");
    }

    #[test]
    fn the_generator_writes_every_kind_of_value() {
        let source = pack_data_source(RulePack::embedded());
        assert!(source.contains("signed: date(2022, 11, 2),"));
        assert!(source.contains("status: Status::Verified,"));
        assert!(source.contains("parts: Some(Cow::Borrowed(&["));
        assert!(source.contains("note: None,"));
        assert!(source.contains("ru: Cow::Borrowed(\"Об амнистии\"),"));
    }
}
