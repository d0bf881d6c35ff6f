//! Law No. 152-VII, Art. 1 — the link with the events. Status: VERIFIED.
//!
//! The law covers offences connected with the mass riots, or committed while suppressing them.
//! An offence of those days with neither link is not covered.

use crate::decision::StepDetail;
use crate::finding::Found;
use crate::pack::{List, ProvisionId, Rule};
use crate::vocab::Context;

const ID: ProvisionId = ProvisionId::Art1Context;

/// Whether the offence's context is one the article names.
pub fn covered(context: Context, rule: &Rule<List<Context>>) -> Found<bool> {
    let covered = rule.value.contains(&context);
    let detail = if covered {
        StepDetail::ContextCovered { context }
    } else {
        StepDetail::ContextNotCovered { context }
    };
    Found::noted(covered, rule.note(ID, detail))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::RulePack;

    #[test]
    fn riots_and_suppression_only() {
        let rule = &RulePack::embedded().provisions.art1_context;
        assert!(covered(Context::Riots, rule).value);
        assert!(covered(Context::Suppression, rule).value);
        assert!(!covered(Context::Other, rule).value);
    }
}
