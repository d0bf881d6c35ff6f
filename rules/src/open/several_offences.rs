//! Several offences in one sentence. Status: OPEN.
//!
//! The law speaks of one offence and one punishment; a sentence often covers several. Each
//! offence gets its own effect. Where every offence is covered with the same effect — or, before
//! a verdict, each is to be cut at sentencing (each punishment is cut as a court sets it) — that
//! effect, the gravest offence's, applies to the whole. Where effects differ before a verdict,
//! the case is closed in part (Art. 3 part 1). Where a sentence was served before the law and
//! the offences' effects differ (one expunged, another left to run), nothing is left to impose:
//! each offence's record goes its own way (Art. 3 part 4; CC Art. 79 part 6). Where a sentence is
//! still being served and effects differ, a court must set a new aggregate punishment: no figure
//! is given, and when every offence is covered the reading that applies the gravest offence's cut
//! to the whole sentence is shown (what that says of the new aggregate is not in the law). Where
//! a part an article needs is not given, every part is a reading too.

use crate::decision::{OffenceEffect, StepDetail};
use crate::finding::{Found, Raised};
use crate::law::art3_part1_pending_cases;
use crate::pack::{ProvisionId, Provisions};
use crate::vocab::Category;

const ID: ProvisionId = ProvisionId::OpenSeveralOffences;

/// How the offences' effects make one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Combined {
    /// An offence's effect is not known (a missing fact decides it).
    Undecided,
    /// No offence is covered.
    NoneCovered,
    /// The gravest covered offence's effect applies to the whole.
    Whole {
        offence: usize,
        effect: OffenceEffect,
        category: Category,
    },
    /// Before a verdict: closed for some offences (said by Art. 3 part 1), going on for the
    /// others; the gravest offence's category.
    PendingDiffer { category: Category },
    /// A sentence exists: a court must set a new aggregate punishment.
    SentencedDiffer,
    /// A sentence served before the law: nothing to impose, each record on its own; the gravest
    /// offence's.
    ServedEachOnItsOwn {
        offence: usize,
        effect: OffenceEffect,
        category: Category,
    },
}

/// Combines every offence's effect (`NotCovered` for those outside the law) and category.
/// `whole_as_gravest`: the reading that applies the gravest's cut to the whole.
pub fn combine(
    offences: &[(OffenceEffect, Option<Category>)],
    whole_as_gravest: bool,
    sentenced: bool,
    p: &Provisions,
) -> Found<Combined> {
    if offences.iter().any(|(e, _)| *e == OffenceEffect::Unknown) {
        return Found::silent(Combined::Undecided);
    }
    // Every covered offence is decided, so it has its category; the gravest is the last of the
    // gravest category.
    let mut gravest: Option<(usize, OffenceEffect, Category)> = None;
    let (mut covered, mut all_at_sentencing) = (0, true);
    for (i, (effect, category)) in offences.iter().enumerate() {
        let (Some(category), false) = (*category, *effect == OffenceEffect::NotCovered) else {
            continue;
        };
        covered += 1;
        all_at_sentencing &= matches!(effect, OffenceEffect::CutAtSentencing { .. });
        if gravest.is_none_or(|(_, _, c)| category >= c) {
            gravest = Some((i, *effect, category));
        }
    }
    let Some((offence, effect, category)) = gravest else {
        return Found::silent(Combined::NoneCovered);
    };
    let all_covered = covered == offences.len();
    let same = all_covered && offences.iter().all(|(e, _)| *e == effect);
    if same || whole_as_gravest || (all_covered && all_at_sentencing) {
        let whole = Combined::Whole {
            offence,
            effect,
            category,
        };
        return Found::silent(whole);
    }
    if !sentenced {
        let effects: Vec<OffenceEffect> = offences.iter().map(|(e, _)| *e).collect();
        let closed = art3_part1_pending_cases::partly_closed(&effects, &p.art3_part1_pending_cases);
        let mut found = Found::silent(Combined::PendingDiffer { category });
        if let Some(closed) = closed {
            found.notes.step(closed);
        }
        return found;
    }
    let served = |e: &OffenceEffect| {
        matches!(
            e,
            OffenceEffect::ConvictionExpunged | OffenceEffect::NothingToApply
        )
    };
    if all_covered && offences.iter().all(|(e, _)| served(e)) {
        let rule = &p.cc_art79_part4_after_release;
        let cite = rule.cite.with_part(6);
        let note = rule
            .note(
                ProvisionId::CcArt79Part4AfterRelease,
                StepDetail::EachRecordOnItsOwn,
            )
            .cited(cite);
        let each = Combined::ServedEachOnItsOwn {
            offence,
            effect,
            category,
        };
        return Found::noted(each, note);
    }
    let rule = &p.open_several_offences;
    let note = rule.note(ID, StepDetail::AggregateNeedsCourt);
    let mut found = Found::noted(Combined::SentencedDiffer, note);
    if all_covered {
        found.notes.ask(Raised::WholeAsGravest { category });
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::RulePack;
    use crate::vocab::Fraction;

    #[test]
    fn differing_effects_of_a_sentence_go_to_a_court() {
        let p = &RulePack::embedded().provisions;
        let cut = OffenceEffect::MainPunishmentCut {
            cut: Fraction::new(3, 4),
        };
        let released = OffenceEffect::ReleasedFromPunishment;
        let two = [
            (released, Some(Category::Small)),
            (cut, Some(Category::Grave)),
        ];
        let both = combine(&two, false, true, p);
        assert_eq!(both.value, Combined::SentencedDiffer);
        let grave = Category::Grave;
        assert_eq!(
            both.notes.questions(),
            vec![Raised::WholeAsGravest { category: grave }]
        );
        let whole = Combined::Whole {
            offence: 1,
            effect: cut,
            category: grave,
        };
        assert_eq!(combine(&two, true, true, p).value, whole);
        let pending = [
            (OffenceEffect::CaseClosed, Some(Category::Small)),
            (OffenceEffect::NotCovered, None),
        ];
        let closed = combine(&pending, false, false, p);
        assert_eq!(
            closed.value,
            Combined::PendingDiffer {
                category: Category::Small
            }
        );
        assert_eq!(closed.notes.steps().len(), 1);
        let unknown = [(OffenceEffect::Unknown, None)];
        assert_eq!(
            combine(&unknown, false, false, p).value,
            Combined::Undecided
        );
    }
}
