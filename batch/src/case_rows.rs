//! A decided case as the browser's batch page lists it ([`CaseRow`], part of the protocol): the
//! figures of its decision, its articles for the filters, its problems as sentences, and its case
//! file (JSON) so that the page can re-decide it in full for the explanation or open it in the
//! one-case form.

use crate::protocol::{CaseRow, OffenceRef, RowProblem};
use crate::CaseResult;

impl CaseRow {
    pub fn new(case: &CaseResult) -> CaseRow {
        let offences = case
            .case_file
            .as_ref()
            .map(|file| {
                file.offences
                    .iter()
                    .map(|o| OffenceRef {
                        article: o.article,
                        part: o.part,
                    })
                    .collect()
            })
            .unwrap_or_default();
        CaseRow {
            case: case.case.clone(),
            name: case.name.clone(),
            rows: case.rows.clone(),
            offences,
            decision: case.decision.clone(),
            problems: case
                .errors
                .iter()
                .map(|e| RowProblem {
                    row: e.row,
                    column: e.column.clone(),
                    message: e.message.clone(),
                })
                .collect(),
            // A case file serialises without fail: it holds only plain values.
            case_file: case
                .case_file
                .as_ref()
                .and_then(|f| serde_json::to_string(f).ok()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{decide_spreadsheet, Lang};
    use chrono::NaiveDate;

    #[test]
    fn a_row_carries_its_articles_problems_and_case_file() {
        let csv = "case;name;stage;article;part;committed_on;context\n\
                   7;Ерлан;investigation;272;2;2022-01-05;riots\n\
                   7;;;269-1;1;2022-01-05;riots\n\
                   8;Гүлнар;investigation;272;2;32.01.2022;riots\n";
        let today = NaiveDate::from_ymd_opt(2023, 3, 1).unwrap();
        let batch = decide_spreadsheet(csv.as_bytes(), today, Lang::En).unwrap();
        let rows: Vec<CaseRow> = batch.cases.iter().map(CaseRow::new).collect();

        let good = &rows[0];
        assert_eq!((good.case.as_str(), good.name.as_str()), ("7", "Ерлан"));
        assert_eq!(good.rows, vec![2, 3]);
        let articles: Vec<String> = good
            .offences
            .iter()
            .map(|o| format!("{}/{:?}", o.article, o.part))
            .collect();
        assert_eq!(articles, vec!["272/Some(2)", "269-1/Some(1)"]);
        assert!(good.decision.is_some() && good.problems.is_empty());
        let file = good.case_file.as_deref().unwrap();
        let decided = amnesty_rules::check(file.as_bytes(), today).unwrap();
        assert_eq!(decided.outcome, good.decision.as_ref().unwrap().outcome);

        let bad = &rows[1];
        assert!(bad.decision.is_none() && bad.case_file.is_none() && bad.offences.is_empty());
        assert_eq!(bad.problems.len(), 1);
        assert_eq!(
            (bad.problems[0].row, bad.problems[0].column.as_str()),
            (4, "committed_on")
        );
        assert!(bad.problems[0].message.contains("32.01.2022"));
    }
}
