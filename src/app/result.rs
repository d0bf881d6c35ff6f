//! The result, updated as the user types. `DecisionView` renders any decision it is given — the
//! headline, the figures, each offence, the timeline, the readings side by side, every step with
//! its citation, and the warnings — and reads nothing else: it is the same view wherever a
//! decision is shown (the batch page too).

use std::sync::Arc;

use amnesty_rules::case::{FieldError, Problem};
use amnesty_rules::decision::Decision;
use amnesty_rules::vocab::Named;
use amnesty_words::DecisionParts;
use amnesty_words::{self as words, t};
use leptos::html::Div;
use leptos::prelude::*;
use web_sys::Element;

use super::state::{field_id, use_state_and_words};
use crate::frame::{tr, use_i18n};

#[component]
pub fn ResultPanel() -> impl IntoView {
    let (state, i18n) = use_state_and_words();
    let decided = Memo::new(move |_| state.decision.with(Result::is_ok));
    // The dates in order and what to do next: written again only when their markup differs (a
    // keystroke that leaves them as they were costs the page no parsing, styling or layout).
    let timeline = Memo::new(move |_| {
        let lang = i18n.lang();
        state.decision.with(|d| match d {
            Ok(d) => {
                super::timeline::markup(d, state.draft.with(super::timeline::first_held), lang)
            }
            Err(_) => String::new(),
        })
    });
    let what_next = Memo::new(move |_| {
        let lang = i18n.lang();
        state.decision.with(|d| match d {
            Ok(d) => super::what_next::markup(d, lang),
            Err(_) => String::new(),
        })
    });
    view! {
        <section id="result" class="result" aria-labelledby="result-heading" tabindex="-1">
            <h2 id="result-heading">{tr!(i18n, app.result_heading)}</h2>
            {move || decided.get().then(|| view! { <LiveDecision /> })}
            <div inner_html=move || timeline.get()></div>
            <div inner_html=move || what_next.get()></div>
            {move || match (i18n.lang(), state.decision.get()).1 {
                Err(errors) => Some(view! { <Incomplete errors=errors /> }),
                Ok(_) => None,
            }}
            <Disclaimer />
        </section>
    }
}

/// The decision as the person types: written whole once, then, when the decision or the language
/// changes (every date and term is in the reader's language), only the parts whose markup
/// changed are replaced. A keystroke then costs the page the few figures and steps it changed,
/// not the whole result parsed, styled and laid out again.
#[component]
fn LiveDecision() -> impl IntoView {
    let (state, i18n) = use_state_and_words();
    let parts = move || {
        let lang = i18n.lang();
        state
            .decision
            .with(|d| d.as_ref().ok().map(|d| words::decision_parts(d, lang)))
    };
    let mut shown = untrack(parts).unwrap_or_default();
    let markup = shown.html();
    let container = NodeRef::<Div>::new();
    // Kept in the effect, not in a memo of its own: the parts are compared one by one anyway, and
    // each reactive type costs the page's download its own code.
    Effect::new(move |_| {
        // Nothing while the case is incomplete: this view is about to go.
        if let (Some(new), Some(element)) = (parts(), container.get_untracked()) {
            replace_changed(&element, &shown, &new);
            shown = new;
        }
    });
    view! { <div class="decision" node_ref=container inner_html=markup></div> }
}

/// Brings the markup in `container` from `shown` to `new`, replacing only the parts that differ.
fn replace_changed(container: &Element, shown: &DecisionParts, new: &DecisionParts) {
    let frame = new.frame();
    let frame_kept = shown.frame() == frame;
    replace_elements(container, &shown.blocks, &new.blocks);
    let Ok(Some(list)) = container.query_selector("ol.steps") else {
        return;
    };
    if frame_kept {
        replace_elements(&list, &shown.steps, &new.steps);
    } else {
        // A new frame (another language) came with an empty list.
        list.set_inner_html(&new.steps.concat());
    }
}

