//! Save and open the case as a file (the command-line tool's case-file format), remember it on
//! this device only when asked, print, and start over. Nothing leaves the device.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use amnesty_rules::case::{FieldError, MAX_FILE_BYTES};

use super::print_details::use_details;
use super::state::use_state_and_words;
use crate::draft::{case_file_name, CaseDraft};
use crate::frame::{save_file, tr};

/// A case file as saved, laid out for a person to read: written by serde_json's compact writer
/// (the one the page also remembers cases with: a second, pretty writer costs 1 KB of every
/// first visit) and indented by the browser's own `JSON.stringify`.
fn laid_out(file: amnesty_rules::case::CaseFile) -> Option<wasm_bindgen::JsValue> {
    let compact = serde_json::to_string(&file).ok()?;
    let value = js_sys::JSON::parse(&compact).ok()?;
    js_sys::JSON::stringify_with_replacer_and_space(&value, &wasm_bindgen::JsValue::NULL, &2.into())
        .ok()
        .map(Into::into)
}

/// The result of the last import, for the message under the buttons.
#[derive(Clone, PartialEq)]
enum ImportNotice {
    Done,
    Failed(Option<FieldError>),
    TooLarge,
}

#[component]
pub fn FileActions() -> impl IntoView {
    let (state, i18n) = use_state_and_words();
    // A case handed over in the address that could not be read is said here, as a file would be.
    let notice = RwSignal::new(
        state
            .link_problem
            .get_value()
            .map(|e| ImportNotice::Failed(Some(e))),
    );

    let details = use_details();
    let export = move |_| {
        if let Some(json) = state
            .draft
            .with(|d| d.to_case_file())
            .ok()
            .and_then(laid_out)
        {
            // The name, never the contents, may carry the person's name from the printout's details.
            let name = details.person.with_untracked(|person| {
                state
                    .draft
                    .with_untracked(|d| case_file_name(person, d, state.today))
            });
            save_file(&json, &name, "application/json");
        }
    };
    // A decided case converts (the decision is made from the case file): the draft is converted
    // here only while the case is incomplete, not on every keystroke of a decided one.
    let can_export = move || {
        state.decision.with(Result::is_ok) || state.draft.with(|d| d.to_case_file().is_ok())
    };

    let import = move |ev: web_sys::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        if file.size() > MAX_FILE_BYTES as f64 {
            notice.set(Some(ImportNotice::TooLarge));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string());
            let Some(text) = text else {
                notice.set(Some(ImportNotice::Failed(None)));
                return;
            };
            // A broken or hostile file changes nothing: it is checked before the form is touched.
            match super::case_json::read(&text) {
                Ok(file) => {
                    state.replace(CaseDraft::from_case_file(&file, state.today));
                    notice.set(Some(ImportNotice::Done));
                }
                Err(error) => notice.set(Some(ImportNotice::Failed(Some(error)))),
            }
        });
    };

    view! {
        <section class="file-actions" aria-labelledby="file-heading">
            <h2 id="file-heading">{tr!(i18n, app.file_heading)}</h2>
            <div class="actions">
                <button type="button" on:click=export disabled=move || !can_export()>
                    {tr!(i18n, app.export)}
                </button>
                // The real file input stays focusable; its label is what the eye sees.
                <input id="import-file" class="file-input" type="file" accept=".json,application/json" on:change=import />
                <label class="button" for="import-file">{tr!(i18n, app.import)}</label>
                <button
                    type="button"
                    class="print-button"
                    disabled=move || state.decision.with(|d| d.is_err())
                    on:click=move |_| {
                        if let Some(window) = web_sys::window() {
                            let _ = window.print();
                        }
                    }
                >
                    {tr!(i18n, app.print)}
                </button>
                <button type="button" class="secondary" on:click=move |_| {
                    // Nothing typed is erased without asking.
                    let confirmed = web_sys::window().is_none_or(|w| {
                        w.confirm_with_message(amnesty_words::t!(i18n.lang(), app.new_case_confirm))
                            .unwrap_or(false)
                    });
                    if confirmed {
                        state.replace(CaseDraft::new(state.today));
                    }
                }>
                    {tr!(i18n, app.new_case)}
                </button>
            </div>
            <p class="import-notice" role="status" aria-live="polite">
                {move || match notice.get() {
                    None => None,
                    Some(ImportNotice::Done) => Some(tr!(i18n, app.import_done).into_any()),
                    Some(ImportNotice::TooLarge) => Some(view! { {tr!(i18n, app.import_failed)} " " {tr!(i18n, app.import_too_large)} }.into_any()),
                    Some(ImportNotice::Failed(error)) => Some(
                        view! { {tr!(i18n, app.import_failed)} " " {error.map(|e| amnesty_words::problem(&e, i18n.lang()))} }.into_any(),
                    ),
                }}
            </p>
            <div class="choice remember">
                <input
                    type="checkbox"
                    id="remember"
                    aria-describedby="remember-hint"
                    prop:checked=move || state.remember.get()
                    on:change=move |ev| state.remember.set(event_target_checked(&ev))
                />
                <label for="remember">{tr!(i18n, app.remember_label)}</label>
            </div>
            <p class="hint" id="remember-hint">{tr!(i18n, app.remember_hint)}</p>
        </section>
    }
}
