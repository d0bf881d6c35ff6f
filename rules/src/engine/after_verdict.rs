//! What the Criminal Code gives after the verdict, whatever the amnesty did: parole, replacement
//! of the unserved part and cancelling a conditional sentence, each with its earliest date and
//! the record after it (`criminal_code/early_release.rs`), and which court decides each step
//! (`criminal_code/cpc_art476_procedure.rs`). Worked out for every result — not covered and
//! excluded included, when a family most needs the next date.

use super::pass::Pass;
use crate::case::Stage;
use crate::criminal_code::early_release::{self, AfterVerdict, Serving};
use crate::criminal_code::{art11_categories, art72_parole, art80_minors, cpc_art476_procedure};
use crate::decision::{OffenceDecision, Reading};

impl Pass<'_, '_> {
    /// The early releases open to a person under the result `r`.
    pub(super) fn after_verdict(
        &mut self,
        offences: &[OffenceDecision],
        r: &Reading,
    ) -> AfterVerdict {
        let (case, p, a) = (self.case, self.p, self.a);
        let custody = !case.custody.is_empty();
        let next_steps = |after| cpc_art476_procedure::next_steps((r, offences), after, custody, p);
        // A sentence already served has nothing left to be released from.
        let served = case.stage == Stage::Served;
        let Some(s) = case.sentence.as_ref().filter(|_| !served) else {
            let mut after = AfterVerdict::default();
            after.next_steps = next_steps(&after);
            return after;
        };
        let parts = self.parts();
        let used: Vec<_> = offences.iter().map(|o| o.category).collect();
        let minor = art80_minors::any_committed_under_18(
            case,
            &a.minor,
            a.open.age_counting,
            &p.cc_art80_minors,
        );
        let serving = Serving {
            credit_days: self.credit.days,
            category: art11_categories::gravest(case, &used, &parts, self.pack),
            minor: minor == Some(true),
            facts: case.parole_facts,
            ..Serving::of(s, p)
        }
        .under(r, offences, self.imposed_end());
        let excluded = art72_parole::part8_groups(case, &parts, minor, serving.category, p);
        let found = early_release::after_verdict(&serving, s, excluded, minor, p);
        let mut after = self.take(None, found);
        after.next_steps = next_steps(&after);
        after
    }
}
