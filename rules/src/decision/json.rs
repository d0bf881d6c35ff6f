//! The decision as the JSON format writes it: every key where it has always been, the figures of
//! the result (`Figures`) spread over their keys around the sentence's first and last day.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::figures::Keys;
use super::{AggregateRange, CustodyCredit, EarlyRelease, Petition};
use super::{Condition, Decision, Figures, OffenceDecision, Outcome, Reading, Step, Warning};
use crate::pack::Text;
use crate::term::Term;
use crate::vocab::{Category, Punishment, Status};

#[derive(Clone, Serialize, Deserialize)]
pub(super) struct DecisionKeys {
    outcome: Outcome,
    status: Status,
    shown_reading: Vec<Condition>,
    category: Option<Category>,
    punishment: Option<Punishment>,
    conditional: bool,
    imposed_term: Option<Term>,
    imposed_hours: Option<u32>,
    imposed_amount: Option<u32>,
    new_term: Option<Term>,
    new_hours: Option<u32>,
    new_amount: Option<u32>,
    sentence_start: Option<NaiveDate>,
    imposed_end: Option<NaiveDate>,
    new_end: Option<NaiveDate>,
    release_on: Option<NaiveDate>,
    record: Option<super::Record>,
    in_force: NaiveDate,
    deadline: NaiveDate,
    as_of: NaiveDate,
    offences: Vec<OffenceDecision>,
    #[serde(default)]
    aggregate_range: Option<AggregateRange>,
    steps: Vec<Step>,
    warnings: Vec<Warning>,
    readings: Vec<Reading>,
    pack_version: Text,
    engine_version: Text,
    #[serde(default)]
    custody: Option<CustodyCredit>,
    #[serde(default)]
    parole: Option<EarlyRelease>,
    #[serde(default)]
    replacement: Option<EarlyRelease>,
    #[serde(default)]
    probation_cancel: Option<EarlyRelease>,
    #[serde(default)]
    next_steps: Vec<Petition>,
}

/// `$to { … }` with every key the decision and its JSON form share copied from `$d`, and the
/// keys given in the braces (the figures, which the two hold differently).
macro_rules! shared_keys {
    ($d:ident => $to:ident { $($rest:tt)* }) => {
        shared_keys!(@ $d $to [$($rest)*] outcome status shown_reading category punishment
            conditional imposed_term imposed_hours imposed_amount sentence_start imposed_end
            in_force deadline as_of offences aggregate_range steps warnings readings pack_version
            engine_version custody parole replacement probation_cancel next_steps)
    };
    (@ $d:ident $to:ident [$($rest:tt)*] $($key:ident)*) => {
        $to { $($key: $d.$key,)* $($rest)* }
    };
}

impl From<Decision> for DecisionKeys {
    fn from(d: Decision) -> DecisionKeys {
        let k = Keys::from(d.figures);
        shared_keys!(d => DecisionKeys {
            new_term: k.new_term,
            new_hours: k.new_hours,
            new_amount: k.new_amount,
            new_end: k.new_end,
            release_on: k.release_on,
            record: k.record,
        })
    }
}

impl TryFrom<DecisionKeys> for Decision {
    type Error = &'static str;

    fn try_from(d: DecisionKeys) -> Result<Decision, Self::Error> {
        let figures = Figures::try_from(Keys {
            new_term: d.new_term,
            new_hours: d.new_hours,
            new_amount: d.new_amount,
            new_end: d.new_end,
            release_on: d.release_on,
            record: d.record,
        })?;
        Ok(shared_keys!(d => Decision { figures }))
    }
}
