//! Where each language's texts are: built into the program (feature `embedded`: the command-line
//! tool, the module, the build's finishing step, the tests), or, in the published page, loaded
//! for the reader's language alone and bundle by bundle, so a first visit downloads one language's page texts and nothing else: the
//! help's texts come when the help is opened, the batch page's on the batch page.
//!
//! A bundle of a language's texts travels as one file (`blob`): a header naming the set of keys
//! it was written for and its bundle, the length of each text (lengths, not where each ends:
//! they compress better), then the texts joined. A file written for another build is refused.

use crate::generated::{BUNDLE_STARTS, COUNT, FINGERPRINT};
use crate::{Key, Lang};

/// Why a text file was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlobError {
    /// Not a text file of this calculator.
    Malformed,
    /// Written for another version: its keys differ.
    OtherVersion,
}

/// A part of the texts loaded on its own: a top-level group of keys belongs to one bundle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Bundle {
    /// Everything the single-case page and the decision's words need.
    Page,
    /// The help and about dialog (`help.*`).
    Help,
    /// The batch page and the spreadsheets (`batch.*`).
    Batch,
}

impl Bundle {
    pub const ALL: [Bundle; 3] = [Bundle::Page, Bundle::Help, Bundle::Batch];

    pub fn name(self) -> &'static str {
        match self {
            Bundle::Page => "page",
            Bundle::Help => "help",
            Bundle::Batch => "batch",
        }
    }

    pub fn parse(name: &str) -> Option<Bundle> {
        Bundle::ALL.into_iter().find(|b| b.name() == name)
    }

    /// The keys of this bundle, as a range of indices.
    fn keys(self) -> std::ops::Range<usize> {
        let i = self as usize;
        let end = BUNDLE_STARTS.get(i + 1).map_or(COUNT, |e| usize::from(*e));
        usize::from(BUNDLE_STARTS[i])..end
    }

    /// The bundle of a key, and the key's place in it.
    pub(crate) fn of(key: Key) -> (Bundle, usize) {
        let i = usize::from(key.0);
        let bundle = Bundle::ALL
            .into_iter()
            .rev()
            .find(|b| usize::from(BUNDLE_STARTS[*b as usize]) <= i)
            .unwrap_or(Bundle::Page);
        (bundle, i - usize::from(BUNDLE_STARTS[bundle as usize]))
    }
}

/// The texts of one language's bundle and where each ends.
pub(crate) type Table = (&'static str, &'static [u16]);

#[cfg(feature = "embedded")]
mod source {
    use super::*;

    pub(crate) fn table(lang: Lang, bundle: Bundle) -> Option<Table> {
        Some(crate::generated::TABLES[lang as usize][bundle as usize])
    }

    /// A built-in language needs no loading; a file given is still checked.
    pub(crate) fn keep(_lang: Lang, _bundle: Bundle, _table: Table) {}
}

#[cfg(not(feature = "embedded"))]
mod source {
    use super::*;
    use std::sync::OnceLock;

    #[allow(clippy::declare_interior_mutable_const)]
    const EMPTY: OnceLock<Table> = OnceLock::new();
    static LOADED: [[OnceLock<Table>; 3]; 3] = [[EMPTY; 3], [EMPTY; 3], [EMPTY; 3]];

    pub(crate) fn table(lang: Lang, bundle: Bundle) -> Option<Table> {
        LOADED[lang as usize][bundle as usize].get().copied()
    }

    pub(crate) fn keep(lang: Lang, bundle: Bundle, table: Table) {
        let _ = LOADED[lang as usize][bundle as usize].set(table);
    }
}

pub(crate) use source::table;

/// Whether a bundle of a language's texts is at hand.
pub fn is_bundle_loaded(lang: Lang, bundle: Bundle) -> bool {
    source::table(lang, bundle).is_some()
}

