//! Law No. 152-VII, Art. 2 items 1–7 — persons the amnesty does not apply to. Status: VERIFIED.
//!
//! The law does not apply to anyone who committed a terrorist (item 1) or extremist (item 2)
//! crime, torture (item 3), a crime against the sexual inviolability of minors (item 4), high
//! treason (item 5), a corruption crime (item 6), or organised the mass riots (item 7). The groups
//! are those the Criminal Code defines (CC Art. 3 items 29, 30, 39, 42; Art. 146, 175, 272 part 1),
//! so an item is recognised from the article entered, and otherwise asked plainly. Two items have
//! exceptions, each a rule of its own (`art2_exceptions.rs`). Item 8 (recidivism) is in
//! `art2_item8_recidivism.rs`. The exclusions concern the person: one excluding offence excludes
//! them entirely, and a fact the case lacks leaves it to be settled.

use crate::decision::{StepDetail, WarningDetail};
use crate::finding::{Found, Notes, Raised};
use crate::law::art2_exceptions::{self, ExceptionRule, ExceptionTest};
use crate::pack::{ArticleRef, ExclusionItem, List, ProvisionId, Provisions, Rule};
use crate::vocab::{ArticleNo, ExclusionFact};

/// One item of Art. 2 and the group of the Code it names.
pub struct Item {
    /// The plain question that asks about it.
    pub fact: ExclusionFact,
    pub id: ProvisionId,
    /// The provision of the Code that defines the group.
    pub group_id: ProvisionId,
    pub rule: fn(&Provisions) -> &Rule<ExclusionItem>,
    pub group: fn(&Provisions) -> &Rule<List<ArticleRef>>,
    /// Item 4 speaks of crimes against minors: the article alone is not enough.
    pub victim_must_be_minor: bool,
}

/// Writes the table of items, one an entry: `Fact: Id field_of_provisions`, then the Code's group
/// as `in GroupId group_field`, then whether the victim must be a minor.
macro_rules! items {
    ($(
        $fact:ident: $id:ident $rule:ident,
        in $group_id:ident $group:ident, minor: $minor:literal;
    )*) => {
        [$(Item {
            fact: ExclusionFact::$fact,
            id: ProvisionId::$id,
            group_id: ProvisionId::$group_id,
            rule: |p| &p.$rule,
            group: |p| &p.$group,
            victim_must_be_minor: $minor,
        }),*]
    };
}

/// Items 1–7, in the order of the law: the question, the item and the Code's group it names.
pub const ITEMS: [Item; 7] = items! {
    Terrorist: Art2Item1Terrorist art2_item1_terrorist,
        in CcArt3Item30Terrorist cc_art3_item30_terrorist, minor: false;
    Extremist: Art2Item2Extremist art2_item2_extremist,
        in CcArt3Item39Extremist cc_art3_item39_extremist, minor: false;
    Torture: Art2Item3Torture art2_item3_torture,
        in CcArt146Torture cc_art146_torture, minor: false;
    SexualOffenceAgainstMinor: Art2Item4SexualMinors art2_item4_sexual_minors,
        in CcArt3Item42SexualMinors cc_art3_item42_sexual_minors, minor: true;
    Treason: Art2Item5Treason art2_item5_treason,
        in CcArt175Treason cc_art175_treason, minor: false;
    Corruption: Art2Item6Corruption art2_item6_corruption,
        in CcArt3Item29Corruption cc_art3_item29_corruption, minor: false;
    OrganisingRiots: Art2Item7OrganisingRiots art2_item7_organising_riots,
        in CcArt272Part1Organising cc_art272_part1_organising, minor: false;
};

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

/// The facts of one offence the items are tested on.
pub struct OffenceFacts<'a> {
    pub article: ArticleNo,
    /// Given or assumed.
    pub part: Option<u8>,
    /// The plain questions the user answered yes.
    pub answers: &'a [ExclusionFact],
    pub victim_age: Option<u8>,
}

impl OffenceFacts<'_> {
    /// Offence `o` of the case under `part` (given or assumed).
    pub fn of(o: &crate::case::Offence, part: Option<u8>) -> OffenceFacts<'_> {
        OffenceFacts {
            article: o.article,
            part,
            answers: &o.exclusions,
            victim_age: o.victim_age,
        }
    }
}

/// How an item concerns one offence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Recognised {
    /// The article is in the item's group.
    pub by_article: bool,
    pub answered: bool,
}

impl Recognised {
    pub fn concerns(self) -> bool {
        self.by_article || self.answered
    }
}

