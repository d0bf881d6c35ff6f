//! The caseload's release figures, counted honestly: a case is released only when every reading
//! releases the person from custody by the date of calculation; a release in some readings, a
//! release still to come and a punishment that never held anyone in custody are counted apart;
//! each case gives its earliest and latest release day. Each case here is built to land in one
//! count.

mod common;

use amnesty_batch::{results_csv, Column, Freed, Lang};
use amnesty_rules::case::Stage::Serving;
use amnesty_rules::vocab::Context::Riots;
use amnesty_rules::vocab::Punishment::{self, Fine, Imprisonment, RestrictionOfFreedom};
use chrono::NaiveDate;
use common::{decide, Row, Sheet, V};

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// A riot offence (CC Art. `article` part `part`) of 5 January 2022, punished by `years` of
/// `punishment` from the next day.
fn from_6_january(
    row: Row,
    article: i32,
    part: impl Into<V>,
    punishment: Punishment,
    years: i32,
) -> Row {
    row.offence(article, part, (2022, 1, 5), Riots)
        .term(punishment, years, (2022, 1, 6))
}

/// One case for each count; the date of calculation is 1 March 2023.
fn caseload() -> Sheet {
    let serving = |id: i32| Row::case(id, "", Serving).set(Column::AsOf, (2023, 3, 1));
    Sheet::new(&[
        // A small crime: released when the law came into force, 3 November 2022.
        serving(1)
            .offence(293, 1, (2022, 1, 6), Riots)
            .term(Imprisonment, 1, (2022, 1, 7)),
        // Grave, 5 years: the one-year rule releases on 3 November 2022 counted on the cut term;
        // counted on the term imposed, the cut term runs to 6 April 2023, after 1 March.
        serving(2)
            .offence(272, 2, (2022, 1, 5), Riots)
            .term(Imprisonment, 5, (2022, 1, 7)),
        // Grave, 8 years: the cut term runs to 5 January 2024.
        from_6_january(serving(3), 272, 2, Imprisonment, 8),
        // Art. 106 without its part: parts 1 and 2 cut to 2 years (5 January 2024); part 3 is
        // not on the law's list, and releases nobody.
        from_6_january(serving(4), 106, "", Imprisonment, 8),
        // Restriction of freedom, released from it: a punishment outside custody ends.
        from_6_january(serving(5), 272, 3, RestrictionOfFreedom, 2),
        // A conditional sentence, cut to 9 months: nobody was in custody.
        from_6_january(serving(6), 272, 2, Imprisonment, 3).set(Column::Conditional, "yes"),
        // A fine for a small crime, released from it.
        serving(7)
            .offence(293, 1, (2022, 1, 6), Riots)
            .set(Column::Punishment, Fine)
            .set(Column::Amount, 1000),
        // 30 years for 272 part 2 (at most 8): decided as entered, and counted to be checked.
        from_6_january(serving(8), 272, 2, Imprisonment, 30),
    ])
}

#[test]
fn every_case_lands_in_its_own_count() {
    let bytes = caseload().csv(b',', common::Encoding::Utf8, common::DateText::Iso);
    let batch = decide(&bytes);
    let freed: Vec<Option<Freed>> = batch
        .cases
        .iter()
        .map(|c| c.decision.as_ref().and_then(|d| d.freed))
        .collect();
    // Cases 1 to 8, each decided.
    let expected = [
        Freed::Released,
        Freed::ReleasedInSomeReading,
        Freed::ToBeReleased,
        Freed::ToBeReleasedInSomeReading,
        Freed::PunishmentEnds,
        Freed::PunishmentEnds,
        Freed::PunishmentEnds,
        Freed::ToBeReleased,
    ];
    assert_eq!(freed, expected.map(Some));
    let s = &batch.summary;
    assert_eq!(s.released, 1);
    assert_eq!(s.released_in_some_reading, 1);
    assert_eq!(s.to_be_released, 2);
    assert_eq!(s.to_be_released_in_some_reading, 1);
    assert_eq!(s.punishment_ends, 3);
    assert_eq!(s.sentences_to_check, 1);
    // The dates of those released or to be released in every reading: case 1, case 3, and
    // case 8 (30 years cut to 7 years 6 months as entered: 5 July 2029).
    let dates: Vec<(Option<NaiveDate>, u32)> = s
        .release_dates
        .iter()
        .map(|d| (Some(d.date), d.count))
        .collect();
    assert_eq!(
        dates,
        [
            (day(2022, 11, 3), 1),
            (day(2024, 1, 5), 1),
            (day(2029, 7, 5), 1)
        ]
    );
}

#[test]
fn a_case_whose_readings_differ_gives_its_earliest_and_latest_release() {
    let bytes = caseload().csv(b',', common::Encoding::Utf8, common::DateText::Iso);
    let batch = decide(&bytes);
    let range = |i: usize| {
        let d = batch.cases[i].decision.as_ref().unwrap();
        (d.figures.release_on, d.release_earliest, d.release_latest)
    };
    // One reading: the same day three times.
    assert_eq!(
        range(0),
        (day(2022, 11, 3), day(2022, 11, 3), day(2022, 11, 3))
    );
    // Two readings of the one-year rule.
    assert_eq!(
        range(1),
        (day(2022, 11, 3), day(2022, 11, 3), day(2023, 4, 6))
    );
    // A court or a missing part decides: no day shown, the earliest of the readings, and no
    // latest because one reading releases nobody.
    assert_eq!(range(3), (None, day(2024, 1, 5), None));

    // Both days are columns of the results, and of the JSON.
    let csv = String::from_utf8(results_csv(&batch)).unwrap();
    let header = csv.lines().next().unwrap();
    use amnesty_words::keys::batch::results as k;
    for key in [k::release_earliest, k::release_latest, k::freed] {
        assert!(
            header.contains(amnesty_words::text(Lang::En, key)),
            "{header}"
        );
    }
    let second = csv.lines().nth(2).unwrap();
    assert!(
        second.contains(",2022-11-03,2022-11-03,2023-04-06,"),
        "{second}"
    );
    let json = serde_json::to_value(&batch).unwrap();
    let decision = &json["cases"][1]["decision"];
    assert_eq!(decision["release_latest"], "2023-04-06");
    assert_eq!(decision["freed"], "released_in_some_reading");
    assert_eq!(json["summary"]["released_in_some_reading"], 1);
}

#[test]
fn a_sentence_beyond_the_law_is_shown_beside_a_decided_case() {
    let bytes = caseload().csv(b',', common::Encoding::Utf8, common::DateText::Iso);
    let batch = decide(&bytes);
    let case = &batch.cases[7];
    let d = case.decision.as_ref().expect("decided all the same");
    assert_eq!(d.to_check.len(), 1);
    assert!(case.errors.is_empty());
    let csv = String::from_utf8(results_csv(&batch)).unwrap();
    let last = csv.lines().last().unwrap();
    assert!(last.contains("at most 8 years"), "{last}");
}
