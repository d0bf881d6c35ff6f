//! The case: what the user tells us about one person, in the public case-file format, and its
//! validation into a `Case` the rules can trust.
//!
//! The same validation serves the command-line tool and the browser form, so a message about a
//! field reads the same everywhere. Validation never panics and never drops input: it returns
//! every problem it finds, each naming the field.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::term::Term;

/// Earliest date accepted anywhere in a case.
pub const MIN_DATE: (i32, u32, u32) = (1900, 1, 1);
/// Latest date accepted anywhere in a case.
pub const MAX_DATE: (i32, u32, u32) = (2100, 12, 31);
/// Longest term accepted, in years (Kazakh fixed terms do not exceed this).
pub const MAX_TERM_YEARS: u32 = 40;
/// Highest article number accepted (the 2014 Code has fewer than 500 articles).
pub const MAX_ARTICLE: u16 = 999;
/// Highest part number accepted.
pub const MAX_PART: u8 = 20;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Recidivism {
    #[default]
    None,
    Recidivism,
    DangerousRecidivism,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Investigation,
    Trial,
    Serving,
    Served,
}

impl Stage {
    /// Whether a court has already sentenced the person.
    pub fn is_convicted(self) -> bool {
        matches!(self, Stage::Serving | Stage::Served)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Context {
    /// Connected with the mass riots.
    Riots,
    /// Committed while suppressing them.
    Suppression,
    Other,
}

/// Gravity of a criminal offence (Criminal Code Art. 10–11), lightest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Misdemeanour,
    Small,
    Medium,
    Grave,
    EspeciallyGrave,
}

impl Category {
    pub const ALL: [Category; 5] = [
        Category::Misdemeanour,
        Category::Small,
        Category::Medium,
        Category::Grave,
        Category::EspeciallyGrave,
    ];
}

/// Facts that, as reported, exclude a person from the amnesty.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExclusionFact {
    Terrorist,
    Extremist,
    Corruption,
    Treason,
    Torture,
    OrganisingRiots,
    SexualOffenceAgainstMinor,
}

