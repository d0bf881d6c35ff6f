//! The results and the templates, as Excel will open them.

mod common;

use std::io::Cursor;

use amnesty_batch::{
    column_guide, decide_spreadsheet, results_csv, results_xlsx, template_csv, template_xlsx,
    Column, Lang,
};
use calamine::{Data, Reader, Xlsx};
use common::*;

fn read_xlsx(bytes: &[u8]) -> Vec<(String, calamine::Range<Data>)> {
    let mut book = Xlsx::new(Cursor::new(bytes)).unwrap();
    book.worksheets()
}

#[test]
fn results_csv_opens_in_excel() {
    let batch = decide_spreadsheet(&caseload().xlsx(XlsxDates::Cells), today(), Lang::Ru).unwrap();
    let bytes = results_csv(&batch);
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "a byte-order mark");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(text.ends_with("\r\n"));
    // Separated by semicolons, as Excel in a Russian locale splits a CSV file.
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    assert_eq!(header.len(), 31);
    assert_eq!(&header[0], "Дело");
    assert_eq!(&header[4], "Итог");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 10);
    let first = &rows[0];
    assert_eq!(&first[0], "1");
    assert_eq!(&first[1], "Айдос");
    assert_eq!(&first[3], "term_reduced");
    assert_eq!(
        &first[4],
        "Подпадает под амнистию: срок наказания сокращается"
    );
    assert_eq!((&first[7], &first[8], &first[9]), ("2", "0", "0"));
    assert_eq!(&first[12], "2024-01-05");
    assert_eq!(&first[13], "2024-01-05");
    // One reading: the earliest and the latest release day are the same.
    assert_eq!((&first[14], &first[15]), ("2024-01-05", "2024-01-05"));
    assert_eq!(&first[16], "будет освобождён (во всех прочтениях)");
    assert_eq!(&first[18], "2023-05-03");
    assert_eq!(&first[20], "6,0", "a decimal comma in Russian");
    assert_eq!(&rows[2][2], "4, 5", "the rows of a case with two offences");
    assert_eq!(&rows[5][11], "150", "the fine cut by three quarters");
    assert_eq!(&rows[9][10], "150", "the hours cut by three quarters");
    // Quoted only where needed: the decision's words hold commas, not semicolons.
    assert!(text.contains(
        ";Подпадает под амнистию: освобождение от наказания, основного и дополнительного;"
    ));

    // In English, commas (as English-locale Excel splits), quoted where the words hold one.
    let english =
        decide_spreadsheet(&caseload().xlsx(XlsxDates::Cells), today(), Lang::En).unwrap();
    let text = String::from_utf8(results_csv(&english)).unwrap();
    assert!(text.contains(",6.0,"), "a decimal point in English");
    assert!(text.contains(",\"Covered: released from the punishment, main and additional\","));
}

#[test]
fn a_formula_in_a_name_is_written_as_text() {
    let csv = "case,name,stage,article,part,committed_on,context\n\
               =1+1,=HYPERLINK(\"x\"),investigation,272,2,2022-01-05,riots\n";
    let batch = decide(csv.as_bytes());
    let text = String::from_utf8(results_csv(&batch)).unwrap();
    assert!(text.contains("'=1+1,\"'=HYPERLINK(\"\"x\"\")\""), "{text}");
}

#[test]
fn results_xlsx_has_dates_numbers_and_a_summary() {
    for lang in Lang::ALL {
        let batch = decide_spreadsheet(&caseload().xlsx(XlsxDates::Cells), today(), lang).unwrap();
        let sheets = read_xlsx(&results_xlsx(&batch).unwrap());
        assert_eq!(sheets.len(), 2);
        let (_, results) = &sheets[0];
        assert_eq!(results.height(), 11, "{lang:?}");
        assert_eq!(results.width(), 31, "{lang:?}");
        let cell = |r: u32, c: u32| results.get_value((r, c)).cloned().unwrap_or(Data::Empty);
        assert_eq!(
            cell(0, 3),
            Data::String(
                amnesty_words::text(lang, amnesty_words::keys::batch::results::outcome_key).into()
            )
        );
        assert_eq!(cell(1, 3), Data::String("term_reduced".into()));
        assert_eq!(cell(1, 7), Data::Float(2.0));
        match cell(1, 12) {
            Data::DateTime(d) => {
                assert!(d.is_datetime());
                assert_eq!(d.to_ymd_hms_milli().0..=d.to_ymd_hms_milli().0, 2024..=2024);
            }
            other => panic!("{lang:?}: the new last day is not a date cell: {other:?}"),
        }
        assert_eq!(cell(1, 20), Data::Float(6.0));

        let (_, summary) = &sheets[1];
        let value = |label: &str| {
            let row = summary
                .rows()
                .find(|r| r[0] == Data::String(label.into()))
                .unwrap_or_else(|| panic!("{lang:?}: no {label}"));
            row[1].clone()
        };
        let k = |key| amnesty_words::text(lang, key);
        use amnesty_words::keys::batch::summary as s;
        assert_eq!(value(k(s::cases)), Data::Float(10.0));
        assert_eq!(value(k(s::rows)), Data::Float(11.0));
        assert_eq!(value(k(s::released)), Data::Float(1.0));
        assert_eq!(value(k(s::released_in_some_reading)), Data::Float(2.0));
        assert_eq!(value(k(s::punishment_ends)), Data::Float(1.0));
        assert_eq!(
            value(amnesty_words::outcome(
                amnesty_rules::Outcome::Release,
                lang
            )),
            Data::Float(2.0)
        );
    }
}

