//! Criminal Code, Art. 73 parts 1–3 — replacing the unserved part by a milder punishment.
//! Status: VERIFIED (text as amended to 2020).
//!
//! A person serving imprisonment for a small, medium or grave crime (not especially grave), with
//! the damage fully repaid or without malicious violations, may have the unserved part replaced
//! by a milder punishment after actually serving a quarter (small or medium) or a third (grave)
//! of the term (part 2). Not for sexual crimes against minors (a minor's against a victim of 14
//! to 18 excepted), terrorist or extremist crimes that caused deaths, crimes in a criminal
//! group. Part 3: a fine at 1 MCI for 4 days of imprisonment (only with the damage repaid), or
//! restriction of freedom day for day. For a crime committed under 18, Art. 87 gives its own
//! parts (`art87_replacement_minors.rs`). Credited custody counts as served; which term the part
//! is taken of after the amnesty's cut is open (`open/parole_base.rs`).

use crate::criminal_code::art87_replacement_minors;
use crate::criminal_code::early_release::{self, Serving};
use crate::decision::{EarlyKind, EarlyRelease, StepDetail, Unavailable};
use crate::finding::{Found, Notes};
use crate::pack::{ProvisionId, Provisions};
use crate::vocab::{Category, Punishment};

const ID: ProvisionId = ProvisionId::CcArt73Replacement;

/// The earliest replacement, or why there is none (`excluded_group`: a group part 2 excludes).
pub fn replacement(s: &Serving, excluded_group: bool, p: &Provisions) -> Found<EarlyRelease> {
    let rule = &p.cc_art73_replacement;
    let (id, cite, shares) = if s.minor {
        let minors = &p.cc_art87_replacement_minors;
        let shares = art87_replacement_minors::shares(p);
        (ProvisionId::CcArt87ReplacementMinors, minors.cite, shares)
    } else {
        (ID, rule.cite, &rule.value)
    };
    let kind = EarlyKind::Replacement;
    let mut notes = Notes::default();
    let mut no = |reason| {
        let detail = StepDetail::EarlyReleaseUnavailable {
            early: kind,
            reason,
        };
        notes.step(rule.note(id, detail).cited(cite));
        early_release::unavailable(kind, id, cite, reason, s.base)
    };
    let reason = if s.punishment != Punishment::Imprisonment || s.conditional {
        Some(Unavailable::NotThisPunishment)
    } else if excluded_group && !s.minor {
        Some(Unavailable::ExcludedGroup)
    } else if s.frees {
        Some(Unavailable::AmnestyFrees)
    } else if s.awaits_aggregate {
        Some(Unavailable::AggregateNeeded)
    } else if s.category.is_none() {
        Some(Unavailable::CategoryUnknown)
    } else if s.category == Some(Category::EspeciallyGrave) && !s.minor {
        Some(Unavailable::EspeciallyGrave)
    } else {
        None
    };
    if let Some(reason) = reason {
        let r = no(reason);
        return Found::with(r, notes);
    }
    let category = s.category.unwrap_or(Category::Grave);
    let life = s.facts.attempt_on_life == Some(true);
    let dated = early_release::share_for(category, shares, false, life)
        .and_then(|f| Some((f, early_release::dated(s, f, None)?)));
    let Some((fraction, (on, term, _, other))) = dated else {
        let r = no(Unavailable::DatesUnknown);
        return Found::with(r, notes);
    };
    if s.release_on.is_some_and(|release| on >= release) {
        let mut r = no(Unavailable::AfterRelease);
        (r.fraction, r.of_term) = (Some(fraction), Some(term));
        // The other reading may still give a day before the release.
        r.other_reading = other.day();
        return Found::with(r, notes);
    }
    let step = StepDetail::EarlyReleaseOn {
        early: kind,
        fraction,
        of_term: term,
        on,
        six_month_floor: false,
        base: s.base,
    };
    let mut note = rule.note(id, step).cited(cite);
    if other.differs() {
        note = early_release::on_open_base(note);
    }
    notes.step(note);
    // Part 1: either condition; a minor's (Art. 87): no malicious violations, and then it shall.
    let f = s.facts;
    let shall = if s.minor {
        f.malicious_violations.map(|v| !v)
    } else {
        Some(false)
    };
    let dated = (on, term, false, other);
    let r = early_release::available((kind, id, cite), fraction, dated, s.base, shall);
    Found::with(r, notes)
}
