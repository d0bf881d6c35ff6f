//! What the form holds: every field exactly as the user typed it.
//!
//! The draft turns into a case file (the public format) and back, so export, import and "remember
//! on this device" all speak the case-file format, and the form can never lose what was typed:
//! a bad date stays in its field with a message beside it. Pure Rust, tested natively.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use amnesty_rules::case::{
    CaseFile, CustodyFile, CustodyKind, FieldError, Institution, OffenceFile, ParoleFacts, Problem,
    Recidivism, SentenceFile, Stage,
};
use amnesty_rules::cited::{self, Cited, Reading};
use amnesty_rules::decision::Decision;
use amnesty_rules::vocab::{ArticleNo, Category, Context, ExclusionFact, Measured, Punishment};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseDraft {
    pub as_of: String,
    pub birth_date: String,
    pub recidivism: Recidivism,
    pub stage: Stage,
    pub offences: Vec<OffenceDraft>,
    /// At trial a sentence is optional: whether the user gave one.
    pub sentence_given: bool,
    pub sentence: SentenceDraft,
    /// The facts the dates after the verdict rest on: custody, institution, probation, parole.
    #[serde(default)]
    pub after: AfterVerdictDraft,
}

/// The facts for the time after the verdict, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AfterVerdictDraft {
    /// The periods held before the term's first day, in the order entered.
    pub custody: Vec<CustodyDraft>,
    /// `None`: not known (the result says which level it takes).
    pub institution: Option<Institution>,
    /// A conditional sentence's probation, in months.
    pub probation_months: String,
    pub parole_facts: ParoleFacts,
}

/// One period held, its days as typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustodyDraft {
    pub from: String,
    pub to: String,
    pub kind: CustodyKind,
}