#[test]
fn the_summary_counts_the_caseload() {
    let batch = decide(&caseload().xlsx(XlsxDates::Cells));
    let s = &batch.summary;
    assert_eq!(
        (
            s.rows,
            s.cases,
            s.decided,
            s.not_decided,
            s.rows_with_errors
        ),
        (11, 10, 10, 0, 0)
    );
    let count = |key: &str| {
        s.outcomes
            .iter()
            .find(|o| amnesty_rules::vocab::Named::name(o.outcome) == key)
            .map_or(0, |o| o.count)
    };
    assert_eq!(count("release"), 2);
    assert_eq!(count("punishment_reduced"), 2);
    assert_eq!(count("term_reduced"), 1);
    assert_eq!(s.outcomes.iter().map(|o| o.count).sum::<u32>(), 10);
    // Released from custody in every reading by 1 March 2023: Бахыт (a small crime). In some
    // reading only: Вера (two offences: a court sets the new aggregate, so the result shown
    // releases nobody yet, though the gravest's cut on the whole sentence ends before the law)
    // and Ислам (only when the one-year rule counts on the cut term; on the term imposed, 6
    // April 2023, after the date of calculation); Айдос at the end of his cut term in 2024;
    // Дана's restriction of freedom ends, she is not released from custody.
    let dates: Vec<(String, u32)> = s
        .release_dates
        .iter()
        .map(|d| (d.date.to_string(), d.count))
        .collect();
    assert_eq!(
        dates,
        vec![("2022-11-03".into(), 1), ("2024-01-05".into(), 1)]
    );
    assert_eq!(s.released, 1);
    assert_eq!(s.released_in_some_reading, 2);
    assert_eq!(s.to_be_released, 1);
    assert_eq!(s.punishment_ends, 1);
    // Дана's restriction of freedom (269-1 part 3 has none), Ерлан's fine (188 part 3 has none),
    // Кайрат's community service (272 part 2 has none).
    assert_eq!(s.sentences_to_check, 3);
    // 6 years (Айдос), 8 − 2 years 10 months (one-year rule) …: the sum of each case's cut.
    let sum: f64 = batch
        .cases
        .iter()
        .filter_map(|c| c.decision.as_ref()?.years_cut)
        .sum();
    assert!((s.years_cut - sum).abs() < 0.3, "{} vs {sum}", s.years_cut);
    assert!(s.years_cut > 6.0);
    let json = serde_json::to_value(s).unwrap();
    assert_eq!(json["release_dates"][0]["date"], "2022-11-03");
    assert_eq!(json["outcomes"][0]["outcome"], "release_from_liability");

    let text = amnesty_batch::summary_text(&batch, "cases.xlsx", Lang::En);
    assert!(text.contains("Read cases.xlsx: a workbook"), "{text}");
    assert!(
        text.contains(
            "Released from custody (in every reading): 1\n\
             Released in some reading only: 2\n\
             To be released later (in every reading): 1\n"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "Release dates (released or to be released in every reading):\n  \
             2022-11-03: 1\n  2024-01-05: 1"
        ),
        "{text}"
    );
}

