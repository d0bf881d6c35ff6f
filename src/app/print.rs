//! What only the printed page shows: a heading for court, when and with which rules the
//! calculation was made, and the facts entered. The browser's own print makes the document.

use leptos::prelude::*;

use super::i18n::*;
use super::state::AppState;
use super::words;
use crate::locale::fill;
use crate::pack::RulePack;

#[component]
pub fn PrintHeader() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let pack = RulePack::embedded();
    let generated = move || {
        let as_of = state.draft.with(|d| d.as_of.clone());
        fill(
            t_string!(i18n, app.print_generated),
            &[
                ("date", words::date(i18n, state.today)),
                ("as_of", as_of),
                ("pack", pack.pack_version.to_string()),
                ("app", crate::engine::ENGINE_VERSION.to_string()),
            ],
        )
    };
    view! {
        <header class="print-only print-header">
            <h1>{tr!(i18n, app.print_title)}</h1>
            <p>{super::live(move || fill(t_string!(i18n, explain.title), &[("law", pack.law.number.to_string())]))}</p>
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
    let row = |label: AnyView, value: String| view! { <tr><th scope="row">{label}</th><td>{value}</td></tr> };
    let facts = move || {
        let d = state.draft.get();
        let yes_no = |b: bool| {
            if b {
                t_string!(i18n, app.yes)
            } else {
                t_string!(i18n, app.no)
            }
            .to_string()
        };
        let mut rows = vec![
            row(
                tr!(i18n, fields.stage).into_any(),
                words::stage(i18n, d.stage).to_string(),
            ),
            row(
                tr!(i18n, fields.recidivism).into_any(),
                words::recidivism(i18n, d.recidivism).to_string(),
            ),
            row(
                tr!(i18n, fields.birth_date).into_any(),
                or_dash(&d.birth_date),
            ),
        ];
        for (i, o) in d.offences.iter().enumerate() {
            let exclusions: Vec<&str> = o
                .exclusions
                .iter()
                .map(|e| words::exclusion(i18n, *e))
                .collect();
            let category = o
                .category
                .map(|c| words::category(i18n, c))
                .unwrap_or(t_string!(i18n, app.category_not_known));
            let value = format!(
                "{} {}{} · {} · {} · {}{}",
                t_string!(i18n, fields.article),
                o.article,
                if o.part.is_empty() {
                    String::new()
                } else {
                    format!(".{}", o.part)
                },
                o.committed_on,
                words::context(i18n, o.context),
                category,
                if exclusions.is_empty() {
                    String::new()
                } else {
                    format!(" · {}", exclusions.join(", "))
                },
            );
            rows.push(row(
                view! { {words::offence_number(i18n, i + 1)} }.into_any(),
                value,
            ));
        }
        if d.has_sentence() {
            let s = &d.sentence;
            let number = |text: &str| {
                if text.trim().is_empty() {
                    Some(0)
                } else {
                    text.trim().parse::<u32>().ok()
                }
            };
            let term = match (number(&s.years), number(&s.months), number(&s.days)) {
                (Some(y), Some(m), Some(d)) => words::term(i18n, crate::term::Term::new(y, m, d)),
                _ => format!("{} / {} / {}", s.years, s.months, s.days),
            };
            let value = format!(
                "{} · {term} · {}: {} · {}: {}",
                words::punishment(i18n, s.punishment),
                t_string!(i18n, fields.start),
                or_dash(&s.start),
                t_string!(i18n, fields.conditional),
                yes_no(s.conditional),
            );
            rows.push(row(tr!(i18n, fields.sentence).into_any(), value));
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
