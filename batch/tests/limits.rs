//! A file cannot flood the reader's memory: a workbook that unpacks to far more than its size (a
//! zip bomb, whatever the zip declares), an `.ods` whose rows and cells say they repeat a million
//! times, a cell of megabytes, are refused at once with a short message; and no message or
//! summary quotes more than a short excerpt of a cell. The hostile files are made here.

mod common;

use amnesty_batch::{
    decide_spreadsheet, summary_text, Column, FileError, Lang, MAX_CELL_CHARS, MAX_PART_BYTES,
    MAX_UNPACKED_BYTES,
};
use common::packed::{ods, parts, with_bombs, Bomb};
use common::*;

const MB: u64 = 1024 * 1024;

/// The caseload as a workbook's parts, with `marker` as the name of the first person.
fn marked_parts(marker: &str) -> Vec<(String, Vec<u8>)> {
    let mut sheet = caseload();
    let name = sheet
        .columns
        .iter()
        .position(|c| *c == Column::Name)
        .unwrap();
    sheet.rows[0][name] = V::from(marker);
    parts(&sheet.xlsx(XlsxDates::Cells))
}

/// The message in every language: said, and short whatever the file held.
fn short_messages(error: &FileError) {
    for lang in Lang::ALL {
        let message = error.message(lang);
        assert!(
            message.chars().count() < 400 && !message.contains('{'),
            "{message}"
        );
    }
}

#[test]
fn a_shared_string_of_600_mb_is_refused_before_it_is_unpacked() {
    // As in the issue: a file of a few megabytes (here 3.8) whose one shared string, a header,
    // unpacks to 600 MB.
    let mut sheet = caseload();
    sheet.headers.push("BOMB".into());
    for row in &mut sheet.rows {
        row.push(V::Empty);
    }
    sheet.columns.push(Column::AsOf);
    let base = parts(&sheet.xlsx(XlsxDates::Cells));
    let bomb = |declared: Option<u64>| {
        let strings = base
            .iter()
            .find(|(n, _)| n == "xl/sharedStrings.xml")
            .unwrap();
        let mut bomb = Bomb::at(&strings.1, "BOMB", b'A', 600 * MB);
        bomb.declared = declared;
        with_bombs(&base, vec![("xl/sharedStrings.xml", bomb)])
    };
    let honest = bomb(None);
    assert!(honest.len() < 4 * MB as usize, "{}", honest.len());
    let error = refused(&honest);
    assert_eq!(
        error,
        FileError::PartTooLarge {
            max_mb: (MAX_PART_BYTES / MB) as u32
        }
    );
    short_messages(&error);
    // The same part saying it is small: it is stopped where it grows beyond what it said.
    let liar = refused(&bomb(Some(4096)));
    assert!(
        matches!(&liar, FileError::BrokenWorkbook { detail } if detail.contains("declared")),
        "{liar:?}"
    );
    short_messages(&liar);
}

#[test]
fn a_sheet_that_unpacks_beyond_the_limit_is_refused() {
    let base = parts(&caseload().xlsx(XlsxDates::Cells));
    let sheet = &base
        .iter()
        .find(|(n, _)| n == "xl/worksheets/sheet1.xml")
        .unwrap()
        .1;
    let padded = |count: u64| Bomb::after(sheet, "<sheetData>", b' ', count);
    let sheet_bomb = |bomb| with_bombs(&base, vec![("xl/worksheets/sheet1.xml", bomb)]);
    let error = refused(&sheet_bomb(padded(MAX_PART_BYTES)));
    assert_eq!(
        error,
        FileError::PartTooLarge {
            max_mb: (MAX_PART_BYTES / MB) as u32,
        }
    );
    // Declaring less than it unpacks to, it is stopped where it passes what it declared.
    let error = refused(&sheet_bomb(padded(MAX_PART_BYTES).declaring(4096)));
    assert!(
        matches!(&error, FileError::BrokenWorkbook { detail } if detail.contains("declared")),
        "{error:?}"
    );
    // The same made within the limit reads, spaces and all.
    let file = sheet_bomb(padded(MB));
    assert_eq!(outcomes(&decide(&file)), OUTCOMES.to_vec());
}

