//! Law No. 152-VII, Art. 3 part 4 — convictions expunged. Status: VERIFIED.
//!
//! The conviction is expunged for persons who served their punishment for listed crimes of small
//! or medium gravity, or who were released from serving the rest of it. Nothing here for grave and
//! especially grave crimes: a served grave sentence keeps its record until it expires under the
//! Criminal Code. A criminal misdemeanour leaves no record to expunge (CC Art. 79 part 2).

use crate::criminal_code::art79_record;
use crate::decision::{OffenceEffect, Record, StepDetail};
use crate::finding::{Found, Note};
use crate::pack::{Categories, ProvisionId, RecordYears, Rule};
use crate::vocab::Category;

const ID: ProvisionId = ProvisionId::Art3Part4Expungement;

fn expunges(category: Category, rule: &Rule<Categories>) -> bool {
    rule.value.contains(&category)
}

/// The record after a release under Art. 3 part 2: expunged, or none for a misdemeanour.
pub fn after_release(
    category: Category,
    rule: &Rule<Categories>,
    cc79: &Rule<RecordYears>,
) -> Note {
    if expunges(category, rule) {
        rule.note(ID, StepDetail::ConvictionExpunged { category })
    } else {
        art79_record::none_for_misdemeanour(cc79)
    }
}

/// The record figure after a release under Art. 3 part 2.
pub fn record_after_release(category: Category) -> Record {
    if art79_record::leaves_none(category) {
        Record::NoRecord
    } else {
        Record::Expunged
    }
}

/// A sentence served before the law came into force: expunged (small, medium), no record to
/// expunge (a misdemeanour), or nothing (grave): the effect and the provision behind it.
pub fn after_serving(
    category: Category,
    rule: &Rule<Categories>,
    cc79: &Rule<RecordYears>,
) -> Found<(OffenceEffect, ProvisionId)> {
    if expunges(category, rule) {
        let note = rule.note(ID, StepDetail::ConvictionExpunged { category });
        return Found::noted((OffenceEffect::ConvictionExpunged, ID), note);
    }
    if art79_record::leaves_none(category) {
        let note = art79_record::none_for_misdemeanour(cc79);
        return Found::noted(
            (OffenceEffect::NothingToApply, ProvisionId::CcArt79Record),
            note,
        );
    }
    let note = rule.note(ID, StepDetail::NoExpungementForGrave { category });
    Found::noted((OffenceEffect::NothingToApply, ID), note)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::RulePack;

    #[test]
    fn small_and_medium_only() {
        let p = &RulePack::embedded().provisions;
        let (rule, cc79) = (&p.art3_part4_expungement, &p.cc_art79_record);
        let effect = |c| after_serving(c, rule, cc79).value;
        assert_eq!(
            effect(Category::Medium),
            (OffenceEffect::ConvictionExpunged, ID)
        );
        assert_eq!(effect(Category::Misdemeanour).1, ProvisionId::CcArt79Record);
        assert_eq!(effect(Category::Grave), (OffenceEffect::NothingToApply, ID));
        assert_eq!(record_after_release(Category::Small), Record::Expunged);
        assert_eq!(
            record_after_release(Category::Misdemeanour),
            Record::NoRecord
        );
    }
}
