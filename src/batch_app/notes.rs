//! What the table's less obvious headings mean ("Rows", "Outcome", "How sure", "Release date",
//! "Release", "Years cut", "Custody credit, early release"),
//! said at the heading itself: a "?" button opens the note (a popover the browser shows and
//! hides by itself: a tap, a click or Enter; closed by Escape or a tap elsewhere), and the
//! heading's sort button names the note as its description, so a screen reader says it too.
//! The help lists the same notes.

use amnesty_rules::vocab::Status;
use amnesty_words::keys::batch::{notes as n, page as p, results as r};
use amnesty_words::{self as words, fill, t, text, Key, Lang};
use leptos::prelude::*;

/// A note at a heading of the table of cases.
pub struct Note {
    /// The note's element id, for the "?" button and the heading's description.
    pub id: &'static str,
    /// The heading's words.
    pub column: Key,
    pub note: Key,
}

impl Note {
    const fn new(id: &'static str, column: Key, note: Key) -> Self {
        Note { id, column, note }
    }
}

pub const ROWS: Note = Note::new("note-rows", r::rows, n::rows);
pub const OUTCOME: Note = Note::new("note-outcome", r::outcome, n::outcome);
pub const STATUS: Note = Note::new("note-status", r::status, n::status);
pub const RELEASE_ON: Note = Note::new("note-release-on", r::release_on, n::release_on);
pub const FREED: Note = Note::new("note-freed", r::freed, n::freed);
pub const YEARS_CUT: Note = Note::new("note-years-cut", r::years_cut, n::years_cut);
pub const AFTER_VERDICT: Note = Note::new("note-after-verdict", p::after_verdict, n::after_verdict);

/// Every note, in the order of the table's columns.
pub const NOTES: [&Note; 7] = [
    &ROWS,
    &OUTCOME,
    &STATUS,
    &RELEASE_ON,
    &FREED,
    &YEARS_CUT,
    &AFTER_VERDICT,
];

/// A note's text; the marks of how sure a result is are named in the result's own words.
pub fn said(note: &Note, lang: Lang) -> String {
    let mark = |status| words::status(status, lang).to_string();
    fill(
        text(lang, note.note),
        &[
            ("verified", mark(Status::Verified)),
            ("reported", mark(Status::Reported)),
            ("open", mark(Status::Open)),
        ],
    )
}

/// The "?" at a heading and its note.
pub fn at_heading(note: &'static Note, lang: Lang) -> impl IntoView {
    let label = fill(
        t!(lang, batch.notes.what),
        &[("column", text(lang, note.column).to_string())],
    );
    view! {
        <button type="button" class="note-button" popovertarget=note.id aria-label=label>"?"</button>
        <div id=note.id class="column-note" popover="auto">{said(note, lang)}</div>
    }
}
