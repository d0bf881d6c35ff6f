//! The dates of a case one after another — held, the term's first day, the law in force, the
//! earliest parole, replacement and cancelling, the release, the record — each with what it rests
//! on, and each other reading's release where it differs. It renders the decision's fields and
//! the first day held from the case; it contains no law.

use amnesty_rules::case::{parse_date, CustodyKind};
use amnesty_rules::decision::{Decision, EarlyRelease, Record, StepDetail};
use amnesty_words::{self as words, t, Html, Lang};
use chrono::NaiveDate;

use crate::draft::{normalise_date, CaseDraft};

/// The first day held before the verdict, and how, as typed in the form (a fact, not a finding).
pub fn first_held(draft: &CaseDraft) -> Option<(NaiveDate, CustodyKind)> {
    draft
        .after
        .custody
        .iter()
        .filter_map(|c| Some((parse_date(&normalise_date(&c.from)).ok()?, c.kind)))
        .min_by_key(|(day, _)| *day)
}

/// One dated line.
struct Event {
    class: &'static str,
    day: NaiveDate,
    label: String,
    note: Option<String>,
}

/// Every dated event of a decision, in the order of their days.
fn events(d: &Decision, held: Option<(NaiveDate, CustodyKind)>, lang: Lang) -> Vec<Event> {
    let mut out = Vec::new();
    let mut push = |class, day, label: &str, note: Option<String>| {
        out.push(Event {
            class,
            day,
            label: label.to_string(),
            note,
        })
    };
    if let Some((day, kind)) = held {
        let label = match kind {
            CustodyKind::Detention => t!(lang, after.ev_detained),
            CustodyKind::HouseArrest => t!(lang, after.ev_house_arrest),
        };
        push("held", day, label, None);
    }
    if let Some(day) = d.sentence_start {
        push("term-start", day, t!(lang, after.ev_term_start), None);
    }
    push(
        "in-force",
        d.in_force,
        t!(lang, app.timeline_in_force),
        None,
    );
    let credit = d
        .custody
        .and_then(|c| c.imposed_end_credited.zip(c.credited));
    match (credit, d.imposed_end) {
        (Some((end, credited)), _) => {
            let cite = d.steps.iter().find_map(|s| {
                matches!(s.detail, StepDetail::CustodyCredited { .. })
                    .then(|| words::citation(&s.cite, lang))
            });
            let note = words::fill(
                t!(lang, after.credited_note),
                &[("credited", words::credited(credited, lang))],
            );
            let note = cite.map_or(note.clone(), |c| format!("{note} ({c})"));
            push(
                "imposed-end",
                end,
                t!(lang, explain.imposed_end_credited),
                Some(note),
            );
        }
        (None, Some(end)) => push("imposed-end", end, t!(lang, explain.imposed_end), None),
        (None, None) => {}
    }
    if let Some(end) = d.figures.end {
        push("new-end", end, t!(lang, explain.new_end), None);
    }
    let early = [
        ("parole", t!(lang, explain.parole), &d.parole),
        ("replacement", t!(lang, explain.replacement), &d.replacement),
        (
            "probation-cancel",
            t!(lang, explain.probation_cancel),
            &d.probation_cancel,
        ),
    ];
    for (class, label, e) in early {
        if let Some(
            e @ EarlyRelease {
                eligible_on: Some(day),
                ..
            },
        ) = e
        {
            push(class, *day, label, words::early_note(e, lang));
        }
    }
    let several = words::several(d);
    let shown = (!d.readings.is_empty() && !d.shown_reading.is_empty())
        .then(|| words::conditions(&d.shown_reading, several, lang));
    if let Some(day) = d.figures.release_on {
        push("release", day, t!(lang, explain.release_on), shown);
    }
    // Another reading's release, where it is another day.
    let mut listed: Vec<NaiveDate> = d.figures.release_on.into_iter().collect();
    for r in &d.readings {
        if let Some(day) = r.figures.release_on.filter(|day| !listed.contains(day)) {
            listed.push(day);
            push(
                "release-other",
                day,
                t!(lang, explain.release_on),
                Some(words::conditions(&r.conditions, several, lang)),
            );
        }
    }
    if let Some(r @ Record::Expires { on: Some(day), .. }) = d.figures.record {
        push(
            "record",
            day,
            t!(lang, explain.record),
            Some(words::record(r, lang)),
        );
    }
    push("as-of", d.as_of, t!(lang, app.timeline_as_of), None);
    out.sort_by_key(|e| e.day);
    out
}

/// The dates of the case in order, as a list a screen reader reads as it is; empty when there is
/// nothing to set in order. Markup ([`Html`]), not a view tree: it costs the download far less,
/// and the page writes it again only when it differs (`result::ResultPanel`). `held` is the
/// first day held before the verdict, and how.
pub fn markup(decision: &Decision, held: Option<(NaiveDate, CustodyKind)>, lang: Lang) -> String {
    // Nothing to set in order without a term's first day.
    if decision.sentence_start.is_none() {
        return String::new();
    }
    let mut html = Html::new();
    let heading = t!(lang, after.timeline_heading);
    html.list_section("dates-timeline", heading, "ol", |html| {
        for e in events(decision, held, lang) {
            let day = e.day.to_string();
            html.open(
                "li",
                &[
                    ("class", e.class),
                    ("data-event", e.class),
                    ("data-date", &day),
                ],
            );
            html.element("time", &[("datetime", &day)], &words::date(e.day, lang));
            html.text(" — ");
            html.element("span", &[("class", "event-label")], &e.label);
            if let Some(note) = e.note {
                html.element("span", &[("class", "event-note")], &format!(" ({note})"));
            }
            html.close("li");
        }
    });
    html.finish()
}
