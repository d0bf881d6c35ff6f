//! The module's behaviour, natively: every case of the legal case table decides as `amnesty check`
//! does and survives the trip through JSON that a site's object makes (decide → JSON → explain);
//! the words are the words layer's; the TypeScript types name exactly the values and fields the
//! Rust types write; and no decision a site can forge makes the words panic.

#[path = "../../rules/tests/support/mod.rs"]
mod table;

#[path = "support/samples.rs"]
mod samples;

use std::collections::{BTreeMap, BTreeSet};

use amnesty_module::{
    decide, decision_from_json, explain, today_in_kazakhstan, too_large, Decided, InputError,
    MAX_DECISION_NUMBER,
};
use amnesty_rules::case::{FieldError, Problem, MAX_FILE_BYTES};
use amnesty_rules::decision::{Decision, EarlyRelease, Outcome, Reading};
use amnesty_rules::pack::{AgeCounting, OneYearBase, ProvisionId};
use amnesty_rules::vocab::{Category, Context, ExclusionFact, Intent, Punishment, Status};
use amnesty_words::Lang;
use chrono::NaiveDate;
use serde::Serialize;
use serde_json::{json, Value};

const TYPES: &str = include_str!("../types.d.ts");
const TABLE: &str = include_str!("../../tests/legal_cases.md");

fn legal_cases() -> Vec<table::LegalCase> {
    let (cases, errors) = table::parse_table(TABLE);
    assert!(errors.is_empty(), "{errors:?}");
    assert!(cases.len() >= 200, "{} cases", cases.len());
    cases
}

fn date(text: &str) -> NaiveDate {
    amnesty_rules::vocab::parse_iso_date(text).expect(text)
}

/// A reading's own early releases are said where its parole day differs from the decision's,
/// naming that day, and stand in the text under the reading as `amnesty check --explain` prints.
fn own_parole_is_named(
    explained: &amnesty_module::ExplainedReading,
    reading: &Reading,
    decision: &Decision,
    text: &str,
    lang: Lang,
) {
    let day = |e: &Option<EarlyRelease>| e.as_ref().and_then(|e| e.eligible_on);
    if let Some(own) = day(&reading.early.parole).filter(|d| Some(*d) != day(&decision.parole)) {
        let early = explained.early.as_deref().unwrap_or_default();
        assert!(early.contains(&amnesty_words::date(own, lang)), "{early}");
    }
    if let Some(early) = &explained.early {
        let line = format!("{} → {}; {early}", explained.conditions, explained.result);
        assert!(text.contains(&line), "{line}");
    }
}

#[test]
fn every_legal_case_decides_as_the_command_line_and_round_trips_through_json() {
    let (mut outcomes, mut with_own_dates) = (BTreeSet::new(), BTreeSet::new());
    for case in legal_cases() {
        let bytes = serde_json::to_vec_pretty(&case.file).unwrap();
        // `amnesty check` decides with `rules::check`; the module must give the same decision.
        let cli = amnesty_rules::check(&bytes, case.as_of).expect(&case.id);
        let Decided::Decision(decision) = decide(&bytes, case.as_of) else {
            panic!("{}: the module refused a valid case", case.id);
        };
        assert_eq!(*decision, cli, "{}", case.id);
        outcomes.insert(amnesty_rules::vocab::Named::name(decision.outcome));

        let text = serde_json::to_string(&*decision).unwrap();
        let back = decision_from_json(&text).unwrap_or_else(|e| panic!("{}: {e}", case.id));
        assert_eq!(
            back, *decision,
            "{}: the decision changed through JSON",
            case.id
        );
        // And the JSON of the decision read back is the same JSON.
        assert_eq!(serde_json::to_string(&back).unwrap(), text, "{}", case.id);

        for lang in Lang::ALL {
            let words = explain(&back, lang);
            assert_eq!(words, explain(&decision, lang), "{} {lang:?}", case.id);
            // The whole text is the command line's `--explain`, and each part the words layer's.
            assert_eq!(words.text, amnesty_words::render(&decision, lang));
            assert_eq!(
                words.plain_answer,
                amnesty_words::plain_answer(&decision, lang)
            );
            assert_eq!(words.how_sure, amnesty_words::how_sure(&decision, lang));
            assert_eq!(words.steps.len(), decision.steps.len());
            for (explained, step) in words.steps.iter().zip(&decision.steps) {
                let several = decision.offences.len() > 1;
                assert_eq!(explained.text, amnesty_words::step(step, several, lang));
                assert_eq!(explained.cite, amnesty_words::citation(&step.cite, lang));
                assert!(words.text.contains(&explained.text), "{}", case.id);
            }
            assert_eq!(words.warnings.len(), decision.warnings.len());
            assert_eq!(words.readings.len(), decision.readings.len());
            for (explained, reading) in words.readings.iter().zip(&decision.readings) {
                own_parole_is_named(explained, reading, &decision, &words.text, lang);
                if explained.early.is_some() {
                    with_own_dates.insert(case.id.clone());
                }
            }
        }
    }
    // The table's cases whose readings give their own parole and replacement days.
    for id in ["RD-01", "RD-06"] {
        assert!(
            with_own_dates.iter().any(|c| c.starts_with(id)),
            "{id}: {with_own_dates:?}"
        );
    }
    assert_eq!(
        outcomes.len(),
        Outcome::ALL.len(),
        "every outcome is tested"
    );
}

