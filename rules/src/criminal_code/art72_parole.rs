//! Criminal Code, Art. 72 parts 1, 3–5 and 8 — parole. Status: VERIFIED (text as amended to
//! 2020); part 8's corruption crimes REPORTED (added in 2022, legal brief §8).
//!
//! A person serving imprisonment or restriction of freedom may be released on parole once he has
//! actually served a part of the term: a third for small or medium crimes, half for grave, two
//! thirds for especially grave (part 3); a third or half with a plea agreement fulfilled (item
//! 5). For the special groups of part 4 (pregnant women, women with young children, men raising
//! them alone, women of 58 and men of 63 or more, disability group I or II): a quarter, a third,
//! half, or two thirds for an especially grave crime linked to an attempt on life. He shall be
//! released with the damage fully repaid and no malicious violations (part 1, second
//! paragraph). At least six months of imprisonment must be served (part 5). Part 8: not for
//! sexual crimes against minors (a minor's against a victim of 14 to 18 excepted), terrorist or
//! extremist crimes that caused deaths, a death sentence commuted; from 2022, grave and
//! especially grave corruption crimes. Credited custody counts as served. Which term the part is
//! taken of after the amnesty's cut is open (`open/parole_base.rs`).

use crate::case::Case;
use crate::criminal_code::art86_parole_minors;
use crate::criminal_code::early_release::{self, Serving};
use crate::decision::{EarlyKind, EarlyRelease, StepDetail, Unavailable};
use crate::finding::{Found, Notes};
use crate::law::art2_exclusions::{in_group, GroupMatch};
use crate::pack::{ProvisionId, Provisions};
use crate::vocab::{Category, ExclusionFact, Punishment};

const ID: ProvisionId = ProvisionId::CcArt72Parole;

/// Whether the court shall release (part 1 paragraph 2; Art. 86 for minors: no malicious
/// violations), may, or it depends on facts not given.
pub fn shall(s: &Serving) -> Option<bool> {
    let f = s.facts;
    if s.minor {
        return f.malicious_violations.map(|v| !v);
    }
    match (f.damage_repaid, f.malicious_violations) {
        (Some(true), Some(false)) => Some(true),
        (Some(false), _) | (_, Some(true)) => Some(false),
        _ => None,
    }
}

/// Part 8's groups among the case's offences.
#[derive(Clone, Copy, Debug, Default)]
pub struct Excluded {
    /// A sexual crime against a minor (not a minor's against a victim of 14 to 18).
    pub group: bool,
    /// A grave or especially grave corruption crime.
    pub corruption: bool,
}

/// Part 8's groups among the case's offences (each under its part in `parts`): a sexual crime
/// against a minor (a minor's against a victim of 14 to 18 excepted; `minor`: the crime was
/// committed under 18), and a corruption crime where the gravest `category` is grave or worse.
pub fn part8_groups(
    case: &Case,
    parts: &[Option<u8>],
    minor: Option<bool>,
    category: Option<Category>,
    p: &Provisions,
) -> Excluded {
    let mut group = false;
    let mut corruption = false;
    for (o, part) in case.offences.iter().zip(parts) {
        let answered = |f| o.exclusions.contains(&f);
        let sexual = &p.cc_art3_item42_sexual_minors.value;
        let sexual_article = in_group(o.article, *part, sexual) != GroupMatch::No;
        let victim_minor = o.victim_age.is_some_and(|a| a < 18);
        let excepted = minor == Some(true) && o.victim_age.is_some_and(|a| (14..18).contains(&a));
        group |= (answered(ExclusionFact::SexualOffenceAgainstMinor)
            || sexual_article && victim_minor)
            && !excepted;
        let corrupt = &p.cc_art3_item29_corruption.value;
        let corrupt_article = in_group(o.article, *part, corrupt) == GroupMatch::Yes;
        corruption |= answered(ExclusionFact::Corruption) || corrupt_article;
    }
    let grave = category.is_some_and(|c| c >= Category::Grave);
    Excluded {
        group,
        corruption: corruption && grave,
    }
}

