//! The printout for court, made by the browser's own print: it opens with the heading, the
//! optional details, the date of the calculation and the facts entered (`PrintHeader`, above the
//! result); the result itself follows as the screen shows it; it closes with the provisions
//! applied, the official texts and a signature line (`PrintClosing`, after the result). Every page
//! carries "Page N / M" and the case number in its margins (the print rules in style/main.css).

use amnesty_rules::case::parse_date;
use amnesty_rules::decision::Decision;
use amnesty_rules::term::Term;
use amnesty_rules::vocab::{Act, ArticleNo, Measured, Punishment};
use amnesty_rules::RulePack;
use amnesty_words::{self as words, fill, t, Lang};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::print_details::{use_details, Details};
use super::state::AppState;
use super::{tr, use_i18n};
use crate::draft::{normalise_date, CaseDraft, OffenceDraft, SentenceDraft};

/// What opens the printout: the heading, the details, when and with which rules the calculation
/// was made, and the facts entered, so the decision that follows can be checked against them.
#[component]
pub fn PrintHeader() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let pack = RulePack::embedded();
    keep_page_margins_current();
    let generated = move || {
        let lang = i18n.lang();
        let as_of = state
            .draft
            .with(|d| parse_date(&normalise_date(&d.as_of)).ok());
        let versions = [
            ("date", words::date(state.today, lang)),
            ("pack", pack.pack_version.to_string()),
            ("app", amnesty_rules::ENGINE_VERSION.to_string()),
        ];
        match as_of.filter(|day| *day != state.today) {
            None => fill(t!(lang, print.calculated), &versions),
            Some(day) => {
                let mut values = versions.to_vec();
                values.push(("as_of", words::date(day, lang)));
                fill(t!(lang, print.calculated_as_of), &values)
            }
        }
    };
    view! {
        <header class="print-only print-header">
            <h1>{tr!(i18n, app.print_title)}</h1>
            <p class="print-law">{super::live(move || words::law_heading(i18n.lang()))}</p>
            <PrintedDetails />
            <p class="print-generated">{generated}</p>
        </header>
        <Facts />
    }
}

/// The details that were given, each with its label; nothing when none was.
#[component]
fn PrintedDetails() -> impl IntoView {
    let i18n = use_i18n();
    let details = use_details();
    move || {
        let lang = i18n.lang();
        let rows: Vec<_> = [
            (t!(lang, print.person_label), details.person.get()),
            (t!(lang, print.case_number), details.case_number_bare()),
            (t!(lang, print.court), details.court.get()),
        ]
        .into_iter()
        .filter(|(_, value)| !value.trim().is_empty())
        .map(|(label, value)| view! { <div><dt>{label}</dt><dd>{value}</dd></div> })
        .collect();
        (!rows.is_empty()).then(|| view! { <dl class="print-details-given">{rows}</dl> })
    }
}

