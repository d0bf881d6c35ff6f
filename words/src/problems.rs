//! Problems with the input, each as a sentence naming its field, in the reader's language.

use amnesty_rules::case::{FieldError, JsonKind, Problem};

use crate::format::{article, date, excerpt, month_key, offence_number, punishment};

/// How much of what was typed a message quotes: a pasted page is not echoed whole.
const QUOTED_CHARS: usize = 80;
use crate::{fill, keys, text, Key, Lang};

fn field_word(name: &str) -> Option<Key> {
    use keys::fields::*;
    Some(match name {
        "as_of" => as_of,
        "birth_date" => birth_date,
        "recidivism" => recidivism,
        "stage" => stage,
        "offences" => offences,
        "article" => article,
        "part" => part,
        "committed_on" => committed_on,
        "context" => context,
        "category" => category,
        "exclusions" => exclusions,
        "victim_age" => victim_age,
        "sentence" => sentence,
        "punishment" => punishment,
        "years" => years,
        "months" => months,
        "days" => days,
        "hours" => hours,
        "amount" => amount,
        "start" => start,
        "conditional" => conditional,
        "custody" => custody,
        "from" => from,
        "to" => to,
        "kind" => kind,
        "institution" => institution,
        "probation_months" => probation_months,
        "parole_facts" => parole_facts,
        "special_group" => special_group,
        "plea_agreement" => plea_agreement,
        "attempt_on_life" => attempt_on_life,
        "damage_repaid" => damage_repaid,
        "malicious_violations" => malicious_violations,
        _ => return None,
    })
}

/// A field path (`offences[0].committed_on`) in words: "Offence 1 — Date of the offence".
pub fn field_label(path: &str, lang: Lang) -> String {
    if path.is_empty() {
        return text(lang, keys::fields::file).to_string();
    }
    let words: Vec<String> = path
        .split('.')
        .map(|segment| match segment.split_once('[') {
            // A list where the file should hold an object: name the file, not an offence.
            Some(("", _)) => text(lang, keys::fields::file).to_string(),
            Some((list, index)) => {
                let n = index
                    .trim_end_matches(']')
                    .parse::<usize>()
                    .ok()
                    .map(|i| i + 1);
                match (list, n) {
                    ("custody", Some(n)) => {
                        fill(text(lang, keys::fields::custody_n), &[("n", n.to_string())])
                    }
                    ("custody", None) => text(lang, keys::fields::custody).to_string(),
                    (_, Some(n)) => offence_number(n, lang),
                    (_, None) => text(lang, keys::fields::offences).to_string(),
                }
            }
            None => field_word(segment)
                .map(|k| text(lang, k).to_string())
                .unwrap_or_else(|| segment.to_string()),
        })
        .collect();
    words.join(" — ")
}

fn json_kind(kind: JsonKind) -> Key {
    use keys::json_kind as k;
    match kind {
        JsonKind::Object => k::object,
        JsonKind::List => k::list,
        JsonKind::Text => k::text,
        JsonKind::WholeNumber => k::whole_number,
        JsonKind::YesNo => k::yes_no,
        JsonKind::Article => k::article,
    }
}

/// A validation problem as one sentence naming its field.
pub fn problem(error: &FieldError, lang: Lang) -> String {
    let mut values = vec![("field", field_label(&error.field, lang))];
    values.extend(problem_values(&error.problem, lang));
    let key = match error.problem {
        Problem::NoSuchPart { parts: 0, .. } => keys::problems::article_has_no_parts,
        ref other => problem_key(other),
    };
    fill(text(lang, key), &values)
}

