//! The draft's tests: what the form holds turned into a case file, kept as typed when wrong.

use super::*;
use amnesty_rules::decision::Outcome;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2023, 3, 1).unwrap()
}

fn filled() -> CaseDraft {
    let mut draft = CaseDraft::new(today());
    draft.offences[0] = OffenceDraft {
        article: "106".into(),
        part: "1".into(),
        committed_on: "05.01.2022".into(),
        context: Context::Riots,
        category: Some(Category::Grave),
        exclusions: vec![],
        victim_age: String::new(),
        own_sentence: Box::default(),
    };
    draft.sentence = SentenceDraft {
        years: "8".into(),
        start: "2022-01-06".into(),
        ..SentenceDraft::default()
    };
    draft
}

/// A case file of someone serving an imprisonment of `years` since 6 January 2022 for the
/// riots (Art. 272 part 2, its own imprisonment `first_years`) and a `second` offence, and the
/// draft the form makes of it.
fn imported_two_offences(
    first_years: u32,
    second: serde_json::Value,
    years: u32,
) -> (amnesty_rules::case::CaseFile, CaseDraft) {
    let case = serde_json::json!({"as_of": "2023-03-01", "stage": "serving",
        "offences": [{"article": 272, "part": 2, "committed_on": "2022-01-05", "context": "riots",
            "sentence": {"punishment": "imprisonment", "years": first_years}}, second],
        "sentence": {"punishment": "imprisonment", "years": years, "start": "2022-01-06"}});
    let file = amnesty_rules::case::parse_case_file(case.to_string().as_bytes()).unwrap();
    let draft = CaseDraft::from_case_file(&file, today());
    (file, draft)
}

#[test]
fn a_filled_draft_decides() {
    let decision = filled().decide(today()).unwrap();
    assert_eq!(decision.outcome, Outcome::TermReduced);
}

#[test]
fn numbers_that_are_not_numbers_are_named_and_kept() {
    let mut draft = filled();
    draft.sentence.years = "eight".into();
    draft.offences[0].part = "1a".into();
    let errors = draft.to_case_file().unwrap_err();
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["offences[0].part", "sentence.years"]);
    assert_eq!(draft.sentence.years, "eight");
}

#[test]
fn every_field_is_checked_even_when_a_number_cannot_be_read() {
    let mut draft = filled();
    draft.offences[0].article = String::new();
    draft.offences[0].committed_on = "31.02.2022".into();
    draft.sentence.years = "x".into();
    let fields: Vec<String> = draft
        .decide(today())
        .unwrap_err()
        .into_iter()
        .map(|e| e.field)
        .collect();
    assert_eq!(
        fields,
        [
            "offences[0].article",
            "offences[0].committed_on",
            "sentence.years"
        ]
    );
}

#[test]
fn an_empty_article_is_missing() {
    let mut draft = filled();
    draft.offences[0].article = " ".into();
    let errors = draft.decide(today()).unwrap_err();
    assert_eq!(
        errors[0],
        FieldError::new("offences[0].article", Problem::Missing)
    );
}

#[test]
fn the_article_field_reads_citations_whole() {
    let mut draft = filled();
    for (typed, article, part) in [
        ("ст. 272 ч. 2", "272", 2),
        ("272.2", "272", 2),
        ("272-баптың 2-бөлігі", "272", 2),
        ("п. 2 ч. 3 ст. 189", "189", 3),
    ] {
        draft.offences[0].article = typed.into();
        draft.offences[0].part = String::new();
        let file = draft.to_case_file().unwrap();
        assert_eq!(
            (file.offences[0].article.to_string(), file.offences[0].part),
            (article.to_string(), Some(part)),
            "{typed}"
        );
        assert_eq!(
            draft.offences[0].article_and_part(),
            Some((file.offences[0].article, Some(part)))
        );
    }
    // The part typed agrees with the citation, or is named.
    draft.offences[0].article = "ст. 272 ч. 2".into();
    draft.offences[0].part = "2".into();
    assert!(draft.to_case_file().is_ok());
    draft.offences[0].part = "3".into();
    assert_eq!(
        draft.to_case_file().unwrap_err(),
        [FieldError::new(
            "offences[0].part",
            Problem::PartDiffersFromCitation { cited: 2 }
        )]
    );
}