/// Brings `parent`'s child elements from the markup `shown` to `new`, one element (or none, if
/// empty) each, in order: a part that differs is replaced, one gone is removed, a new one put in.
fn replace_elements(parent: &Element, shown: &[String], new: &[String]) {
    let mut next = parent.first_element_child();
    for i in 0..shown.len().max(new.len()) {
        let was = shown.get(i).filter(|m| !m.is_empty());
        let now = new.get(i).filter(|m| !m.is_empty());
        match (was, now, next.clone()) {
            (Some(was), Some(now), Some(element)) => {
                next = element.next_element_sibling();
                if was != now {
                    element.set_outer_html(now);
                }
            }
            (Some(_), None, Some(element)) => {
                next = element.next_element_sibling();
                element.remove();
            }
            (None, Some(now), Some(element)) => {
                let _ = element.insert_adjacent_html("beforebegin", now);
            }
            (None, Some(now), None) => {
                let _ = parent.insert_adjacent_html("beforeend", now);
            }
            _ => {}
        }
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
/// says the outcome in a few words, and jumps to the full result — or, while a field is wrong,
/// names it and jumps to it.
#[component]
pub fn ResultBar() -> impl IntoView {
    let (state, i18n) = use_state_and_words();
    // The first field typed wrong (one not given yet is only "not enough facts yet").
    let wrong_field = move || {
        state.decision.with(|d| match d {
            Err(errors) => errors
                .iter()
                .find(|e| {
                    !matches!(
                        e.problem,
                        Problem::Missing | Problem::SentenceRequired | Problem::ZeroTerm
                    )
                })
                .map(|e| e.field.clone()),
            Ok(_) => None,
        })
    };
    // Signals, not closures, where the view takes them: each closure type costs the page its
    // own copy of the rendering code.
    let summary = crate::frame::live(move || {
        let lang = i18n.lang();
        if let Some(field) = wrong_field() {
            return words::fill(
                t!(lang, app.result_bar_check),
                &[("field", words::field_label(&field, lang))],
            );
        }
        state.decision.with(|d| match d {
            Ok(decision) => bar_summary(decision, lang),
            Err(_) => t!(lang, app.result_bar_incomplete).to_string(),
        })
    });
    let outcome = move || {
        state
            .decision
            .with(|d| d.as_ref().map(|d| d.outcome.name()).unwrap_or("incomplete"))
    };
    let href = crate::frame::live(move || match wrong_field() {
        Some(field) => format!("#{}", field_id(&field)),
        None => "#result".to_string(),
    });
    let link = Signal::derive(move || {
        let lang = i18n.lang();
        match wrong_field() {
            Some(_) => t!(lang, app.result_bar_field_link),
            None => t!(lang, app.result_bar_link),
        }
    });
    view! {
        <div class="result-bar" data-outcome=outcome>
            <span class="result-bar-text">{summary}</span>
            <a href=href>{link}</a>
        </div>
    }
}

/// The bar's few words: the release day first (what a family looks for, and what two lines on a
/// phone must keep), or the days when the readings differ, then the outcome. The days as the
/// form's fields write them (03.11.2022): «3 ноября 2022 г. – 16 декабря 2022 г.» did not fit.
fn bar_summary(decision: &Decision, lang: words::Lang) -> String {
    let outcome = words::outcome(decision.outcome, lang).to_string();
    let days = std::iter::once(decision.figures.release_on)
        .chain(decision.readings.iter().map(|r| r.figures.release_on))
        .flatten();
    let (Some(first), Some(last)) = (days.clone().min(), days.max()) else {
        return outcome;
    };
    if first == last {
        words::fill(
            t!(lang, app.result_bar_release),
            &[("outcome", outcome), ("date", words::dotted_date(first))],
        )
    } else {
        words::fill(
            t!(lang, app.result_bar_release_range),
            &[
                ("outcome", outcome),
                ("from", words::dotted_date(first)),
                ("to", words::dotted_date(last)),
            ],
        )
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
