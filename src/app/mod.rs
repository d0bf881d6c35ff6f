//! The browser app (feature `web`). Components render the draft and the decision; they contain
//! no law. Words come from `locales/*.json` through leptos_i18n, checked at compile time.

// The macro form keeps the compile-time checks of keys and interpolations without the ICU
// data-export tooling that the build-script form pulls in.
#[allow(deprecated)]
mod locales {
    leptos_i18n::load_locales!();
}
pub use locales::i18n;

/// The translation context every component reads its words from.
pub type I18n = leptos_i18n::I18nContext<i18n::Locale>;

/// A text in the current language that follows language switches: `tr!(i18n, app.title)`.
/// Every such text goes through one type-erased signal, so the view code for a reactive text is
/// compiled once instead of once per text, which keeps the app markedly smaller.
macro_rules! tr {
    ($i18n:expr, $($key:ident).+) => {
        $crate::app::text($i18n, |i| $crate::app::i18n::t_string!(i, $($key).+))
    };
}

/// A text computed from the language (and other signals), through the same erased signal type.
pub fn live(f: impl Fn() -> String + Send + Sync + 'static) -> Signal<String> {
    Signal::derive(f)
}

/// The text a key gives, as a signal that changes with the language.
pub fn text(i18n: I18n, key: fn(I18n) -> &'static str) -> Signal<&'static str> {
    Signal::derive(move || key(i18n))
}

mod article_picker;
mod fields;
mod file_actions;
mod form;
mod print;
mod result;
pub mod state;
mod timeline;
pub mod words;

use i18n::*;
use leptos::prelude::*;

use crate::locale::Lang;
use state::AppState;

#[component]
pub fn App() -> impl IntoView {
    view! {
        <I18nContextProvider>
            <Shell />
        </I18nContextProvider>
    }
}

/// The page: header, the form beside the result, saving and printing, and the footer.
#[component]
fn Shell() -> impl IntoView {
    let i18n = use_i18n();
    provide_context(AppState::load());
    view! {
        <a class="skip-link" href="#result">{tr!(i18n, app.skip_to_result)}</a>
        <header class="site-header">
            <div class="header-text">
                <h1>{tr!(i18n, app.title)}</h1>
                <p class="subtitle">{tr!(i18n, app.subtitle)}</p>
            </div>
            <LanguageSwitcher />
            <p class="privacy-note">{tr!(i18n, app.privacy_note)}</p>
        </header>
        <UpdateNotice />
        <print::PrintHeader />
        <main class="layout">
            <form::CaseForm />
            <div class="result-column">
                <result::ResultPanel />
                <print::PrintFacts />
            </div>
        </main>
        <file_actions::FileActions />
        <footer class="site-footer">
            <p>{tr!(i18n, app.footer_privacy)}</p>
            <p>{tr!(i18n, app.footer_sources)}</p>
        </footer>
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

/// Kazakh, Russian, English, each named in its own language; switching keeps the form.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let choices = [
        (Lang::Kk, "Қазақша"),
        (Lang::Ru, "Русский"),
        (Lang::En, "English"),
    ];
    view! {
        <nav class="languages" aria-label=move || t_string!(i18n, app.language)>
            {choices
                .into_iter()
                .map(|(lang, name)| {
                    let locale = words::locale_of(lang);
                    view! {
                        <button
                            type="button"
                            lang=lang.code()
                            aria-pressed=move || if i18n.get_locale() == locale { "true" } else { "false" }
                            on:click=move |_| i18n.set_locale(locale)
                        >
                            {name}
                        </button>
                    }
                })
                .collect_view()}
        </nav>
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
    let today = crate::case::parse_date(today).unwrap_or_default();
    match crate::check(case_json.as_bytes(), today) {
        Ok(decision) => serde_json::to_string(&decision).unwrap_or_default(),
        Err(errors) => {
            #[derive(serde::Serialize)]
            struct Rejected {
                errors: Vec<crate::case::FieldError>,
            }
            serde_json::to_string(&Rejected { errors }).unwrap_or_default()
        }
    }
}
