//! The case file read from a JSON value, each problem named by its field.
//!
//! The JSON text itself is parsed by whoever holds it: serde_json on the command line, the
//! browser's own `JSON.parse` in the page. Both hand over a [`Json`] tree, and this one reader
//! turns it into a [`CaseFile`], so the two give the same file and the same messages; and the
//! page carries neither a JSON parser nor serde's generic deserializers (about 17 KB of its
//! download, measured with tools/size-report.mjs).

use super::file::MAX_CUSTODY_PERIODS;
use super::file::{CaseFile, CustodyFile, OffenceFile, SentenceFile, MAX_OFFENCES};
use super::{
    CustodyKind, FieldError, Institution, JsonKind, ParoleFacts, Problem, Recidivism, Stage,
};
use crate::vocab::{ArticleNo, Category, Context, ExclusionFact, Named, Punishment};

/// A JSON value. Objects keep their keys in the order read; a key given twice counts once, with
/// its last value (as `JSON.parse` and serde_json do).
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// Deepest nesting read: a case file needs three levels; a hostile file of a million brackets
/// must not exhaust the stack of whoever builds or reads the tree.
pub const MAX_DEPTH: usize = 32;

const FILE_FIELDS: [&str; 8] = [
    "as_of",
    "birth_date",
    "recidivism",
    "stage",
    "offences",
    "sentence",
    "custody",
    "parole_facts",
];
/// A period of custody's fields.
const CUSTODY_FIELDS: [&str; 3] = ["from", "to", "kind"];
/// The facts parole depends on.
const PAROLE_FACTS_FIELDS: [&str; 5] = [
    "special_group",
    "plea_agreement",
    "attempt_on_life",
    "damage_repaid",
    "malicious_violations",
];
/// An offence's fields, in the order the form asks them.
pub const OFFENCE_FIELDS: [&str; 8] = [
    "article",
    "part",
    "committed_on",
    "context",
    "category",
    "exclusions",
    "victim_age",
    "sentence",
];
/// The sentence's fields, in the order the form asks them.
pub const SENTENCE_FIELDS: [&str; 10] = [
    "punishment",
    "years",
    "months",
    "days",
    "hours",
    "amount",
    "start",
    "conditional",
    "institution",
    "probation_months",
];

/// The fields of an offence's own sentence: the sentence's, but its first day and a conditional
/// mark, which belong to the aggregate.
pub const OWN_SENTENCE_FIELDS: [&str; 6] =
    ["punishment", "years", "months", "days", "hours", "amount"];

/// The fields of one JSON object, read by name; `path` names the object in messages.
struct Fields<'a> {
    path: String,
    entries: &'a [(String, Json)],
}

impl<'a> Fields<'a> {
    /// The object at `path`, refusing any field it does not know (a typo is reported, not
    /// ignored). Of several unknown fields, the first by name is reported, whatever the order.
    fn of(value: &'a Json, path: String, known: &[&str]) -> Result<Fields<'a>, FieldError> {
        let Json::Object(entries) = value else {
            return Err(wrong(path, JsonKind::Object));
        };
        let unknown = entries
            .iter()
            .map(|(name, _)| name)
            .filter(|name| !known.contains(&name.as_str()))
            .min();
        if let Some(name) = unknown {
            return Err(FieldError::new(
                join(&path, name),
                Problem::UnknownField { name: name.clone() },
            ));
        }
        Ok(Fields { path, entries })
    }

    /// A field's value and its path; a field given as `null` counts as not given.
    fn get(&self, name: &str) -> (Option<&'a Json>, String) {
        let value = self
            .entries
            .iter()
            .rev()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value)
            .filter(|value| **value != Json::Null);
        (value, join(&self.path, name))
    }

    fn required<T>(
        &self,
        name: &str,
        read: impl FnOnce(&Json, String) -> Result<T, FieldError>,
    ) -> Result<T, FieldError> {
        match self.get(name) {
            (Some(value), path) => read(value, path),
            (None, path) => Err(FieldError::new(path, Problem::Missing)),
        }
    }

