//! Where each language's texts are: built into the program natively (and in the browser with the
//! feature `embedded`), or, in the published page, loaded for the reader's language alone, so a
//! first visit downloads one language instead of three.
//!
//! A language's texts travel as one file (`blob`): a header naming the set of keys it was written
//! for, the end of each text, then the texts joined. A file written for another build is refused.

use crate::generated::{COUNT, FINGERPRINT};
use crate::Lang;

/// Why a text file was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlobError {
    /// Not a text file of this calculator.
    Malformed,
    /// Written for another version: its keys differ.
    OtherVersion,
}

/// The texts of one language and where each ends.
pub(crate) type Table = (&'static str, &'static [u16]);

#[cfg(any(not(target_arch = "wasm32"), feature = "embedded"))]
mod source {
    use super::*;
    use crate::generated::*;

    pub(crate) fn table(lang: Lang) -> Option<Table> {
        Some(match lang {
            Lang::Kk => (KK, &KK_ENDS),
            Lang::Ru => (RU, &RU_ENDS),
            Lang::En => (EN, &EN_ENDS),
        })
    }

    /// A built-in language needs no loading; a file given is still checked.
    pub(crate) fn keep(_lang: Lang, _table: Table) {}
}

#[cfg(all(target_arch = "wasm32", not(feature = "embedded")))]
mod source {
    use super::*;
    use std::sync::OnceLock;

    static LOADED: [OnceLock<Table>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];

    pub(crate) fn table(lang: Lang) -> Option<Table> {
        LOADED[lang as usize].get().copied()
    }

    pub(crate) fn keep(lang: Lang, table: Table) {
        let _ = LOADED[lang as usize].set(table);
    }
}

pub(crate) use source::table;

/// Whether a language's texts are at hand.
pub fn is_loaded(lang: Lang) -> bool {
    source::table(lang).is_some()
}

/// Takes in a language's text file (loaded by the page), once; texts of the program's own keys
/// only.
pub fn load(lang: Lang, blob: &str) -> Result<(), BlobError> {
    let (header, rest) = blob.split_once('\n').ok_or(BlobError::Malformed)?;
    let (ends_line, joined) = rest.split_once('\n').ok_or(BlobError::Malformed)?;
    let fingerprint = header
        .strip_prefix("amnesty-words ")
        .and_then(|f| f.parse::<u64>().ok())
        .ok_or(BlobError::Malformed)?;
    if fingerprint != FINGERPRINT {
        return Err(BlobError::OtherVersion);
    }
    let ends: Vec<u16> = ends_line
        .split(',')
        .map(|n| n.parse::<u16>().map_err(|_| BlobError::Malformed))
        .collect::<Result<_, _>>()?;
    let mut start = 0;
    for end in &ends {
        let end = usize::from(*end);
        if end < start || !joined.is_char_boundary(end) || end > joined.len() {
            return Err(BlobError::Malformed);
        }
        start = end;
    }
    if ends.len() != COUNT || start != joined.len() {
        return Err(BlobError::Malformed);
    }
    // Kept for the life of the page: a language is loaded at most once.
    let table: Table = (
        Box::leak(joined.to_string().into_boxed_str()),
        Box::leak(ends.into_boxed_slice()),
    );
    source::keep(lang, table);
    Ok(())
}

/// A language's text file, as the published page loads it (written by the build's finishing
/// step; natively, where every language is built in).
#[cfg(not(target_arch = "wasm32"))]
pub fn blob(lang: Lang) -> String {
    let (joined, ends) = source::table(lang).unwrap_or_default();
    let ends: Vec<String> = ends.iter().map(u16::to_string).collect();
    format!("amnesty-words {FINGERPRINT}\n{}\n{joined}", ends.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_file_is_read_back_and_another_version_refused() {
        for lang in Lang::ALL {
            let file = blob(lang);
            assert_eq!(load(lang, &file), Ok(()));
            let other = file.replacen(&FINGERPRINT.to_string(), "1", 1);
            assert_eq!(load(lang, &other), Err(BlobError::OtherVersion));
            let cut = &file[..file.len() - 3];
            assert_eq!(load(lang, cut), Err(BlobError::Malformed));
            assert_eq!(load(lang, "amnesty-words 1"), Err(BlobError::Malformed));
        }
    }
}
