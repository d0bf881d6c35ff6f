//! Every decision of the legal case table, written out in Kazakh, Russian and English: no gap, no
//! placeholder left unfilled, and every kind of step and warning the engine can give met at least
//! once, so each one's words are checked.

#[path = "../../rules/tests/support/mod.rs"]
mod support;

use std::collections::BTreeSet;

use amnesty_rules::case::parse_case_file;
use amnesty_rules::decision::{Decision, StepDetail, Unavailable, WarningDetail};
use amnesty_words::{self as words, Lang};

const TABLE: &str = include_str!("../../tests/legal_cases.md");

/// Every kind of a step or warning, by name, and how many kinds there are. The match has no
/// wildcard, so a new kind fails to compile here until it is listed (and then counts).
macro_rules! kinds {
    (fn $name:ident($detail:ident), $count:ident: { $($kind:ident => $text:literal,)+ }) => {
        fn $name(d: &$detail) -> &'static str {
            match d {
                $($detail::$kind { .. } => $text,)+
            }
        }

        const $count: usize = [$($text),+].len();
    };
}

fn decisions() -> Vec<(String, Decision)> {
    let (cases, errors) = support::parse_table(TABLE);
    assert!(errors.is_empty(), "{errors:?}");
    cases
        .iter()
        .map(|case| {
            let bytes = serde_json::to_vec(&case.file).unwrap();
            let file = parse_case_file(&bytes).unwrap();
            let decision = amnesty_rules::check_file(&file, case.as_of)
                .unwrap_or_else(|e| panic!("{}: {e:?}", case.id));
            (case.id.clone(), decision)
        })
        .collect()
}

/// The decision of the table's case `id`.
fn decision_of(id: &str) -> Decision {
    decisions()
        .into_iter()
        .find(|(case, _)| case == id)
        .map(|(_, decision)| decision)
        .unwrap_or_else(|| panic!("{id} in the table"))
}

kinds! {
    fn step_kind(StepDetail), STEP_KINDS: {
        PeriodInside => "period_inside",
        PeriodOutside => "period_outside",
        ContextCovered => "context_covered",
        ContextNotCovered => "context_not_covered",
        Listed => "listed",
        ListedIfMinor => "listed_if_minor",
        PartNotListed => "part_not_listed",
        NotListed => "not_listed",
        PartUnknown => "part_unknown",
        Minor => "minor",
        Adult => "adult",
        AgeUnknown => "age_unknown",
        CategoryFromCode => "category_from_code",
        CategoryFromVerdict => "category_from_verdict",
        CategoryEnteredRuledOut => "category_entered_ruled_out",
        PartRuledOut => "part_ruled_out",
        InGroup => "in_group",
        ExcludedByArticle => "excluded_by_article",
        ExcludedByAnswer => "excluded_by_answer",
        ExclusionException => "exclusion_exception",
        VictimAgeUnknown => "victim_age_unknown",
        NoExclusion => "no_exclusion",
        RecidivismExcludes => "recidivism_excludes",
        RecidivismNotYetImposed => "recidivism_not_yet_imposed",
        NoRecidivism => "no_recidivism",
        NoConditions => "no_conditions",
        CaseClosed => "case_closed",
        CutAtSentencing => "cut_at_sentencing",
        ReleasedFromPunishment => "released_from_punishment",
        ConvictionExpunged => "conviction_expunged",
        NoRecordForMisdemeanour => "no_record_for_misdemeanour",
        NoExpungementForGrave => "no_expungement_for_grave",
        MainPunishmentCut => "main_punishment_cut",
        PartlyClosed => "partly_closed",
        AggregateNeedsCourt => "aggregate_needs_court",
        EveryReadingAgrees => "every_reading_agrees",
        TermCut => "term_cut",
        HoursCut => "hours_cut",
        AmountCut => "amount_cut",
        MeasureNotStated => "measure_not_stated",
        AdditionalNotCut => "additional_not_cut",
        NewLastDay => "new_last_day",
        ServedBeforeLaw => "served_before_law",
        ReducedTermOver => "reduced_term_over",
        OneYearMet => "one_year_met",
        OneYearNotMet => "one_year_not_met",
        OneYearNotApplicable => "one_year_not_applicable",
        ReleaseAtSentencing => "release_at_sentencing",
        ReleaseOnLastDay => "release_on_last_day",
        ReleasedWhenLawInForce => "released_when_law_in_force",
        ConditionalAsReal => "conditional_as_real",
        RecordExpires => "record_expires",
        RecordOnServing => "record_on_serving",
        Deadline => "deadline",
        SocialHelp => "social_help",
        CustodyCredited => "custody_credited",
        CustodyNotCredited => "custody_not_credited",
        HalfDayCounted => "half_day_counted",
        EarlyReleaseOn => "early_release_on",
        EarlyReleaseUnavailable => "early_release_unavailable",
        EachRecordOnItsOwn => "each_record_on_its_own",
        SpentInCustody => "spent_in_custody",
        LastDayCredited => "last_day_credited",
        AggregateRange => "aggregate_range",
        AggregateKindsDiffer => "aggregate_kinds_differ",
    }
}

