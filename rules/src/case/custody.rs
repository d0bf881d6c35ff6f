//! The periods of custody and the sentence's institution and probation, checked: each date read,
//! each period in order, before the term's first day, and apart from every other period; an
//! institution only for imprisonment, a probation only for a conditional sentence.

use chrono::NaiveDate;

use super::validate::Checker;
use super::{Custody, CustodyFile, Problem, SentenceFile};
use crate::vocab::Punishment;

/// The periods held, in order of their first day; `None` where one of them is wrong (each problem
/// is named by its field, `custody[i]`).
pub(super) fn periods(
    check: &mut Checker,
    file: &[CustodyFile],
    start: Option<NaiveDate>,
    as_of: Option<NaiveDate>,
    earliest_offence: Option<NaiveDate>,
) -> Option<Vec<Custody>> {
    let before = check.errors.len();
    let mut read: Vec<(usize, Custody)> = Vec::new();
    for (i, c) in file.iter().enumerate() {
        let field = format!("custody[{i}]");
        let from = check.date(format!("{field}.from"), &c.from);
        let to = check.date(format!("{field}.to"), &c.to);
        let (Some(from), Some(to)) = (from, to) else {
            continue;
        };
        if to < from {
            check.push(
                format!("{field}.to"),
                Problem::CustodyOrder {
                    from: from.to_string(),
                },
            );
            continue;
        }
        // Nobody is held for an offence not yet committed.
        if let Some(committed) = earliest_offence.filter(|c| from < *c) {
            check.push(
                format!("{field}.from"),
                Problem::StartBeforeOffence {
                    committed_on: committed.to_string(),
                },
            );
            continue;
        }
        let limit = start.or(as_of.and_then(|d| d.succ_opt()));
        if let Some(limit) = limit.filter(|limit| to >= *limit) {
            check.push(
                format!("{field}.to"),
                Problem::CustodyAfterStart {
                    start: limit.to_string(),
                },
            );
            continue;
        }
        let period = Custody {
            from,
            to,
            kind: c.kind,
        };
        if let Some((other, _)) = read
            .iter()
            .find(|(_, p)| p.from <= period.to && period.from <= p.to)
        {
            check.push(
                field,
                Problem::CustodyOverlaps {
                    other: *other as u32 + 1,
                },
            );
            continue;
        }
        // Kept in order of the first day as they are read: an insertion after every period that
        // begins no later is a stable sort, in a few bytes of the page instead of a sort's code.
        let at = read.partition_point(|(_, p)| p.from <= period.from);
        read.insert(at, (i, period));
    }
    if check.errors.len() > before {
        return None;
    }
    Some(read.into_iter().map(|(_, p)| p).collect())
}

/// An institution only for imprisonment; a probation only for a conditional sentence.
pub(super) fn sentence_extras(check: &mut Checker, s: &SentenceFile) {
    if s.institution.is_some() && (s.punishment != Punishment::Imprisonment || s.conditional) {
        check.push("sentence.institution", Problem::InstitutionNotImprisonment);
    }
    if let Some(months) = s.probation_months {
        if !s.conditional {
            check.push(
                "sentence.probation_months",
                Problem::ProbationNotConditional,
            );
        } else if !(1..=120).contains(&months) {
            check.push(
                "sentence.probation_months",
                Problem::OutOfRange { min: 1, max: 120 },
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::case::{validate, CaseFile, CustodyFile, CustodyKind, OffenceFile, Stage};
    use crate::vocab::ArticleNo;
    use crate::RulePack;
    use chrono::NaiveDate;

    fn held(from: &str, to: &str, kind: CustodyKind) -> CustodyFile {
        CustodyFile {
            from: from.into(),
            to: to.into(),
            kind,
        }
    }

    #[test]
    fn periods_given_out_of_order_come_in_order_of_their_first_day() {
        let offence = OffenceFile::in_riots(ArticleNo::new(272, 0), Some(2), "2022-01-05".into());
        let file = CaseFile {
            custody: vec![
                held("2022-03-01", "2022-03-10", CustodyKind::HouseArrest),
                held("2022-01-10", "2022-01-20", CustodyKind::Detention),
                held("2022-02-01", "2022-02-05", CustodyKind::HouseArrest),
            ],
            ..CaseFile::at(Stage::Trial, vec![offence])
        };
        let today = NaiveDate::from_ymd_opt(2023, 3, 1).unwrap();
        let case = validate(&file, today, RulePack::embedded()).unwrap();
        let read: Vec<(String, CustodyKind)> = case
            .custody
            .iter()
            .map(|c| (c.from.to_string(), c.kind))
            .collect();
        assert_eq!(
            read,
            [
                ("2022-01-10".to_string(), CustodyKind::Detention),
                ("2022-02-01".to_string(), CustodyKind::HouseArrest),
                ("2022-03-01".to_string(), CustodyKind::HouseArrest),
            ]
        );
    }
}
