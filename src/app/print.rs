//! What only the printed page shows: a heading for court, when and with which rules the
//! calculation was made, and the facts entered. The browser's own print makes the document.

use amnesty_rules::vocab::{ArticleNo, Measured};
use amnesty_rules::RulePack;
use amnesty_words::{self as words, fill, t};
use leptos::prelude::*;

use super::state::AppState;
use super::{tr, use_i18n};

#[component]
pub fn PrintHeader() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let pack = RulePack::embedded();
    let generated = move || {
        let lang = i18n.lang();
        let as_of = state.draft.with(|d| d.as_of.clone());
        fill(
            t!(lang, app.print_generated),
            &[
                ("date", words::date(state.today, lang)),
                ("as_of", as_of),
                ("pack", pack.pack_version.to_string()),
                ("app", amnesty_rules::ENGINE_VERSION.to_string()),
            ],
        )
    };
    view! {
        <header class="print-only print-header">
            <h1>{tr!(i18n, app.print_title)}</h1>
            <p>{super::live(move || words::law_heading(i18n.lang()))}</p>
            <p>{generated}</p>
        </header>
    }
}

fn or_dash(text: &str) -> String {
    if text.trim().is_empty() {
        "—".to_string()
    } else {
        text.to_string()
    }
}

/// The facts as entered, so the printout stands on its own.
#[component]
pub fn PrintFacts() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let row = |label: String, value: String| view! { <tr><th scope="row">{label}</th><td>{value}</td></tr> };
    let facts = move || {
        let lang = i18n.lang();
        let d = state.draft.get();
        let yes_no = |b: bool| {
            if b {
                t!(lang, app.yes)
            } else {
                t!(lang, app.no)
            }
            .to_string()
        };
        let mut rows = vec![
            row(
                t!(lang, fields.stage).into(),
                words::stage(d.stage, lang).into(),
            ),
            row(
                t!(lang, fields.recidivism).into(),
                words::recidivism(d.recidivism, lang).into(),
            ),
            row(t!(lang, fields.birth_date).into(), or_dash(&d.birth_date)),
        ];
        for (i, o) in d.offences.iter().enumerate() {
            let article = ArticleNo::parse(&o.article, true)
                .map(|a| words::article(a, o.part.trim().parse().ok(), lang))
                .unwrap_or_else(|| format!("{} {} {}", o.article, t!(lang, fields.part), o.part));
            let mut parts = vec![
                article,
                o.committed_on.clone(),
                words::context(o.context, lang).to_string(),
            ];
            if let Some(c) = o.category {
                parts.push(format!(
                    "{}: {}",
                    t!(lang, app.category_entered),
                    words::category(c, lang)
                ));
            }
            let exclusions: Vec<&str> = o
                .exclusions
                .iter()
                .map(|e| words::exclusion(*e, lang))
                .collect();
            if !exclusions.is_empty() {
                parts.push(exclusions.join(", "));
            }
            if !o.victim_age.trim().is_empty() {
                parts.push(format!("{}: {}", t!(lang, fields.victim_age), o.victim_age));
            }
            rows.push(row(words::offence_number(i + 1, lang), parts.join(" · ")));
        }
        if d.has_sentence() {
            let s = &d.sentence;
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
                    (Some(y), Some(m), Some(d)) => {
                        words::term(amnesty_rules::term::Term::new(y, m, d), lang)
                    }
                    _ => format!("{} / {} / {}", s.years, s.months, s.days),
                },
                Measured::Hours => or_dash(&s.hours),
                Measured::Amount => or_dash(&s.amount),
            };
            let value = format!(
                "{} · {measure} · {}: {} · {}: {}",
                words::punishment(s.punishment, lang),
                t!(lang, fields.start),
                or_dash(&s.start),
                t!(lang, fields.conditional),
                yes_no(s.conditional),
            );
            rows.push(row(t!(lang, fields.sentence).into(), value));
        }
        rows.collect_view()
    };
    view! {
        <section class="print-only print-facts">
            <h2>{tr!(i18n, app.print_inputs)}</h2>
            <table>
                <tbody>{facts}</tbody>
            </table>
        </section>
    }
}
