//! What both pages ask of the browser: today's date, and saving a file made in the page.

use chrono::NaiveDate;
use wasm_bindgen::{JsCast, JsValue};

/// Today on this device: the date of calculation when a case gives none.
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}

/// Offers `contents` (a string or bytes made in the page) as a file to save: nothing is
/// uploaded.
pub fn save_file(contents: &JsValue, name: &str, mime: &str) -> Option<()> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    // Any sequence of parts: every `new_with_…_sequence` binding is the same constructor.
    let parts = js_sys::Array::of1(contents);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window()?.document()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    web_sys::Url::revoke_object_url(&url).ok()
}
