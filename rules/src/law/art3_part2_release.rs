//! Law No. 152-VII, Art. 3 part 2 — convicts are released. Status: VERIFIED.
//!
//! Convicts of listed criminal misdemeanours and crimes of small or medium gravity are released
//! from the punishment — the main one and any additional one — or from serving the rest of it. A
//! convict is still under punishment on the day the law came into force unless the term imposed
//! had ended before that day; a punishment without a term (hours, an amount) is as the stage
//! says: serving or served.

use chrono::NaiveDate;

use crate::case::Stage;
use crate::decision::{OffenceEffect, StepDetail, WarningDetail};
use crate::finding::Found;
use crate::law::{art3_part3_reduction, art3_part4_expungement, art4_in_force};
use crate::pack::{Categories, InForce, ProvisionId, Provisions, Rule};
use crate::vocab::{Category, Punishment};

const ID: ProvisionId = ProvisionId::Art3Part2Release;

/// Whether a convict was still under the punishment when the law came into force; said (Art. 4)
/// when the term was already over. A punishment without a term at the stage "served" is taken
/// as paid or worked before the law, and the result says so (no date tells it).
pub fn still_under_punishment(
    stage: Stage,
    imposed_end: Option<NaiveDate>,
    punishment: Option<Punishment>,
    in_force: &Rule<InForce>,
) -> Found<bool> {
    if !stage.is_convicted() {
        return Found::silent(false);
    }
    match imposed_end {
        Some(end) => match art4_in_force::served_before_law(end, in_force) {
            Some(note) => Found::noted(false, note),
            None => Found::silent(true),
        },
        None => {
            let mut found = Found::silent(stage == Stage::Serving);
            let untimed = punishment.filter(|p| p.measured() != crate::vocab::Measured::Term);
            if let (Stage::Served, Some(punishment)) = (stage, untimed) {
                let detail = WarningDetail::ServedAssumed { punishment };
                found
                    .notes
                    .warn(in_force.caution(ProvisionId::Art4InForce, detail));
            }
            found
        }
    }
}

/// Whether a convict still under punishment is released for an offence of this category.
pub fn releases(category: Category, rule: &Rule<Categories>) -> Found<bool> {
    if rule.value.contains(&category) {
        Found::noted(
            true,
            rule.note(ID, StepDetail::ReleasedFromPunishment { category }),
        )
    } else {
        Found::silent(false)
    }
}

/// What the law does to an offence of a convict still under punishment: released, with the
/// record expunged or none (Art. 3 part 4, CC Art. 79 part 2), or the punishment cut (part 3).
pub fn effect(category: Category, p: &Provisions) -> Found<(OffenceEffect, ProvisionId)> {
    let mut found = releases(category, &p.art3_part2_release);
    if !found.value {
        return art3_part3_reduction::effect(category, true, &p.art3_part3_reduction);
    }
    let record = &p.art3_part4_expungement;
    let record = art3_part4_expungement::after_release(category, record, &p.cc_art79_record);
    found.notes.step(record);
    found.map(|_| (OffenceEffect::ReleasedFromPunishment, ID))
}

/// What Art. 3 does to a covered offence of `category`, by the stage: a pending case is closed or
/// goes on to a cut sentence (part 1); a convict still under punishment is released or has it cut
/// (part 2, part 3); a sentence served before the law leaves the record (part 4).
pub fn effect_by_stage(
    stage: Stage,
    sentenced: bool,
    under_punishment: bool,
    category: Category,
    p: &Provisions,
) -> Found<(OffenceEffect, ProvisionId)> {
    if !stage.is_convicted() {
        crate::law::art3_part1_pending_cases::effect(stage, category, sentenced, p)
    } else if under_punishment {
        effect(category, p)
    } else {
        let rule = &p.art3_part4_expungement;
        art3_part4_expungement::after_serving(category, rule, &p.cc_art79_record)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::RulePack;

    #[test]
    fn a_term_over_before_the_law_is_served() {
        let p = &RulePack::embedded().provisions;
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        let prison = Some(Punishment::Imprisonment);
        let under = |stage, end, punishment| {
            still_under_punishment(stage, end, punishment, &p.art4_in_force)
        };
        assert!(!under(Stage::Serving, d(2022, 11, 2), prison).value);
        assert!(under(Stage::Served, d(2022, 11, 3), prison).value);
        assert!(under(Stage::Serving, None, prison).value);
        assert!(!under(Stage::Trial, None, prison).value);
        // A fine "served": paid before the law, as assumed, and said.
        let fine = under(Stage::Served, None, Some(Punishment::Fine));
        assert!(!fine.value);
        assert_eq!(
            fine.notes.warnings()[0].detail,
            WarningDetail::ServedAssumed {
                punishment: Punishment::Fine
            }
        );
        assert!(releases(Category::Misdemeanour, &p.art3_part2_release).value);
        assert!(!releases(Category::Grave, &p.art3_part2_release).value);
    }
}
