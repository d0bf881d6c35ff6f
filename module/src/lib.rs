//! The amnesty calculator's engine as an ES module for other sites (`scripts/build-module.sh`
//! builds it into `dist/module/`; `module/README.md` documents it).
//!
//! Three functions: `decide(case)` gives the same decision as `amnesty check --json` for the same
//! case file, `explain(decision, lang)` writes it out in Kazakh, Russian or English with the
//! same words layer as the command line and the page, and `version()` names what a site runs.
//! Everything here is plain Rust so that the native tests and the `explain` example compute
//! exactly what the module gives; the JavaScript boundary is the small `web` module at the end.

use amnesty_rules::case::{FieldError, Problem, MAX_FILE_BYTES};
use amnesty_rules::decision::{Decision, Outcome};
use amnesty_rules::pack::{ProvisionId, RulePack};
use amnesty_rules::vocab::Status;
use amnesty_words::{self as words, Lang};
use chrono::NaiveDate;
use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize};

/// This module's own version, beside the rule pack's and the engine's.
pub const MODULE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The longest decision text `explain` reads. A decision of 50 offences is well under a
/// megabyte; the cap keeps a forged one from exhausting the module's memory.
pub const MAX_DECISION_BYTES: usize = 4 * 1024 * 1024;

/// The largest number in a decision `explain` reads: the largest figure a case may hold (an
/// amount of 10,000,000 MCI). Bounding every number keeps the words' arithmetic (a term's months,
/// an offence's number) far from overflow, whatever object a site passes in.
pub const MAX_DECISION_NUMBER: u64 = 10_000_000;

/// Kazakhstan keeps one time zone, UTC+5 (as the command-line tool counts "today").
const KAZAKHSTAN_UTC_OFFSET_MILLIS: f64 = 5.0 * 3600.0 * 1000.0;

/// What the module runs: a site shows it beside a result, as the page and the print do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Version {
    pub pack_version: String,
    pub engine_version: String,
    pub module_version: String,
}

/// The versions a decision was made with: the rule pack and engine come from the rules crate the
/// module is built from, so they are the same as in every decision it gives.
pub fn version() -> Version {
    Version {
        pack_version: RulePack::embedded().pack_version.to_string(),
        engine_version: amnesty_rules::ENGINE_VERSION.to_string(),
        module_version: MODULE_VERSION.to_string(),
    }
}

/// A text in each of the calculator's languages, so that a site can show an input error in its
/// reader's language without another call.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InAllLanguages {
    pub kk: String,
    pub ru: String,
    pub en: String,
}

impl InAllLanguages {
    fn of(words: impl Fn(Lang) -> String) -> InAllLanguages {
        InAllLanguages {
            kk: words(Lang::Kk),
            ru: words(Lang::Ru),
            en: words(Lang::En),
        }
    }
}

/// One problem with the case: the rules' own field error (`field`, `problem` and its values, as
/// `amnesty check` reports it), with the field's name and the whole message in words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct InputError {
    #[serde(flatten)]
    pub error: FieldError,
    /// The field in words: "Offence 1 — Part".
    pub label: InAllLanguages,
    /// The sentence the command line prints after `error: [field]`.
    pub message: InAllLanguages,
}

impl From<FieldError> for InputError {
    fn from(error: FieldError) -> InputError {
        InputError {
            label: InAllLanguages::of(|lang| words::field_label(&error.field, lang)),
            message: InAllLanguages::of(|lang| words::problem(&error, lang)),
            error,
        }
    }
}

/// What `decide` gives: `{ ok: true, decision }` or `{ ok: false, errors }`. Invalid input is a
/// value to show, not an exception, so a site handles it with one `if`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decided {
    Decision(Box<Decision>),
    Invalid(Vec<InputError>),
}

impl Serialize for Decided {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("Decided", 2)?;
        match self {
            Decided::Decision(decision) => {
                out.serialize_field("ok", &true)?;
                out.serialize_field("decision", decision)?;
            }
            Decided::Invalid(errors) => {
                out.serialize_field("ok", &false)?;
                out.serialize_field("errors", errors)?;
            }
        }
        out.end()
    }
}

impl Decided {
    fn from_errors(errors: Vec<FieldError>) -> Decided {
        Decided::Invalid(errors.into_iter().map(InputError::from).collect())
    }

    /// One error about the whole input, for what never reached the reader.
    pub fn unreadable(problem: Problem) -> Decided {
        Decided::from_errors(vec![FieldError::new("", problem)])
    }
}