#[test]
fn the_languages_differ_and_each_is_its_own() {
    let case = &legal_cases()[0];
    let bytes = serde_json::to_vec(&case.file).unwrap();
    let Decided::Decision(decision) = decide(&bytes, case.as_of) else {
        panic!("refused");
    };
    let [kk, ru, en] = Lang::ALL.map(|lang| explain(&decision, lang));
    assert_eq!((kk.lang, ru.lang, en.lang), (Lang::Kk, Lang::Ru, Lang::En));
    assert!(kk.text != ru.text && ru.text != en.text && kk.text != en.text);
    assert_eq!(
        en.outcome_label,
        amnesty_words::outcome(decision.outcome, Lang::En)
    );
    assert_eq!(
        ru.outcome_label,
        amnesty_words::outcome(decision.outcome, Lang::Ru)
    );
}

#[test]
fn invalid_input_gives_the_command_lines_errors_with_their_words() {
    let today = date("2023-03-01");
    let cases: [&[u8]; 4] = [
        br#"{"stage":"serving","offences":[{"article":188,"part":9,"committed_on":"2022-01-05","context":"riots"}],"sentence":{"punishment":"imprisonment","years":2,"start":"2022-01-06"}}"#,
        br#"{"stage":"nowhere","offences":[]}"#,
        b"not json",
        b"null",
    ];
    for bytes in cases {
        let cli = amnesty_rules::check(bytes, today).expect_err("invalid");
        let Decided::Invalid(errors) = decide(bytes, today) else {
            panic!("decided {}", String::from_utf8_lossy(bytes));
        };
        assert_eq!(errors.len(), cli.len());
        for (error, cli) in errors.iter().zip(&cli) {
            assert_eq!(&error.error, cli);
            assert_eq!(error.message.en, amnesty_words::problem(cli, Lang::En));
            assert_eq!(error.message.ru, amnesty_words::problem(cli, Lang::Ru));
            assert_eq!(error.message.kk, amnesty_words::problem(cli, Lang::Kk));
            assert_eq!(
                error.label.en,
                amnesty_words::field_label(&cli.field, Lang::En)
            );
        }
        // The shape a site sees: the rules' own error, flattened, plus the words.
        let value = json!(Decided::Invalid(errors.clone()));
        assert_eq!(value["ok"], json!(false));
        let first = &value["errors"][0];
        assert_eq!(first["field"], json!(cli[0].field));
        assert_eq!(first["problem"], json!(cli[0])["problem"]);
        assert!(first["message"]["kk"]
            .as_str()
            .is_some_and(|m| !m.is_empty()));
    }
}

#[test]
fn a_text_too_long_is_refused_with_the_readers_own_error() {
    let today = date("2023-03-01");
    let long = vec![b' '; MAX_FILE_BYTES + 1];
    assert_eq!(decide(&long, today), too_large());
    let Decided::Invalid(errors) = too_large() else {
        panic!("not an error");
    };
    assert!(matches!(
        errors[0].error.problem,
        Problem::FileTooLarge { .. }
    ));
}

