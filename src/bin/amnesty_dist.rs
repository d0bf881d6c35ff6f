//! `amnesty-dist` — finishes the release build in `dist/` after Trunk.
//!
//! ```text
//! amnesty-dist finish DIR
//! ```
//! `finish` first takes the comments and extra white space out of the stylesheet (1.2 KB of the
//! first visit's brotli budget) and gives the pages that link it its new integrity; then:
//! 1. The start-up script fetches the wasm with Subresource Integrity and registers the service
//!    worker (for offline use; not on `file://`).
//! 2. A Content-Security-Policy that allows nothing from another origin; a static page cannot
//!    send a nonce, so the policy names the inline start-up script by its SHA-256 hash.
//! 3. The one-file edition `amnesty-calculator.html`: the same page with the stylesheet, the
//!    JavaScript glue and the wasm (base64) inside, for `file://` and messengers.
//! 4. `sw.js`, the service worker, caching exactly the page's files, under a version that is the
//!    hash of those files, so a new build replaces it cleanly. It answers for those files only,
//!    never for the rest of the host's site. Beside it `sw-remove.js`, to publish as `sw.js` when
//!    the calculator is taken down or moved: it removes the worker and its cache.
//! 5. `SHA256SUMS`, the SHA-256 of every file, to check a hosted copy against the published one.
//! 6. The batch page in `batch/`, when `scripts/build-batch.sh` built it: the same policy and
//!    integrity, its Web Worker under content-hashed names with its wasm integrity-checked, the
//!    words of its two bundles fetched from the folder above, the one-case page's stylesheet
//!    shared with it, and a service worker of its own (`batch/sw.js`, with `batch/sw-remove.js`).
//!    Nothing of the batch page goes into the one-case page, its service worker or the one-file
//!    edition: the one-case page's first visit does not grow by a byte because the batch page
//!    exists.

// The tool runs on the build machine only; a wasm32 build (for the browser tests) skips it.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::path::Path;
    use std::process::ExitCode;

    use base64::Engine;
    use sha2::{Digest, Sha256, Sha384};

    /// The page's policy, with `{scripts}` for the hashes of its inline scripts. Nothing may come
    /// from another origin; WebAssembly may be compiled; nothing may be posted or framed.
    const POLICY: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' {scripts}; \
style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; \
base-uri 'none'; form-action 'none'; object-src 'none'";

    /// The one-file edition's policy: everything is inside the file, so nothing may be loaded.
    const SINGLE_FILE_POLICY: &str =
        "default-src 'none'; script-src 'wasm-unsafe-eval' {scripts}; \
style-src {styles}; img-src data:; base-uri 'none'; form-action 'none'; object-src 'none'";

    /// The name of the one-file edition.
    pub const SINGLE_FILE: &str = "amnesty-calculator.html";

    /// Registers the service worker where there is one to register (not from `file://`), and
    /// tells the app when a newer version is waiting.
    const REGISTER_SERVICE_WORKER: &str = r#"
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register('./sw.js').then((registration) => {
    const ready = () => dispatchEvent(new CustomEvent('amnesty-update-ready'));
    if (registration.waiting && navigator.serviceWorker.controller) ready();
    registration.addEventListener('updatefound', () => {
      const next = registration.installing;
      if (next) next.addEventListener('statechange', () => {
        if (next.state === 'installed' && navigator.serviceWorker.controller) ready();
      });
    });
  }, () => {});
}
"#;

    /// The service worker. It answers only for the calculator's own files; every other request
    /// (the rest of the host's site, other methods, other origins) never reaches `respondWith`,
    /// so the calculator can sit at the root of an NGO's site without taking it over.
    const SERVICE_WORKER: &str = r#"// Offline copy of the calculator. It caches exactly the page's own files (listed below) and
// nothing else: no request made by the page about a person is cached or sent anywhere.
const VERSION = '{version}';
const CACHE = 'amnesty-' + VERSION;
const FILES = {files};
// Their full addresses: './' is the folder itself, the page's usual address.
const OWN = new Set(FILES.map((f) => new URL(f, self.location).href));

// The page itself is fetched afresh; the hashed files may come from the browser's cache, so the
// program the page has just loaded does not cross the network a second time.
const FRESH = new Set(['./', './index.html']);
self.addEventListener('install', (event) => {
  const requests = FILES.map((f) => new Request(f, { cache: FRESH.has(f) ? 'reload' : 'default' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('amnesty-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  // The page is the same with any query (?lang=ru); the other files carry their hash in their name.
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  // The host's other pages, folders and missing addresses are not ours: without respondWith the
  // browser fetches them as if there were no worker (their own page, their 404, offline an error).
  if (request.method !== 'GET' || !OWN.has(url.href)) return;
  event.respondWith(caches.open(CACHE).then(async (cache) => (await cache.match(url.href)) ?? fetch(request)));
});
"#;

    /// Fetches the page texts of the reader's language as soon as the page opens, in parallel
    /// with the program, each file with its integrity checked; `window.amnestyWords(lang,
    /// bundle)` gives the app a bundle of a language's texts (fetched once): `page` at once,
    /// `help` when the help is opened, `batch` on the batch page. `{files}` maps each language
    /// and bundle to its file and hash.
    const WORDS_LOADER: &str = r#"
const amnestyWordsFiles = {files};
const amnestyWordsLoading = {};
window.amnestyWords = (lang, bundle = 'page') => amnestyWordsLoading[lang + '/' + bundle] ??= fetch(amnestyWordsFiles[lang][bundle][0], { integrity: amnestyWordsFiles[lang][bundle][1] })
  .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))));
{
  const asked = new URLSearchParams(location.search).get('lang');
  const wanted = [asked, ...(navigator.languages ?? []), navigator.language].map((l) => (l ?? '').slice(0, 2).toLowerCase());
  window.amnestyWords(wanted.find((l) => l in amnestyWordsFiles) ?? 'en').catch(() => {});
}
"#;

    /// In the one-file edition every language's texts are inside the page (the batch page's
    /// are not: it is not in the one file).
    const WORDS_INLINE: &str = r#"
