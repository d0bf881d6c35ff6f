//! The same caseload in every format a person's spreadsheet comes in gives the same results.

mod common;

use amnesty_batch::{results_csv, Lang, Source};
use common::*;

fn expected() -> Vec<String> {
    OUTCOMES.iter().map(|s| s.to_string()).collect()
}

#[test]
fn the_caseload_decides_as_the_rules_do() {
    let batch = decide(&caseload().csv(b',', Encoding::Utf8, DateText::Iso));
    assert_eq!(outcomes(&batch), expected());
    assert_eq!(batch.summary.cases, 10);
    assert_eq!(batch.summary.rows, 11);
    // Each case decides as its case file does through the rules alone.
    for case in &batch.cases {
        let file = case.case_file.as_ref().unwrap();
        let direct = amnesty_rules::check_file(file, today()).unwrap();
        let d = case.decision.as_ref().unwrap();
        assert_eq!(d.outcome, direct.outcome, "case {}", case.case);
        assert_eq!(d.figures, direct.figures, "case {}", case.case);
        assert_eq!(
            d.figures.release_on, direct.figures.release_on,
            "case {}",
            case.case
        );
        assert_eq!(
            d.readings as usize,
            direct.readings.len(),
            "case {}",
            case.case
        );
    }
    let first = batch.cases[0].decision.as_ref().unwrap();
    assert_eq!(
        first.figures.term(),
        Some(amnesty_rules::term::Term::new(2, 0, 0))
    );
    assert_eq!(first.years_cut, Some(6.0));
    assert_eq!(batch.cases[0].name, "Айдос");
    assert_eq!(batch.cases[2].rows, vec![4, 5], "two offences, one person");
    assert_eq!(batch.cases[4].case, "5-a");
}

#[test]
fn xlsx_with_date_cells_serial_numbers_or_text_dates() {
    let reference = results_csv(&decide(&caseload().csv(
        b',',
        Encoding::Utf8,
        DateText::Iso,
    )));
    for dates in [XlsxDates::Cells, XlsxDates::Serial, XlsxDates::Text] {
        let batch = decide(&caseload().xlsx(dates));
        assert!(matches!(batch.source, Source::Xlsx { .. }));
        assert_eq!(outcomes(&batch), expected(), "{dates:?}");
        assert_eq!(results_csv(&batch), reference, "{dates:?}");
    }
}

/// The caseload as LibreOffice saves it: `tests/data/caseload-ru-libreoffice.ods` and `.xlsx`
/// were made from `tests/data/caseload-ru.xlsx` by LibreOffice 7.4 (`soffice --headless
/// --convert-to ods` and `--convert-to xlsx`), with its own ways of writing a workbook
/// (repeated empty cells and rows, dates as ISO text in an `.ods`).
#[test]
fn workbooks_saved_by_libreoffice_decide_the_same() {
    let reference = results_csv(&decide(
        &caseload().in_lang(Lang::Ru).xlsx(XlsxDates::Cells),
    ));
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    for (name, ods) in [
        ("caseload-ru-libreoffice.ods", true),
        ("caseload-ru-libreoffice.xlsx", false),
    ] {
        let batch = decide(&std::fs::read(data.join(name)).unwrap());
        assert_eq!(outcomes(&batch), expected(), "{name}");
        assert_eq!(results_csv(&batch), reference, "{name}");
        match (&batch.source, ods) {
            (Source::Ods { sheet }, true) | (Source::Xlsx { sheet }, false) => {
                assert_eq!(sheet, "Sheet1")
            }
            (other, _) => panic!("{name}: read as {other:?}"),
        }
    }
}

#[test]
fn csv_in_every_encoding_and_delimiter() {
    let reference = results_csv(&decide(&caseload().xlsx(XlsxDates::Cells)));
    let ru = caseload().in_lang(Lang::Ru);
    for encoding in [
        Encoding::Utf8,
        Encoding::Utf8Bom,
        Encoding::Windows1251,
        Encoding::Utf16Le,
    ] {
        for delimiter in [b',', b';', b'\t'] {
            for date in [DateText::Iso, DateText::Dmy] {
                let batch = decide(&ru.csv(delimiter, encoding, date));
                let what = format!("{encoding:?} {:?} {date:?}", char::from(delimiter));
                let Source::Csv {
                    delimiter: found,
                    encoding: read_as,
                } = batch.source
                else {
                    panic!("{what}: read as {:?}", batch.source)
                };
                assert_eq!(found, char::from(delimiter), "{what}");
                let expected_encoding = match encoding {
                    Encoding::Utf8 => "utf-8",
                    Encoding::Utf8Bom => "utf-8-bom",
                    Encoding::Windows1251 => "windows-1251",
                    Encoding::Utf16Le => "utf-16le",
                };
                assert_eq!(read_as, expected_encoding, "{what}");
                assert_eq!(results_csv(&batch), reference, "{what}");
                assert_eq!(batch.cases[0].name, "Айдос", "{what}");
            }
        }
    }
}

#[test]
fn headers_and_values_in_each_language_in_any_order() {
    let reference = results_csv(&decide(&caseload().xlsx(XlsxDates::Cells)));
    for lang in Lang::ALL {
        for sheet in [
            caseload().in_lang(lang),
            caseload().in_lang(lang).reversed(),
        ] {
            for bytes in [
                sheet.xlsx(XlsxDates::Cells),
                sheet.csv(b';', Encoding::Utf8Bom, DateText::Dmy),
            ] {
                let batch = decide(&bytes);
                assert!(batch.ignored_columns.is_empty(), "{lang:?}");
                assert_eq!(batch.columns.len(), 14, "{lang:?}");
                assert_eq!(results_csv(&batch), reference, "{lang:?}");
            }
        }
    }
}

