//! Law Art. 2 for the person: every item on every offence, then recidivism (item 8).

use super::pass::Pass;
use crate::law::art2_exclusions::{self, Exclusion, OffenceFacts};
use crate::law::{art2_exceptions, art2_item8_recidivism};
use crate::open::age_counting::age_on;

impl Pass<'_, '_> {
    /// Whether the person is excluded. `goes_to_sentencing`: a court is still to sentence, where
    /// recidivism may yet come to be imposed.
    pub(super) fn exclusions(&mut self, goes_to_sentencing: bool) -> Exclusion {
        let (case, p) = (self.case, self.p);
        let adult_age = p.cc_art80_minors.value.adult_age;
        let mut person = Exclusion::No;
        let mut found_any = false;
        for (i, o) in case.offences.iter().enumerate() {
            for item in &art2_exclusions::ITEMS {
                let facts = OffenceFacts {
                    article: o.article,
                    part: self.part(i),
                    answered: o.exclusions.contains(&item.fact),
                    victim_age: o.victim_age,
                };
                let found = art2_exclusions::recognise(item, &facts, adult_age, p);
                let recognised = self.take(Some(i), found);
                if !recognised.concerns() {
                    continue;
                }
                found_any = true;
                let exception = art2_exceptions::of_item(item.id, (item.rule)(p));
                // The offender's minority is worked out (and said) only where an exception asks.
                let minor = exception.and_then(|_| self.minority(i));
                let assumed_victim = self.a.victim_14_to_18[i];
                let tested = exception.map(|e| e.tested(minor, o.victim_age, assumed_victim));
                let counting = self.a.age_counting;
                let age = case.birth_date.map(|b| age_on(b, o.committed_on, counting));
                let found = art2_exclusions::verdict(item, &facts, recognised, tested, age, p);
                person = person.with(self.take(Some(i), found));
            }
        }
        if !found_any {
            self.note(None, art2_exclusions::none_found(&p.art2_exclusions));
        }
        let imposed = case.stage.is_convicted() || case.sentence.is_some();
        let at_sentencing = self.a.recidivism_at_sentencing && goes_to_sentencing;
        let found = art2_item8_recidivism::excludes(
            case.recidivism,
            imposed || at_sentencing,
            goes_to_sentencing,
            &p.art2_item8_recidivism,
        );
        if self.take(None, found) {
            Exclusion::Yes
        } else {
            person
        }
    }
}
