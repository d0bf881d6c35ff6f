//! How the batch page gets its texts: the one place that knows. The published page's start-up
//! script (written by amnesty-dist) fetches each bundle of a language's texts, integrity-checked,
//! through `window.amnestyWords(lang, bundle)`, as the one-case page does. The page needs the
//! page bundle (the header, the decision's words, the result component's) and the batch bundle
//! (its own texts and the spreadsheets'); the worker needs the same two, for its messages and
//! the exports, and gets the texts with each request.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use amnesty_words::{Bundle, Lang};
use wasm_bindgen::JsCast;

/// The bundles the batch page and its worker use.
const BUNDLES: [Bundle; 2] = [Bundle::Page, Bundle::Batch];

thread_local! {
    /// Each language's text files once fetched, to hand to the worker with each request.
    static TEXTS: RefCell<HashMap<Lang, Rc<[String]>>> = RefCell::new(HashMap::new());
}

/// Loads a language's texts into the page and returns its text files for the worker; `None`
/// when they cannot be had (offline before the first visit, or files of another build).
pub async fn load(lang: Lang) -> Option<Rc<[String]>> {
    if let Some(texts) = for_worker(lang) {
        return Some(texts);
    }
    let window = web_sys::window()?;
    let fetch = js_sys::Reflect::get(&window, &"amnestyWords".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    // Both bundles are asked for at once; the start-up script has usually fetched the first.
    let mut pending = Vec::new();
    for bundle in BUNDLES {
        let promise = fetch
            .call2(&window, &lang.code().into(), &bundle.name().into())
            .ok()?
            .dyn_into::<js_sys::Promise>()
            .ok()?;
        pending.push((bundle, wasm_bindgen_futures::JsFuture::from(promise)));
    }
    let mut texts = Vec::with_capacity(BUNDLES.len());
    for (bundle, promise) in pending {
        let text = promise.await.ok()?.as_string()?;
        // The page's own store takes each bundle once.
        if !amnesty_words::is_bundle_loaded(lang, bundle)
            && amnesty_words::load(lang, &text) != Ok(bundle)
        {
            return None;
        }
        texts.push(text);
    }
    let texts: Rc<[String]> = texts.into();
    TEXTS.with(|t| t.borrow_mut().insert(lang, texts.clone()));
    Some(texts)
}

/// The text files of a language already loaded, for a request to the worker.
pub fn for_worker(lang: Lang) -> Option<Rc<[String]>> {
    TEXTS.with(|t| t.borrow().get(&lang).cloned())
}
