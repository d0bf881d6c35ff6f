//! Custody in a spreadsheet: one period a row, a case's rows giving all its periods, the
//! institution from the first row; the results give the custody credited and the earliest
//! parole and replacement, and a bad period is named by its row and column.

use amnesty_batch::decide_spreadsheet;
use amnesty_rules::decision::Credited;
use amnesty_words::Lang;
use chrono::NaiveDate;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2023, 3, 1).unwrap()
}

const HEADER: &str = "case,stage,article,part,committed_on,context,punishment,years,start,institution,custody_from,custody_to,custody_kind\n";

#[test]
fn two_rows_give_two_periods_and_the_credit_follows() {
    // Held 30 days (6 January – 4 February 2022) in detention and 135 (5 February – 19 June)
    // under house arrest: 30 + 67½ = 97½, the half counted: 98 days (maximum security). 8 years
    // from 20 June 2022 cut to 2 years end 19 June 2024 − 98 days = 13 March 2024.
    let csv = format!(
        "{HEADER}1,serving,272,2,2022-01-05,riots,imprisonment,8,2022-06-20,maximum,2022-01-06,2022-02-04,detention\n\
         1,,272,2,2022-01-05,riots,,,,,2022-02-05,2022-06-19,house arrest\n"
    );
    let batch = decide_spreadsheet(csv.as_bytes(), today(), Lang::En).unwrap();
    let case = &batch.cases[0];
    assert!(case.errors.is_empty(), "{:?}", case.errors);
    let d = case.decision.as_ref().unwrap();
    let custody = d.custody.unwrap();
    assert_eq!(
        (custody.detention_days, custody.house_arrest_days),
        (30, 135)
    );
    assert_eq!(custody.credited, Some(Credited::Days { days: 98 }));
    assert_eq!(d.figures.release_on, NaiveDate::from_ymd_opt(2024, 3, 13));
    // Parole: half of the cut 2 years, 20 June 2023, less 98 days: 14 March 2023.
    let parole = d.parole.as_ref().unwrap();
    assert_eq!(parole.eligible_on, NaiveDate::from_ymd_opt(2023, 3, 14));
    let file = case.case_file.as_ref().unwrap();
    assert_eq!(file.custody.len(), 2);
}

#[test]
fn a_period_without_its_kind_or_after_the_term_began_is_named_by_its_row() {
    let csv = format!(
        "{HEADER}1,serving,272,2,2022-01-05,riots,imprisonment,8,2022-06-20,maximum,2022-01-06,2022-02-04,\n\
         2,serving,272,2,2022-01-05,riots,imprisonment,8,2022-06-20,maximum,2022-01-06,2022-06-20,detention\n"
    );
    let batch = decide_spreadsheet(csv.as_bytes(), today(), Lang::En).unwrap();
    let missing = &batch.cases[0].errors;
    assert_eq!(missing.len(), 1, "{missing:?}");
    assert_eq!((missing[0].row, missing[0].field), (2, "custody_kind"));
    let late = &batch.cases[1].errors;
    assert_eq!(late.len(), 1, "{late:?}");
    assert_eq!((late[0].row, late[0].field), (3, "custody_to"));
}
