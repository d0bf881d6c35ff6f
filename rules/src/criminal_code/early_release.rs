//! The arithmetic the early releases share (CC Arts. 64, 72, 73, 86, 87): the first day on which
//! a part of a term has been actually served, counting credited custody as served. A part of a
//! term is taken as the cut of a term is (`convention/term_arithmetic.rs`), except that a
//! fraction of a day is counted as a whole day: the law asks for "not less than" the part.

use chrono::{Days, NaiveDate};

use crate::case::Sentence;
use crate::criminal_code::{art64_probation_cancel, art72_parole, art73_replacement, art79_record};
use crate::decision::{EarlyKind, EarlyRelease, EarlyReleases, WarningDetail};
use crate::finding::{Found, Notes};
use crate::pack::{ProvisionId, Provisions};
use crate::term::{add_months, Term};
use crate::vocab::{Category, Fraction, Punishment};

/// The part of `term` to serve, rounded up to a whole day.
pub fn part_of(term: Term, fraction: Fraction, days_per_month: u32) -> Term {
    let share = term.share(fraction, days_per_month);
    let mut part = share.value;
    if share.rounded {
        part.days += 1;
    }
    part
}

/// The first day after `part` has been served from `start`, with `credit_days` held before
/// counted as served.
pub fn first_day_after(start: NaiveDate, part: Term, credit_days: u32) -> Option<NaiveDate> {
    let after = match part.last_day(start) {
        Some(last) => last.succ_opt()?,
        None => start,
    };
    after.checked_sub_days(Days::new(u64::from(credit_days)))
}

/// The first day after `months` have been served from `start`, credit counted as served.
pub fn after_months(start: NaiveDate, months: u32, credit_days: u32) -> Option<NaiveDate> {
    add_months(start, months)?.checked_sub_days(Days::new(u64::from(credit_days)))
}

