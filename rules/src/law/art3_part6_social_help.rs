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
