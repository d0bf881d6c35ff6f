//! A decision written out as HTML for the page: the headline and how sure it is, the key figures,
//! each offence, the timeline, the readings side by side, every step with its citation, status
//! and official text, and the warnings.
//!
//! The page shows it as it is (`inner_html`): nothing in a result reacts to anything, and one
//! function writing markup costs the page's download far less than a tree of view components
//! (about 4 KB brotli, measured with tools/size-report.mjs). Every text is escaped, the locale
//! files' own included; a decision holds no free text typed by a person.

use amnesty_rules::decision::{Decision, Reading, Step, StepDetail};
use amnesty_rules::vocab::{Act, Named, Status};
use chrono::NaiveDate;

use crate::decision::{
    aggregate_range, conditions, effect, how_sure, outcome, own_sentence, plain_answer, record,
    several, step, warning,
};
use crate::figures::{figures, measure};
use crate::format::{article, category, citation, date, offence_number, official_url, status};
use crate::{t, Lang};

/// Markup being written, every text escaped: for the decision here, and for the page's other
/// views that nothing on the page reacts to (the printout's opening and closing).
#[derive(Default)]
pub struct Html(String);

impl Html {
    pub fn new() -> Html {
        Html(String::with_capacity(4 * 1024))
    }

    /// The markup written.
    pub fn finish(self) -> String {
        self.0
    }

    pub fn text(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                '\'' => self.0.push_str("&#39;"),
                c => self.0.push(c),
            }
        }
    }

    /// `<tag name="value" …>`; an attribute without a value is left out.
    pub fn open(&mut self, tag: &str, attributes: &[(&str, &str)]) {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attributes {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            self.text(value);
            self.0.push('"');
        }
        self.0.push('>');
    }

    pub fn close(&mut self, tag: &str) {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
    }

    /// An element holding only text.
    pub fn element(&mut self, tag: &str, attributes: &[(&str, &str)], text: &str) {
        self.open(tag, attributes);
        self.text(text);
        self.close(tag);
    }

    /// A status mark, in words and not only in colour.
    pub fn badge(&mut self, class: &str, text: &str) {
        self.element("span", &[("class", &format!("badge status-{class}"))], text);
    }

    /// How sure a step is; a calculator convention is named as one.
    fn status_badge(&mut self, status_of: Status, act: Act, lang: Lang) {
        if act == Act::Convention {
            self.badge("convention", t!(lang, app.status_convention));
        } else {
            self.badge(status_of.name(), status(status_of, lang));
        }
    }

    /// A section of class `class` with its heading (`h3`), whose id is `{name}-heading`: a block
    /// of the result, and of the page's blocks beside it (the dates in order, what next).
    pub fn section(
        &mut self,
        class: &str,
        name: &str,
        heading: &str,
        body: impl FnOnce(&mut Html),
    ) {
        self.titled("h3", (class, name, heading), body);
    }

    /// A section named by its class (as [`Html::section`]) holding one list, `ul` or `ol`, of
    /// the items `items` writes: the warnings, the next steps, the dates in order.
    pub fn list_section(
        &mut self,
        name: &str,
        heading: &str,
        list: &str,
        items: impl FnOnce(&mut Html),
    ) {
        self.section(name, name, heading, |html| {
            html.open(list, &[]);
            items(html);
            html.close(list);
        });
    }

    /// A section as [`Html::section`] writes one, under a heading of another level
    /// (`heading_tag`): an `h2` for a part of the page of its own (the printout's facts and
    /// sources).
    pub fn titled(
        &mut self,
        heading_tag: &str,
        (class, name, heading): (&str, &str, &str),
        body: impl FnOnce(&mut Html),
    ) {
        let id = format!("{name}-heading");
        self.open(
            "section",
            &[("class", class), ("aria-labelledby", id.as_str())],
        );
        self.element(heading_tag, &[("id", &id)], heading);
        body(self);
        self.close("section");
    }
}

