//! The headline for the person: the offences' effects made one, the new punishment and its
//! dates, the release, the record, and the dates every covered result gives.

use chrono::NaiveDate;

use super::pass::{Figures, Pass};
use crate::case::{Measure, Sentence};
use crate::convention::{release_day, term_arithmetic};
use crate::criminal_code::art79_record::{self, RecordAge};
use crate::criminal_code::art80_minors;
use crate::decision::{OffenceDecision, OffenceEffect, OneYearSkip, Outcome, Record};
use crate::law::{
    art3_part1_pending_cases, art3_part3_one_year_rule as one_year, art3_part3_reduction,
    art3_part4_expungement, art3_part5_deadline, art3_part6_social_help, art4_in_force,
};
use crate::open::several_offences::{self, Combined};
use crate::practice::conditional_sentences;
use crate::term::Term;
use crate::vocab::{Category, Fraction, Measured};

impl Pass<'_, '_> {
    pub(super) fn headline(&mut self, offences: &[OffenceDecision]) -> Figures {
        if offences.iter().any(|o| o.effect == OffenceEffect::Unknown) {
            return Figures::only(Outcome::NeedsReview);
        }
        // Every offence is decided now: each covered one has its category.
        let gravest = offences
            .iter()
            .enumerate()
            .filter(|(_, o)| o.effect != OffenceEffect::NotCovered)
            .filter_map(|(i, o)| Some((i, o.category?, o.effect)))
            .max_by_key(|(_, category, _)| *category);
        let Some((gravest, category, effect)) = gravest else {
            return Figures::only(Outcome::NotCovered);
        };
        let (case, p) = (self.case, self.p);
        let effects: Vec<OffenceEffect> = offences.iter().map(|o| o.effect).collect();
        let found = several_offences::combine(
            &effects,
            (effect, category),
            self.a.whole_as_gravest,
            case.sentence.is_some(),
            &p.open_several_offences,
        );
        let effect = match self.take(None, found) {
            Combined::Whole(effect) => effect,
            Combined::PendingDiffer => {
                let rule = &p.art3_part1_pending_cases;
                if let Some(note) = art3_part1_pending_cases::partly_closed(&effects, rule) {
                    self.note(None, note);
                }
                return Figures {
                    category: Some(category),
                    ..Figures::only(Outcome::PartlyCovered)
                };
            }
            Combined::SentencedDiffer => return Figures::only(Outcome::NeedsReview),
        };
        let age = self.record_age(gravest);
        let mut f = Figures {
            category: Some(category),
            ..Figures::only(Outcome::NeedsReview)
        };
        f.outcome = match effect {
            OffenceEffect::CaseClosed => {
                f.record = Some(art3_part1_pending_cases::RECORD);
                Outcome::ReleaseFromLiability
            }
            OffenceEffect::CutAtSentencing { .. } => Outcome::ReductionAtSentencing,
            OffenceEffect::ReleasedFromPunishment => {
                f.release_on = Some(self.release_day());
                f.record = Some(art3_part4_expungement::record_after_release(category));
                Outcome::ReleaseFromPunishment
            }
            OffenceEffect::ConvictionExpunged => {
                f.record = Some(Record::Expunged);
                Outcome::ConvictionExpunged
            }
            OffenceEffect::NothingToApply => {
                f.record = Some(if art79_record::leaves_none(category) {
                    Record::NoRecord
                } else {
                    let end = self.imposed_end();
                    self.record(category, end, age)
                });
                Outcome::NothingToApply
            }
            OffenceEffect::MainPunishmentCut { cut } => {
                return self.cut_sentence(f, category, cut, age);
            }
            OffenceEffect::NotCovered | OffenceEffect::Excluded | OffenceEffect::Unknown => {
                Outcome::NeedsReview
            }
        };
        f
    }

    /// The offender's minority for the record periods of offence `i` (CC Art. 89).
    fn record_age(&mut self, i: usize) -> RecordAge {
        let case = self.case;
        match case.birth_date {
            Some(birth) => {
                let date = case.offences[i].committed_on;
                let rule = &self.p.cc_art80_minors;
                let found = art80_minors::for_record(birth, date, self.a.age_counting, rule);
                RecordAge::Known {
                    minor: self.take(Some(i), found),
                }
            }
            None => self.a.record_age_without_birth(i),
        }
    }

    fn record(
        &mut self,
        category: Category,
        completed: Option<NaiveDate>,
        age: RecordAge,
    ) -> Record {
        let p = self.p;
        let sentence = self.case.sentence.as_ref();
        let found = art79_record::record(
            category,
            sentence,
            completed,
            age,
            &p.cc_art79_record,
            &p.cc_art89_record_minors,
        );
        self.take(None, found)
    }

    /// The day a release under the law takes effect.
    fn release_day(&mut self) -> NaiveDate {
        let p = self.p;
        let start = self.case.sentence.as_ref().and_then(|s| s.start);
        let found = art4_in_force::release_day(start, &p.art4_in_force, &p.art3_part5_deadline);
        self.take(None, found)
    }

    fn released_on_entry(&mut self) -> NaiveDate {
        let p = self.p;
        let found = art4_in_force::released_on_entry(&p.art4_in_force, &p.art3_part5_deadline);
        self.take(None, found)
    }

    fn release_on_last_day(&mut self, end: NaiveDate) -> NaiveDate {
        self.take(
            None,
            release_day::on_last_day(end, &self.p.convention_release_day),
        )
    }

