//! Conditional sentences under Law No. 152-VII Art. 3 part 3 — reported practice. Status:
//! REPORTED (legal brief §6).
//!
//! The law does not say how a cut applies to a conditional sentence. At a 2022 trial in Taraz a
//! prosecutor asked for the 3/4 cut of a conditional term of 3 years (to 9 months) for a
//! participant under CC Art. 272 part 2, as for a real term. The calculator does the same, one-year
//! rule included, and marks the result reported. (For small and medium crimes the law's release
//! applies to a conditional sentence as to any other.)

/// Whether a sentence is cut as a real term under the reported practice.
pub fn cut_as_real_term(conditional: bool) -> bool {
    conditional
}