#[test]
fn words_wait_to_be_chosen_and_269_1_is_asked_about() {
    let problem = |typed: &str| {
        let mut draft = filled();
        draft.offences[0].article = typed.into();
        draft.decide(today()).unwrap_err().remove(0)
    };
    assert_eq!(
        problem("массовые беспорядки"),
        FieldError::new("offences[0].article", Problem::ChooseFromList)
    );
    assert_eq!(
        problem("269.1"),
        FieldError::new(
            "offences[0].article",
            Problem::AmbiguousArticle {
                dash: ArticleNo::new(269, 1),
                part: 1
            }
        )
    );
    assert_eq!(
        problem("27x").problem,
        Problem::NotAnArticle {
            value: "27x".into()
        }
    );
    // A number the Code did not have is named at the field, never decided.
    for (typed, article) in [
        ("999", ArticleNo::new(999, 0)),
        ("2722", ArticleNo::new(2722, 0)),
    ] {
        assert_eq!(
            problem(typed),
            FieldError::new("offences[0].article", Problem::NoSuchArticle { article })
        );
    }
}

#[test]
fn dotted_dates_are_read_and_wrong_ones_reported_as_typed() {
    assert_eq!(normalise_date("5.1.2022"), "2022-01-05");
    assert_eq!(normalise_date(" 2022-01-05 "), "2022-01-05");
    assert_eq!(normalise_date("31.02.2022"), "31.02.2022");
    let mut draft = filled();
    draft.offences[0].committed_on = "31.02.2022".into();
    let errors = draft.decide(today()).unwrap_err();
    assert_eq!(errors[0].field, "offences[0].committed_on");
}

#[test]
fn the_round_trip_through_a_case_file_keeps_the_case() {
    let draft = filled();
    let file = draft.to_case_file().unwrap();
    let back = CaseDraft::from_case_file(&file, today());
    assert_eq!(back.to_case_file().unwrap(), file);
    assert_eq!(back.offences[0].committed_on, "2022-01-05");
}

#[test]
fn each_offences_own_sentence_in_an_imported_file_is_kept_and_decided() {
    let second = serde_json::json!({"article": 293, "part": 2, "committed_on": "2022-01-05",
        "context": "riots", "sentence": {"punishment": "imprisonment", "years": 2, "months": 6}});
    let (file, draft) = imported_two_offences(6, second, 7);
    assert_eq!(draft.to_case_file().unwrap(), file);
    // Kept as a remembered draft too.
    let json = serde_json::to_string(&draft).unwrap();
    let remembered: CaseDraft = serde_json::from_str(&json).unwrap();
    assert_eq!(remembered.to_case_file().unwrap(), file);
    let decision = draft.decide(today()).unwrap();
    assert!(decision.offences.iter().all(|o| o.own_sentence.is_some()));
}

#[test]
fn each_offences_own_term_typed_in_the_form_is_of_the_sentences_kind_and_checked() {
    let mut draft = filled();
    draft.offences[0].article = "272".into();
    draft.offences[0].part = "2".into();
    draft.offences.push(OffenceDraft {
        article: "188".into(),
        part: "3".into(),
        ..draft.offences[0].clone()
    });
    let typed = |years: &str| {
        Box::new(OwnSentence {
            years: years.into(),
            ..OwnSentence::default()
        })
    };
    draft.offences[0].own_sentence = typed("6");
    draft.offences[1].own_sentence = typed("4");
    let file = draft.to_case_file().unwrap();
    let own: Vec<_> = file.offences.iter().map(|o| o.sentence.clone()).collect();
    assert!(own
        .iter()
        .all(|s| s.as_ref().unwrap().punishment == draft.sentence.punishment));
    assert_eq!(own[1].as_ref().unwrap().years, 4);
    let back = CaseDraft::from_case_file(&file, today());
    assert_eq!(
        back.offences[1].own_sentence,
        draft.offences[1].own_sentence
    );
    assert_eq!(back.to_case_file().unwrap(), file);
    let decision = draft.decide(today()).unwrap();
    assert!(decision.aggregate_range.is_some());
    // A figure that is not a number is named at its own field and kept as typed.
    draft.offences[1].own_sentence = typed("четыре");
    assert_eq!(error_fields(&draft), ["offences[1].sentence.years"]);
    assert_eq!(draft.offences[1].own_sentence.years, "четыре");
    // Emptied, the offence has none; before a trial, none is sent.
    draft.offences[1].own_sentence = typed(" ");
    assert_eq!(draft.to_case_file().unwrap().offences[1].sentence, None);
    draft.offences[1].own_sentence = typed("4");
    draft.stage = Stage::Investigation;
    let file = draft.to_case_file().unwrap();
    assert!(file.offences.iter().all(|o| o.sentence.is_none()));
    assert_eq!(
        draft.offences[0].own_sentence.years, "6",
        "kept in the draft"
    );
}

#[test]
fn an_imported_own_punishment_of_another_kind_keeps_its_kind() {
    let second = serde_json::json!({"article": 293, "part": 1, "committed_on": "2021-12-01",
        "context": "other", "sentence": {"punishment": "fine", "amount": 1000}});
    let (file, draft) = imported_two_offences(4, second, 4);
    let own = |i: usize| draft.offences[i].own_sentence.clone();
    assert_eq!(own(0).punishment, None, "the sentence's kind");
    assert_eq!(own(1).punishment, Some(Punishment::Fine));
    assert_eq!(own(1).amount, Some(1000));
    assert_eq!(draft.to_case_file().unwrap(), file);
}

