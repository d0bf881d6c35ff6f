//! The printout for court, made by the browser's own print: it opens with the heading, the
//! optional details, the date of the calculation and the facts entered (`PrintHeader`, above the
//! result); the result itself follows as the screen shows it; it closes with the provisions
//! applied, the official texts and a signature line (`PrintClosing`, after the result). Every page
//! carries "Page N / M" and the case number in its margins (the print rules in style/main.css).

use amnesty_rules::case::parse_date;
use amnesty_rules::decision::Decision;
use amnesty_rules::term::Term;
use amnesty_rules::vocab::{Act, Measured, Punishment};
use amnesty_rules::RulePack;
use amnesty_words::{self as words, fill, t, Html, Lang};
use chrono::NaiveDate;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::print_details::{use_details, Details};
use super::state::AppState;
use crate::draft::{normalise_date, CaseDraft, OffenceDraft, SentenceDraft};
use crate::frame::{use_i18n, I18n};

/// The printout's own parts (its opening and its closing), written only when the page is about
/// to be printed (`beforeprint`: Ctrl+P, the Print button, a PDF export) or print media starts
/// or stops matching (a print view emulated by a browser's tools). On screen they are hidden, so
/// a keystroke never builds or parses them.
#[derive(Clone, Copy)]
struct Printout {
    header: NodeRef<Div>,
    closing: NodeRef<Div>,
    state: AppState,
    details: Details,
    i18n: I18n,
}

impl Printout {
    /// Writes both parts, and the page margins' texts, from the state as it is.
    fn write(self) {
        let lang = self.i18n.lang();
        page_margins(self.details, lang);
        if let Some(header) = self.header.get_untracked() {
            header.set_inner_html(&header_markup(self.state, self.details, lang));
        }
        if let Some(closing) = self.closing.get_untracked() {
            closing.set_inner_html(&closing_markup(self.state, self.details, lang));
        }
    }
}

/// Makes the printout's parts known to the page and listens for printing; called once by the
/// page, after the state and the details are provided.
pub fn provide() {
    let printout = Printout {
        header: NodeRef::new(),
        closing: NodeRef::new(),
        state: expect_context::<AppState>(),
        details: use_details(),
        i18n: use_i18n(),
    };
    provide_context(printout);
    // Written at once, in the listener: the browser lays the printout out as soon as it returns.
    // The page lives as long as its document, and so do these listeners.
    let write: Box<dyn FnMut(web_sys::Event)> = Box::new(move |_| printout.write());
    let write = wasm_bindgen::closure::Closure::wrap(write).into_js_value();
    if let Some(window) = web_sys::window() {
        let _ = window.add_event_listener_with_callback("beforeprint", write.unchecked_ref());
        if let Ok(Some(media)) = window.match_media("print") {
            let _ = media.add_event_listener_with_callback("change", write.unchecked_ref());
        }
    }
}

/// What opens the printout: the heading, the details, when and with which rules the calculation
/// was made, and the facts entered, so the decision that follows can be checked against them.
/// Written as markup ([`Html`]) when printing (`Printout`).
#[component]
pub fn PrintHeader() -> impl IntoView {
    part(|printout| printout.header)
}

/// Where one of the printout's parts is written (empty on screen).
fn part(node: fn(Printout) -> NodeRef<Div>) -> impl IntoView {
    view! { <div class="print-only" node_ref=node(expect_context::<Printout>())></div> }
}