/// The facts as entered, in the order of the form, each citation as lawyers write it.
#[component]
fn Facts() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let rows = move || {
        let lang = i18n.lang();
        state.draft.with(|draft| {
            facts(draft, lang)
                .into_iter()
                .map(|(label, value)| view! { <tr><th scope="row">{label}</th><td>{value}</td></tr> })
                .collect_view()
        })
    };
    view! {
        <section class="print-only print-facts" aria-labelledby="print-facts-heading">
            <h2 id="print-facts-heading">{tr!(i18n, app.print_inputs)}</h2>
            <table>
                <tbody>{rows}</tbody>
            </table>
        </section>
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
            offence_fact(offence, lang),
        ));
    }
    if d.has_sentence() {
        rows.extend(sentence_facts(&d.sentence, lang));
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
fn offence_fact(o: &OffenceDraft, lang: Lang) -> String {
    let part = o.part.trim().parse::<u8>().ok();
    let cited = match ArticleNo::parse(&o.article, true) {
        Some(article) => {
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
    parts.join("; ")
}

/// The punishment and its measure, the first day of the term, and whether it is conditional.
fn sentence_facts(s: &SentenceDraft, lang: Lang) -> Vec<(String, String)> {
    let number = |text: &str| {
        let text = text.trim();
        if text.is_empty() {
            Some(0)
        } else {
            text.parse::<u32>().ok()
        }
    };
    let measure = match s.punishment.measured() {
        Measured::Term => match (number(&s.years), number(&s.months), number(&s.days)) {
            (Some(y), Some(m), Some(d)) => words::term(Term::new(y, m, d), lang),
            _ => format!("{} / {} / {}", s.years, s.months, s.days),
        },
        Measured::Hours => number(&s.hours)
            .map(|n| words::hours(n, lang))
            .unwrap_or_else(|| or_dash(&s.hours)),
        Measured::Amount => number(&s.amount)
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
fn typed_date(text: &str, lang: Lang) -> String {
    match parse_date(&normalise_date(text)) {
        Ok(date) => words::date(date, lang),
        Err(_) => or_dash(text),
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
/// texts they are in, and the line for the signature.
#[component]
pub fn PrintClosing() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let sources = move || {
        let lang = i18n.lang();
        state
            .decision
            .with(|d| {
                d.as_ref()
                    .ok()
                    .map(|decision| provisions_applied(decision, lang))
            })
            .map(|provisions| {
                view! {
                    <p>
                        <strong>{t!(lang, print.sources_intro)} ": "</strong>
                        {provisions}
                    </p>
                }
            })
    };
    view! {
        <section class="print-only print-sources" aria-labelledby="print-sources-heading">
            <h2 id="print-sources-heading">{tr!(i18n, explain.sources)}</h2>
            {sources}
            <OfficialTexts />
            <Signature />
        </section>
    }
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
#[component]
fn OfficialTexts() -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let lang = i18n.lang();
        let code = &RulePack::embedded().criminal_code;
        let code_title = fill(
            t!(lang, print.code_title),
            &[
                ("adopted", words::date(code.adopted, lang)),
                ("number", code.number.to_string()),
            ],
        );
        let code_url: &'static str = match lang {
            Lang::Kk => &code.official_text.kk,
            Lang::Ru => &code.official_text.ru,
            Lang::En => &code.official_text.en,
        };
        let law_url = words::law_url(lang);
        view! {
            <p class="print-official-texts">
                <strong>{t!(lang, print.official_texts)} ": "</strong>
            </p>
            <ul class="print-official-texts">
                <li>{words::law_heading(lang)} " — " <a href=law_url>{law_url}</a></li>
                <li>{code_title} " — " <a href=code_url>{code_url}</a></li>
            </ul>
        }
    }
}

/// Who prepared the printout, then the date and the signature, to be written by hand.
#[component]
fn Signature() -> impl IntoView {
    let i18n = use_i18n();
    let details = use_details();
    let prepared = move || {
        let (name, role) = (details.prepared_by.get(), details.role.get());
        [name.trim(), role.trim()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    };
    view! {
        <div class="print-signature">
            <p class="signature-prepared">
                <span class="signature-label">{tr!(i18n, print.signature_prepared)} ":"</span>
                <span class="signature-line">{prepared}</span>
            </p>
            <p class="signature-date">
                <span class="signature-label">{tr!(i18n, print.signature_date)} ":"</span>
                <span class="signature-line"></span>
            </p>
            <p class="signature-sign">
                <span class="signature-label">{tr!(i18n, print.signature_sign)} ":"</span>
                <span class="signature-line"></span>
            </p>
        </div>
    }
}

/// The texts of the page margins (the print rules in style/main.css): the case number, if given, and the word
/// for "page". Margin boxes take no text from the document but its root's custom properties,
/// so they are set there, through the style object (which the page's policy allows).
fn keep_page_margins_current() {
    let i18n = use_i18n();
    let details: Details = use_details();
    Effect::new(move |_| {
        let lang = i18n.lang();
        let number = details.case_number_bare();
        let case = if number.is_empty() {
            String::new()
        } else {
            fill(t!(lang, print.running_case), &[("number", number)])
        };
        set_root_property("--print-case", &css_string(&case));
        set_root_property("--print-page", &css_string(t!(lang, print.page)));
    });
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