#[test]
fn headers_by_other_names_and_unknown_columns() {
    let mut sheet = caseload().in_lang(Lang::Ru);
    sheet.headers = [
        "№ дела",
        "ФИО",
        "Стадия",
        "Ст.",
        "Ч.",
        "Дата совершения",
        "Связь",
        "Исключения",
        "Д.р.",
        "Вид наказания",
        "Срок лет",
        "Часы",
        "МРП",
        "Начало срока",
    ]
    .map(String::from)
    .to_vec();
    sheet.headers.push("Примечание".into());
    sheet.headers.push("Статья".into());
    let reference = results_csv(&decide(&caseload().csv(
        b',',
        Encoding::Utf8,
        DateText::Iso,
    )));
    let batch = decide(&sheet.csv(b';', Encoding::Windows1251, DateText::Dmy));
    assert_eq!(results_csv(&batch), reference);
    // Unknown, and a second article column: listed, not used.
    assert_eq!(batch.ignored_columns, vec!["Примечание", "Статья"]);
}

#[test]
fn values_typed_loosely() {
    // Case keys with Cyrillic look-alikes or typed in Cyrillic letters, words in mixed case.
    let csv = "case,stage,article,part,committed_on,context,punishment,years,start\n\
               1,серving,272,2,05.01.2022,Массовые Беспорядки,Лишение свободы,8,2022-01-06\n\
               2,SERVING,ст. 272,ч. 2,2022-01-05 00:00:00,riots,imprisonment,8.0,06.01.2022 г.\n\
               3,отбывает,272,2-бөлік,05.01.2022,«riots»,лс,8,06.01.2022\n";
    let batch = decide(csv.as_bytes());
    assert_eq!(outcomes(&batch), vec!["term_reduced"; 3]);
}

#[test]
fn dash_articles_however_written() {
    // "269.1" is not among them: the Code has Art. 269-1 and Art. 269 part 1 (a test of
    // errors.rs asks which is meant).
    let rows = ["269-1", "ст. 269-1", "269-1 УК РК", "Ст.269-1", "269-1-бап"];
    let mut csv =
        String::from("case;stage;article;part;committed_on;context;punishment;years;start\n");
    for (i, article) in rows.iter().enumerate() {
        csv.push_str(&format!(
            "{i};serving;{article};3;2022-01-06;riots;restriction_of_freedom;3;2022-02-01\n"
        ));
    }
    let batch = decide(csv.as_bytes());
    assert_eq!(outcomes(&batch), vec!["release"; 5]);
    for case in &batch.cases {
        let file = case.case_file.as_ref().unwrap();
        assert_eq!(file.offences[0].article.to_string(), "269-1");
    }
}

#[test]
fn several_offences_per_person_and_rows_without_a_case_id() {
    let csv = "Case,Stage,Article,Part,Date of the offence,Context,Punishment,Years,First day of the term,Date of birth\n\
               A,serving,188,2,2022-01-05,riots,imprisonment,6,2022-01-06,1990-01-01\n\
               ,serving,272,2,2022-01-05,riots,imprisonment,8,2022-01-06,\n\
               A,,272,2,2022-01-05,riots,,,,\n\
               A,serving,107,1,2022-01-06,riots,imprisonment,6,06.01.2022,01.01.1990\n\
               ,serving,272,2,2022-01-05,riots,imprisonment,8,2022-01-06,\n";
    let batch = decide(csv.as_bytes());
    assert_eq!(batch.cases.len(), 3);
    assert_eq!(batch.cases[0].rows, vec![2, 4, 5]);
    assert_eq!(batch.cases[1].rows, vec![3]);
    assert_eq!(batch.cases[2].rows, vec![6]);
    let a = batch.cases[0].case_file.as_ref().unwrap();
    assert_eq!(a.offences.len(), 3);
    assert_eq!(a.birth_date.as_deref(), Some("1990-01-01"));
    assert_eq!(a.sentence.as_ref().unwrap().years, 6);
    assert_eq!(outcomes(&batch)[1..], ["term_reduced", "term_reduced"]);
}

#[test]
fn row_numbers_are_the_spreadsheets_own() {
    // A title above the header, a blank line, and a cell with a line break in it.
    let csv = "Caseload of 1 March\n\
               \n\
               case,name,stage,article,part,committed_on,context\n\
               1,\"Two\nlines\",investigation,272,2,2022-01-05,riots\n\
               \n\
               2,x,investigation,272,2,2022-01-05,nowhere\n";
    for text in [csv.to_string(), csv.replace('\n', "\r\n")] {
        let batch = decide(text.as_bytes());
        assert_eq!(batch.header_row, 3);
        assert_eq!(batch.cases[0].rows, vec![4]);
        assert_eq!(batch.cases[1].rows, vec![6]);
        assert_eq!(batch.cases[1].errors[0].row, 6);
        assert_eq!(batch.cases[1].errors[0].column, "context");
    }

    // The same in a workbook: the header on row 3, a blank row 5.
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    write_row(sheet, 0, 0, &["Caseload of 1 March"]);
    write_row(sheet, 2, 1, &INVESTIGATION_HEADER);
    for (r, context) in [(3, "riots"), (5, "nowhere")] {
        let row = ["1", "investigation", "272", "2", "2022-01-05", context];
        write_row(sheet, r, 1, &row);
    }
    let batch = decide(&book.save_to_buffer().unwrap());
    assert_eq!(batch.header_row, 3);
    assert_eq!(batch.cases[0].rows, vec![4, 6], "one case id");
    let errors = &batch.cases[0].errors;
    assert_eq!((errors[0].row, errors[0].column.as_str()), (6, "context"));
}