impl ExclusionFact {
    pub const ALL: [ExclusionFact; 7] = [
        ExclusionFact::Terrorist,
        ExclusionFact::Extremist,
        ExclusionFact::Corruption,
        ExclusionFact::Treason,
        ExclusionFact::Torture,
        ExclusionFact::OrganisingRiots,
        ExclusionFact::SexualOffenceAgainstMinor,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Punishment {
    Imprisonment,
    RestrictionOfFreedom,
    CorrectionalWorks,
    CommunityService,
    Arrest,
    Fine,
}

impl Punishment {
    pub const ALL: [Punishment; 6] = [
        Punishment::Imprisonment,
        Punishment::RestrictionOfFreedom,
        Punishment::CorrectionalWorks,
        Punishment::CommunityService,
        Punishment::Arrest,
        Punishment::Fine,
    ];

    /// Punishments measured as a period of time, which can be reduced and which end on a day.
    pub fn has_term(self) -> bool {
        matches!(
            self,
            Punishment::Imprisonment | Punishment::RestrictionOfFreedom | Punishment::Arrest
        )
    }
}

// ---------------------------------------------------------------------------------------------
// The case-file format (public contract; extend only compatibly).
// ---------------------------------------------------------------------------------------------

/// A case file exactly as written by a person or exported by the app. Dates stay text here so
/// that a wrong date can be reported with what was typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<String>,
    #[serde(default)]
    pub recidivism: Recidivism,
    pub stage: Stage,
    pub offences: Vec<OffenceFile>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence: Option<SentenceFile>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OffenceFile {
    pub article: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<u8>,
    pub committed_on: String,
    pub context: Context,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    #[serde(default)]
    pub exclusions: Vec<ExclusionFact>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentenceFile {
    pub punishment: Punishment,
    #[serde(default)]
    pub years: u32,
    #[serde(default)]
    pub months: u32,
    #[serde(default)]
    pub days: u32,
    pub start: String,
    #[serde(default)]
    pub conditional: bool,
}

// ---------------------------------------------------------------------------------------------
// The validated case.
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    pub as_of: NaiveDate,
    pub birth_date: Option<NaiveDate>,
    pub recidivism: Recidivism,
    pub stage: Stage,
    pub offences: Vec<Offence>,
    pub sentence: Option<Sentence>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Offence {
    pub article: u16,
    pub part: Option<u8>,
    pub committed_on: NaiveDate,
    pub context: Context,
    pub category: Option<Category>,
    pub exclusions: Vec<ExclusionFact>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub punishment: Punishment,
    pub term: Term,
    pub start: NaiveDate,
    pub conditional: bool,
}

/// What is wrong with a field. Rendered in the user's language by `explain` and the app.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum Problem {
    /// The file is not the expected JSON shape; `detail` is the parser's own words.
    Malformed { detail: String },
    /// A required field is absent or empty.
    Missing,
    /// Not a calendar date in the form YYYY-MM-DD.
    NotADate { value: String },
    /// A date outside 1900–2100.
    DateOutOfRange { value: String },
    /// A date later than the date of the calculation.
    AfterAsOf { as_of: String },
    /// The person was not yet born.
    BeforeBirth { birth_date: String },
    /// The sentence began before the earliest offence.
    StartBeforeOffence { committed_on: String },
    /// A whole number outside the accepted range.
    OutOfRange { min: u32, max: u32 },
    /// Not a whole number (typed in the form).
    NotANumber { value: String },
    /// No offences were given.
    NoOffences,
    /// A sentence is needed at this stage.
    SentenceRequired,
    /// This punishment needs a term longer than zero.
    ZeroTerm,
    /// The term is longer than the longest accepted.
    TermTooLong { max_years: u32 },
}

/// One problem, with the field it belongs to, as a path into the case file
/// (`offences[0].committed_on`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: String,
    #[serde(flatten)]
    pub problem: Problem,
}

impl FieldError {
    pub fn new(field: impl Into<String>, problem: Problem) -> FieldError {
        FieldError {
            field: field.into(),
            problem,
        }
    }
}

/// Reads a case file from bytes. Any bytes at all give either a file or errors, never a panic.
pub fn parse_case_file(bytes: &[u8]) -> Result<CaseFile, FieldError> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let result: Result<CaseFile, _> = serde_path_to_error::deserialize(&mut deserializer);
    let file = result.map_err(|err| {
        let path = err.path().to_string();
        let field = if path == "." { String::new() } else { path };
        let inner = err.into_inner();
        match missing_field_name(&inner.to_string()) {
            Some(name) if field.is_empty() => FieldError::new(name, Problem::Missing),
            Some(name) => FieldError::new(format!("{field}.{name}"), Problem::Missing),
            None => FieldError::new(
                field,
                Problem::Malformed {
                    detail: inner.to_string(),
                },
            ),
        }
    })?;
    deserializer.end().map_err(|e| {
        FieldError::new(
            "",
            Problem::Malformed {
                detail: e.to_string(),
            },
        )
    })?;
    Ok(file)
}

/// Serde reports a missing field as "missing field `name` at line …".
fn missing_field_name(message: &str) -> Option<String> {
    let rest = message.strip_prefix("missing field `")?;
    Some(rest[..rest.find('`')?].to_string())
}

/// Parses a date typed as YYYY-MM-DD within the accepted range.
pub fn parse_date(value: &str) -> Result<NaiveDate, Problem> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err(Problem::Missing);
    }
    let looks_right = trimmed.len() == 10
        && trimmed.char_indices().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    // Read by hand rather than with chrono's format parser, which would add to the app's size.
    let number = |range: std::ops::Range<usize>| trimmed[range].parse::<u32>().ok();
    let date = looks_right
        .then(|| NaiveDate::from_ymd_opt(number(0..4)? as i32, number(5..7)?, number(8..10)?))
        .flatten()
        .ok_or_else(|| Problem::NotADate {
            value: value.to_string(),
        })?;
    let (min, max) = (date_of(MIN_DATE), date_of(MAX_DATE));
    if date < min || date > max {
        return Err(Problem::DateOutOfRange {
            value: value.to_string(),
        });
    }
    Ok(date)
}