#[test]
fn templates_in_each_language_decide_their_example() {
    for lang in Lang::ALL {
        let csv = template_csv(lang);
        assert!(csv.starts_with(b"\xEF\xBB\xBF"));
        let text = String::from_utf8(csv[3..].to_vec()).unwrap();
        let header = text.lines().next().unwrap();
        let expected: Vec<&str> = Column::ALL
            .iter()
            .map(|c| amnesty_batch::column_title(*c, lang))
            .collect();
        // The list separator of Excel in the language's locale.
        let separator = if lang == Lang::En { "," } else { ";" };
        assert_eq!(header, expected.join(separator), "{lang:?}");
        assert_eq!(text.lines().count(), 2, "{lang:?}: one example row");

        let xlsx = template_xlsx(lang).unwrap();
        let sheets = read_xlsx(&xlsx);
        let (_, range) = &sheets[0];
        assert_eq!(range.height(), 2);
        assert!(
            matches!(range.get_value((1, 5)), Some(Data::DateTime(_))),
            "{lang:?}: a date cell"
        );

        for bytes in [csv, xlsx] {
            let batch = decide_spreadsheet(&bytes, today(), lang).unwrap();
            assert!(batch.ignored_columns.is_empty());
            assert_eq!(batch.columns.len(), Column::ALL.len());
            let d = batch.cases[0]
                .decision
                .as_ref()
                .unwrap_or_else(|| panic!("{lang:?}: {:?}", batch.cases[0].errors));
            assert_eq!(amnesty_rules::vocab::Named::name(d.outcome), "term_reduced");
            assert_eq!(
                d.figures.term(),
                Some(amnesty_rules::term::Term::new(2, 0, 0))
            );
        }
    }
    // The same language gives the same bytes.
    assert_eq!(template_xlsx(Lang::Kk), template_xlsx(Lang::Kk));
}

#[test]
fn results_are_the_same_bytes_each_time() {
    let bytes = caseload().xlsx(XlsxDates::Cells);
    let one = decide(&bytes);
    let two = decide(&bytes);
    assert_eq!(results_xlsx(&one), results_xlsx(&two));
    assert_eq!(results_csv(&one), results_csv(&two));
}

/// The template's CSV with one cell of its example row changed, decided: the errors of that
/// column (by its key).
fn example_with(lang: Lang, column: Column, value: &str) -> Vec<amnesty_batch::RowError> {
    let csv = template_csv(lang);
    let separator = if lang == Lang::En { b',' } else { b';' };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .from_reader(&csv[3..]);
    let mut rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let at = Column::ALL.iter().position(|c| *c == column).unwrap();
    let mut example: Vec<String> = rows[1].iter().map(String::from).collect();
    example[at] = value.to_string();
    rows[1] = csv::StringRecord::from(example);
    let mut writer = csv::WriterBuilder::new().from_writer(Vec::new());
    rows.iter().for_each(|r| writer.write_record(r).unwrap());
    let batch = decide_spreadsheet(&writer.into_inner().unwrap(), today(), lang).unwrap();
    let errors = batch.cases[0].errors.iter();
    errors
        .filter(|e| e.field == column.key())
        .cloned()
        .collect()
}

/// A cell of a sheet as text.
fn text_at(range: &calamine::Range<Data>, row: u32, column: u32) -> String {
    match range.get_value((row, column)) {
        Some(Data::String(s)) => s.clone(),
        other => panic!("({row}, {column}): {other:?}"),
    }
}

#[test]
fn the_xlsx_template_explains_every_column_on_its_second_sheet() {
    use amnesty_batch::Issue;
    for lang in Lang::ALL {
        let sheets = read_xlsx(&template_xlsx(lang).unwrap());
        assert_eq!(sheets.len(), 2, "{lang:?}");
        let (name, guide) = &sheets[1];
        let sheet_name = amnesty_words::keys::batch::sheet::columns;
        assert_eq!(name, amnesty_words::text(lang, sheet_name));
        let explained = column_guide(lang);
        assert_eq!(explained.len(), Column::ALL.len());
        for (row, entry) in explained.iter().enumerate() {
            let row = row as u32 + 1;
            let cells = (0..4).map(|c| text_at(guide, row, c)).collect::<Vec<_>>();
            assert_eq!(cells[0], amnesty_batch::column_title(entry.column, lang));
            assert_eq!(
                cells[1..],
                [entry.meaning, &entry.values, &entry.example],
                "{lang:?} {:?}",
                entry.column
            );
            assert!(cells.iter().all(|c| !c.trim().is_empty()), "{cells:?}");
            // The example is a value its column reads.
            for error in example_with(lang, entry.column, &entry.example) {
                let unread = matches!(
                    error.issue,
                    Issue::NotADate { .. } | Issue::UnknownValue { .. } | Issue::CellError { .. }
                ) || matches!(
                    &error.issue,
                    Issue::Rules(p) if format!("{p:?}").starts_with("NotA")
                );
                assert!(
                    !unread,
                    "{lang:?}: the example {}: {error:?}",
                    entry.example
                );
            }
        }
    }
}

