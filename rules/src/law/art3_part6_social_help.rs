//! Law No. 152-VII, Art. 3 part 6 — help for released persons. Status: VERIFIED.
//!
//! The Government and local executive bodies help persons released from institutions with work
//! and social help, and place those without a home in resocialisation centres.

use crate::vocab::Punishment;

/// Whether the person leaves an institution under the amnesty.
pub fn applies(punishment: Punishment, released: bool) -> bool {
    released && punishment.in_custody()
}
