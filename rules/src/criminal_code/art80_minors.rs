//! Criminal Code, Art. 80 part 1 — minors. Status: VERIFIED. The day an age is reached: OPEN
//! (`open/age_counting.rs`).
//!
//! A minor is a person who had turned 14 but not yet 18 on the day of the offence. Minority
//! decides the list entry for Art. 272 part 1, the exceptions of Law Art. 2 items 4 and 7, and
//! the record periods (Art. 89). Without a date of birth, where it decides, it is a fact the case
//! lacks: both values are readings.

use chrono::NaiveDate;

use crate::case::Case;
use crate::decision::StepDetail;
use crate::finding::{Found, Notes, Raised};
use crate::open::age_counting;
/// The age on a day, as the open question of counting reads it (the validation checks the age
/// of criminal liability with it).
pub use crate::open::age_counting::age_on;
use crate::pack::{AgeCounting, Minority, ProvisionId, Rule};

const ID: ProvisionId = ProvisionId::CcArt80Minors;

/// Whether the person was a minor on `date` (the lower bound of 14 is the age of criminal
/// liability: nobody younger is before a court).
pub fn is_minor(birth: NaiveDate, date: NaiveDate, adult_age: u8, counting: AgeCounting) -> bool {
    age_on(birth, date, counting) < u32::from(adult_age)
}

/// Whether the offender was a minor on the day of the offence, with the step saying so; on the
/// 18th birthday the count of age decides, and the step is that open question's.
pub fn minority(
    birth: NaiveDate,
    date: NaiveDate,
    counting: AgeCounting,
    rule: &Rule<Minority>,
) -> Found<bool> {
    let mut found = minor_on(birth, date, counting, rule);
    let age = age_on(birth, date, counting);
    let detail = if found.value {
        StepDetail::Minor {
            birth,
            date,
            age,
            counting,
        }
    } else {
        StepDetail::Adult {
            birth,
            date,
            age,
            counting,
        }
    };
    let mut note = rule.note(ID, detail);
    if age_counting::decides(birth, date, rule.value.adult_age) {
        note = age_counting::resting_on_it(note);
    }
    found.notes.step(note);
    found
}

/// Whether the offender was a minor on `date`: from the date of birth, with the step saying so;
/// else as the reading assumes it (`assumed`); else not known, and asked.
pub fn minority_of(
    birth: Option<NaiveDate>,
    date: NaiveDate,
    assumed: Option<bool>,
    counting: AgeCounting,
    rule: &Rule<Minority>,
) -> Found<Option<bool>> {
    match (birth, assumed) {
        (Some(birth), _) => minority(birth, date, counting, rule).map(Some),
        (None, Some(assumed)) => Found::silent(Some(assumed)),
        (None, None) => age_unknown(date, rule).map(|()| None),
    }
}

/// No date of birth, and minority decides: a fact to ask.
pub fn age_unknown(date: NaiveDate, rule: &Rule<Minority>) -> Found<()> {
    let mut notes = Notes::default();
    notes.ask(Raised::Minority);
    notes.step(rule.note(ID, StepDetail::AgeUnknown { date }));
    Found::with((), notes)
}

/// Whether the offender was a minor on `date`, without a step (the record periods say it in
/// their own); on the 18th birthday the count of age is asked.
pub fn minor_on(
    birth: NaiveDate,
    date: NaiveDate,
    counting: AgeCounting,
    rule: &Rule<Minority>,
) -> Found<bool> {
    let adult_age = rule.value.adult_age;
    let mut notes = Notes::default();
    if age_counting::decides(birth, date, adult_age) {
        notes.ask(Raised::AgeCounting);
    }
    Found::with(is_minor(birth, date, adult_age, counting), notes)
}

/// Whether a crime of the case was committed under 18, for the early releases (Arts. 63, 86,
/// 87): from the date of birth, else as `assumed` takes each offence; `None` when nothing says
/// for any offence.
pub fn any_committed_under_18(
    case: &Case,
    assumed: &[Option<bool>],
    counting: AgeCounting,
    rule: &Rule<Minority>,
) -> Option<bool> {
    let mut any = None;
    for (o, assumed) in case.offences.iter().zip(assumed) {
        let minor = match case.birth_date {
            Some(birth) => Some(minor_on(birth, o.committed_on, counting, rule).value),
            None => *assumed,
        };
        any = match (any, minor) {
            (Some(true), _) | (_, Some(true)) => Some(true),
            (None, m) | (m, None) => m,
            _ => Some(false),
        };
    }
    any
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::RulePack;
    use crate::testing::d;

    #[test]
    fn on_the_18th_birthday_the_count_decides() {
        let rule = &RulePack::embedded().provisions.cc_art80_minors;
        let birth = d(2004, 1, 5);
        assert!(is_minor(
            birth,
            d(2022, 1, 5),
            18,
            AgeCounting::DayAfterBirthday
        ));
        assert!(!is_minor(birth, d(2022, 1, 5), 18, AgeCounting::OnBirthday));
        let on_birthday = minority(birth, d(2022, 1, 5), AgeCounting::DayAfterBirthday, rule);
        assert!(on_birthday.value);
        assert_eq!(on_birthday.notes.questions(), vec![Raised::AgeCounting]);
        assert_eq!(
            on_birthday.notes.steps()[0].provision,
            ProvisionId::PracticeAgeCounting
        );
        let after = minority(birth, d(2022, 1, 6), AgeCounting::DayAfterBirthday, rule);
        assert!(!after.value && after.notes.questions().is_empty());
        assert_eq!(after.notes.steps()[0].provision, ID);
    }
}
