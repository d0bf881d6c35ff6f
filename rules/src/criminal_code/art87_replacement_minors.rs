//! Criminal Code, Art. 87 part 1 — replacing a minor's unserved imprisonment. Status: VERIFIED
//! (text as amended to 2020).
//!
//! For a crime committed under 18, without malicious violations, the unserved part of
//! imprisonment shall be replaced by restriction of freedom after actually serving a fifth
//! (small or medium crimes), a quarter (grave), a third (especially grave), or half (especially
//! grave linked to an attempt on life); crimes in a criminal group included (part 2). The date is
//! worked out as for Art. 73 (`art73_replacement.rs`); this file gives the minors' parts.

use crate::pack::{Provisions, Shares};

/// The parts for a crime committed under 18.
pub fn shares(p: &Provisions) -> &Shares {
    &p.cc_art87_replacement_minors.value
}
