//! Law Art. 1 for one offence (period, context, list), the offender's minority where it decides,
//! and the offence's category (CC Art. 10–11, with Art. 52 on a category the sentence rules out).

use super::pass::Pass;
use crate::criminal_code::{art11_categories, art80_minors};
use crate::decision::{Coverage, OffenceDecision};
use crate::finding::Found;
use crate::law::art1_list::{self, Listing};
use crate::law::{art1_context, art1_period};
use crate::pack::ListEntry;

impl Pass<'_, '_> {
    pub(super) fn scope(&mut self, i: usize) -> OffenceDecision {
        let (case, p) = (self.case, self.p);
        let o = &case.offences[i];
        let at = Some(i);
        let not_covered = self.scoped(i, Coverage::NotCovered, None);
        let inside = self.take(at, art1_period::within(o.committed_on, &p.art1_period));
        let continuing = &p.practice_continuing_offences;
        if let Some(caution) = art1_period::continuing(o.article, inside, continuing) {
            self.trace.warn(caution, at);
        }
        if !inside {
            return not_covered;
        }
        if !self.take(at, art1_context::covered(o.context, &p.art1_context)) {
            return not_covered;
        }
        let unknown = self.scoped(i, Coverage::Unknown, None);
        match self.take(
            at,
            art1_list::listing(o.article, self.part(i), &p.art1_list),
        ) {
            Listing::NotListed | Listing::PartNotListed { .. } => not_covered,
            Listing::PartNeeded { .. } => unknown,
            Listing::ListedIfMinor { entry, part } => match self.minority(i) {
                Some(minor) => {
                    let found = art1_list::minors_only(o.article, part, minor, &p.art1_list);
                    if self.take(at, found) {
                        self.category(i, entry)
                    } else {
                        not_covered
                    }
                }
                None => unknown,
            },
            Listing::Listed(entry) => self.category(i, entry),
        }
    }

    /// The category of a covered offence (CC Art. 10–11, 52); where it is not known, the part
    /// is asked.
    fn category(&mut self, i: usize, entry: &ListEntry) -> OffenceDecision {
        let (case, p) = (self.case, self.p);
        let o = &case.offences[i];
        let (part, prefer_code) = (self.part(i), self.a.code_category[i]);
        let found = art11_categories::of_offence(case, i, part, prefer_code, self.pack);
        let category = self.take(Some(i), found);
        if category.is_none() {
            let found = art1_list::part_needed(o.article, entry.parts_in_code, &p.art1_list);
            self.take(Some(i), found);
        }
        self.scoped(i, Coverage::Covered, category)
    }

    /// Whether the offender was a minor on the day of offence `i` (CC Art. 80 part 1), with the
    /// step saying so, written once; `None` when no date of birth is given and none is assumed.
    pub(super) fn minority(&mut self, i: usize) -> Option<bool> {
        let found = self.minority_to_say(i);
        self.minority[i] = Some(found.value);
        self.take(Some(i), found)
    }

    /// The same with its step still to say (none once said), for a provision that says it in its
    /// own order; the caller records it as said.
    pub(super) fn minority_to_say(&self, i: usize) -> Found<Option<bool>> {
        if let Some(known) = self.minority[i] {
            return Found::silent(known);
        }
        let (case, a) = (self.case, self.a);
        let date = case.offences[i].committed_on;
        let rule = &self.p.cc_art80_minors;
        art80_minors::minority_of(case.birth_date, date, a.minor[i], a.open.age_counting, rule)
    }
}