keys_of! {
    /// The sentence a problem is told in.
    fn problem_key(Problem) from keys::problems {
        Malformed => malformed,
        WrongKind => wrong_kind,
        UnknownField => unknown_field,
        UnknownValue => unknown_value,
        Missing => missing,
        NotADate => not_a_date,
        NoSuchDay => no_such_day,
        DateOutOfRange => date_out_of_range,
        AfterAsOf => after_as_of,
        BeforeBirth => before_birth,
        TooYoung => too_young,
        StartBeforeOffence => start_before_offence,
        OutOfRange => out_of_range,
        NotANumber => not_a_number,
        Negative => negative,
        NotAnArticle => not_an_article,
        NoSuchPart => no_such_part,
        NoSuchArticle => no_such_article,
        RepealedArticle => repealed_article,
        DefinesNoOffence => defines_no_offence,
        RepealedPart => repealed_part,
        AmbiguousArticle => ambiguous_article,
        ChooseFromList => choose_from_list,
        PartDiffersFromCitation => part_differs_from_citation,
        NoOffences => no_offences,
        TooManyOffences => too_many_offences,
        FileTooLarge => file_too_large,
        SentenceRequired => sentence_required,
        SentenceAtInvestigation => sentence_at_investigation,
        ZeroTerm => zero_term,
        TermTooLong => term_too_long,
        WrongMeasure => wrong_measure,
        ConditionalNotImprisonment => conditional_not_imprisonment,
        TooManyPeriods => too_many_periods,
        CustodyOrder => custody_order,
        CustodyAfterStart => custody_after_start,
        CustodyOverlaps => custody_overlaps,
        InstitutionNotImprisonment => institution_not_imprisonment,
        ProbationNotConditional => probation_not_conditional,
    }
}

/// The named values a problem's sentence fills in, besides the field.
fn problem_values(problem: &Problem, lang: Lang) -> Vec<(&'static str, String)> {
    use Problem as P;
    match problem {
        P::Malformed { detail } => vec![("detail", detail.clone())],
        P::WrongKind { expected } => {
            vec![("expected", text(lang, json_kind(*expected)).to_string())]
        }
        P::UnknownValue { value, allowed } => {
            vec![("value", value.clone()), ("allowed", allowed.join(", "))]
        }
        P::NotADate { value } | P::DateOutOfRange { value } => vec![("value", value.clone())],
        P::NotANumber { value } | P::NotAnArticle { value } => {
            vec![("value", excerpt(value, QUOTED_CHARS))]
        }
        P::NoSuchDay {
            day,
            month,
            year,
            days_in_month,
            ..
        } => vec![
            ("day", day.to_string()),
            ("month", text(lang, month_key(*month)).to_string()),
            ("year", year.to_string()),
            ("days", days_in_month.to_string()),
        ],
        P::AfterAsOf { as_of } => vec![("as_of", as_of.clone())],
        P::BeforeBirth { birth_date } => vec![("birth_date", birth_date.clone())],
        P::TooYoung { min_age } => vec![("min_age", min_age.to_string())],
        P::StartBeforeOffence { committed_on } => {
            vec![("committed_on", day_in_words(committed_on, lang))]
        }
        P::OutOfRange { min, max } => vec![("min", min.to_string()), ("max", max.to_string())],
        P::NoSuchPart { article: a, parts } => {
            vec![
                ("article", article(*a, None, lang)),
                ("parts", parts.to_string()),
            ]
        }
        P::NoSuchArticle { article: a }
        | P::RepealedArticle { article: a }
        | P::DefinesNoOffence { article: a } => vec![("number", a.to_string())],
        P::RepealedPart { article: a, part } => {
            vec![("number", a.to_string()), ("part", part.to_string())]
        }
        P::AmbiguousArticle { dash, part } => vec![
            ("dash", dash.to_string()),
            ("number", dash.number.to_string()),
            ("part", part.to_string()),
        ],
        P::PartDiffersFromCitation { cited } => vec![("cited", cited.to_string())],
        P::TooManyOffences { max } | P::TooManyPeriods { max } => vec![("max", max.to_string())],
        P::FileTooLarge { max_bytes } => vec![("max_kb", (max_bytes / 1024).to_string())],
        P::TermTooLong { max_years } => vec![("max_years", max_years.to_string())],
        P::WrongMeasure { punishment: p } => vec![("punishment", punishment(*p, lang).to_string())],
        P::CustodyOrder { from } => vec![("from", day_in_words(from, lang))],
        P::CustodyAfterStart { start } => {
            // Held until the verdict took effect: the last day held is the day before the term's.
            let before = amnesty_rules::case::dates::read(start).and_then(|d| d.pred_opt());
            vec![
                ("start", day_in_words(start, lang)),
                (
                    "day_before",
                    before.map_or_else(String::new, |d| date(d, lang)),
                ),
            ]
        }
        P::CustodyOverlaps { other } => vec![("other", other.to_string())],
        P::UnknownField { .. }
        | P::Missing
        | P::Negative { .. }
        | P::ChooseFromList
        | P::NoOffences
        | P::SentenceRequired
        | P::SentenceAtInvestigation
        | P::ZeroTerm
        | P::ConditionalNotImprisonment
        | P::InstitutionNotImprisonment
        | P::ProbationNotConditional => vec![],
    }
}

