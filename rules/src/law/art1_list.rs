//! Law No. 152-VII, Art. 1 — the closed list of articles. Status: VERIFIED.
//!
//! Only offences under the Criminal Code articles on a closed list of 53 entries are covered.
//! Some entries name only some parts of an article (106 parts 1–2; 272 parts 2–3), and Art. 272
//! part 1 (organising the riots) is listed only when committed by a minor. Where the entry names
//! parts and the case gives none, the part is a fact the case lacks: every part is a reading.

use crate::decision::StepDetail;
use crate::finding::{Found, Notes, Raised};
use crate::pack::{List, ListEntry, ProvisionId, Rule};
use crate::vocab::{ArticleNo, Citation};

const ID: ProvisionId = ProvisionId::Art1List;

/// Where an article (and part) stands on the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Listing<'p> {
    /// On the list, as a whole article or by its part.
    Listed(&'p ListEntry),
    /// On the list only when committed by a minor: [`minors_only`] decides.
    ListedIfMinor {
        entry: &'p ListEntry,
        part: u8,
    },
    /// The article is listed, but not this part.
    PartNotListed {
        listed: &'p [u8],
        part: u8,
    },
    NotListed,
    /// The article is listed for some parts only, and no part is given.
    PartNeeded {
        parts: u8,
    },
}

/// Finds the article and part among the list's entries; `part` is the part given or assumed.
pub fn listing(
    article: ArticleNo,
    part: Option<u8>,
    rule: &Rule<List<ListEntry>>,
) -> Found<Listing<'_>> {
    let listing = find(article, part, &rule.value);
    let detail = match listing {
        Listing::Listed(entry) => StepDetail::Listed {
            article,
            part,
            whole_article: entry.parts.is_none(),
        },
        Listing::PartNotListed { listed, part } => StepDetail::PartNotListed {
            article,
            part,
            listed: listed.to_vec(),
        },
        Listing::NotListed => StepDetail::NotListed { article },
        Listing::PartNeeded { parts } => {
            return part_needed(article, parts, rule).map(|()| listing)
        }
        // Said once the offender's age is known.
        Listing::ListedIfMinor { .. } => return Found::silent(listing),
    };
    Found::noted(listing, listed_note(article, part, detail, rule))
}

/// The entry for part 1 of Art. 272: covered only when the offender was a minor.
pub fn minors_only(
    article: ArticleNo,
    part: u8,
    minor: bool,
    rule: &Rule<List<ListEntry>>,
) -> Found<bool> {
    let detail = StepDetail::ListedIfMinor {
        article,
        part,
        minor,
    };
    Found::noted(minor, listed_note(article, Some(part), detail, rule))
}

/// The part decides (for the list, or for the category) and is not given: a fact to ask.
pub fn part_needed(article: ArticleNo, parts: u8, rule: &Rule<List<ListEntry>>) -> Found<()> {
    let mut notes = Notes::default();
    notes.ask(Raised::Part { parts });
    notes.step(rule.note(ID, StepDetail::PartUnknown { article, parts }));
    Found::with((), notes)
}

/// A step about the list, citing also the article (and part) of the Code it looked up.
fn listed_note(
    article: ArticleNo,
    part: Option<u8>,
    detail: StepDetail,
    rule: &Rule<List<ListEntry>>,
) -> crate::finding::Note {
    rule.note(ID, detail).also(Citation::code(article, part))
}

fn find(article: ArticleNo, part: Option<u8>, list: &[ListEntry]) -> Listing<'_> {
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
            (true, true) => return Listing::ListedIfMinor { entry, part },
            _ => {}
        }
    }
    // An entry without parts lists every part: only an entry with parts leaves one out.
    Listing::PartNotListed {
        listed: first.parts.as_deref().unwrap_or_default(),
        part,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::RulePack;

    fn rule() -> &'static Rule<List<ListEntry>> {
        &RulePack::embedded().provisions.art1_list
    }

    #[test]
    fn the_list_has_its_53_entries() {
        assert_eq!(rule().value.len(), 53);
    }

    #[test]
    fn entries_whole_partial_and_for_minors() {
        let at = |n, d, part| listing(ArticleNo::new(n, d), part, rule()).value;
        assert!(matches!(at(188, 0, Some(4)), Listing::Listed(_)));
        assert!(matches!(at(188, 0, None), Listing::Listed(_)));
        assert!(matches!(at(269, 1, Some(2)), Listing::Listed(_)));
        assert!(matches!(at(269, 0, Some(2)), Listing::NotListed));
        assert!(matches!(at(106, 0, Some(2)), Listing::Listed(_)));
        assert_eq!(
            at(106, 0, Some(3)),
            Listing::PartNotListed {
                listed: &[1, 2],
                part: 3
            }
        );
        assert_eq!(at(106, 0, None), Listing::PartNeeded { parts: 3 });
        assert!(matches!(
            at(272, 0, Some(1)),
            Listing::ListedIfMinor { part: 1, .. }
        ));
        assert!(matches!(at(272, 0, Some(3)), Listing::Listed(_)));
        assert_eq!(at(272, 0, None), Listing::PartNeeded { parts: 3 });
        assert!(matches!(at(190, 0, Some(1)), Listing::NotListed));
    }

    #[test]
    fn a_missing_part_is_asked_and_an_adult_organiser_is_not_covered() {
        let found = listing(ArticleNo::new(272, 0), None, rule());
        assert_eq!(found.notes.questions(), vec![Raised::Part { parts: 3 }]);
        assert!(!minors_only(ArticleNo::new(272, 0), 1, false, rule()).value);
    }
}
