//! The texts the worker needs with each request: its messages and the exports are in the
//! reader's language, and it has no words of its own. They are the page bundle (the decision's
//! words, the fields') and the batch bundle (the spreadsheets'), as the page's start-up script
//! fetched them (`frame::fetch_words`; fetched once, so asking again costs nothing).

use amnesty_words::{Bundle, Lang};

use crate::frame::fetch_words;

/// The bundles the worker needs.
const BUNDLES: [Bundle; 2] = [Bundle::Page, Bundle::Batch];

/// A language's text files for a request to the worker; `None` when they cannot be had
/// (offline before the first visit, or files of another build).
pub async fn for_worker(lang: Lang) -> Option<Vec<String>> {
    let mut texts = Vec::with_capacity(BUNDLES.len());
    for bundle in BUNDLES {
        texts.push(fetch_words(lang, bundle).await?);
    }
    Some(texts)
}
