//! The one-case page, in the shared frame (`frame`). Components render the draft and the
//! decision; they contain no law. Every word comes from the words layer (`amnesty-words`), the
//! same one the command-line tool uses, so the page, the print and the terminal say the same
//! thing.

mod after_verdict_fields;
mod article_picker;
mod case_json;
mod custody;
mod date_hint;
mod fields;
mod file_actions;
mod form;
mod help;
mod print;
mod print_after_verdict;
mod print_details;
pub mod result;
mod sanction_warning;
pub mod state;
pub mod timeline;
pub mod what_next;

use leptos::prelude::*;

use crate::frame::{tr, use_i18n, Frame, PageFrame};
use amnesty_words::keys;
use state::AppState;

/// The one-case page in the shared frame.
const ONE_CASE: PageFrame = PageFrame {
    document_title: keys::app::page_title,
    title: keys::app::title,
    subtitle: keys::app::subtitle,
    privacy: keys::app::privacy_note,
    skip_text: keys::app::skip_to_result,
    skip_to: "#result",
    // The help's texts are fetched when it is opened.
    bundles: &[amnesty_words::Bundle::Page],
    // The batch page, for a caseload from a spreadsheet.
    footer_link: Some(("batch/", keys::app::batch_link)),
};

#[component]
pub fn App() -> impl IntoView {
    view! {
        <Frame page=&ONE_CASE>
            <OneCase />
        </Frame>
    }
}

/// The page inside the frame: the help, the form beside the result, saving and printing.
#[component]
fn OneCase() -> impl IntoView {
    provide_context(AppState::load());
    print_details::provide();
    print::provide();
    view! {
        <help::Help />
        <UpdateNotice />
        <print::PrintHeader />
        <main class="layout">
            <div class="form-column">
                <form::CaseForm />
                <result::ResultBar />
            </div>
            <div class="result-column">
                <result::ResultPanel />
                <file_actions::FileActions />
                <print_details::PrintDetails />
                <print::PrintClosing />
            </div>
        </main>
    }
}

/// Told by the start-up script when the service worker has a newer version waiting. The page
/// keeps running as it is, so nothing typed is lost; the new version is used on the next visit.
#[component]
fn UpdateNotice() -> impl IntoView {
    let i18n = use_i18n();
    let ready = RwSignal::new(false);
    let handle = window_event_listener_untyped("amnesty-update-ready", move |_| ready.set(true));
    on_cleanup(move || handle.remove());
    view! {
        <div class="update-notice" role="status" aria-live="polite">
            <Show when=move || ready.get()>
                <p>{tr!(i18n, app.update_ready)}</p>
            </Show>
        </div>
    }
}

/// Starts the app on the page.
pub fn mount() {
    leptos::mount::mount_to_body(App);
}

/// The engine as the page runs it, for the tests that check it decides exactly as the
/// command-line tool: a case file in, the decision as JSON out (or the field errors).
/// Only in the test build (feature `engine-hook`): the published page has no use for it.
#[cfg(feature = "engine-hook")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn decide_case_file(case_json: &str, today: &str) -> String {
    let today = amnesty_rules::case::parse_date(today).unwrap_or_default();
    match amnesty_rules::check(case_json.as_bytes(), today) {
        Ok(decision) => serde_json::to_string(&decision).unwrap_or_default(),
        Err(errors) => {
            #[derive(serde::Serialize)]
            struct Rejected {
                errors: Vec<amnesty_rules::case::FieldError>,
            }
            serde_json::to_string(&Rejected { errors }).unwrap_or_default()
        }
    }
}
