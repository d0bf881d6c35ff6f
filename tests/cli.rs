//! The `amnesty` command-line tool, run as a user would run it.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn amnesty(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_amnesty"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(bytes) = stdin {
        child.stdin.take().unwrap().write_all(bytes).unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

#[test]
fn check_prints_the_decision_as_json() {
    let out = amnesty(
        &["check", "examples/cases/grave-serving-8-years.json"],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let decision: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(decision["outcome"], "term_reduced");
    assert_eq!(
        decision["new_term"],
        serde_json::json!({"years": 2, "months": 0, "days": 0})
    );
    assert_eq!(decision["new_end"], "2024-01-05");
    assert_eq!(decision["release_on"], "2024-01-05");
    let steps = decision["steps"].as_array().unwrap();
    assert!(steps.len() >= 8);
    assert!(steps
        .iter()
        .all(|s| s["citation"]["text"].is_string() && s["status"].is_string()));
    assert!(!decision["warnings"].as_array().unwrap().is_empty());
}

#[test]
fn every_example_case_file_runs() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/cases");
    let mut count = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let out = amnesty(&["check", path.to_str().unwrap()], None);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}: {}",
            path.display(),
            stderr(&out)
        );
        assert!(stderr(&out).is_empty());
        count += 1;
    }
    assert!(count >= 8);
}

#[test]
fn explain_writes_the_reasoning_in_each_language() {
    let file = "examples/cases/participation-5-years-one-year-rule.json";
    let expected = [
        (
            "en",
            "Covered: released when the law came into force",
            "Other readings",
        ),
        (
            "ru",
            "Амнистия применяется: освобождение в день вступления закона в силу",
            "Другие прочтения",
        ),
        (
            "kk",
            "Рақымшылық қолданылады: заң күшіне енген күні босатылады",
            "Басқа оқылулар",
        ),
    ];
    for (lang, headline, readings) in expected {
        let out = amnesty(&["check", "--explain", "--lang", lang, file], None);
        assert_eq!(out.status.code(), Some(0));
        let text = stdout(&out);
        assert!(text.contains(headline), "{lang}: {text}");
        assert!(text.contains(readings), "{lang}: {text}");
        assert!(
            text.contains("adilet.zan.kz"),
            "{lang}: no link to the official text"
        );
    }
}

#[test]
fn stdin_is_read_with_a_dash() {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/cases/theft-at-trial.json"
    ))
    .unwrap();
    let out = amnesty(&["check", "-"], Some(&bytes));
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("\"release_from_liability\""));
}

#[test]
fn invalid_input_exits_2_and_names_the_field_on_stderr() {
    let bad = br#"{"stage":"serving","offences":[{"article":106,"part":1,"committed_on":"2022-13-05","context":"riots"}]}"#;
    let out = amnesty(&["check", "-"], Some(bad));
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let message = stderr(&out);
    assert!(
        message.contains("[offences[0].committed_on] Offence 1 — Date of the offence"),
        "{message}"
    );
    assert!(message.contains("[sentence] Sentence"), "{message}");

    let out = amnesty(&["check", "--lang", "ru", "-"], Some(bad));
    assert!(
        stderr(&out).contains("Деяние 1 — Дата деяния"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &[][..],
        &["frobnicate"],
        &["check"],
        &["check", "--lang", "de", "-"],
        &["check", "no/such/file.json"],
    ] {
        let out = amnesty(args, Some(b""));
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(!stderr(&out).is_empty(), "{args:?}");
    }
}

#[test]
fn batch_prints_one_line_per_file_and_fails_if_any_is_invalid() {
    let good = "examples/cases/theft-at-trial.json";
    let out = amnesty(&["batch", good, "examples/cases/two-offences.json"], None);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out).lines().count(), 2);

    let out = amnesty(&["batch", good, "Cargo.toml"], None);
    assert_eq!(out.status.code(), Some(2));
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["decision"]["outcome"], "release_from_liability");
    assert!(lines[1]["errors"].is_array());
}

#[test]
fn catalogue_lists_the_known_articles() {
    let out = amnesty(&["catalogue"], None);
    assert_eq!(out.status.code(), Some(0));
    let rows: Vec<serde_json::Value> = serde_json::from_str(&stdout(&out)).unwrap();
    let theft = rows.iter().find(|r| r["article"] == 188).unwrap();
    assert_eq!(theft["title"]["ru"], "Кража");
    assert_eq!(theft["listed"], "verified");
    let riots = rows.iter().find(|r| r["article"] == 272).unwrap();
    assert_eq!(riots["listed"], "reported");
}