#[test]
fn today_is_counted_in_kazakhstan() {
    // Midnight in Almaty is 19:00 UTC the day before.
    let at = |iso: &str| {
        let seconds = chrono::NaiveDateTime::parse_from_str(iso, "%Y-%m-%dT%H:%M:%S%.f")
            .unwrap()
            .and_utc()
            .timestamp_millis();
        today_in_kazakhstan(seconds as f64)
    };
    assert_eq!(at("2023-02-28T19:00:00.000"), date("2023-03-01"));
    assert_eq!(at("2023-02-28T18:59:59.999"), date("2023-02-28"));
    assert_eq!(at("1970-01-01T00:00:00.000"), date("1970-01-01"));
    assert_eq!(today_in_kazakhstan(f64::NAN), date("1970-01-01"));
    assert_eq!(today_in_kazakhstan(f64::INFINITY), date("1970-01-01"));
}

#[test]
fn the_samples_hold_every_kind() {
    fn all_kinds<T: samples::Kinds>(values: &[T], what: &str) {
        let seen: BTreeSet<usize> = values.iter().map(T::kind).collect();
        assert_eq!(
            seen,
            (0..T::COUNT).collect(),
            "{what}: a kind has no sample"
        );
    }
    all_kinds(&samples::step_details(), "steps");
    all_kinds(&samples::warning_details(), "warnings");
    all_kinds(&samples::conditions(), "conditions");
    all_kinds(&samples::effects(), "effects");
    all_kinds(&samples::records(), "records");
    let problems: Vec<Problem> = samples::problems().into_iter().map(|e| e.problem).collect();
    all_kinds(&problems, "problems");
    all_kinds(&samples::COVERAGES, "coverages");
    all_kinds(&samples::CATEGORY_SOURCES, "category sources");
    all_kinds(&samples::ACTS, "acts");
    all_kinds(&samples::JSON_KINDS, "JSON kinds");
    let decision = samples::every_kind();
    let provisions: BTreeSet<ProvisionId> = decision.steps.iter().map(|s| s.provision).collect();
    assert_eq!(provisions.len(), ProvisionId::ALL.len());
}

#[test]
fn the_every_kind_decision_round_trips_and_has_words_for_every_step() {
    let decision = samples::every_kind();
    let back = decision_from_json(&serde_json::to_string(&decision).unwrap()).unwrap();
    assert_eq!(back, decision);
    for lang in Lang::ALL {
        let words = explain(&back, lang);
        for step in &words.steps {
            assert!(
                !step.text.trim().is_empty() && !step.text.contains('{'),
                "{step:?}"
            );
        }
        for warning in &words.warnings {
            assert!(!warning.text.trim().is_empty() && !warning.text.contains('{'));
        }
    }
}

// ---- the TypeScript types name exactly what the Rust types write ----

/// The text of `export type NAME = …;` or `export interface NAME {…}` in types.d.ts.
fn declaration(name: &str) -> &'static str {
    for head in [
        format!("export type {name} ="),
        format!("export interface {name} {{"),
    ] {
        if let Some(start) = TYPES.find(&head) {
            let body = &TYPES[start + head.len() - usize::from(head.ends_with('{'))..];
            let mut depth = 0i32;
            for (i, c) in body.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 && head.ends_with('{') {
                            return &body[..=i];
                        }
                    }
                    ';' if depth == 0 => return &body[..i],
                    _ => {}
                }
            }
        }
    }
    panic!("types.d.ts declares no {name}");
}

/// The quoted names of a union of strings.
fn literals(name: &str) -> BTreeSet<String> {
    declaration(name)
        .split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// The body of each top-level object in a declaration (`{ kind: "x"; a?: T }`).
fn bodies(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0;
    let mut current = String::new();
    for c in text.chars() {
        match c {
            '{' => {
                depth += 1;
                if depth == 1 {
                    current.clear();
                    continue;
                }
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    out.push(current.clone());
                }
            }
            _ => {}
        }
        if depth >= 1 {
            current.push(c);
        }
    }
    out
}

