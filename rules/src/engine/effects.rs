//! Law Art. 3 for each covered offence, by the stage of the case: closed (part 1), released
//! (part 2) or cut (part 3), and for a sentence served before the law, the record (part 4).

use super::pass::Pass;
use crate::decision::OffenceEffect;
use crate::law::{art3_part1_pending_cases, art3_part2_release, art3_part4_expungement};
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
        let found = if !case.stage.is_convicted() {
            let sentenced = case.sentence.is_some();
            art3_part1_pending_cases::effect(case.stage, category, sentenced, p)
        } else if under_punishment {
            art3_part2_release::effect(category, p)
        } else {
            let rule = &p.art3_part4_expungement;
            art3_part4_expungement::after_serving(category, rule, &p.cc_art79_record)
        };
        self.take(Some(i), found)
    }
}
