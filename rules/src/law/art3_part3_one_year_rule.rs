//! Law No. 152-VII, Art. 3 part 3, second paragraph — the one-year rule. Status: VERIFIED; what
//! "left to serve" is counted on is OPEN (`open/one_year_base.rs`).
//!
//! If on the day the law came into force a convict had no more than one year of the punishment
//! left to serve, the main punishment is cut by the whole unserved part: the person is released
//! that day. "No more than one year" includes exactly one year. The rule speaks of a convict on
//! that day: it does not apply at trial, nor to a term that began after the law came into force,
//! nor to hours or an amount (nothing is "left to serve" in time).

use chrono::NaiveDate;

use crate::convention::release_day;
use crate::decision::{OneYearSkip, StepDetail};
use crate::finding::{Found, Note, Notes, Raised};
use crate::law::{art3_part3_reduction, art4_in_force};
use crate::open::{one_year_base, one_year_boundary};
use crate::pack::{
    BoundaryDay, LaterTerm, OneYearBase, OneYearRule, ProvisionId, Provisions, Rule,
};

const ID: ProvisionId = ProvisionId::Art3Part3OneYearRule;

/// The outcome of the test on one last day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OneYearTest {
    pub met: bool,
    /// The latest last day that passes: the day before the anniversary of entry into force.
    pub latest: NaiveDate,
}

/// Tests a term whose last day is `last_day`, on the day the law came into force; whether that
/// day counts as still to serve or as served is open (`open/one_year_boundary.rs`).
pub fn test(
    in_force: NaiveDate,
    last_day: NaiveDate,
    at_most_months: u32,
    boundary: BoundaryDay,
) -> Option<OneYearTest> {
    let latest = one_year_boundary::latest(in_force, at_most_months, boundary)?;
    Some(OneYearTest {
        met: last_day <= latest,
        latest,
    })
}

/// The readings of the rule's open questions a pass takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Readings {
    pub base: OneYearBase,
    pub boundary: BoundaryDay,
    pub later_term: LaterTerm,
}

/// The rule applied to a convict's cut term ending on `reduced_end` (imposed: `imposed_end`),
/// counted on `base`: whether the person is released on the day the law came into force.
/// `None` when the test cannot be made (a day past the calendar).
pub fn applies(
    in_force: NaiveDate,
    reduced_end: NaiveDate,
    imposed_end: Option<NaiveDate>,
    readings: Readings,
    rule: &Rule<OneYearRule>,
) -> Found<Option<bool>> {
    let mut notes = Notes::default();
    notes.ask(Raised::OneYearBase);
    notes.ask(Raised::OneYearBoundary);
    let base = readings.base;
    let tested = one_year_base::tested_day(base, reduced_end, imposed_end);
    let months = rule.value.at_most_months;
    let Some((end, test)) =
        tested.and_then(|end| Some((end, test(in_force, end, months, readings.boundary)?)))
    else {
        return Found::with(None, notes);
    };
    let latest = test.latest;
    let detail = if test.met {
        StepDetail::OneYearMet {
            in_force,
            end,
            latest,
            base,
        }
    } else {
        StepDetail::OneYearNotMet {
            in_force,
            end,
            latest,
            base,
        }
    };
    notes.step(rule.note(ID, detail));
    Found::with(Some(test.met), notes)
}

/// The rule does not apply, and why.
pub fn not_applicable(reason: OneYearSkip, rule: &Rule<OneYearRule>) -> Note {
    rule.note(ID, StepDetail::OneYearNotApplicable { reason })
}

/// When a convict whose cut term has a last day is released.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConvictRelease {
    /// On the cut term's last day.
    OnLastDay(NaiveDate),
    /// On the day the law came into force: the cut term was already over.
    OnEntry(NaiveDate),
    /// On the day the law came into force, under this rule.
    ByTheRule(NaiveDate),
    /// On the first day of a term that began after the law: with the custody credited, the cut
    /// term was spent before it began.
    OnFirstDay(NaiveDate),
}