fn date_of((y, m, d): (i32, u32, u32)) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// Checks a case file and turns it into a `Case`. `today` stands in for a missing `as_of`.
pub fn validate(file: &CaseFile, today: NaiveDate) -> Result<Case, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut date = |field: String, value: &str| match parse_date(value) {
        Ok(d) => Some(d),
        Err(problem) => {
            errors.push(FieldError::new(field, problem));
            None
        }
    };

    let as_of = match &file.as_of {
        Some(v) => date("as_of".into(), v),
        None => Some(today),
    };
    let birth_date = file
        .birth_date
        .as_deref()
        .and_then(|v| date("birth_date".into(), v));
    let committed: Vec<Option<NaiveDate>> = file
        .offences
        .iter()
        .enumerate()
        .map(|(i, o)| date(format!("offences[{i}].committed_on"), &o.committed_on))
        .collect();
    let start = file
        .sentence
        .as_ref()
        .and_then(|s| date("sentence.start".into(), &s.start));

    if file.offences.is_empty() {
        errors.push(FieldError::new("offences", Problem::NoOffences));
    }
    for (i, offence) in file.offences.iter().enumerate() {
        if offence.article == 0 || offence.article > MAX_ARTICLE {
            errors.push(FieldError::new(
                format!("offences[{i}].article"),
                Problem::OutOfRange {
                    min: 1,
                    max: u32::from(MAX_ARTICLE),
                },
            ));
        }
        if let Some(part) = offence.part {
            if part == 0 || part > MAX_PART {
                errors.push(FieldError::new(
                    format!("offences[{i}].part"),
                    Problem::OutOfRange {
                        min: 1,
                        max: u32::from(MAX_PART),
                    },
                ));
            }
        }
    }

    let as_of_text = |d: NaiveDate| d.to_string();
    if let Some(as_of) = as_of {
        if birth_date.is_some_and(|b| b > as_of) {
            errors.push(FieldError::new(
                "birth_date",
                Problem::AfterAsOf {
                    as_of: as_of_text(as_of),
                },
            ));
        }
        for (i, committed_on) in committed.iter().enumerate() {
            if committed_on.is_some_and(|c| c > as_of) {
                errors.push(FieldError::new(
                    format!("offences[{i}].committed_on"),
                    Problem::AfterAsOf {
                        as_of: as_of_text(as_of),
                    },
                ));
            }
        }
        if start.is_some_and(|s| s > as_of) {
            errors.push(FieldError::new(
                "sentence.start",
                Problem::AfterAsOf {
                    as_of: as_of_text(as_of),
                },
            ));
        }
    }
    if let Some(birth) = birth_date {
        for (i, committed_on) in committed.iter().enumerate() {
            if committed_on.is_some_and(|c| c < birth) {
                errors.push(FieldError::new(
                    format!("offences[{i}].committed_on"),
                    Problem::BeforeBirth {
                        birth_date: as_of_text(birth),
                    },
                ));
            }
        }
    }
    if let (Some(start), Some(earliest)) = (start, committed.iter().flatten().min()) {
        if start < *earliest {
            errors.push(FieldError::new(
                "sentence.start",
                Problem::StartBeforeOffence {
                    committed_on: as_of_text(*earliest),
                },
            ));
        }
    }

    match &file.sentence {
        None if file.stage.is_convicted() => {
            errors.push(FieldError::new("sentence", Problem::SentenceRequired));
        }
        Some(s) => check_term(s, &mut errors),
        None => {}
    }

    if !errors.is_empty() {
        return Err(errors);
    }
    // Every date above parsed, so none of these is `None` any more.
    let (Some(as_of), Some(committed)) = (as_of, committed.into_iter().collect::<Option<Vec<_>>>())
    else {
        return Err(vec![FieldError::new("", Problem::Missing)]);
    };
    let offences = file
        .offences
        .iter()
        .zip(committed)
        .map(|(o, committed_on)| Offence {
            article: o.article,
            part: o.part,
            committed_on,
            context: o.context,
            category: o.category,
            exclusions: dedup(&o.exclusions),
        })
        .collect();
    let sentence = match (&file.sentence, start) {
        (Some(s), Some(start)) => Some(Sentence {
            punishment: s.punishment,
            term: Term::new(s.years, s.months, s.days),
            start,
            conditional: s.conditional,
        }),
        _ => None,
    };
    Ok(Case {
        as_of,
        birth_date,
        recidivism: file.recidivism,
        stage: file.stage,
        offences,
        sentence,
    })
}

