//! The sentence as entered, measured against what the law allows: each offence's own against its
//! part's sanction, and one offence's sentence likewise (CC Art. 52 part 1, or Art. 40–46 where
//! the sanction is not in the pack); several offences' sentence against Art. 58. A sentence beyond
//! them is warned of, and a result resting on it is not verified (`mod.rs`).

use chrono::NaiveDate;

use super::pass::Pass;
use crate::criminal_code::art11_categories;
use crate::criminal_code::art52_within_sanction;
use crate::criminal_code::art58_several_offences::{self, Weighed};
use crate::vocab::Category;

impl<'p> Pass<'_, 'p> {
    /// Warns of a sentence the law does not allow these offences.
    pub(super) fn sentence_within_the_law(&mut self) {
        let (case, pack, p) = (self.case, self.pack, self.p);
        let Some(from) = self.reference_day() else {
            return;
        };
        for (i, o) in case.offences.iter().enumerate() {
            let Some(own) = o.sentence else { continue };
            let row = pack.code_part(o.article, o.part);
            let entered = (own.punishment, own.measure);
            let found =
                art52_within_sanction::beyond_sanction((o.article, o.part), row, entered, from, p);
            if let Some(caution) = found {
                self.trace.warn(caution, Some(i));
            }
        }
        let Some(s) = case.sentence.as_ref() else {
            return;
        };
        let entered = (s.punishment, s.measure);
        let caution = match case.offences.as_slice() {
            [o] => {
                let row = pack.code_part(o.article, o.part);
                let found = art52_within_sanction::beyond_sanction(
                    (o.article, o.part),
                    row,
                    entered,
                    from,
                    p,
                );
                found.map(|c| (c, Some(0)))
            }
            _ => {
                let weighed: Vec<Weighed> =
                    (0..case.offences.len()).map(|i| self.weighed(i)).collect();
                let found = art58_several_offences::beyond_limits(&weighed, entered, from, p);
                found.map(|c| (c, None))
            }
        };
        if let Some((caution, offence)) = caution {
            self.trace.warn(caution, offence);
        }
    }

    /// The day terms are measured from: the sentence's first day, else the earliest offence's.
    pub(super) fn reference_day(&self) -> Option<NaiveDate> {
        let case = self.case;
        let start = case.sentence.as_ref().and_then(|s| s.start);
        start.or(case.offences.iter().map(|o| o.committed_on).min())
    }

    /// Offence `i` as Art. 58 weighs it: the category entered, else the Code's for its part
    /// (given or assumed), and that part's sanction.
    pub(super) fn weighed(&self, i: usize) -> Weighed<'p> {
        let (o, pack) = (&self.case.offences[i], self.pack);
        let part = self.part(i);
        let bands = &self.p.cc_art11_categories.value;
        let code: Option<Category> = art11_categories::of_code(o.article, part, &pack.code, bands)
            .map(|c| c.derived.category);
        Weighed {
            category: o.category.or(code),
            sanction: pack.code_part(o.article, part),
        }
    }
}
