//! The browser app (feature `web`). Components render the draft and the decision; they contain
//! no law. Every word comes from the words layer (`amnesty-words`), the same one the command-line
//! tool uses, so the page, the print and the terminal say the same thing.

mod article_picker;
mod case_json;
mod date_hint;
mod fields;
mod file_actions;
mod form;
mod help;
mod print;
mod print_details;
pub mod result;
pub mod state;

use amnesty_words::{Bundle, Lang};
use leptos::prelude::*;

use state::AppState;

/// The reader's language, shared by every component. Switching it keeps everything typed.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: RwSignal<Lang>,
}

impl I18n {
    /// A language context of its own, for a view mounted outside the app (the component tests).
    pub fn new(lang: Lang) -> I18n {
        I18n {
            lang: RwSignal::new(lang),
        }
    }

    /// The language, tracked: a text read through it follows a switch.
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    pub fn lang_untracked(&self) -> Lang {
        self.lang.get_untracked()
    }

    /// Switches once the language's texts are at hand, so no text ever shows empty.
    pub fn set(&self, lang: Lang) {
        let signal = self.lang;
        leptos::task::spawn_local(async move {
            if load_language(lang).await {
                signal.set(lang);
            }
        });
    }
}

/// Takes in a language's page texts if the page has not yet: the start-up script fetches them
/// (`window.amnestyWords`, with their integrity checked) as soon as the page opens, in parallel
/// with the program. Natively and in the component tests every language is built in.
async fn load_language(lang: Lang) -> bool {
    load_words(lang, Bundle::Page).await
}

/// Takes in a bundle of a language's texts if the page has not yet (the help's when it is
/// opened), fetched by the start-up script's `window.amnestyWords`.
pub async fn load_words(lang: Lang, bundle: Bundle) -> bool {
    use wasm_bindgen::JsCast;
    if amnesty_words::is_bundle_loaded(lang, bundle) {
        return true;
    }
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = js_sys::Reflect::get(&window, &"amnestyWords".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| {
            f.call2(&window, &lang.code().into(), &bundle.name().into())
                .ok()
        })
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    let Some(promise) = promise else {
        return false;
    };
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(text) => text
            .as_string()
            .is_some_and(|text| amnesty_words::load(lang, &text) == Ok(bundle)),
        Err(_) => false,
    }
}

/// Shown when no text could be loaded at all (the words themselves are what is missing).
pub const WORDS_FAILED: &str = "Бет мәтіндері жүктелмеді · Тексты страницы не загрузились · \
The page's texts could not be loaded. ↻";

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// A text of the current language, read now (tracked): `t_string!(i18n, app.title)`.
macro_rules! t_string {
    ($i18n:expr, $($key:ident).+) => {
        amnesty_words::t!($i18n.lang(), $($key).+)
    };
}

/// A text that follows language switches, for a view: `tr!(i18n, app.title)`. Every such text
/// goes through one type-erased signal, so the view code for a reactive text is compiled once
/// instead of once per text, which keeps the app markedly smaller.
macro_rules! tr {
    ($i18n:expr, $($key:ident).+) => {
        $crate::app::text($i18n, |lang| amnesty_words::t!(lang, $($key).+))
    };
}
pub(crate) use tr;

/// A text computed from the language (and other signals), through the same erased signal type.
pub fn live(f: impl Fn() -> String + Send + Sync + 'static) -> Signal<String> {
    Signal::derive(f)
}

/// The text a key gives, as a signal that changes with the language.
pub fn text(i18n: I18n, key: fn(Lang) -> &'static str) -> Signal<&'static str> {
    Signal::derive(move || key(i18n.lang()))
}

/// The language to start in: `?lang=kk|ru|en` in the address, else the browser's first language
/// the app has, else English. The batch page starts the same way.
pub fn first_language() -> Lang {
    let window = web_sys::window();
    let asked = window
        .as_ref()
        .and_then(|w| w.location().search().ok())
        .and_then(|query| {
            query
                .trim_start_matches('?')
                .split('&')
                .find_map(|pair| pair.strip_prefix("lang="))
                .and_then(Lang::parse)
        });
    let browser = || {
        let navigator = window.as_ref()?.navigator();
        navigator
            .languages()
            .iter()
            .filter_map(|l| l.as_string())
            .chain(navigator.language())
            .find_map(|code| Lang::parse(&code))
    };
    asked.or_else(browser).unwrap_or_default()
}

/// Once the texts are at hand, the document's language and title (`title`, a key) follow the
/// reader's, for screen readers and tabs; the batch page does the same with its own title.
pub fn document_follows_language(i18n: I18n, ready: RwSignal<bool>, title: amnesty_words::Key) {
    Effect::new(move |_| {
        let lang = i18n.lang();
        if !ready.get() {
            return;
        }
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            if let Some(root) = document.document_element() {
                let _ = root.set_attribute("lang", lang.code());
            }
            document.set_title(amnesty_words::text(lang, title));
        }
    });
}

#[component]
pub fn App() -> impl IntoView {
    let first = first_language();
    let i18n = I18n {
        lang: RwSignal::new(first),
    };
    provide_context(i18n);
    // The page appears once its language's texts are at hand.
    let ready = RwSignal::new(amnesty_words::is_loaded(first));
    let failed = RwSignal::new(false);
    if !ready.get_untracked() {
        leptos::task::spawn_local(async move {
            if load_language(first).await {
                ready.set(true);
            } else {
                failed.set(true);
            }
        });
    }
    document_follows_language(i18n, ready, amnesty_words::keys::app::page_title);
    view! {
        <Show when=move || ready.get() fallback=move || failed.get().then(|| view! { <p class="words-failed" role="alert">{WORDS_FAILED}</p> })>
            <Shell />
        </Show>
    }
}

/// The page: header, the form beside the result, saving and printing, and the footer.
#[component]
fn Shell() -> impl IntoView {
    let i18n = use_i18n();
    provide_context(AppState::load());
    print_details::provide();
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
        <footer class="site-footer">
            <p>{tr!(i18n, app.footer_privacy)}</p>
            <p>{tr!(i18n, app.footer_sources)}</p>
            // The batch page, for a caseload from a spreadsheet, in the reader's language; not in
            // the one-file edition opened from a disk, which has no batch page beside it.
            <Show when=|| window().location().protocol().is_ok_and(|p| p != "file:")>
                <p>
                    <a href=move || format!("batch/?lang={}", i18n.lang().code())>
                        {tr!(i18n, app.batch_link)}
                    </a>
                </p>
            </Show>
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
                    view! {
                        <button
                            type="button"
                            lang=lang.code()
                            aria-pressed=move || if i18n.lang() == lang { "true" } else { "false" }
                            on:click=move |_| i18n.set(lang)
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
