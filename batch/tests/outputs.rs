//! The results and the templates, as Excel will open them.

mod common;

use std::io::Cursor;

use amnesty_batch::{
    decide_spreadsheet, results_csv, results_xlsx, template_csv, template_xlsx, Column, Lang,
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
    assert_eq!(header.len(), 19);
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
    assert_eq!(&first[15], "2023-05-03");
    assert_eq!(&first[17], "6,0", "a decimal comma in Russian");
    assert_eq!(&rows[2][2], "4, 5", "the rows of a case with two offences");
    assert_eq!(&rows[5][11], "150", "the fine cut by three quarters");
    assert_eq!(&rows[9][10], "150", "the hours cut by three quarters");
    // Quoted only where needed: the decision's words hold commas, not semicolons.
    assert!(
        text.contains(";Подпадает под амнистию: освобождение от наказания, судимость снимается;")
    );

    // In English, commas (as English-locale Excel splits), quoted where the words hold one.
    let english =
        decide_spreadsheet(&caseload().xlsx(XlsxDates::Cells), today(), Lang::En).unwrap();
    let text = String::from_utf8(results_csv(&english)).unwrap();
    assert!(text.contains(",6.0,"), "a decimal point in English");
    assert!(text
        .contains(",\"Covered: released from the punishment, and the conviction is expunged\","));
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
        assert_eq!(results.width(), 19, "{lang:?}");
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
        assert_eq!(cell(1, 17), Data::Float(6.0));

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
    // Released: Бахыт and two under the one-year rule on the day the law came into force, and
    // Айдос at the end of the cut term.
    let dates: Vec<(String, u32)> = s
        .release_dates
        .iter()
        .map(|d| (d.date.to_string(), d.count))
        .collect();
    assert_eq!(
        dates,
        vec![("2022-11-03".into(), 3), ("2024-01-05".into(), 1)]
    );
    assert_eq!(s.released, 4);
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
        text.contains("People released: 4\n  2022-11-03: 3\n  2024-01-05: 1"),
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
            assert_eq!(batch.columns.len(), 21);
            let d = batch.cases[0]
                .decision
                .as_ref()
                .unwrap_or_else(|| panic!("{lang:?}: {:?}", batch.cases[0].errors));
            assert_eq!(amnesty_rules::vocab::Named::name(d.outcome), "term_reduced");
            assert_eq!(d.new_term, Some(amnesty_rules::term::Term::new(2, 0, 0)));
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