/// The fraction for a category from a provision's shares, where it gives one.
pub fn share_for(
    category: Category,
    shares: &crate::pack::Shares,
    plea: bool,
    attempt_on_life: bool,
) -> Option<Fraction> {
    match category {
        Category::Misdemeanour | Category::Small | Category::Medium => Some(shares.small_or_medium),
        Category::Grave if plea => shares.plea_grave.or(Some(shares.grave)),
        Category::Grave => Some(shares.grave),
        Category::EspeciallyGrave => {
            let base = shares.especially_grave?;
            if plea {
                return shares.plea_especially_grave.or(Some(base));
            }
            Some(if attempt_on_life {
                shares.especially_grave_life.unwrap_or(base)
            } else {
                base
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::d;

    #[test]
    fn half_of_two_years_served_from_the_first_day() {
        let half = Fraction::new(1, 2);
        let part = part_of(Term::new(2, 0, 0), half, 30);
        assert_eq!(part, Term::new(1, 0, 0));
        assert_eq!(
            first_day_after(d(2022, 6, 20), part, 0),
            Some(d(2023, 6, 20))
        );
        assert_eq!(
            first_day_after(d(2022, 6, 20), part, 10),
            Some(d(2023, 6, 10))
        );
        let third = Fraction::new(1, 3);
        // A third of 1 year 1 month is 4 months 10 days, rounded up from 4 months 10 days exactly.
        assert_eq!(part_of(Term::new(1, 1, 0), third, 30), Term::new(0, 4, 10));
        // A third of 1 month is 10 days; of 1 month 1 day, 10⅓ → 11 days.
        assert_eq!(part_of(Term::new(0, 1, 1), third, 30), Term::new(0, 0, 11));
        assert_eq!(after_months(d(2022, 6, 20), 6, 0), Some(d(2022, 12, 20)));
    }
}

/// The early releases open after the verdict, and the next steps.
#[derive(Clone, Debug, Default)]
pub struct AfterVerdict {
    pub early: EarlyReleases,
    pub next_steps: Vec<crate::decision::Petition>,
}

/// The early releases open to a person serving `s` (the sentence `sentence`): parole (CC Arts.
/// 72, 86: imprisonment, restriction of freedom and a minor's correctional works), replacement
/// (Arts. 73, 87: real imprisonment) and cancelling a conditional sentence (Art. 64), each with
/// the record after it; `minor` is `None` where no one says whether the crime was committed under
/// 18 (an adult is then taken, and warned of where a date is given). The next steps are the
/// procedure's (`cpc_art476_procedure.rs`).
pub fn after_verdict(
    s: &Serving,
    sentence: &Sentence,
    excluded: art72_parole::Excluded,
    minor: Option<bool>,
    p: &Provisions,
) -> Found<AfterVerdict> {
    let mut notes = Notes::default();
    let record = |e: &EarlyRelease| {
        let day = e.eligible_on?;
        art79_record::after_early_release(day, s.punishment, s.category?, minor, p)
    };
    let mut parole = notes.take(art72_parole::parole(s, excluded, p));
    parole.record = record(&parole);
    let mut replacement = notes.take(art73_replacement::replacement(s, excluded.group, p));
    replacement.record = record(&replacement);
    let cancel = art64_probation_cancel::probation_cancel(s, sentence.probation_months, p);
    let probation_cancel = cancel.map(|found| notes.take(found));
    let dated = |e: &EarlyRelease| e.eligible_on.is_some();
    if (dated(&parole) || dated(&replacement)) && minor.is_none() {
        let rule = &p.cc_art86_parole_minors;
        notes.warn(rule.caution(
            ProvisionId::CcArt86ParoleMinors,
            WarningDetail::AdultAssumedForEarlyRelease,
        ));
    }
    let serves = matches!(
        s.punishment,
        Punishment::Imprisonment | Punishment::RestrictionOfFreedom
    ) || (minor == Some(true) && s.punishment == Punishment::CorrectionalWorks);
    let real_prison = s.punishment == Punishment::Imprisonment && !s.conditional;
    let early = EarlyReleases {
        parole: serves.then_some(parole),
        replacement: real_prison.then_some(replacement),
        probation_cancel,
    };
    let after = AfterVerdict {
        early,
        next_steps: Vec::new(),
    };
    Found::with(after, notes)
}

/// What an early release is worked out from.
#[derive(Clone, Copy, Debug)]
pub struct Serving {
    pub punishment: crate::vocab::Punishment,
    pub conditional: bool,
    pub start: Option<NaiveDate>,
    /// The term imposed, and the term as the amnesty cut it (where it did).
    pub imposed: Option<Term>,
    pub cut: Option<Term>,
    /// Custody credited, in days.
    pub credit_days: u32,
    /// The gravest offence's category, where known.
    pub category: Option<Category>,
    /// The crime was committed under 18 (Arts. 86, 87, 63 part 3).
    pub minor: bool,
    pub facts: crate::case::ParoleFacts,
    /// The amnesty frees the person; the release day under the result, where there is one.
    pub frees: bool,
    /// A court has yet to set the new aggregate punishment (`awaits_aggregate`).
    pub awaits_aggregate: bool,
    pub release_on: Option<NaiveDate>,
    /// The reading of which term the fraction is taken of.
    pub base: crate::pack::OneYearBase,
    /// The day the cut exists from (the law's entry into force): a part of the cut term is
    /// served no earlier.
    pub cut_from: NaiveDate,
    pub days_per_month: u32,
}

impl Serving {
    /// What the sentence `s` and the pack give of it; the rest is the result's (the term as cut,
    /// the credit, the category, the person's age and facts, the release) and set by the caller.
    pub fn of(s: &Sentence, p: &Provisions) -> Serving {
        Serving {
            punishment: s.punishment,
            conditional: s.conditional,
            start: s.start,
            imposed: s.measure.term(),
            cut: None,
            credit_days: 0,
            category: None,
            minor: false,
            facts: crate::case::ParoleFacts::default(),
            frees: false,
            awaits_aggregate: false,
            release_on: None,
            base: crate::open::parole_base::first(&p.open_parole_base),
            cut_from: p.art4_in_force.value.date,
            days_per_month: p
                .convention_term_arithmetic
                .value
                .days_per_month_for_fractions,
        }
    }

    /// What the result `r` gives of it: the term as cut, where the amnesty cut an offence's main
    /// punishment; whether it frees him; his release — where the amnesty does not release him,
    /// the last day of the term with the custody credited, `imposed_end`.
    pub fn under(
        self,
        r: &crate::decision::Reading,
        offences: &[crate::decision::OffenceDecision],
        imposed_end: Option<NaiveDate>,
    ) -> Serving {
        use crate::decision::OffenceEffect::MainPunishmentCut;
        let cut = offences
            .iter()
            .any(|o| matches!(o.effect, MainPunishmentCut { .. }));
        Serving {
            cut: r.figures.term().filter(|_| cut),
            frees: r.outcome.frees(),
            awaits_aggregate: awaits_aggregate(r, offences),
            release_on: r.figures.release_on.or(imposed_end),
            ..self
        }
    }

    /// The term the fraction is taken of under `base`: the cut term where the amnesty cut it.
    pub fn term_on(&self, base: crate::pack::OneYearBase) -> Option<Term> {
        match base {
            crate::pack::OneYearBase::Reduced => self.cut.or(self.imposed),
            crate::pack::OneYearBase::Imposed => self.imposed,
        }
    }
}

/// Under the result `r`, a court has yet to set the new aggregate punishment of a sentence whose
/// offences the amnesty changed (cut, or freed from): the term imposed is no longer the one
/// served, and the new one is the court's (CC Art. 58, with its range in the decision).
pub fn awaits_aggregate(
    r: &crate::decision::Reading,
    offences: &[crate::decision::OffenceDecision],
) -> bool {
    use crate::decision::OffenceEffect::{
        CutAtSentencing, MainPunishmentCut, ReleasedFromPunishment,
    };
    r.outcome == crate::decision::Outcome::NeedsReview
        && offences.iter().any(|o| {
            matches!(
                o.effect,
                MainPunishmentCut { .. } | CutAtSentencing { .. } | ReleasedFromPunishment
            )
        })
}

/// An early release of `kind` under `provision`, with no date and the reason.
pub fn unavailable(
    kind: crate::decision::EarlyKind,
    provision: crate::pack::ProvisionId,
    cite: crate::vocab::Citation,
    reason: crate::decision::Unavailable,
    base: crate::pack::OneYearBase,
) -> crate::decision::EarlyRelease {
    crate::decision::EarlyRelease {
        kind,
        provision,
        cite,
        eligible_on: None,
        fraction: None,
        of_term: None,
        base,
        other_reading: None,
        other_reading_after_release: false,
        six_month_floor: false,
        shall: None,
        unavailable: Some(reason),
        record: None,
    }
}

/// The day under the other reading of the term a part is taken of (`open/parole_base.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OtherDay {
    /// Both readings give the same day (or the other has no term to take it of).
    Same,
    /// The other reading's day, before the release.
    On(NaiveDate),
    /// The other reading's day falls on or after the release: no early release in it.
    NotBeforeRelease,
}

impl OtherDay {
    /// The readings differ: the date rests on the open question.
    pub fn differs(self) -> bool {
        self != OtherDay::Same
    }

    /// The other reading's day, where it is one before the release.
    pub fn day(self) -> Option<NaiveDate> {
        match self {
            OtherDay::On(day) => Some(day),
            OtherDay::Same | OtherDay::NotBeforeRelease => None,
        }
    }
}

/// An early release of `kind` under `provision` (cited `cite`) from `on`, after `fraction` of
/// `term` (`floored`: a floor of months served set the day; `other`: the day under the other
/// reading of the term), of the term `base` reads, where the court `shall` or may release.
pub fn available(
    (kind, provision, cite): (EarlyKind, ProvisionId, crate::vocab::Citation),
    fraction: Fraction,
    (on, term, floored, other): (NaiveDate, Term, bool, OtherDay),
    base: crate::pack::OneYearBase,
    shall: Option<bool>,
) -> EarlyRelease {
    EarlyRelease {
        kind,
        provision,
        cite,
        eligible_on: Some(on),
        fraction: Some(fraction),
        of_term: Some(term),
        base,
        other_reading: other.day(),
        other_reading_after_release: other == OtherDay::NotBeforeRelease,
        six_month_floor: floored,
        shall,
        unavailable: None,
        record: None,
    }
}

/// The date after `fraction` of the term (each reading of which term), with a floor of
/// `floor_months` actually served where there is one; `None` where the dates are not known.
/// The other reading's day is judged against the release as the first's is: on or after it,
/// there is no early release in that reading.
pub fn dated(
    s: &Serving,
    fraction: Fraction,
    floor_months: Option<u32>,
) -> Option<(NaiveDate, Term, bool, OtherDay)> {
    let start = s.start?;
    let on = |base| {
        let term = s.term_on(base)?;
        let part = part_of(term, fraction, s.days_per_month);
        let mut by_fraction = first_day_after(start, part, s.credit_days)?;
        if base == crate::pack::OneYearBase::Reduced && s.cut.is_some() {
            // The cut term exists only once the law is in force.
            by_fraction = by_fraction.max(s.cut_from);
        }
        let floor = floor_months.and_then(|m| after_months(start, m, s.credit_days));
        Some(match floor.filter(|f| *f > by_fraction) {
            Some(floor) => (floor, term, true),
            None => (by_fraction, term, false),
        })
    };
    let (first, term, floored) = on(s.base)?;
    let other = match on(crate::open::one_year_base::other(s.base)) {
        Some((day, _, _)) if day == first => OtherDay::Same,
        Some((day, _, _)) if s.release_on.is_some_and(|release| day >= release) => {
            OtherDay::NotBeforeRelease
        }
        Some((day, _, _)) => OtherDay::On(day),
        None => OtherDay::Same,
    };
    Some((first, term, floored, other))
}

/// The step of a date that differs with the term it is taken of: it rests on that open question
/// (`open/parole_base.rs`), and is as sure as it.
pub fn on_open_base(note: crate::finding::Note) -> crate::finding::Note {
    crate::finding::Note {
        provision: crate::pack::ProvisionId::OpenParoleBase,
        ..note
    }
    .sure_as(crate::vocab::Status::Open)
}
