//! Problems with the input, each as a sentence naming its field, in the reader's language.

use amnesty_rules::case::{FieldError, JsonKind, Problem};
use chrono::NaiveDate;

use crate::format::{article, date, month_key, offence_number, punishment};
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
            Some(("custody", index)) => match index.trim_end_matches(']').parse::<usize>() {
                Ok(i) => fill(
                    text(lang, keys::fields::custody_n),
                    &[("n", (i + 1).to_string())],
                ),
                Err(_) => text(lang, keys::fields::custody).to_string(),
            },
            Some((_, index)) => match index.trim_end_matches(']').parse::<usize>() {
                Ok(i) => offence_number(i + 1, lang),
                Err(_) => text(lang, keys::fields::offences).to_string(),
            },
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
    use keys::problems as k;
    let mut values = vec![("field", field_label(&error.field, lang))];
    let key = match &error.problem {
        Problem::Malformed { detail } => {
            values.push(("detail", detail.clone()));
            k::malformed
        }
        Problem::WrongKind { expected } => {
            values.push(("expected", text(lang, json_kind(*expected)).to_string()));
            k::wrong_kind
        }
        Problem::UnknownField { .. } => k::unknown_field,
        Problem::UnknownValue { value, allowed } => {
            values.push(("value", value.clone()));
            values.push(("allowed", allowed.join(", ")));
            k::unknown_value
        }
        Problem::Missing => k::missing,
        Problem::NotADate { value } => {
            values.push(("value", value.clone()));
            k::not_a_date
        }
        Problem::NoSuchDay {
            day,
            month,
            year,
            days_in_month,
            ..
        } => {
            values.push(("day", day.to_string()));
            values.push(("month", text(lang, month_key(*month)).to_string()));
            values.push(("year", year.to_string()));
            values.push(("days", days_in_month.to_string()));
            k::no_such_day
        }
        Problem::DateOutOfRange { value } => {
            values.push(("value", value.clone()));
            k::date_out_of_range
        }
        Problem::AfterAsOf { as_of } => {
            values.push(("as_of", as_of.clone()));
            k::after_as_of
        }
        Problem::BeforeBirth { birth_date } => {
            values.push(("birth_date", birth_date.clone()));
            k::before_birth
        }
        Problem::TooYoung { min_age } => {
            values.push(("min_age", min_age.to_string()));
            k::too_young
        }
        Problem::StartBeforeOffence { committed_on } => {
            values.push(("committed_on", day_in_words(committed_on, lang)));
            k::start_before_offence
        }
        Problem::OutOfRange { min, max } => {
            values.push(("min", min.to_string()));
            values.push(("max", max.to_string()));
            k::out_of_range
        }
        Problem::NotANumber { value } => {
            values.push(("value", excerpt(value)));
            k::not_a_number
        }
        Problem::Negative { .. } => k::negative,
        Problem::NotAnArticle { value } => {
            values.push(("value", excerpt(value)));
            k::not_an_article
        }
        Problem::NoSuchPart { article: a, parts } => {
            values.push(("article", article(*a, None, lang)));
            values.push(("parts", parts.to_string()));
            if *parts == 0 {
                k::article_has_no_parts
            } else {
                k::no_such_part
            }
        }
        Problem::NoSuchArticle { article: a }
        | Problem::RepealedArticle { article: a }
        | Problem::DefinesNoOffence { article: a } => {
            values.push(("number", a.to_string()));
            match error.problem {
                Problem::NoSuchArticle { .. } => k::no_such_article,
                Problem::RepealedArticle { .. } => k::repealed_article,
                _ => k::defines_no_offence,
            }
        }
        Problem::RepealedPart { article: a, part } => {
            values.push(("number", a.to_string()));
            values.push(("part", part.to_string()));
            k::repealed_part
        }
        Problem::AmbiguousArticle { dash, part } => {
            values.push(("dash", dash.to_string()));
            values.push(("number", dash.number.to_string()));
            values.push(("part", part.to_string()));
            k::ambiguous_article
        }
        Problem::ChooseFromList => k::choose_from_list,
        Problem::PartDiffersFromCitation { cited } => {
            values.push(("cited", cited.to_string()));
            k::part_differs_from_citation
        }
        Problem::NoOffences => k::no_offences,
        Problem::TooManyOffences { max } => {
            values.push(("max", max.to_string()));
            k::too_many_offences
        }
        Problem::FileTooLarge { max_bytes } => {
            values.push(("max_kb", (max_bytes / 1024).to_string()));
            k::file_too_large
        }
        Problem::SentenceRequired => k::sentence_required,
        Problem::SentenceAtInvestigation => k::sentence_at_investigation,
        Problem::ZeroTerm => k::zero_term,
        Problem::TermTooLong { max_years } => {
            values.push(("max_years", max_years.to_string()));
            k::term_too_long
        }
        Problem::WrongMeasure { punishment: p } => {
            values.push(("punishment", punishment(*p, lang).to_string()));
            k::wrong_measure
        }
        Problem::ConditionalNotImprisonment => k::conditional_not_imprisonment,
        Problem::TooManyPeriods { max } => {
            values.push(("max", max.to_string()));
            k::too_many_periods
        }
        Problem::CustodyOrder { from } => {
            values.push(("from", day_in_words(from, lang)));
            k::custody_order
        }
        Problem::CustodyAfterStart { start } => {
            values.push(("start", day_in_words(start, lang)));
            // Held until the verdict took effect: the last day held is the day before the term's.
            let before = start.parse::<NaiveDate>().ok().and_then(|d| d.pred_opt());
            values.push((
                "day_before",
                before.map_or_else(String::new, |d| date(d, lang)),
            ));
            k::custody_after_start
        }
        Problem::CustodyOverlaps { other } => {
            values.push(("other", other.to_string()));
            k::custody_overlaps
        }
        Problem::InstitutionNotImprisonment => k::institution_not_imprisonment,
        Problem::ProbationNotConditional => k::probation_not_conditional,
    };
    fill(text(lang, key), &values)
}

/// A day the rules give as `YYYY-MM-DD`, written as the reader writes dates; any other text as is.
fn day_in_words(day: &str, lang: Lang) -> String {
    day.parse::<NaiveDate>()
        .map_or_else(|_| day.to_string(), |d| date(d, lang))
}

/// What was typed, quoted at most 80 characters long: a pasted page is not echoed whole.
fn excerpt(value: &str) -> String {
    const MAX: usize = 80;
    match value.char_indices().nth(MAX - 1) {
        Some((end, _)) if value.chars().count() > MAX => format!("{}…", &value[..end]),
        _ => value.to_string(),
    }
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