#[test]
fn a_number_below_zero_is_said_to_be_negative_and_kept() {
    let mut draft = filled();
    for typed in ["-3", " −3 ", "–12"] {
        draft.sentence.years = typed.into();
        assert_eq!(
            draft.to_case_file().unwrap_err(),
            [FieldError::new(
                "sentence.years",
                Problem::Negative {
                    value: typed.into()
                }
            )],
            "{typed:?}"
        );
        assert_eq!(draft.sentence.years, typed);
    }
    for typed in ["-", "-x", "3-", "--3"] {
        draft.sentence.years = typed.into();
        assert_eq!(
            draft.to_case_file().unwrap_err()[0].problem,
            Problem::NotANumber {
                value: typed.into()
            },
            "{typed:?}"
        );
    }
}

#[test]
fn an_impossible_day_is_named_as_one() {
    let mut draft = filled();
    for (typed, day, month, year, days_in_month) in [
        ("31.02.2022", 31, 2, 2022, 28),
        ("30 февраля 2022", 30, 2, 2022, 28),
        ("29.02.2021", 29, 2, 2021, 28),
        ("31.04.2022", 31, 4, 2022, 30),
    ] {
        draft.sentence.start = typed.into();
        let errors = draft.decide(today()).unwrap_err();
        assert_eq!(
            errors,
            [FieldError::new(
                "sentence.start",
                Problem::NoSuchDay {
                    value: typed.into(),
                    day,
                    month,
                    year,
                    days_in_month
                }
            )],
            "{typed}"
        );
    }
}

#[test]
fn the_saved_files_name_is_the_persons_or_the_articles_and_safe_for_files() {
    let today = today();
    let mut draft = filled();
    let name = |person: &str, draft: &CaseDraft| case_file_name(person, draft, today);
    assert_eq!(
        name("IVANOV", &draft),
        "amnesty-case-IVANOV-2023-03-01.json"
    );
    assert_eq!(
        name(" Сериков Марат Ерланұлы ", &draft),
        "amnesty-case-Сериков-Марат-Ерланұлы-2023-03-01.json"
    );
    // Nothing a file system refuses or reads as a path.
    assert_eq!(
        name("../a/b\\c:*?\"<>|.json", &draft),
        "amnesty-case-a-b-c-json-2023-03-01.json"
    );
    // No name: the first offence's article, as the law writes it.
    assert_eq!(name("", &draft), "amnesty-case-106-2023-03-01.json");
    assert_eq!(name(" ,. ", &draft), "amnesty-case-106-2023-03-01.json");
    draft.offences[0].article = "ст. 269-1 ч. 2".into();
    assert_eq!(name("", &draft), "amnesty-case-269-1-2023-03-01.json");
    draft.offences[0].article = String::new();
    assert_eq!(name("", &draft), "amnesty-case-2023-03-01.json");
    let long = "Ә".repeat(100);
    let file = name(&long, &draft);
    assert_eq!(
        file,
        format!("amnesty-case-{}-2023-03-01.json", "Ә".repeat(40))
    );
}

#[test]
fn the_sentence_is_left_out_where_the_stage_has_none() {
    let mut draft = filled();
    draft.stage = Stage::Investigation;
    assert!(draft.to_case_file().unwrap().sentence.is_none());
    draft.stage = Stage::Trial;
    assert!(draft.to_case_file().unwrap().sentence.is_none());
    draft.sentence_given = true;
    assert!(draft.to_case_file().unwrap().sentence.is_some());
}

/// Held in detention, then under house arrest, before a term from 20 June 2022.
/// The fields the draft's problems name, in order.
fn error_fields(draft: &CaseDraft) -> Vec<String> {
    let errors = draft.decide(today()).unwrap_err();
    errors.into_iter().map(|e| e.field).collect()
}

fn held() -> CaseDraft {
    let mut draft = filled();
    draft.sentence.start = "20.06.2022".into();
    draft.after.custody = vec![
        CustodyDraft {
            from: "06.01.2022".into(),
            to: "01.02.2022".into(),
            kind: CustodyKind::Detention,
        },
        CustodyDraft {
            from: "02.02.2022".into(),
            to: "19.06.2022".into(),
            kind: CustodyKind::HouseArrest,
        },
    ];
    draft.after.institution = Some(Institution::Medium);
    draft.after.parole_facts.damage_repaid = Some(true);
    draft
}

