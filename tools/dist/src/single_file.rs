//! The one-file edition (`amnesty-calculator.html`): the one-case page with its stylesheet, its
//! glue and its program (base64) inside, and every language's texts, for `file://` and
//! messengers. It loads nothing, so its policy allows nothing to be loaded.

use amnesty_words::Bundle;
use base64::Engine;

use crate::html;
use crate::template::{files, fill, Js};
use crate::words::{self, WordsFile};

/// The bundles inside it: the batch page is not part of it.
const BUNDLES: [Bundle; 2] = [Bundle::Page, Bundle::Help];

/// The glue as plain script: its `export`s removed, the names of its exported functions kept.
fn inlined_glue(js: &str) -> (String, Vec<String>) {
    let mut exported = Vec::new();
    let mut out = String::with_capacity(js.len());
    for line in js.lines() {
        if line.starts_with("export {") {
            continue;
        }
        let line = line.strip_prefix("export ").unwrap_or(line);
        if let Some(name) = line
            .strip_prefix("function ")
            .and_then(|l| l.split('(').next())
        {
            if js.contains(&format!("export function {name}(")) {
                exported.push(name.to_string());
            }
        }
        out.push_str(line);
        out.push('\n');
    }
    (out, exported)
}

/// The one-file edition of the page as Trunk wrote it (`source_html`), with its stylesheet
/// `css`, glue `js` and program `wasm`.
pub fn page(
    source_html: &str,
    css: &str,
    js: &str,
    wasm: &[u8],
    words: &[WordsFile],
) -> Result<String, String> {
    let (glue, exported) = inlined_glue(js);
    let start = fill(
        "one-file-start.js",
        files::ONE_FILE_START,
        &[
            (
                "__WASM_BASE64__",
                Js::Str(base64::engine::general_purpose::STANDARD.encode(wasm)),
            ),
            ("__EXPORTS__", Js::Code(exported.join(", "))),
        ],
    )?;
    let script = format!("\n{}\n{glue}\n{start}", words::inline(words, &BUNDLES)?);
    if script.contains("</script") || css.contains("</style") {
        return Err("an inlined file contains a closing tag".into());
    }
    let mut html = html::replace_start_up(source_html, &script)?;
    // Drop what pointed at separate files.
    for tag in ["<link rel=\"modulepreload\"", "<link rel=\"preload\""] {
        html = html::without_elements(&html, tag)?;
    }
    let at = html
        .find("<link rel=\"stylesheet\"")
        .ok_or("no stylesheet link")?;
    let close = at + html[at..].find('>').ok_or("bad link")? + 1;
    html.replace_range(at..close, &format!("<style>{css}</style>"));
    html::with_single_file_policy(&html, &script, css)
}