/// The earliest parole, or why there is none.
pub fn parole(s: &Serving, excluded: Excluded, p: &Provisions) -> Found<EarlyRelease> {
    let rule = &p.cc_art72_parole;
    let (id, cite) = if s.minor {
        let minors = &p.cc_art86_parole_minors;
        (ProvisionId::CcArt86ParoleMinors, minors.cite)
    } else {
        (ID, rule.cite)
    };
    let mut notes = Notes::default();
    let punishment_fits = !s.conditional
        && match s.punishment {
            Punishment::Imprisonment | Punishment::RestrictionOfFreedom => true,
            Punishment::CorrectionalWorks => s.minor,
            _ => false,
        };
    let part8 = &p.cc_art72_part8_exclusions;
    let corruption = &p.cc_art72_part8_corruption;
    let unavailable = if !punishment_fits {
        Some((Unavailable::NotThisPunishment, id, cite, rule.status))
    } else if excluded.group {
        let id = ProvisionId::CcArt72Part8Exclusions;
        Some((Unavailable::ExcludedGroup, id, part8.cite, part8.status))
    } else if excluded.corruption && !s.minor {
        // As sure as the 2022 amendment is: reported.
        let id = ProvisionId::CcArt72Part8Corruption;
        Some((
            Unavailable::Corruption,
            id,
            corruption.cite,
            corruption.status,
        ))
    } else if s.frees {
        Some((Unavailable::AmnestyFrees, id, cite, rule.status))
    } else if s.awaits_aggregate {
        Some((Unavailable::AggregateNeeded, id, cite, rule.status))
    } else if s.category.is_none() {
        Some((Unavailable::CategoryUnknown, id, cite, rule.status))
    } else {
        None
    };
    let r = match (unavailable, s.category) {
        (Some((reason, id, cite, status)), _) => no(reason, id, cite, status, s, p, &mut notes),
        (None, Some(category)) => dated(s, category, id, cite, p, &mut notes),
        (None, None) => no(
            Unavailable::CategoryUnknown,
            id,
            cite,
            rule.status,
            s,
            p,
            &mut notes,
        ),
    };
    Found::with(r, notes)
}

/// Parole without a date, and its step.
fn no(
    reason: Unavailable,
    id: ProvisionId,
    cite: crate::vocab::Citation,
    status: crate::vocab::Status,
    s: &Serving,
    p: &Provisions,
    notes: &mut Notes,
) -> EarlyRelease {
    let early = EarlyKind::Parole;
    let detail = StepDetail::EarlyReleaseUnavailable { early, reason };
    let note = p
        .cc_art72_parole
        .note(id, detail)
        .cited(cite)
        .sure_as(status);
    notes.step(note);
    early_release::unavailable(early, id, cite, reason, s.base)
}

fn dated(
    s: &Serving,
    category: Category,
    id: ProvisionId,
    cite: crate::vocab::Citation,
    p: &Provisions,
    notes: &mut Notes,
) -> EarlyRelease {
    let f = s.facts;
    let (plea, life) = (
        f.plea_agreement == Some(true),
        f.attempt_on_life == Some(true),
    );
    let rule = &p.cc_art72_parole;
    let (shares, cite, id) = if s.minor {
        (art86_parole_minors::shares(p), cite, id)
    } else if f.special_group == Some(true) {
        let group = &p.cc_art72_part4_special_groups;
        let id = ProvisionId::CcArt72Part4SpecialGroups;
        (&group.value, group.cite, id)
    } else {
        (&rule.value, cite, id)
    };
    let Some(fraction) = early_release::share_for(category, shares, plea, life) else {
        return no(
            Unavailable::NotThisPunishment,
            id,
            cite,
            rule.status,
            s,
            p,
            notes,
        );
    };
    // Six months of imprisonment actually served (part 5); not for minors' other punishments.
    let floor = &p.cc_art72_part5_floor;
    let floor_months = (s.punishment == Punishment::Imprisonment).then_some(floor.value.months);
    let Some((on, term, floored, other)) = early_release::dated(s, fraction, floor_months) else {
        return no(
            Unavailable::DatesUnknown,
            id,
            cite,
            rule.status,
            s,
            p,
            notes,
        );
    };
    if s.release_on.is_some_and(|release| on >= release) {
        let mut r = no(
            Unavailable::AfterRelease,
            id,
            cite,
            rule.status,
            s,
            p,
            notes,
        );
        (r.fraction, r.of_term) = (Some(fraction), Some(term));
        // The other reading may still give a day before the release.
        r.other_reading = other.day();
        return r;
    }
    let kind = EarlyKind::Parole;
    let step = StepDetail::EarlyReleaseOn {
        early: kind,
        fraction,
        of_term: term,
        on,
        six_month_floor: floored,
        base: s.base,
    };
    // The step is the provision that set the date: the six months of part 5, or the part's.
    let mut note = if floored {
        rule.note(ProvisionId::CcArt72Part5Floor, step)
            .cited(floor.cite)
    } else {
        rule.note(id, step).cited(cite)
    };
    if other.differs() {
        note = early_release::on_open_base(note);
    }
    notes.step(note);
    let dated = (on, term, floored, other);
    early_release::available((kind, id, cite), fraction, dated, s.base, shall(s))
}
