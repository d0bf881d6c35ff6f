//! Writes decisions and input problems out in Kazakh, Russian or English, from the locale files.
//!
//! Used by the command-line tool (`--explain`, error messages) and by the app for the words of
//! the explanation trace, so the printed and the on-screen explanation say the same thing.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::case::{FieldError, Problem};
use crate::decision::{
    ArticleFigure, Citation, Decision, Figure, FractionFigure, Outcome, ReadingLabel, Step, Warning,
};
use crate::letter_case::capitalised;
use crate::locale::{fill, Lang};
use crate::pack::{Act, RulePack, Status, TestBase, Threshold};
use crate::term::Term;

/// The snake_case name serde gives a unit enum value, used as its key in the locale files.
pub fn key_of<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// The locale text for an enum value in a section (`category.grave`).
pub fn enum_text<T: Serialize>(section: &str, value: &T, lang: Lang) -> &'static str {
    lang.text(&format!("{section}.{}", key_of(value)))
}

/// A date in a language's usual form, given the month's name in that language. Shared by the
/// command-line tool and the app, which each bring their own words.
pub fn compose_date(date: NaiveDate, lang: Lang, month_name: &str) -> String {
    match lang {
        Lang::En => format!("{} {month_name} {}", date.day(), date.year()),
        Lang::Ru => format!("{} {month_name} {} г.", date.day(), date.year()),
        // Numbers keep Kazakh case endings out of the way of the sentence.
        Lang::Kk => format!("{:02}.{:02}.{}", date.day(), date.month(), date.year()),
    }
}

pub fn format_date(date: NaiveDate, lang: Lang) -> String {
    compose_date(
        date,
        lang,
        lang.text(&format!("calendar.m{}", date.month())),
    )
}

/// A term such as "2 years 1 month 15 days", given the unit words (`unit` is `year`, `month` or
/// `day`; `form` is the plural form `one`, `few` or `many`).
pub fn compose_term<'w>(term: Term, lang: Lang, word: impl Fn(&str, &str) -> &'w str) -> String {
    let term = term.normalized();
    let parts: Vec<String> = [
        ("year", term.years),
        ("month", term.months),
        ("day", term.days),
    ]
    .into_iter()
    .filter(|(_, n)| *n > 0)
    .map(|(unit, n)| format!("{n} {}", word(unit, lang.plural_form(u64::from(n)))))
    .collect();
    if parts.is_empty() {
        format!("0 {}", word("day", lang.plural_form(0)))
    } else {
        parts.join(" ")
    }
}

pub fn format_term(term: Term, lang: Lang) -> String {
    compose_term(term, lang, |unit, form| {
        lang.text(&format!("units.{form}_{unit}s"))
    })
}

pub fn format_fraction(f: FractionFigure, lang: Lang) -> String {
    match (f.numerator, f.denominator) {
        (3, 4) => lang.text("fraction.three_quarters").to_string(),
        (1, 2) => lang.text("fraction.half").to_string(),
        (n, d) => format!("{n}/{d}"),
    }
}

/// "Art. 106 part 1", "ч. 1 ст. 106", "106-баптың 1-бөлігі", given the two words.
pub fn compose_article(
    a: ArticleFigure,
    lang: Lang,
    article_word: &str,
    part_word: &str,
) -> String {
    let n = a.article;
    match (lang, a.part) {
        (Lang::En, Some(p)) => format!("{article_word} {n} {part_word} {p}"),
        (Lang::Ru, Some(p)) => format!("{part_word} {p} {article_word} {n}"),
        (Lang::Kk, Some(p)) => format!("{n}-{article_word}тың {p}-{part_word}"),
        (Lang::Kk, None) => format!("{n}-{article_word}"),
        (_, None) => format!("{article_word} {n}"),
    }
}

pub fn format_article(a: ArticleFigure, lang: Lang) -> String {
    compose_article(
        a,
        lang,
        lang.text("figure.article_word"),
        lang.text("figure.part_word"),
    )
}

/// "Offence 2" or "2-әрекет", given the word.
pub fn compose_numbered(lang: Lang, word: &str, n: usize) -> String {
    match lang {
        Lang::Kk => format!("{n}-{word}"),
        _ => format!("{word} {n}"),
    }
}

/// The locale key naming a reading.
pub fn reading_key(label: ReadingLabel) -> String {
    match label {
        ReadingLabel::OneYear { threshold, base } => {
            let t = if threshold == Threshold::NoMoreThan {
                "nmt"
            } else {
                "lt"
            };
            let b = if base == TestBase::AfterReduction {
                "after"
            } else {
                "before"
            };
            format!("one_year_{t}_{b}")
        }
        ReadingLabel::IfCategory { category } => format!("if_{}", key_of(&category)),
        ReadingLabel::IfListed => "if_listed".into(),
        ReadingLabel::WholeSentenceAsGravest => "whole_sentence_as_gravest".into(),
    }
}