impl Default for CustodyDraft {
    fn default() -> Self {
        CustodyDraft {
            from: String::new(),
            to: String::new(),
            kind: CustodyKind::Detention,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OffenceDraft {
    pub article: String,
    pub part: String,
    pub committed_on: String,
    pub context: Context,
    pub category: Option<Category>,
    pub exclusions: Vec<ExclusionFact>,
    pub victim_age: String,
    /// The offence's own punishment as the verdict gives it before the offences are combined
    /// (typed in the offence's row, or from an imported case file or a batch row's link); empty:
    /// none. Boxed: a removed row is kept whole for its undo, and most rows have none.
    #[serde(default)]
    pub own_sentence: Box<OwnSentence>,
}

/// An offence's own punishment (`offences[].sentence`): a term as typed; hours or an amount as
/// an imported file gives them (the form asks for a term only).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnSentence {
    /// `None`: the sentence's kind (the form asks only the figures); an imported one of
    /// another kind keeps its own.
    pub punishment: Option<Punishment>,
    pub years: String,
    pub months: String,
    pub days: String,
    pub hours: Option<u32>,
    pub amount: Option<u32>,
}

impl OwnSentence {
    fn of(s: &SentenceFile, sentence: Punishment) -> OwnSentence {
        let shown = |n: u32| if n == 0 { String::new() } else { n.to_string() };
        OwnSentence {
            punishment: Some(s.punishment).filter(|p| *p != sentence),
            years: shown(s.years),
            months: shown(s.months),
            days: shown(s.days),
            hours: s.hours,
            amount: s.amount,
        }
    }

    /// The punishment's kind: its own, else the sentence's.
    pub fn kind(&self, sentence: Punishment) -> Punishment {
        self.punishment.unwrap_or(sentence)
    }

    /// Whether it gives no figure of its kind's measure: then the offence has none of its own.
    pub fn is_empty(&self, sentence: Punishment) -> bool {
        match self.kind(sentence).measured() {
            Measured::Term => [&self.years, &self.months, &self.days]
                .iter()
                .all(|t| t.trim().is_empty()),
            Measured::Hours => self.hours.is_none(),
            Measured::Amount => self.amount.is_none(),
        }
    }

    /// The case file's entry for offence `i`; a figure of the term that is not a number is named
    /// at its own field.
    fn file(&self, i: usize, sentence: Punishment, errors: &mut Vec<FieldError>) -> SentenceFile {
        let mut figure = |name: &str, text: &str| -> u32 {
            number(
                &format!("offences[{i}].sentence.{name}"),
                text,
                false,
                errors,
            )
            .unwrap_or(0)
        };
        SentenceFile {
            punishment: self.kind(sentence),
            years: figure("years", &self.years),
            months: figure("months", &self.months),
            days: figure("days", &self.days),
            hours: self.hours,
            amount: self.amount,
            start: None,
            conditional: false,
            institution: None,
            probation_months: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceDraft {
    pub punishment: Punishment,
    pub years: String,
    pub months: String,
    pub days: String,
    pub hours: String,
    pub amount: String,
    pub start: String,
    pub conditional: bool,
}

impl Default for OffenceDraft {
    fn default() -> Self {
        OffenceDraft {
            article: String::new(),
            part: String::new(),
            committed_on: String::new(),
            context: Context::Riots,
            category: None,
            exclusions: Vec::new(),
            victim_age: String::new(),
            own_sentence: Box::default(),
        }
    }
}

impl Default for SentenceDraft {
    fn default() -> Self {
        SentenceDraft {
            punishment: Punishment::Imprisonment,
            years: String::new(),
            months: String::new(),
            days: String::new(),
            hours: String::new(),
            amount: String::new(),
            start: String::new(),
            conditional: false,
        }
    }
}

impl CaseDraft {
    /// A fresh form: one empty offence, a person serving a sentence, calculated as of `today`.
    pub fn new(today: NaiveDate) -> CaseDraft {
        CaseDraft {
            as_of: amnesty_words::dotted_date(today),
            birth_date: String::new(),
            recidivism: Recidivism::None,
            stage: Stage::Serving,
            offences: vec![OffenceDraft::default()],
            sentence_given: false,
            sentence: SentenceDraft::default(),
            after: AfterVerdictDraft::default(),
        }
    }

    /// Whether the sentence fields are part of the case at this stage.
    pub fn has_sentence(&self) -> bool {
        self.stage.is_convicted() || (self.stage == Stage::Trial && self.sentence_given)
    }

    /// The case file the draft describes, or the fields whose text cannot go into one (a number
    /// that is not a number). Dates stay as typed, normalised from DD.MM.YYYY where they are in
    /// that form, so the validation can name a wrong one.
    pub fn to_case_file(&self) -> Result<CaseFile, Vec<FieldError>> {
        let (file, errors) = self.case_file_and_errors();
        if errors.is_empty() {
            Ok(file)
        } else {
            Err(errors)
        }
    }

    /// The case file with a stand-in for each number that could not be read, and the problems
    /// with those numbers, so that every other field can still be checked.
    fn case_file_and_errors(&self) -> (CaseFile, Vec<FieldError>) {
        let mut errors = Vec::new();
        let offences = self
            .offences
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let (article, part) = article_and_part(i, o, &mut errors);
                OffenceFile {
                    article,
                    part,
                    committed_on: normalise_date(&o.committed_on),
                    context: o.context,
                    category: o.category,
                    exclusions: o.exclusions.clone(),
                    victim_age: number(
                        &format!("offences[{i}].victim_age"),
                        &o.victim_age,
                        false,
                        &mut errors,
                    ),
                    // Refused before a trial, so left out there (kept in the draft).
                    sentence: Some(&*o.own_sentence)
                        .filter(|s| {
                            self.stage != Stage::Investigation
                                && !s.is_empty(self.sentence.punishment)
                        })
                        .map(|s| s.file(i, self.sentence.punishment, &mut errors)),
                }
            })
            .collect();
        let sentence = self.has_sentence().then(|| {
            let s = &self.sentence;
            let measured = s.punishment.measured();
            // Only the fields of this punishment's measure are read; the others keep what was
            // typed for when the punishment is switched back.
            let mut read = |field: &str, text: &str, used: Measured| {
                if used == measured {
                    number(field, text, false, &mut errors)
                } else {
                    None
                }
            };
            let years = read("sentence.years", &s.years, Measured::Term);
            let months = read("sentence.months", &s.months, Measured::Term);
            let days = read("sentence.days", &s.days, Measured::Term);
            let hours = read("sentence.hours", &s.hours, Measured::Hours);
            let amount = read("sentence.amount", &s.amount, Measured::Amount);
            let start = normalise_date(&s.start);
            // The institution and the probation only where the sentence has them; what was
            // chosen stays in the draft for when the sentence is switched back.
            let imprisoned = s.punishment == Punishment::Imprisonment;
            let conditional = s.conditional && imprisoned;
            let probation_months = if conditional {
                number(
                    "sentence.probation_months",
                    &self.after.probation_months,
                    false,
                    &mut errors,
                )
            } else {
                None
            };
            SentenceFile {
                punishment: s.punishment,
                years: years.unwrap_or(0),
                months: months.unwrap_or(0),
                days: days.unwrap_or(0),
                hours,
                amount,
                start: (!start.is_empty()).then_some(start),
                conditional,
                institution: self
                    .after
                    .institution
                    .filter(|_| imprisoned && !conditional),
                probation_months,
            }
        });
        let file = CaseFile {
            as_of: Some(normalise_date(&self.as_of)).filter(|d| !d.is_empty()),
            birth_date: Some(normalise_date(&self.birth_date)).filter(|d| !d.is_empty()),
            recidivism: self.recidivism,
            stage: self.stage,
            offences,
            sentence,
            custody: self
                .after
                .custody
                .iter()
                .map(|c| CustodyFile {
                    from: normalise_date(&c.from),
                    to: normalise_date(&c.to),
                    kind: c.kind,
                })
                .collect(),
            parole_facts: self.after.parole_facts,
        };
        (file, errors)
    }

    /// The draft that shows a case file in the form (after an import, or on a return visit).
    pub fn from_case_file(file: &CaseFile, today: NaiveDate) -> CaseDraft {
        let shown = |n: u32| if n == 0 { String::new() } else { n.to_string() };
        let sentence = file.sentence.as_ref().map(|s| SentenceDraft {
            punishment: s.punishment,
            years: shown(s.years),
            months: shown(s.months),
            days: shown(s.days),
            hours: s.hours.map(|h| h.to_string()).unwrap_or_default(),
            amount: s.amount.map(|a| a.to_string()).unwrap_or_default(),
            start: s.start.clone().unwrap_or_default(),
            conditional: s.conditional,
        });
        let kind = sentence
            .as_ref()
            .map_or(SentenceDraft::default().punishment, |s| s.punishment);
        CaseDraft {
            as_of: file
                .as_of
                .clone()
                .unwrap_or_else(|| amnesty_words::dotted_date(today)),
            birth_date: file.birth_date.clone().unwrap_or_default(),
            recidivism: file.recidivism,
            stage: file.stage,
            offences: file
                .offences
                .iter()
                .map(|o| OffenceDraft {
                    article: o.article.to_string(),
                    part: o.part.map(|p| p.to_string()).unwrap_or_default(),
                    committed_on: o.committed_on.clone(),
                    context: o.context,
                    category: o.category,
                    exclusions: o.exclusions.clone(),
                    victim_age: o.victim_age.map(|a| a.to_string()).unwrap_or_default(),
                    own_sentence: o
                        .sentence
                        .as_ref()
                        .map(|s| Box::new(OwnSentence::of(s, kind)))
                        .unwrap_or_default(),
                })
                .collect(),
            sentence_given: sentence.is_some(),
            sentence: sentence.unwrap_or_default(),
            after: AfterVerdictDraft {
                custody: file
                    .custody
                    .iter()
                    .map(|c| CustodyDraft {
                        from: c.from.clone(),
                        to: c.to.clone(),
                        kind: c.kind,
                    })
                    .collect(),
                parole_facts: file.parole_facts,
                institution: file.sentence.as_ref().and_then(|s| s.institution),
                probation_months: file
                    .sentence
                    .as_ref()
                    .and_then(|s| s.probation_months)
                    .map(|m| m.to_string())
                    .unwrap_or_default(),
            },
        }
    }

    /// The decision for the draft, or every field to correct, in the order of the form.
    pub fn decide(&self, today: NaiveDate) -> Result<Decision, Vec<FieldError>> {
        let (file, mut errors) = self.case_file_and_errors();
        let checked = amnesty_rules::check_file(&file, today);
        if errors.is_empty() {
            return checked;
        }
        if let Err(more) = checked {
            // A number that could not be read already has its message; what its stand-in makes of
            // that field, or of the part holding it (a zero term), does not count.
            let unread: Vec<String> = errors.iter().map(|e| e.field.clone()).collect();
            let about_unread = |e: &FieldError| {
                unread
                    .iter()
                    .any(|u| *u == e.field || u.starts_with(&format!("{}.", e.field)))
            };
            errors.extend(more.into_iter().filter(|e| !about_unread(e)));
        }
        Err(in_form_order(errors))
    }
}

/// The errors in the order of their fields in the form (a stable insertion: the lists are short,
/// and a general sort would add much to the app's size).
fn in_form_order(errors: Vec<FieldError>) -> Vec<FieldError> {
    let mut ordered: Vec<FieldError> = Vec::with_capacity(errors.len());
    for error in errors {
        let rank = form_order(&error.field);
        let at = ordered.partition_point(|e| form_order(&e.field) <= rank);
        ordered.insert(at, error);
    }
    ordered
}

/// Where a field sits in the form, top to bottom, so messages are listed in that order.
fn form_order(path: &str) -> (u8, usize, u8) {
    use crate::rules::case::json::{OFFENCE_FIELDS, SENTENCE_FIELDS};
    let rank = |fields: &[&str], name: &str| {
        fields
            .iter()
            .position(|f| *f == name)
            .unwrap_or(fields.len()) as u8
    };
    if let Some(rest) = path.strip_prefix("offences[") {
        let (index, field) = rest
            .split_once("].")
            .unwrap_or((rest.trim_end_matches(']'), ""));
        return (1, index.parse().unwrap_or(0), rank(&OFFENCE_FIELDS, field));
    }
    // The periods held follow the sentence, as in the form; an overlap names the whole period.
    if let Some(rest) = path.strip_prefix("custody[") {
        let (index, field) = rest.split_once(']').unwrap_or((rest, ""));
        let field = field.trim_start_matches('.');
        let rank = match field {
            "from" => 1,
            "to" => 2,
            _ => 0,
        };
        return (2, 1 + index.parse().unwrap_or(0), rank);
    }
    match path.split_once('.') {
        Some(("sentence", field)) => (2, 0, rank(&SENTENCE_FIELDS, field)),
        _ => match path {
            "stage" => (0, 0, 0),
            "offences" => (1, 0, 0),
            "sentence" => (2, 0, 0),
            "birth_date" => (3, 0, 0),
            "as_of" => (4, 0, 0),
            _ => (5, 0, 0),
        },
    }
}

/// Reads a whole number typed in a field; an empty optional field is `None`.
fn number<T: TryFrom<u64>>(
    field: &str,
    text: &str,
    required: bool,
    errors: &mut Vec<FieldError>,
) -> Option<T> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        if required {
            errors.push(FieldError::new(field, Problem::Missing));
        }
        return None;
    }
    match trimmed
        .parse::<u64>()
        .ok()
        .and_then(|n| T::try_from(n).ok())
    {
        Some(n) => Some(n),
        None => {
            let value = text.to_string();
            let problem = if negative(trimmed) {
                Problem::Negative { value }
            } else {
                Problem::NotANumber { value }
            };
            errors.push(FieldError::new(field, problem));
            None
        }
    }
}

/// A whole number with a minus in front (the hyphen, the minus sign or a dash a phone puts in).
fn negative(text: &str) -> bool {
    text.strip_prefix(['-', '\u{2212}', '\u{2013}'])
        .is_some_and(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
}

/// The name a saved case file is offered under: `amnesty-case-`, the person's name from the
/// printout's details when one is given, else the first offence's article, then the day it is
/// saved (`amnesty-case-Ivanov-2023-03-01.json`, `amnesty-case-272-2023-03-01.json`). Letters
/// (Latin and Cyrillic, Kazakh ones included, kept as typed: any system shows them) and digits;
/// everything else becomes a single hyphen, so every file system takes the name.
pub fn case_file_name(person: &str, draft: &CaseDraft, today: NaiveDate) -> String {
    let article = || {
        draft
            .offences
            .first()
            .and_then(|o| read_article(&o.article).ok())
            .map(|c| c.article.to_string())
            .unwrap_or_default()
    };
    let mut who = safe_for_files(person);
    if who.is_empty() {
        who = safe_for_files(&article());
    }
    if who.is_empty() {
        format!("amnesty-case-{today}.json")
    } else {
        format!("amnesty-case-{who}-{today}.json")
    }
}

/// Letters and digits of `text`, the runs between them joined by one hyphen, at most
/// [`NAME_CHARS`] characters.
fn safe_for_files(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let letter = amnesty_rules::letter_case::lower(c) != amnesty_rules::letter_case::upper(c);
        if letter || c.is_ascii_digit() {
            if out.chars().count() >= NAME_CHARS {
                break;
            }
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The most characters of a name or an article a file's name takes.
const NAME_CHARS: usize = 40;

/// What an article field names, as the case reads it ([`amnesty_rules::cited`]): the article and
/// the part a citation gives («ст. 272 ч. 2»; "272.2", where the Code has no Art. 272-2, is part 2
/// of Art. 272), or what is wrong with the text: nothing typed, words still to be chosen from
/// the list, "269.1" (Art. 269-1 or Art. 269 part 1?), or not a citation at all.
pub fn read_article(text: &str) -> Result<Cited, Problem> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(Problem::Missing);
    }
    let parsed = cited::parse(trimmed);
    match (parsed.reading, parsed.words.is_empty()) {
        (Some(Reading::Ambiguous { dash, part }), true) => Err(Problem::AmbiguousArticle {
            dash: dash.article,
            part: part.part.unwrap_or_default(),
        }),
        (Some(Reading::Plain(c) | Reading::DotAsPart(c)), true) => Ok(c),
        (None, _) if !trimmed.chars().any(|c| c.is_ascii_digit()) => Err(Problem::ChooseFromList),
        _ => Err(Problem::NotAnArticle {
            value: text.to_string(),
        }),
    }
}

impl OffenceDraft {
    /// The article and part the offence names: the part typed, else the part of the article's
    /// citation; `None` while the article field names no one article.
    pub fn article_and_part(&self) -> Option<(ArticleNo, Option<u8>)> {
        let cited = read_article(&self.article).ok()?;
        let part = match self.part.trim() {
            "" => cited.part,
            typed => Some(typed.parse().ok()?),
        };
        Some((cited.article, part))
    }
}

/// The offence's article and part for the case file, with a stand-in article where the text
/// names none (its problem is named), and the part typed or cited (both: they must agree).
fn article_and_part(
    i: usize,
    o: &OffenceDraft,
    errors: &mut Vec<FieldError>,
) -> (ArticleNo, Option<u8>) {
    let part_field = format!("offences[{i}].part");
    let too_large = too_large_for_a_part(&o.part);
    let typed_part = if too_large {
        None
    } else {
        number(&part_field, &o.part, false, errors)
    };
    let cited = match read_article(&o.article) {
        Ok(cited) => cited,
        Err(problem) => {
            errors.push(FieldError::new(format!("offences[{i}].article"), problem));
            if too_large {
                errors.push(FieldError::new(part_field, parts_allowed(None)));
            }
            return (ArticleNo::new(0, 0), typed_part);
        }
    };
    if too_large {
        errors.push(FieldError::new(
            part_field,
            parts_allowed(Some(cited.article)),
        ));
        return (cited.article, None);
    }
    match (typed_part, cited.part) {
        (Some(typed), Some(part)) if typed != part => {
            errors.push(FieldError::new(
                part_field,
                Problem::PartDiffersFromCitation { cited: part },
            ));
            (cited.article, Some(typed))
        }
        (typed, part) => (cited.article, typed.or(part)),
    }
}

/// A whole number no part can have (`300`): what it is, not "not a whole number".
fn too_large_for_a_part(text: &str) -> bool {
    let digits = text.trim();
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && digits.parse::<u8>().is_err()
}

/// What a part can be, as the validation says it of a part too large: the article's parts when
/// the Code index knows the article, else the range any part is in.
fn parts_allowed(article: Option<ArticleNo>) -> Problem {
    match article.and_then(amnesty_rules::code_index::find) {
        Some(known) if !known.repealed => Problem::NoSuchPart {
            article: known.article,
            parts: known.parts,
        },
        _ => Problem::OutOfRange {
            min: 1,
            max: u32::from(amnesty_rules::case::MAX_PART),
        },
    }
}

/// A date as typed, in the case file's `YYYY-MM-DD` when it reads as one (`05.01.2022`,
/// «5 января 2022 г.», see [`crate::rules::case::dates`]); anything else is kept for the validation to name.
pub fn normalise_date(text: &str) -> String {
    crate::rules::case::dates::normalise(text)
}

#[cfg(test)]
mod tests;