kinds! {
    fn warning_kind(WarningDetail), WARNING_KINDS: {
        AsOfBeforeInForce => "as_of_before_in_force",
        ServedButTermRuns => "served_but_term_runs",
        ServingButEnded => "serving_but_ended",
        CategoryDiffers => "category_differs",
        CorruptionItemToCheck => "corruption_item_to_check",
        VictimAgeToCheck => "victim_age_to_check",
        AdultAssumedForRecord => "adult_assumed_for_record",
        ArithmeticRounded => "arithmetic_rounded",
        ReleaseDayConvention => "release_day_convention",
        InForceDateReported => "in_force_date_reported",
        ConditionalReported => "conditional_reported",
        AdditionalExtendsRecord => "additional_extends_record",
        ReadingsDiffer => "readings_differ",
        ReleaseWithinDeadline => "release_within_deadline",
        InstitutionAssumed => "institution_assumed",
        ServedAssumed => "served_assumed",
        ProbationMonthsNeeded => "probation_months_needed",
        OtherCasesExclude => "other_cases_exclude",
        ContinuingOffence => "continuing_offence",
        AdultAssumedForEarlyRelease => "adult_assumed_for_early_release",
        OneYearOnConditionalUnsourced => "one_year_on_conditional_unsourced",
        TermAboveSanction => "term_above_sanction",
        IfStillHeld => "if_still_held",
    }
}

/// A text that a gap or an unfilled placeholder would show through.
fn assert_whole(id: &str, lang: Lang, text: &str) {
    assert!(
        !text.contains('{') && !text.contains('}') && !text.contains("TODO"),
        "{id} ({lang:?}): {text}"
    );
}

#[test]
fn every_decision_is_written_out_whole_in_every_language() {
    let all = decisions();
    assert!(all.len() >= 150, "the table has {} cases", all.len());
    for (id, decision) in &all {
        for lang in Lang::ALL {
            let text = words::render(decision, lang);
            assert_whole(id, lang, &text);
            let several = words::several(decision);
            for step in &decision.steps {
                let sentence = words::step(step, several, lang);
                assert!(sentence.len() > 10, "{id} ({lang:?}): {sentence:?}");
                assert_whole(id, lang, &sentence);
            }
            for warning in &decision.warnings {
                assert_whole(id, lang, &words::warning(warning, several, lang));
            }
        }
    }
}

#[test]
fn every_kind_of_step_and_warning_is_met_and_written() {
    let all = decisions();
    let steps: BTreeSet<&str> = all
        .iter()
        .flat_map(|(_, d)| d.steps.iter().map(|s| step_kind(&s.detail)))
        .collect();
    let warnings: BTreeSet<&str> = all
        .iter()
        .flat_map(|(_, d)| d.warnings.iter().map(|w| warning_kind(&w.detail)))
        .collect();
    assert_eq!(steps.len(), STEP_KINDS, "steps met by the table: {steps:?}");
    assert_eq!(
        warnings.len(),
        WARNING_KINDS,
        "warnings met by the table: {warnings:?}"
    );
}