pub fn reading_text(label: ReadingLabel, lang: Lang) -> String {
    lang.text(&format!("reading.{}", reading_key(label)))
        .to_string()
}

pub fn format_figure(figure: &Figure, lang: Lang) -> String {
    match figure {
        Figure::Date(d) => format_date(*d, lang),
        Figure::Term(t) => format_term(*t, lang),
        Figure::Fraction(f) => format_fraction(*f, lang),
        Figure::Number(n) => n.to_string(),
        Figure::Article(a) => format_article(*a, lang),
        Figure::Category(c) => enum_text("category", c, lang).to_string(),
        Figure::Context(c) => enum_text("context", c, lang).to_string(),
        Figure::Exclusion(e) => enum_text("exclusion", e, lang).to_string(),
        Figure::Recidivism(r) => enum_text("recidivism", r, lang).to_string(),
        Figure::Punishment(p) => enum_text("punishment", p, lang).to_string(),
        Figure::Reading(r) => reading_text(*r, lang),
    }
}

fn sentence(template: &str, figures: &crate::decision::Figures, lang: Lang) -> String {
    let values: Vec<(&str, String)> = figures
        .iter()
        .map(|(k, v)| (k, format_figure(v, lang)))
        .collect();
    capitalised(fill(template, &values))
}

/// One step as a sentence; with several offences, prefixed with the offence it is about.
pub fn step_text(step: &Step, multi_offence: bool, lang: Lang) -> String {
    let text = sentence(
        lang.text(&format!("steps.{}", key_of(&step.kind))),
        &step.figures,
        lang,
    );
    match step.offence.filter(|_| multi_offence) {
        Some(index) => {
            let offence = compose_numbered(lang, lang.text("fields.offence"), index + 1);
            format!("{offence}: {text}")
        }
        None => text,
    }
}

pub fn warning_text(warning: &Warning, lang: Lang) -> String {
    sentence(
        lang.text(&format!("warnings.{}", key_of(&warning.kind))),
        &warning.figures,
        lang,
    )
}

pub fn citation_text(citation: &Citation, pack: &RulePack, lang: Lang) -> String {
    let law = pack.law.number.to_string();
    let number = |n: Option<u16>| n.map(|a| a.to_string()).unwrap_or_default();
    match (citation.act, citation.article, citation.part) {
        (Act::Law, Some(article), _) => fill(
            lang.text("citation.law_article"),
            &[("law", law), ("article", article.to_string())],
        ),
        (Act::Law, None, _) => fill(lang.text("citation.law_unnumbered"), &[("law", law)]),
        (Act::CriminalCode, article, Some(part)) => fill(
            lang.text("citation.code_article_part"),
            &[("article", number(article)), ("part", part.to_string())],
        ),
        (Act::CriminalCode, article, None) => fill(
            lang.text("citation.code_article"),
            &[("article", number(article))],
        ),
        (Act::Practice, _, _) => lang.text("citation.practice").to_string(),
        (Act::Convention, _, _) => lang.text("citation.convention").to_string(),
    }
}

/// The link to the official text in the reader's language.
pub fn official_url(citation: &Citation, pack: &RulePack, lang: Lang) -> String {
    let texts = match citation.act {
        Act::CriminalCode => &pack.criminal_code.official_text,
        _ => &pack.law.official_text,
    };
    texts.get(lang).to_string()
}

pub fn headline(outcome: Outcome, lang: Lang) -> &'static str {
    enum_text("outcome", &outcome, lang)
}

pub fn status_text(status: Status, lang: Lang) -> &'static str {
    enum_text("status", &status, lang)
}

/// A field path (`offences[0].committed_on`) in words (`Offence 1 — Date of the offence`), given
/// how to name a numbered offence and a field. Shared by the command-line tool and the app.
pub fn compose_field_label(
    path: &str,
    numbered: impl Fn(usize) -> String,
    word: impl Fn(&str) -> String,
) -> String {
    let words: Vec<String> = path
        .split('.')
        .map(|segment| match segment.split_once('[') {
            // A list where the file should hold an object: name the file, not an offence.
            Some(("", _)) => word("file"),
            Some((_, index)) => numbered(
                index
                    .trim_end_matches(']')
                    .parse::<usize>()
                    .map_or(0, |i| i + 1),
            ),
            None => word(segment),
        })
        .collect();
    words.join(" — ")
}

pub fn field_label(path: &str, lang: Lang) -> String {
    if path.is_empty() {
        return lang.text("fields.file").to_string();
    }
    compose_field_label(
        path,
        |n| compose_numbered(lang, lang.text("fields.offence"), n),
        |name| {
            lang.lookup(&format!("fields.{name}"))
                .unwrap_or(name)
                .to_string()
        },
    )
}

