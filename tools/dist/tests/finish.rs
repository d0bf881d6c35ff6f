//! `finish` on pages as Trunk writes them: the one-case page alone, and with the batch page.

use std::path::{Path, PathBuf};

use amnesty_dist::digest::{hashed_name, sha256_source, sha384_integrity};
use amnesty_dist::html::{between, inline_scripts};
use amnesty_dist::words::{self, WordsFile};
use amnesty_dist::{files, finish, single_file, BATCH_DIR, REMOVE_WORKER_FILE, SINGLE_FILE};
use amnesty_words::Bundle;
use base64::Engine;

/// The one-case page as Trunk writes it.
const PAGE: &str = "<html><head><meta charset=\"utf-8\"><title>t</title>\
    <script type=\"module\">\nimport init, * as bindings from './app-1.js';\n\
    const wasm = await init({ module_or_path: './app-1_bg.wasm' });\n</script>\
    <link rel=\"stylesheet\" href=\"./main-1.css\" integrity=\"x\"/>\
    <link rel=\"modulepreload\" href=\"./app-1.js\"><link rel=\"preload\" href=\"./app-1_bg.wasm\"></head></html>";

const GLUE: &str = "export function decide(x) { return x; }\nasync function __wbg_init(m) {}\n";

/// The batch page as Trunk writes it: its program, its worker with the loader shim, the
/// one-case page's stylesheet copied and its own.
const BATCH_PAGE: &str = "<html><head><meta charset=\"utf-8\"><title>b</title>\
    <script type=\"module\">\nimport init, * as bindings from './batch-1.js';\n\
    const wasm = await init({ module_or_path: './batch-1_bg.wasm' });\n</script>\
    <link rel=\"stylesheet\" href=\"./main-1.css\" integrity=\"x\"/>\
    <link rel=\"stylesheet\" href=\"./batch-2.css\" integrity=\"y\"/></head></html>";

/// A scratch folder with the one-case page's files, removed when dropped.
struct Dist(PathBuf);

impl Dist {
    fn new(name: &str) -> Dist {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (name, text) in [
            ("index.html", PAGE),
            ("app-1.js", GLUE),
            ("app-1_bg.wasm", "\0asm"),
            ("main-1.css", "body{}"),
        ] {
            std::fs::write(dir.join(name), text).unwrap();
        }
        Dist(dir)
    }

    fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.0.join(name)).unwrap()
    }
}