#[test]
fn parts_within_the_limit_that_together_are_beyond_it_are_refused() {
    let base = parts(&caseload().xlsx(XlsxDates::Cells));
    let part = MAX_PART_BYTES - 1024;
    let count = (MAX_UNPACKED_BYTES / part + 1) as usize;
    let filler = || Bomb {
        head: Vec::new(),
        byte: b' ',
        count: part,
        tail: Vec::new(),
        declared: None,
    };
    let names: Vec<String> = (0..count).map(|i| format!("xl/media/{i}.bin")).collect();
    let bombs = names.iter().map(|n| (n.as_str(), filler())).collect();
    let error = refused(&with_bombs(&base, bombs));
    assert_eq!(
        error,
        FileError::UnpackedTooLarge {
            max_mb: (MAX_UNPACKED_BYTES / MB) as u32,
        }
    );
    short_messages(&error);
}

#[test]
fn a_cell_longer_than_a_cell_may_be_is_refused_with_its_row() {
    let too_long = FileError::CellTooLong {
        row: 2,
        max_chars: MAX_CELL_CHARS as u32,
    };
    // A shared string of 10 MB in a workbook.
    let base = marked_parts("LONGNAME");
    let strings = &base
        .iter()
        .find(|(n, _)| n == "xl/sharedStrings.xml")
        .unwrap()
        .1;
    let bomb = Bomb::at(strings, "LONGNAME", b'x', 10 * MB);
    let workbook = with_bombs(&base, vec![("xl/sharedStrings.xml", bomb)]);
    assert_eq!(refused(&workbook), too_long);
    // A cell of 10 MB in CSV.
    let csv = format!(
        "case,name,article\n1,{},272\n",
        "x".repeat(10 * MB as usize)
    );
    assert_eq!(refused(csv.as_bytes()), too_long);
    short_messages(&too_long);
    // As long as a cell may be is read (in Cyrillic, two bytes a letter).
    let longest = "ж".repeat(MAX_CELL_CHARS);
    let csv = format!("case,name,article\n1,{longest},272\n2,{longest}ж,272\n");
    assert_eq!(
        refused(csv.as_bytes()),
        FileError::CellTooLong {
            row: 3,
            max_chars: MAX_CELL_CHARS as u32
        }
    );
    let csv = format!("case,name,article\n1,{longest},272\n");
    assert_eq!(decide(csv.as_bytes()).cases[0].name, longest);
}

#[test]
fn a_workbook_announcing_more_strings_than_it_holds_is_refused() {
    // calamine reserves room for every string announced: here a thousand terabytes.
    let mut base = parts(&caseload().xlsx(XlsxDates::Cells));
    let strings = base
        .iter_mut()
        .find(|(n, _)| n == "xl/sharedStrings.xml")
        .unwrap();
    let text = String::from_utf8(strings.1.clone()).unwrap();
    let (head, rest) = text.split_once("uniqueCount=\"").unwrap();
    let (_, tail) = rest.split_once('"').unwrap();
    strings.1 = format!("{head}uniqueCount=\"99999999999999\"{tail}").into_bytes();
    let error = refused(&packed_again(&base));
    assert!(
        matches!(error, FileError::BrokenWorkbook { .. }),
        "{error:?}"
    );
    short_messages(&error);
}

fn packed_again(parts: &[(String, Vec<u8>)]) -> Vec<u8> {
    common::packed::zip(parts)
}

/// A table of an `.ods` with one row (its attributes) holding one cell (its attributes and
/// content).
fn ods_table(row: &str, cell: &str, content: &str) -> Vec<u8> {
    ods(&format!(
        r#"<table:table table:name="S"><table:table-row {row}><table:table-cell {cell}>{content}</table:table-cell></table:table-row></table:table>"#
    ))
}

