//! Checks a case file and turns it into a [`Case`]: every date read, every number in range, every
//! part one the article has, the sentence measured the way its punishment is. Every problem is
//! reported at once, each naming its field.

use chrono::NaiveDate;

use super::{
    Case, CaseFile, FieldError, Measure, Offence, OwnSentence, Problem, Sentence, SentenceFile,
    Stage,
};
use crate::code_index;
use crate::pack::RulePack;
use crate::term::Term;
use crate::vocab::{ExclusionFact, Measured, Punishment};

/// Earliest date accepted anywhere in a case.
pub const MIN_DATE: (i32, u32, u32) = (1900, 1, 1);
/// Latest date accepted anywhere in a case.
pub const MAX_DATE: (i32, u32, u32) = (2100, 12, 31);
/// Longest term accepted, in years (Kazakh fixed terms do not exceed this).
pub const MAX_TERM_YEARS: u32 = 40;
/// Highest part number accepted.
pub const MAX_PART: u8 = 20;
/// Most hours of community service accepted (the Code allows up to 1,200).
pub const MAX_HOURS: u32 = 10_000;
/// Largest amount accepted, in MCI (the Code allows up to 10,000, or multiples of a sum).
pub const MAX_AMOUNT: u32 = 10_000_000;
/// Oldest age accepted for a victim.
pub const MAX_AGE: u8 = 120;

/// Reads a date as people write it ([`super::dates`]) within the accepted range.
pub fn parse_date(value: &str) -> Result<NaiveDate, Problem> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err(Problem::Missing);
    }
    let date = super::dates::read(trimmed).ok_or_else(|| super::dates::unread(value))?;
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

/// Collects the problems of one case file.
pub(super) struct Checker {
    pub errors: Vec<FieldError>,
}

impl Checker {
    pub fn push(&mut self, field: impl Into<String>, problem: Problem) {
        self.errors.push(FieldError::new(field, problem));
    }

    pub fn date(&mut self, field: String, value: &str) -> Option<NaiveDate> {
        match parse_date(value) {
            Ok(d) => Some(d),
            Err(problem) => {
                self.push(field, problem);
                None
            }
        }
    }

    /// `date` must not be after `limit`, nor before `floor`.
    fn order(&mut self, field: &str, date: Option<NaiveDate>, limits: Limits) {
        let Some(date) = date else { return };
        if let Some(as_of) = limits.as_of.filter(|a| date > *a) {
            self.push(
                field,
                Problem::AfterAsOf {
                    as_of: as_of.to_string(),
                },
            );
        }
        if let Some(birth) = limits.birth.filter(|b| date < *b) {
            self.push(
                field,
                Problem::BeforeBirth {
                    birth_date: birth.to_string(),
                },
            );
        }
    }
}

#[derive(Clone, Copy)]
struct Limits {
    as_of: Option<NaiveDate>,
    birth: Option<NaiveDate>,
}