/// Takes in a text file (loaded by the page), once per language and bundle; texts of the
/// program's own keys only. The file says which bundle it holds.
pub fn load(lang: Lang, blob: &str) -> Result<Bundle, BlobError> {
    let (header, rest) = blob.split_once('\n').ok_or(BlobError::Malformed)?;
    let (ends_line, joined) = rest.split_once('\n').ok_or(BlobError::Malformed)?;
    let mut header = header
        .strip_prefix("amnesty-words ")
        .ok_or(BlobError::Malformed)?
        .split(' ');
    let fingerprint = header
        .next()
        .and_then(|f| f.parse::<u64>().ok())
        .ok_or(BlobError::Malformed)?;
    if fingerprint != FINGERPRINT {
        return Err(BlobError::OtherVersion);
    }
    let bundle = header
        .next()
        .and_then(Bundle::parse)
        .ok_or(BlobError::Malformed)?;
    let mut start = 0;
    let mut ends: Vec<u16> = Vec::new();
    for length in ends_line.split(',').filter(|n| !n.is_empty()) {
        let length = length.parse::<usize>().map_err(|_| BlobError::Malformed)?;
        let end = start + length;
        if end > joined.len() || !joined.is_char_boundary(end) {
            return Err(BlobError::Malformed);
        }
        ends.push(u16::try_from(end).map_err(|_| BlobError::Malformed)?);
        start = end;
    }
    if ends.len() != bundle.keys().len() || start != joined.len() {
        return Err(BlobError::Malformed);
    }
    // Kept for the life of the page: a bundle is loaded at most once.
    let table: Table = (
        Box::leak(joined.to_string().into_boxed_str()),
        Box::leak(ends.into_boxed_slice()),
    );
    source::keep(lang, bundle, table);
    Ok(bundle)
}

/// A bundle of a language's texts as one file, as the published page loads it (written by the
/// build's finishing step, where every language is built in).
pub fn blob(lang: Lang, bundle: Bundle) -> String {
    let (joined, ends) = source::table(lang, bundle).unwrap_or_default();
    let mut start = 0;
    let lengths: Vec<String> = ends
        .iter()
        .map(|end| {
            let length = end - start;
            start = *end;
            length.to_string()
        })
        .collect();
    format!(
        "amnesty-words {FINGERPRINT} {}\n{}\n{joined}",
        bundle.name(),
        lengths.join(",")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_file_is_read_back_and_another_version_refused() {
        for lang in Lang::ALL {
            for bundle in Bundle::ALL {
                let file = blob(lang, bundle);
                assert_eq!(load(lang, &file), Ok(bundle));
                let other = file.replacen(&FINGERPRINT.to_string(), "1", 1);
                assert_eq!(load(lang, &other), Err(BlobError::OtherVersion));
                let cut = &file[..file.floor_char_boundary(file.len() - 3)];
                assert_eq!(load(lang, cut), Err(BlobError::Malformed));
                let unnamed = file.replacen(&format!(" {}\n", bundle.name()), "\n", 1);
                assert_eq!(load(lang, &unnamed), Err(BlobError::Malformed));
                assert_eq!(load(lang, "amnesty-words 1"), Err(BlobError::Malformed));
            }
        }
    }

    #[test]
    fn every_key_is_in_one_bundle_and_the_bundles_follow_the_areas() {
        let mut counts = [0; 3];
        for key in crate::all_keys() {
            let (bundle, at) = Bundle::of(key);
            assert!(at < bundle.keys().len());
            counts[bundle as usize] += 1;
            let name = crate::key_name(key);
            let expected = match name.split('.').next() {
                Some("help") => Bundle::Help,
                Some("batch") => Bundle::Batch,
                _ => Bundle::Page,
            };
            assert_eq!(bundle, expected, "{name}");
        }
        assert_eq!(counts.iter().sum::<usize>(), COUNT);
        assert!(counts.iter().all(|n| *n > 0));
    }
}
