//! Law No. 152-VII, Art. 1 — persons the amnesty applies to. Status: VERIFIED.
//!
//! The law covers offences committed in Kazakhstan from 4 to 7 January 2022 inclusive, connected
//! with the mass riots or committed while suppressing them, under the articles of the Criminal Code
//! on a closed list of 53 entries. Some entries name only some parts of an article (106 parts 1–2;
//! 272 parts 2–3), and Art. 272 part 1 (organising the riots) is listed only when committed by a
//! minor.

use chrono::NaiveDate;

use crate::pack::{ListEntry, Period};
use crate::vocab::{ArticleNo, Context};

/// Whether the day falls within the period, both ends included.
pub fn within_period(date: NaiveDate, period: &Period) -> bool {
    (period.from..=period.to).contains(&date)
}

/// Whether the offence's context is one the article names.
pub fn context_covered(context: Context, covered: &[Context]) -> bool {
    covered.contains(&context)
}

/// Where an article (and part) stands on the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Listing<'p> {
    /// On the list, as a whole article or by its part.
    Listed(&'p ListEntry),
    /// On the list only when committed by a minor.
    ListedIfMinor(&'p ListEntry),
    /// The article is listed, but not this part.
    PartNotListed(&'p ListEntry),
    NotListed,
    /// The article is listed for some parts only, and no part is given.
    PartNeeded {
        parts: u8,
    },
}

/// Finds the article and part among the list's entries.
pub fn listing(article: ArticleNo, part: Option<u8>, list: &[ListEntry]) -> Listing<'_> {
    let mut entries = list.iter().filter(|e| e.article == article).peekable();
    let Some(first) = entries.peek().copied() else {
        return Listing::NotListed;
    };
    let Some(part) = part else {
        return match first.parts {
            None => Listing::Listed(first),
            Some(_) => Listing::PartNeeded {
                parts: first.parts_in_code,
            },
        };
    };
    for entry in entries {
        let listed = entry
            .parts
            .as_ref()
            .is_none_or(|parts| parts.contains(&part));
        match (listed, entry.only_minor) {
            (true, false) => return Listing::Listed(entry),
            (true, true) => return Listing::ListedIfMinor(entry),
            _ => {}
        }
    }
    Listing::PartNotListed(first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::RulePack;

    fn list() -> &'static [ListEntry] {
        RulePack::embedded().list()
    }

    #[test]
    fn the_list_has_its_53_entries() {
        assert_eq!(list().len(), 53);
    }

    #[test]
    fn entries_whole_partial_and_for_minors() {
        let at = |n, d, part| listing(ArticleNo::new(n, d), part, list());
        assert!(matches!(at(188, 0, Some(4)), Listing::Listed(_)));
        assert!(matches!(at(188, 0, None), Listing::Listed(_)));
        assert!(matches!(at(269, 1, Some(2)), Listing::Listed(_)));
        assert!(matches!(at(269, 0, Some(2)), Listing::NotListed));
        assert!(matches!(at(106, 0, Some(2)), Listing::Listed(_)));
        assert!(matches!(at(106, 0, Some(3)), Listing::PartNotListed(_)));
        assert_eq!(at(106, 0, None), Listing::PartNeeded { parts: 3 });
        assert!(matches!(at(272, 0, Some(1)), Listing::ListedIfMinor(_)));
        assert!(matches!(at(272, 0, Some(3)), Listing::Listed(_)));
        assert_eq!(at(272, 0, None), Listing::PartNeeded { parts: 3 });
        assert!(matches!(at(190, 0, Some(1)), Listing::NotListed));
    }
}
