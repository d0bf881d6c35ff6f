//! Criminal Code, Art. 64 part 1 and Art. 63 part 3 — cancelling a conditional sentence. Status:
//! VERIFIED (text as amended to 2020).
//!
//! On the probation body's submission, the court may cancel a conditional sentence and remove
//! the record once at least half of the probation has passed. An adult's probation runs for the
//! whole term of imprisonment imposed; a minor's, for 6 months to 1 year as the court set it
//! (Art. 63 part 3), which the case must give: without it no date is given and the result says
//! it is needed. Which term it is taken of after the amnesty's cut is open
//! (`open/parole_base.rs`).

use chrono::NaiveDate;

use crate::case::Sentence;
use crate::criminal_code::early_release::{self, Serving};
use crate::decision::{EarlyKind, EarlyRelease, Record, StepDetail, Unavailable, WarningDetail};
use crate::finding::{Found, Notes};
use crate::pack::{ProvisionId, Provisions};
use crate::term::Term;

const ID: ProvisionId = ProvisionId::CcArt64ProbationCancel;

/// The last day of a minor's probation as the court set it (Art. 63 part 3), for the record; not
/// given, a warning says it is needed.
pub fn minor_probation_end(s: &Sentence, p: &Provisions) -> Found<Option<NaiveDate>> {
    let end = s.probation_months.and_then(|months| {
        let start = s.start?;
        Term::new(0, months, 0).last_day(start)
    });
    let mut notes = Notes::default();
    if s.probation_months.is_none() {
        let rule = &p.cc_art63_probation_minors;
        let id = ProvisionId::CcArt63ProbationMinors;
        notes.warn(rule.caution(id, WarningDetail::ProbationMonthsNeeded));
    }
    Found::with(end, notes)
}

/// The earliest cancelling of a conditional sentence (`probation_months`: a minor's, as set).
pub fn probation_cancel(
    s: &Serving,
    probation_months: Option<u32>,
    p: &Provisions,
) -> Option<Found<EarlyRelease>> {
    if !s.conditional {
        return None;
    }
    let rule = &p.cc_art64_probation_cancel;
    let kind = EarlyKind::ProbationCancel;
    let mut notes = Notes::default();
    let minors = &p.cc_art63_probation_minors;
    // None, and why, after the notes so far.
    let none = |reason, mut notes: Notes| {
        let detail = StepDetail::EarlyReleaseUnavailable {
            early: kind,
            reason,
        };
        notes.step(rule.note(ID, detail));
        let r = early_release::unavailable(kind, ID, rule.cite, reason, s.base);
        Some(Found::with(r, notes))
    };
    if s.frees {
        return none(Unavailable::AmnestyFrees, notes);
    }
    if s.awaits_aggregate {
        return none(Unavailable::AggregateNeeded, notes);
    }
    let probation = if s.minor {
        match probation_months {
            Some(months) => Serving {
                imposed: Some(Term::new(0, months, 0)),
                cut: None,
                ..*s
            },
            None => {
                notes.warn(minors.caution(
                    ProvisionId::CcArt63ProbationMinors,
                    WarningDetail::ProbationMonthsNeeded,
                ));
                return none(Unavailable::ProbationNeeded, notes);
            }
        }
    } else {
        *s
    };
    let Some((on, term, _, other)) = early_release::dated(&probation, rule.value, None) else {
        return none(Unavailable::DatesUnknown, notes);
    };
    let step = StepDetail::EarlyReleaseOn {
        early: kind,
        fraction: rule.value,
        of_term: term,
        on,
        six_month_floor: false,
        base: s.base,
    };
    let mut note = rule.note(ID, step);
    if other.differs() {
        note = early_release::on_open_base(note);
    }
    notes.step(note);
    let dated = (on, term, false, other);
    let r = EarlyRelease {
        // The court that cancels it removes the record (part 1).
        record: Some(Record::OnServing { on: Some(on) }),
        ..early_release::available(
            (kind, ID, rule.cite),
            rule.value,
            dated,
            s.base,
            Some(false),
        )
    };
    Some(Found::with(r, notes))
}
