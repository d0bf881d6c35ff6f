//! How a page gets its texts: the published page's start-up script (`tools/dist/js/
//! words-loader.js`) fetches each bundle of a language's texts once, integrity-checked, through
//! `window.amnestyWords(lang, bundle)` — the reader's language as soon as the page opens, in
//! parallel with the program. Natively and in the component tests every language is built in.

use amnesty_words::{Bundle, Lang};
use wasm_bindgen::JsCast;

/// Shown when no text could be loaded at all (the words themselves are what is missing).
pub const WORDS_FAILED: &str = "Бет мәтіндері жүктелмеді · Тексты страницы не загрузились · \
The page's texts could not be loaded. ↻";

/// A bundle of a language's texts as the start-up script fetched it; `None` when it cannot be
/// had (offline before the first visit, or a page without the script).
pub async fn fetch_words(lang: Lang, bundle: Bundle) -> Option<String> {
    let window = web_sys::window()?;
    let promise = js_sys::Reflect::get(&window, &"amnestyWords".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?
        .call2(&window, &lang.code().into(), &bundle.name().into())
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_string()
}

/// Takes in a bundle of a language's texts if the page has not yet (the help's when it is
/// opened); false when it cannot be had.
pub async fn load_words(lang: Lang, bundle: Bundle) -> bool {
    if amnesty_words::is_bundle_loaded(lang, bundle) {
        return true;
    }
    fetch_words(lang, bundle)
        .await
        .is_some_and(|text| amnesty_words::load(lang, &text) == Ok(bundle))
}
