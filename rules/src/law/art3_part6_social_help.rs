//! Law No. 152-VII, Art. 3 part 6 — help for released persons. Status: VERIFIED.
//!
//! The Government and local executive bodies help persons released from institutions with work
//! and social help, and place those without a home in resocialisation centres. It concerns a
//! person who leaves custody (imprisonment or arrest, not a conditional sentence) under the
//! amnesty.

use crate::case::Sentence;
use crate::decision::{Outcome, StepDetail};
use crate::finding::Note;
use crate::pack::{ProvisionId, Rule};

/// The step saying so, when the person leaves an institution under the amnesty.
pub fn help(outcome: Outcome, sentence: Option<&Sentence>, rule: &Rule<()>) -> Option<Note> {
    let released = matches!(
        outcome,
        Outcome::ReleaseFromPunishment
            | Outcome::Release
            | Outcome::TermReduced
            | Outcome::ReleaseAtSentencing
    );
    let leaves_custody = sentence.is_some_and(|s| !s.conditional && s.punishment.in_custody());
    (released && leaves_custody)
        .then(|| rule.note(ProvisionId::Art3Part6SocialHelp, StepDetail::SocialHelp))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::Measure;
    use crate::pack::RulePack;
    use crate::term::Term;
    use crate::vocab::Punishment;

    #[test]
    fn only_those_leaving_custody() {
        let rule = &RulePack::embedded().provisions.art3_part6_social_help;
        let prison = crate::case::sentence(
            Punishment::Imprisonment,
            Measure::Term(Term::new(2, 0, 0)),
            None,
        );
        assert!(help(Outcome::Release, Some(&prison), rule).is_some());
        assert!(help(Outcome::ConvictionExpunged, Some(&prison), rule).is_none());
        let conditional = Sentence {
            conditional: true,
            ..prison.clone()
        };
        assert!(help(Outcome::Release, Some(&conditional), rule).is_none());
        let fine = Sentence {
            punishment: Punishment::Fine,
            measure: Measure::Amount(10),
            ..prison
        };
        assert!(help(Outcome::Release, Some(&fine), rule).is_none());
        assert!(help(Outcome::ReleaseFromPunishment, None, rule).is_none());
    }
}