/// The fields of an object body, with `?` kept on the optional ones.
fn fields_of(body: &str) -> BTreeSet<String> {
    body.split(';')
        .filter_map(|member| {
            // Doc comments stand before a field: the field is on the comment's last line.
            let member = member.rsplit("*/").next()?.trim();
            let (name, _) = member.split_once(':')?;
            Some(name.trim().to_string())
        })
        .collect()
}

/// The members of a tagged union: tag value → fields (without `?`).
fn tagged(name: &str, tag: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for body in bodies(declaration(name)) {
        let value = body
            .split(&format!("{tag}: \""))
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or_else(|| panic!("{name}: a member without {tag}"))
            .to_string();
        let fields = fields_of(&body)
            .into_iter()
            .map(|f| f.trim_end_matches('?').to_string())
            .collect();
        assert!(
            out.insert(value, fields).is_none(),
            "{name}: a member twice"
        );
    }
    out
}

/// The serde names of values.
fn names<T: Serialize>(values: impl IntoIterator<Item = T>) -> BTreeSet<String> {
    values
        .into_iter()
        .map(|v| match json!(v) {
            Value::String(s) => s,
            other => panic!("{other} is not a name"),
        })
        .collect()
}

fn keys(value: &Value) -> BTreeSet<String> {
    value
        .as_object()
        .expect("an object")
        .keys()
        .cloned()
        .collect()
}

/// Every sample's fields are exactly its member's in the union.
fn check_union<T: Serialize>(name: &str, tag: &str, samples: &[T]) {
    let members = tagged(name, tag);
    let mut seen = BTreeSet::new();
    for sample in samples {
        let value = json!(sample);
        let kind = value[tag].as_str().expect("tagged").to_string();
        let fields = members
            .get(&kind)
            .unwrap_or_else(|| panic!("{name} has no member {tag}: {kind:?} in types.d.ts"));
        assert_eq!(&keys(&value), fields, "{name} {kind}: fields");
        seen.insert(kind);
    }
    let declared: BTreeSet<String> = members.keys().cloned().collect();
    assert_eq!(declared, seen, "{name}: types.d.ts declares other members");
}

/// The fields of an interface, or of the object part of `{…} & Union`.
fn interface_fields(name: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let fields = fields_of(&bodies(declaration(name))[0]);
    let optional = fields
        .iter()
        .filter(|f| f.ends_with('?'))
        .map(|f| f.trim_end_matches('?').to_string())
        .collect();
    let required = fields.into_iter().filter(|f| !f.ends_with('?')).collect();
    (required, optional)
}

/// A value's fields are the interface's required ones, some optional ones, and (for `{…} & U`)
/// the union member's, which `extra` names.
fn check_object(name: &str, value: &Value, extra: &BTreeSet<String>) {
    let (required, optional) = interface_fields(name);
    let keys = keys(value);
    let allowed: BTreeSet<String> = required.union(&optional).chain(extra).cloned().collect();
    assert!(
        required.is_subset(&keys),
        "{name}: {:?} missing from {keys:?}",
        required.difference(&keys).collect::<Vec<_>>()
    );
    assert!(
        keys.is_subset(&allowed),
        "{name}: {:?} not in types.d.ts",
        keys.difference(&allowed).collect::<Vec<_>>()
    );
}

