//! Several offences with their own punishments in a spreadsheet: each row gives its offence's
//! own punishment (the `offence_*` columns), and the results give each offence's new punishment
//! and the range a court sets the new aggregate within (CC Art. 58).

mod common;

use amnesty_batch::{results_csv, Column, Lang};
use amnesty_rules::case::Measure;
use amnesty_rules::case::Stage::Serving;
use amnesty_rules::term::Term;
use amnesty_rules::vocab::Context::Riots;
use amnesty_rules::vocab::Punishment::{Fine, Imprisonment};
use common::{decide, Row, Sheet};

fn own(row: Row, years: i32) -> Row {
    row.set(Column::OffencePunishment, Imprisonment)
        .set(Column::OffenceYears, years)
}

fn caseload() -> Sheet {
    Sheet::new(&[
        // Grave 6 years, medium 3 years, grave 5 years; 9 years in all from 6 January 2022.
        own(
            Row::case(1, "", Serving)
                .offence(272, 2, (2022, 1, 5), Riots)
                .term(Imprisonment, 9, (2022, 1, 6))
                .set(Column::AsOf, (2023, 3, 1)),
            6,
        ),
        own(Row::more(1).offence(293, 2, (2022, 1, 5), Riots), 3),
        own(Row::more(1).offence(188, 3, (2022, 1, 5), Riots), 5),
        // A term without its punishment: the row names the missing column.
        Row::case(2, "", Serving)
            .offence(272, 2, (2022, 1, 5), Riots)
            .term(Imprisonment, 4, (2022, 1, 6))
            .set(Column::OffenceYears, 4),
        // A fine without its amount: the rules name the offence's amount column.
        Row::case(3, "", Serving)
            .offence(272, 2, (2022, 1, 5), Riots)
            .term(Imprisonment, 4, (2022, 1, 6))
            .set(Column::OffencePunishment, Fine),
    ])
}

#[test]
fn each_offence_gets_its_new_punishment_and_the_case_the_court_s_range() {
    let bytes = caseload().csv(b',', common::Encoding::Utf8, common::DateText::Iso);
    let batch = decide(&bytes);
    let d = batch.cases[0]
        .decision
        .as_ref()
        .unwrap_or_else(|| panic!("{:?}", batch.cases[0].errors));
    let years = |y, m| Some(Measure::Term(Term::new(y, m, 0)));
    let new: Vec<Option<Measure>> = d
        .own_sentences
        .iter()
        .map(|o| o.and_then(|o| o.new))
        .collect();
    // A quarter of 6 years and of 5 years; the medium crime released.
    assert_eq!(new, [years(1, 6), None, years(1, 3)]);
    let range = d.aggregate_range.expect("a range");
    assert_eq!(
        (Some(range.least), Some(range.most)),
        (years(1, 6), years(2, 9))
    );
    let csv = String::from_utf8(results_csv(&batch)).unwrap();
    assert!(csv.contains("1 year 6 months – 2 years 9 months"), "{csv}");
    assert!(
        csv.contains("2: imprisonment, 3 years → nothing left of it"),
        "{csv}"
    );
}

#[test]
fn an_offence_s_own_punishment_is_checked_in_its_own_columns() {
    let bytes = caseload().csv(b',', common::Encoding::Utf8, common::DateText::Iso);
    let batch = decide(&bytes);
    let field = |i: usize| -> Vec<&str> { batch.cases[i].errors.iter().map(|e| e.field).collect() };
    assert_eq!(field(1), ["offence_punishment"]);
    assert_eq!(field(2), ["offence_amount"]);
    let title = amnesty_batch::column_title(Column::OffenceAmount, Lang::En);
    assert_eq!(batch.cases[2].errors[0].column, title);
}
