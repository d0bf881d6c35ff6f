//! The `amnesty` command-line tool, run as a user would run it.

use std::io::Write;
use std::process::{Command, Output, Stdio};

mod support;
use support::{assert_says, refused, stderr};

/// The repository's root, where the README runs the tool: the paths below are relative to it.
const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

fn amnesty(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_amnesty"))
        .args(args)
        .current_dir(ROOT)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(bytes) = stdin {
        // A tool that stops reading early (a file too large) closes the pipe: not an error here.
        let _ = child.stdin.take().unwrap().write_all(bytes);
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn check_prints_the_decision_as_json() {
    let out = amnesty(
        &["check", "examples/cases/participation-serving-8-years.json"],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let decision: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(decision["outcome"], "term_reduced");
    assert_eq!(decision["status"], "verified");
    assert_eq!(
        decision["new_term"],
        serde_json::json!({"years": 2, "months": 0, "days": 0})
    );
    assert_eq!(decision["new_end"], "2024-01-05");
    assert_eq!(decision["release_on"], "2024-01-05");
    assert_eq!(decision["deadline"], "2023-05-03");
    assert_eq!(decision["record"]["kind"], "expires");
    let steps = decision["steps"].as_array().unwrap();
    assert!(steps.len() >= 10);
    assert!(steps.iter().all(|s| s["cite"]["act"].is_string()
        && s["status"].is_string()
        && s["kind"].is_string()
        && s["provision"].is_string()));
    let cited: Vec<&str> = steps
        .iter()
        .filter_map(|s| s["provision"].as_str())
        .collect();
    for provision in ["art1_list", "cc_art11_categories", "art3_part3_reduction"] {
        assert!(cited.contains(&provision), "{provision} not in {cited:?}");
    }
}

#[test]
fn every_example_case_file_runs() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/cases");
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
    assert!(count >= 10);
}

#[test]
fn explain_writes_the_reasoning_in_each_language() {
    let file = "examples/cases/participation-5-years-one-year-rule.json";
    for (lang, law, code) in [
        ("en", "Law No. 152-VII, Art. 3 part 3", "CC Art. 272 part 2"),
        ("ru", "п. 3 ст. 3 Закона № 152-VII", "ч. 2 ст. 272 УК РК"),
        (
            "kk",
            "№ 152-VII Заңның 3-бабының 3-тармағы",
            "ҚР ҚК 272-бабының 2-бөлігі",
        ),
    ] {
        let out = amnesty(&["check", "--explain", "--lang", lang, file], None);
        assert_eq!(out.status.code(), Some(0));
        let text = stdout(&out);
        assert!(text.contains(law), "{lang}: {text}");
        assert!(text.contains(code), "{lang}: {text}");
        assert!(
            text.contains(&format!(
                "adilet.zan.kz/{}/docs/Z2200000152",
                match lang {
                    "kk" => "kaz",
                    "ru" => "rus",
                    _ => "eng",
                }
            )),
            "{lang}: no link to the official text in the reader's language"
        );
        assert!(
            !text.contains('{') && !text.contains("TODO"),
            "{lang}: {text}"
        );
    }
}

#[test]
fn stdin_is_read_with_a_dash() {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/cases/theft-at-trial.json"
    ))
    .unwrap();
    let out = amnesty(&["check", "-"], Some(&bytes));
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("\"release_from_liability\""));
}

#[test]
fn invalid_input_exits_2_and_names_the_field_on_stderr() {
    let bad = br#"{"stage":"serving","offences":[{"article":106,"part":1,"committed_on":"2022-13-05","context":"riots"}]}"#;
    let message = refused(&amnesty(&["check", "-"], Some(bad)));
    assert_says(
        &message,
        "[offences[0].committed_on] Offence 1 — Date of the offence",
    );
    assert_says(&message, "[sentence] Sentence");

    let out = amnesty(&["check", "--lang", "ru", "-"], Some(bad));
    assert_says(&refused(&out), "Деяние 1 — Дата деяния");

    let no_part = br#"{"stage":"trial","offences":[{"article":188,"part":7,"committed_on":"2022-01-05","context":"riots"}]}"#;
    let out = amnesty(&["check", "-"], Some(no_part));
    assert_says(&refused(&out), "CC Art. 188 has 4 parts");
}