    fn optional<T>(
        &self,
        name: &str,
        read: impl FnOnce(&Json, String) -> Result<T, FieldError>,
    ) -> Result<Option<T>, FieldError> {
        match self.get(name) {
            (Some(value), path) => read(value, path).map(Some),
            (None, _) => Ok(None),
        }
    }
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

fn wrong(path: String, expected: JsonKind) -> FieldError {
    FieldError::new(path, Problem::WrongKind { expected })
}

fn text(value: &Json, path: String) -> Result<String, FieldError> {
    match value {
        Json::String(text) => Ok(text.clone()),
        _ => Err(wrong(path, JsonKind::Text)),
    }
}

fn yes_no(value: &Json, path: String) -> Result<bool, FieldError> {
    match value {
        Json::Bool(yes) => Ok(*yes),
        _ => Err(wrong(path, JsonKind::YesNo)),
    }
}

/// A whole number from 0 to `max`.
fn whole(value: &Json, path: String, max: u32) -> Result<u32, FieldError> {
    match value {
        Json::Number(n) if n.fract() == 0.0 && (0.0..=f64::from(max)).contains(n) => Ok(*n as u32),
        Json::Number(_) => Err(FieldError::new(path, Problem::OutOfRange { min: 0, max })),
        _ => Err(wrong(path, JsonKind::WholeNumber)),
    }
}

fn small(value: &Json, path: String) -> Result<u8, FieldError> {
    whole(value, path, u32::from(u8::MAX)).map(|n| n as u8)
}

fn count(value: &Json, path: String) -> Result<u32, FieldError> {
    whole(value, path, u32::MAX)
}

/// One of a vocabulary's names (`"riots"`, `"imprisonment"`).
fn named<T: Named>(value: &Json, path: String, all: &[T]) -> Result<T, FieldError> {
    let names: Vec<&str> = all.iter().map(|item| item.name()).collect();
    name_in(value, path, &names).map(|at| all[at])
}

/// Where the name a field gives is in `names`: not generic, so the page carries one reader of
/// names for all eight vocabularies, not one each.
fn name_in(value: &Json, path: String, names: &[&str]) -> Result<usize, FieldError> {
    let name = text(value, path.clone())?;
    names.iter().position(|n| *n == name).ok_or_else(|| {
        FieldError::new(
            path,
            Problem::UnknownValue {
                value: name,
                allowed: names.iter().map(|n| n.to_string()).collect(),
            },
        )
    })
}

/// A number (`188`) or a string with a dash number (`"269-1"`).
fn article(value: &Json, path: String) -> Result<ArticleNo, FieldError> {
    match value {
        Json::Number(_) => {
            whole(value, path, u32::from(u16::MAX)).map(|n| ArticleNo::new(n as u16, 0))
        }
        Json::String(text) => ArticleNo::parse(text).ok_or_else(|| {
            FieldError::new(
                path,
                Problem::NotAnArticle {
                    value: text.clone(),
                },
            )
        }),
        _ => Err(wrong(path, JsonKind::Article)),
    }
}

fn list<'a>(value: &'a Json, path: &str) -> Result<&'a [Json], FieldError> {
    match value {
        Json::Array(items) => Ok(items),
        _ => Err(wrong(path.to_string(), JsonKind::List)),
    }
}

/// A list of at most `longest` items, each read by `item` under its own path (`offences[2]`);
/// a longer one is refused with `too_many` before any item is read.
fn list_of<T>(
    value: &Json,
    path: String,
    longest: usize,
    too_many: Problem,
    item: fn(&Json, String) -> Result<T, FieldError>,
) -> Result<Vec<T>, FieldError> {
    let items = list(value, &path)?;
    if items.len() > longest {
        return Err(FieldError::new(path, too_many));
    }
    items
        .iter()
        .enumerate()
        .map(|(i, each)| item(each, format!("{path}[{i}]")))
        .collect()
}