/// A decision's markup in parts, so that the page, as the person types, replaces only the parts
/// that changed (a keystroke rarely changes more than a few figures and steps): each block is one
/// element, or nothing when the decision has none of it; the steps, the longest part, are one
/// list item each.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DecisionParts {
    /// The top-level elements in order. The explanation's is its frame: the heading and an empty
    /// list, which the steps fill.
    pub blocks: Vec<String>,
    /// Each step's `<li>`, in order.
    pub steps: Vec<String>,
    /// Which block is the steps' frame, and where in its markup the steps go.
    steps_frame: usize,
    steps_at: usize,
}

impl DecisionParts {
    /// The steps' frame: the explanation's heading and its empty list.
    pub fn frame(&self) -> Option<&str> {
        self.blocks.get(self.steps_frame).map(String::as_str)
    }

    /// The whole markup, the steps in their list.
    pub fn html(&self) -> String {
        let mut html = String::with_capacity(16 * 1024);
        for (i, block) in self.blocks.iter().enumerate() {
            if i == self.steps_frame {
                let (open, close) = block.split_at(self.steps_at);
                html.push_str(open);
                self.steps.iter().for_each(|s| html.push_str(s));
                html.push_str(close);
            } else {
                html.push_str(block);
            }
        }
        html
    }
}

/// The whole decision, as the page shows it.
pub fn decision_html(decision: &Decision, lang: Lang) -> String {
    decision_parts(decision, lang).html()
}

/// The whole decision, as the page shows it, in [`DecisionParts`].
pub fn decision_parts(decision: &Decision, lang: Lang) -> DecisionParts {
    let block = |write: &dyn Fn(&mut Html)| {
        let mut html = Html::new();
        write(&mut html);
        html.0
    };
    let mut blocks = vec![
        block(&|html| headline(html, decision, lang)),
        block(&|html| legend(html, lang)),
        block(&|html| key_figures(html, decision, lang)),
        block(&|html| next_steps(html, decision, lang)),
        block(&|html| offences(html, decision, lang)),
        block(&|html| timeline(html, decision, lang)),
        block(&|html| readings(html, decision, lang)),
    ];
    let (frame, steps_at) = explanation_frame(lang);
    let steps_frame = blocks.len();
    blocks.push(frame);
    blocks.push(block(&|html| warnings(html, decision, lang)));
    let several = several(decision);
    let steps = decision
        .steps
        .iter()
        .map(|s| block(&|html| explanation_step(html, s, several, lang)))
        .collect();
    DecisionParts {
        blocks,
        steps,
        steps_frame,
        steps_at,
    }
}

fn headline(html: &mut Html, decision: &Decision, lang: Lang) {
    // The same figures in machine-readable form, so a test can compare the page with the
    // command-line tool without reading prose.
    let day = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let count = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
    let f = &decision.figures;
    let new_term = f
        .term()
        .map(|t| format!("{}y{}m{}d", t.years, t.months, t.days))
        .unwrap_or_default();
    html.open(
        "div",
        &[
            (
                "class",
                &format!("headline outcome-{}", decision.outcome.name()),
            ),
            ("data-outcome", decision.outcome.name()),
            ("data-status", decision.status.name()),
            ("data-new-term", &new_term),
            ("data-new-hours", &count(f.hours())),
            ("data-new-amount", &count(f.amount())),
            ("data-new-end", &day(f.end)),
            ("data-release-on", &day(f.release_on)),
            ("data-readings", &decision.readings.len().to_string()),
        ],
    );
    html.element(
        "p",
        &[
            ("class", "answer"),
            ("role", "status"),
            ("aria-live", "polite"),
        ],
        &plain_answer(decision, lang),
    );
    html.element(
        "p",
        &[("class", "outcome")],
        outcome(decision.outcome, lang),
    );
    html.open("p", &[("class", "certainty")]);
    html.status_badge(decision.status, Act::Law, lang);
    html.text(" ");
    html.text(how_sure(decision, lang));
    html.close("p");
    html.close("div");
}

