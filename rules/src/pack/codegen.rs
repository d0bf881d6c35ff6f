//! Writes a rule pack as a Rust expression that may stand in a `static`. Used by the build script
//! on `pack.json`; the crate includes the result, so the pack is checked when the crate is built
//! and the browser carries no JSON reader for it.

use std::fmt::Write;

use chrono::{Datelike, NaiveDate};

use crate::pack::types::*;
use crate::vocab::*;

/// Rust source being written, with the current indentation.
pub struct Writer {
    pub out: String,
    depth: usize,
}

impl Writer {
    pub fn new() -> Writer {
        Writer {
            out: String::new(),
            depth: 0,
        }
    }

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

/// A pack value written as a Rust expression.
pub trait ToRust {
    fn write_rust(&self, w: &mut Writer);
}

/// Structs: every field must be listed, or the generated code does not compile.
macro_rules! records {
    ($($name:ident $(<$param:ident>)? { $($field:ident),* $(,)? })*) => {$(
        impl$(<$param: ToRust>)? ToRust for $name$(<$param>)? {
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
    RulePack { pack_version, law, criminal_code, provisions, code }
    LawInfo { number, signed, title, official_text }
    CodeInfo { number, adopted, official_text }
    Localized<T> { kk, ru, en }
    Rule<T> { cite, status, source, value }
    Citation { act, article, part, paragraph, item }
    Period { from, to }
    ListEntry { article, parts, only_minor, parts_in_code, title }
    ArticleRef { article, parts, item }
    ExclusionItem { exception }
    Cuts { grave, especially_grave }
    Fraction { numerator, denominator }
    OneYearRule { at_most_months, first_reading }
    Deadline { months }
    InForce { date, date_status, date_source }
    Band { category, part, up_to_years }
    Bands { misdemeanour, intentional, negligent }
    RecordYears { small_or_medium, grave, especially_grave }
    Minority { from_age, adult_age }
    AgeCountingRule { first_reading }
    Arithmetic { days_per_month_for_fractions }
    InstitutionDefaults { minimum_first_intentional_up_to_years }
    CustodyCredit {
        detention_maximum, detention_medium, detention_minimum, detention_arrest,
        detention_restriction, detention_hours, detention_mci, house_arrest_term,
        house_arrest_hours, house_arrest_mci
    }
    MonthsRange { from_months, to_months }
    Shares {
        small_or_medium, grave, especially_grave, especially_grave_life, plea_grave,
        plea_especially_grave
    }
    Floor { months }
    Procedure {
        after_verdict, amnesty, early_release, custody_credit, court, petition, parole_report
    }
    HalfDayRule { first_reading }
    TermBaseRule { first_reading }
    BoundaryRule { first_reading }
    LaterTermRule { first_reading }
    Limit { cite, max }
    GeneralLimits {
        imprisonment_years, restriction_of_freedom_years, arrest_days, community_service_hours,
        correctional_works_mci,
    }
    MisdemeanourLimits { part, fine_mci, community_service_hours, arrest_days }
    Absorption { part, paragraph, up_to }
    AggregateYears { part, imprisonment_years, sanction_years }
    SeveralOffencesLimits { misdemeanours, absorption, with_grave, with_especially_grave }
    CodePart {
        article, part, intent, max_imprisonment_years, max_restriction_of_freedom_years,
        max_arrest_days, max_community_service_hours, max_correctional_works_mci, max_fine_mci,
        source,
    }
}

/// The `Provisions` struct, field by field from the registry.
macro_rules! provisions_record {
    ($($id:ident $field:ident: $ty:ty,)*) => {
        records! { Provisions { $($field),* } }
    };
}

with_provisions!(provisions_record);

unit_enums!(
    Status,
    Act,
    Category,
    Intent,
    Context,
    OneYearBase,
    AgeCounting,
    HalfDay,
    BoundaryDay,
    LaterTerm
);

impl ToRust for Exception {
    fn write_rust(&self, w: &mut Writer) {
        match self {
            Exception::OffenderMinorAgainstVictimAged { from, below } => {
                let _ = write!(
                    w.out,
                    "Exception::OffenderMinorAgainstVictimAged {{ from: {from}, below: {below} }}"
                );
            }
            other => {
                let _ = write!(w.out, "Exception::{other:?}");
            }
        }
    }
}

impl ToRust for ArticleNo {
    fn write_rust(&self, w: &mut Writer) {
        let _ = write!(w.out, "ArticleNo::new({}, {})", self.number, self.dash);
    }
}

impl ToRust for () {
    fn write_rust(&self, w: &mut Writer) {
        w.out.push_str("()");
    }
}

impl ToRust for Text {
    fn write_rust(&self, w: &mut Writer) {
        // `Debug` of a string is a valid Rust string literal.
        let _ = write!(w.out, "Cow::Borrowed({:?})", &**self);
    }
}

impl ToRust for Omitted {
    fn write_rust(&self, w: &mut Writer) {
        w.out.push_str("Omitted");
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

/// The Rust source of the compiled pack: a `static` named `EMBEDDED`.
pub fn pack_source(pack: &RulePack) -> String {
    let mut w = Writer::new();
    w.out.push_str(
        "// GENERATED by build.rs from pack.json: edit the JSON, not this.\n\
         #[rustfmt::skip]\n\
         pub static EMBEDDED: RulePack = ",
    );
    pack.write_rust(&mut w);
    w.out.push_str(";\n");
    w.out
}
