//! Law No. 152-VII, Art. 2 item 8 — recidivism. Status: VERIFIED; at a pending case, OPEN.
//!
//! The law does not apply to anyone whose punishment was imposed under recidivism or dangerous
//! recidivism. It speaks of a punishment imposed: once a court has sentenced the person (serving,
//! served, or at trial with a sentence given). Before that, nothing has been imposed yet; where
//! the case goes on to a sentence (an offence the law does not simply close), the reading that
//! the court establishes recidivism when it sentences is compared.

use crate::case::Recidivism;
use crate::decision::StepDetail;
use crate::finding::{Found, Notes, Raised};
use crate::pack::{ProvisionId, Rule};

const ID: ProvisionId = ProvisionId::Art2Item8Recidivism;

/// Whether the item excludes the person. `imposed`: a punishment has been imposed, or is read as
/// imposed under recidivism; `goes_to_sentencing`: a court is still to sentence.
pub fn excludes(
    recidivism: Recidivism,
    imposed: bool,
    goes_to_sentencing: bool,
    rule: &Rule<()>,
) -> Found<bool> {
    let mut notes = Notes::default();
    let (excludes, detail) = match (recidivism, imposed) {
        (Recidivism::None, _) => (false, StepDetail::NoRecidivism),
        (_, true) => (true, StepDetail::RecidivismExcludes { recidivism }),
        (_, false) => {
            if goes_to_sentencing {
                notes.ask(Raised::RecidivismAtSentencing);
            }
            (false, StepDetail::RecidivismNotYetImposed { recidivism })
        }
    };
    notes.step(rule.note(ID, detail));
    Found::with(excludes, notes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::RulePack;

    #[test]
    fn only_a_punishment_imposed_excludes() {
        let rule = &RulePack::embedded().provisions.art2_item8_recidivism;
        assert!(excludes(Recidivism::Recidivism, true, false, rule).value);
        let pending = excludes(Recidivism::DangerousRecidivism, false, true, rule);
        assert!(!pending.value);
        assert_eq!(
            pending.notes.questions(),
            vec![Raised::RecidivismAtSentencing]
        );
        assert!(!excludes(Recidivism::None, true, false, rule).value);
    }
}
