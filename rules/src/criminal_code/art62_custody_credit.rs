//! Criminal Code, Art. 62 parts 1–4 — credit for custody before the verdict. Status: VERIFIED
//! (text as amended to 2020; the figures were not touched up to November 2022, legal brief §8).
//!
//! Each day held in custody before the verdict takes effect counts toward the punishment: for
//! imprisonment, one day in a maximum (also extraordinary or full) security institution, a day
//! and a half in medium security (also the minors' medium security), two days in minimum
//! security; one day of arrest, two of restriction of freedom, four hours of community service,
//! four MCI of correctional works or a fine (part 3-1). Two days of house arrest count as one day
//! of imprisonment, restriction of freedom or arrest; one day of it as two hours or two MCI
//! (part 4). In crediting, terms are counted in days (parts 1–2). How a half day is counted is
//! open (`open/half_day.rs`).

use crate::case::{Case, Custody, CustodyKind, Institution, Sentence};
use crate::criminal_code::art46_institution::{self, Facts};
use crate::decision::{self, Credited, StepDetail};
use crate::finding::{Found, Notes, Raised};
use crate::open::half_day;
use crate::pack::{CustodyCredit, HalfDay, HalfDayRule, ProvisionId, Provisions, Rule};
use crate::vocab::{Fraction, Measured, Punishment};

const ID: ProvisionId = ProvisionId::CcArt62CustodyCredit;

/// The credit every later date is worked out with: days of a term, hours or an amount, and what
/// the decision shows of it.
#[derive(Clone, Copy, Debug, Default)]
pub struct Credit {
    pub days: u32,
    pub hours: u32,
    pub amount: u32,
    pub shown: Option<decision::CustodyCredit>,
}

/// The custody of the case credited to its sentence (nothing without custody; nothing to a
/// conditional sentence, said), for the institution the verdict names or else as
/// `art46_institution::for_credit` takes it (`facts`, `institution`), a half day as `half` reads.
pub fn of_case(
    case: &Case,
    facts: impl FnOnce(&Sentence) -> Facts,
    institution: Option<Institution>,
    half: HalfDay,
    p: &Provisions,
) -> Found<Credit> {
    if case.custody.is_empty() {
        return Found::silent(Credit::default());
    }
    let (detention_days, house_arrest_days) = days(&case.custody);
    let mut shown = decision::CustodyCredit {
        detention_days,
        house_arrest_days,
        institution: None,
        institution_assumed: false,
        credited: None,
        imposed_end_credited: None,
    };
    let rule = &p.cc_art62_custody_credit;
    let mut notes = Notes::default();
    let mut credit = Credit::default();
    let Some(s) = case.sentence.as_ref() else {
        credit.shown = Some(shown);
        return Found::silent(credit);
    };
    if s.conditional {
        notes.step(rule.note(ID, StepDetail::CustodyNotCredited));
        credit.shown = Some(shown);
        return Found::with(credit, notes);
    }
    let institution = if s.punishment == Punishment::Imprisonment {
        let found = art46_institution::for_credit(s, facts, institution, &p.cc_art46_institution);
        let (level, assumed) = notes.take(found);
        (shown.institution, shown.institution_assumed) = (Some(level), assumed);
        level
    } else {
        Institution::Maximum
    };
    let found = credit_for(&case.custody, s, institution, half, rule, &p.open_half_day);
    let credited = notes.take(found);
    shown.credited = Some(credited);
    match credited {
        Credited::Days { days } => credit.days = days,
        Credited::Hours { hours } => credit.hours = hours,
        Credited::Amount { amount } => credit.amount = amount,
    }
    shown.imposed_end_credited = s
        .imposed_end()
        .map(|end| crate::term::days_before(end, credit.days));
    credit.shown = Some(shown);
    Found::with(credit, notes)
}

/// The days held in detention and under house arrest.
pub fn days(custody: &[Custody]) -> (u32, u32) {
    let count = |kind| {
        custody
            .iter()
            .filter(|c| c.kind == kind)
            .map(Custody::days)
            .sum::<u32>()
    };
    (
        count(CustodyKind::Detention),
        count(CustodyKind::HouseArrest),
    )
}

/// What a day of each kind counts for, in days of a term: detention by the institution (for
/// imprisonment) or the punishment, house arrest two for one.
fn term_ratios(
    punishment: Punishment,
    institution: Institution,
    v: &CustodyCredit,
) -> (Fraction, Fraction) {
    let detention = match (punishment, institution) {
        (Punishment::Imprisonment, Institution::Maximum) => v.detention_maximum,
        (Punishment::Imprisonment, Institution::Medium) => v.detention_medium,
        (Punishment::Imprisonment, Institution::Minimum) => v.detention_minimum,
        (Punishment::RestrictionOfFreedom, _) => v.detention_restriction,
        _ => v.detention_arrest,
    };
    (detention, v.house_arrest_term)
}