/// What each mark means, once, beside the result.
fn legend(html: &mut Html, lang: Lang) {
    html.open("details", &[("class", "legend")]);
    html.element("summary", &[], t!(lang, app.legend_title));
    html.open("ul", &[]);
    for (class, name, meaning) in [
        (
            "verified",
            status(Status::Verified, lang),
            t!(lang, app.legend_verified),
        ),
        (
            "reported",
            status(Status::Reported, lang),
            t!(lang, app.legend_reported),
        ),
        (
            "open",
            status(Status::Open, lang),
            t!(lang, app.legend_open),
        ),
        (
            "convention",
            t!(lang, app.status_convention),
            t!(lang, app.legend_convention),
        ),
        (
            "entered",
            t!(lang, app.status_entered),
            t!(lang, app.legend_entered),
        ),
    ] {
        html.open("li", &[]);
        html.badge(class, name);
        html.text(" ");
        html.text(meaning);
        html.close("li");
    }
    html.close("ul");
    html.close("details");
}

fn key_figures(html: &mut Html, decision: &Decision, lang: Lang) {
    html.open("dl", &[("class", "key-figures")]);
    for figure in figures(decision, lang) {
        html.open("div", &[("class", figure.kind.class())]);
        html.element("dt", &[], figure.label);
        html.open("dd", &[]);
        html.text(&figure.value);
        if let Some(note) = &figure.note {
            // A space between: read aloud, copied or as text, the value and its note stay two.
            html.text(" ");
            html.element("span", &[("class", "figure-note")], note);
        }
        html.close("dd");
        html.close("div");
    }
    html.close("dl");
}

/// Each offence's own effect, when there are several.
fn offences(html: &mut Html, decision: &Decision, lang: Lang) {
    if decision.offences.len() < 2 {
        return;
    }
    html.section(
        "offences-result",
        "offences-result",
        t!(lang, explain.offences),
        |html| {
            html.open("ul", &[]);
            for (i, o) in decision.offences.iter().enumerate() {
                html.open("li", &[("data-effect", o.effect.name())]);
                html.element("strong", &[], &format!("{}: ", offence_number(i + 1, lang)));
                let category = o.category.map(|c| category(c, lang)).unwrap_or("—");
                html.text(&format!(
                    "{} · {category} · {}",
                    article(o.article, o.part, lang),
                    effect(o.effect, lang)
                ));
                if let Some(own) = &o.own_sentence {
                    html.text(&format!(" · {}", own_sentence(own, lang)));
                }
                html.close("li");
            }
            html.close("ul");
            if let Some(r) = &decision.aggregate_range {
                html.open("p", &[("data-aggregate-range", "")]);
                html.element("strong", &[], &format!("{}: ", t!(lang, explain.aggregate)));
                html.text(&aggregate_range(r, lang));
                html.close("p");
            }
        },
    );
}

/// The drawing's coordinates (SVG units; the SVG scales to its box). Whole numbers keep
/// floating-point formatting out of the page.
const TIMELINE_WIDTH: i64 = 600;
const TIMELINE_LEFT: i64 = 10;
const TIMELINE_RIGHT: i64 = 590;

