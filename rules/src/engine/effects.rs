//! Law Art. 3 for each covered offence, by the stage of the case: closed (part 1), released
//! (part 2) or cut (part 3), and for a sentence served before the law, the record (part 4).

use super::pass::Pass;
use crate::decision::OffenceEffect;
use crate::law::{
    art3_part1_pending_cases, art3_part2_release, art3_part3_reduction, art3_part4_expungement,
};
use crate::pack::ProvisionId;
use crate::vocab::Category;

impl Pass<'_, '_> {
    /// What the law does to offence `i`, and the provision behind it. `under_punishment`: a
    /// convict was still under the punishment when the law came into force.
    pub(super) fn effect(
        &mut self,
        i: usize,
        category: Category,
        under_punishment: bool,
    ) -> (OffenceEffect, ProvisionId) {
        let (case, p) = (self.case, self.p);
        let at = Some(i);
        if !case.stage.is_convicted() {
            let found =
                art3_part1_pending_cases::closes(case.stage, category, &p.art3_part1_pending_cases);
            if self.take(at, found) {
                return (
                    OffenceEffect::CaseClosed,
                    ProvisionId::Art3Part1PendingCases,
                );
            }
            return self.cut(i, category, case.sentence.is_some());
        }
        if under_punishment {
            if self.take(
                at,
                art3_part2_release::releases(category, &p.art3_part2_release),
            ) {
                let record = art3_part4_expungement::after_release(
                    category,
                    &p.art3_part4_expungement,
                    &p.cc_art79_record,
                );
                self.note(at, record);
                return (
                    OffenceEffect::ReleasedFromPunishment,
                    ProvisionId::Art3Part2Release,
                );
            }
            return self.cut(i, category, true);
        }
        let found = art3_part4_expungement::after_serving(
            category,
            &p.art3_part4_expungement,
            &p.cc_art79_record,
        );
        self.take(at, found)
    }

    fn cut(
        &mut self,
        i: usize,
        category: Category,
        sentenced: bool,
    ) -> (OffenceEffect, ProvisionId) {
        let found =
            art3_part3_reduction::cut_offence(category, sentenced, &self.p.art3_part3_reduction);
        let effect = match self.take(Some(i), found) {
            Some(effect) => effect,
            // Not closed or released, and not cut: the law has nothing for this category (the
            // pack's tests show that every category is one or the other).
            None => OffenceEffect::NothingToApply,
        };
        (effect, ProvisionId::Art3Part3Reduction)
    }
}
