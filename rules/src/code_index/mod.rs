//! Every article of the Criminal Code as it stood in January 2022.
//!
//! Citation: Criminal Code of the Republic of Kazakhstan of 3 July 2014 No. 226-V, Articles 1–467
//! and the dash articles added since (50-1 … 412-1).
//! Status: verified — read in the Kazakh text of the official bank of legal texts as of January
//! 2022 (`rules/code-index.json`, with its source; extracted by `scripts/extract-code-index.py`).
//! Summary: which article numbers the Code had when the events happened, how many parts each
//! had, and which articles and parts had been repealed by then. A number the Code did not have
//! is a slip in what was typed, not an offence the amnesty could cover or not.
//!
//! The page carries the index as numbers, not text: a byte of parts for each of Articles 1–467
//! (its high bit for an article repealed), and the few dash articles and repealed parts apart.

use crate::vocab::ArticleNo;

mod data {
    include!(concat!(env!("OUT_DIR"), "/code_index_data.rs"));
}

pub use data::SOURCE;

/// An article of the Code of January 2022.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CodeArticle {
    pub article: ArticleNo,
    /// Its highest part number (0: the article has no parts). Dash parts (366 part 1-1) are not
    /// counted: a case names its part with a whole number.
    pub parts: u8,
    /// Repealed before January 2022: its number stays in the Code, the article does not.
    pub repealed: bool,
}

fn entry(article: ArticleNo, byte: u8) -> CodeArticle {
    CodeArticle {
        article,
        parts: byte & !data::REPEALED,
        repealed: byte & data::REPEALED != 0,
    }
}

/// The article, if the Code of January 2022 had that number (repealed or not).
pub fn find(article: ArticleNo) -> Option<CodeArticle> {
    let byte = if article.dash == 0 {
        *data::PLAIN.get(usize::from(article.number).checked_sub(1)?)?
    } else {
        data::DASHED
            .iter()
            .find(|(n, d, _)| (*n, *d) == (article.number, article.dash))?
            .2
    };
    Some(entry(article, byte))
}

/// Whether the article is in the Code's Special Part, the only part that defines offences: an
/// article of the General Part (principles, punishments and their terms) or of the closing
/// provisions cannot be what a person was convicted of. The bounds come from the index.
pub fn defines_offences(article: ArticleNo) -> bool {
    let (first, last) = data::SPECIAL_PART;
    (first..=last).contains(&article.number)
}

/// Every article, in the Code's order (269, 269-1, 270…).
pub fn articles() -> impl Iterator<Item = CodeArticle> {
    (1..=data::PLAIN.len() as u16).flat_map(|number| {
        let plain = ArticleNo::new(number, 0);
        std::iter::once(entry(plain, data::PLAIN[usize::from(number) - 1])).chain(
            data::DASHED
                .iter()
                .filter(move |(n, _, _)| *n == number)
                .map(|(n, d, byte)| entry(ArticleNo::new(*n, *d), *byte)),
        )
    })
}

/// Whether this part of the article had been repealed by January 2022 (its number stays).
pub fn part_repealed(article: ArticleNo, part: u8) -> bool {
    data::REPEALED_PARTS.contains(&(article.number, article.dash, part))
}

/// What a part is about, in a few words in kk, ru and en, for the search (where the index has
/// them: `rules/part-subjects.json`).
pub fn part_subjects() -> impl Iterator<Item = (ArticleNo, u8, &'static [&'static str; 3])> {
    data::PART_SUBJECTS
        .iter()
        .map(|(number, dash, part, words)| (ArticleNo::new(*number, *dash), *part, words))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn a(number: u16, dash: u8) -> ArticleNo {
        ArticleNo::new(number, dash)
    }

    #[test]
    fn every_article_from_1_to_467_and_the_dash_articles() {
        let all: Vec<CodeArticle> = articles().collect();
        let plain: Vec<u16> = all
            .iter()
            .filter(|c| c.article.dash == 0)
            .map(|c| c.article.number)
            .collect();
        assert_eq!(plain, (1..=467).collect::<Vec<_>>());
        let dashed: Vec<String> = all
            .iter()
            .filter(|c| c.article.dash != 0)
            .map(|c| c.article.to_string())
            .collect();
        assert_eq!(
            dashed,
            [
                "50-1", "98-1", "98-2", "188-1", "269-1", "295-1", "299-1", "345-1", "380-1",
                "380-2", "388-1", "412-1"
            ]
        );
    }

    #[test]
    fn only_the_special_part_defines_offences() {
        for general in [a(1, 0), a(52, 0), a(98, 0), a(98, 2), a(467, 0)] {
            assert!(!defines_offences(general), "{general}");
        }
        for special in [a(99, 0), a(272, 0), a(269, 1), a(466, 0)] {
            assert!(defines_offences(special), "{special}");
        }
    }

    #[test]
    fn numbers_the_code_did_not_have() {
        for missing in [
            a(0, 0),
            a(468, 0),
            a(999, 0),
            a(2722, 0),
            a(272, 2),
            a(269, 2),
        ] {
            assert_eq!(find(missing), None, "{missing}");
        }
    }

    #[test]
    fn parts_and_repeals() {
        let f = |n, d| find(a(n, d)).unwrap();
        assert_eq!((f(188, 0).parts, f(188, 0).repealed), (4, false));
        assert_eq!(f(269, 1).parts, 3);
        assert_eq!(f(102, 0).parts, 0);
        assert_eq!(f(43, 0).parts, 3, "dash parts 2-1 and 2-2 are not counted");
        let repealed: Vec<String> = articles()
            .filter(|c| c.repealed)
            .map(|c| c.article.to_string())
            .collect();
        assert_eq!(repealed, ["47", "108", "109", "130", "215", "240", "393"]);
        assert!(part_repealed(a(361, 0), 2));
        assert!(!part_repealed(a(361, 0), 1));
        assert!(!part_repealed(a(272, 0), 2));
    }

    #[test]
    fn subjects_of_parts() {
        let subjects: Vec<(String, u8)> = part_subjects()
            .map(|(a, p, _)| (a.to_string(), p))
            .collect();
        assert_eq!(
            subjects,
            [("272".into(), 1), ("272".into(), 2), ("272".into(), 3)]
        );
    }
}
