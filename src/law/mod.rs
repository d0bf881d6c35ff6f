//! Law No. 152-VII "On Amnesty", one provision per file. Each file opens with its citation and
//! status, then says in plain words what it does.

pub mod art1_scope;
pub mod exclusions;
pub mod multi_offence;
pub mod one_year_rule;
pub mod open_questions;
pub mod pending_cases;
pub mod reduction_grave_crimes;
pub mod release_small_medium;

use chrono::NaiveDate;

use crate::case::{Case, Category, Sentence};
use crate::decision::{Figure, Outcome, Reading, StepKind};
use crate::pack::ProvisionId;
use crate::term::Term;
use crate::trace::{figures, Trace};

/// What the amnesty does to the punishment, before it is written up as a decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Effect {
    pub outcome: Outcome,
    pub new_term: Option<Term>,
    pub new_end: Option<NaiveDate>,
    pub release_on: Option<NaiveDate>,
    /// Other readings of an ambiguous provision that give a different result.
    pub readings: Vec<Reading>,
}

impl Effect {
    pub fn bare(outcome: Outcome) -> Effect {
        Effect {
            outcome,
            new_term: None,
            new_end: None,
            release_on: None,
            readings: Vec::new(),
        }
    }
}

/// The treatment the amnesty gives a covered, non-excluded person whose deciding offence has
/// this category.
pub fn treat(case: &Case, category: Category, trace: &mut Trace) -> Effect {
    open_questions::covered(trace);
    match category {
        Category::Misdemeanour | Category::Small | Category::Medium => {
            release_small_medium::apply(case, category, trace)
        }
        Category::Grave | Category::EspeciallyGrave => {
            reduction_grave_crimes::apply(case, category, trace)
        }
    }
}

/// The last day of the imposed term, if it fell before the law came into force (the punishment
/// was then already served); recorded as a step.
pub fn ended_before_law(
    sentence: &Sentence,
    in_force: NaiveDate,
    trace: &mut Trace,
) -> Option<NaiveDate> {
    let end = sentence
        .term
        .last_day(sentence.start)
        .filter(|end| *end < in_force)?;
    trace.step(
        StepKind::ServedBeforeLaw,
        ProvisionId::InForce,
        None,
        figures([
            ("end", Figure::Date(end)),
            ("in_force", Figure::Date(in_force)),
        ]),
    );
    Some(end)
}