/// The custody credited to a sentence that is served (not conditional), with its step; a half
/// day counted as the reading `half` says (the question is asked when there is one).
pub fn credit_for(
    custody: &[Custody],
    s: &Sentence,
    institution: Institution,
    half: HalfDay,
    rule: &Rule<CustodyCredit>,
    half_rule: &Rule<HalfDayRule>,
) -> Found<Credited> {
    let (detention_days, house_arrest_days) = days(custody);
    let v = &rule.value;
    let mut notes = Notes::default();
    let credited = match s.punishment.measured() {
        Measured::Term => {
            let (d, h) = term_ratios(s.punishment, institution, v);
            // Both ratios over one denominator: the credit in its exact fraction of a day.
            let den = u64::from(d.denominator.max(1)) * u64::from(h.denominator.max(1));
            let num = u64::from(detention_days)
                * u64::from(d.numerator)
                * u64::from(h.denominator.max(1))
                + u64::from(house_arrest_days)
                    * u64::from(h.numerator)
                    * u64::from(d.denominator.max(1));
            let whole = num / den;
            let days = if num % den == 0 {
                whole
            } else {
                notes.ask(Raised::HalfDay);
                let counted = half_day::count(whole, half);
                notes.step(half_rule.note(
                    ProvisionId::OpenHalfDay,
                    StepDetail::HalfDayCounted {
                        half_days: u32::try_from(num * 2 / den).unwrap_or(u32::MAX),
                        days: u32::try_from(counted).unwrap_or(u32::MAX),
                        half_day: half,
                    },
                ));
                counted
            };
            Credited::Days {
                days: u32::try_from(days).unwrap_or(u32::MAX),
            }
        }
        Measured::Hours => Credited::Hours {
            hours: detention_days * v.detention_hours + house_arrest_days * v.house_arrest_hours,
        },
        Measured::Amount => Credited::Amount {
            amount: detention_days * v.detention_mci + house_arrest_days * v.house_arrest_mci,
        },
    };
    let imprisonment = s.punishment == Punishment::Imprisonment;
    let step = rule.note(
        ID,
        StepDetail::CustodyCredited {
            detention_days,
            house_arrest_days,
            institution: imprisonment.then_some(institution),
            credited,
        },
    );
    // The step about the credit comes before the one about its half day.
    notes.entries.insert(0, crate::finding::Entry::Step(step));
    Found::with(credited, notes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::Measure;
    use crate::pack::RulePack;
    use crate::term::Term;
    use crate::testing::d;

    #[test]
    fn a_day_and_a_half_in_medium_security_and_house_arrest_two_for_one() {
        let p = &RulePack::embedded().provisions;
        let held = [Custody {
            from: d(2022, 1, 6),
            to: d(2022, 6, 19),
            kind: CustodyKind::Detention,
        }];
        assert_eq!(days(&held), (165, 0));
        let prison = crate::case::sentence(
            Punishment::Imprisonment,
            Measure::Term(Term::new(8, 0, 0)),
            Some(d(2022, 6, 20)),
        );
        let credit = |held: &[Custody], sentence: &Sentence, institution, half| {
            credit_for(
                held,
                sentence,
                institution,
                half,
                &p.cc_art62_custody_credit,
                &p.open_half_day,
            )
        };
        // 165 × 1½ = 247½: the half day counted, or dropped; 2 for 1 and 1 for 1 by the regime.
        for (institution, half, days) in [
            (Institution::Medium, HalfDay::Up, 248),
            (Institution::Medium, HalfDay::Down, 247),
            (Institution::Minimum, HalfDay::Up, 330),
            (Institution::Maximum, HalfDay::Up, 165),
        ] {
            let found = credit(&held, &prison, institution, half);
            assert_eq!(found.value, Credited::Days { days }, "{institution:?}");
        }
        assert_eq!(
            credit(&held, &prison, Institution::Medium, HalfDay::Up)
                .notes
                .questions(),
            vec![Raised::HalfDay]
        );
        let home = [Custody {
            kind: CustodyKind::HouseArrest,
            ..held[0]
        }];
        let hours = Sentence {
            punishment: Punishment::CommunityService,
            measure: Measure::Hours(240),
            ..prison.clone()
        };
        let found = credit(&home, &hours, Institution::Medium, HalfDay::Up);
        assert_eq!(found.value, Credited::Hours { hours: 330 });
    }
}
