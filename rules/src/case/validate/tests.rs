//! The case file's checks, field by field (`super`: `validate.rs`).

use super::*;
use crate::case::{parse_case_file, OffenceFile};
use crate::vocab::ArticleNo;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2023, 3, 1).unwrap()
}

fn offence(article: ArticleNo, part: Option<u8>) -> OffenceFile {
    OffenceFile::in_riots(article, part, "2022-01-05".into())
}

fn file(offences: Vec<OffenceFile>, sentence: Option<SentenceFile>) -> CaseFile {
    let stage = if sentence.is_some() {
        Stage::Serving
    } else {
        Stage::Trial
    };
    CaseFile {
        sentence,
        ..CaseFile::at(stage, offences)
    }
}

fn fields(result: Result<Case, Vec<FieldError>>) -> Vec<(String, Problem)> {
    result
        .unwrap_err()
        .into_iter()
        .map(|e| (e.field, e.problem))
        .collect()
}

/// The problems a case at trial with these offences (article, part) is refused with.
fn offences_refused(offences: &[(ArticleNo, Option<u8>)]) -> Vec<(String, Problem)> {
    let offences = offences
        .iter()
        .map(|&(article, part)| offence(article, part))
        .collect();
    fields(validate(
        &file(offences, None),
        today(),
        RulePack::embedded(),
    ))
}