/// The release of a convict whose term from `start` was cut to end on `reduced_end`: a term that
/// began after the law came into force runs to its end (the rule does not apply); a cut term
/// already over releases on entry into force; otherwise this rule is tested on `base`.
pub fn release_of_convict(
    start: NaiveDate,
    reduced_end: NaiveDate,
    imposed_end: Option<NaiveDate>,
    readings: Readings,
    p: &Provisions,
) -> Found<ConvictRelease> {
    let (rule, in_force) = (&p.art3_part3_one_year_rule, &p.art4_in_force);
    let mut notes = Notes::default();
    let on_entry = |notes: &mut Notes| {
        notes.take(art4_in_force::released_on_entry(
            in_force,
            &p.art3_part5_deadline,
        ))
    };
    let on_last_day = |notes: &mut Notes| {
        notes.take(release_day::on_last_day(
            reduced_end,
            &p.convention_release_day,
        ))
    };
    let later = art4_in_force::began_after(start, in_force);
    if later {
        notes.ask(Raised::LaterTerm);
    }
    let release = if later && reduced_end < start {
        let spent = StepDetail::SpentInCustody {
            end: reduced_end,
            start,
        };
        notes.step(
            p.art3_part3_reduction
                .note(ProvisionId::Art3Part3Reduction, spent),
        );
        ConvictRelease::OnFirstDay(start)
    } else if later && readings.later_term == LaterTerm::NotApplied {
        notes.step(not_applicable(OneYearSkip::BeganAfterLaw, rule));
        ConvictRelease::OnLastDay(on_last_day(&mut notes))
    } else if later {
        // Read as reaching him: what was left that day was the whole cut term.
        let tested = applies(
            in_force.value.date,
            reduced_end,
            imposed_end,
            readings,
            rule,
        );
        if notes.take(tested) == Some(true) {
            ConvictRelease::ByTheRule(start)
        } else {
            ConvictRelease::OnLastDay(on_last_day(&mut notes))
        }
    } else if let Some(over) = art3_part3_reduction::reduced_term_over(
        reduced_end,
        in_force.value.date,
        &p.art3_part3_reduction,
    ) {
        notes.step(over);
        ConvictRelease::OnEntry(on_entry(&mut notes))
    } else if notes.take(applies(
        in_force.value.date,
        reduced_end,
        imposed_end,
        readings,
        rule,
    )) == Some(true)
    {
        ConvictRelease::ByTheRule(on_entry(&mut notes))
    } else {
        ConvictRelease::OnLastDay(on_last_day(&mut notes))
    };
    Found::with(release, notes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::RulePack;
    use crate::testing::d;

    fn on(base: OneYearBase) -> Readings {
        Readings {
            base,
            boundary: BoundaryDay::DayLeft,
            later_term: LaterTerm::NotApplied,
        }
    }

    #[test]
    fn exactly_one_year_qualifies_and_the_boundary_day_is_open() {
        let in_force = d(2022, 11, 3);
        let left = BoundaryDay::DayLeft;
        assert!(test(in_force, d(2023, 11, 2), 12, left).unwrap().met);
        assert!(!test(in_force, d(2023, 11, 3), 12, left).unwrap().met);
        assert!(
            test(in_force, d(2023, 11, 3), 12, BoundaryDay::DayServed)
                .unwrap()
                .met
        );
        assert!(
            !test(in_force, d(2023, 11, 4), 12, BoundaryDay::DayServed)
                .unwrap()
                .met
        );
        assert_eq!(
            test(in_force, d(2023, 1, 1), 12, left).unwrap().latest,
            d(2023, 11, 2)
        );
    }

    #[test]
    fn a_convict_is_released_on_entry_by_the_rule_or_on_the_last_day() {
        let p = &RulePack::embedded().provisions;
        let start = d(2022, 1, 5);
        let release = |end, base| release_of_convict(start, end, Some(d(2030, 1, 4)), on(base), p);
        let in_force = p.art4_in_force.value.date;
        let over = release(d(2022, 10, 1), OneYearBase::Reduced);
        assert_eq!(over.value, ConvictRelease::OnEntry(in_force));
        assert!(over.notes.questions().is_empty(), "the rule is not tested");
        let by_rule = release(d(2023, 6, 1), OneYearBase::Reduced);
        assert_eq!(by_rule.value, ConvictRelease::ByTheRule(in_force));
        assert_eq!(
            release(d(2023, 6, 1), OneYearBase::Imposed).value,
            ConvictRelease::OnLastDay(d(2023, 6, 1))
        );
        let later_start = d(2023, 1, 1);
        let later = release_of_convict(
            later_start,
            d(2023, 3, 1),
            None,
            on(OneYearBase::Reduced),
            p,
        );
        assert_eq!(later.value, ConvictRelease::OnLastDay(d(2023, 3, 1)));
        let skip = StepDetail::OneYearNotApplicable {
            reason: OneYearSkip::BeganAfterLaw,
        };
        assert_eq!(later.notes.steps()[0].detail, skip);
        assert_eq!(later.notes.questions(), vec![Raised::LaterTerm]);
        // Read as reaching a term that began later: two months left, released on its first day.
        let applied = Readings {
            later_term: LaterTerm::Applied,
            ..on(OneYearBase::Reduced)
        };
        let reached = release_of_convict(later_start, d(2023, 3, 1), None, applied, p);
        assert_eq!(reached.value, ConvictRelease::ByTheRule(later_start));
    }

    #[test]
    fn the_base_decides_which_last_day_is_tested() {
        let rule = &RulePack::embedded().provisions.art3_part3_one_year_rule;
        let (reduced, imposed) = (d(2023, 6, 1), Some(d(2026, 6, 1)));
        let at = |base| applies(d(2022, 11, 3), reduced, imposed, on(base), rule);
        assert_eq!(at(OneYearBase::Reduced).value, Some(true));
        assert_eq!(at(OneYearBase::Imposed).value, Some(false));
        assert_eq!(
            at(OneYearBase::Reduced).notes.questions(),
            vec![Raised::OneYearBase, Raised::OneYearBoundary]
        );
    }
}
