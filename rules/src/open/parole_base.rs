//! What the parts of the early releases are taken of after the amnesty's cut (CC Arts. 64, 72,
//! 73, 86, 87 with Law No. 152-VII Art. 3 part 3). Status: OPEN (legal brief §8).
//!
//! The law cuts "the main punishment imposed"; the Code takes parole's part of "the term of
//! punishment imposed". Whether, after the cut, that is the cut term or the term the verdict
//! imposed is settled by no source found (the Supreme Court's normative resolution No. 6 of
//! 2 October 2015 on parole was not found in full). The pack's first reading takes the cut term;
//! the date under the other is given beside it where it differs
//! (`criminal_code/early_release.rs`). The reading names are those of the one-year rule's base.

use crate::pack::{OneYearBase, Rule, TermBaseRule};

/// The reading taken first.
pub fn first(rule: &Rule<TermBaseRule>) -> OneYearBase {
    rule.value.first_reading
}
