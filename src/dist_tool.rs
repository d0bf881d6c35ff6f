//! `amnesty-dist` — finishes the release build in `dist/` after Trunk.
//!
//! ```text
//! amnesty-dist csp DIR     add a Content-Security-Policy that allows nothing from elsewhere
//! ```
//! Trunk writes an inline module script that starts the app; a static page cannot send a nonce,
//! so the policy names that script by its SHA-256 hash.

// The tool runs on the build machine only; a wasm32 build (for the browser tests) skips it.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use base64::Engine;
    use sha2::{Digest, Sha256};

    /// The policy, with `{scripts}` for the hashes of the inline scripts. Nothing may come from
    /// another origin; WebAssembly may be compiled; nothing may be posted or framed.
    const POLICY: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' {scripts}; \
    style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; \
    base-uri 'none'; form-action 'none'; object-src 'none'";

    /// The inline scripts of a page (their exact text, as the browser hashes it).
    fn inline_scripts(html: &str) -> Vec<&str> {
        let mut scripts = Vec::new();
        let mut rest = html;
        while let Some(open) = rest.find("<script") {
            let tag_end = match rest[open..].find('>') {
                Some(i) => open + i + 1,
                None => break,
            };
            let Some(close) = rest[tag_end..].find("</script>") else {
                break;
            };
            let tag = &rest[open..tag_end];
            if !tag.contains(" src=") {
                scripts.push(&rest[tag_end..tag_end + close]);
            }
            rest = &rest[tag_end + close..];
        }
        scripts
    }

    fn sha256_source(text: &str) -> String {
        let digest = Sha256::digest(text.as_bytes());
        format!(
            "'sha256-{}'",
            base64::engine::general_purpose::STANDARD.encode(digest)
        )
    }

    /// The page with its policy as the first element of `<head>` after the charset.
    pub fn with_policy(html: &str) -> Result<String, String> {
        if html.contains("http-equiv=\"Content-Security-Policy\"") {
            return Err("the page already has a Content-Security-Policy".into());
        }
        let hashes: Vec<String> = inline_scripts(html)
            .into_iter()
            .map(sha256_source)
            .collect();
        let policy = POLICY.replace("{scripts}", &hashes.join(" "));
        let meta =
            format!("\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\" />");
        let anchor = "<meta charset=\"utf-8\">";
        let at = html
            .find(anchor)
            .or_else(|| html.find("<meta charset=\"utf-8\" />"))
            .ok_or("no <meta charset> in the page")?;
        let end = at + html[at..].find('>').ok_or("bad <meta charset>")? + 1;
        Ok(format!("{}{meta}{}", &html[..end], &html[end..]))
    }

    fn csp(dir: &Path) -> Result<(), String> {
        let path: PathBuf = dir.join("index.html");
        let html =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        std::fs::write(&path, with_policy(&html)?).map_err(|e| format!("{}: {e}", path.display()))
    }

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let result = match args
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .as_slice()
        {
            ["csp", dir] => csp(Path::new(dir)),
            _ => Err("usage: amnesty-dist csp DIR".into()),
        };
        match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("amnesty-dist: {message}");
                ExitCode::from(2)
            }
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn the_policy_hashes_each_inline_script_and_goes_first() {
            let html =
                "<html><head><meta charset=\"utf-8\"><script type=\"module\">init();</script>\
                        <script src=\"x.js\"></script></head></html>";
            let out = with_policy(html).unwrap();
            let meta_at = out.find("Content-Security-Policy").unwrap();
            assert!(meta_at < out.find("<script").unwrap());
            assert!(out.contains(&sha256_source("init();")));
            assert_eq!(out.matches("'sha256-").count(), 1);
            assert!(with_policy(&out).is_err(), "a second policy is refused");
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
