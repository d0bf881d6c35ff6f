//! Law No. 152-VII, Art. 3 part 1 — pending cases are closed. Status: VERIFIED.
//!
//! Cases under investigation or at trial about criminal misdemeanours and crimes of small or
//! medium gravity are closed by the body conducting the proceedings, in the part of the offences
//! listed in Art. 1, releasing the person from criminal liability: no conviction follows. Other
//! offences in the same case go on to a sentence, which Art. 3 part 3 cuts.

use crate::case::Stage;
use crate::decision::{Coverage, OffenceDecision, OffenceEffect, Record, StepDetail};
use crate::finding::{Found, Note};
use crate::law::art3_part3_reduction;
use crate::pack::{Categories, ProvisionId, Provisions, Rule};
use crate::vocab::Category;

const ID: ProvisionId = ProvisionId::Art3Part1PendingCases;

/// Whether a pending case is closed for an offence of this category.
pub fn closes(stage: Stage, category: Category, rule: &Rule<Categories>) -> Found<bool> {
    if !stage.is_convicted() && rule.value.contains(&category) {
        Found::noted(true, rule.note(ID, StepDetail::CaseClosed { category }))
    } else {
        Found::silent(false)
    }
}

/// What the law does to an offence of a pending case: closed, or (Art. 3 part 3) its punishment
/// cut — as a court will impose it, or as given at trial (`sentenced`).
pub fn effect(
    stage: Stage,
    category: Category,
    sentenced: bool,
    p: &Provisions,
) -> Found<(OffenceEffect, ProvisionId)> {
    let found = closes(stage, category, &p.art3_part1_pending_cases);
    if found.value {
        return found.map(|_| (OffenceEffect::CaseClosed, ID));
    }
    art3_part3_reduction::effect(category, sentenced, &p.art3_part3_reduction)
}

/// What is left of the record once the case is closed.
pub const RECORD: Record = Record::NoConviction;

/// Whether a pending case has an offence that may be in scope and that it does not close (by
/// its category, where known): one a court will sentence.
pub fn goes_to_sentencing(
    stage: Stage,
    offences: &[OffenceDecision],
    rule: &Rule<Categories>,
) -> bool {
    !stage.is_convicted()
        && offences.iter().any(|o| {
            o.coverage != Coverage::NotCovered
                && o.category.is_none_or(|c| !rule.value.contains(&c))
        })
}

/// A pending case closed for some offences and going on for the others: which are which.
pub fn partly_closed(effects: &[OffenceEffect], rule: &Rule<Categories>) -> Option<Note> {
    let (closed, going_on): (Vec<usize>, Vec<usize>) =
        (0..effects.len()).partition(|i| effects[*i] == OffenceEffect::CaseClosed);
    (!closed.is_empty()).then(|| rule.note(ID, StepDetail::PartlyClosed { closed, going_on }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decision::CategorySource;
    use crate::pack::RulePack;

    #[test]
    fn small_and_medium_are_closed_before_a_verdict() {
        let rule = &RulePack::embedded().provisions.art3_part1_pending_cases;
        assert!(closes(Stage::Trial, Category::Medium, rule).value);
        assert!(!closes(Stage::Trial, Category::Grave, rule).value);
        assert!(!closes(Stage::Serving, Category::Small, rule).value);
        let offence = |coverage, category: Option<Category>| {
            let used = category.map(|c| (c, CategorySource::Code));
            OffenceDecision::scoped(
                crate::vocab::ArticleNo::new(272, 0),
                None,
                coverage,
                used,
                None,
            )
        };
        let small = offence(Coverage::Covered, Some(Category::Small));
        let unknown = offence(Coverage::Unknown, None);
        assert!(goes_to_sentencing(
            Stage::Investigation,
            &[small.clone(), unknown],
            rule
        ));
        assert!(!goes_to_sentencing(
            Stage::Trial,
            std::slice::from_ref(&small),
            rule
        ));
        let outside = offence(Coverage::NotCovered, None);
        assert!(!goes_to_sentencing(Stage::Trial, &[small, outside], rule));
        let effects = [OffenceEffect::CaseClosed, OffenceEffect::NotCovered];
        assert!(partly_closed(&effects, rule).is_some());
    }
}