#[test]
fn an_article_the_code_did_not_have_exits_2_naming_the_field() {
    for (article, en, kk) in [
        (
            "999",
            "[offences[0].article] Offence 1 — Article: the Criminal Code of January 2022 has no Article 999.",
            "2022 жылғы қаңтардағы Қылмыстық кодексте 999-бап жоқ",
        ),
        (
            "2722",
            "[offences[0].article] Offence 1 — Article: the Criminal Code of January 2022 has no Article 2722.",
            "2022 жылғы қаңтардағы Қылмыстық кодексте 2722-бап жоқ",
        ),
        (
            "\"272-2\"",
            "[offences[0].article] Offence 1 — Article: the Criminal Code of January 2022 has no Article 272-2.",
            "2022 жылғы қаңтардағы Қылмыстық кодексте 272-2-бап жоқ",
        ),
        (
            "108",
            "[offences[0].article] Offence 1 — Article: Article 108 was repealed before January 2022.",
            "108-бап 2022 жылғы қаңтарға дейін алып тасталған",
        ),
        (
            "52",
            "[offences[0].article] Offence 1 — Article: Article 52 of the Criminal Code defines no offence",
            "Қылмыстық кодекстің 52-бабы қылмыстық құқық бұзушылықты сипаттамайды",
        ),
    ] {
        let file = format!(
            r#"{{"stage":"trial","offences":[{{"article":{article},"committed_on":"2022-01-05","context":"riots"}}]}}"#
        );
        let out = amnesty(&["check", "-"], Some(file.as_bytes()));
        assert_says(&refused(&out), en);
        let out = amnesty(&["check", "--lang", "kk", "-"], Some(file.as_bytes()));
        assert_says(&refused(&out), kk);
    }
}

#[test]
fn bad_bytes_exit_2_with_a_message_and_print_nothing() {
    let samples: Vec<Vec<u8>> = vec![
        vec![],
        b"{".to_vec(),
        vec![0xff, 0xfe, 0x00, 0x01],
        b"[1,2,3]".to_vec(),
        br#"{"stage":"serving","offences":[]}"#.to_vec(),
        br#"{"stage":"trial","offences":[{"article":106,"committed_on":"2022-02-30","context":"riots"}]}"#.to_vec(),
        "{\"stage\":\"trial\",\"offences\":[{\"article\":106,\"committed_on\":\"2022-01-05\",\"context\":\"riots\"}]} trailing".into(),
        [b'['; 10_000].to_vec(),
        vec![0; 300_000],
    ];
    for bytes in samples {
        let out = amnesty(&["check", "-"], Some(&bytes));
        let shown = String::from_utf8_lossy(&bytes[..bytes.len().min(60)]).to_string();
        let message = refused(&out);
        assert!(
            message.starts_with("error: ["),
            "input {shown:?}: {message}"
        );
    }
}

#[test]
fn an_endless_input_is_refused_without_reading_it_all() {
    let out = amnesty(&["check", "/dev/zero"], None);
    assert_says(&refused(&out), "at most 256 KB");
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(
        std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../examples/cases/theft-at-trial.json"
        ))
        .unwrap(),
    );
    let out = amnesty(&["check", "-"], Some(&bytes));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn too_many_offences_are_refused() {
    let offence = r#"{"article":188,"part":2,"committed_on":"2022-01-05","context":"riots"}"#;
    let many = vec![offence; 51].join(",");
    let file = format!(r#"{{"stage":"trial","offences":[{many}]}}"#);
    let out = amnesty(&["check", "-"], Some(file.as_bytes()));
    assert_says(&refused(&out), "[offences]");
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
        let message = refused(&amnesty(args, Some(b"")));
        assert!(!message.is_empty(), "{args:?}");
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
fn catalogue_lists_the_law_and_the_code() {
    let out = amnesty(&["catalogue"], None);
    assert_eq!(out.status.code(), Some(0));
    let rows: Vec<serde_json::Value> = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(rows.len(), 52, "53 entries, 272 twice");
    let theft = rows.iter().find(|r| r["article"] == 188).unwrap();
    assert_eq!(theft["title"]["ru"], "Кража");
    assert_eq!(theft["code"].as_array().unwrap().len(), 4);
    assert_eq!(theft["code"][2]["category"], "grave");
    let riots = rows.iter().find(|r| r["article"] == 272).unwrap();
    assert_eq!(riots["listed"][0]["only_minor"], true);
    assert!(rows.iter().any(|r| r["article"] == "269-1"));
}