/// Checks a case file against the pack and turns it into a `Case`. `today` stands in for a
/// missing `as_of`.
pub fn validate(
    file: &CaseFile,
    today: NaiveDate,
    pack: &RulePack,
) -> Result<Case, Vec<FieldError>> {
    let mut check = Checker { errors: Vec::new() };
    let as_of = match &file.as_of {
        Some(v) => check.date("as_of".into(), v),
        None => Some(today),
    };
    let birth_date = file
        .birth_date
        .as_deref()
        .and_then(|v| check.date("birth_date".into(), v));
    let committed: Vec<Option<NaiveDate>> = file
        .offences
        .iter()
        .enumerate()
        .map(|(i, o)| check.date(format!("offences[{i}].committed_on"), &o.committed_on))
        .collect();
    let start = file
        .sentence
        .as_ref()
        .and_then(|s| s.start.as_deref())
        .and_then(|v| check.date("sentence.start".into(), v));

    if file.offences.is_empty() {
        check.push("offences", Problem::NoOffences);
    }
    let mut own: Vec<Option<Measure>> = Vec::with_capacity(file.offences.len());
    for (i, offence) in file.offences.iter().enumerate() {
        check_article(&mut check, i, offence);
        let at = format!("offences[{i}].sentence");
        own.push(match (&offence.sentence, file.stage) {
            (Some(_), Stage::Investigation) => {
                check.push(at, Problem::SentenceAtInvestigation);
                None
            }
            (Some(s), _) => check_sentence(&mut check, s, Whose::Offence(&at)),
            (None, _) => None,
        });
        if offence.victim_age.is_some_and(|a| a > MAX_AGE) {
            check.push(
                format!("offences[{i}].victim_age"),
                Problem::OutOfRange {
                    min: 0,
                    max: u32::from(MAX_AGE),
                },
            );
        }
    }

    check.order("birth_date", birth_date, Limits { as_of, birth: None });
    let limits = Limits {
        as_of,
        birth: birth_date,
    };
    let min_age = pack.provisions.cc_art80_minors.value.from_age;
    for (i, committed_on) in committed.iter().enumerate() {
        let field = format!("offences[{i}].committed_on");
        check.order(&field, *committed_on, limits);
        // Nobody younger than 14 is before a court; a birth date that makes the offender so is
        // a slip, named here rather than decided on.
        let too_young = match (birth_date, *committed_on) {
            (Some(birth), Some(day)) if day >= birth => {
                crate::criminal_code::art80_minors::age_on(
                    birth,
                    day,
                    crate::pack::AgeCounting::OnBirthday,
                ) < u32::from(min_age)
            }
            _ => false,
        };
        if too_young {
            check.push(field, Problem::TooYoung { min_age });
        }
    }
    check.order("sentence.start", start, Limits { as_of, birth: None });
    if let (Some(start), Some(earliest)) = (start, committed.iter().flatten().min()) {
        if start < *earliest {
            check.push(
                "sentence.start",
                Problem::StartBeforeOffence {
                    committed_on: earliest.to_string(),
                },
            );
        }
    }

    let measure = match (&file.sentence, file.stage) {
        (None, stage) if stage.is_convicted() => {
            check.push("sentence", Problem::SentenceRequired);
            None
        }
        (Some(_), Stage::Investigation) => {
            check.push("sentence", Problem::SentenceAtInvestigation);
            None
        }
        (Some(s), _) => check_sentence(&mut check, s, Whose::Case),
        (None, _) => None,
    };
    if let Some(s) = &file.sentence {
        super::custody::sentence_extras(&mut check, s);
    }
    let earliest = committed.iter().flatten().min().copied();
    let custody = super::custody::periods(&mut check, &file.custody, start, as_of, earliest);

    if !check.errors.is_empty() {
        return Err(check.errors);
    }
    let (Some(as_of), Some(committed), Some(custody)) = (
        as_of,
        committed.into_iter().collect::<Option<Vec<_>>>(),
        custody,
    ) else {
        // Unreachable: every date above parsed, or its error was pushed.
        return Err(vec![FieldError::new("", Problem::Missing)]);
    };
    let offences = file
        .offences
        .iter()
        .zip(committed)
        .zip(own)
        .map(|((o, committed_on), own)| Offence {
            article: o.article,
            part: o.part,
            committed_on,
            context: o.context,
            category: o.category,
            exclusions: ExclusionFact::ALL
                .into_iter()
                .filter(|f| o.exclusions.contains(f))
                .collect(),
            victim_age: o.victim_age,
            sentence: o
                .sentence
                .as_ref()
                .zip(own)
                .map(|(s, measure)| OwnSentence {
                    punishment: s.punishment,
                    measure,
                }),
        })
        .collect();
    let sentence = file
        .sentence
        .as_ref()
        .zip(measure)
        .map(|(s, measure)| Sentence {
            punishment: s.punishment,
            measure,
            start,
            conditional: s.conditional,
            institution: s.institution,
            probation_months: s.probation_months,
        });
    Ok(Case {
        as_of,
        birth_date,
        recidivism: file.recidivism,
        stage: file.stage,
        offences,
        sentence,
        custody,
        parole_facts: file.parole_facts,
    })
}

/// The article, which the Code of January 2022 must have had, and its part, which the article
/// must have had: a number the Code did not have is a slip, never an offence to decide.
fn check_article(check: &mut Checker, i: usize, offence: &super::OffenceFile) {
    let article = offence.article;
    let field = format!("offences[{i}].article");
    let Some(in_code) = code_index::find(article) else {
        check.push(field, Problem::NoSuchArticle { article });
        return;
    };
    if in_code.repealed {
        check.push(field, Problem::RepealedArticle { article });
        return;
    }
    if !code_index::defines_offences(article) {
        check.push(field, Problem::DefinesNoOffence { article });
        return;
    }
    let Some(part) = offence.part else { return };
    let field = format!("offences[{i}].part");
    if part == 0 || part > MAX_PART {
        check.push(
            field,
            Problem::OutOfRange {
                min: 1,
                max: u32::from(MAX_PART),
            },
        );
    } else if part > in_code.parts {
        check.push(
            field,
            Problem::NoSuchPart {
                article,
                parts: in_code.parts,
            },
        );
    } else if code_index::part_repealed(article, part) {
        check.push(field, Problem::RepealedPart { article, part });
    }
}

