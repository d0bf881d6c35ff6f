//! The texts as the published pages load them: one file per language and bundle, named by its
//! content and fetched with its integrity (`words-ru-HASH.txt`, `words-help-ru-HASH.txt`,
//! `words-batch-ru-HASH.txt`), or, in the one-file edition, inside the page.

use amnesty_words::{Bundle, Lang};

use crate::digest::{sha384_integrity, version};
use crate::template::{files, fill, Js};

/// A bundle of a language's texts as the page loads it.
pub struct WordsFile {
    pub lang: Lang,
    pub bundle: Bundle,
    /// With a hash of the content, so that it can be cached for ever.
    pub name: String,
    pub text: String,
    pub integrity: String,
}

/// Every language's bundles.
pub fn files() -> Vec<WordsFile> {
    Lang::ALL
        .into_iter()
        .flat_map(|lang| Bundle::ALL.into_iter().map(move |bundle| (lang, bundle)))
        .map(|(lang, bundle)| {
            let text = amnesty_words::blob(lang, bundle);
            let hash = version([text.as_bytes()]);
            let name = match bundle {
                Bundle::Page => format!("words-{}-{hash}.txt", lang.code()),
                _ => format!("words-{}-{}-{hash}.txt", bundle.name(), lang.code()),
            };
            WordsFile {
                lang,
                bundle,
                name,
                integrity: sha384_integrity(text.as_bytes()),
                text,
            }
        })
        .collect()
}

/// `{ kk: { page: …, help: … }, ru: … }`: the entry of each of `bundles` in each language.
fn by_language(words: &[WordsFile], bundles: &[Bundle], entry: impl Fn(&WordsFile) -> Js) -> Js {
    Js::Object(
        Lang::ALL
            .into_iter()
            .map(|lang| {
                let entries = words
                    .iter()
                    .filter(|w| w.lang == lang && bundles.contains(&w.bundle))
                    .map(|w| (w.bundle.name().to_string(), entry(w)))
                    .collect();
                (lang.code().to_string(), Js::Object(entries))
            })
            .collect(),
    )
}

/// The loader of a page's `bundles` (`window.amnestyWords`), with the path from the page to the
/// words files (`./` for the one-case page, `../` for the batch page in its folder).
pub fn loader(words: &[WordsFile], bundles: &[Bundle], path: &str) -> Result<String, String> {
    let files_of = by_language(words, bundles, |w| {
        Js::List(vec![
            Js::str(format!("{path}{}", w.name)),
            Js::str(&w.integrity),
        ])
    });
    fill(
        "words-loader.js",
        files::WORDS_LOADER,
        &[("__WORDS_FILES__", files_of)],
    )
}

/// The texts of `bundles` inside the page, for the one-file edition.
pub fn inline(words: &[WordsFile], bundles: &[Bundle]) -> Result<String, String> {
    let texts = by_language(words, bundles, |w| Js::str(&w.text));
    fill(
        "words-inline.js",
        files::WORDS_INLINE,
        &[("__WORDS_TEXTS__", texts)],
    )
}