/// Whether the item concerns the offence, from its article or the answer; where the article may
/// be in the group but the case cannot tell, a warning names what to check.
pub fn recognise(
    item: &Item,
    o: &OffenceFacts,
    adult_age: u8,
    p: &Provisions,
) -> Found<Recognised> {
    let rule = (item.rule)(p);
    let mut notes = Notes::default();
    let (article, answered) = (o.article, o.answers.contains(&item.fact));
    let by_article = match in_group(article, o.part, &(item.group)(p).value) {
        GroupMatch::Yes if item.victim_must_be_minor => match o.victim_age {
            Some(age) => age < adult_age,
            None => {
                if !answered {
                    notes.warn(rule.caution(item.id, WarningDetail::VictimAgeToCheck { article }));
                }
                false
            }
        },
        GroupMatch::Yes => true,
        GroupMatch::IfItem { part, item: clause } => {
            if !answered {
                let detail = WarningDetail::CorruptionItemToCheck {
                    article,
                    part,
                    item: clause,
                };
                notes.warn(rule.caution(item.id, detail));
            }
            false
        }
        GroupMatch::No => false,
    };
    let recognised = Recognised {
        by_article,
        answered,
    };
    Found::with(recognised, notes)
}

/// What an item does to the person, for one offence it concerns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Excludes,
    /// Its exception applies.
    Saved,
    /// A fact the case lacks decides.
    Unknown,
}

/// The item applied to an offence it concerns, its exception (if any) tested with the offender's
/// minority and the victim's age as known.
pub fn verdict(
    item: &Item,
    o: &OffenceFacts,
    recognised: Recognised,
    exception: Option<(ExceptionRule, ExceptionTest)>,
    offender_age: Option<u32>,
    p: &Provisions,
) -> Found<Verdict> {
    let (rule, group) = ((item.rule)(p), (item.group)(p));
    let (fact, article, part) = (item.fact, o.article, o.part);
    let mut notes = Notes::default();
    if recognised.by_article {
        // The Code names the group; the law's item then speaks of the person.
        notes.step(group.note(
            item.group_id,
            StepDetail::InGroup {
                fact,
                article,
                part,
            },
        ));
    }
    let verdict = match exception.map(|(_, test)| test) {
        Some(ExceptionTest::Applies) => {
            let detail = StepDetail::ExclusionException {
                fact,
                age: offender_age,
                victim_age: o.victim_age,
            };
            notes.step(rule.note(item.id, detail));
            Verdict::Saved
        }
        None | Some(ExceptionTest::DoesNot) => {
            let note = if recognised.by_article {
                let detail = StepDetail::ExcludedByArticle {
                    fact,
                    article,
                    part,
                };
                rule.note(item.id, detail).also(group.cite)
            } else {
                rule.note(item.id, StepDetail::ExcludedByAnswer { fact })
            };
            notes.step(note);
            Verdict::Excludes
        }
        Some(ExceptionTest::OffenderAgeNeeded) => Verdict::Unknown,
        Some(ExceptionTest::VictimAgeNeeded) => {
            notes.ask(Raised::VictimAge);
            notes.step(rule.note(item.id, StepDetail::VictimAgeUnknown { fact }));
            Verdict::Unknown
        }
    };
    Found::with(verdict, notes)
}

/// The offender's side of an offence, for the exceptions: their minority (with the step that
/// says it, given where an exception first asks), their age, and the victim's as a reading
/// assumes it.
pub struct Offender {
    pub minority: Found<Option<bool>>,
    pub age: Option<u32>,
    pub assumed_victim_within_ages: Option<bool>,
}

/// What items 1–7 make of the person for one offence (`None`: no item concerns it), and whether
/// an exception asked the offender's minority.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OnOffence {
    pub person: Option<Exclusion>,
    pub minority_asked: bool,
}

/// Items 1–7 on one offence.
pub fn of_offence(o: &OffenceFacts, offender: Offender, p: &Provisions) -> Found<OnOffence> {
    let adult_age = p.cc_art80_minors.value.adult_age;
    let mut notes = Notes::default();
    let mut person = None;
    let (minor, mut minority_notes) = (offender.minority.value, Some(offender.minority.notes));
    for item in &ITEMS {
        let recognised = notes.take(recognise(item, o, adult_age, p));
        if !recognised.concerns() {
            continue;
        }
        let tested = match art2_exceptions::of_item(item.id, (item.rule)(p)) {
            Some(exception) => {
                // Said where an exception first asks it.
                if let Some(said) = minority_notes.take() {
                    notes.take(Found::with((), said));
                }
                let victim = offender.assumed_victim_within_ages;
                Some(exception.tested(minor, o.victim_age, victim))
            }
            None => None,
        };
        let verdict = notes.take(verdict(item, o, recognised, tested, offender.age, p));
        person = Some(person.unwrap_or(Exclusion::No).with(verdict));
    }
    let minority_asked = minority_notes.is_none();
    Found::with(
        OnOffence {
            person,
            minority_asked,
        },
        notes,
    )
}

/// The person, from every item on every offence: excluded by any one; otherwise unknown while a
/// missing fact decides one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exclusion {
    Yes,
    No,
    Unknown,
}

