//! Invariants of the rules, each checked on at least 10,000 generated cases.

use amnesty::case::{
    parse_case_file, CaseFile, Category, Context, ExclusionFact, OffenceFile, Punishment,
    Recidivism, SentenceFile, Stage,
};
use amnesty::decision::{Coverage, Decision, Outcome};
use amnesty::term::{Fraction, Term};
use chrono::{Days, NaiveDate};
use proptest::prelude::*;

const CASES: u32 = 10_000;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: CASES,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A date `offset` days after `from`.
fn date_from(from: NaiveDate, max_days: u64) -> impl Strategy<Value = NaiveDate> {
    (0..=max_days).prop_map(move |d| from.checked_add_days(Days::new(d)).unwrap())
}

fn text(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

fn category() -> impl Strategy<Value = Option<Category>> {
    prop::option::weighted(0.8, prop::sample::select(Category::ALL.to_vec()))
}

fn article() -> impl Strategy<Value = (u16, Option<u8>)> {
    let listed = prop::sample::select(vec![
        102u16, 104, 106, 107, 115, 131, 149, 187, 188, 191, 202, 207, 272, 293,
    ]);
    prop_oneof![
        4 => (listed, prop::option::weighted(0.8, 1u8..=4)),
        1 => (1u16..=500, prop::option::of(1u8..=5)),
    ]
}

fn offence() -> impl Strategy<Value = OffenceFile> {
    (
        article(),
        // Mostly around the period, sometimes well outside it.
        prop_oneof![4 => date_from(day(2021, 12, 28), 20), 1 => date_from(day(2015, 1, 1), 3650)],
        prop::sample::select(vec![Context::Riots, Context::Suppression, Context::Other]),
        category(),
        prop::collection::vec(prop::sample::select(ExclusionFact::ALL.to_vec()), 0..=1),
    )
        .prop_map(
            |((article, part), committed_on, context, category, exclusions)| OffenceFile {
                article,
                part,
                committed_on: text(committed_on),
                context,
                category,
                exclusions,
            },
        )
}

fn sentence() -> impl Strategy<Value = SentenceFile> {
    (
        prop::sample::select(Punishment::ALL.to_vec()),
        prop_oneof![
            (0u32..=1, 0u32..=10, 0u32..=60),
            (0u32..=20, 0u32..=24, 0u32..=60)
        ],
        prop_oneof![
            date_from(day(2022, 1, 8), 60),
            date_from(day(2022, 1, 8), 1000)
        ],
        any::<bool>(),
    )
        .prop_map(
            |(punishment, (years, months, days), start, conditional)| SentenceFile {
                punishment,
                years,
                months,
                days: if years + months + days == 0 { 1 } else { days },
                start: text(start),
                conditional,
            },
        )
}

fn case_file() -> impl Strategy<Value = CaseFile> {
    (
        date_from(day(2025, 1, 1), 700),
        prop::option::of(date_from(day(1950, 1, 1), 20_000)),
        prop::sample::select(vec![
            Recidivism::None,
            Recidivism::None,
            Recidivism::Recidivism,
            Recidivism::DangerousRecidivism,
        ]),
        prop::sample::select(vec![
            Stage::Investigation,
            Stage::Trial,
            Stage::Serving,
            Stage::Served,
        ]),
        prop::collection::vec(offence(), 1..=3),
        prop::option::weighted(0.9, sentence()),
    )
        .prop_map(
            |(as_of, birth, recidivism, stage, offences, sentence)| CaseFile {
                as_of: Some(text(as_of)),
                // Born before every offence, so the case is valid.
                birth_date: birth.filter(|b| *b < day(2008, 1, 1)).map(text),
                recidivism,
                stage,
                sentence: if stage == Stage::Serving || stage == Stage::Served {
                    Some(sentence.unwrap_or(SentenceFile {
                        punishment: Punishment::Imprisonment,
                        years: 3,
                        months: 0,
                        days: 0,
                        start: "2022-01-10".into(),
                        conditional: false,
                    }))
                } else {
                    sentence
                },
                offences,
            },
        )
}

fn today() -> NaiveDate {
    day(2026, 11, 25)
}

/// Decides a generated file; files the validation rejects (a sentence before its offence…)
/// are skipped, as a user would be told to correct them.
fn decide(file: &CaseFile) -> Option<Decision> {
    amnesty::check_file(file, today()).ok()
}

fn imposed(file: &CaseFile) -> Option<Term> {
    file.sentence
        .as_ref()
        .map(|s| Term::new(s.years, s.months, s.days))
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn a_covered_case_never_gets_a_longer_term(file in case_file()) {
        let Some(decision) = decide(&file) else { return Ok(()) };
        let Some(imposed) = imposed(&file) else { return Ok(()) };
        let start = NaiveDate::parse_from_str(&file.sentence.as_ref().unwrap().start, "%Y-%m-%d").unwrap();
        let results = std::iter::once((decision.new_term, decision.new_end))
            .chain(decision.readings.iter().map(|r| (r.new_term, r.new_end)));
        for (new_term, new_end) in results {
            if let Some(new_term) = new_term {
                prop_assert!(new_term.nominal_days() <= imposed.nominal_days(), "{new_term:?} > {imposed:?}");
            }
            if let (Some(new_end), Some(imposed_end)) = (new_end, imposed.last_day(start)) {
                prop_assert!(new_end <= imposed_end, "{new_end} after {imposed_end}");
            }
        }
    }

    #[test]
    fn outside_the_period_or_context_other_is_never_covered(file in case_file()) {
        let Some(decision) = decide(&file) else { return Ok(()) };
        let (from, to) = (day(2022, 1, 4), day(2022, 1, 7));
        for (offence, assessment) in file.offences.iter().zip(&decision.offences) {
            let committed = NaiveDate::parse_from_str(&offence.committed_on, "%Y-%m-%d").unwrap();
            if committed < from || committed > to || offence.context == Context::Other {
                prop_assert_eq!(assessment.coverage, Coverage::NotCovered);
            }
        }
        let nothing_in_scope = file.offences.iter().all(|o| {
            let committed = NaiveDate::parse_from_str(&o.committed_on, "%Y-%m-%d").unwrap();
            committed < from || committed > to || o.context == Context::Other
        });
        if nothing_in_scope {
            prop_assert_eq!(decision.outcome, Outcome::NotCovered);
            prop_assert!(decision.readings.is_empty());
        }
    }

    #[test]
    fn an_excluded_person_is_never_released(file in case_file()) {
        let Some(decision) = decide(&file) else { return Ok(()) };
        let excluding_fact = file.offences.iter().any(|o| {
            o.exclusions.iter().any(|f| *f != ExclusionFact::OrganisingRiots)
        });
        if excluding_fact || file.recidivism != Recidivism::None {
            prop_assert!(matches!(decision.outcome, Outcome::Excluded | Outcome::NotCovered), "{:?}", decision.outcome);
        }
        if decision.outcome == Outcome::Excluded {
            prop_assert!(!decision.outcome.frees());
            prop_assert_eq!(decision.release_on, None);
            prop_assert_eq!(decision.new_term, None);
            prop_assert!(decision.readings.is_empty());
        }
    }

    #[test]
    fn the_decision_is_deterministic(file in case_file()) {
        let first = decide(&file);
        let second = decide(&file);
        prop_assert_eq!(&first, &second);
        if let (Some(a), Some(b)) = (first, second) {
            prop_assert_eq!(serde_json::to_string(&a).unwrap(), serde_json::to_string(&b).unwrap());
        }
    }

    #[test]
    fn no_bytes_make_the_reader_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let _ = amnesty::check(&bytes, today());
    }

    #[test]
    fn no_mangled_case_file_makes_the_checker_panic(
        file in case_file(),
        cut in any::<prop::sample::Index>(),
        noise in prop::collection::vec(any::<u8>(), 0..8),
    ) {
        // A real case file, cut short and with noise spliced in: near-valid input finds the
        // deepest paths.
        let mut bytes = serde_json::to_vec(&file).unwrap();
        let at = cut.index(bytes.len());
        bytes.splice(at..at, noise);
        let _ = amnesty::check(&bytes, today());
    }

    #[test]
    fn any_json_of_the_right_shape_is_decided_or_rejected_cleanly(
        years in any::<u32>(), months in any::<u32>(), days in any::<u32>(),
        article in any::<u16>(), part in any::<u8>(),
        y in 0i32..3000, m in 0u32..14, d in 0u32..33,
    ) {
        let json = format!(
            r#"{{"as_of":"2026-01-01","stage":"serving","offences":[{{"article":{article},"part":{part},"committed_on":"{y:04}-{m:02}-{d:02}","context":"riots","category":"grave"}}],"sentence":{{"punishment":"imprisonment","years":{years},"months":{months},"days":{days},"start":"2022-01-06"}}}}"#
        );
        match amnesty::check(json.as_bytes(), today()) {
            Ok(decision) => prop_assert!(Outcome::ALL.contains(&decision.outcome)),
            Err(errors) => prop_assert!(errors.iter().all(|e| !e.field.is_empty())),
        }
    }

    #[test]
    fn a_reduction_keeps_no_more_than_its_fraction(
        years in 0u32..=40, months in 0u32..=30, days in 0u32..=400,
        keep in prop::sample::select(vec![(1u32, 4u32), (1, 2)]),
        start in date_from(day(2020, 1, 1), 3000),
    ) {
        let term = Term::new(years, months, days);
        let kept = term.keep_fraction(Fraction { numerator: keep.0, denominator: keep.1 });
        // Never more than the exact fraction in the 30-day-month convention (rounded down).
        prop_assert!(u64::from(keep.1) * kept.nominal_days() <= u64::from(keep.0) * term.nominal_days());
        // And never less than a day short of it.
        prop_assert!(u64::from(keep.1) * (kept.nominal_days() + 1) > u64::from(keep.0) * term.nominal_days());
        if let (Some(kept_end), Some(end)) = (kept.last_day(start), term.last_day(start)) {
            prop_assert!(kept_end <= end);
        }
    }

    #[test]
    fn term_between_inverts_last_day(start in date_from(day(2020, 1, 1), 3000), length in 0u64..5000) {
        let end = start.checked_add_days(Days::new(length)).unwrap();
        let term = Term::between(start, end).unwrap();
        prop_assert_eq!(term.last_day(start), Some(end));
        prop_assert!(term.days < 31);
    }
}

