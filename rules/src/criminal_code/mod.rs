//! The Criminal Code of 3 July 2014, as it stood in January 2022: the provisions the amnesty
//! leans on, one per file, with their figures from the pack; and the Criminal Procedure Code's
//! courts for what follows a verdict (`cpc_art476_procedure.rs`).

pub mod art11_categories;
pub mod art40_punishments;
pub mod art46_institution;
pub mod art52_within_sanction;
pub mod art58_several_offences;
pub mod art62_custody_credit;
pub mod art64_probation_cancel;
pub mod art72_parole;
pub mod art73_replacement;
pub mod art79_record;
pub mod art80_minors;
pub mod art86_parole_minors;
pub mod art87_replacement_minors;
pub mod cpc_art476_procedure;
pub mod early_release;
