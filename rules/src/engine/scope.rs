//! Law Art. 1 for one offence (period, context, list), the offender's minority where it decides,
//! and the offence's category (CC Art. 10–11, with Art. 52 on a category the sentence rules out).

use super::pass::{Pass, Scoped};
use crate::criminal_code::{art11_categories, art52_within_sanction, art80_minors};
use crate::decision::{CategorySource, Coverage};
use crate::law::art1_list::{self, Listing};
use crate::law::{art1_context, art1_period};
use crate::pack::ListEntry;

impl Pass<'_, '_> {
    pub(super) fn scope(&mut self, i: usize) -> Scoped {
        let (case, p) = (self.case, self.p);
        let o = &case.offences[i];
        let at = Some(i);
        if !self.take(at, art1_period::within(o.committed_on, &p.art1_period)) {
            return Scoped::NOT_COVERED;
        }
        if !self.take(at, art1_context::covered(o.context, &p.art1_context)) {
            return Scoped::NOT_COVERED;
        }
        match self.take(
            at,
            art1_list::listing(o.article, self.part(i), &p.art1_list),
        ) {
            Listing::NotListed | Listing::PartNotListed { .. } => Scoped::NOT_COVERED,
            Listing::PartNeeded { .. } => Scoped::UNKNOWN,
            Listing::ListedIfMinor { entry, part } => match self.minority(i) {
                Some(minor) => {
                    let found = art1_list::minors_only(o.article, part, minor, &p.art1_list);
                    if self.take(at, found) {
                        self.category(i, entry)
                    } else {
                        Scoped::NOT_COVERED
                    }
                }
                None => Scoped::UNKNOWN,
            },
            Listing::Listed(entry) => self.category(i, entry),
        }
    }

    /// The category of a covered offence: the verdict's where the user gave it (unless the
    /// sentence rules it out, or the reading takes the Code's), else the Code's; where neither
    /// is known, the part is asked.
    fn category(&mut self, i: usize, entry: &ListEntry) -> Scoped {
        let (case, p) = (self.case, self.p);
        let o = &case.offences[i];
        let bands = &p.cc_art11_categories;
        let code =
            art11_categories::of_code(o.article, self.part(i), &self.pack.code, &bands.value);
        let imposed = art52_within_sanction::imprisonment_for_one_offence(
            case.offences.len(),
            case.sentence.as_ref(),
        );
        let within = &p.cc_art52_within_sanction;
        let found = art52_within_sanction::entered_category(
            o.category,
            code,
            imposed,
            &bands.value,
            within,
        );
        let entered = self.take(Some(i), found);
        let found =
            art11_categories::used(o.article, entered, self.a.code_category[i], code, bands);
        match self.take(Some(i), found) {
            Some((category, source)) => Scoped {
                coverage: Coverage::Covered,
                category: Some(category),
                source,
                code_category: code.map(|c| c.derived.category),
            },
            None => {
                let found = art1_list::part_needed(o.article, entry.parts_in_code, &p.art1_list);
                self.take(Some(i), found);
                Scoped {
                    coverage: Coverage::Covered,
                    source: CategorySource::None,
                    ..Scoped::NOT_COVERED
                }
            }
        }
    }

    /// Whether the offender was a minor on the day of offence `i` (CC Art. 80 part 1), with the
    /// step saying so, written once; `None` when no date of birth is given and none is assumed.
    pub(super) fn minority(&mut self, i: usize) -> Option<bool> {
        if let Some(known) = self.minority[i] {
            return known;
        }
        let case = self.case;
        let date = case.offences[i].committed_on;
        let rule = &self.p.cc_art80_minors;
        let result = match (case.birth_date, self.a.minor[i]) {
            (Some(birth), _) => {
                let found = art80_minors::minority(birth, date, self.a.age_counting, rule);
                Some(self.take(Some(i), found))
            }
            (None, Some(assumed)) => Some(assumed),
            (None, None) => {
                self.take(Some(i), art80_minors::age_unknown(date, rule));
                None
            }
        };
        self.minority[i] = Some(result);
        result
    }
}
