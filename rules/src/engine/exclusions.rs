//! Law Art. 2 for the person: items 1–7 on every offence, then recidivism (item 8).

use super::pass::Pass;
use crate::law::art2_exclusions::{self, Exclusion, OffenceFacts, Offender};
use crate::law::art2_item8_recidivism;
use crate::open::age_counting::age_on;

impl Pass<'_, '_> {
    /// Whether the person is excluded. `goes_to_sentencing`: a court is still to sentence, where
    /// recidivism may yet come to be imposed.
    pub(super) fn exclusions(&mut self, goes_to_sentencing: bool) -> Exclusion {
        let (case, p, a) = (self.case, self.p, self.a);
        let mut person = None;
        for (i, o) in case.offences.iter().enumerate() {
            let facts = OffenceFacts::of(o, self.part(i));
            let (minority, counting) = (self.minority_to_say(i), a.open.age_counting);
            let minor = minority.value;
            let offender = Offender {
                minority,
                age: case.birth_date.map(|b| age_on(b, o.committed_on, counting)),
                assumed_victim_within_ages: a.victim_14_to_18[i],
            };
            let on_offence = self.take(Some(i), art2_exclusions::of_offence(&facts, offender, p));
            if on_offence.minority_asked {
                self.minority[i] = Some(minor);
            }
            if let Some(items) = on_offence.person {
                person = Some(person.unwrap_or(Exclusion::No).and(items));
            }
        }
        if person.is_none() {
            let found = art2_exclusions::none_found(&p.art2_exclusions);
            self.take(None, found);
        }
        let imposed = case.stage.is_convicted() || case.sentence.is_some();
        let at_sentencing = a.recidivism_at_sentencing && goes_to_sentencing;
        let found = art2_item8_recidivism::excludes(
            case.recidivism,
            imposed || at_sentencing,
            goes_to_sentencing,
            &p.art2_item8_recidivism,
        );
        if self.take(None, found) {
            Exclusion::Yes
        } else {
            person.unwrap_or(Exclusion::No)
        }
    }
}