fn offence(value: &Json, path: String) -> Result<OffenceFile, FieldError> {
    let fields = Fields::of(value, path, &OFFENCE_FIELDS)?;
    Ok(OffenceFile {
        article: fields.required("article", article)?,
        part: fields.optional("part", small)?,
        committed_on: fields.required("committed_on", text)?,
        context: fields.required("context", |v, p| named(v, p, &Context::ALL))?,
        category: fields.optional("category", |v, p| named(v, p, &Category::ALL))?,
        exclusions: fields
            .optional("exclusions", |v, p| {
                list(v, &p)?
                    .iter()
                    .enumerate()
                    .map(|(i, fact)| named(fact, format!("{p}[{i}]"), &ExclusionFact::ALL))
                    .collect()
            })?
            .unwrap_or_default(),
        victim_age: fields.optional("victim_age", small)?,
        sentence: fields.optional("sentence", |v, p| measured(v, p, &OWN_SENTENCE_FIELDS))?,
    })
}

fn sentence(value: &Json, path: String) -> Result<SentenceFile, FieldError> {
    measured(value, path, &SENTENCE_FIELDS)
}

/// A sentence with the fields `known` (an offence's own has no first day or conditional mark).
fn measured(value: &Json, path: String, known: &[&str]) -> Result<SentenceFile, FieldError> {
    let fields = Fields::of(value, path, known)?;
    Ok(SentenceFile {
        punishment: fields.required("punishment", |v, p| named(v, p, &Punishment::ALL))?,
        years: fields.optional("years", count)?.unwrap_or_default(),
        months: fields.optional("months", count)?.unwrap_or_default(),
        days: fields.optional("days", count)?.unwrap_or_default(),
        hours: fields.optional("hours", count)?,
        amount: fields.optional("amount", count)?,
        start: fields.optional("start", text)?,
        conditional: fields.optional("conditional", yes_no)?.unwrap_or_default(),
        institution: fields.optional("institution", |v, p| named(v, p, &Institution::ALL))?,
        probation_months: fields.optional("probation_months", count)?,
    })
}

fn custody(value: &Json, path: String) -> Result<CustodyFile, FieldError> {
    let fields = Fields::of(value, path, &CUSTODY_FIELDS)?;
    Ok(CustodyFile {
        from: fields.required("from", text)?,
        to: fields.required("to", text)?,
        kind: fields.required("kind", |v, p| named(v, p, &CustodyKind::ALL))?,
    })
}

fn parole_facts(value: &Json, path: String) -> Result<ParoleFacts, FieldError> {
    let fields = Fields::of(value, path, &PAROLE_FACTS_FIELDS)?;
    Ok(ParoleFacts {
        special_group: fields.optional("special_group", yes_no)?,
        plea_agreement: fields.optional("plea_agreement", yes_no)?,
        attempt_on_life: fields.optional("attempt_on_life", yes_no)?,
        damage_repaid: fields.optional("damage_repaid", yes_no)?,
        malicious_violations: fields.optional("malicious_violations", yes_no)?,
    })
}