/// The imposed term and the new term as bars, with the day the law came into force, the
/// calculation date and the release marked: an SVG with a text equivalent beside it.
fn timeline(html: &mut Html, decision: &Decision, lang: Lang) {
    let (Some(start), Some(imposed_end)) = (decision.sentence_start, decision.imposed_end) else {
        return;
    };
    let (in_force, as_of) = (decision.in_force, decision.as_of);
    let mut dates = vec![start, imposed_end, in_force, as_of];
    dates.extend(decision.figures.end);
    dates.extend(decision.figures.release_on);
    let from = dates.iter().min().copied().unwrap_or(start);
    let to = dates.iter().max().copied().unwrap_or(start);
    let span = (to - from).num_days().max(1);
    let x = |day: NaiveDate| {
        TIMELINE_LEFT + (TIMELINE_RIGHT - TIMELINE_LEFT) * (day - from).num_days() / span
    };

    html.open("figure", &[("class", "timeline")]);
    html.element(
        "figcaption",
        &[("id", "timeline-title")],
        t!(lang, app.timeline_title),
    );
    html.open(
        "svg",
        &[
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("viewBox", &format!("0 0 {TIMELINE_WIDTH} 90")),
            ("role", "img"),
            ("aria-labelledby", "timeline-title"),
            ("preserveAspectRatio", "none"),
        ],
    );
    let bar = |html: &mut Html, y: i64, end: NaiveDate, class: &str| {
        let (x1, x2) = (x(start), x(end));
        html.open(
            "rect",
            &[
                ("class", class),
                ("x", &x1.to_string()),
                ("y", &y.to_string()),
                ("width", &(x2 - x1).max(2).to_string()),
                ("height", "18"),
                ("rx", "3"),
            ],
        );
        html.close("rect");
    };
    bar(html, 14, imposed_end, "bar-imposed");
    if let Some(end) = decision.figures.end {
        bar(html, 46, end, "bar-new");
    }
    for (day, class) in [(in_force, "mark-in-force"), (as_of, "mark-as-of")] {
        let at = x(day).to_string();
        html.open(
            "line",
            &[
                ("class", class),
                ("x1", &at),
                ("x2", &at),
                ("y1", "4"),
                ("y2", "86"),
            ],
        );
        html.close("line");
    }
    if let Some(day) = decision.figures.release_on {
        html.open(
            "circle",
            &[
                ("class", "mark-release"),
                ("cx", &x(day).to_string()),
                ("cy", "55"),
                ("r", "6"),
            ],
        );
        html.close("circle");
    }
    html.close("svg");

    let period = |end: NaiveDate| format!("{} – {}", date(start, lang), date(end, lang));
    let mut items = vec![(
        "bar-imposed",
        t!(lang, app.timeline_imposed),
        period(imposed_end),
    )];
    if let Some(end) = decision.figures.end {
        items.push(("bar-new", t!(lang, app.timeline_new), period(end)));
    }
    items.push((
        "mark-in-force",
        t!(lang, app.timeline_in_force),
        date(in_force, lang),
    ));
    items.push((
        "mark-as-of",
        t!(lang, app.timeline_as_of),
        date(as_of, lang),
    ));
    if let Some(day) = decision.figures.release_on {
        items.push((
            "mark-release",
            t!(lang, explain.release_on),
            date(day, lang),
        ));
    }
    html.open("ul", &[("class", "timeline-legend")]);
    for (class, label, value) in items {
        html.open("li", &[]);
        html.open(
            "span",
            &[
                ("class", &format!("swatch {class}")),
                ("aria-hidden", "true"),
            ],
        );
        html.close("span");
        html.text(&format!("{label}: {value}"));
        html.close("li");
    }
    html.close("ul");
    html.close("figure");
}

/// Every other reading of an open question or of a fact not given, beside the one shown.
fn readings(html: &mut Html, decision: &Decision, lang: Lang) {
    if decision.readings.is_empty() {
        return;
    }
    let several = several(decision);
    // A column of the dates after the verdict where a reading's differ from the result's.
    let early = |r: &Reading| crate::after_verdict::reading_early(r, decision, lang);
    let early_differs = decision.readings.iter().any(|r| early(r).is_some());
    let columns = [
        t!(lang, app.reading_column),
        t!(lang, app.outcome_column),
        t!(lang, explain.new_punishment),
        t!(lang, explain.release_on),
        t!(lang, explain.record),
        t!(lang, after.reading_early_column),
    ];
    let columns = &columns[..columns.len() - usize::from(!early_differs)];
    let row = |html: &mut Html, name: String, r: &Reading, primary: bool| {
        html.open(
            "tr",
            if primary {
                &[("class", "primary")]
            } else {
                &[]
            },
        );
        html.element("th", &[("scope", "row")], &name);
        let dash = || "—".to_string();
        let cells = [
            outcome(r.outcome, lang).to_string(),
            r.figures
                .measure
                .map(|m| measure(m, lang))
                .unwrap_or_else(dash),
            r.figures
                .release_on
                .map(|d| date(d, lang))
                .unwrap_or_else(dash),
            r.figures
                .record
                .map(|x| record(x, lang))
                .unwrap_or_else(dash),
            early(r).unwrap_or_else(|| t!(lang, after.reading_early_as_shown).to_string()),
        ];
        for (cell, label) in cells.iter().zip(&columns[1..]) {
            html.element("td", &[("data-label", label)], cell);
        }
        html.close("tr");
    };
    html.open("section", &[("class", "readings")]);
    html.element(
        "h3",
        &[("id", "readings-heading")],
        t!(lang, explain.readings),
    );
    html.element("p", &[], t!(lang, app.readings_intro));
    html.open(
        "div",
        &[
            ("class", "table-scroll"),
            ("tabindex", "0"),
            ("role", "region"),
            ("aria-labelledby", "readings-heading"),
        ],
    );
    html.open("table", &[]);
    html.open("thead", &[]);
    html.open("tr", &[]);
    for column in columns {
        html.element("th", &[("scope", "col")], column);
    }
    html.close("tr");
    html.close("thead");
    html.open("tbody", &[]);
    if !decision.shown_reading.is_empty() {
        let shown = Reading {
            conditions: decision.shown_reading.clone(),
            outcome: decision.outcome,
            figures: decision.figures,
            early: amnesty_rules::decision::EarlyReleases {
                parole: decision.parole.clone(),
                replacement: decision.replacement.clone(),
                probation_cancel: decision.probation_cancel.clone(),
            },
        };
        let name = format!(
            "{} ({})",
            conditions(&shown.conditions, several, lang),
            t!(lang, app.reading_shown)
        );
        row(html, name, &shown, true);
    }
    for r in &decision.readings {
        row(html, conditions(&r.conditions, several, lang), r, false);
    }
    html.close("tbody");
    html.close("table");
    html.close("div");
    html.close("section");
}

