//! Law No. 152-VII of 2 November 2022 "On Amnesty", one provision per file. Each file opens with
//! its citation and status, says in plain words what the provision does, and implements it as
//! pure functions from facts and the provision's rule (from the pack) to a typed result with the
//! notes it contributes (`finding.rs`). The engine, not the provisions, assembles the trace.

pub mod art1_context;
pub mod art1_list;
pub mod art1_period;
pub mod art2_exceptions;
pub mod art2_exclusions;
pub mod art2_item8_recidivism;
pub mod art3_no_conditions;
pub mod art3_part1_pending_cases;
pub mod art3_part2_release;
pub mod art3_part3_one_year_rule;
pub mod art3_part3_reduction;
pub mod art3_part4_expungement;
pub mod art3_part5_deadline;
pub mod art3_part6_social_help;
pub mod art4_in_force;
