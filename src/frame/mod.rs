//! The frame both pages share: the reader's language (chosen at start-up, switched at any time
//! without losing anything), the page's texts loaded before it shows, the skip link, the header
//! with the language switcher, the footer, the document's language and title, and saving a file
//! made in the page. What is inside the frame is each page's own (`app`, `batch_app`).

mod browser;
mod words;

use amnesty_words::{Bundle, Key, Lang};
use leptos::prelude::*;

pub use browser::{save_file, today};
pub use words::{fetch_words, load_words, WORDS_FAILED};

/// The reader's language, shared by every component. Switching it keeps everything typed.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: RwSignal<Lang>,
}

impl I18n {
    /// A language context of its own, for a view mounted outside a page (the component tests).
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

    /// Switches once the language's texts of `bundles` (the page's) are at hand, so no text
    /// ever shows empty, and writes the language into the address.
    pub fn set(&self, lang: Lang, bundles: &'static [Bundle]) {
        let signal = self.lang;
        leptos::task::spawn_local(async move {
            if load_bundles(lang, bundles).await {
                signal.set(lang);
                language_into_address(lang);
            }
        });
    }
}

/// Puts `?lang=` for the language chosen into the address, keeping the rest of it (the path, the
/// other parameters, the fragment) and adding no history entry: a reload, a bookmark or a link
/// copied from the address bar opens in the same language. Where the browser refuses (a page
/// opened from a file may), the address stays as it was.
fn language_into_address(lang: Lang) {
    let window = window();
    let location = window.location();
    let (Ok(path), Ok(search), Ok(hash)) =
        (location.pathname(), location.search(), location.hash())
    else {
        return;
    };
    let address = format!("{path}{}{hash}", with_language(&search, lang));
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
    }
}

/// A query (`?a=1&lang=kk`, or empty) with `lang=` set to `lang`: in its place when it is there
/// (once), else added at the end; every other parameter as it was.
pub fn with_language(search: &str, lang: Lang) -> String {
    let wanted = format!("lang={}", lang.code());
    let mut pairs: Vec<&str> = Vec::new();
    let mut placed = false;
    for pair in search.trim_start_matches('?').split('&') {
        if pair.is_empty() {
            continue;
        }
        if pair == "lang" || pair.starts_with("lang=") {
            if !placed {
                pairs.push(&wanted);
                placed = true;
            }
        } else {
            pairs.push(pair);
        }
    }
    if !placed {
        pairs.push(&wanted);
    }
    format!("?{}", pairs.join("&"))
}

/// Whether a page's bundles of a language are all at hand.
fn bundles_loaded(lang: Lang, bundles: &[Bundle]) -> bool {
    bundles
        .iter()
        .all(|b| amnesty_words::is_bundle_loaded(lang, *b))
}

/// Takes in a page's bundles of a language; false when one cannot be had.
async fn load_bundles(lang: Lang, bundles: &[Bundle]) -> bool {
    for bundle in bundles {
        if !load_words(lang, *bundle).await {
            return false;
        }
    }
    true
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// A text that follows language switches, for a view: `tr!(i18n, app.title)`. Every such text
/// goes through one type-erased signal, so the view code for a reactive text is compiled once
/// instead of once per text, which keeps the app markedly smaller.
macro_rules! tr {
    ($i18n:expr, $($key:ident).+) => {
        $crate::frame::text($i18n, amnesty_words::keys::$($key)::+)
    };
}
pub(crate) use tr;

/// A text computed from the language (and other signals), through the same erased signal type.
pub fn live(f: impl Fn() -> String + Send + Sync + 'static) -> Signal<String> {
    Signal::derive(f)
}

/// The text at a key, as a signal that changes with the language.
pub fn text(i18n: I18n, key: Key) -> Signal<&'static str> {
    Signal::derive(move || amnesty_words::text(i18n.lang(), key))
}

/// The language to start in: `?lang=kk|ru|en` in the address, else the browser's first language
/// the app has, else English.
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