fn citations(s: &Step, lang: Lang) -> String {
    match &s.also {
        Some(also) => format!("{}; {}", citation(&s.cite, lang), citation(also, lang)),
        None => citation(&s.cite, lang),
    }
}

/// The reasoning's frame: its heading and an empty list, and where in the markup the steps go.
fn explanation_frame(lang: Lang) -> (String, usize) {
    let mut at = 0;
    let mut html = Html::new();
    html.section("explanation", "steps", t!(lang, explain.steps), |html| {
        html.open("ol", &[("class", "steps")]);
        at = html.0.len();
        html.close("ol");
    });
    (html.0, at)
}

/// One step of the reasoning, with its provision, its status and the official text.
fn explanation_step(html: &mut Html, s: &Step, several: bool, lang: Lang) {
    html.open(
        "li",
        &[("class", &format!("step status-{}", s.status.name()))],
    );
    html.open("p", &[("class", "step-source")]);
    // A category entered from the verdict is the user's word, not the law's.
    if matches!(s.detail, StepDetail::CategoryFromVerdict { .. }) {
        html.badge("entered", t!(lang, app.status_entered));
    } else {
        html.status_badge(s.status, s.cite.act, lang);
    }
    html.text(" ");
    html.element("span", &[("class", "citation")], &citations(s, lang));
    if matches!(s.cite.act, Act::Law | Act::CriminalCode) {
        html.open("span", &[("class", "official-link")]);
        html.text(" · ");
        html.element(
            "a",
            &[
                ("href", official_url(&s.cite, lang)),
                ("target", "_blank"),
                ("rel", "noopener noreferrer"),
            ],
            t!(lang, app.official_text),
        );
        html.close("span");
    }
    html.close("p");
    html.element("p", &[("class", "step-text")], &step(s, several, lang));
    html.close("li");
}

/// What can be asked next and who decides it.
fn next_steps(html: &mut Html, decision: &Decision, lang: Lang) {
    let steps = crate::after_verdict::next_steps(decision, lang);
    if steps.is_empty() {
        return;
    }
    let heading = t!(lang, explain.next_steps);
    html.list_section("next-steps", heading, "ul", |html| {
        for step in &steps {
            html.element("li", &[], step);
        }
    });
}

fn warnings(html: &mut Html, decision: &Decision, lang: Lang) {
    if decision.warnings.is_empty() {
        return;
    }
    let several = several(decision);
    html.list_section("warnings", t!(lang, explain.warnings), "ul", |html| {
        for w in &decision.warnings {
            html.open("li", &[]);
            html.status_badge(w.status, Act::Law, lang);
            html.text(" ");
            html.text(&warning(w, several, lang));
            html.close("li");
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut html = Html(String::new());
        html.element("p", &[("title", "a\"b<c")], "x & <script>'");
        assert_eq!(
            html.0,
            "<p title=\"a&quot;b&lt;c\">x &amp; &lt;script&gt;&#39;</p>"
        );
    }
}
