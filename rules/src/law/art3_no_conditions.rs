//! Law No. 152-VII, Art. 3 — no conditions. Status: VERIFIED.
//!
//! Art. 3 is titled as setting the conditions of the amnesty, and names none: no admission of
//! guilt, no repentance, no payment of damages. Every covered result says so.

use crate::decision::StepDetail;
use crate::finding::Note;
use crate::pack::{ProvisionId, Rule};

/// The step that says the law sets no condition.
pub fn none(rule: &Rule<()>) -> Note {
    rule.note(ProvisionId::Art3NoConditions, StepDetail::NoConditions)
}