#[test]
fn the_three_languages_differ_and_cite_as_lawyers_do() {
    let all = decisions();
    let (_, decision) = all
        .iter()
        .find(|(_, d)| {
            d.steps
                .iter()
                .any(|s| matches!(s.detail, StepDetail::OneYearMet { .. }))
        })
        .expect("a case released by the one-year rule");
    let texts: Vec<String> = Lang::ALL
        .iter()
        .map(|l| words::render(decision, *l))
        .collect();
    assert!(texts[0] != texts[1] && texts[1] != texts[2]);
    assert!(
        texts[0].contains("Заңның 3-бабы 3-тармағының 2-бөлігі"),
        "{}",
        texts[0]
    );
    assert!(
        texts[1].contains("ч. 2 п. 3 ст. 3 Закона № 152-VII"),
        "{}",
        texts[1]
    );
    assert!(
        texts[2].contains("Law No. 152-VII, Art. 3 part 3, paragraph 2"),
        "{}",
        texts[2]
    );
}

/// Issue 14: a reading whose dates after the verdict differ from the result's says them, in the
/// terminal and in the page's readings table (a column of its own), and the next steps name
/// every article of the procedure, each with what it says (RD-01 of the table).
#[test]
fn each_reading_s_own_dates_and_the_procedure_s_articles_are_written() {
    let all = decisions();
    let (_, decision) = all
        .iter()
        .find(|(id, _)| id == "RD-01")
        .expect("RD-01 in the table");
    let text = words::render(decision, Lang::En);
    let minimum = text
        .lines()
        .find(|l| l.contains("minimum security") && l.contains(" → "))
        .unwrap_or_else(|| panic!("no reading for minimum security:\n{text}"));
    // The hand-worked dates of RD-01 (tests/legal_cases.md), not the result's.
    assert!(
        minimum.contains("Earliest parole: 22 April 2023")
            && minimum.contains("Earliest replacement: 23 December 2022"),
        "{minimum}"
    );
    let parole = text
        .lines()
        .find(|l| l.starts_with(" - Parole:"))
        .unwrap_or_else(|| panic!("no parole step:\n{text}"));
    for article in ["Art. 477", "Art. 476 item 5", "Art. 478", "Art. 480"] {
        assert!(parole.contains(article), "{article} not in {parole}");
    }
    for lang in Lang::ALL {
        let html = words::decision_html(decision, lang);
        let column = words::t!(lang, after.reading_early_column);
        assert!(html.contains(column), "{lang:?}: no column {column}");
        assert_whole("RD-01", lang, &words::render(decision, lang));
    }
    // A decision whose readings have no dates after the verdict has no such column.
    let (_, same) = all
        .iter()
        .find(|(_, d)| {
            !d.readings.is_empty()
                && d.readings.iter().all(|r| r.early.each().next().is_none())
                && d.parole.is_none()
        })
        .expect("a decision with readings and no early release");
    let column = words::t!(Lang::En, after.reading_early_column);
    assert!(!words::decision_html(same, Lang::En).contains(column));
    // Nor one whose only other dates are those of readings the amnesty frees: their release
    // column says it, and "not needed" would only lengthen the printout.
    let (id, freed) = all
        .iter()
        .find(|(_, d)| {
            d.parole.as_ref().is_some_and(|p| p.eligible_on.is_some())
                && d.readings.iter().any(|r| r.early.each().next().is_some())
                && d.readings.iter().all(|r| {
                    r.early
                        .each()
                        .all(|e| e.unavailable == Some(Unavailable::AmnestyFrees))
                })
        })
        .expect("a decision with parole whose readings are all freed by the amnesty");
    assert!(
        !words::decision_html(freed, Lang::En).contains(column),
        "{id}: a column of dates for readings the amnesty frees"
    );
}

/// On the term imposed, PA-16's parole would come after the cut term's end: the page, print and
/// terminal say that reading gives none before the release, never a day after he walks out.
#[test]
fn an_other_reading_after_the_release_is_said_to_give_none() {
    let decision = &decision_of("PA-16");
    let parole = decision.parole.as_ref().expect("PA-16 has parole");
    assert!(parole.other_reading_after_release && parole.other_reading.is_none());
    for lang in Lang::ALL {
        let none = words::t!(lang, explain.early_other_after_release);
        let text = words::render(decision, lang);
        let html = words::decision_html(decision, lang);
        assert!(text.contains(none), "{lang:?}: {text}");
        assert!(html.contains(none), "{lang:?}: no `{none}` in the page");
        // The imposed term's day (2026-01-06) is written nowhere as a parole date.
        let day = words::date(chrono::NaiveDate::from_ymd_opt(2026, 1, 6).unwrap(), lang);
        assert!(!text.contains(&day), "{lang:?}: {day} in {text}");
    }
}