/// What a page puts in the frame: its texts (keys) and what it needs loaded.
pub struct PageFrame {
    /// The document's title (the tab), in the reader's language.
    pub document_title: Key,
    pub title: Key,
    pub subtitle: Key,
    /// Said under the title: what happens to what the reader gives the page.
    pub privacy: Key,
    /// The skip link: its words and where it leads (`#result`).
    pub skip_text: Key,
    pub skip_to: &'static str,
    /// The bundles of texts the page needs, loaded before it shows and on every switch.
    pub bundles: &'static [Bundle],
    /// A link in the footer to the calculator's other page (its address from this page, and
    /// its words), in the reader's language; not in the one-file edition opened from a disk,
    /// which has no other page beside it.
    pub footer_link: Option<(&'static str, Key)>,
}

/// A page in the frame. The page (`children`) appears once its language's texts are at hand.
#[component]
pub fn Frame(page: &'static PageFrame, children: ChildrenFn) -> impl IntoView {
    let first = first_language();
    let i18n = I18n::new(first);
    provide_context(i18n);
    let ready = RwSignal::new(bundles_loaded(first, page.bundles));
    let failed = RwSignal::new(false);
    if !ready.get_untracked() {
        leptos::task::spawn_local(async move {
            if load_bundles(first, page.bundles).await {
                ready.set(true);
            } else {
                failed.set(true);
            }
        });
    }
    document_follows_language(i18n, ready, page.document_title);
    let failed_view = move || {
        failed
            .get()
            .then(|| view! { <p class="words-failed" role="alert">{WORDS_FAILED}</p> })
    };
    view! {
        <Show when=move || ready.get() fallback=failed_view>
            <a class="skip-link" href=page.skip_to>{text(i18n, page.skip_text)}</a>
            <header class="site-header">
                <div class="header-text">
                    <h1>{text(i18n, page.title)}</h1>
                    <p class="subtitle">{text(i18n, page.subtitle)}</p>
                </div>
                <LanguageSwitcher bundles=page.bundles />
                <p class="privacy-note">{text(i18n, page.privacy)}</p>
            </header>
            {children()}
            <footer class="site-footer">
                <p>{tr!(i18n, app.footer_privacy)}</p>
                <p>{tr!(i18n, app.footer_sources)}</p>
                {page.footer_link.filter(|_| !opened_from_disk()).map(|(address, words)| view! {
                    <p>
                        <a href=move || format!("{address}?lang={}", i18n.lang().code())>
                            {text(i18n, words)}
                        </a>
                    </p>
                })}
            </footer>
        </Show>
    }
}

/// The one-file edition, opened from a disk (`file:`), which has no other page beside it. Asked
/// once: a page does not change where it was opened from.
fn opened_from_disk() -> bool {
    window().location().protocol().is_ok_and(|p| p == "file:")
}

/// Once the texts are at hand, the document's language and title follow the reader's, for
/// screen readers and tabs.
fn document_follows_language(i18n: I18n, ready: RwSignal<bool>, title: Key) {
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

/// Kazakh, Russian, English, each named in its own language; switching keeps what the page holds.
#[component]
fn LanguageSwitcher(bundles: &'static [Bundle]) -> impl IntoView {
    let i18n = use_i18n();
    let choices = [
        (Lang::Kk, "Қазақша"),
        (Lang::Ru, "Русский"),
        (Lang::En, "English"),
    ];
    view! {
        <nav class="languages" aria-label=move || amnesty_words::t!(i18n.lang(), app.language)>
            {choices
                .into_iter()
                .map(|(lang, name)| {
                    view! {
                        <button
                            type="button"
                            lang=lang.code()
                            aria-pressed=move || if i18n.lang() == lang { "true" } else { "false" }
                            on:click=move |_| i18n.set(lang, bundles)
                        >
                            {name}
                        </button>
                    }
                })
                .collect_view()}
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_is_set_in_the_query_and_the_rest_kept() {
        for (search, lang, expected) in [
            ("", Lang::Kk, "?lang=kk"),
            ("?", Lang::Ru, "?lang=ru"),
            ("?lang=kk", Lang::En, "?lang=en"),
            ("?a=1&lang=ru&b=2", Lang::Kk, "?a=1&lang=kk&b=2"),
            ("?a=1", Lang::Ru, "?a=1&lang=ru"),
            ("?lang=de&lang=kk&x", Lang::En, "?lang=en&x"),
            ("?language=kk", Lang::Kk, "?language=kk&lang=kk"),
        ] {
            assert_eq!(with_language(search, lang), expected, "{search}");
        }
    }
}