/// The opening's markup.
fn header_markup(state: AppState, details: Details, lang: Lang) -> String {
    let mut html = Html::new();
    html.open("header", &[("class", "print-only print-header")]);
    html.element("h1", &[], t!(lang, app.print_title));
    html.element("p", &[("class", "print-law")], &words::law_heading(lang));
    let given: Vec<(&str, String)> = [
        (t!(lang, print.person_label), details.person.get()),
        (t!(lang, print.case_number), details.case_number_bare()),
        (t!(lang, print.court), details.court.get()),
        (t!(lang, print.verdict_court), details.verdict_court.get()),
        (
            t!(lang, print.verdict_date),
            details.verdict_date.with(|d| given_date(d, lang)),
        ),
        (
            t!(lang, print.verdict_in_force),
            details.verdict_in_force.with(|d| given_date(d, lang)),
        ),
    ]
    .into_iter()
    .filter(|(_, value)| !value.trim().is_empty())
    .collect();
    if !given.is_empty() {
        html.open("dl", &[("class", "print-details-given")]);
        for (label, value) in given {
            html.open("div", &[]);
            html.element("dt", &[], label);
            html.element("dd", &[], &value);
            html.close("div");
        }
        html.close("dl");
    }
    let as_of = state
        .draft
        .with(|d| parse_date(&normalise_date(&d.as_of)).ok());
    html.element(
        "p",
        &[("class", "print-generated")],
        &generated(state.today, as_of, lang),
    );
    html.close("header");
    let heading = t!(lang, app.print_inputs);
    let part = ("print-only print-facts", "print-facts", heading);
    html.titled("h2", part, |html| {
        html.open("table", &[]);
        html.open("tbody", &[]);
        for (label, value) in state.draft.with(|draft| facts(draft, lang)) {
            html.open("tr", &[]);
            html.element("th", &[("scope", "row")], &label);
            html.element("td", &[], &value);
            html.close("tr");
        }
        html.close("tbody");
        html.close("table");
    });
    html.finish()
}

/// When and with which rules the calculation was made; the calculation date when it is not today.
fn generated(today: NaiveDate, as_of: Option<NaiveDate>, lang: Lang) -> String {
    let versions = [
        ("date", words::date(today, lang)),
        ("pack", RulePack::embedded().pack_version.to_string()),
        ("app", amnesty_rules::ENGINE_VERSION.to_string()),
    ];
    match as_of.filter(|day| *day != today) {
        None => fill(t!(lang, print.calculated), &versions),
        Some(day) => {
            let mut values = versions.to_vec();
            values.push(("as_of", words::date(day, lang)));
            fill(t!(lang, print.calculated_as_of), &values)
        }
    }
}

/// Label and value of each fact: the stage, each offence, the sentence, the date of birth and
/// recidivism.
fn facts(d: &CaseDraft, lang: Lang) -> Vec<(String, String)> {
    let mut rows = vec![(
        t!(lang, fields.stage).to_string(),
        words::stage(d.stage, lang).to_string(),
    )];
    for (i, offence) in d.offences.iter().enumerate() {
        rows.push((
            words::offence_number(i + 1, lang),
            offence_fact(offence, d.sentence.punishment, lang),
        ));
    }
    if d.has_sentence() {
        rows.extend(sentence_facts(&d.sentence, lang));
        rows.extend(super::print_after_verdict::facts(d, lang));
    }
    rows.push((
        t!(lang, fields.birth_date).to_string(),
        typed_date(&d.birth_date, lang),
    ));
    rows.push((
        t!(lang, fields.recidivism).to_string(),
        words::recidivism(d.recidivism, lang).to_string(),
    ));
    rows
}