impl Exclusion {
    /// The person, after another offence's items.
    pub fn and(self, other: Exclusion) -> Exclusion {
        match (self, other) {
            (Exclusion::Yes, _) | (_, Exclusion::Yes) => Exclusion::Yes,
            (Exclusion::Unknown, _) | (_, Exclusion::Unknown) => Exclusion::Unknown,
            _ => Exclusion::No,
        }
    }

    pub fn with(self, verdict: Verdict) -> Exclusion {
        match (self, verdict) {
            (_, Verdict::Excludes) => Exclusion::Yes,
            (Exclusion::No, Verdict::Unknown) => Exclusion::Unknown,
            (person, _) => person,
        }
    }
}

/// An excluded person's offences: each is excluded, but one Art. 1 already left out stays not
/// covered (Art. 1 comes first).
pub fn exclude_offences(offences: &mut [crate::decision::OffenceDecision]) {
    use crate::decision::{Coverage, OffenceEffect};
    for o in offences.iter_mut() {
        if o.coverage != Coverage::NotCovered {
            o.effect = OffenceEffect::Excluded;
        }
    }
}

/// Of the results every value of a missing fact gives, the one to show where the amnesty does
/// not apply whatever the value (not covered in some, excluded in others): an exclusion, since it
/// concerns the person, whatever the fact. `None` where it applies under some value, or where
/// none excludes.
pub fn shown_whatever_the_fact(outcomes: &[crate::decision::Outcome]) -> Option<usize> {
    use crate::decision::Outcome;
    let applies = |o: &Outcome| !matches!(o, Outcome::NotCovered | Outcome::Excluded);
    if outcomes.iter().any(applies) {
        return None;
    }
    outcomes.iter().position(|o| *o == Outcome::Excluded)
}

/// No item concerns any offence entered: said once for the person, with the reminder that the
/// items exclude the person, so a conviction in another case counts too.
pub fn none_found(rule: &Rule<()>) -> Found<()> {
    let mut notes = Notes::default();
    notes.step(rule.note(ProvisionId::Art2Exclusions, StepDetail::NoExclusion));
    let other = crate::decision::WarningDetail::OtherCasesExclude;
    notes.warn(rule.caution(ProvisionId::Art2Exclusions, other));
    Found::with((), notes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::RulePack;

    #[test]
    fn excluded_under_one_value_not_covered_under_the_other_shows_the_exclusion() {
        use crate::decision::Outcome::{Excluded, NotCovered, Release};
        assert_eq!(shown_whatever_the_fact(&[NotCovered, Excluded]), Some(1));
        assert_eq!(shown_whatever_the_fact(&[NotCovered, NotCovered]), None);
        assert_eq!(shown_whatever_the_fact(&[Release, Excluded]), None);
    }

    #[test]
    fn groups_by_article_part_and_item() {
        let p = &RulePack::embedded().provisions;
        for (article, part, group, expected) in [
            (255, 2, &p.cc_art3_item30_terrorist, GroupMatch::Yes),
            (404, 1, &p.cc_art3_item39_extremist, GroupMatch::No),
            (404, 3, &p.cc_art3_item39_extremist, GroupMatch::Yes),
            (
                189,
                3,
                &p.cc_art3_item29_corruption,
                GroupMatch::IfItem { part: 3, item: 2 },
            ),
            (189, 2, &p.cc_art3_item29_corruption, GroupMatch::No),
            (272, 1, &p.cc_art272_part1_organising, GroupMatch::Yes),
            (272, 2, &p.cc_art272_part1_organising, GroupMatch::No),
        ] {
            let found = in_group(ArticleNo::new(article, 0), Some(part), &group.value);
            assert_eq!(found, expected, "{article} part {part}");
        }
    }

    #[test]
    fn item_4_needs_a_minor_victim_and_item_6_warns_of_the_item() {
        let p = &RulePack::embedded().provisions;
        let facts = |n, part, victim_age| OffenceFacts {
            article: ArticleNo::new(n, 0),
            part,
            answers: &[],
            victim_age,
        };
        let item4 = &ITEMS[3];
        assert!(
            recognise(item4, &facts(120, Some(1), Some(15)), 18, p)
                .value
                .by_article
        );
        assert!(
            !recognise(item4, &facts(120, Some(1), Some(30)), 18, p)
                .value
                .by_article
        );
        let unknown = recognise(item4, &facts(120, Some(1), None), 18, p);
        assert!(!unknown.value.concerns() && unknown.notes.warnings().len() == 1);
        let item6 = recognise(&ITEMS[5], &facts(189, Some(3), None), 18, p);
        assert!(!item6.value.concerns() && item6.notes.warnings().len() == 1);
    }

    #[test]
    fn one_exclusion_excludes_the_person() {
        let person = Exclusion::No.with(Verdict::Saved).with(Verdict::Unknown);
        assert_eq!(person, Exclusion::Unknown);
        assert_eq!(
            person.with(Verdict::Excludes).with(Verdict::Unknown),
            Exclusion::Yes
        );
    }
}