/// A validation problem as one sentence naming its field.
pub fn problem_text(error: &FieldError, lang: Lang) -> String {
    let field = field_label(&error.field, lang);
    let mut values = vec![("field", field)];
    let kind = match &error.problem {
        Problem::Malformed { detail } => {
            values.push(("detail", detail.clone()));
            "malformed"
        }
        Problem::Missing => "missing",
        Problem::NotADate { value } => {
            values.push(("value", value.clone()));
            "not_a_date"
        }
        Problem::DateOutOfRange { value } => {
            values.push(("value", value.clone()));
            "date_out_of_range"
        }
        Problem::AfterAsOf { as_of } => {
            values.push(("as_of", as_of.clone()));
            "after_as_of"
        }
        Problem::BeforeBirth { birth_date } => {
            values.push(("birth_date", birth_date.clone()));
            "before_birth"
        }
        Problem::StartBeforeOffence { committed_on } => {
            values.push(("committed_on", committed_on.clone()));
            "start_before_offence"
        }
        Problem::OutOfRange { min, max } => {
            values.push(("min", min.to_string()));
            values.push(("max", max.to_string()));
            "out_of_range"
        }
        Problem::NotANumber { value } => {
            values.push(("value", value.clone()));
            "not_a_number"
        }
        Problem::NoOffences => "no_offences",
        Problem::SentenceRequired => "sentence_required",
        Problem::ZeroTerm => "zero_term",
        Problem::TermTooLong { max_years } => {
            values.push(("max_years", max_years.to_string()));
            "term_too_long"
        }
    };
    fill(lang.text(&format!("problems.{kind}")), &values)
}

/// The whole decision as readable text, for the terminal or a plain-text file.
pub fn render(decision: &Decision, pack: &RulePack, lang: Lang) -> String {
    let t = |key: &str| lang.text(&format!("explain.{key}"));
    let or_none = |value: Option<String>| value.unwrap_or_else(|| t("none").to_string());
    let mut out = String::new();
    let mut line = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };

    line(fill(t("title"), &[("law", pack.law.number.to_string())]));
    line(String::new());
    line(format!(
        "{}: {}",
        t("result"),
        headline(decision.outcome, lang)
    ));
    line(format!(
        "{}: {}",
        t("certainty"),
        status_text(decision.status, lang)
    ));
    if let Some(category) = decision.category {
        line(format!(
            "{}: {}",
            t("gravity"),
            enum_text("category", &category, lang)
        ));
    }
    if let Some(term) = decision.imposed_term {
        line(format!(
            "{}: {}",
            t("imposed_term"),
            format_term(term, lang)
        ));
    }
    if let Some(end) = decision.imposed_end {
        line(format!("{}: {}", t("imposed_end"), format_date(end, lang)));
    }
    line(format!(
        "{}: {}",
        t("new_term"),
        or_none(decision.new_term.map(|x| format_term(x, lang)))
    ));
    line(format!(
        "{}: {}",
        t("new_end"),
        or_none(decision.new_end.map(|d| format_date(d, lang)))
    ));
    line(format!(
        "{}: {}",
        t("release_on"),
        or_none(decision.release_on.map(|d| format_date(d, lang)))
    ));
    line(format!(
        "{}: {}",
        t("in_force"),
        format_date(decision.in_force, lang)
    ));
    line(format!(
        "{}: {}",
        t("as_of"),
        format_date(decision.as_of, lang)
    ));

    line(String::new());
    line(format!("{}:", t("steps")));
    let multi = decision.offences.len() > 1;
    for (i, step) in decision.steps.iter().enumerate() {
        line(format!(
            "{:>2}. [{}] {} — {}",
            i + 1,
            status_text(step.status, lang),
            citation_text(&step.citation, pack, lang),
            step_text(step, multi, lang)
        ));
    }
    if !decision.readings.is_empty() {
        line(String::new());
        line(format!("{}:", t("readings")));
        for reading in &decision.readings {
            let mut parts = vec![headline(reading.outcome, lang).to_string()];
            if let Some(term) = reading.new_term {
                parts.push(format!("{}: {}", t("new_term"), format_term(term, lang)));
            }
            if let Some(day) = reading.release_on {
                parts.push(format!("{}: {}", t("release_on"), format_date(day, lang)));
            }
            line(format!(
                " - {} → {}",
                reading_text(reading.label, lang),
                parts.join("; ")
            ));
        }
    }
    if !decision.warnings.is_empty() {
        line(String::new());
        line(format!("{}:", t("warnings")));
        for warning in &decision.warnings {
            line(format!(
                " - [{}] {}",
                status_text(warning.status, lang),
                warning_text(warning, lang)
            ));
        }
    }
    line(String::new());
    line(t("disclaimer").to_string());
    line(format!(
        "{}: {}",
        t("official_text"),
        pack.law.official_text.get(lang)
    ));
    line(fill(
        t("versions"),
        &[
            ("pack", decision.pack_version.to_string()),
            ("engine", decision.engine_version.clone()),
        ],
    ));
    out
}
