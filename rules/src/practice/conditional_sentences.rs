//! Conditional sentences under Law No. 152-VII Art. 3 part 3 — reported practice. Status:
//! REPORTED (legal brief §6).
//!
//! The law does not say how a cut applies to a conditional sentence. At a 2022 trial in Taraz a
//! prosecutor asked for the 3/4 cut of a conditional term of 3 years (to 9 months) for a
//! participant under CC Art. 272 part 2, as for a real term. The calculator does the same, one-year
//! rule included, and marks the result reported. (For small and medium crimes the law's release
//! applies to a conditional sentence as to any other.)

use crate::decision::{StepDetail, WarningDetail};
use crate::finding::{Found, Notes};
use crate::pack::{ProvisionId, Rule};

const ID: ProvisionId = ProvisionId::PracticeConditionalSentences;

/// A conditional sentence is cut as a real term, and the result says so.
pub fn cut_as_real_term(conditional: bool, rule: &Rule<()>) -> Found<bool> {
    let mut notes = Notes::default();
    if conditional {
        notes.step(rule.note(ID, StepDetail::ConditionalAsReal));
        notes.warn(rule.caution(ID, WarningDetail::ConditionalReported));
    }
    Found::with(conditional, notes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::RulePack;

    #[test]
    fn a_conditional_sentence_is_cut_as_real_and_marked_reported() {
        let rule = &RulePack::embedded()
            .provisions
            .practice_conditional_sentences;
        let found = cut_as_real_term(true, rule);
        assert!(found.value);
        assert_eq!(found.notes.steps()[0].status, rule.status);
        assert_eq!(cut_as_real_term(false, rule), Found::silent(false));
    }
}
