//! Criminal Code, Art. 40–46 — the main punishments and the longest of each for one crime. Status:
//! VERIFIED (the Code as of January 2022).
//!
//! Each article of the General Part on a main punishment sets its range: correctional works
//! (Art. 42 part 3), community service (Art. 43 part 2), restriction of freedom (Art. 44 part 1),
//! arrest (Art. 45 part 2), imprisonment (Art. 46 part 3, the longest for an especially grave
//! crime). A fine may be a multiple of a sum (Art. 41 part 2), so it has no general maximum here.
//! The calculator measures a sentence against these only where the offence's own sanction is not
//! in the pack (an article off the law's list).

use crate::case::Measure;
use crate::pack::{GeneralLimits, Limit};
use crate::term::Term;
use crate::vocab::{Citation, Punishment};

/// The longest the General Part allows of a punishment for one crime, with the part that says
/// so; `None` for a fine.
pub fn general_maximum(
    punishment: Punishment,
    limits: &GeneralLimits,
) -> Option<(Measure, Citation)> {
    let in_years = |l: &Limit| (Measure::Term(Term::new(u32::from(l.max), 0, 0)), l.cite);
    let in_days = |l: &Limit| (Measure::Term(Term::new(0, 0, u32::from(l.max))), l.cite);
    let counted = |l: &Limit| u32::from(l.max);
    Some(match punishment {
        Punishment::Imprisonment => in_years(&limits.imprisonment_years),
        Punishment::RestrictionOfFreedom => in_years(&limits.restriction_of_freedom_years),
        Punishment::Arrest => in_days(&limits.arrest_days),
        Punishment::CommunityService => {
            let l = &limits.community_service_hours;
            (Measure::Hours(counted(l)), l.cite)
        }
        Punishment::CorrectionalWorks => {
            let l = &limits.correctional_works_mci;
            (Measure::Amount(counted(l)), l.cite)
        }
        Punishment::Fine => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::RulePack;

    #[test]
    fn each_main_punishment_but_a_fine_has_its_general_maximum() {
        let limits = &RulePack::embedded().provisions.cc_art40_punishments.value;
        for punishment in Punishment::ALL {
            let found = general_maximum(punishment, limits);
            assert_eq!(
                found.is_none(),
                punishment == Punishment::Fine,
                "{punishment:?}"
            );
            if let Some((measure, cite)) = found {
                assert!(cite.part.is_some(), "{punishment:?} names its part");
                let unit = match measure {
                    Measure::Term(t) => t.is_zero(),
                    Measure::Hours(n) | Measure::Amount(n) => n == 0,
                    Measure::Unstated => true,
                };
                assert!(!unit, "{punishment:?} has a maximum");
            }
        }
    }
}
