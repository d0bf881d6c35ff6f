//! Case files read with the browser's own JSON parser: `JSON.parse` gives the tree and the rules'
//! one reader ([`amnesty_rules::case::json`]) gives the case file and its problems, the same as
//! on the command line. The page so carries no JSON parser and no generic deserializer of its
//! own: about 17 KB (brotli) off every first visit, measured with tools/size-report.mjs.

use amnesty_rules::case::json::{Json, MAX_DEPTH};
use amnesty_rules::case::{read_case_file, CaseFile, FieldError, Problem};
use wasm_bindgen::{JsCast, JsValue};

/// A saved or stored case file, read as the command-line tool reads it.
pub fn read(text: &str) -> Result<CaseFile, FieldError> {
    read_case_file(text.as_bytes(), |bytes| {
        // The bytes are the text's own, less a byte-order mark: still UTF-8.
        let text = std::str::from_utf8(bytes).unwrap_or_default();
        let value = js_sys::JSON::parse(text).map_err(|error| {
            let detail = error
                .dyn_into::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_default();
            FieldError::new("", Problem::Malformed { detail })
        })?;
        Ok(tree(&value, 0))
    })
}

/// A parsed value as a [`Json`] tree. Deeper than [`MAX_DEPTH`] becomes an empty list, as on
/// the command line: no field lies that deep, so the reader refuses the value holding it.
fn tree(value: &JsValue, depth: usize) -> Json {
    if depth > MAX_DEPTH {
        return Json::Array(Vec::new());
    }
    if let Some(yes) = value.as_bool() {
        Json::Bool(yes)
    } else if let Some(number) = value.as_f64() {
        Json::Number(number)
    } else if let Some(text) = value.as_string() {
        Json::String(text)
    } else if js_sys::Array::is_array(value) {
        Json::Array(
            js_sys::Array::from(value)
                .iter()
                .map(|item| tree(&item, depth + 1))
                .collect(),
        )
    } else if value.is_object() {
        Json::Object(
            js_sys::Object::entries(value.unchecked_ref())
                .iter()
                .map(|entry| {
                    let pair = js_sys::Array::from(&entry);
                    let key = pair.get(0).as_string().unwrap_or_default();
                    (key, tree(&pair.get(1), depth + 1))
                })
                .collect(),
        )
    } else {
        Json::Null
    }
}