const amnestyWordsInline = {texts};
window.amnestyWords = (lang, bundle = 'page') => Promise.resolve(amnestyWordsInline[lang][bundle]);
"#;

    /// A bundle of a language's texts as the page loads it: name (with a hash of the content, so
    /// it can be cached for ever) and integrity.
    pub struct WordsFile {
        pub lang: &'static str,
        pub bundle: &'static str,
        pub name: String,
        pub text: String,
        pub integrity: String,
    }

    /// Every language's bundles: `words-ru-HASH.txt` for the page texts, `words-help-ru-HASH.txt`
    /// and `words-batch-ru-HASH.txt` for the others.
    pub fn words_files() -> Vec<WordsFile> {
        use amnesty::words::{Bundle, Lang};
        Lang::ALL
            .into_iter()
            .flat_map(|lang| Bundle::ALL.into_iter().map(move |bundle| (lang, bundle)))
            .map(|(lang, bundle)| {
                let text = amnesty::words::blob(lang, bundle);
                let hash: String = Sha256::digest(text.as_bytes())
                    .iter()
                    .take(8)
                    .map(|b| format!("{b:02x}"))
                    .collect();
                let name = match bundle {
                    Bundle::Page => format!("words-{}-{hash}.txt", lang.code()),
                    _ => format!("words-{}-{}-{hash}.txt", bundle.name(), lang.code()),
                };
                WordsFile {
                    lang: lang.code(),
                    bundle: bundle.name(),
                    name,
                    integrity: sha384_integrity(text.as_bytes()),
                    text,
                }
            })
            .collect()
    }

    /// `{ kk: { page: …, help: … }, ru: … }` from one entry per file.
    fn by_language(words: &[WordsFile], entry: impl Fn(&WordsFile) -> Option<String>) -> String {
        let mut langs: Vec<&str> = words.iter().map(|w| w.lang).collect();
        langs.dedup();
        let per_lang: Vec<String> = langs
            .iter()
            .map(|lang| {
                let entries: Vec<String> = words
                    .iter()
                    .filter(|w| w.lang == *lang)
                    .filter_map(|w| entry(w).map(|e| format!("{}: {e}", w.bundle)))
                    .collect();
                format!("{lang}: {{ {} }}", entries.join(", "))
            })
            .collect();
        format!("{{ {} }}", per_lang.join(", "))
    }

    /// The loader for the bundles a page uses, with the path from the page to the words files
    /// (`./` for the one-case page, `../` for the batch page in its folder).
    fn words_loader(words: &[WordsFile], bundles: &[&str], path: &str) -> String {
        let files = by_language(words, |w| {
            bundles
                .contains(&w.bundle)
                .then(|| format!("['{path}{}', '{}']", w.name, w.integrity))
        });
        WORDS_LOADER.replace("{files}", &files)
    }

    /// The one-case page's bundles: the batch page's own texts are named only on the batch page.
    const PAGE_BUNDLES: [&str; 2] = ["page", "help"];
    /// The batch page's bundles: the decision's words and the result component's, and its own.
    const BATCH_BUNDLES: [&str; 2] = ["page", "batch"];

    fn words_inline(words: &[WordsFile]) -> Result<String, String> {
        let texts = by_language(words, |w| {
            (w.bundle != "batch").then(|| serde_json::to_string(&w.text).unwrap_or_default())
        });
        Ok(WORDS_INLINE.replace("{texts}", &texts))
    }

    /// The name of the worker that removes the calculator's worker, shipped beside it.
    const REMOVE_WORKER_FILE: &str = "sw-remove.js";

    /// Published as `sw.js` when an NGO takes the calculator down or moves it: the browser checks
    /// `sw.js` on each visit to a page in the worker's folder, installs this in place of the
    /// calculator's worker (at once, even with the calculator open), and it deletes the cache and
    /// unregisters itself.
    const REMOVE_WORKER: &str = r#"// Removes the amnesty calculator's offline copy. To take the calculator down or move it,