/// Whose sentence is checked: the case's (with its first day), or an offence's own (whose
/// measure must be given: it is what the offence's new punishment is computed from).
#[derive(Clone, Copy)]
enum Whose<'a> {
    Case,
    Offence(&'a str),
}

impl Whose<'_> {
    fn field(self, name: &str) -> String {
        match self {
            Whose::Case => format!("sentence.{name}"),
            Whose::Offence(at) => format!("{at}.{name}"),
        }
    }

    fn whole(self) -> String {
        match self {
            Whose::Case => "sentence".into(),
            Whose::Offence(at) => at.into(),
        }
    }
}

/// The sentence's measure, checked against its punishment; `None` if something is wrong.
fn check_sentence(check: &mut Checker, s: &SentenceFile, whose: Whose) -> Option<Measure> {
    let before = check.errors.len();
    // Made afresh for each field, not cloned: the page then carries no `Problem::clone`.
    let wrong = || Problem::WrongMeasure {
        punishment: s.punishment,
    };
    let has_term = s.years > 0 || s.months > 0 || s.days > 0;
    if s.conditional && s.punishment != Punishment::Imprisonment {
        check.push(
            whose.field("conditional"),
            Problem::ConditionalNotImprisonment,
        );
    }
    let measured = s.punishment.measured();
    if measured != Measured::Term && has_term {
        check.push(whose.field("years"), wrong());
    }
    if measured != Measured::Hours && s.hours.is_some() {
        check.push(whose.field("hours"), wrong());
    }
    if measured != Measured::Amount && s.amount.is_some() {
        check.push(whose.field("amount"), wrong());
    }
    let own = matches!(whose, Whose::Offence(_));
    let mut counted = |name: &str, value: Option<u32>, max: u32| {
        if own && value.is_none() {
            check.push(whose.field(name), Problem::Missing);
        }
        count(check, &whose.field(name), value, max)
    };
    let measure = match measured {
        Measured::Term => {
            if !own && s.start.is_none() {
                check.push(whose.field("start"), Problem::Missing);
            }
            check_term(check, s, whose).map(Measure::Term)
        }
        Measured::Hours => counted("hours", s.hours, MAX_HOURS)
            .map(|h| h.map_or(Measure::Unstated, Measure::Hours)),
        Measured::Amount => counted("amount", s.amount, MAX_AMOUNT)
            .map(|a| a.map_or(Measure::Unstated, Measure::Amount)),
    };
    measure.filter(|_| check.errors.len() == before)
}

/// Hours or an amount: optional, but when given, at least 1.
fn count(check: &mut Checker, field: &str, value: Option<u32>, max: u32) -> Option<Option<u32>> {
    match value {
        Some(v) if v == 0 || v > max => {
            check.push(field, Problem::OutOfRange { min: 1, max });
            None
        }
        other => Some(other),
    }
}

fn check_term(check: &mut Checker, sentence: &SentenceFile, whose: Whose) -> Option<Term> {
    let limits = [
        ("years", sentence.years, MAX_TERM_YEARS),
        ("months", sentence.months, MAX_TERM_YEARS * 12),
        ("days", sentence.days, MAX_TERM_YEARS * 366),
    ];
    let mut in_range = true;
    for (field, value, max) in limits {
        if value > max {
            check.push(whose.field(field), Problem::OutOfRange { min: 0, max });
            in_range = false;
        }
    }
    if !in_range {
        return None;
    }
    let term = Term::new(sentence.years, sentence.months, sentence.days);
    if term.is_zero() {
        check.push(whose.whole(), Problem::ZeroTerm);
        return None;
    }
    // A term longer than the longest accepted, whichever way it is written (40 years may be
    // given as 14,610 days).
    let nominal_days = u64::from(term.total_months()) * 30 + u64::from(term.days);
    if nominal_days > u64::from(MAX_TERM_YEARS) * 360 + 366 {
        check.push(
            whose.whole(),
            Problem::TermTooLong {
                max_years: MAX_TERM_YEARS,
            },
        );
        return None;
    }
    Some(term)
}

#[cfg(test)]
mod tests;