#[test]
fn the_types_name_every_value_of_every_enum() {
    assert_eq!(literals("Outcome"), names(Outcome::ALL));
    assert_eq!(
        literals("Status"),
        names([Status::Verified, Status::Reported, Status::Open])
    );
    assert_eq!(literals("Category"), names(Category::ALL));
    assert_eq!(literals("ExclusionFact"), names(ExclusionFact::ALL));
    assert_eq!(literals("Punishment"), names(Punishment::ALL));
    assert_eq!(
        literals("Context"),
        names([Context::Riots, Context::Suppression, Context::Other])
    );
    use amnesty_rules::case::{Recidivism, Stage};
    assert_eq!(
        literals("Recidivism"),
        names([
            Recidivism::None,
            Recidivism::Recidivism,
            Recidivism::DangerousRecidivism
        ])
    );
    assert_eq!(
        literals("Stage"),
        names([
            Stage::Investigation,
            Stage::Trial,
            Stage::Serving,
            Stage::Served
        ])
    );
    assert_eq!(literals("ProvisionId"), names(ProvisionId::ALL));
    assert_eq!(literals("Act"), names(samples::ACTS));
    assert_eq!(
        literals("Intent"),
        names([Intent::Intentional, Intent::Negligent])
    );
    assert_eq!(
        literals("AgeCounting"),
        names([AgeCounting::DayAfterBirthday, AgeCounting::OnBirthday])
    );
    assert_eq!(
        literals("OneYearBase"),
        names([OneYearBase::Reduced, OneYearBase::Imposed])
    );
    use amnesty_rules::decision::OneYearSkip;
    assert_eq!(
        literals("OneYearSkip"),
        names([
            OneYearSkip::BeganAfterLaw,
            OneYearSkip::AtTrial,
            OneYearSkip::NotATerm
        ])
    );
    assert_eq!(literals("Coverage"), names(samples::COVERAGES));
    assert_eq!(literals("CategorySource"), names(samples::CATEGORY_SOURCES));
    assert_eq!(literals("JsonKind"), names(samples::JSON_KINDS));
    assert_eq!(
        literals("Lang"),
        Lang::ALL.iter().map(|l| l.code().to_string()).collect()
    );
}

#[test]
fn the_types_name_every_member_and_field_of_every_union_and_object() {
    check_union("StepDetail", "kind", &samples::step_details());
    check_union("WarningDetail", "kind", &samples::warning_details());
    check_union("Condition", "kind", &samples::conditions());
    check_union("OffenceEffect", "effect", &samples::effects());
    check_union("CriminalRecord", "kind", &samples::records());
    let problems: Vec<Problem> = samples::problems().into_iter().map(|e| e.problem).collect();
    check_union("Problem", "problem", &problems);

    let none = BTreeSet::new();
    let decision = json!(samples::every_kind());
    check_object("Decision", &decision, &none);
    check_object("Term", &decision["new_term"], &none);
    check_object("Fraction", &json!(samples::effects()[4])["cut"], &none);
    check_object("Reading", &decision["readings"][0], &none);
    check_each_tagged("Step", &decision["steps"], "StepDetail", "kind");
    for step in decision["steps"].as_array().unwrap() {
        check_object("Citation", &step["cite"], &none);
    }
    check_each_tagged("Warning", &decision["warnings"], "WarningDetail", "kind");
    check_each_tagged(
        "OffenceDecision",
        &decision["offences"],
        "OffenceEffect",
        "effect",
    );

    let words = json!(explain(&samples::every_kind(), Lang::En));
    check_object("Explanation", &words, &none);
    check_object("ExplainedOffence", &words["offences"][0], &none);
    check_object("ExplainedStep", &words["steps"][0], &none);
    check_object("ExplainedWarning", &words["warnings"][0], &none);
    check_object("ExplainedReading", &words["readings"][0], &none);
    check_object("Version", &json!(amnesty_module::version()), &none);

    let errors: Vec<InputError> = samples::problems()
        .into_iter()
        .map(InputError::from)
        .collect();
    let errors = json!(errors);
    check_each_tagged("InputError", &errors, "Problem", "problem");
    for error in errors.as_array().unwrap() {
        check_object("InAllLanguages", &error["message"], &none);
    }
}

/// Each object of a list is the interface `name` with the fields of its member of the union
/// `union`, told by its `tag`.
fn check_each_tagged(name: &str, list: &Value, union: &str, tag: &str) {
    let members = tagged(union, tag);
    for value in list.as_array().unwrap() {
        check_object(name, value, &members[value[tag].as_str().unwrap()]);
    }
}

// ---- no forged decision makes the words panic ----