/// Decides a case file's text exactly as `amnesty check` does (the same reader, validation and
/// engine); `today` stands in for a missing `as_of`.
pub fn decide(text: &[u8], today: NaiveDate) -> Decided {
    match amnesty_rules::check(text, today) {
        Ok(decision) => Decided::Decision(Box::new(decision)),
        Err(errors) => Decided::from_errors(errors),
    }
}

/// A case text longer than a case file may be, refused before it is copied into the module: the
/// reader's own error for it.
pub fn too_large() -> Decided {
    Decided::unreadable(Problem::FileTooLarge {
        max_bytes: u32::try_from(MAX_FILE_BYTES).unwrap_or(u32::MAX),
    })
}

/// Today's date in Kazakhstan from a clock in milliseconds since 1970 (`Date.now()`).
pub fn today_in_kazakhstan(unix_millis: f64) -> NaiveDate {
    let days = ((unix_millis + KAZAKHSTAN_UTC_OFFSET_MILLIS) / 86_400_000.0).floor();
    // A clock outside the calendar falls back to 1970-01-01, as the command line's does.
    let days = if days.is_finite() && days.abs() < 1e8 {
        days as i64
    } else {
        0
    };
    NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|epoch| epoch.checked_add_signed(chrono::TimeDelta::days(days)))
        .unwrap_or_default()
}

/// Reads a decision from its JSON text (what `decide` gave, or `amnesty check` wrote). Refuses,
/// with the reason, a text too long, a number out of range, or anything that is not a decision.
pub fn decision_from_json(text: &str) -> Result<Decision, String> {
    if text.len() > MAX_DECISION_BYTES {
        return Err(format!(
            "a decision is at most {MAX_DECISION_BYTES} bytes of JSON"
        ));
    }
    // serde_json refuses nesting deeper than 128 levels, so no object overflows the stack.
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    check_numbers(&value, "")?;
    Decision::deserialize(value).map_err(|e| e.to_string())
}

/// Every number of a decision is a whole number from 0 to [`MAX_DECISION_NUMBER`].
fn check_numbers(value: &serde_json::Value, path: &str) -> Result<(), String> {
    match value {
        serde_json::Value::Number(n) => match n.as_u64() {
            Some(n) if n <= MAX_DECISION_NUMBER => Ok(()),
            _ => Err(format!(
                "{} is {n}, not a whole number from 0 to {MAX_DECISION_NUMBER}",
                if path.is_empty() { "the value" } else { path }
            )),
        },
        serde_json::Value::Array(items) => items
            .iter()
            .enumerate()
            .try_for_each(|(i, v)| check_numbers(v, &format!("{path}[{i}]"))),
        serde_json::Value::Object(fields) => fields.iter().try_for_each(|(k, v)| {
            let path = if path.is_empty() {
                k.clone()
            } else {
                format!("{path}.{k}")
            };
            check_numbers(v, &path)
        }),
        _ => Ok(()),
    }
}

/// A decision in words, in one language: what a site shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Explanation {
    pub lang: Lang,
    /// The law's number, date and title.
    pub heading: String,
    /// One answer a person can act on.
    pub plain_answer: String,
    pub outcome: Outcome,
    pub outcome_label: String,
    pub status: Status,
    pub status_label: String,
    /// How sure the result is, as a sentence.
    pub how_sure: String,
    /// The reading the figures are for, where the law leaves a question open.
    pub shown_reading: Option<String>,
    pub category_label: Option<String>,
    pub record: Option<String>,
    /// The figures — imposed, new punishment, last day, release, record, dates — as every
    /// surface lists them.
    pub figures: Vec<ExplainedFigure>,
    /// What can be asked next and which court decides it (CPC Arts. 476–478), one sentence each.
    pub next_steps: Vec<String>,
    /// Each offence's own effect (the terminal lists them when there are several).
    pub offences: Vec<ExplainedOffence>,
    /// The range of a new aggregate, where each offence's own punishment is given.
    pub aggregate_range: Option<String>,
    /// What the calculator does not take into account, and what it does: one line.
    pub limits: String,
    pub steps: Vec<ExplainedStep>,
    pub warnings: Vec<ExplainedWarning>,
    pub readings: Vec<ExplainedReading>,
    /// Where each provision the decision rests on was read.
    pub sources: Vec<String>,
    pub disclaimer: String,
    /// The law's official text in this language.
    pub official_text: String,
    /// The rule pack and engine versions, as a sentence.
    pub versions: String,
    /// The whole decision as `amnesty check --explain` prints it.
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExplainedFigure {
    /// Which figure it is: `imposed`, `new-term`, `release-on`, … (the page's class).
    pub kind: String,
    pub label: String,
    pub value: String,
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExplainedOffence {
    /// "Offence 1".
    pub label: String,
    /// "CC Art. 272 part 2".
    pub article: String,
    pub effect: String,
    /// "imprisonment, 6 years → 1 year 6 months", where the offence's own punishment is given.
    pub own_sentence: Option<String>,
}

/// The provision a step or a warning rests on, how sure its reading is, and that in words.
/// Flattened into both (their JSON unchanged), which costs the module about 0.5 KB brotli.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExplainedProvision {
    pub provision: ProvisionId,
    pub status: Status,
    pub status_label: String,
}