    /// Law Art. 3 part 3 applied to the sentence: the new term, hours or amount, the release, the
    /// record.
    fn cut_sentence(
        &mut self,
        mut f: Figures,
        category: Category,
        cut: Fraction,
        age: RecordAge,
    ) -> Figures {
        let (case, p) = (self.case, self.p);
        let Some(s) = case.sentence.as_ref() else {
            f.outcome = Outcome::ReductionAtSentencing;
            return f;
        };
        let found = conditional_sentences::cut_as_real_term(
            s.conditional,
            &p.practice_conditional_sentences,
        );
        self.take(None, found);
        let reduction = &p.art3_part3_reduction;
        match s.measure {
            Measure::Term(term) => return self.cut_term(f, s, term, category, cut, age),
            Measure::Hours(imposed) | Measure::Amount(imposed) => {
                let arithmetic = &p.convention_term_arithmetic;
                let found = art3_part3_reduction::cut_count(
                    imposed,
                    s.punishment,
                    cut,
                    reduction,
                    arithmetic,
                );
                let new = self.take(None, found);
                if s.punishment.measured() == Measured::Hours {
                    f.new_hours = Some(new);
                } else {
                    f.new_amount = Some(new);
                }
                f.outcome = if new == 0 {
                    f.release_on = Some(self.release_day());
                    Outcome::Release
                } else {
                    Outcome::PunishmentReduced
                };
            }
            Measure::Unstated => {
                self.note(
                    None,
                    art3_part3_reduction::measure_not_stated(s.punishment, cut, reduction),
                );
                f.outcome = Outcome::PunishmentReduced;
            }
        }
        self.note(None, art3_part3_reduction::additional_not_cut(reduction));
        let rule = &p.art3_part3_one_year_rule;
        self.note(None, one_year::not_applicable(OneYearSkip::NotATerm, rule));
        // Nothing left to pay or work: served the day of release; otherwise once served.
        f.record = Some(self.record(category, f.release_on, age));
        f
    }

    fn cut_term(
        &mut self,
        mut f: Figures,
        s: &Sentence,
        term: Term,
        category: Category,
        cut: Fraction,
        age: RecordAge,
    ) -> Figures {
        let (case, p) = (self.case, self.p);
        let (reduction, arithmetic) = (&p.art3_part3_reduction, &p.convention_term_arithmetic);
        let new = self.take(
            None,
            art3_part3_reduction::cut_term(term, cut, reduction, arithmetic),
        );
        self.note(None, art3_part3_reduction::additional_not_cut(reduction));
        f.new_term = Some(new);
        let Some(start) = s.start else {
            f.outcome = Outcome::TermReduced;
            return f;
        };
        let new_end = self.take(None, term_arithmetic::last_day(start, new, arithmetic));
        f.new_end = new_end;
        let in_force = self.in_force();
        let one_year_rule = &p.art3_part3_one_year_rule;
        if !case.stage.is_convicted() {
            self.note(
                None,
                one_year::not_applicable(OneYearSkip::AtTrial, one_year_rule),
            );
            let earliest = in_force.max(case.as_of);
            let found = art3_part3_reduction::at_sentencing(start, new_end, earliest, reduction);
            f.outcome = match self.take(None, found) {
                Some(end) => {
                    f.release_on = Some(self.release_on_last_day(end));
                    Outcome::TermReduced
                }
                None => Outcome::ReleaseAtSentencing,
            };
        } else {
            f.outcome = match new_end {
                // A cut to nothing: the whole punishment is remitted.
                None => {
                    f.release_on = Some(self.release_day());
                    Outcome::Release
                }
                Some(end) if art4_in_force::began_after(start, &p.art4_in_force) => {
                    let skip = one_year::not_applicable(OneYearSkip::BeganAfterLaw, one_year_rule);
                    self.note(None, skip);
                    f.release_on = Some(self.release_on_last_day(end));
                    Outcome::TermReduced
                }
                Some(end) => {
                    match art3_part3_reduction::reduced_term_over(end, in_force, reduction) {
                        Some(over) => {
                            self.note(None, over);
                            f.release_on = Some(self.released_on_entry());
                            Outcome::Release
                        }
                        None => {
                            let imposed_end = term.last_day(start);
                            let base = self.a.one_year_base;
                            let found =
                                one_year::applies(in_force, end, imposed_end, base, one_year_rule);
                            if self.take(None, found) == Some(true) {
                                let released = self.released_on_entry();
                                f.new_term = Term::between(start, released);
                                f.new_end = Some(released);
                                f.release_on = Some(released);
                                Outcome::Release
                            } else {
                                f.release_on = Some(self.release_on_last_day(end));
                                Outcome::TermReduced
                            }
                        }
                    }
                }
            };
        }
        let completed = if s.conditional {
            f.new_end
        } else {
            f.release_on
        };
        f.record = Some(self.record(category, completed, age));
        f
    }

    /// The dates every covered result gives, and the help for those released from custody.
    pub(super) fn closing_steps(&mut self, outcome: Outcome) {
        if !outcome.is_covered() {
            return;
        }
        let p = self.p;
        self.note(
            None,
            art3_part5_deadline::note(self.in_force(), &p.art3_part5_deadline),
        );
        let sentence = self.case.sentence.as_ref();
        if let Some(help) =
            art3_part6_social_help::help(outcome, sentence, &p.art3_part6_social_help)
        {
            self.note(None, help);
        }
    }
}