/// The case file a JSON value holds, or the first problem found, named by its field.
pub fn case_file_from_json(value: &Json) -> Result<CaseFile, FieldError> {
    let fields = Fields::of(value, String::new(), &FILE_FIELDS)?;
    let as_of = fields.optional("as_of", text)?;
    let birth_date = fields.optional("birth_date", text)?;
    let recidivism = fields
        .optional("recidivism", |v, p| named(v, p, &Recidivism::ALL))?
        .unwrap_or_default();
    let stage = fields.required("stage", |v, p| named(v, p, &Stage::ALL))?;
    let offences = fields.required("offences", |v, p| {
        let too_many = Problem::TooManyOffences {
            max: MAX_OFFENCES as u32,
        };
        list_of(v, p, MAX_OFFENCES, too_many, offence)
    })?;
    let sentence = fields.optional("sentence", sentence)?;
    let custody = fields
        .optional("custody", |v, p| {
            let too_many = Problem::TooManyPeriods {
                max: MAX_CUSTODY_PERIODS as u32,
            };
            list_of(v, p, MAX_CUSTODY_PERIODS, too_many, custody)
        })?
        .unwrap_or_default();
    let parole_facts = fields
        .optional("parole_facts", parole_facts)?
        .unwrap_or_default();
    Ok(CaseFile {
        as_of,
        birth_date,
        recidivism,
        stage,
        offences,
        sentence,
        custody,
        parole_facts,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(entries: &[(&str, Json)]) -> Json {
        Json::Object(
            entries
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        )
    }

    fn s(text: &str) -> Json {
        Json::String(text.into())
    }

    fn offence_json() -> Json {
        object(&[
            ("article", s("269-1")),
            ("part", Json::Number(2.0)),
            ("committed_on", s("2022-01-05")),
            ("context", s("riots")),
        ])
    }

    #[test]
    fn a_whole_file_reads_and_null_counts_as_not_given() {
        let file = case_file_from_json(&object(&[
            ("stage", s("serving")),
            ("birth_date", Json::Null),
            ("offences", Json::Array(vec![offence_json()])),
            (
                "sentence",
                object(&[
                    ("punishment", s("imprisonment")),
                    ("years", Json::Number(8.0)),
                    ("conditional", Json::Bool(false)),
                ]),
            ),
        ]))
        .unwrap();
        assert_eq!(file.stage, Stage::Serving);
        assert_eq!(file.birth_date, None);
        assert_eq!(file.offences[0].article, ArticleNo::new(269, 1));
        assert_eq!(file.offences[0].part, Some(2));
        assert_eq!(file.sentence.unwrap().years, 8);
    }

    #[test]
    fn every_wrong_shape_is_named_by_its_field() {
        let problem = |entries: &[(&str, Json)]| {
            let e = case_file_from_json(&object(entries)).unwrap_err();
            (e.field, e.problem)
        };
        let offences = ("offences", Json::Array(vec![offence_json()]));
        assert_eq!(
            problem(std::slice::from_ref(&offences)),
            ("stage".into(), Problem::Missing)
        );
        assert_eq!(
            problem(&[("stage", s("jail")), offences.clone()]).0,
            "stage"
        );
        assert_eq!(
            problem(&[
                ("stage", s("trial")),
                offences.clone(),
                ("sentence", object(&[("years", Json::Number(1.5))]))
            ]),
            ("sentence.punishment".into(), Problem::Missing)
        );
        assert_eq!(
            problem(&[
                ("stage", s("trial")),
                offences.clone(),
                (
                    "sentence",
                    object(&[("punishment", s("fine")), ("amount", Json::Number(-1.0))])
                )
            ]),
            (
                "sentence.amount".into(),
                Problem::OutOfRange {
                    min: 0,
                    max: u32::MAX
                }
            )
        );
        assert_eq!(
            problem(&[("stage", s("trial")), ("offences", s("many"))]),
            (
                "offences".into(),
                Problem::WrongKind {
                    expected: JsonKind::List
                }
            )
        );
        assert_eq!(
            problem(&[
                ("stage", s("trial")),
                offences,
                ("zeta", Json::Null),
                ("beta", Json::Null)
            ]),
            (
                "beta".into(),
                Problem::UnknownField {
                    name: "beta".into()
                }
            )
        );
        assert_eq!(
            case_file_from_json(&Json::Array(vec![])).unwrap_err().field,
            ""
        );
    }

    #[test]
    fn too_many_offences_are_refused_before_they_are_read() {
        let e = case_file_from_json(&object(&[
            ("stage", s("trial")),
            ("offences", Json::Array(vec![Json::Null; MAX_OFFENCES + 1])),
        ]))
        .unwrap_err();
        assert_eq!(e.field, "offences");
        assert!(matches!(e.problem, Problem::TooManyOffences { .. }));
    }
}