impl Drop for Dist {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn the_one_case_page_fetches_its_checked_program_and_texts_and_registers_its_worker() {
    let dist = Dist::new("finish-one-case");
    finish(&dist.0).unwrap();
    let html = dist.read("index.html");
    assert!(html.contains(&format!(
        "fetch('./app-1_bg.wasm', {{ integrity: '{}' }})",
        sha384_integrity(b"\0asm")
    )));
    // The texts of the reader's language are fetched before the program starts, the service
    // worker registered after.
    let loader = html.find("window.amnestyWords = ").unwrap();
    let start = html.find("await init(").unwrap();
    let register = html.find("register('./sw.js')").unwrap();
    assert!(loader < start && start < register && register < html.find("</script>").unwrap());
    for w in words::files() {
        let prefix = match w.bundle {
            Bundle::Page => format!("words-{}-", w.lang.code()),
            bundle => format!("words-{}-{}-", bundle.name(), w.lang.code()),
        };
        assert!(w.name.starts_with(&prefix) && w.name.ends_with(".txt"));
        assert_eq!(dist.read(&w.name), w.text);
        // The batch page's texts are not named here: the one-case page does not grow because
        // the batch page exists.
        let named = html.contains(&loader_entry(&w, "./"));
        assert_eq!(named, w.bundle != Bundle::Batch, "{}", w.name);
        assert!(!html.contains(&w.name) || w.bundle != Bundle::Batch);
        assert_eq!(amnesty_words::load(w.lang, &w.text), Ok(w.bundle));
    }
    assert_eq!(inline_scripts(&html).len(), 1);
    assert_policy_names_every_script(&html);
    for name in ["index.html", "sw.js", REMOVE_WORKER_FILE, SINGLE_FILE] {
        assert_no_placeholder(name, &dist.read(name));
    }
}

/// How a page's words loader names a words file, from the page's folder at `path`.
fn loader_entry(w: &WordsFile, path: &str) -> String {
    format!(
        "{}: ['{path}{}', '{}']",
        w.bundle.name(),
        w.name,
        w.integrity
    )
}

/// The page's Content-Security-Policy, which names every inline script by its hash.
fn assert_policy_names_every_script(html: &str) -> &str {
    let policy = between(
        html,
        "http-equiv=\"Content-Security-Policy\" content=\"",
        "\"",
    )
    .unwrap()
    .2;
    for script in inline_scripts(html) {
        assert!(policy.contains(&sha256_source(script.as_bytes())));
    }
    policy
}

/// Nothing left of the scripts' placeholders (`__NAME__`).
fn assert_no_placeholder(name: &str, text: &str) {
    let left = text
        .match_indices("__")
        .any(|(at, _)| text[at + 2..].starts_with(|c: char| c.is_ascii_uppercase()));
    assert!(!left, "{name} has a placeholder left");
}

#[test]
fn the_one_case_page_gets_a_worker_for_its_files_only_and_its_remover() {
    let dist = Dist::new("finish-worker");
    finish(&dist.0).unwrap();
    let worker = dist.read("sw.js");
    let remover = dist.read(REMOVE_WORKER_FILE);
    let sums = dist.read("SHA256SUMS");

    let words: Vec<String> = words::files()
        .iter()
        .filter(|w| w.bundle != Bundle::Batch)
        .map(|w| format!("'./{}'", w.name))
        .collect();
    assert!(worker.contains(&format!(
        "const FILES = ['./', './app-1.js', './app-1_bg.wasm', './index.html', './main-1.css', {}];",
        words.join(", ")
    )));
    let version = between(&worker, "const VERSION = '", "'").unwrap().2;
    assert!(version.len() == 16 && version.bytes().all(|b| b.is_ascii_hexdigit()));
    assert!(worker.contains("const PREFIX = 'amnesty-';"));
    // One answer, given only after every request that is not one of the files has left.
    let guard = worker
        .find("if (request.method !== 'GET' || !OWN.has(url.href)) return;")
        .unwrap();
    assert_eq!(worker.matches("event.respondWith(").count(), 1);
    assert!(guard < worker.find("event.respondWith(").unwrap());
    // The page, whose name has no hash, never comes from the browser's cache.
    assert!(worker.contains("const FRESH = new Set(['./', './index.html']);"));
    // The remover answers nothing, replaces the worker at once and removes itself.
    assert!(!remover.contains("'fetch'") && remover.contains("const PREFIX = 'amnesty-';"));
    assert!(remover.contains("skipWaiting()") && remover.contains("registration.unregister()"));
    assert!(remover.starts_with("/* Removes the amnesty calculator's offline copy."));
    assert!(sums.contains("  sw.js\n") && sums.contains("  sw-remove.js\n"));
    assert!(!worker.contains("words-batch-") && !sums.contains("batch/"));
    assert!(
        !worker.contains(SINGLE_FILE),
        "the one-file edition is not cached"
    );
}

#[test]
fn the_one_file_edition_holds_everything_and_points_nowhere() {
    let js = "export class A {}\nexport function decide(x) { return x; }\nasync function __wbg_init(m) {}\nexport { initSync, __wbg_init as default };\n";
    let out = single_file::page(PAGE, "body{}", js, b"\0asm", &words::files()).unwrap();
    assert!(!out.contains("./app-1") && !out.contains("main-1.css"));
    assert!(out.contains("<style>body{}</style>"));
    assert!(out.contains("window.wasmBindings = { decide }"));
    assert!(out.contains("class A {}") && !out.contains("export "));
    let wasm = base64::engine::general_purpose::STANDARD.encode(b"\0asm");
    assert!(out.contains(&format!("atob('{wasm}')")));
    for w in words::files() {
        let entry = format!("{}: 'amnesty-words ", w.bundle.name());
        assert_eq!(
            out.contains(&entry),
            w.bundle != Bundle::Batch,
            "{}",
            w.name
        );
    }
    assert!(out.contains("const amnestyWordsInline = { kk: { page: 'amnesty-words "));
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
fn the_batch_page_is_finished_the_same_way_with_its_worker_hashed_and_is_listed() {
    let dist = Dist::new("finish-batch");
    let batch = dist.0.join(BATCH_DIR);
    std::fs::create_dir_all(&batch).unwrap();
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
    finish(&dist.0).unwrap();
    let read = |p: &Path| std::fs::read_to_string(p).unwrap();
    let html = read(&batch.join("index.html"));
    let root_html = dist.read("index.html");
    let worker = dist.read("sw.js");
    let sums = dist.read("SHA256SUMS");
    let names = files(&batch).unwrap();
    let loader_name = between(&html, "window.amnestyBatchWorker = './", "'")
        .unwrap()
        .2
        .to_string();
    let loader = read(&batch.join(&loader_name));
    let batch_worker = read(&batch.join("sw.js"));
    let batch_remover = read(&batch.join(REMOVE_WORKER_FILE));
    for (name, text) in [
        ("index.html", &html),
        ("sw.js", &batch_worker),
        ("loader", &loader),
    ] {
        assert_no_placeholder(name, text);
    }

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
    // Its service worker caches what it loads, under a name the one-case page's worker leaves
    // alone; its remover removes only that.
    for name in &expected {
        assert!(
            batch_worker.contains(&format!("'./{name}'")),
            "{name} cached"
        );
    }
    assert!(batch_worker.contains("'../main-1.css'"));
    for w in words::files() {
        let cached = batch_worker.contains(&format!("'../{}'", w.name));
        assert_eq!(cached, w.bundle != Bundle::Help, "{}", w.name);
    }
    assert!(batch_worker.contains("const PREFIX = 'amnesty.batch-';"));
    assert!(!batch_worker.contains("'amnesty-'") && !batch_remover.contains("'amnesty-'"));
    assert!(batch_remover.contains("const PREFIX = 'amnesty.batch-';"));
    assert!(html.contains("navigator.serviceWorker.register('./sw.js')"));
    // The loader checks the worker's program, and says so in the protocol when it cannot.
    assert!(loader.starts_with(&format!("importScripts('./{glue}');")));
    assert!(loader.contains(&format!(
        "fetch('./{program}', {{ integrity: '{}' }})",
        sha384_integrity(b"\0asm worker")
    )));
    assert!(loader.contains("postMessage({\"kind\":\"broken\"})"));
    // The page: its program checked, the shared stylesheet from above, the policy last.
    assert!(html.contains(&format!(
        "fetch('./batch-1_bg.wasm', {{ integrity: '{}' }})",
        sha384_integrity(b"\0asm page")
    )));
    assert!(html.contains("href=\"../main-1.css\"") && html.contains("href=\"./batch-2.css\""));
    let policy = assert_policy_names_every_script(&html);
    assert!(policy.contains("worker-src 'self'") && !policy.contains("http"));
    // Its words: the page and batch bundles from the folder above, none of the help's.
    for w in words::files() {
        let named = html.contains(&loader_entry(&w, "../"));
        assert_eq!(named, w.bundle != Bundle::Help, "{}", w.name);
        // The one-case page names none of the batch page's files.
        assert_eq!(
            root_html.contains(&w.name),
            w.bundle != Bundle::Batch,
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