// publish this file as sw.js in the calculator's old folder and keep it there: each browser
// that kept a copy runs it on its next visit to a page in that folder (at a site's root: any
// page of the site), deletes the copy and stops.
self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('amnesty-')).map((k) => caches.delete(k))))
      .then(() => self.registration.unregister()),
  );
});
"#;

    fn sha256_source(text: &[u8]) -> String {
        format!(
            "'sha256-{}'",
            base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text))
        )
    }

    fn sha384_integrity(bytes: &[u8]) -> String {
        format!(
            "sha384-{}",
            base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
        )
    }

    fn hex_sha256(bytes: &[u8]) -> String {
        Sha256::digest(bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// The text between the first `open` and the next `close` after it, with its position.
    fn between<'a>(text: &'a str, open: &str, close: &str) -> Option<(usize, usize, &'a str)> {
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

    /// The page with its policy, hashing its inline scripts.
    pub fn with_policy(html: &str) -> Result<String, String> {
        if html.contains("http-equiv=\"Content-Security-Policy\"") {
            return Err("the page already has a Content-Security-Policy".into());
        }
        let hashes: Vec<String> = inline_scripts(html)
            .into_iter()
            .map(|s| sha256_source(s.as_bytes()))
            .collect();
        let policy = POLICY.replace("{scripts}", &hashes.join(" "));
        after_charset(
            html,
            &format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\" />"),
        )
    }

    /// The files Trunk wrote for the page: the glue, the wasm and the stylesheet.
    struct Assets {
        js: String,
        wasm: String,
        css: String,
    }

    fn assets(html: &str) -> Result<Assets, String> {
        let (_, _, js) =
            between(html, "import init, * as bindings from './", "'").ok_or("no glue import")?;
        let (_, _, wasm) = between(html, "module_or_path: './", "'").ok_or("no wasm path")?;
        let stylesheet = "<link rel=\"stylesheet\" href=\"./";
        // One stylesheet, so the one-file edition and the offline cache cannot miss one.
        if html.matches(stylesheet).count() != 1 {
            return Err("the page must link exactly one stylesheet (style/main.css)".into());
        }
        let (_, _, css) = between(html, stylesheet, "\"").ok_or("no stylesheet")?;
        Ok(Assets {
            js: js.into(),
            wasm: wasm.into(),
            css: css.into(),
        })
    }

    /// The start-up script fetches the wasm with its integrity checked, then registers the
    /// service worker.
    fn with_integrity_and_worker(
        html: &str,
        wasm_bytes: &[u8],
        wasm: &str,
        words: &[WordsFile],
    ) -> Result<String, String> {
        let plain = format!("module_or_path: './{wasm}'");
        if !html.contains(&plain) {
            return Err("the start-up script has no wasm path".into());
        }
        let checked = format!(
            "module_or_path: fetch('./{wasm}', {{ integrity: '{}' }})",
            sha384_integrity(wasm_bytes)
        );
        let html = html.replacen(&plain, &checked, 1);
        let (start, end, _) =
            between(&html, "<script type=\"module\">", "</script>").ok_or("no start-up script")?;
        Ok(format!(
            "{}{}{}{REGISTER_SERVICE_WORKER}{}",
            &html[..start],
            words_loader(words, &PAGE_BUNDLES, "./"),
            &html[start..end],
            &html[end..]
        ))
    }

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

    /// The one-file edition: stylesheet, glue and wasm inside the page, its own strict policy.
    pub fn single_file(
        source_html: &str,
        css: &str,
        js: &str,
        wasm: &[u8],
        words: &[WordsFile],
    ) -> Result<String, String> {
        let (start, end, _) = between(source_html, "<script type=\"module\">", "</script>")
            .ok_or("no start-up script")?;
        let (glue, exported) = inlined_glue(js);
        let wasm_base64 = base64::engine::general_purpose::STANDARD.encode(wasm);
        let script = format!(
            "\n{}\n{glue}\nconst amnestyWasmBytes = Uint8Array.from(atob('{wasm_base64}'), (c) => c.charCodeAt(0));\n\
             const amnestyWasm = await __wbg_init({{ module_or_path: amnestyWasmBytes }});\n\
             window.wasmBindings = {{ {} }};\n\
             dispatchEvent(new CustomEvent('TrunkApplicationStarted', {{ detail: {{ wasm: amnestyWasm }} }}));\n",
            words_inline(words)?,
            exported.join(", ")
        );
        if script.contains("</script") || css.contains("</style") {
            return Err("an inlined file contains a closing tag".into());
        }
        let mut html = format!("{}{script}{}", &source_html[..start], &source_html[end..]);
        // Drop what pointed at separate files.
        for tag in ["<link rel=\"modulepreload\"", "<link rel=\"preload\""] {
            while let Some(at) = html.find(tag) {
                let close = at + html[at..].find('>').ok_or("bad link")? + 1;
                html.replace_range(at..close, "");
            }
        }
        let at = html
            .find("<link rel=\"stylesheet\"")
            .ok_or("no stylesheet link")?;
        let close = at + html[at..].find('>').ok_or("bad link")? + 1;
        html.replace_range(at..close, &format!("<style>{css}</style>"));
        let policy = SINGLE_FILE_POLICY
            .replace("{scripts}", &sha256_source(script.as_bytes()))
            .replace("{styles}", &sha256_source(css.as_bytes()));
        after_charset(
            &html,
            &format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\" />"),
        )
    }

    fn read(dir: &Path, name: &str) -> Result<Vec<u8>, String> {
        std::fs::read(dir.join(name)).map_err(|e| format!("{name}: {e}"))
    }

    fn write(dir: &Path, name: &str, bytes: &[u8]) -> Result<(), String> {
        std::fs::write(dir.join(name), bytes).map_err(|e| format!("{name}: {e}"))
    }

    /// Every file of the folder, by name, sorted.
    fn files(dir: &Path) -> Result<Vec<String>, String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(Result::ok)
            .filter(|e| e.path().is_file())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        Ok(names)
    }

    /// The stylesheet without its comments and with its white space collapsed: the source keeps
    /// its comments, the first visit does not pay for them. Strings are copied as they are, and
    /// white space goes only next to `{`, `}`, `;`, `,` and `>`, where CSS never needs it, so a
    /// selector such as `a :focus` keeps its meaning. (Trunk's own minifier would also rewrite
    /// the page's HTML, which this tool reads; a CSS crate would cost minutes of build for this.)
    pub fn minify_css(css: &str) -> String {
        const TIGHT: &[char] = &['{', '}', ';', ',', '>'];
        let mut out = String::with_capacity(css.len());
        let mut chars = css.chars().peekable();
        let mut space = false;
        while let Some(c) = chars.next() {
            match c {
                '/' if chars.peek() == Some(&'*') => {
                    chars.next();
                    let mut last = ' ';
                    for d in chars.by_ref() {
                        if last == '*' && d == '/' {
                            break;
                        }
                        last = d;
                    }
                    space = true;
                }
                c if c.is_whitespace() => space = true,
                c => {
                    if space && !out.is_empty() && !out.ends_with(TIGHT) && !TIGHT.contains(&c) {
                        out.push(' ');
                    }
                    space = false;
                    out.push(c);
                    if c == '"' || c == '\'' {
                        let mut escaped = false;
                        for d in chars.by_ref() {
                            out.push(d);
                            if escaped {
                                escaped = false;
                            } else if d == '\\' {
                                escaped = true;
                            } else if d == c {
                                break;
                            }
                        }
                    }
                }
            }
        }
        out
    }

    /// Minifies the page's stylesheet in place (and the batch page's copy of it), and gives the
    /// links to it its new integrity; returns the page with the new integrity.
    fn minify_stylesheet(dir: &Path, html: &str, css_name: &str) -> Result<String, String> {
        let original = read(dir, css_name)?;
        let text = String::from_utf8(original.clone()).map_err(|e| format!("{css_name}: {e}"))?;
        let small = minify_css(&text);
        let (old, new) = (
            sha384_integrity(&original),
            sha384_integrity(small.as_bytes()),
        );
        write(dir, css_name, small.as_bytes())?;
        let batch = dir.join(BATCH_DIR);
        if batch.join(css_name).is_file() && read(&batch, css_name)? == original {
            write(&batch, css_name, small.as_bytes())?;
            let page = String::from_utf8(read(&batch, "index.html")?).map_err(|e| e.to_string())?;
            write(&batch, "index.html", page.replace(&old, &new).as_bytes())?;
        }
        Ok(html.replace(&old, &new))
    }

    pub fn finish(dir: &Path) -> Result<(), String> {
        let trunk_html = String::from_utf8(read(dir, "index.html")?).map_err(|e| e.to_string())?;
        let assets = assets(&trunk_html)?;
        let trunk_html = minify_stylesheet(dir, &trunk_html, &assets.css)?;
        let wasm = read(dir, &assets.wasm)?;
        let js = String::from_utf8(read(dir, &assets.js)?).map_err(|e| e.to_string())?;
        let css = String::from_utf8(read(dir, &assets.css)?).map_err(|e| e.to_string())?;

        let words = words_files();
        for w in &words {
            write(dir, &w.name, w.text.as_bytes())?;
        }
        let page = with_policy(&with_integrity_and_worker(
            &trunk_html,
            &wasm,
            &assets.wasm,
            &words,
        )?)?;
        write(dir, "index.html", page.as_bytes())?;
        write(
            dir,
            SINGLE_FILE,
            single_file(&trunk_html, &css, &js, &wasm, &words)?.as_bytes(),
        )?;

        // The worker's version is the hash of the files it caches: every language, for offline
        // (the batch page's texts are not the one-case page's to fetch).
        let mut cached = vec!["index.html", &assets.js, &assets.wasm, &assets.css];
        cached.extend(
            words
                .iter()
                .filter(|w| PAGE_BUNDLES.contains(&w.bundle))
                .map(|w| w.name.as_str()),
        );
        let mut hasher = Sha256::new();
        for name in &cached {
            hasher.update(name.as_bytes());
            hasher.update(read(dir, name)?);
        }
        let version: String = hasher
            .finalize()
            .iter()
            .take(8)
            .map(|b| format!("{b:02x}"))
            .collect();
        let list: Vec<String> = std::iter::once("'./'".to_string())
            .chain(cached.iter().map(|n| format!("'./{n}'")))
            .collect();
        let worker = SERVICE_WORKER
            .replace("{version}", &version)
            .replace("{files}", &format!("[{}]", list.join(", ")));
        write(dir, "sw.js", worker.as_bytes())?;
        write(dir, REMOVE_WORKER_FILE, REMOVE_WORKER.as_bytes())?;

        let batch = dir.join(BATCH_DIR);
        let mut listed: Vec<String> = files(dir)?
            .into_iter()
            .filter(|n| n != "SHA256SUMS")
            .collect();
        if batch.join("index.html").is_file() {
            finish_batch(&batch, &assets.css, &read(dir, &assets.css)?, &words)?;
            listed.extend(
                files(&batch)?
                    .into_iter()
                    .map(|n| format!("{BATCH_DIR}/{n}")),
            );
        }
        let mut sums = String::new();
        for name in listed {
            sums.push_str(&format!("{}  {name}\n", hex_sha256(&read(dir, &name)?)));
        }
        write(dir, "SHA256SUMS", sums.as_bytes())
    }

    /// The batch page's folder, beside the one-case page.
    pub const BATCH_DIR: &str = "batch";

    /// The batch page's worker as Trunk writes it (`data-type="worker"` with a loader shim): its
    /// names have no hash, and its loader fetches the wasm unchecked.
    const TRUNK_WORKER: [&str; 3] = [
        "amnesty-batch-worker.js",
        "amnesty-batch-worker_bg.wasm",
        "amnesty-batch-worker_loader.js",
    ];

    /// The worker's loader: the glue, then the program, its integrity checked. If the program
    /// cannot be had (a file of another build, offline before the first visit) the page is told,
    /// in the one message of its protocol that the worker's program does not send.
    const WORKER_LOADER: &str = "importScripts('./{glue}');\n\
wasm_bindgen({ module_or_path: fetch('./{wasm}', { integrity: '{integrity}' }) })\n\
  .catch(() => postMessage({ kind: 'broken' }));\n";

    /// Tells the batch page where its worker is (`src/batch_app/worker_client.rs` reads it), and
    /// registers the batch page's own service worker, for offline use.
    const WORKER_NAME: &str = "\nwindow.amnestyBatchWorker = './{loader}';\n\
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) navigator.serviceWorker.register('./sw.js').catch(() => {});\n";

    /// The batch page's caches are named apart from the one-case page's (`amnesty-`), whose worker
    /// deletes every `amnesty-` cache but its own when a new version activates.
    const BATCH_CACHE_PREFIX: &str = "'amnesty.batch-'";

    /// The batch page's service worker: the one-case page's, for the batch page's folder. It
    /// caches the batch page's files and the texts and stylesheet it takes from the folder above,
    /// so the one-case page's worker never fetches any of them: its first visit stays as it was.
    fn batch_service_worker(version: &str, files: &[String]) -> String {
        let list: Vec<String> = std::iter::once("'./'".to_string())
            .chain(files.iter().map(|n| format!("'{n}'")))
            .collect();
        SERVICE_WORKER
            .replace("'amnesty-'", BATCH_CACHE_PREFIX)
            .replace(
                "Offline copy of the calculator",
                "Offline copy of the calculator's batch page",
            )
            .replace("{version}", version)
            .replace("{files}", &format!("[{}]", list.join(", ")))
    }

    /// `stem-HASH.ext` with the first 16 hex digits of the content's SHA-256: a name that can be
    /// cached for ever, as Trunk names the page's own files.
    fn hashed_name(stem: &str, suffix: &str, bytes: &[u8]) -> String {
        format!("{stem}-{}{suffix}", &hex_sha256(bytes)[..16])
    }

    /// Finishes the batch page in `batch` (see the module's item 6). `main_css` is the one-case
    /// page's stylesheet: the batch page links the same file in the folder above instead of a
    /// copy of its own, so a visitor coming from the one-case page has it already.
    pub fn finish_batch(
        batch: &Path,
        main_css: &str,
        main_css_bytes: &[u8],
        words: &[WordsFile],
    ) -> Result<(), String> {
        let trunk_html =
            String::from_utf8(read(batch, "index.html")?).map_err(|e| e.to_string())?;
        let (_, _, wasm) =
            between(&trunk_html, "module_or_path: './", "'").ok_or("batch: no wasm path")?;
        let wasm = wasm.to_string();
        let wasm_bytes = read(batch, &wasm)?;

        // The worker, under hashed names, its loader checking the program's integrity.
        let glue_bytes = read(batch, TRUNK_WORKER[0])?;
        let program = read(batch, TRUNK_WORKER[1])?;
        let glue = hashed_name("amnesty-batch-worker", ".js", &glue_bytes);
        let program_name = hashed_name("amnesty-batch-worker", "_bg.wasm", &program);
        let loader_text = WORKER_LOADER
            .replace("{glue}", &glue)
            .replace("{wasm}", &program_name)
            .replace("{integrity}", &sha384_integrity(&program));
        let loader = hashed_name("amnesty-batch-worker-loader", ".js", loader_text.as_bytes());
        write(batch, &glue, &glue_bytes)?;
        write(batch, &program_name, &program)?;
        write(batch, &loader, loader_text.as_bytes())?;
        for name in TRUNK_WORKER {
            std::fs::remove_file(batch.join(name)).map_err(|e| format!("{name}: {e}"))?;
        }

        // The one-case page's stylesheet, from the folder above.
        let copy = format!("<link rel=\"stylesheet\" href=\"./{main_css}\"");
        let mut html = trunk_html.clone();
        if html.contains(&copy) && read(batch, main_css)? == main_css_bytes {
            html = html.replacen(
                &copy,
                &format!("<link rel=\"stylesheet\" href=\"../{main_css}\""),
                1,
            );
            std::fs::remove_file(batch.join(main_css)).map_err(|e| format!("{main_css}: {e}"))?;
        }

        // The program fetched with its integrity; the words and the worker's name first.
        let plain = format!("module_or_path: './{wasm}'");
        let checked = format!(
            "module_or_path: fetch('./{wasm}', {{ integrity: '{}' }})",
            sha384_integrity(&wasm_bytes)
        );
        let html = html.replacen(&plain, &checked, 1);
        let (start, _, _) = between(&html, "<script type=\"module\">", "</script>")
            .ok_or("batch: no start-up script")?;
        let html = format!(
            "{}{}{}{}",
            &html[..start],
            words_loader(words, &BATCH_BUNDLES, "../"),
            WORKER_NAME.replace("{loader}", &loader),
            &html[start..]
        );
        write(batch, "index.html", with_policy(&html)?.as_bytes())?;

        // Its own service worker (and its remover), for the files the batch page loads.
        let mut cached: Vec<String> = files(batch)?
            .into_iter()
            .filter(|n| n != "sw.js" && n != REMOVE_WORKER_FILE)
            .map(|n| format!("./{n}"))
            .collect();
        if html.contains(&format!("href=\"../{main_css}\"")) {
            cached.push(format!("../{main_css}"));
        }
        cached.extend(
            words
                .iter()
                .filter(|w| BATCH_BUNDLES.contains(&w.bundle))
                .map(|w| format!("../{}", w.name)),
        );
        let mut hasher = Sha256::new();
        for name in &cached {
            hasher.update(name.as_bytes());
            hasher.update(read(batch, name)?);
        }
        let version: String = hasher
            .finalize()
            .iter()
            .take(8)
            .map(|b| format!("{b:02x}"))
            .collect();
        write(
            batch,
            "sw.js",
            batch_service_worker(&version, &cached).as_bytes(),
        )?;
        write(
            batch,
            REMOVE_WORKER_FILE,
            REMOVE_WORKER
                .replace("'amnesty-'", BATCH_CACHE_PREFIX)
                .as_bytes(),
        )
    }

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let result = match args
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .as_slice()
        {
            ["finish", dir] => finish(Path::new(dir)),
            _ => Err("usage: amnesty-dist finish DIR".into()),
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

        const PAGE: &str = "<html><head><meta charset=\"utf-8\"><title>t</title>\
            <script type=\"module\">\nimport init, * as bindings from './app-1.js';\n\
            const wasm = await init({ module_or_path: './app-1_bg.wasm' });\n</script>\
            <link rel=\"stylesheet\" href=\"./main-1.css\" integrity=\"x\"/>\
            <link rel=\"modulepreload\" href=\"./app-1.js\"><link rel=\"preload\" href=\"./app-1_bg.wasm\"></head></html>";

        #[test]
        fn the_stylesheet_loses_comments_and_spaces_but_not_its_meaning() {
            let css = "/* c */\n:root {\n  --a: #fff;\n}\n\na :focus ,\nb > c {\n  content: \"x  /* y */ \\\" z\";\n  margin: 0 auto;\n}\n@media (min-width: 40em) { .x { top: calc(1px + 2px); } }\n";
            assert_eq!(
                minify_css(css),
                ":root{--a: #fff;}a :focus,b>c{content: \"x  /* y */ \\\" z\";margin: 0 auto;}@media (min-width: 40em){.x{top: calc(1px + 2px);}}"
            );
        }

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
        fn the_wasm_is_fetched_with_its_integrity_and_the_worker_registered() {
            let out =
                with_integrity_and_worker(PAGE, b"wasm", "app-1_bg.wasm", &words_files()).unwrap();
            assert!(out.contains(&format!(
                "fetch('./app-1_bg.wasm', {{ integrity: '{}' }})",
                sha384_integrity(b"wasm")
            )));
            assert!(out.contains("register('./sw.js')"));
            assert!(out.find("register('./sw.js')").unwrap() < out.find("</script>").unwrap());
        }

        #[test]
        fn the_texts_of_the_readers_language_are_fetched_before_the_program_starts() {
            let words = words_files();
            let out = with_integrity_and_worker(PAGE, b"wasm", "app-1_bg.wasm", &words).unwrap();
            let loader = out.find("window.amnestyWords = ").unwrap();
            assert!(loader < out.find("await init(").unwrap());
            for w in &words {
                let prefix = match w.bundle {
                    "page" => format!("words-{}-", w.lang),
                    bundle => format!("words-{bundle}-{}-", w.lang),
                };
                assert!(w.name.starts_with(&prefix) && w.name.ends_with(".txt"));
                // The batch page's texts are not named here: the one-case page does not grow
                // because the batch page exists.
                assert_eq!(
                    out.contains(&format!(
                        "{}: ['./{}', '{}']",
                        w.bundle, w.name, w.integrity
                    )),
                    w.bundle != "batch",
                    "{}",
                    w.name
                );
                assert!(!out.contains(&w.name) || w.bundle != "batch");
                let lang = amnesty::words::Lang::parse(w.lang).unwrap();
                let bundle = amnesty::words::Bundle::parse(w.bundle).unwrap();
                assert_eq!(amnesty::words::load(lang, &w.text), Ok(bundle));
            }
        }

        #[test]
        fn the_one_file_edition_holds_everything_and_points_nowhere() {
            let js = "export class A {}\nexport function decide(x) { return x; }\nasync function __wbg_init(m) {}\nexport { initSync, __wbg_init as default };\n";
            let out = single_file(PAGE, "body{}", js, b"\0asm", &words_files()).unwrap();
            assert!(!out.contains("./app-1") && !out.contains("main-1.css"));
            assert!(out.contains("<style>body{}</style>"));
            assert!(out.contains("window.wasmBindings = { decide }"));
            assert!(out.contains("class A {}") && !out.contains("export "));
            assert!(out.contains(&base64::engine::general_purpose::STANDARD.encode(b"\0asm")));
            assert!(out.contains("const amnestyWordsInline = { kk: { page: \"amnesty-words "));
            assert!(
                out.contains("help: \"amnesty-words ") && !out.contains("batch: \"amnesty-words ")
            );
            assert!(
                !out.contains("fetch("),
                "the one-file edition fetches nothing"
            );
            let policy = between(&out, "content=\"", "\"").unwrap().2;
            assert!(!policy.contains("'self'") && !policy.contains("http"));
            let script = inline_scripts(&out)[0];
            assert!(policy.contains(&sha256_source(script.as_bytes())));
        }

        #[test]
        fn finish_writes_a_worker_for_the_page_files_only_and_its_remover() {
            let dir =
                std::env::temp_dir().join(format!("amnesty-dist-test-{}", std::process::id()));
            std::fs::create_dir_all(&dir).unwrap();
            for (name, text) in [
                ("index.html", PAGE),
                (
                    "app-1.js",
                    "export function decide(x) { return x; }\nasync function __wbg_init(m) {}\n",
                ),
                ("app-1_bg.wasm", "\0asm"),
                ("main-1.css", "body{}"),
            ] {
                std::fs::write(dir.join(name), text).unwrap();
            }
            finish(&dir).unwrap();
            let worker = std::fs::read_to_string(dir.join("sw.js")).unwrap();
            let remover = std::fs::read_to_string(dir.join(REMOVE_WORKER_FILE)).unwrap();
            let sums = std::fs::read_to_string(dir.join("SHA256SUMS")).unwrap();
            std::fs::remove_dir_all(&dir).unwrap();

            let words: Vec<String> = words_files()
                .iter()
                .filter(|w| w.bundle != "batch")
                .map(|w| format!("'./{}'", w.name))
                .collect();
            assert!(worker.contains(&format!(
                "const FILES = ['./', './index.html', './app-1.js', './app-1_bg.wasm', './main-1.css', {}];",
                words.join(", ")
            )));
            let version = between(&worker, "const VERSION = '", "'").unwrap().2;
            assert!(version.len() == 16 && version.bytes().all(|b| b.is_ascii_hexdigit()));
            // One answer, given only after every request that is not one of the files has left.
            let guard = worker
                .find("if (request.method !== 'GET' || !OWN.has(url.href)) return;")
                .unwrap();
            assert_eq!(worker.matches("event.respondWith(").count(), 1);
            assert!(guard < worker.find("event.respondWith(").unwrap());
            // The page, whose name has no hash, never comes from the browser's cache.
            assert!(worker.contains("const FRESH = new Set(['./', './index.html']);"));
            // The remover answers nothing, replaces the worker at once and removes itself.
            assert!(!remover.contains("'fetch'"));
            assert!(
                remover.contains("skipWaiting()") && remover.contains("registration.unregister()")
            );
            assert!(sums.contains("  sw.js\n") && sums.contains("  sw-remove.js\n"));
            assert!(!worker.contains("words-batch-") && !sums.contains("batch/"));
        }

        /// The batch page as Trunk writes it: its program, its worker with the loader shim, the
        /// one-case page's stylesheet copied and its own.
        const BATCH_PAGE: &str = "<html><head><meta charset=\"utf-8\"><title>b</title>\
            <script type=\"module\">\nimport init, * as bindings from './batch-1.js';\n\
            const wasm = await init({ module_or_path: './batch-1_bg.wasm' });\n</script>\
            <link rel=\"stylesheet\" href=\"./main-1.css\" integrity=\"x\"/>\
            <link rel=\"stylesheet\" href=\"./batch-2.css\" integrity=\"y\"/></head></html>";

        #[test]
        fn finish_gives_the_batch_page_its_policy_hashed_worker_and_words_and_lists_it() {
            let dir = std::env::temp_dir()
                .join(format!("amnesty-dist-batch-test-{}", std::process::id()));
            let batch = dir.join(BATCH_DIR);
            std::fs::create_dir_all(&batch).unwrap();
            let root_files = [
                ("index.html", PAGE),
                (
                    "app-1.js",
                    "export function decide(x) { return x; }\nasync function __wbg_init(m) {}\n",
                ),
                ("app-1_bg.wasm", "\0asm"),
                ("main-1.css", "body{}"),
            ];
            for (name, text) in root_files {
                std::fs::write(dir.join(name), text).unwrap();
            }
            for (name, text) in [
                ("index.html", BATCH_PAGE),
                ("batch-1.js", "export default function init() {}\n"),
                ("batch-1_bg.wasm", "\0asm page"),
                ("main-1.css", "body{}"),
                ("batch-2.css", "table{}"),
                ("amnesty-batch-worker.js", "let wasm_bindgen = 1;\n"),
                ("amnesty-batch-worker_bg.wasm", "\0asm worker"),
                (
                    "amnesty-batch-worker_loader.js",
                    "importScripts(\"./amnesty-batch-worker.js\");",
                ),
            ] {
                std::fs::write(batch.join(name), text).unwrap();
            }
            finish(&dir).unwrap();
            let read = |p: &Path| std::fs::read_to_string(p).unwrap();
            let html = read(&batch.join("index.html"));
            let root_html = read(&dir.join("index.html"));
            let worker = read(&dir.join("sw.js"));
            let sums = read(&dir.join("SHA256SUMS"));
            let mut names = files(&batch).unwrap();
            names.sort();
            let loader_name = between(&html, "window.amnestyBatchWorker = './", "'")
                .unwrap()
                .2
                .to_string();
            let loader = read(&batch.join(&loader_name));
            let batch_worker = read(&batch.join("sw.js"));
            let batch_remover = read(&batch.join(REMOVE_WORKER_FILE));
            std::fs::remove_dir_all(&dir).unwrap();

            // Trunk's unhashed worker files are replaced by hashed ones; the stylesheet copy is gone.
            let glue = hashed_name("amnesty-batch-worker", ".js", b"let wasm_bindgen = 1;\n");
            let program = hashed_name("amnesty-batch-worker", "_bg.wasm", b"\0asm worker");
            assert!(loader_name.starts_with("amnesty-batch-worker-loader-"));
            let mut expected = vec![
                "batch-1.js".to_string(),
                "batch-1_bg.wasm".into(),
                "batch-2.css".into(),
                "index.html".into(),
                glue.clone(),
                program.clone(),
                loader_name.clone(),
            ];
            expected.sort();
            let mut with_workers = expected.clone();
            with_workers.extend(["sw-remove.js".to_string(), "sw.js".into()]);
            with_workers.sort();
            assert_eq!(names, with_workers);
            // Its service worker caches what it loads, under a name the one-case page's worker
            // leaves alone; its remover removes only that.
            for name in &expected {
                assert!(
                    batch_worker.contains(&format!("'./{name}'")),
                    "{name} cached"
                );
            }
            assert!(batch_worker.contains("'../main-1.css'"));
            for w in words_files() {
                let cached = batch_worker.contains(&format!("'../{}'", w.name));
                assert_eq!(cached, w.bundle != "help", "{}", w.name);
            }
            assert!(batch_worker.contains("const CACHE = 'amnesty.batch-' + VERSION;"));
            assert!(!batch_worker.contains("'amnesty-'") && !batch_remover.contains("'amnesty-'"));
            assert!(batch_remover.contains("k.startsWith('amnesty.batch-')"));
            assert!(html.contains("navigator.serviceWorker.register('./sw.js')"));
            // The loader checks the worker's program.
            assert!(loader.starts_with(&format!("importScripts('./{glue}');")));
            assert!(loader.contains(&format!(
                "fetch('./{program}', {{ integrity: '{}' }})",
                sha384_integrity(b"\0asm worker")
            )));
            assert!(loader.contains("postMessage({ kind: 'broken' })"));
            // The page: its program checked, the shared stylesheet from above, the policy last.
            assert!(html.contains(&format!(
                "fetch('./batch-1_bg.wasm', {{ integrity: '{}' }})",
                sha384_integrity(b"\0asm page")
            )));
            assert!(
                html.contains("href=\"../main-1.css\"") && html.contains("href=\"./batch-2.css\"")
            );
            let policy = between(
                &html,
                "http-equiv=\"Content-Security-Policy\" content=\"",
                "\"",
            )
            .unwrap()
            .2;
            for script in inline_scripts(&html) {
                assert!(policy.contains(&sha256_source(script.as_bytes())));
            }
            assert!(policy.contains("worker-src 'self'") && !policy.contains("http"));
            // Its words: the page and batch bundles from the folder above, none of the help's.
            for w in words_files() {
                let entry = format!("{}: ['../{}', '{}']", w.bundle, w.name, w.integrity);
                assert_eq!(html.contains(&entry), w.bundle != "help", "{}", w.name);
                // The one-case page names none of the batch page's files.
                assert_eq!(
                    root_html.contains(&w.name),
                    w.bundle != "batch",
                    "{}",
                    w.name
                );
            }
            for name in &expected {
                assert!(
                    name == "index.html"
                        || !root_html.contains(name.as_str()) && !worker.contains(name.as_str())
                );
                assert!(
                    sums.contains(&format!("  batch/{name}\n")),
                    "{name} in SHA256SUMS"
                );
            }
            assert!(!root_html.contains("amnestyBatchWorker") && !worker.contains("batch"));
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
