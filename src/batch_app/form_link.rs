//! The link that opens a case in the one-case form: `../?lang=xx#case=` and the case file's JSON
//! as a URI component (`encodeURIComponent`), which the one-case page reads once, fills its form
//! with and decides there, where a fact can be changed. The case travels in the fragment, which
//! the browser never sends to a server.

use amnesty_words::Lang;

/// The one-case page beside this one (`../`), in the reader's language, with the case. The
/// browser's own `encodeURIComponent` encodes it, so the one-case page's
/// `decodeURIComponent` gives back exactly the case file.
pub fn form_link(case_json: &str, lang: Lang) -> String {
    format!(
        "../?lang={}#case={}",
        lang.code(),
        String::from(js_sys::encode_uri_component(case_json))
    )
}
