//! The result, updated as the user types. `DecisionView` renders any decision it is given — the
//! headline, the figures, each offence, the timeline, the readings side by side, every step with
//! its citation, and the warnings — and reads nothing else: it is the same view wherever a
//! decision is shown (the batch page too).

use std::sync::Arc;

use amnesty_rules::case::FieldError;
use amnesty_rules::decision::Decision;
use amnesty_rules::vocab::Named;
use amnesty_words::{self as words, t};
use leptos::prelude::*;

use super::state::{field_id, AppState};
use crate::frame::{tr, use_i18n};

#[component]
pub fn ResultPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    view! {
        <section id="result" class="result" aria-labelledby="result-heading" tabindex="-1">
            <h2 id="result-heading">{tr!(i18n, app.result_heading)}</h2>
            // Rebuilt when the decision or the language changes, so every date and term is in
            // the reader's language.
            {move || match (i18n.lang(), state.decision.get()).1 {
                Ok(decision) => view! {
                    <DecisionView decision=decision.clone() />
                    <super::timeline::DatesTimeline decision=decision.clone() held=state.draft.with(super::timeline::first_held) />
                    <super::what_next::WhatNext decision=decision />
                }
                .into_any(),
                Err(errors) => view! { <Incomplete errors=errors /> }.into_any(),
            }}
            <Disclaimer />
        </section>
    }
}

/// What is missing or wrong, each linking to its field.
#[component]
fn Incomplete(errors: Vec<FieldError>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang_untracked();
    view! {
        <div class="incomplete" role="status">
            <p>{tr!(i18n, app.result_incomplete)}</p>
            <ul>
                {errors
                    .into_iter()
                    .map(|e| {
                        let href = format!("#{}", field_id(&e.field));
                        view! { <li><a href=href>{words::problem(&e, lang)}</a></li> }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}

/// A decision, whole: it reads nothing but the decision and the language, so it shows any
/// decision it is given. The words layer writes it ([`words::decision_html`]): nothing in it
/// reacts to anything, and markup written by one function costs the download far less than a
/// tree of components.
#[component]
pub fn DecisionView(#[prop(into)] decision: Arc<Decision>) -> impl IntoView {
    let lang = use_i18n().lang_untracked();
    view! { <div class="decision" inner_html=words::decision_html(&decision, lang)></div> }
}

/// On a phone, the result is below the form: this bar stays in view while the person types,
/// says the outcome in a few words, and jumps to the full result.
#[component]
pub fn ResultBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let summary = move || {
        let lang = i18n.lang();
        state.decision.with(|d| match d {
            // The release day beside the outcome when there is one: what a family looks for first.
            Ok(decision) => match decision.figures.release_on {
                Some(day) if decision.readings.is_empty() => words::fill(
                    t!(lang, app.result_bar_release),
                    &[
                        (
                            "outcome",
                            words::outcome(decision.outcome, lang).to_string(),
                        ),
                        ("date", words::date(day, lang)),
                    ],
                ),
                _ => words::outcome(decision.outcome, lang).to_string(),
            },
            Err(_) => t!(lang, app.result_bar_incomplete).to_string(),
        })
    };
    let outcome = move || {
        state
            .decision
            .with(|d| d.as_ref().map(|d| d.outcome.name()).unwrap_or("incomplete"))
    };
    view! {
        <div class="result-bar" data-outcome=outcome>
            <span class="result-bar-text">{summary}</span>
            <a href="#result">{tr!(i18n, app.result_bar_link)}</a>
        </div>
    }
}

#[component]
fn Disclaimer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <aside class="disclaimer">
            <p><strong>{tr!(i18n, explain.disclaimer)}</strong></p>
            <p>{tr!(i18n, app.who_decides)}</p>
            <p>
                <a href=move || words::law_url(i18n.lang()) target="_blank" rel="noopener noreferrer">
                    {tr!(i18n, app.law_link)}
                </a>
            </p>
        </aside>
    }
}