#[test]
fn a_missing_field_is_named() {
    let err = parse_case_file(br#"{"offences": []}"#).unwrap_err();
    assert_eq!(
        (err.field.as_str(), err.problem),
        ("stage", Problem::Missing)
    );
    let err =
        parse_case_file(br#"{"stage":"trial","offences":[{"article":106,"context":"riots"}]}"#)
            .unwrap_err();
    assert_eq!(err.field, "offences[0].committed_on");
}

#[test]
fn a_reader_error_names_the_field_where_it_is() {
    let field = |json: &str| parse_case_file(json.as_bytes()).unwrap_err().field;
    let ok_offence = r#"{"article":106,"committed_on":"2022-01-05","context":"riots"}"#;
    assert_eq!(
        field(
            r#"{"stage":"trial","offences":[{"article":106,"committed_on":"2022-01-05","context":"party"}]}"#
        ),
        "offences[0].context"
    );
    assert_eq!(
        field(&format!(
            r#"{{"stage":"trial","offences":[{ok_offence},{{"article":"x"}}]}}"#
        )),
        "offences[1].article"
    );
    assert_eq!(
        field(&format!(
            r#"{{"stage":"trial","offences":[{ok_offence}],"sentence":{{"punishment":"prison"}}}}"#
        )),
        "sentence.punishment"
    );
    assert_eq!(
        field(&format!(
            r#"{{"stage":"trial","offences":[{ok_offence}],"sentence":{{"start":"2022-01-06"}}}}"#
        )),
        "sentence.punishment"
    );
    assert_eq!(
        field(
            r#"{"stage":"trial","offences":[{"article":106,"committed_on":"2022-01-05","context":"riots","extra":1}]}"#
        ),
        "offences[0].extra"
    );
    assert_eq!(
        field("{\n  \"stage\": \"tr\\\"ial\",\n  \"offences\": []\n}"),
        "stage"
    );
    assert_eq!(field("[1, 2]"), "");
}

#[test]
fn a_byte_order_mark_is_accepted_and_a_huge_file_refused() {
    let text = br#"{"stage":"trial","offences":[{"article":"269-1","part":2,"committed_on":"2022-01-05","context":"riots"}]}"#;
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend_from_slice(text);
    let parsed = parse_case_file(&with_bom).unwrap();
    assert_eq!(parsed.offences[0].article, ArticleNo::new(269, 1));
    let huge = vec![b' '; crate::case::MAX_FILE_BYTES + 1];
    assert!(matches!(
        parse_case_file(&huge).unwrap_err().problem,
        Problem::FileTooLarge { .. }
    ));
}

#[test]
fn article_numbers_read_from_numbers_and_dashed_strings() {
    for (json, expected) in [
        ("188", Some((188, 0))),
        ("\"269-1\"", Some((269, 1))),
        ("\"188\"", Some((188, 0))),
        ("\"269.1\"", None),
        ("-5", None),
        ("\"x\"", None),
    ] {
        let text = format!(
            r#"{{"stage":"trial","offences":[{{"article":{json},"committed_on":"2022-01-05","context":"riots"}}]}}"#
        );
        let read = parse_case_file(text.as_bytes()).map(|f| f.offences[0].article);
        match expected {
            Some((n, d)) => assert_eq!(read.unwrap(), ArticleNo::new(n, d), "{json}"),
            None => assert_eq!(read.unwrap_err().field, "offences[0].article", "{json}"),
        }
    }
}

#[test]
fn a_part_the_article_does_not_have_is_named() {
    let a = |n| ArticleNo::new(n, 0);
    let problems = offences_refused(&[
        (a(188), Some(7)),
        (a(102), Some(1)),
        (a(106), Some(3)),
        (a(190), Some(9)),
    ]);
    let part = |i: usize, n, parts| {
        (
            format!("offences[{i}].part"),
            Problem::NoSuchPart {
                article: ArticleNo::new(n, 0),
                parts,
            },
        )
    };
    assert_eq!(
        problems,
        [part(0, 188, 4), part(1, 102, 0), part(3, 190, 4)],
        "every article's parts are known, not only those on the law's list"
    );
}

#[test]
fn a_number_the_code_did_not_have_is_named_never_decided() {
    let a = |n| ArticleNo::new(n, 0);
    let problems = offences_refused(&[
        (a(999), Some(1)),
        (a(2722), None),
        (ArticleNo::new(272, 2), None),
        (a(108), Some(1)),
        (a(361), Some(2)),
        (a(0), None),
    ]);
    let article = |i: usize, n, d| {
        (
            format!("offences[{i}].article"),
            Problem::NoSuchArticle {
                article: ArticleNo::new(n, d),
            },
        )
    };
    assert_eq!(
        problems,
        [
            article(0, 999, 0),
            article(1, 2722, 0),
            article(2, 272, 2),
            (
                "offences[3].article".to_string(),
                Problem::RepealedArticle {
                    article: ArticleNo::new(108, 0)
                }
            ),
            (
                "offences[4].part".to_string(),
                Problem::RepealedPart {
                    article: ArticleNo::new(361, 0),
                    part: 2
                }
            ),
            article(5, 0, 0),
        ]
    );
}

#[test]
fn each_punishment_takes_its_own_measure() {
    let pack = RulePack::embedded();
    let sentence = |punishment, years, hours, amount, start: Option<&str>| SentenceFile {
        years,
        hours,
        amount,
        start: start.map(str::to_string),
        ..SentenceFile::of(punishment)
    };
    let case = |s| {
        validate(
            &file(vec![offence(ArticleNo::new(188, 0), Some(3))], Some(s)),
            today(),
            pack,
        )
    };
    let ok = case(sentence(
        Punishment::CommunityService,
        0,
        Some(240),
        None,
        None,
    ))
    .unwrap();
    assert_eq!(ok.sentence.unwrap().measure, Measure::Hours(240));
    let ok = case(sentence(
        Punishment::Fine,
        0,
        None,
        None,
        Some("2022-03-01"),
    ))
    .unwrap();
    assert_eq!(ok.sentence.unwrap().measure, Measure::Unstated);
    assert_eq!(
        fields(case(sentence(Punishment::Fine, 2, Some(10), None, None))),
        [
            (
                "sentence.years".to_string(),
                Problem::WrongMeasure {
                    punishment: Punishment::Fine
                }
            ),
            (
                "sentence.hours".to_string(),
                Problem::WrongMeasure {
                    punishment: Punishment::Fine
                }
            ),
        ]
    );
    assert_eq!(
        fields(case(sentence(
            Punishment::Imprisonment,
            2,
            None,
            None,
            None
        ))),
        [("sentence.start".to_string(), Problem::Missing)]
    );
}

#[test]
fn a_sentence_at_investigation_is_refused() {
    let mut f = file(vec![offence(ArticleNo::new(188, 0), Some(2))], None);
    f.stage = Stage::Investigation;
    f.sentence = Some(SentenceFile {
        years: 1,
        start: Some("2022-01-06".into()),
        ..SentenceFile::of(Punishment::Imprisonment)
    });
    assert_eq!(
        fields(validate(&f, today(), RulePack::embedded())),
        [("sentence".to_string(), Problem::SentenceAtInvestigation)]
    );
}

#[test]
fn an_offence_s_own_sentence_is_checked_at_its_own_field() {
    let own = |punishment, years, amount| SentenceFile {
        years,
        amount,
        ..SentenceFile::of(punishment)
    };
    let a272 = ArticleNo::new(272, 0);
    let with_own = |sentence: SentenceFile| OffenceFile {
        sentence: Some(sentence),
        ..offence(a272, Some(2))
    };
    let aggregate = Some(SentenceFile {
        start: Some("2022-01-06".into()),
        ..own(Punishment::Imprisonment, 8, None)
    });
    // A term needs no first day of its own; an amount must be given.
    let ok = file(
        vec![with_own(own(Punishment::Imprisonment, 6, None))],
        aggregate.clone(),
    );
    let case = validate(&ok, today(), RulePack::embedded()).unwrap();
    let expected = OwnSentence {
        punishment: Punishment::Imprisonment,
        measure: Measure::Term(Term::new(6, 0, 0)),
    };
    assert_eq!(case.offences[0].sentence, Some(expected));
    let no_amount = file(
        vec![with_own(own(Punishment::Fine, 0, None))],
        aggregate.clone(),
    );
    assert_eq!(
        fields(validate(&no_amount, today(), RulePack::embedded())),
        [("offences[0].sentence.amount".to_string(), Problem::Missing)]
    );
    let zero = file(
        vec![with_own(own(Punishment::Imprisonment, 0, None))],
        aggregate,
    );
    assert_eq!(
        fields(validate(&zero, today(), RulePack::embedded())),
        [("offences[0].sentence".to_string(), Problem::ZeroTerm)]
    );
    let mut early = file(vec![with_own(own(Punishment::Imprisonment, 2, None))], None);
    early.stage = Stage::Investigation;
    assert_eq!(
        fields(validate(&early, today(), RulePack::embedded())),
        [(
            "offences[0].sentence".to_string(),
            Problem::SentenceAtInvestigation
        )]
    );
    // Its first day and a conditional mark belong to the aggregate.
    let json = br#"{"stage":"serving","offences":[{"article":272,"part":2,
        "committed_on":"2022-01-05","context":"riots",
        "sentence":{"punishment":"imprisonment","years":6,"start":"2022-01-06"}}]}"#;
    let err = parse_case_file(json).unwrap_err();
    assert_eq!(err.field, "offences[0].sentence.start");
}

#[test]
fn impossible_dates_are_rejected_with_what_was_typed() {
    assert_eq!(
        parse_date("2022-02-30"),
        Err(Problem::NoSuchDay {
            value: "2022-02-30".into(),
            day: 30,
            month: 2,
            year: 2022,
            days_in_month: 28
        })
    );
    assert_eq!(
        parse_date("2022-13-01"),
        Err(Problem::NotADate {
            value: "2022-13-01".into()
        })
    );
    assert_eq!(
        parse_date("1800-01-01"),
        Err(Problem::DateOutOfRange {
            value: "1800-01-01".into()
        })
    );
    assert!(parse_date("2024-02-29").is_ok());
}
