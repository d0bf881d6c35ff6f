//! Every message exists in every language, with the same placeholders, and every decision of
//! the legal case table renders completely in Kazakh, Russian and English.

mod support;

use amnesty::case::{Category, Context, ExclusionFact, Punishment, Recidivism, Stage};
use amnesty::decision::{Outcome, ReadingLabel, StepKind, WarningKind};
use amnesty::explain::{self, key_of};
use amnesty::locale::{keys, placeholders, Lang, MISSING_TEXT};
use amnesty::pack::{RulePack, Status, TestBase, Threshold};

#[test]
fn every_key_exists_in_every_language() {
    let reference = keys(Lang::En.tree());
    assert!(reference.len() > 150, "only {} keys", reference.len());
    for lang in Lang::ALL {
        assert_eq!(
            keys(lang.tree()),
            reference,
            "{lang:?} differs from English"
        );
    }
}

#[test]
fn every_template_uses_the_same_placeholders_in_every_language() {
    for key in keys(Lang::En.tree()) {
        let expected = placeholders(Lang::En.text(&key));
        for lang in Lang::ALL {
            assert_eq!(placeholders(lang.text(&key)), expected, "{lang:?} {key}");
            assert!(
                !lang.text(&key).trim().is_empty(),
                "{lang:?} {key} is empty"
            );
        }
    }
}

fn assert_has<T: serde::Serialize + std::fmt::Debug>(section: &str, values: &[T]) {
    for value in values {
        for lang in Lang::ALL {
            let key = format!("{section}.{}", key_of(value));
            assert!(lang.lookup(&key).is_some(), "{lang:?} lacks {key}");
        }
    }
}

#[test]
fn every_step_warning_outcome_and_value_has_words() {
    assert_has("steps", &StepKind::ALL);
    assert_has("warnings", &WarningKind::ALL);
    assert_has("outcome", &Outcome::ALL);
    assert_has("category", &Category::ALL);
    assert_has("exclusion", &ExclusionFact::ALL);
    assert_has("punishment", &Punishment::ALL);
    assert_has(
        "context",
        &[Context::Riots, Context::Suppression, Context::Other],
    );
    assert_has(
        "recidivism",
        &[
            Recidivism::None,
            Recidivism::Recidivism,
            Recidivism::DangerousRecidivism,
        ],
    );
    assert_has(
        "stage",
        &[
            Stage::Investigation,
            Stage::Trial,
            Stage::Serving,
            Stage::Served,
        ],
    );
    assert_has(
        "status",
        &[Status::Verified, Status::Reported, Status::Unknown],
    );
    for threshold in [Threshold::NoMoreThan, Threshold::LessThan] {
        for base in [TestBase::AfterReduction, TestBase::BeforeReduction] {
            assert_reading(ReadingLabel::OneYear { threshold, base });
        }
    }
    for category in Category::ALL {
        assert_reading(ReadingLabel::IfCategory { category });
    }
    assert_reading(ReadingLabel::IfListed);
    assert_reading(ReadingLabel::WholeSentenceAsGravest);
}

fn assert_reading(label: ReadingLabel) {
    for lang in Lang::ALL {
        let key = format!("reading.{}", explain::reading_key(label));
        assert!(lang.lookup(&key).is_some(), "{lang:?} lacks {key}");
    }
}

#[test]
fn every_decision_of_the_case_table_renders_completely_in_every_language() {
    let pack = RulePack::embedded();
    let mut kinds_seen = std::collections::BTreeSet::new();
    for case in support::legal_cases() {
        let file = serde_json::from_value(case.file.clone()).unwrap();
        let decision = amnesty::check_file(&file, support::date(&case.as_of)).unwrap();
        kinds_seen.extend(decision.steps.iter().map(|s| key_of(&s.kind)));
        // Every value a sentence names is among the figures its step carries.
        for step in &decision.steps {
            let template = Lang::En.text(&format!("steps.{}", key_of(&step.kind)));
            for name in placeholders(template) {
                assert!(
                    step.figures.contains_key(name.as_str()),
                    "{}: {:?} lacks {name}",
                    case.id,
                    step.kind
                );
            }
        }
        for warning in &decision.warnings {
            let template = Lang::En.text(&format!("warnings.{}", key_of(&warning.kind)));
            for name in placeholders(template) {
                assert!(
                    warning.figures.contains_key(name.as_str()),
                    "{}: {:?} lacks {name}",
                    case.id,
                    warning.kind
                );
            }
        }
        for lang in Lang::ALL {
            let text = explain::render(&decision, pack, lang);
            assert!(
                !text.contains('{'),
                "{} {lang:?}: unfilled placeholder in\n{text}",
                case.id
            );
            assert!(
                !text.contains(MISSING_TEXT),
                "{} {lang:?}: missing text in\n{text}",
                case.id
            );
        }
    }
    // The table walks through nearly every kind of step.
    assert!(
        kinds_seen.len() >= StepKind::ALL.len() - 1,
        "steps never rendered: {:?}",
        StepKind::ALL
            .iter()
            .map(key_of)
            .filter(|k| !kinds_seen.contains(k))
            .collect::<Vec<_>>()
    );
}

#[test]
fn every_input_problem_names_its_field_in_every_language() {
    let bad = br#"{"as_of":"2023-03-01","stage":"serving","offences":[{"article":0,"committed_on":"2022-02-30","context":"riots"}]}"#;
    let errors = amnesty::check(bad, support::date("2023-03-01")).unwrap_err();
    assert_eq!(errors.len(), 3);
    for lang in Lang::ALL {
        for error in &errors {
            let text = explain::problem_text(error, lang);
            assert!(
                !text.contains('{') && !text.contains(MISSING_TEXT),
                "{text}"
            );
            let field = explain::field_label(&error.field, lang);
            assert!(text.starts_with(&field), "{text} does not name {field}");
        }
    }
    assert_eq!(
        explain::problem_text(&errors[0], Lang::En),
        "Offence 1 — Date of the offence: \"2022-02-30\" is not a date. Use YYYY-MM-DD, for example 2022-01-05."
    );
}
