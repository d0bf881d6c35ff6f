//! Criminal Code, Art. 86 part 1 — parole of minors. Status: VERIFIED (text as amended to 2020).
//!
//! A person sentenced to imprisonment, restriction of freedom or correctional works for a crime
//! committed under 18 shall be released on parole, without malicious violations, after actually
//! serving a quarter (small or medium crimes), a third (grave), half (especially grave), or two
//! thirds (especially grave linked to an attempt on life). The date is worked out as for Art. 72
//! (`art72_parole.rs`); this file gives the minors' parts.

use crate::pack::{Provisions, Shares};

/// The parts for a crime committed under 18.
pub fn shares(p: &Provisions) -> &Shares {
    &p.cc_art86_parole_minors.value
}