#[test]
fn the_facts_after_the_verdict_go_into_the_case_file_and_back() {
    let draft = held();
    let file = draft.to_case_file().unwrap();
    assert_eq!(file.custody[0].from, "2022-01-06");
    assert_eq!(file.custody[1].kind, CustodyKind::HouseArrest);
    let sentence = file.sentence.as_ref().unwrap();
    assert_eq!(sentence.institution, Some(Institution::Medium));
    assert_eq!(file.parole_facts.damage_repaid, Some(true));
    let back = CaseDraft::from_case_file(&file, today());
    assert_eq!(back.to_case_file().unwrap(), file);
    assert_eq!(back.after.custody.len(), 2);
    // Through the JSON a saved file, a remembered case and a `#case=` link carry.
    let json = serde_json::to_string(&file).unwrap();
    let read = amnesty_rules::case::parse_case_file(json.as_bytes()).unwrap();
    assert_eq!(CaseDraft::from_case_file(&read, today()), back);
    assert!(draft.decide(today()).unwrap().custody.is_some());
}

#[test]
fn a_wrong_period_is_named_at_its_field_and_kept_as_typed() {
    let mut draft = held();
    draft.after.custody[0].to = "05.01.2022".into();
    let errors = draft.decide(today()).unwrap_err();
    assert_eq!(errors[0].field, "custody[0].to");
    assert_eq!(draft.after.custody[0].to, "05.01.2022");
    // Overlapping periods name the later one; one ending on the term's first day its end.
    let mut draft = held();
    draft.after.custody[1].from = "01.02.2022".into();
    let fields = error_fields(&draft);
    assert_eq!(fields, ["custody[1]"]);
    let mut draft = held();
    draft.after.custody[1].to = "20.06.2022".into();
    let fields = error_fields(&draft);
    assert_eq!(fields, ["custody[1].to"]);
    // The periods' messages come after the sentence's, in the order of the form.
    let mut draft = held();
    draft.sentence.years = "x".into();
    draft.after.custody[1].from = "31.02.2022".into();
    let fields = error_fields(&draft);
    assert_eq!(fields, ["sentence.years", "custody[1].from"]);
}

#[test]
fn the_institution_and_the_probation_go_only_where_the_sentence_has_them() {
    let mut draft = held();
    draft.after.probation_months = "9".into();
    let file = draft.to_case_file().unwrap();
    let sentence = file.sentence.unwrap();
    assert_eq!(sentence.probation_months, None, "not conditional");
    draft.sentence.conditional = true;
    let sentence = draft.to_case_file().unwrap().sentence.unwrap();
    assert_eq!(
        (sentence.institution, sentence.probation_months),
        (None, Some(9))
    );
    // Kept in the draft for when the sentence is switched back.
    assert_eq!(draft.after.institution, Some(Institution::Medium));
    draft.after.probation_months = "nine".into();
    let errors = draft.to_case_file().unwrap_err();
    assert_eq!(errors[0].field, "sentence.probation_months");
}

#[test]
fn a_part_too_large_for_any_part_says_which_parts_the_article_has() {
    let mut draft = filled();
    draft.offences[0].article = "272".into();
    for typed in ["300", " 300 ", "99999999999999999999999"] {
        draft.offences[0].part = typed.into();
        assert_eq!(
            draft.to_case_file().unwrap_err(),
            [FieldError::new(
                "offences[0].part",
                Problem::NoSuchPart {
                    article: ArticleNo::new(272, 0),
                    parts: 3
                }
            )],
            "{typed:?}"
        );
        assert_eq!(draft.offences[0].part, typed, "kept as typed");
    }
    // Without an article to ask about, the range any part is in.
    draft.offences[0].article = String::new();
    draft.offences[0].part = "300".into();
    let errors = draft.to_case_file().unwrap_err();
    assert!(
        errors.contains(&FieldError::new(
            "offences[0].part",
            Problem::OutOfRange {
                min: 1,
                max: u32::from(amnesty_rules::case::MAX_PART)
            }
        )),
        "{errors:?}"
    );
}

#[test]
fn the_date_of_calculation_starts_as_the_other_date_fields_are_typed() {
    assert_eq!(CaseDraft::new(today()).as_of, "01.03.2023");
    // A case file without a date of calculation: today's, written the same way.
    let case = serde_json::json!({"stage": "serving",
        "offences": [{"article": 272, "part": 2, "committed_on": "2022-01-05", "context": "riots"}],
        "sentence": {"punishment": "imprisonment", "years": 8, "start": "2022-01-06"}});
    let file = amnesty_rules::case::parse_case_file(case.to_string().as_bytes()).unwrap();
    assert_eq!(file.as_of, None);
    assert_eq!(
        CaseDraft::from_case_file(&file, today()).as_of,
        "01.03.2023"
    );
    // Read back as the day it is.
    let case = filled().to_case_file().unwrap();
    assert_eq!(case.as_of.as_deref(), Some("2023-03-01"));
}