/// «ч. 2 ст. 188 УК РК (Кража); совершено 5 января 2022 г.; связано с массовыми беспорядками».
/// With the offence's own punishment in the verdict, where one was typed: the total alone hides
/// what each offence's new punishment is computed from.
fn offence_fact(o: &OffenceDraft, sentence: Punishment, lang: Lang) -> String {
    let cited = match o.article_and_part() {
        Some((article, part)) => {
            let cited = words::article(article, part, lang);
            match words::article_title(article, lang) {
                Some(title) => format!("{cited} ({title})"),
                None => cited,
            }
        }
        None => format!(
            "{} {}, {} {}",
            t!(lang, fields.article),
            or_dash(&o.article),
            t!(lang, fields.part),
            or_dash(&o.part)
        ),
    };
    let mut parts = vec![
        cited,
        fill(
            t!(lang, print.committed_on),
            &[("date", typed_date(&o.committed_on, lang))],
        ),
        words::context(o.context, lang).to_string(),
    ];
    if let Some(category) = o.category {
        parts.push(format!(
            "{}: {}",
            t!(lang, app.category_entered),
            words::category(category, lang)
        ));
    }
    parts.extend(
        o.exclusions
            .iter()
            .map(|e| words::exclusion(*e, lang).to_string()),
    );
    if !o.victim_age.trim().is_empty() {
        parts.push(format!(
            "{}: {}",
            t!(lang, fields.victim_age),
            o.victim_age.trim()
        ));
    }
    if !o.own_sentence.is_empty(sentence) {
        let own = &o.own_sentence;
        let kind = own.kind(sentence);
        let measure = match kind.measured() {
            Measured::Term => term_fact(&own.years, &own.months, &own.days, lang),
            Measured::Hours => own
                .hours
                .map_or_else(String::new, |n| words::hours(n, lang)),
            Measured::Amount => own
                .amount
                .map_or_else(String::new, |n| words::amount(n, lang)),
        };
        let punishment = format!("{}, {measure}", words::punishment(kind, lang));
        parts.push(fill(
            t!(lang, print.own_sentence),
            &[("sentence", punishment)],
        ));
    }
    parts.join("; ")
}

/// A term as typed, in words when its figures read as numbers (an empty one is none).
fn term_fact(years: &str, months: &str, days: &str, lang: Lang) -> String {
    match (figure(years), figure(months), figure(days)) {
        (Some(y), Some(m), Some(d)) => words::term(Term::new(y, m, d), lang),
        _ => format!("{years} / {months} / {days}"),
    }
}

/// A figure as typed: empty is none.
fn figure(text: &str) -> Option<u32> {
    let text = text.trim();
    if text.is_empty() {
        Some(0)
    } else {
        text.parse::<u32>().ok()
    }
}

/// The punishment and its measure, the first day of the term, and whether it is conditional.
fn sentence_facts(s: &SentenceDraft, lang: Lang) -> Vec<(String, String)> {
    let measure = match s.punishment.measured() {
        Measured::Term => term_fact(&s.years, &s.months, &s.days, lang),
        Measured::Hours => figure(&s.hours)
            .map(|n| words::hours(n, lang))
            .unwrap_or_else(|| or_dash(&s.hours)),
        Measured::Amount => figure(&s.amount)
            .map(|n| words::amount(n, lang))
            .unwrap_or_else(|| or_dash(&s.amount)),
    };
    let mut rows = vec![(
        t!(lang, fields.sentence).to_string(),
        format!("{}, {measure}", words::punishment(s.punishment, lang)),
    )];
    if !s.start.trim().is_empty() {
        rows.push((
            t!(lang, fields.start).to_string(),
            typed_date(&s.start, lang),
        ));
    }
    if s.punishment == Punishment::Imprisonment {
        let answer = if s.conditional {
            t!(lang, app.yes)
        } else {
            t!(lang, app.no)
        };
        rows.push((t!(lang, fields.conditional).to_string(), answer.to_string()));
    }
    rows
}

/// A typed date in the reader's language, or as typed when it is not a date.
pub(super) fn typed_date(text: &str, lang: Lang) -> String {
    match parse_date(&normalise_date(text)) {
        Ok(date) => words::date(date, lang),
        Err(_) => or_dash(text),
    }
}

/// A date given for the printout, written as [`typed_date`] writes it; nothing when none is given.
fn given_date(text: &str, lang: Lang) -> String {
    if text.trim().is_empty() {
        String::new()
    } else {
        typed_date(text, lang)
    }
}

fn or_dash(text: &str) -> String {
    if text.trim().is_empty() {
        "—".to_string()
    } else {
        text.trim().to_string()
    }
}

/// What closes the printout, after the result: the provisions the reasoning applied, the official
/// texts they are in, and the line for the signature. Written as markup when printing, like the
/// opening.
#[component]
pub fn PrintClosing() -> impl IntoView {
    part(|printout| printout.closing)
}

