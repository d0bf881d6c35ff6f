//! Custody in a spreadsheet: one period a row, a case's rows giving all its periods, the
//! institution from the first row; the results give the custody credited and the earliest
//! parole and replacement (the parole's earliest and latest day where the readings of an
//! institution not given differ), and a bad period is named by its row and column.

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

/// The legal table's RD-01, RD-06 and RD-02 and one case with its institution given, as rows.
const READINGS_OF_PAROLE: &str = "\
1,serving,272,2,2022-01-05,riots,imprisonment,8,2022-06-01,,2022-01-08,2022-01-27,detention
2,serving,293,2,2022-01-05,other,imprisonment,3,2022-03-01,,2022-02-01,2022-02-28,detention
3,serving,272,2,2022-01-05,riots,imprisonment,4,2022-03-01,,,,
4,serving,272,2,2022-01-05,riots,imprisonment,8,2022-06-01,medium,2022-01-08,2022-01-27,detention
";

#[test]
fn where_the_readings_give_different_parole_days_the_results_give_the_earliest_and_the_latest() {
    let csv = format!("{HEADER}{READINGS_OF_PAROLE}");
    let batch = decide_spreadsheet(csv.as_bytes(), today(), Lang::En).unwrap();
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    let range = |i: usize| {
        let case = &batch.cases[i];
        assert!(case.errors.is_empty(), "{:?}", case.errors);
        let d = case.decision.as_ref().unwrap();
        let shown = d.parole.as_ref().and_then(|p| p.eligible_on);
        (shown, d.parole_earliest, d.parole_latest)
    };
    // RD-01: the institution not given, medium security shown (credit 30 days, parole 2 May
    // 2023); minimum security credits 40 days (22 April), maximum 20 (12 May).
    assert_eq!(
        range(0),
        (day(2023, 5, 2), day(2023, 4, 22), day(2023, 5, 12))
    );
    // RD-06: not covered at all, yet each level its own parole: 18 January 2023 shown, 4 January
    // in minimum security, 1 February in maximum.
    assert_eq!(
        range(1),
        (day(2023, 1, 18), day(2023, 1, 4), day(2023, 2, 1))
    );
    // RD-02: the amnesty frees him (no parole shown); on the term imposed, a reading, parole
    // from 3 November 2022: the earliest, and no latest since one result has none.
    assert_eq!(range(2), (None, day(2022, 11, 3), None));
    // The institution given: one result, the same day three times.
    assert_eq!(
        range(3),
        (day(2023, 5, 2), day(2023, 5, 2), day(2023, 5, 2))
    );

    // Both days are columns of the results, beside the parole shown, and keys of the JSON.
    let csv = String::from_utf8(amnesty_batch::results_csv(&batch)).unwrap();
    let header = csv.lines().next().unwrap();
    use amnesty_words::keys::batch::results as k;
    let parole = [k::parole, k::parole_earliest, k::parole_latest]
        .map(|key| amnesty_words::text(Lang::En, key))
        .join(",");
    assert!(header.contains(&parole), "{header}");
    let rd06 = csv.lines().nth(2).unwrap();
    assert!(
        rd06.contains(",2023-01-18,2023-01-04,2023-02-01,"),
        "{rd06}"
    );
    let json = serde_json::to_value(&batch).unwrap();
    let decision = &json["cases"][2]["decision"];
    assert_eq!(
        (&decision["parole_earliest"], &decision["parole_latest"]),
        (&"2022-11-03".into(), &serde_json::Value::Null)
    );
}
