//! Law No. 152-VII, Art. 2 items 4 and 7 — the exceptions to two exclusions. Status: VERIFIED.
//!
//! Two exclusions do not reach minors. Item 4 (crimes against the sexual inviolability of minors)
//! does not apply to a crime committed by a minor against a minor aged 14 to 18. Item 7
//! (organising the mass riots) does not apply when the organiser was a minor. Each exception is a
//! rule of its own that names the item it overrides; the pack holds it with that item. Where the
//! offender's age, or the victim's, decides and is not known, it is a fact the case lacks.

use crate::pack::{Exception, ExclusionItem, ProvisionId, Rule};

/// An exception, with the item of Art. 2 it overrides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionRule {
    pub overrides: ProvisionId,
    pub exception: NamedException,
}

/// The exceptions the law makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NamedException {
    /// Committed by a minor (item 7).
    OffenderMinor,
    /// Committed by a minor against a minor of these ages (item 4).
    OffenderMinorAgainstVictimAged { from: u8, below: u8 },
}

/// The exception an item has, if it has one.
pub fn of_item(item: ProvisionId, rule: &Rule<ExclusionItem>) -> Option<ExceptionRule> {
    let exception = match rule.value.exception {
        Exception::None => return None,
        Exception::OffenderMinor => NamedException::OffenderMinor,
        Exception::OffenderMinorAgainstVictimAged { from, below } => {
            NamedException::OffenderMinorAgainstVictimAged { from, below }
        }
    };
    Some(ExceptionRule {
        overrides: item,
        exception,
    })
}

/// Whether an exception saves the person, given what is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExceptionTest {
    /// The exception applies: the item does not exclude.
    Applies,
    /// It does not: the item excludes.
    DoesNot,
    /// The offender's age decides and is not known.
    OffenderAgeNeeded,
    /// The victim's age decides and is not known.
    VictimAgeNeeded,
}

impl ExceptionRule {
    /// Whether a victim of this age is within the exception's ages.
    pub fn victim_within_ages(self, age: u8) -> bool {
        match self.exception {
            NamedException::OffenderMinorAgainstVictimAged { from, below } => {
                (from..below).contains(&age)
            }
            NamedException::OffenderMinor => false,
        }
    }

    /// Tests the exception with the victim's age as given, or else as a reading assumes it.
    pub fn tested(
        self,
        offender_minor: Option<bool>,
        victim_age: Option<u8>,
        assumed_victim_within: Option<bool>,
    ) -> (ExceptionRule, ExceptionTest) {
        let victim = victim_age
            .map(|age| self.victim_within_ages(age))
            .or(assumed_victim_within);
        (self, self.test(offender_minor, victim))
    }

    /// Tests the exception. `offender_minor` is `None` when the date of birth is not known;
    /// `victim_within_ages` is `None` when the victim's age is neither given nor assumed.
    pub fn test(
        self,
        offender_minor: Option<bool>,
        victim_within_ages: Option<bool>,
    ) -> ExceptionTest {
        let victim = match self.exception {
            NamedException::OffenderMinor => Some(true),
            NamedException::OffenderMinorAgainstVictimAged { .. } => victim_within_ages,
        };
        match (offender_minor, victim) {
            (Some(false), _) => ExceptionTest::DoesNot,
            (None, _) => ExceptionTest::OffenderAgeNeeded,
            (Some(true), Some(true)) => ExceptionTest::Applies,
            (Some(true), Some(false)) => ExceptionTest::DoesNot,
            (Some(true), None) => ExceptionTest::VictimAgeNeeded,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::RulePack;

    #[test]
    fn the_exceptions_for_minors() {
        let p = &RulePack::embedded().provisions;
        let item4 = of_item(
            ProvisionId::Art2Item4SexualMinors,
            &p.art2_item4_sexual_minors,
        )
        .unwrap();
        assert_eq!(item4.overrides, ProvisionId::Art2Item4SexualMinors);
        assert!(item4.victim_within_ages(14) && item4.victim_within_ages(17));
        assert!(!item4.victim_within_ages(13) && !item4.victim_within_ages(18));
        assert_eq!(item4.test(Some(true), Some(true)), ExceptionTest::Applies);
        assert_eq!(item4.test(Some(false), Some(true)), ExceptionTest::DoesNot);
        assert_eq!(item4.test(Some(true), None), ExceptionTest::VictimAgeNeeded);
        let item7 = of_item(
            ProvisionId::Art2Item7OrganisingRiots,
            &p.art2_item7_organising_riots,
        )
        .unwrap();
        assert_eq!(item7.test(None, None), ExceptionTest::OffenderAgeNeeded);
        assert_eq!(item7.test(Some(true), None), ExceptionTest::Applies);
        assert_eq!(
            of_item(ProvisionId::Art2Item5Treason, &p.art2_item5_treason),
            None
        );
    }
}