/// RD-06: a case the amnesty does not cover, whose readings (the institution) differ only in the
/// dates after the verdict. The answer is that it does not apply — not "in one reading it does" —
/// and the readings' own parole days are written out.
#[test]
fn readings_that_change_only_the_dates_leave_the_answer_not_covered() {
    let decision = &decision_of("RD-06");
    assert!(!decision.readings.is_empty());
    for lang in Lang::ALL {
        let answer = words::plain_answer(decision, lang);
        let shown = words::plain_answer(
            &Decision {
                readings: Vec::new(),
                ..decision.clone()
            },
            lang,
        );
        assert_eq!(answer, shown, "{lang:?}");
    }
    let text = words::render(decision, Lang::En);
    assert!(
        text.contains("Earliest parole: 4 January 2023") && text.contains("1 February 2023"),
        "{text}"
    );
}

/// RD-03's readings turn on two questions (the institution, a half day of credit): the plain
/// answer names both, not the first alone (QA: "what decides it is the institution", though the
/// half day changed the day too).
#[test]
fn the_plain_answer_names_every_question_the_readings_turn_on() {
    let decision = &decision_of("RD-03");
    for lang in Lang::ALL {
        let answer = words::plain_answer(decision, lang);
        for question in [
            words::t!(lang, decides.institution),
            words::t!(lang, decides.half_day),
        ] {
            assert!(
                answer.contains(question),
                "{lang:?}: no `{question}` in {answer}"
            );
        }
    }
}

/// RD-02: released by the one-year rule. Its term is the time from the term's first day to the
/// release, labelled so, never "new punishment" (QA: "New punishment: 4 months 15 days" read as a
/// sentence).
#[test]
fn a_release_by_the_one_year_rule_labels_its_term_as_running_to_the_release() {
    let decision = &decision_of("RD-02");
    assert_eq!(decision.outcome, amnesty_rules::Outcome::Release);
    for lang in Lang::ALL {
        let labels: Vec<&str> = words::figures(decision, lang)
            .iter()
            .map(|f| f.label)
            .collect();
        assert!(
            labels.contains(&words::t!(lang, explain.term_until_release)),
            "{lang:?}"
        );
        assert!(
            !labels.contains(&words::t!(lang, explain.new_punishment)),
            "{lang:?}"
        );
    }
}

/// The text of each `<dd>` of the key figures in a decision's markup, tags taken out.
fn figure_texts(html: &str) -> Vec<String> {
    let figures = html.split("class=\"key-figures\"").nth(1).unwrap_or("");
    let figures = figures.split("</dl>").next().unwrap_or("");
    figures
        .split("<dd>")
        .skip(1)
        .map(|dd| {
            let dd = dd.split("</dd>").next().unwrap_or("");
            let mut text = String::new();
            let mut in_tag = false;
            for c in dd.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    c if !in_tag => text.push(c),
                    _ => {}
                }
            }
            text.replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
        })
        .collect()
}

/// QA: a figure's note was glued to its value as text («248 днейпод стражей 165 дней»): a screen
/// reader, a copy and `textContent` read them as one word. A space parts them.
#[test]
fn a_figures_note_is_parted_from_its_value_in_the_markup() {
    let mut noted = 0;
    for (id, decision) in decisions() {
        for lang in Lang::ALL {
            let expected: Vec<String> = words::figures(&decision, lang)
                .iter()
                .map(|f| match &f.note {
                    Some(note) => format!("{} {note}", f.value),
                    None => f.value.clone(),
                })
                .collect();
            noted += words::figures(&decision, lang)
                .iter()
                .filter(|f| f.note.is_some())
                .count();
            let html = words::decision_html(&decision, lang);
            assert_eq!(figure_texts(&html), expected, "{id} {lang:?}");
        }
    }
    assert!(noted > 0, "the table has figures with notes");
}