/// Every number, string, list and object of a decision replaced in turn by hostile values: each
/// is refused with a reason or explained, never a panic (the tests build with overflow checks).
#[test]
fn a_forged_decision_is_refused_or_explained_never_a_panic() {
    fn paths(value: &Value, at: Vec<String>, out: &mut Vec<Vec<String>>) {
        out.push(at.clone());
        match value {
            Value::Object(fields) => {
                for (k, v) in fields {
                    let mut next = at.clone();
                    next.push(k.clone());
                    paths(v, next, out);
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate().take(2) {
                    let mut next = at.clone();
                    next.push(i.to_string());
                    paths(v, next, out);
                }
            }
            _ => {}
        }
    }
    fn replace(value: &mut Value, path: &[String], with: Value) {
        match path.split_first() {
            None => *value = with,
            Some((head, rest)) => {
                let child = match value {
                    Value::Object(fields) => fields.get_mut(head),
                    Value::Array(items) => {
                        head.parse::<usize>().ok().and_then(|i| items.get_mut(i))
                    }
                    _ => None,
                };
                if let Some(child) = child {
                    replace(child, rest, with);
                }
            }
        }
    }
    let max = MAX_DECISION_NUMBER;
    let hostile = [
        json!(null),
        json!(max),
        json!(max + 1),
        json!(-1),
        json!(0.5),
        json!(""),
        json!("{x}"),
        json!([]),
        json!({}),
        json!(true),
    ];
    let base = json!(samples::every_kind());
    let mut all = Vec::new();
    paths(&base, Vec::new(), &mut all);
    let (mut refused, mut explained) = (0, 0);
    for path in &all {
        for with in &hostile {
            let mut forged = base.clone();
            replace(&mut forged, path, with.clone());
            match decision_from_json(&forged.to_string()) {
                Ok(decision) => {
                    for lang in Lang::ALL {
                        let _ = explain(&decision, lang);
                    }
                    explained += 1;
                }
                Err(why) => {
                    assert!(!why.is_empty());
                    refused += 1;
                }
            }
        }
    }
    // Both happen: the test is not vacuous.
    assert!(refused > 500 && explained > 50, "{refused} {explained}");
    // Every number at the largest its field takes (u32 fields up to the cap, u16, u8) is read
    // and explained.
    for path in &all {
        let at: Option<&Value> = path.iter().try_fold(&base, |v, k| {
            v.get(k).or_else(|| v.get(k.parse::<usize>().ok()?))
        });
        if !at.is_some_and(Value::is_number) {
            continue;
        }
        let read = [max, u64::from(u16::MAX), u64::from(u8::MAX)]
            .into_iter()
            .find_map(|n| {
                let mut forged = base.clone();
                replace(&mut forged, path, json!(n));
                decision_from_json(&forged.to_string()).ok()
            })
            .unwrap_or_else(|| panic!("{path:?}: no large number read"));
        for lang in Lang::ALL {
            assert!(!explain(&read, lang).text.is_empty());
        }
    }
}

#[test]
fn deep_long_or_wrong_texts_are_refused() {
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert!(decision_from_json(&deep).is_err());
    let deep_field = json!({ "outcome": "release" }).to_string().replacen(
        "\"release\"",
        &format!("{}1{}", "[".repeat(5000), "]".repeat(5000)),
        1,
    );
    assert!(decision_from_json(&deep_field).is_err());
    let long = format!("\"{}\"", "x".repeat(amnesty_module::MAX_DECISION_BYTES + 1));
    assert!(decision_from_json(&long).unwrap_err().contains("at most"));
    for text in [
        "",
        "null",
        "{}",
        "[]",
        "1",
        "\"decision\"",
        "{\"outcome\":1}",
    ] {
        assert!(decision_from_json(text).is_err(), "{text}");
    }
    let error = decision_from_json(&json!({ "new_hours": 10_000_001 }).to_string()).unwrap_err();
    assert!(error.contains("new_hours"), "{error}");
}

#[test]
fn the_field_error_of_an_unreadable_input_names_the_whole_file() {
    let Decided::Invalid(errors) = Decided::unreadable(Problem::Malformed {
        detail: "cyclic".into(),
    }) else {
        panic!()
    };
    assert_eq!(
        errors[0].error,
        FieldError::new(
            "",
            Problem::Malformed {
                detail: "cyclic".into()
            }
        )
    );
    assert!(errors[0].message.en.contains("cyclic"));
}
