//! The questions the law's text leaves open. Each file says what the question is, which reading
//! comes first (from the pack) and what the others are; the engine computes every reading and
//! shows each one that changes the result.

pub mod age_counting;
pub mod one_year_base;
pub mod several_offences;
