//! Law No. 152-VII, Art. 2 items 1–8 — persons the amnesty does not apply to. Status: VERIFIED.
//!
//! The law does not apply to anyone who committed a terrorist (item 1) or extremist (item 2)
//! crime, torture (item 3), a crime against the sexual inviolability of minors (item 4, except one
//! committed by a minor against a minor aged 14 to 18), high treason (item 5), a corruption crime
//! (item 6), or organised the mass riots (item 7, except when the organiser was a minor); nor to
//! anyone whose punishment was imposed under recidivism or dangerous recidivism (item 8). The
//! groups are those the Criminal Code defines (CC Art. 3 items 29, 30, 39, 42; Art. 146, 175, 272
//! part 1), so an exclusion is recognised from the articles entered, and otherwise asked plainly.
//! The exclusions concern the person: one excluding offence excludes them entirely.

use crate::case::Recidivism;
use crate::pack::{ArticleRef, Exception, ProvisionId};
use crate::vocab::{ArticleNo, ExclusionFact};

/// Items 1–7 in order: the fact each asks about, its own provision and the provision of the
/// Criminal Code that defines the group.
pub const ITEMS: [(ExclusionFact, ProvisionId, ProvisionId); 7] = [
    (
        ExclusionFact::Terrorist,
        ProvisionId::Art2Item1Terrorist,
        ProvisionId::CcArt3Item30Terrorist,
    ),
    (
        ExclusionFact::Extremist,
        ProvisionId::Art2Item2Extremist,
        ProvisionId::CcArt3Item39Extremist,
    ),
    (
        ExclusionFact::Torture,
        ProvisionId::Art2Item3Torture,
        ProvisionId::CcArt146Torture,
    ),
    (
        ExclusionFact::SexualOffenceAgainstMinor,
        ProvisionId::Art2Item4SexualMinors,
        ProvisionId::CcArt3Item42SexualMinors,
    ),
    (
        ExclusionFact::Treason,
        ProvisionId::Art2Item5Treason,
        ProvisionId::CcArt175Treason,
    ),
    (
        ExclusionFact::Corruption,
        ProvisionId::Art2Item6Corruption,
        ProvisionId::CcArt3Item29Corruption,
    ),
    (
        ExclusionFact::OrganisingRiots,
        ProvisionId::Art2Item7OrganisingRiots,
        ProvisionId::CcArt272Part1Organising,
    ),
];

/// Whether an article (and part) belongs to a group the Code defines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupMatch {
    Yes,
    /// Only when committed under this item (пункт) of the part, which a case does not say.
    IfItem {
        part: u8,
        item: u8,
    },
    No,
}

/// Looks the article up in a group's list.
pub fn in_group(article: ArticleNo, part: Option<u8>, group: &[ArticleRef]) -> GroupMatch {
    for entry in group.iter().filter(|r| r.article == article) {
        let part_matches = match (&entry.parts, part) {
            (None, _) => true,
            (Some(parts), Some(p)) => parts.contains(&p),
            (Some(_), None) => false,
        };
        if part_matches {
            return match (entry.item, part) {
                (Some(item), Some(part)) => GroupMatch::IfItem { part, item },
                _ => GroupMatch::Yes,
            };
        }
    }
    GroupMatch::No
}

/// Whether an item's exception saves the person, given what is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExceptionTest {
    /// The exception applies: not excluded.
    Applies,
    /// It does not: excluded.
    DoesNot,
    /// The offender's age decides and is not known.
    OffenderAgeNeeded,
    /// The victim's age decides and is not known.
    VictimAgeNeeded,
}

/// Tests an item's exception. `offender_minor` is `None` when the date of birth is not known;
/// `victim_aged` is the victim's age, or an assumed yes/no that the victim was within the ages.
pub fn exception(
    rule: Exception,
    offender_minor: Option<bool>,
    victim_within_ages: Option<bool>,
) -> ExceptionTest {
    match rule {
        Exception::None => ExceptionTest::DoesNot,
        Exception::OffenderMinor => match offender_minor {
            Some(true) => ExceptionTest::Applies,
            Some(false) => ExceptionTest::DoesNot,
            None => ExceptionTest::OffenderAgeNeeded,
        },
        Exception::OffenderMinorAgainstVictimAged { .. } => match offender_minor {
            Some(false) => ExceptionTest::DoesNot,
            None => ExceptionTest::OffenderAgeNeeded,
            Some(true) => match victim_within_ages {
                Some(true) => ExceptionTest::Applies,
                Some(false) => ExceptionTest::DoesNot,
                None => ExceptionTest::VictimAgeNeeded,
            },
        },
    }
}

/// Whether a victim's age is within the ages of item 4's exception (from 14, under 18).
pub fn victim_within_ages(rule: Exception, age: u8) -> bool {
    match rule {
        Exception::OffenderMinorAgainstVictimAged { from, below } => (from..below).contains(&age),
        _ => false,
    }
}

/// Item 8: a punishment imposed under recidivism.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecidivismTest {
    Excludes,
    /// The verdict's recidivism, but no punishment has been imposed yet.
    NotYetImposed,
    None,
}

pub fn recidivism(recidivism: Recidivism, punishment_imposed: bool) -> RecidivismTest {
    match (recidivism, punishment_imposed) {
        (Recidivism::None, _) => RecidivismTest::None,
        (_, true) => RecidivismTest::Excludes,
        (_, false) => RecidivismTest::NotYetImposed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::RulePack;

    #[test]
    fn groups_by_article_part_and_item() {
        let p = &RulePack::embedded().provisions;
        let a = |n| ArticleNo::new(n, 0);
        assert_eq!(
            in_group(a(255), Some(2), &p.cc_art3_item30_terrorist.value),
            GroupMatch::Yes
        );
        assert_eq!(
            in_group(a(404), Some(1), &p.cc_art3_item39_extremist.value),
            GroupMatch::No
        );
        assert_eq!(
            in_group(a(404), Some(3), &p.cc_art3_item39_extremist.value),
            GroupMatch::Yes
        );
        assert_eq!(
            in_group(a(189), Some(3), &p.cc_art3_item29_corruption.value),
            GroupMatch::IfItem { part: 3, item: 2 }
        );
        assert_eq!(
            in_group(a(189), Some(2), &p.cc_art3_item29_corruption.value),
            GroupMatch::No
        );
        assert_eq!(
            in_group(a(272), Some(1), &p.cc_art272_part1_organising.value),
            GroupMatch::Yes
        );
        assert_eq!(
            in_group(a(272), Some(2), &p.cc_art272_part1_organising.value),
            GroupMatch::No
        );
    }

    #[test]
    fn the_exceptions_for_minors() {
        let item4 = RulePack::embedded()
            .provisions
            .art2_item4_sexual_minors
            .value
            .exception;
        assert!(victim_within_ages(item4, 14) && victim_within_ages(item4, 17));
        assert!(!victim_within_ages(item4, 13) && !victim_within_ages(item4, 18));
        assert_eq!(
            exception(item4, Some(true), Some(true)),
            ExceptionTest::Applies
        );
        assert_eq!(
            exception(item4, Some(false), Some(true)),
            ExceptionTest::DoesNot
        );
        assert_eq!(
            exception(item4, Some(true), None),
            ExceptionTest::VictimAgeNeeded
        );
        assert_eq!(
            exception(Exception::OffenderMinor, None, None),
            ExceptionTest::OffenderAgeNeeded
        );
    }
}