/// The closing's markup: the sources, then the signature lines.
fn closing_markup(state: AppState, details: Details, lang: Lang) -> String {
    let mut html = Html::new();
    let heading = t!(lang, explain.sources);
    let part = ("print-only print-sources", "print-sources", heading);
    html.titled("h2", part, |html| {
        let provisions = state.decision.with(|d| {
            d.as_ref()
                .ok()
                .map(|decision| provisions_applied(decision, lang))
        });
        if let Some(provisions) = provisions {
            html.open("p", &[]);
            html.element(
                "strong",
                &[],
                &format!("{}: ", t!(lang, print.sources_intro)),
            );
            html.text(&provisions);
            html.close("p");
        }
        official_texts(html, lang);
        signature(html, details, lang);
    });
    html.finish()
}

/// Who prepared it, the date and a line to sign.
fn signature(html: &mut Html, details: Details, lang: Lang) {
    let prepared = [details.prepared_by.get(), details.role.get()]
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    html.open("div", &[("class", "print-signature")]);
    for (class, label, line) in [
        (
            "signature-prepared",
            t!(lang, print.signature_prepared),
            prepared.as_str(),
        ),
        ("signature-date", t!(lang, print.signature_date), ""),
        ("signature-sign", t!(lang, print.signature_sign), ""),
    ] {
        html.open("p", &[("class", class)]);
        html.element(
            "span",
            &[("class", "signature-label")],
            &format!("{label}:"),
        );
        html.element("span", &[("class", "signature-line")], line);
        html.close("p");
    }
    html.close("div");
}

/// Every provision of the law and of the Code the steps rest on, once each, in their order.
fn provisions_applied(decision: &Decision, lang: Lang) -> String {
    let mut cited: Vec<String> = Vec::new();
    for source in words::sources(decision) {
        if matches!(source.cite.act, Act::Law | Act::CriminalCode) {
            let citation = words::citation(&source.cite, lang);
            if !cited.contains(&citation) {
                cited.push(citation);
            }
        }
    }
    cited.join("; ")
}

/// The law and the Code, each named in full with its official text, the address written out
/// so that it can be read from paper.
fn official_texts(html: &mut Html, lang: Lang) {
    let code = &RulePack::embedded().criminal_code;
    let code_title = fill(
        t!(lang, print.code_title),
        &[
            ("adopted", words::date(code.adopted, lang)),
            ("number", code.number.to_string()),
        ],
    );
    let code_url: &str = match lang {
        Lang::Kk => &code.official_text.kk,
        Lang::Ru => &code.official_text.ru,
        Lang::En => &code.official_text.en,
    };
    html.open("p", &[("class", "print-official-texts")]);
    html.element(
        "strong",
        &[],
        &format!("{}: ", t!(lang, print.official_texts)),
    );
    html.close("p");
    html.open("ul", &[("class", "print-official-texts")]);
    // The Code's address gives today's wording, not January 2022's: the line says so.
    let code_title = format!("{code_title} — {}", t!(lang, print.code_current));
    for (title, url) in [
        (words::law_heading(lang), words::law_url(lang)),
        (code_title, code_url),
    ] {
        html.open("li", &[]);
        html.text(&format!("{title}: "));
        html.element("a", &[("href", url)], url);
        html.close("li");
    }
    html.close("ul");
}

/// The texts of the page margins (the print rules in style/main.css): the case number, if given,
/// and the word for "page". Margin boxes take no text from the document but its root's custom
/// properties, so they are set there, through the style object (which the page's policy allows).
fn page_margins(details: Details, lang: Lang) {
    let number = details.case_number_bare();
    let case = if number.is_empty() {
        String::new()
    } else {
        fill(t!(lang, print.running_case), &[("number", number)])
    };
    set_root_property("--print-case", &css_string(&case));
    set_root_property("--print-page", &css_string(t!(lang, print.page)));
}

fn set_root_property(name: &str, value: &str) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(root) = root {
        let _ = root.style().set_property(name, value);
    }
}

/// `text` as a CSS string: quotes, backslashes and control characters escaped, so that what is
/// typed stays text in the margins and can never become CSS.
fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push_str(&format!("\\{:x} ", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