#[test]
fn the_command_line_tool_exits_2_on_bad_bytes_and_prints_nothing() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let samples: Vec<Vec<u8>> = vec![
        vec![],
        b"{".to_vec(),
        vec![0xff, 0xfe, 0x00, 0x01],
        b"[1,2,3]".to_vec(),
        br#"{"stage":"serving","offences":[]}"#.to_vec(),
        br#"{"stage":"trial","offences":[{"article":106,"committed_on":"2022-02-30","context":"riots"}]}"#.to_vec(),
        "{\"stage\":\"trial\",\"offences\":[{\"article\":106,\"committed_on\":\"2022-01-05\",\"context\":\"riots\"}]} trailing".into(),
        [b'['; 10_000].to_vec(),
    ];
    for bytes in samples {
        let mut child = Command::new(env!("CARGO_BIN_EXE_amnesty"))
            .args(["check", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(&bytes).unwrap();
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(2),
            "input {:?}",
            String::from_utf8_lossy(&bytes)
        );
        assert!(out.stdout.is_empty());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.starts_with("error: ["), "stderr: {stderr}");
    }
}

#[test]
fn a_valid_example_parses() {
    let file = parse_case_file(include_bytes!(
        "../examples/cases/grave-serving-8-years.json"
    ))
    .unwrap();
    assert!(amnesty::check_file(&file, today()).is_ok());
}

#[test]
fn the_generated_cases_are_mostly_valid_so_the_properties_bite() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = case_file();
    let mut valid = 0;
    let mut outcomes = std::collections::BTreeSet::new();
    for _ in 0..CASES {
        let file = strategy.new_tree(&mut runner).unwrap().current();
        if let Some(decision) = decide(&file) {
            valid += 1;
            outcomes.insert(format!("{:?}", decision.outcome));
        }
    }
    assert!(
        valid * 10 >= CASES * 9,
        "only {valid} of {CASES} generated cases are valid"
    );
    assert_eq!(
        outcomes.len(),
        Outcome::ALL.len(),
        "generated outcomes: {outcomes:?}"
    );
}
