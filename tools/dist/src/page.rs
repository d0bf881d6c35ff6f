//! Finishing a page, the same step for the one-case page and the batch page: its program fetched
//! with its integrity checked, its words loader and start-up scripts, its Content-Security-Policy,
//! and its own service worker (with the remover beside it) for the files it loads.

use std::path::{Path, PathBuf};

use amnesty_words::Bundle;

use crate::digest::version;
use crate::html;
use crate::template::{files, fill, Js};
use crate::words::{self, WordsFile};
use crate::{read, read_text, write, REMOVE_WORKER_FILE, WORKER_FILE};

/// A page as Trunk wrote it, on its way to being finished.
pub struct Page {
    pub dir: PathBuf,
    /// Its `index.html`.
    pub html: String,
    /// The files in its folder it loads, by name (Trunk's, and what the finishing step adds).
    pub files: Vec<String>,
    /// Files it loads from the folder above, relative to the page (`../main-….css`).
    pub borrowed: Vec<String>,
    /// Run before the program starts, after the words loader.
    pub prologue: String,
}

/// How a page is finished.
pub struct Finish<'a> {
    /// From the page to the words files (and to the folder its borrowed files are in).
    pub words_path: &'a str,
    /// The bundles of texts the page uses.
    pub bundles: &'a [Bundle],
    /// Its caches' names start with this; each page's worker deletes only its own old caches.
    pub cache_prefix: &'a str,
}

impl Page {
    /// The page in `dir` as Trunk wrote it: its `index.html` and every file beside it.
    pub fn read(dir: &Path) -> Result<Page, String> {
        Ok(Page {
            dir: dir.to_path_buf(),
            html: read_text(dir, "index.html")?,
            files: crate::files(dir)?,
            borrowed: Vec::new(),
            prologue: String::new(),
        })
    }

    /// Finishes the page and writes it, with its service worker and the remover.
    pub fn finish(self, how: &Finish<'_>, words: &[WordsFile]) -> Result<(), String> {
        let wasm = read(&self.dir, html::wasm_name(&self.html)?)?;
        let html = html::with_checked_wasm(&self.html, &wasm)?;
        let before = format!(
            "\n{}{}",
            words::loader(words, how.bundles, how.words_path)?,
            self.prologue
        );
        let after = format!("\n{}", fill("register-sw.js", files::REGISTER_WORKER, &[])?);
        let html = html::with_policy(&html::around_start_up(&html, &before, &after)?)?;
        write(&self.dir, "index.html", html.as_bytes())?;

        let mut cached: Vec<String> = self.files.iter().map(|n| format!("./{n}")).collect();
        cached.sort();
        cached.extend(self.borrowed.iter().cloned());
        cached.extend(
            words
                .iter()
                .filter(|w| how.bundles.contains(&w.bundle))
                .map(|w| format!("{}{}", how.words_path, w.name)),
        );
        let contents = cached
            .iter()
            .map(|name| read(&self.dir, name))
            .collect::<Result<Vec<_>, _>>()?;
        let version = version(
            cached
                .iter()
                .zip(&contents)
                .flat_map(|(name, bytes)| [name.as_bytes(), bytes.as_slice()]),
        );
        let list = std::iter::once("./".to_string())
            .chain(cached)
            .map(Js::Str)
            .collect();
        let worker = fill(
            WORKER_FILE,
            files::SERVICE_WORKER,
            &[
                ("__CACHE_PREFIX__", Js::str(how.cache_prefix)),
                ("__VERSION__", Js::Str(version)),
                ("__FILES__", Js::List(list)),
            ],
        )?;
        write(&self.dir, WORKER_FILE, worker.as_bytes())?;
        let remover = fill(
            REMOVE_WORKER_FILE,
            files::REMOVE_WORKER,
            &[("__CACHE_PREFIX__", Js::str(how.cache_prefix))],
        )?;
        write(&self.dir, REMOVE_WORKER_FILE, remover.as_bytes())
    }
}