#[test]
fn an_ods_whose_repeats_would_flood_memory_is_refused() {
    let text = r#"office:value-type="string""#;
    let unpacked_too_large = FileError::UnpackedTooLarge {
        max_mb: (MAX_UNPACKED_BYTES / MB) as u32,
    };
    for (what, file) in [
        (
            "a million rows of 16,384 cells",
            ods_table(
                r#"table:number-rows-repeated="1000000""#,
                &format!(r#"table:number-columns-repeated="16384" {text}"#),
                "<text:p>x</text:p>",
            ),
        ),
        (
            "two thousand million spaces",
            ods_table(
                "",
                text,
                r#"<text:p><text:s text:c="2000000000"/></text:p>"#,
            ),
        ),
        (
            "a cell of 200 kB repeated 1,000 times",
            ods_table(
                "",
                &format!(r#"table:number-columns-repeated="1000" {text}"#),
                &format!("<text:p>{}</text:p>", "x".repeat(200_000)),
            ),
        ),
    ] {
        let error = refused(&file);
        assert_eq!(error, unpacked_too_large, "{what}");
    }
    // Rows beyond calamine's last row are still read into memory once each.
    let wide_row = format!(
        r#"<table:table-row><table:table-cell table:number-columns-repeated="16384" {text}><text:p>x</text:p></table:table-cell></table:table-row>"#
    );
    let file = ods(&format!(
        r#"<table:table table:name="S"><table:table-row table:number-rows-repeated="1048576"><table:table-cell/></table:table-row>{}</table:table>"#,
        wide_row.repeat(200)
    ));
    assert_eq!(refused(&file), unpacked_too_large);
}

#[test]
fn an_ods_that_would_keep_calamine_reading_for_ever_is_refused() {
    // calamine waits for the end of a table, or of a note in a cell, past the end of the file.
    for content in [
        r#"<table:table table:name="S"><table:table-row><table:table-cell office:value-type="float" office:value="1"/></table:table-row>"#,
        r#"<table:table table:name="S"><table:table-row><table:table-cell office:value-type="string"><office:annotation><text:p>note"#,
    ] {
        let error = refused(&ods(content));
        assert!(
            matches!(error, FileError::BrokenWorkbook { .. }),
            "{error:?}"
        );
    }
}

#[test]
fn an_ods_content_beyond_the_limit_is_refused() {
    let base = common::packed::ods_parts(
        b"<office:document-content>PAD</office:document-content>".to_vec(),
    );
    let content = &base.iter().find(|(n, _)| n == "content.xml").unwrap().1;
    let bomb = Bomb::at(content, "PAD", b' ', 600 * MB);
    let error = refused(&with_bombs(&base, vec![("content.xml", bomb)]));
    assert_eq!(
        error,
        FileError::PartTooLarge {
            max_mb: (MAX_PART_BYTES / MB) as u32
        }
    );
}

#[test]
fn messages_and_the_summary_quote_a_short_excerpt_of_a_cell() {
    let long = "Примечание ".repeat(2000);
    let excerpt_chars = 81;
    // An unknown header, a value not known and a date that is not one.
    let csv = format!(
        "case;stage;article;part;committed_on;context;{long}\n\
         1;{long};272;2;{long};riots;x\n"
    );
    let batch = decide_spreadsheet(csv.as_bytes(), today(), Lang::Ru).unwrap();
    let ignored = &batch.ignored_columns[0];
    assert!(ignored.ends_with('…') && ignored.chars().count() <= excerpt_chars);
    assert!(ignored.starts_with("Примечание Примечание"));
    let summary = summary_text(&batch, "cases.csv", Lang::Ru);
    assert!(summary.chars().count() < 1000, "{summary}");
    for error in &batch.cases[0].errors {
        let line = error.line(Lang::Ru);
        assert!(line.chars().count() < 600, "{line}");
    }
    assert_eq!(batch.cases[0].errors.len(), 2);
    // No header: the first row, each cell shortened.
    let csv = format!("{long};{long}\n1;2\n");
    let error = refused(csv.as_bytes());
    let FileError::NoHeader { first_row } = &error else {
        panic!("{error:?}")
    };
    assert!(first_row.iter().all(|c| c.chars().count() <= excerpt_chars));
    short_messages(&error);
}

#[test]
fn an_honest_caseload_is_far_within_the_limits() {
    // 10,000 rows of 20 columns of ordinary text and figures.
    let person = |i: i32| {
        Row::case(i, &format!("Человек номер {i}"), "отбывает наказание")
            .offence(272, 2, (2022, 1, 5), "связано с массовыми беспорядками")
            .term("лишение свободы", 8, (2022, 1, 6))
            .set(Column::Category, "тяжкое преступление")
            .set(Column::Exclusions, "нет")
            .set(Column::VictimAge, 30)
            .set(Column::BirthDate, (1990, 5, 17))
            .set(Column::Recidivism, "нет")
            .set(Column::Months, 6)
            .set(Column::Days, 10)
            .set(Column::Hours, 0)
            .set(Column::Amount, 0)
            .set(Column::Conditional, "нет")
    };
    let rows: Vec<Row> = (1..=10_000).map(person).collect();
    let sheet = Sheet::new(&rows).in_lang(Lang::Ru);
    assert_eq!(sheet.columns.len(), 20);
    let workbook = sheet.xlsx(XlsxDates::Cells);
    let sizes: Vec<u64> = parts(&workbook)
        .iter()
        .map(|(_, b)| b.len() as u64)
        .collect();
    let largest = sizes.iter().max().copied().unwrap_or(0);
    assert!(largest * 4 < MAX_PART_BYTES, "{largest}");
    assert!(sizes.iter().sum::<u64>() * 8 < MAX_UNPACKED_BYTES);
    assert_eq!(decide(&workbook).summary.rows, 10_000);
}
