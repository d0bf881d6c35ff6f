//! The Criminal Code of 3 July 2014, as it stood in January 2022: the provisions the amnesty
//! leans on, one per file, with their figures from the pack.

pub mod art11_categories;
pub mod art40_punishments;
pub mod art52_within_sanction;
pub mod art58_several_offences;
pub mod art79_record;
pub mod art80_minors;
