//! The calculator's own conventions where the law is silent, each with its status (open) and its
//! source in the pack, and said in every result that rests on it.

pub mod release_day;
pub mod term_arithmetic;