fn check_term(sentence: &SentenceFile, errors: &mut Vec<FieldError>) {
    let limits = [
        ("sentence.years", sentence.years, MAX_TERM_YEARS),
        ("sentence.months", sentence.months, MAX_TERM_YEARS * 12),
        ("sentence.days", sentence.days, MAX_TERM_YEARS * 366),
    ];
    let mut in_range = true;
    for (field, value, max) in limits {
        if value > max {
            errors.push(FieldError::new(field, Problem::OutOfRange { min: 0, max }));
            in_range = false;
        }
    }
    if !in_range {
        return;
    }
    let term = Term::new(sentence.years, sentence.months, sentence.days);
    if term.nominal_days() > u64::from(MAX_TERM_YEARS) * 360 + 366 {
        errors.push(FieldError::new(
            "sentence",
            Problem::TermTooLong {
                max_years: MAX_TERM_YEARS,
            },
        ));
    } else if term.is_zero() && sentence.punishment.has_term() {
        errors.push(FieldError::new("sentence", Problem::ZeroTerm));
    }
}

/// The facts given, each once, in their fixed order.
fn dedup(facts: &[ExclusionFact]) -> Vec<ExclusionFact> {
    ExclusionFact::ALL
        .into_iter()
        .filter(|f| facts.contains(f))
        .collect()
}

/// The person's age in whole years on `date`.
pub fn age_on(birth: NaiveDate, date: NaiveDate) -> i32 {
    let mut age = date.year() - birth.year();
    if (date.month(), date.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    age
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2023, 3, 1).unwrap()
    }

    #[test]
    fn a_missing_field_is_named() {
        let err = parse_case_file(br#"{"offences": []}"#).unwrap_err();
        assert_eq!(err.field, "stage");
        assert_eq!(err.problem, Problem::Missing);
        let err =
            parse_case_file(br#"{"stage":"trial","offences":[{"article":106,"context":"riots"}]}"#)
                .unwrap_err();
        assert_eq!(err.field, "offences[0].committed_on");
    }

    #[test]
    fn a_wrong_value_is_named_with_its_path() {
        let err = parse_case_file(
            br#"{"stage":"trial","offences":[{"article":106,"committed_on":"2022-01-05","context":"party"}]}"#,
        )
        .unwrap_err();
        assert_eq!(err.field, "offences[0].context");
        assert!(matches!(err.problem, Problem::Malformed { .. }));
    }

    #[test]
    fn impossible_dates_are_rejected_with_what_was_typed() {
        assert_eq!(
            parse_date("2022-02-30"),
            Err(Problem::NotADate {
                value: "2022-02-30".into()
            })
        );
        assert_eq!(
            parse_date("5.1.2022"),
            Err(Problem::NotADate {
                value: "5.1.2022".into()
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

    #[test]
    fn validation_reports_every_problem() {
        let file = CaseFile {
            as_of: None,
            birth_date: Some("2030-01-01".into()),
            recidivism: Recidivism::None,
            stage: Stage::Serving,
            offences: vec![OffenceFile {
                article: 0,
                part: None,
                committed_on: "2022-13-01".into(),
                context: Context::Riots,
                category: None,
                exclusions: vec![],
            }],
            sentence: None,
        };
        let errors = validate(&file, today()).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "offences[0].committed_on",
                "offences[0].article",
                "birth_date",
                "sentence"
            ]
        );
    }

    #[test]
    fn ages_count_whole_years() {
        let birth = NaiveDate::from_ymd_opt(2004, 1, 6).unwrap();
        assert_eq!(
            age_on(birth, NaiveDate::from_ymd_opt(2022, 1, 5).unwrap()),
            17
        );
        assert_eq!(
            age_on(birth, NaiveDate::from_ymd_opt(2022, 1, 6).unwrap()),
            18
        );
    }
}
