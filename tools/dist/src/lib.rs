//! `amnesty-dist` finishes the release build in `dist/` after Trunk (`finish`):
//! 1. The shared stylesheet without its comments and extra white space (1.2 KB of the first
//!    visit's brotli budget); the batch page links the one-case page's copy instead of its own.
//! 2. The texts as files, one per language and bundle, named by their content (`words`).
//! 3. The one-file edition `amnesty-calculator.html`: the one-case page with the stylesheet, the
//!    glue, the program (base64) and every language's texts inside, for `file://` and messengers.
//! 4. The batch page's Web Worker under content-hashed names, its program integrity-checked.
//! 5. Each page finished the same way (`page`): the program fetched with Subresource Integrity,
//!    the words loader and start-up scripts, a Content-Security-Policy that allows nothing from
//!    another origin (a static page cannot send a nonce, so the policy names the inline start-up
//!    script by its SHA-256), a service worker caching exactly the page's files under a version
//!    that is their hash, and beside it the remover (`sw-remove.js`) to publish as `sw.js` when
//!    the calculator is taken down or moved. Nothing of the batch page goes into the one-case
//!    page, its service worker or the one-file edition: its first visit does not grow by a byte
//!    because the batch page exists.
//! 6. `SHA256SUMS`, the SHA-256 of every file, to check a hosted copy against the published one.
//!
//! The JavaScript it adds lives in `tools/dist/js/` and is filled by `template`.

mod batch_worker;
pub mod css;
pub mod digest;
pub mod html;
pub mod page;
pub mod single_file;
pub mod template;
pub mod words;

use std::path::Path;

use amnesty_words::Bundle;

use digest::{hex_sha256, sha384_integrity};
use page::{Finish, Page};
use template::{files, fill, Js};

/// The name of the one-file edition.
pub const SINGLE_FILE: &str = "amnesty-calculator.html";
/// The batch page's folder, beside the one-case page.
pub const BATCH_DIR: &str = "batch";
/// Each page's service worker.
pub const WORKER_FILE: &str = "sw.js";
/// The worker that removes a page's service worker, shipped beside it.
pub const REMOVE_WORKER_FILE: &str = "sw-remove.js";
/// The worker's files as Trunk names them, replaced by hashed ones.
pub use batch_worker::TRUNK_WORKER;

/// The one-case page: its texts and the help's, from its own folder.
pub const ONE_CASE: Finish<'static> = Finish {
    words_path: "./",
    bundles: &[Bundle::Page, Bundle::Help],
    cache_prefix: "amnesty-",
};

/// The batch page: the decision's words and the result component's, and its own, from the
/// folder above. Its caches are named apart from the one-case page's (`amnesty-`), whose worker
/// deletes every `amnesty-` cache but its own when a new version activates.
pub const BATCH: Finish<'static> = Finish {
    words_path: "../",
    bundles: &[Bundle::Page, Bundle::Batch],
    cache_prefix: "amnesty.batch-",
};

pub fn read(dir: &Path, name: &str) -> Result<Vec<u8>, String> {
    std::fs::read(dir.join(name)).map_err(|e| format!("{name}: {e}"))
}

pub fn read_text(dir: &Path, name: &str) -> Result<String, String> {
    String::from_utf8(read(dir, name)?).map_err(|e| format!("{name}: {e}"))
}

pub fn write(dir: &Path, name: &str, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(dir.join(name), bytes).map_err(|e| format!("{name}: {e}"))
}

/// Every file of the folder, by name, sorted.
pub fn files(dir: &Path) -> Result<Vec<String>, String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    Ok(names)
}

/// Finishes the pages in `dist` (the one-case page, and the batch page in `batch/` when
/// `scripts/build-batch.sh` built it).
pub fn finish(dist: &Path) -> Result<(), String> {
    let mut one_case = Page::read(dist)?;
    let batch_dir = dist.join(BATCH_DIR);
    let mut batch = if batch_dir.join("index.html").is_file() {
        Some(Page::read(&batch_dir)?)
    } else {
        None
    };

    // 1. The stylesheet, minified in place; the batch page's copy of it replaced by a link.
    let [css_name] = html::stylesheets(&one_case.html)[..] else {
        // One stylesheet, so the one-file edition and the offline cache cannot miss one.
        return Err("the page must link exactly one stylesheet (style/main.css)".into());
    };
    let css_name = css_name.to_string();
    let original = read(dist, &css_name)?;
    let css = css::minify_css(&String::from_utf8_lossy(&original));
    write(dist, &css_name, css.as_bytes())?;
    let (old, new) = (
        sha384_integrity(&original),
        sha384_integrity(css.as_bytes()),
    );
    one_case.html = one_case.html.replace(&old, &new);
    if let Some(batch) = &mut batch {
        let copy = format!("<link rel=\"stylesheet\" href=\"./{css_name}\"");
        if batch.html.contains(&copy) && read(&batch.dir, &css_name)? == original {
            batch.html = batch
                .html
                .replacen(
                    &copy,
                    &format!("<link rel=\"stylesheet\" href=\"../{css_name}\""),
                    1,
                )
                .replace(&old, &new);
            std::fs::remove_file(batch.dir.join(&css_name))
                .map_err(|e| format!("{css_name}: {e}"))?;
            batch.files.retain(|n| *n != css_name);
            batch.borrowed.push(format!("../{css_name}"));
        }
    }

    // 2. The texts.
    let words = words::files();
    for w in &words {
        write(dist, &w.name, w.text.as_bytes())?;
    }

    // 3. The one-file edition, from the one-case page as Trunk wrote it.
    let js = read_text(dist, html::glue_name(&one_case.html)?)?;
    let wasm = read(dist, html::wasm_name(&one_case.html)?)?;
    let single = single_file::page(&one_case.html, &css, &js, &wasm, &words)?;
    write(dist, SINGLE_FILE, single.as_bytes())?;

    // 4. The batch page's worker.
    if let Some(batch) = &mut batch {
        let loader = batch_worker::finish(&batch.dir, &mut batch.files)?;
        batch.prologue = fill(
            "batch-start.js",
            files::BATCH_START,
            &[("__WORKER_LOADER__", Js::Str(format!("./{loader}")))],
        )?;
    }

    // 5. Each page.
    one_case.finish(&ONE_CASE, &words)?;
    if let Some(batch) = batch {
        batch.finish(&BATCH, &words)?;
    }

    // 6. The sums of everything.
    let mut listed: Vec<String> = files(dist)?
        .into_iter()
        .filter(|n| n != "SHA256SUMS")
        .collect();
    if batch_dir.join("index.html").is_file() {
        listed.extend(
            files(&batch_dir)?
                .into_iter()
                .map(|n| format!("{BATCH_DIR}/{n}")),
        );
    }
    let mut sums = String::new();
    for name in listed {
        sums.push_str(&format!("{}  {name}\n", hex_sha256(&read(dist, &name)?)));
    }
    write(dist, "SHA256SUMS", sums.as_bytes())
}
