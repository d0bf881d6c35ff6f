//! One list of a decision's figures — label, value and a note — that every surface renders as it
//! is: the terminal, the page's HTML (and so the print and the batch page's explanation) and the
//! module's `explain`. No surface picks the decision's fields itself.

use amnesty_rules::decision::{Decision, Figures, NewMeasure, Outcome};
use amnesty_rules::term::Term;

use crate::after_verdict::{credited, early_note, early_value, held, institution};
use crate::decision::record;
use crate::format::{amount, date, hours, term};
use crate::{fill, t, text, Lang};

/// Which figure a line is: the page styles and the tests find each by its `class`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FigureKind {
    Imposed,
    ImposedEnd,
    NewPunishment,
    NewEnd,
    Release,
    DaysLeft,
    Record,
    InForce,
    Deadline,
    AsOf,
    CustodyCredited,
    ImposedEndCredited,
    Parole,
    Replacement,
    ProbationCancel,
}

impl FigureKind {
    /// The class the page gives the figure's row.
    pub fn class(self) -> &'static str {
        match self {
            FigureKind::Imposed => "imposed",
            FigureKind::ImposedEnd => "imposed-end",
            FigureKind::NewPunishment => "new-term",
            FigureKind::NewEnd => "new-end",
            FigureKind::Release => "release-on",
            FigureKind::DaysLeft => "days-left",
            FigureKind::Record => "record",
            FigureKind::InForce => "in-force",
            FigureKind::Deadline => "deadline",
            FigureKind::AsOf => "as-of",
            FigureKind::CustodyCredited => "custody-credited",
            FigureKind::ImposedEndCredited => "imposed-end-credited",
            FigureKind::Parole => "parole",
            FigureKind::Replacement => "replacement",
            FigureKind::ProbationCancel => "probation-cancel",
        }
    }
}

/// One line of the figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figure {
    pub kind: FigureKind,
    pub label: &'static str,
    pub value: String,
    /// What the value rests on or what to mind, where there is something.
    pub note: Option<String>,
}

/// A measure of punishment in words: a term, hours or an amount.
pub fn measure(m: NewMeasure, lang: Lang) -> String {
    match m {
        NewMeasure::Term(t) => term(t, lang),
        NewMeasure::Hours(h) => hours(h, lang),
        NewMeasure::Amount(a) => amount(a, lang),
    }
}

/// The measure imposed, in words, as the decision gives it.
fn imposed(term_of: Option<Term>, h: Option<u32>, a: Option<u32>) -> Option<NewMeasure> {
    term_of
        .map(NewMeasure::Term)
        .or(h.map(NewMeasure::Hours))
        .or(a.map(NewMeasure::Amount))
}

/// The figures of a result (the decision's, or a reading's, with its `outcome`): the new
/// punishment, its last day, the release and the record, those it has. Where the result releases
/// him from a term still running (the one-year rule), its term runs from the term's first day to
/// that release, and is labelled so, not as a new punishment: the cut term is in the steps.
pub fn result_figures(outcome: Outcome, f: &Figures, lang: Lang) -> Vec<Figure> {
    use crate::keys::explain as k;
    use FigureKind as K;
    let mut out = Vec::new();
    let mut push = |kind, label, value: Option<String>| {
        if let Some(value) = value {
            let label = text(lang, label);
            out.push(Figure {
                kind,
                label,
                value,
                note: None,
            });
        }
    };
    let new = f.measure.map(|m| measure(m, lang));
    let end = f.end.map(|day| date(day, lang));
    let release = f.release_on.map(|day| date(day, lang));
    let left = f.record.map(|r| record(r, lang));
    let new_label = match (outcome, f.measure) {
        (Outcome::Release, Some(NewMeasure::Term(_))) => k::term_until_release,
        _ => k::new_punishment,
    };
    push(K::NewPunishment, new_label, new);
    push(K::NewEnd, k::new_end, end);
    push(K::Release, k::release_on, release);
    push(K::Record, k::record, left);
    out
}

/// Every figure of a decision, in the order they are read.
pub fn figures(decision: &Decision, lang: Lang) -> Vec<Figure> {
    let plain = |kind, label, value| Figure {
        kind,
        label,
        value,
        note: None,
    };
    let mut out = Vec::new();
    let d = decision;
    if let Some(m) = imposed(d.imposed_term, d.imposed_hours, d.imposed_amount) {
        out.push(plain(
            FigureKind::Imposed,
            t!(lang, explain.imposed),
            measure(m, lang),
        ));
    }
    if let Some(end) = d.imposed_end {
        out.push(plain(
            FigureKind::ImposedEnd,
            t!(lang, explain.imposed_end),
            date(end, lang),
        ));
    }
    if let Some(c) = &d.custody {
        let held = held(c.detention_days, c.house_arrest_days, lang);
        let assumed = c.institution.filter(|_| c.institution_assumed).map(|i| {
            fill(
                t!(lang, explain.credit_assumed),
                &[("institution", institution(i, lang).to_string())],
            )
        });
        let note = Some(held)
            .into_iter()
            .chain(assumed)
            .collect::<Vec<_>>()
            .join("; ");
        out.push(Figure {
            kind: FigureKind::CustodyCredited,
            label: t!(lang, explain.custody_credited),
            value: c
                .credited
                .map_or_else(|| "—".to_string(), |x| credited(x, lang)),
            note: Some(note),
        });
        if let Some(end) = c.imposed_end_credited {
            out.push(plain(
                FigureKind::ImposedEndCredited,
                t!(lang, explain.imposed_end_credited),
                date(end, lang),
            ));
        }
    }
    for figure in result_figures(d.outcome, &d.figures, lang) {
        let release = figure.kind == FigureKind::Release;
        out.push(figure);
        if let (true, Some(day)) = (release, d.figures.release_on) {
            out.push(plain(
                FigureKind::DaysLeft,
                t!(lang, app.days_left),
                days_left(day, d.as_of, lang),
            ));
        }
    }
    let early = [
        (FigureKind::Parole, t!(lang, explain.parole), &d.parole),
        (
            FigureKind::Replacement,
            t!(lang, explain.replacement),
            &d.replacement,
        ),
        (
            FigureKind::ProbationCancel,
            t!(lang, explain.probation_cancel),
            &d.probation_cancel,
        ),
    ];
    for (kind, label, e) in early {
        if let Some(e) = e {
            out.push(Figure {
                kind,
                label,
                value: early_value(e, lang),
                note: early_note(e, lang),
            });
        }
    }
    out.push(plain(
        FigureKind::InForce,
        t!(lang, explain.in_force),
        date(d.in_force, lang),
    ));
    if d.outcome.is_covered() {
        out.push(plain(
            FigureKind::Deadline,
            t!(lang, explain.deadline),
            date(d.deadline, lang),
        ));
    }
    out.push(plain(
        FigureKind::AsOf,
        t!(lang, explain.as_of),
        date(d.as_of, lang),
    ));
    out
}

/// The days from the date of the calculation (named: never the device's clock) to a release.
fn days_left(day: chrono::NaiveDate, as_of: chrono::NaiveDate, lang: Lang) -> String {
    let days = (day - as_of).num_days();
    if days > 0 {
        fill(
            t!(lang, app.days_left_from),
            &[("days", days.to_string()), ("as_of", date(as_of, lang))],
        )
    } else {
        fill(
            t!(lang, app.release_passed),
            &[("as_of", date(as_of, lang))],
        )
    }
}
