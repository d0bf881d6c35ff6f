//! The one-year rule and a term that began after the law came into force (Law No. 152-VII,
//! Art. 3 part 3, second paragraph). Status: OPEN (legal review).
//!
//! The rule asks what a convict had left to serve on the day the law came into force. A person
//! whose term began later was not serving it that day; the text neither includes nor excludes
//! him. The pack's first reading (as the calculator has always read it): the rule does not
//! apply, the cut term runs. The other: what was left that day was the whole cut term, tested
//! as any other; if it passes, he is released on the term's first day. Both are computed; the
//! other is shown where it changes the result.

use crate::pack::LaterTerm;

/// The other reading.
pub fn other(reading: LaterTerm) -> LaterTerm {
    match reading {
        LaterTerm::NotApplied => LaterTerm::Applied,
        LaterTerm::Applied => LaterTerm::NotApplied,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_readings() {
        assert_eq!(other(LaterTerm::NotApplied), LaterTerm::Applied);
        assert_eq!(other(other(LaterTerm::Applied)), LaterTerm::Applied);
    }
}
