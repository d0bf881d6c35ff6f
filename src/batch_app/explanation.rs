//! One case in full: its decision re-decided here by the rules from the case's file (the engine
//! is fast and gives the worker's answer again, step by step), shown by the one-case page's own
//! result component; or, for a case that could not be read, each of its problems. From here the
//! case opens in the one-case form, where a fact can be changed.

use std::sync::Arc;

use amnesty_words::{self as words, fill, t};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::form_link::form_link;
use super::table::case_label;
use super::{use_batch, Loaded};
use crate::app::result::DecisionView;
use crate::frame::use_i18n;

/// Moves the keyboard focus to an element by its id, once it is on the screen.
fn focus_later(id: String) {
    let focus = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Some(element) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(focus.unchecked_ref());
    }
}

#[component]
pub fn Explanation(loaded: Arc<Loaded>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_batch();
    let lang = i18n.lang_untracked();
    // Focus follows the reader: to the explanation when one opens.
    Effect::new(move |previous: Option<Option<usize>>| {
        let now = state.selected.get();
        if now.is_some() && previous.is_some_and(|p| p != now) {
            focus_later("explanation-heading".into());
        }
        now
    });
    let close = move |at: usize| {
        state.selected.set(None);
        // Back to the case's row, on the page of the table that shows it.
        focus_later(format!("explain-{at}"));
    };
    move || {
        let at = state.selected.get()?;
        let case = loaded.result.cases.get(at)?;
        let today = loaded.result.today;
        // The worker decided the same file with the same date; the rules give the same answer.
        let decided = case
            .case_file
            .as_ref()
            .map(|json| (json, amnesty_rules::check(json.as_bytes(), today)));
        let decision = match &decided {
            Some((_, Ok(decision))) => Some(view! { <DecisionView decision=decision.clone() /> }),
            _ => None,
        };
        let refused = match &decided {
            Some((_, Err(errors))) => errors.iter().map(|e| words::problem(e, lang)).collect(),
            _ => Vec::new(),
        };
        let problems: Vec<String> = case
            .problems
            .iter()
            .map(|p| {
                fill(
                    t!(lang, batch.problems.line),
                    &[
                        ("row", p.row.to_string()),
                        ("column", p.column.clone()),
                        ("message", p.message.clone()),
                    ],
                )
            })
            .chain(refused)
            .collect();
        let link = decided.as_ref().map(|(json, _)| form_link(json, lang));
        let rows = case.rows_text();
        let heading = if case.name.is_empty() {
            case_label(case, lang)
        } else {
            format!("{} · {}", case_label(case, lang), case.name)
        };
        Some(view! {
            <section class="explanation-panel" aria-labelledby="explanation-heading" data-case=case.case.clone()>
                <h3 id="explanation-heading" tabindex="-1">
                    {fill(t!(lang, batch.page.explanation_heading), &[("case", heading)])}
                </h3>
                <p class="hint">{fill(t!(lang, batch.page.explanation_rows), &[("rows", rows)])}</p>
                <div class="actions">
                    {link.map(|href| view! {
                        <a class="button open-in-form" href=href target="_blank" rel="noopener">
                            {t!(lang, batch.page.open_in_form)}
                            <span class="visually-hidden">" " {t!(lang, batch.page.new_tab)}</span>
                        </a>
                    })}
                    <button type="button" class="secondary" on:click=move |_| close(at)>
                        {t!(lang, batch.page.close_explanation)}
                    </button>
                </div>
                {(!problems.is_empty()).then(|| view! {
                    <div class="incomplete case-problems">
                        <p>{t!(lang, batch.page.case_problems)}</p>
                        <ul>{problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                    </div>
                })}
                <div class="result">{decision}</div>
            </section>
        })
    }
}
