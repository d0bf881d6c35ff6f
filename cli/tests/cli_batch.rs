//! `amnesty batch` with a spreadsheet, and `amnesty template`, run as a user would run them. The
//! spreadsheets are in `batch/tests/data/` (written by `batch/tests/fixtures.rs`).

use std::path::PathBuf;
use std::process::{Command, Output};

mod support;
use support::{assert_says, stderr};

/// The tool run from the repository's root, where the README runs it: the paths below are
/// relative to it.
fn amnesty(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_amnesty"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
        .output()
        .unwrap()
}

/// The list separator of Excel in each language's locale, which the results use: `;` for
/// Russian and Kazakh, `,` for English.
fn separator(header: &[u8]) -> u8 {
    let line = header.split(|b| *b == b'\n').next().unwrap_or_default();
    if line.contains(&b';') {
        b';'
    } else {
        b','
    }
}

/// The results on stdout: CSV in UTF-8 after a byte-order mark.
fn results(out: &Output) -> Vec<Vec<String>> {
    assert_eq!(out.status.code(), Some(0), "{}", stderr(out));
    let text = out
        .stdout
        .strip_prefix(b"\xEF\xBB\xBF")
        .expect("a byte-order mark");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(separator(text))
        .from_reader(text)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

const DATA: &str = "batch/tests/data";

/// The date of calculation the expected results are counted on.
const AS_OF: &str = "2023-03-01";

/// `amnesty batch` of one file, its messages in `lang`, as of [`AS_OF`].
fn batch(file: &str, lang: &str) -> Output {
    amnesty(&["batch", file, "--lang", lang, "--as-of", AS_OF])
}

fn data(name: &str) -> String {
    format!("{DATA}/{name}")
}

/// A file in a scratch folder of this test.
fn scratch(name: &str, bytes: &[u8]) -> String {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli_batch");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn a_workbook_gives_the_results_as_csv_and_the_summary_on_stderr() {
    let out = batch(&data("caseload-ru.xlsx"), "ru");
    let rows = results(&out);
    assert_eq!(rows.len(), 11, "a header and ten cases");
    assert_eq!(rows[0][0], "Дело");
    assert_eq!(rows[0][30], "Ошибки");
    let first = &rows[1];
    assert_eq!((first[0].as_str(), first[1].as_str()), ("1", "Айдос"));
    assert_eq!(first[3], "term_reduced");
    assert_eq!(first[7], "2");
    assert_eq!(first[13], "2024-01-05");
    assert_eq!(first[20], "6,0");
    let summary = stderr(&out);
    assert_says(&summary, "книга Excel");
    assert_says(&summary, "Дел: 10");
    assert_says(
        &summary,
        // Вера's two offences await a new aggregate: released in some reading only.
        "Освобождены из-под стражи (во всех прочтениях): 1\n\
         Освобождены лишь в некоторых прочтениях: 2\n",
    );
}

#[test]
fn every_format_of_the_same_caseload_gives_the_same_results() {
    let files = [
        "caseload-ru.xlsx",
        "caseload-en-utf8.csv",
        "caseload-kk-utf8-bom-semicolon.csv",
        "caseload-ru-windows-1251-semicolon.csv",
        "caseload-keys-tab.csv",
        // LibreOffice's own format, and its way of saving an .xlsx.
        "caseload-ru-libreoffice.ods",
        "caseload-ru-libreoffice.xlsx",
    ];
    for lang in ["kk", "ru", "en"] {
        let outputs: Vec<Vec<u8>> = files
            .iter()
            .map(|f| {
                let out = batch(&data(f), lang);
                assert_eq!(out.status.code(), Some(0), "{f}: {}", stderr(&out));
                assert!(stderr(&out).contains(": 10\n"), "{f}: {}", stderr(&out));
                out.stdout
            })
            .collect();
        for (file, output) in files.iter().zip(&outputs) {
            assert_eq!(output, &outputs[0], "{file} in {lang}");
        }
    }
}

#[test]
fn bad_rows_are_reported_in_their_case_and_the_file_still_succeeds() {
    let out = batch(&data("caseload-bad-rows-ru.csv"), "ru");
    let rows = results(&out);
    assert_eq!(rows.len(), 14, "a header and thirteen cases");
    let errors: Vec<&str> = rows[1..]
        .iter()
        .map(|r| r[30].as_str())
        .filter(|e| !e.is_empty())
        .collect();
    assert_eq!(errors.len(), 4, "{errors:#?}");
    assert!(errors
        .iter()
        .any(|e| e.starts_with("строка 13, Дата деяния: «32.01.2022» — не дата")));
    assert!(errors
        .iter()
        .any(|e| e.starts_with("строка 14, Стадия дела: «сидит»")));
    assert!(errors
        .iter()
        .any(|e| e.starts_with("строка 15, Часть: ст. 272 УК РК")));
    // Row 16 gives case 1 another stage than its first row (and another name, which is only
    // carried into the results).
    assert!(errors.contains(
        &"строка 16, Стадия дела: «отбыто» отличается от строки 2 того же дела, где указано «отбывает наказание»; сведения о лице одинаковы во всех строках дела."
    ));
    // Case 1 has a bad row: not decided. The others are.
    assert_eq!(rows[1][3], "");
    assert_eq!(rows[2][3], "release_from_punishment");
    let summary = stderr(&out);
    assert_says(&summary, "Строк с ошибками: 4");
    assert_says(&summary, "Не решено (ошибки в строках): 4");
}

#[test]
fn a_file_that_cannot_be_read_exits_2_with_the_reason() {
    let xls = [
        &[0xD0u8, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1][..],
        &[0; 504],
    ]
    .concat();
    for (name, bytes, reason) in [
        ("empty.csv", b"".to_vec(), "The file is empty."),
        (
            "binary.csv",
            b"\x00\x01\x02\x03\x04\x05\x06\x07binary\x00".to_vec(),
            "not a spreadsheet",
        ),
        ("old.xls", xls, "old Excel workbook (.xls)"),
        (
            "broken.xlsx",
            b"PK\x03\x04 not a workbook".to_vec(),
            "cannot be read",
        ),
        (
            "no-article.csv",
            b"Name;Stage\nx;serving\n".to_vec(),
            "No header row with an “Article” column",
        ),
    ] {
        let path = scratch(name, &bytes);
        assert_says(&refused(&amnesty(&["batch", &path])), reason);
    }
    let out = amnesty(&["batch", "no/such/file.xlsx"]);
    assert_says(&refused(&out), "cannot read no/such/file.xlsx");

    let out = amnesty(&["batch", &scratch("empty-ru.csv", b""), "--lang", "ru"]);
    assert_says(&refused(&out), "Файл пуст.");
}

#[test]
fn the_results_as_a_workbook_or_as_json() {
    let out = amnesty(&[
        "batch",
        &data("caseload-en-utf8.csv"),
        "--xlsx",
        "--as-of",
        AS_OF,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.starts_with(b"PK\x03\x04"), "a workbook");
    // It reads back as a spreadsheet with one row per case.
    let again = amnesty(&["batch", &scratch("results.xlsx", &out.stdout)]);
    assert_eq!(
        again.status.code(),
        Some(2),
        "its rows are results, not cases: no article column"
    );

    let out = amnesty(&[
        "batch",
        &data("caseload-en-utf8.csv"),
        "--json",
        "--as-of",
        AS_OF,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let batch: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(batch["summary"]["cases"], 10);
    assert_eq!(batch["cases"][0]["decision"]["outcome"], "term_reduced");
    assert_eq!(
        batch["cases"][0]["case_file"]["offences"][0]["article"],
        272
    );
    assert_eq!(batch["source"]["format"], "csv");
}

/// The legal table's RD-01 and RD-06: the institution not given, each level its own parole.
#[test]
fn json_gives_the_earliest_and_the_latest_parole_of_the_readings() {
    let csv = "case,stage,article,part,committed_on,context,punishment,years,start,custody_from,custody_to,custody_kind\n\
               RD-01,serving,272,2,2022-01-05,riots,imprisonment,8,2022-06-01,2022-01-08,2022-01-27,detention\n\
               RD-06,serving,293,2,2022-01-05,other,imprisonment,3,2022-03-01,2022-02-01,2022-02-28,detention\n";
    let path = scratch("parole-readings.csv", csv.as_bytes());
    let out = amnesty(&["batch", &path, "--json", "--as-of", AS_OF]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let batch: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let parole = |i: usize| {
        let d = &batch["cases"][i]["decision"];
        [
            &d["parole"]["eligible_on"],
            &d["parole_earliest"],
            &d["parole_latest"],
        ]
        .map(|v| v.as_str().unwrap_or_default().to_string())
    };
    assert_eq!(parole(0), ["2023-05-02", "2023-04-22", "2023-05-12"]);
    assert_eq!(parole(1), ["2023-01-18", "2023-01-04", "2023-02-01"]);
    assert_eq!(batch["cases"][1]["decision"]["outcome"], "not_covered");
}

#[test]
fn case_files_still_give_json_lines() {
    let out = amnesty(&[
        "batch",
        "examples/cases/theft-at-trial.json",
        "examples/cases/two-offences.json",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 2);
    let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(first["decision"]["outcome"], "release_from_liability");
    let out = amnesty(&["batch", "examples/cases/two-offences.json"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stdout.starts_with(b"{\"decision\""),
        "one case file: JSON too"
    );
}

#[test]
fn templates_in_each_language_read_back_as_their_example() {
    for lang in ["kk", "ru", "en"] {
        for format in ["csv", "xlsx"] {
            let out = amnesty(&["template", format, "--lang", lang]);
            assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
            let path = scratch(&format!("template-{lang}.{format}"), &out.stdout);
            let rows = results(&batch(&path, lang));
            assert_eq!(rows.len(), 2, "{lang} {format}");
            assert_eq!(rows[1][3], "term_reduced", "{lang} {format}");
            assert_eq!(
                (rows[1][7].as_str(), rows[1][13].as_str()),
                ("2", "2024-01-05")
            );
        }
    }
    let csv = amnesty(&["template", "csv", "--lang", "ru"]);
    let text = String::from_utf8(csv.stdout).unwrap();
    assert!(
        text.starts_with("\u{feff}Дело;ФИО;Стадия дела;Статья;Часть;Дата деяния;"),
        "{text}"
    );
    assert_says(&text, "\r\n1;Пример;отбывает наказание;272;2;2022-01-05;");
}

#[test]
fn results_are_separated_as_excel_in_the_language_expects() {
    let file = data("caseload-en-utf8.csv");
    for (lang, header) in [
        ("ru", "\u{feff}Дело;ФИО;Строки;"),
        ("kk", "\u{feff}Іс;Аты-жөні;"),
        ("en", "\u{feff}Case,Name,Rows,"),
    ] {
        let out = batch(&file, lang);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.starts_with(header), "{lang}: {}", &text[..80]);
    }
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        vec!["batch", "a.csv", "b.xlsx"],
        vec!["batch"],
        vec!["batch", "x.csv", "--lang", "de"],
        vec!["batch", "x.csv", "--as-of", "01.03.2023"],
        vec!["batch", "x.csv", "--pdf"],
        vec!["template"],
        vec!["template", "pdf"],
        vec!["template", "csv", "--lang"],
    ] {
        assert_says(&refused(&amnesty(&args)), "usage");
    }
}

/// What the tool says of a file it refuses, as [`support::refused`]: a message short enough to
/// read (never the flood the file holds).
fn refused(out: &Output) -> String {
    let message = support::refused(out);
    assert!(message.len() < 2_000, "{} bytes on stderr", message.len());
    message
}

#[test]
fn a_cell_longer_than_a_spreadsheet_allows_is_refused_with_a_short_excerpt() {
    let flood = "A".repeat(40_000);
    let csv = format!("case;article;part;committed_on;context\n1;{flood};2;2022-01-05;riots\n");
    let file = scratch("long-cell.csv", csv.as_bytes());
    let message = refused(&amnesty(&["batch", &file, "--lang", "en"]));
    assert!(
        message.contains("row 2") && message.contains("32767"),
        "{message}"
    );
    assert!(!message.contains(&"A".repeat(200)), "{message}");
}

#[test]
fn a_workbook_that_unpacks_to_a_flood_is_refused_before_it_is_read() {
    use std::io::Write;
    // 80 MB of one letter: a few hundred kilobytes packed, above what one part may unpack to.
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let content_types = br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#;
    zip.start_file("[Content_Types].xml", deflated).unwrap();
    zip.write_all(content_types).unwrap();
    zip.start_file("xl/sharedStrings.xml", deflated).unwrap();
    let block = vec![b'A'; 1 << 20];
    for _ in 0..80 {
        zip.write_all(&block).unwrap();
    }
    let bytes = zip.finish().unwrap().into_inner();
    assert!(bytes.len() < 1 << 20, "{} bytes packed", bytes.len());
    let file = scratch("flood.xlsx", &bytes);
    let message = refused(&amnesty(&["batch", &file, "--lang", "en"]));
    assert_says(&message, "64 MB");
    assert!(!message.contains("AAAAAAAAAAAAAAAAAAAA"), "{message}");
}