/// A day the rules give as `YYYY-MM-DD`, written as the reader writes dates; any other text as is.
fn day_in_words(day: &str, lang: Lang) -> String {
    // The rules' own reader of dates: chrono's parser would add about 5 KB to the page.
    amnesty_rules::case::dates::read(day).map_or_else(|| day.to_string(), |d| date(d, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Dates in a message are the reader's, with the day before the term for custody that runs
    /// into it; a pasted page is quoted 80 characters long, not whole (QA).
    #[test]
    fn dates_in_words_and_long_values_cut() {
        let custody = FieldError::new(
            "custody[0].to".to_string(),
            Problem::CustodyAfterStart {
                start: "2022-06-20".into(),
            },
        );
        let ru = problem(&custody, Lang::Ru);
        assert!(
            ru.contains("(20 июня 2022 г.)") && ru.contains("19 июня 2022 г."),
            "{ru}"
        );
        assert!(!problem(&custody, Lang::En).contains("2022-06-20"));
        let pasted = "статья ".repeat(200);
        let article = FieldError::new(
            "offences[0].article".to_string(),
            Problem::NotAnArticle {
                value: pasted.clone(),
            },
        );
        let message = problem(&article, Lang::Ru);
        assert!(
            message.contains('…') && message.chars().count() < 200,
            "{message}"
        );
        assert!(message.contains("статья статья статья"));
    }

    #[test]
    fn field_paths_in_words() {
        assert_eq!(
            field_label("offences[0].committed_on", Lang::En),
            "Offence 1 — Date of the offence"
        );
        assert_eq!(field_label("offences", Lang::En), "Offences");
        assert_eq!(field_label("[0]", Lang::En), "File");
        assert_eq!(field_label("", Lang::En), "File");
    }

    /// Each way a case file can be wrong, as the reader reports it, is a whole sentence in every
    /// language: the field named, every placeholder filled.
    #[test]
    fn every_reader_problem_is_a_sentence_naming_its_field() {
        let offence = r#"{"article":272,"part":2,"committed_on":"2022-01-05","context":"riots"}"#;
        let files = [
            "{".to_string(),
            "[1]".to_string(),
            r#"{"offences":[]}"#.to_string(),
            format!(r#"{{"stage":"jail","offences":[{offence}]}}"#),
            format!(r#"{{"stage":"trial","offences":{offence}}}"#),
            format!(r#"{{"stage":"trial","offences":[{offence}],"sentense":{{}}}}"#),
            r#"{"stage":"trial","offences":[{"article":true}]}"#.to_string(),
            r#"{"stage":"trial","offences":[{"article":"x1"}]}"#.to_string(),
            format!(
                r#"{{"stage":"trial","offences":[{offence}],"sentence":{{"punishment":"fine","amount":2.5}}}}"#
            ),
            format!(
                r#"{{"stage":"trial","offences":[{offence}],"sentence":{{"punishment":"fine","conditional":"no"}}}}"#
            ),
        ];
        let mut kinds = std::collections::BTreeSet::new();
        for file in &files {
            let error = amnesty_rules::case::parse_case_file(file.as_bytes()).unwrap_err();
            kinds.insert(format!("{:?}", std::mem::discriminant(&error.problem)));
            for lang in Lang::ALL {
                let sentence = problem(&error, lang);
                assert!(
                    sentence.starts_with(&field_label(&error.field, lang)),
                    "{sentence}"
                );
                assert!(
                    !sentence.contains('{') || sentence.contains("{ }"),
                    "{sentence}"
                );
            }
        }
        assert_eq!(
            kinds.len(),
            7,
            "malformed, wrong kind, unknown field and value, missing, out of range, not an article"
        );
    }
}