impl ExplainedProvision {
    fn of(provision: ProvisionId, status: Status, lang: Lang) -> ExplainedProvision {
        ExplainedProvision {
            provision,
            status,
            status_label: words::status(status, lang).to_string(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExplainedStep {
    /// Its keys stand at the step's top level, as for a warning.
    #[serde(flatten)]
    pub rests_on: ExplainedProvision,
    /// The provision as lawyers cite it.
    pub cite: String,
    /// A second provision the step rests on.
    pub also: Option<String>,
    /// The official text of the act cited, in this language.
    pub official_text: String,
    /// The offence the step is about (0-based), where it is about one.
    pub offence: Option<usize>,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExplainedWarning {
    #[serde(flatten)]
    pub rests_on: ExplainedProvision,
    pub offence: Option<usize>,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExplainedReading {
    pub outcome: Outcome,
    /// What the reading assumes.
    pub conditions: String,
    /// What the result would be under it.
    pub result: String,
    /// Its own early releases where their dates differ from the decision's ("Earliest parole:
    /// 1 March 2024"), as the command line writes them under the reading; `None` where the same.
    pub early: Option<String>,
}

/// Writes a decision out in one language, with the words layer the command line and the page use.
pub fn explain(decision: &Decision, lang: Lang) -> Explanation {
    let several = words::several(decision);
    Explanation {
        lang,
        heading: words::law_heading(lang),
        plain_answer: words::plain_answer(decision, lang),
        outcome: decision.outcome,
        outcome_label: words::outcome(decision.outcome, lang).to_string(),
        status: decision.status,
        status_label: words::status(decision.status, lang).to_string(),
        how_sure: words::how_sure(decision, lang).to_string(),
        shown_reading: (!decision.shown_reading.is_empty())
            .then(|| words::conditions(&decision.shown_reading, several, lang)),
        category_label: decision
            .category
            .map(|c| words::category(c, lang).to_string()),
        record: decision.figures.record.map(|r| words::record(r, lang)),
        figures: words::figures(decision, lang)
            .into_iter()
            .map(|f| ExplainedFigure {
                kind: f.kind.class().to_string(),
                label: f.label.to_string(),
                value: f.value,
                note: f.note,
            })
            .collect(),
        next_steps: words::next_steps(decision, lang),
        offences: decision
            .offences
            .iter()
            .enumerate()
            .map(|(i, o)| ExplainedOffence {
                label: words::offence_number(i + 1, lang),
                article: words::article(o.article, o.part, lang),
                effect: words::effect(o.effect, lang),
                own_sentence: o.own_sentence.map(|own| words::own_sentence(&own, lang)),
            })
            .collect(),
        aggregate_range: decision
            .aggregate_range
            .map(|r| words::aggregate_range(&r, lang)),
        limits: words::limits(lang).to_string(),
        steps: decision
            .steps
            .iter()
            .map(|s| ExplainedStep {
                rests_on: ExplainedProvision::of(s.provision, s.status, lang),
                cite: words::citation(&s.cite, lang),
                also: s.also.as_ref().map(|c| words::citation(c, lang)),
                official_text: words::official_url(&s.cite, lang).to_string(),
                offence: s.offence,
                text: words::step(s, several, lang),
            })
            .collect(),
        warnings: decision
            .warnings
            .iter()
            .map(|w| ExplainedWarning {
                rests_on: ExplainedProvision::of(w.provision, w.status, lang),
                offence: w.offence,
                text: words::warning(w, several, lang),
            })
            .collect(),
        readings: decision
            .readings
            .iter()
            .map(|r| ExplainedReading {
                outcome: r.outcome,
                conditions: words::conditions(&r.conditions, several, lang),
                result: words::reading_result(r, lang),
                early: words::reading_early(r, decision, lang),
            })
            .collect(),
        sources: words::sources(decision)
            .iter()
            .map(|s| words::source_line(s, lang))
            .collect(),
        disclaimer: words::t!(lang, explain.disclaimer).to_string(),
        official_text: words::law_url(lang).to_string(),
        versions: words::fill(
            words::t!(lang, explain.versions),
            &[
                ("pack", decision.pack_version.to_string()),
                ("engine", decision.engine_version.to_string()),
            ],
        ),
        text: words::render(decision, lang),
    }
}

/// Reads a language code exactly as the types name it: "kk", "ru" or "en".
pub fn lang(code: &str) -> Option<Lang> {
    Lang::ALL.into_iter().find(|l| l.code() == code)
}

/// The JavaScript boundary: values go out through serde-wasm-bindgen (JSON-compatible: dates as
/// "YYYY-MM-DD", objects as plain objects), so a site gets what `amnesty check` writes.
/// Values come in as JSON text (`JSON.stringify`, which catches getters that throw, proxies,
/// cycles and BigInts as errors) read by the same readers as the command line: one reader and
/// one set of messages for every entry point, and no object a site passes can trap the module.
#[cfg(target_arch = "wasm32")]
mod web {
    use js_sys::{JsString, JSON};
    use serde::Serialize;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    use amnesty_rules::case::{Problem, MAX_FILE_BYTES};

    use crate::{Decided, MAX_DECISION_BYTES};

    #[wasm_bindgen(typescript_custom_section)]
    const TYPES: &str = include_str!("../types.d.ts");

    fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
        value
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .map_err(|e| js_sys::Error::new(&e.to_string()).into())
    }

    /// The message of whatever `JSON.stringify` threw.
    fn thrown(error: &JsValue) -> String {
        match error.dyn_ref::<js_sys::Error>() {
            Some(e) => String::from(e.message()),
            None => "the value cannot be written as JSON".to_string(),
        }
    }

    /// The JSON text of a value: a string as it is (a file's text), anything else stringified.
    /// `Ok(None)` when there is no JSON for it (`undefined`, a function).
    fn json_text(value: &JsValue) -> Result<Option<JsString>, String> {
        if let Some(text) = value.dyn_ref::<JsString>() {
            return Ok(Some(text.clone()));
        }
        let text = JSON::stringify(value).map_err(|e| thrown(&e))?;
        Ok(text.is_string().then_some(text))
    }

    /// Decides a case: a case-file object, or a case file's text. Gives `{ ok: true, decision }`,
    /// or `{ ok: false, errors }` for input the command line would refuse (never throws for it).
    #[wasm_bindgen(unchecked_return_type = "Decided")]
    pub fn decide(
        #[wasm_bindgen(unchecked_param_type = "CaseFile | string")] case_file: JsValue,
    ) -> Result<JsValue, JsValue> {
        let today = crate::today_in_kazakhstan(js_sys::Date::now());
        let decided = match json_text(&case_file) {
            Err(detail) => Decided::unreadable(Problem::Malformed { detail }),
            // No JSON at all reads as `null`, so that the reader names what it expected.
            Ok(None) => crate::decide(b"null", today),
            // UTF-16 units never outnumber UTF-8 bytes: too many units is too many bytes.
            Ok(Some(text)) if text.length() as usize > MAX_FILE_BYTES => crate::too_large(),
            Ok(Some(text)) => crate::decide(String::from(text).as_bytes(), today),
        };
        to_js(&decided)
    }

    /// Writes a decision (or its JSON text, as `amnesty check` writes it) out in "kk", "ru" or
    /// "en". Throws a `RangeError` for another language and a `TypeError` for a value that is not
    /// a decision: both are mistakes in the calling code, not in a person's input.
    #[wasm_bindgen(unchecked_return_type = "Explanation")]
    pub fn explain(
        #[wasm_bindgen(unchecked_param_type = "Decision | string")] decision: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Lang")] lang: JsValue,
    ) -> Result<JsValue, JsValue> {
        let lang = lang
            .as_string()
            .and_then(|code| crate::lang(&code))
            .ok_or_else(|| {
                js_sys::RangeError::new("explain: lang must be \"kk\", \"ru\" or \"en\"")
            })?;
        let not_a_decision =
            |why: String| js_sys::TypeError::new(&format!("explain: not a decision: {why}"));
        let text = json_text(&decision)
            .map_err(not_a_decision)?
            .ok_or_else(|| not_a_decision("nothing was given".to_string()))?;
        if text.length() as usize > MAX_DECISION_BYTES {
            return Err(not_a_decision(format!(
                "a decision is at most {MAX_DECISION_BYTES} bytes of JSON"
            ))
            .into());
        }
        let decision = crate::decision_from_json(&String::from(text)).map_err(not_a_decision)?;
        to_js(&crate::explain(&decision, lang))
    }

    /// The rule pack's, the engine's and this module's versions.
    #[wasm_bindgen(unchecked_return_type = "Version")]
    pub fn version() -> Result<JsValue, JsValue> {
        to_js(&crate::version())
    }
}
