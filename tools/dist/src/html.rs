//! Reading and changing the pages Trunk wrote: their start-up script, the files they name, and
//! the Content-Security-Policy.

use crate::digest::{sha256_source, sha384_integrity};

/// The page's policy, with `{scripts}` for the hashes of its inline scripts. Nothing may come
/// from another origin; WebAssembly may be compiled; nothing may be posted or framed.
const POLICY: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' {scripts}; \
style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; \
base-uri 'none'; form-action 'none'; object-src 'none'";

/// The one-file edition's policy: everything is inside the file, so nothing may be loaded.
const SINGLE_FILE_POLICY: &str = "default-src 'none'; script-src 'wasm-unsafe-eval' {scripts}; \
style-src {styles}; img-src data:; base-uri 'none'; form-action 'none'; object-src 'none'";

/// Trunk's start-up script: it imports the glue and starts the program.
const START_UP: &str = "<script type=\"module\">";

/// The text between the first `open` and the next `close` after it, with its position.
pub fn between<'a>(text: &'a str, open: &str, close: &str) -> Option<(usize, usize, &'a str)> {
    let start = text.find(open)? + open.len();
    let end = start + text[start..].find(close)?;
    Some((start, end, &text[start..end]))
}

/// The `<script>` elements without `src`: their exact text, as the browser hashes it.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find("<script") {
        let Some(tag_len) = rest[open..].find('>') else {
            break;
        };
        let body = open + tag_len + 1;
        let Some(close) = rest[body..].find("</script>") else {
            break;
        };
        if !rest[open..body].contains(" src=") {
            scripts.push(&rest[body..body + close]);
        }
        rest = &rest[body + close..];
    }
    scripts
}

/// Inserts `meta` right after `<meta charset>`, before anything it governs.
fn after_charset(html: &str, meta: &str) -> Result<String, String> {
    let at = html
        .find("<meta charset")
        .ok_or("no <meta charset> in the page")?;
    let end = at + html[at..].find('>').ok_or("bad <meta charset>")? + 1;
    Ok(format!("{}\n    {meta}{}", &html[..end], &html[end..]))
}

fn policy_meta(policy: &str) -> String {
    format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\" />")
}

/// The page with its policy, hashing its inline scripts.
pub fn with_policy(html: &str) -> Result<String, String> {
    if html.contains("http-equiv=\"Content-Security-Policy\"") {
        return Err("the page already has a Content-Security-Policy".into());
    }
    let hashes: Vec<String> = inline_scripts(html)
        .into_iter()
        .map(|s| sha256_source(s.as_bytes()))
        .collect();
    after_charset(
        html,
        &policy_meta(&POLICY.replace("{scripts}", &hashes.join(" "))),
    )
}

/// The one-file edition's policy, for its one script and its one stylesheet.
pub fn with_single_file_policy(html: &str, script: &str, css: &str) -> Result<String, String> {
    let policy = SINGLE_FILE_POLICY
        .replace("{scripts}", &sha256_source(script.as_bytes()))
        .replace("{styles}", &sha256_source(css.as_bytes()));
    after_charset(html, &policy_meta(&policy))
}

/// The program's file, as the start-up script names it.
pub fn wasm_name(html: &str) -> Result<&str, String> {
    Ok(between(html, "module_or_path: './", "'")
        .ok_or("no wasm path in the start-up script")?
        .2)
}

/// The glue's file, as the start-up script imports it.
pub fn glue_name(html: &str) -> Result<&str, String> {
    Ok(between(html, "import init, * as bindings from './", "'")
        .ok_or("no glue import in the start-up script")?
        .2)
}

/// The start-up script fetches the program with its integrity checked.
pub fn with_checked_wasm(html: &str, wasm: &[u8]) -> Result<String, String> {
    let name = wasm_name(html)?;
    let plain = format!("module_or_path: './{name}'");
    let checked = format!(
        "module_or_path: fetch('./{name}', {{ integrity: '{}' }})",
        sha384_integrity(wasm)
    );
    Ok(html.replacen(&plain, &checked, 1))
}

/// The start-up script with `before` at its start and `after` at its end.
pub fn around_start_up(html: &str, before: &str, after: &str) -> Result<String, String> {
    let (start, end, _) = between(html, START_UP, "</script>").ok_or("no start-up script")?;
    Ok(format!(
        "{}{before}{}{after}{}",
        &html[..start],
        &html[start..end],
        &html[end..]
    ))
}

/// The start-up script replaced by `script`.
pub fn replace_start_up(html: &str, script: &str) -> Result<String, String> {
    let (start, end, _) = between(html, START_UP, "</script>").ok_or("no start-up script")?;
    Ok(format!("{}{script}{}", &html[..start], &html[end..]))
}

/// The stylesheets the page links in its own folder (`href="./…"`), by file name.
pub fn stylesheets(html: &str) -> Vec<&str> {
    const LINK: &str = "<link rel=\"stylesheet\" href=\"./";
    let mut names = Vec::new();
    let mut rest = html;
    while let Some((_, end, name)) = between(rest, LINK, "\"") {
        names.push(name);
        rest = &rest[end..];
    }
    names
}

/// The page without the elements that begin with `tag` (up to their `>`).
pub fn without_elements(html: &str, tag: &str) -> Result<String, String> {
    let mut html = html.to_string();
    while let Some(at) = html.find(tag) {
        let close = at + html[at..].find('>').ok_or("an element without its end")? + 1;
        html.replace_range(at..close, "");
    }
    Ok(html)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A page as Trunk writes it.
    pub const PAGE: &str = "<html><head><meta charset=\"utf-8\"><title>t</title>\
        <script type=\"module\">\nimport init, * as bindings from './app-1.js';\n\
        const wasm = await init({ module_or_path: './app-1_bg.wasm' });\n</script>\
        <link rel=\"stylesheet\" href=\"./main-1.css\" integrity=\"x\"/>\
        <link rel=\"modulepreload\" href=\"./app-1.js\"><link rel=\"preload\" href=\"./app-1_bg.wasm\"></head></html>";

    #[test]
    fn the_policy_hashes_each_inline_script_and_comes_first() {
        let out = with_policy(PAGE).unwrap();
        let meta_at = out.find("Content-Security-Policy").unwrap();
        assert!(meta_at < out.find("<script").unwrap());
        let script = inline_scripts(PAGE)[0];
        assert!(out.contains(&sha256_source(script.as_bytes())));
        assert_eq!(out.matches("'sha256-").count(), 1);
        assert!(with_policy(&out).is_err(), "a second policy is refused");
    }

    #[test]
    fn the_wasm_is_fetched_with_its_integrity() {
        let out = with_checked_wasm(PAGE, b"wasm").unwrap();
        assert!(out.contains(&format!(
            "module_or_path: fetch('./app-1_bg.wasm', {{ integrity: '{}' }})",
            sha384_integrity(b"wasm")
        )));
        assert_eq!(
            (glue_name(PAGE), wasm_name(PAGE)),
            (Ok("app-1.js"), Ok("app-1_bg.wasm"))
        );
    }

    #[test]
    fn scripts_go_around_the_start_up_and_elements_go() {
        let out = around_start_up(PAGE, "A;", "Z;").unwrap();
        assert!(
            out.contains("<script type=\"module\">A;\nimport init")
                && out.contains(";\nZ;</script>")
        );
        let out = without_elements(PAGE, "<link rel=\"modulepreload\"").unwrap();
        assert!(!out.contains("modulepreload") && out.contains("rel=\"preload\""));
        assert_eq!(stylesheets(PAGE), ["main-1.css"]);
    }
}
