//! The headline for the person: the offences' effects made one, the new punishment and its
//! dates, the release, the record, and the dates every covered result gives.

use super::pass::Pass;
use crate::criminal_code::art79_record::{self, RecordAge};
use crate::decision::{OffenceDecision, OffenceEffect, Outcome, Reading, Record};
use crate::law::art3_part3_reduction::{self, Circumstances};
use crate::law::{
    art3_part1_pending_cases, art3_part4_expungement, art3_part5_deadline, art3_part6_social_help,
    art4_in_force,
};
use crate::open::several_offences::{self, Combined};
use crate::vocab::Category;

impl Pass<'_, '_> {
    /// The result for the person, and the category that decided it.
    pub(super) fn headline(&mut self, offences: &[OffenceDecision]) -> (Option<Category>, Reading) {
        let (case, p) = (self.case, self.p);
        let decided: Vec<_> = offences.iter().map(|o| (o.effect, o.category)).collect();
        let whole_as_gravest = self.a.whole_as_gravest;
        let found =
            several_offences::combine(&decided, whole_as_gravest, case.sentence.is_some(), p);
        let (gravest, effect, category) = match self.take(None, found) {
            Combined::Whole {
                offence,
                effect,
                category,
            } => (offence, effect, category),
            Combined::ServedEachOnItsOwn {
                offence,
                effect,
                category,
            } => {
                // The small or medium offence's conviction is expunged; the record shown is the
                // one that remains, the gravest offence's.
                let mut r = Reading::only(Outcome::ConvictionExpunged);
                r.figures.record = Some(match effect {
                    OffenceEffect::ConvictionExpunged => Record::Expunged,
                    _ => self.record_after_term(category, offence),
                });
                return (Some(category), r);
            }
            Combined::PendingDiffer { category } => {
                return (Some(category), Reading::only(Outcome::PartlyCovered));
            }
            Combined::NoneCovered => return (None, Reading::only(Outcome::NotCovered)),
            Combined::Undecided | Combined::SentencedDiffer => {
                return (None, Reading::only(Outcome::NeedsReview));
            }
        };
        let age = self.record_age(gravest);
        let mut r = Reading::only(Outcome::NeedsReview);
        r.outcome = match effect {
            OffenceEffect::CaseClosed => {
                r.figures.record = Some(art3_part1_pending_cases::RECORD);
                Outcome::ReleaseFromLiability
            }
            OffenceEffect::CutAtSentencing { .. } => Outcome::ReductionAtSentencing,
            OffenceEffect::ReleasedFromPunishment => {
                let start = case.sentence.as_ref().and_then(|s| s.start);
                r.figures.release_on = Some(self.take(None, art4_in_force::release_day(start, p)));
                r.figures.record = Some(art3_part4_expungement::record_after_release(category));
                Outcome::ReleaseFromPunishment
            }
            OffenceEffect::ConvictionExpunged => {
                r.figures.record = Some(Record::Expunged);
                Outcome::ConvictionExpunged
            }
            OffenceEffect::NothingToApply => {
                r.figures.record = Some(self.record_after_term(category, gravest));
                Outcome::NothingToApply
            }
            OffenceEffect::MainPunishmentCut { cut } => match case.sentence.as_ref() {
                None => Outcome::ReductionAtSentencing,
                Some(s) => {
                    let at = Circumstances {
                        convicted: case.stage.is_convicted(),
                        as_of: case.as_of,
                        one_year_base: self.a.open.one_year_base,
                        boundary: self.a.open.boundary,
                        later_term: self.a.open.later_term,
                        credit: (self.credit.days, self.credit.hours, self.credit.amount),
                    };
                    let c = self.take(None, art3_part3_reduction::cut_sentence(s, cut, at, p));
                    r = c.result;
                    if let Some(completed) = c.completed {
                        let found = art79_record::after_completed(category, s, completed, age, p);
                        r.figures.record = Some(self.take(None, found));
                    }
                    r.outcome
                }
            },
            OffenceEffect::NotCovered | OffenceEffect::Excluded | OffenceEffect::Unknown => {
                Outcome::NeedsReview
            }
        };
        (Some(category), r)
    }

    /// The offender's minority for the record periods of offence `i` (CC Art. 89).
    fn record_age(&mut self, i: usize) -> RecordAge {
        let (case, a) = (self.case, self.a);
        let (committed, rule) = (case.offences[i].committed_on, &self.p.cc_art80_minors);
        let found = art79_record::age_for_record(
            case.birth_date,
            committed,
            a.minor[i],
            a.open.age_counting,
            rule,
        );
        self.take(Some(i), found)
    }

    /// The record once the term imposed (credited) is served, the periods by offence `i`'s
    /// offender's age; none for a misdemeanour (CC Art. 79 part 2).
    fn record_after_term(&mut self, category: Category, i: usize) -> Record {
        if art79_record::leaves_none(category) {
            return Record::NoRecord;
        }
        let (end, age) = (self.imposed_end(), self.record_age(i));
        let found = art79_record::record(category, self.case.sentence.as_ref(), end, age, self.p);
        self.take(None, found)
    }

    /// The dates every covered result gives, and the help for those released from custody.
    pub(super) fn closing_steps(&mut self, outcome: Outcome) {
        let (p, sentence) = (self.p, self.case.sentence.as_ref());
        let deadline = art3_part5_deadline::note(outcome, p);
        let help = art3_part6_social_help::help(outcome, sentence, &p.art3_part6_social_help);
        for note in deadline.into_iter().chain(help) {
            self.note(None, note);
        }
    }
}
