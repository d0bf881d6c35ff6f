//! Each offence's own punishment, where the case gives it: cut by the offence's own fraction,
//! released, or left as imposed; and from these, the range a court sets the new aggregate within
//! (CC Art. 58).

use super::pass::Pass;
use crate::case::Measure;
use crate::criminal_code::art58_several_offences::{self, Weighed};
use crate::decision::{AggregateRange, OffenceDecision, OffenceEffect, OwnPunishment};
use crate::law::art3_part3_reduction::{cut_count, cut_term};

impl Pass<'_, '_> {
    /// Each offence's own punishment as the amnesty leaves it; the range of the new aggregate
    /// where every offence has its own and every effect is known.
    pub(super) fn own_sentences(
        &mut self,
        offences: &mut [OffenceDecision],
    ) -> Option<AggregateRange> {
        let (case, p) = (self.case, self.p);
        let (rule, arithmetic) = (&p.art3_part3_reduction, &p.convention_term_arithmetic);
        for (i, o) in offences.iter_mut().enumerate() {
            let Some(own) = case.offences[i].sentence else {
                continue;
            };
            let new = match o.effect {
                OffenceEffect::MainPunishmentCut { cut }
                | OffenceEffect::CutAtSentencing { cut } => Some(match own.measure {
                    Measure::Term(term) => {
                        Measure::Term(self.take(Some(i), cut_term(term, cut, rule, arithmetic)))
                    }
                    Measure::Hours(n) => Measure::Hours(
                        self.take(Some(i), cut_count(n, own.punishment, cut, rule, arithmetic)),
                    ),
                    Measure::Amount(n) => Measure::Amount(
                        self.take(Some(i), cut_count(n, own.punishment, cut, rule, arithmetic)),
                    ),
                    Measure::Unstated => Measure::Unstated,
                }),
                OffenceEffect::NotCovered
                | OffenceEffect::Excluded
                | OffenceEffect::NothingToApply => Some(own.measure),
                OffenceEffect::CaseClosed
                | OffenceEffect::ReleasedFromPunishment
                | OffenceEffect::ConvictionExpunged
                | OffenceEffect::Unknown => None,
            };
            o.own_sentence = Some(OwnPunishment {
                punishment: own.punishment,
                imposed: own.measure,
                new,
            });
        }
        let every_own_known = offences
            .iter()
            .all(|o| o.own_sentence.is_some() && o.effect != OffenceEffect::Unknown);
        if offences.len() < 2 || !every_own_known {
            return None;
        }
        let remaining: Vec<(usize, OwnPunishment, Measure)> = offences
            .iter()
            .enumerate()
            .filter_map(|(i, o)| {
                let own = o.own_sentence?;
                Some((i, own, own.new?))
            })
            .collect();
        let punishment = remaining.first()?.1.punishment;
        if remaining
            .iter()
            .any(|(_, own, _)| own.punishment != punishment)
        {
            self.note(None, art58_several_offences::kinds_differ(p));
            return None;
        }
        let weighed: Vec<(Weighed, Measure)> = remaining
            .iter()
            .map(|(i, _, new)| (self.weighed(*i), *new))
            .collect();
        let from = self.reference_day()?;
        let found = art58_several_offences::range(&weighed, punishment, from, p);
        self.take(None, found)
    }
}
