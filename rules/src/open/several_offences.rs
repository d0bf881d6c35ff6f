//! Several offences in one sentence. Status: OPEN.
//!
//! The law speaks of one offence and one punishment; a sentence often covers several. Each
//! offence gets its own effect. Where every offence is covered with the same effect — or, before
//! a verdict, each is to be cut at sentencing (each punishment is cut as a court sets it) — that
//! effect, the gravest offence's, applies to the whole. Where effects differ before a verdict,
//! the case is closed in part (Art. 3 part 1). Where a sentence exists and effects differ, a
//! court must set a new aggregate punishment: no figure is given, and when every offence is
//! covered the reading that applies the gravest offence's cut to the whole sentence (which the
//! new aggregate cannot exceed) is shown. Where a part an article needs is not given, every part
//! is a reading too.

use crate::decision::{OffenceEffect, StepDetail};
use crate::finding::{Found, Raised};
use crate::law::art3_part1_pending_cases;
use crate::pack::{ProvisionId, Provisions};
use crate::vocab::Category;

const ID: ProvisionId = ProvisionId::OpenSeveralOffences;

/// How the offences' effects make one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Combined {
    /// The gravest offence's effect applies to the whole.
    Whole(OffenceEffect),
    /// Before a verdict: closed for some offences (said by Art. 3 part 1), going on for the
    /// others.
    PendingDiffer,
    /// A sentence exists: a court must set a new aggregate punishment.
    SentencedDiffer,
}

/// Combines every offence's effect (`NotCovered` for those outside the law), the gravest being
/// `gravest`. `whole_as_gravest`: the reading that applies the gravest's cut to the whole.
pub fn combine(
    effects: &[OffenceEffect],
    gravest: (OffenceEffect, Category),
    whole_as_gravest: bool,
    sentenced: bool,
    p: &Provisions,
) -> Found<Combined> {
    let covered: Vec<OffenceEffect> = effects
        .iter()
        .copied()
        .filter(|e| *e != OffenceEffect::NotCovered)
        .collect();
    let all_covered = covered.len() == effects.len();
    let same = all_covered && covered.iter().all(|e| *e == covered[0]);
    let all_at_sentencing = covered
        .iter()
        .all(|e| matches!(e, OffenceEffect::CutAtSentencing { .. }));
    if same || whole_as_gravest || (all_covered && all_at_sentencing) {
        return Found::silent(Combined::Whole(gravest.0));
    }
    if !sentenced {
        let closed = art3_part1_pending_cases::partly_closed(effects, &p.art3_part1_pending_cases);
        let mut found = Found::silent(Combined::PendingDiffer);
        found.notes.steps.extend(closed);
        return found;
    }
    let rule = &p.open_several_offences;
    let mut found = Found::noted(
        Combined::SentencedDiffer,
        rule.note(ID, StepDetail::AggregateNeedsCourt),
    );
    if all_covered {
        found.notes.ask(Raised::WholeAsGravest {
            category: gravest.1,
        });
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
        let rule = &RulePack::embedded().provisions;
        let cut = OffenceEffect::MainPunishmentCut {
            cut: Fraction {
                numerator: 3,
                denominator: 4,
            },
        };
        let released = OffenceEffect::ReleasedFromPunishment;
        let gravest = (cut, Category::Grave);
        let both = combine(&[cut, released], gravest, false, true, rule);
        assert_eq!(both.value, Combined::SentencedDiffer);
        assert_eq!(
            both.notes.questions,
            vec![Raised::WholeAsGravest {
                category: Category::Grave
            }]
        );
        assert_eq!(
            combine(&[cut, released], gravest, true, true, rule).value,
            Combined::Whole(cut)
        );
        assert_eq!(
            combine(&[cut, cut], gravest, false, true, rule).value,
            Combined::Whole(cut)
        );
        let pending = combine(
            &[OffenceEffect::CaseClosed, OffenceEffect::NotCovered],
            gravest,
            false,
            false,
            rule,
        );
        assert_eq!(pending.value, Combined::PendingDiffer);
    }
}
