//! The questions the law's text leaves open. Each file says what the question is, which reading
//! comes first (from the pack) and what the others are; the engine computes every reading and
//! shows each one that changes the result.

pub mod age_counting;
pub mod half_day;
pub mod one_year_base;
pub mod one_year_boundary;
pub mod parole_base;
pub mod several_offences;
pub mod taken;
pub mod term_began_after_law;
