//! What a result is, declared once: the new main punishment — a term, hours or an amount, never
//! two at once — with its last day, the day of release and the criminal record. The decision,
//! each reading, the batch rows and the worker messages all carry this one value.
//!
//! In JSON it keeps the keys the format has always had (`new_term`, `new_hours`, `new_amount`,
//! `new_end`, `release_on`, `record`), each present, `null` where it does not apply.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Record;
use crate::term::Term;

/// How much of the main punishment is left after the law: one measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NewMeasure {
    Term(Term),
    Hours(u32),
    Amount(u32),
}

/// The figures of a result.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "Keys", try_from = "Keys")]
pub struct Figures {
    pub measure: Option<NewMeasure>,
    /// The last day of the new term (inclusive).
    pub end: Option<NaiveDate>,
    pub release_on: Option<NaiveDate>,
    pub record: Option<Record>,
}

impl Figures {
    pub fn term(&self) -> Option<Term> {
        match self.measure? {
            NewMeasure::Term(term) => Some(term),
            _ => None,
        }
    }

    pub fn hours(&self) -> Option<u32> {
        match self.measure? {
            NewMeasure::Hours(hours) => Some(hours),
            _ => None,
        }
    }

    pub fn amount(&self) -> Option<u32> {
        match self.measure? {
            NewMeasure::Amount(amount) => Some(amount),
            _ => None,
        }
    }
}

/// The figures as the JSON format writes them: one key per measure.
#[derive(Clone, Copy, Serialize, Deserialize)]
pub(super) struct Keys {
    pub new_term: Option<Term>,
    pub new_hours: Option<u32>,
    pub new_amount: Option<u32>,
    pub new_end: Option<NaiveDate>,
    pub release_on: Option<NaiveDate>,
    pub record: Option<Record>,
}

impl From<Figures> for Keys {
    fn from(f: Figures) -> Keys {
        Keys {
            new_term: f.term(),
            new_hours: f.hours(),
            new_amount: f.amount(),
            new_end: f.end,
            release_on: f.release_on,
            record: f.record,
        }
    }
}

impl TryFrom<Keys> for Figures {
    type Error = &'static str;

    fn try_from(k: Keys) -> Result<Figures, Self::Error> {
        let measure = match (k.new_term, k.new_hours, k.new_amount) {
            (Some(t), None, None) => Some(NewMeasure::Term(t)),
            (None, Some(h), None) => Some(NewMeasure::Hours(h)),
            (None, None, Some(a)) => Some(NewMeasure::Amount(a)),
            (None, None, None) => None,
            _ => return Err("a result has one of new_term, new_hours and new_amount, not two"),
        };
        Ok(Figures {
            measure,
            end: k.new_end,
            release_on: k.release_on,
            record: k.record,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_measure_in_the_format_s_keys() {
        let f = Figures {
            measure: Some(NewMeasure::Hours(60)),
            ..Figures::default()
        };
        let json = serde_json::to_string(&f).unwrap();
        assert_eq!(
            json,
            r#"{"new_term":null,"new_hours":60,"new_amount":null,"new_end":null,"release_on":null,"record":null}"#
        );
        assert_eq!(serde_json::from_str::<Figures>(&json).unwrap(), f);
        let two = r#"{"new_term":null,"new_hours":60,"new_amount":5,"new_end":null,"release_on":null,"record":null}"#;
        assert!(serde_json::from_str::<Figures>(two).is_err());
    }
}