#[test]
fn the_xlsx_template_offers_the_values_of_a_column_in_a_drop_down_list() {
    use amnesty_batch::Issue;
    // The columns that take fixed values, and how many each takes.
    let fixed = [
        (Column::Stage, 4),
        (Column::Context, 3),
        (Column::Category, 5),
        (Column::Exclusions, 7),
        (Column::Recidivism, 3),
        (Column::Punishment, 6),
        (Column::Conditional, 2),
        (Column::Institution, 3),
        (Column::CustodyKind, 2),
        (Column::OffencePunishment, 6),
    ];
    for lang in Lang::ALL {
        let bytes = template_xlsx(lang).unwrap();
        let sheet = common::packed::parts(&bytes)
            .into_iter()
            .find(|(n, _)| n == "xl/worksheets/sheet1.xml")
            .map(|(_, xml)| String::from_utf8(xml).unwrap())
            .unwrap();
        // Each `<dataValidation … sqref="C2:C100001"><formula1>'Guide'!$F$2:$F$5</formula1>`.
        let validations: Vec<(&str, &str)> = sheet
            .split("<dataValidation ")
            .skip(1)
            .map(|v| {
                let sqref = v
                    .split("sqref=\"")
                    .nth(1)
                    .unwrap()
                    .split('"')
                    .next()
                    .unwrap();
                let formula = v.split("<formula1>").nth(1).unwrap();
                (sqref, formula.split("</formula1>").next().unwrap())
            })
            .collect();
        assert_eq!(validations.len(), fixed.len(), "{lang:?}");
        assert_eq!(sheet.matches(r#"type="list""#).count(), fixed.len());
        assert_eq!(
            sheet.matches(r#"errorStyle="information""#).count(),
            fixed.len()
        );
        let sheets = read_xlsx(&bytes);
        let (guide_name, guide) = &sheets[1];
        for (column, count) in fixed {
            let at = Column::ALL.iter().position(|c| *c == column).unwrap();
            let letter = char::from(b'A' + at as u8);
            let (_, source) = validations
                .iter()
                .find(|(sqref, _)| *sqref == format!("{letter}2:{letter}100001"))
                .unwrap_or_else(|| panic!("{lang:?}: no list for {column:?}"));
            // The list's cells on the guide sheet: its own column, from row 2.
            let (sheet_name, range) = source.rsplit_once('!').unwrap();
            assert_eq!(sheet_name.trim_matches('\''), guide_name);
            let list_column = u32::from(range.as_bytes()[1] - b'A');
            let words: Vec<String> = (1..=count)
                .map(|row| text_at(guide, row, list_column))
                .collect();
            assert_eq!(range, format!("${0}$2:${0}${1}", &range[1..2], count + 1));
            let mut distinct = words.clone();
            distinct.sort();
            distinct.dedup();
            assert_eq!(
                distinct.len(),
                count as usize,
                "{lang:?} {column:?}: {words:?}"
            );
            // Every value of the list is read in its column.
            for word in &words {
                let errors = example_with(lang, column, word);
                assert!(
                    !errors
                        .iter()
                        .any(|e| matches!(e.issue, Issue::UnknownValue { .. })),
                    "{lang:?} {column:?} {word}: {errors:?}"
                );
            }
        }
    }
}

#[test]
fn columns_md_says_what_the_templates_guide_says() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("COLUMNS.md");
    let mut text = std::fs::read_to_string(&path).unwrap();
    let write = std::env::var_os("AMNESTY_WRITE_FIXTURES").is_some();
    for lang in Lang::ALL {
        let k = amnesty_words::keys::batch::guide::header;
        let headings = [
            k,
            amnesty_words::keys::batch::guide::meaning,
            amnesty_words::keys::batch::guide::values,
            amnesty_words::keys::batch::guide::example,
        ]
        .map(|key| amnesty_words::text(lang, key));
        let mut table = format!("| {} |\n|---|---|---|---|\n", headings.join(" | "));
        for g in column_guide(lang) {
            let cells = [
                format!("{} (`{}`)", g.header, g.column.key()),
                g.meaning.to_string(),
                g.values,
                g.example,
            ];
            let cells = cells.map(|c| c.replace('|', "\\|"));
            table.push_str(&format!("| {} |\n", cells.join(" | ")));
        }
        let open = format!("<!-- guide:{} -->\n", lang.code());
        let close = format!("<!-- /guide:{} -->", lang.code());
        let start = text.find(&open).expect("the opening mark") + open.len();
        let end = text.find(&close).expect("the closing mark");
        if write {
            text.replace_range(start..end, &table);
        } else {
            assert_eq!(
                text[start..end],
                table,
                "{lang:?}: write COLUMNS.md with AMNESTY_WRITE_FIXTURES=1"
            );
        }
    }
    if write {
        std::fs::write(&path, text).unwrap();
    }
}
