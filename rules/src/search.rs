//! Finding an article of the law's list by what a person types: its number ("269-1", "269.1"), a
//! citation as lawyers write it («ст. 272 ч. 2», "272-бап 2-бөлік", "Art. 272 part 2"), or words of
//! its title in any of the three languages, whatever the letter case, with ё read as е and the
//! Latin i that official Kazakh texts sometimes carry read as і.

use crate::letter_case::lower;
use crate::pack::{Localized, RulePack};
use crate::vocab::ArticleNo;

/// An article on the list, with its title and the parts the list names (`None`: all of them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListedArticle<'p> {
    pub article: ArticleNo,
    pub title: &'p Localized,
    /// How many parts the article has in the Code of January 2022 (0: none).
    pub parts_in_code: u8,
}

/// What a query asks for: an article number (and part) if it names one, and the other words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub article: Option<ArticleNo>,
    pub part: Option<u8>,
    pub words: Vec<String>,
}

/// One character folded for matching.
fn fold(c: char) -> char {
    match lower(c) {
        'ё' => 'е',
        'i' => 'і',
        other => other,
    }
}

/// Text folded for matching.
pub fn folded(text: &str) -> String {
    text.chars().map(fold).collect()
}

/// Words that introduce an article or a part, in the three languages (folded).
const ARTICLE_WORDS: [&str; 6] = ["ст", "статья", "статьи", "art", "article", "бап"];
const PART_WORDS: [&str; 6] = ["ч", "часть", "части", "part", "бөлік", "бөлігі"];

/// Reads a query. A number followed by a part word and a number, or introduced by an article
/// word, is the article; "269.1" and "269 1" are a dash number when the list has it.
pub fn parse_query(text: &str, pack: &RulePack) -> Query {
    let lowered = folded(text);
    // Split into words and numbers, keeping "269-1" and "269.1" together.
    let mut tokens: Vec<String> = Vec::new();
    let mut current = String::new();
    for c in lowered.chars() {
        let joins_number =
            (c == '-' || c == '.') && current.chars().last().is_some_and(|p| p.is_ascii_digit());
        if c.is_alphanumeric() || joins_number {
            current.push(c);
        } else if !current.is_empty() {
            tokens.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        tokens.push(current);
    }
    let mut query = Query::default();
    // A part word seen, waiting for its number; a part number seen before its article.
    let mut expect_part = false;
    let mut early_part: Option<u8> = None;
    for token in tokens {
        let token = token.trim_end_matches(['-', '.']).to_string();
        // Kazakh writes "272-бап", "2-бөлік": a number glued to its word.
        let (number_text, word_after) = match token.split_once('-') {
            Some((n, w)) if !w.is_empty() && w.chars().all(char::is_alphabetic) => {
                (n.to_string(), Some(w.to_string()))
            }
            _ => (token.clone(), None),
        };
        if !number_text
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit())
        {
            if PART_WORDS.contains(&token.as_str()) {
                expect_part = true;
            } else if !ARTICLE_WORDS.contains(&token.as_str()) {
                query.words.push(token);
            }
            continue;
        }
        let is_part = expect_part
            || word_after
                .as_deref()
                .is_some_and(|w| PART_WORDS.contains(&w));
        expect_part = false;
        if is_part && query.part.is_none() && early_part.is_none() {
            match number_text.parse() {
                Ok(part) if query.article.is_some() => query.part = Some(part),
                Ok(part) => early_part = Some(part),
                Err(_) => {}
            }
        } else if query.article.is_none() {
            match article_number(&number_text, pack) {
                Some((article, part)) => {
                    query.article = Some(article);
                    query.part = query.part.or(part);
                }
                None => query.words.push(number_text),
            }
        } else {
            query.words.push(number_text);
        }
    }
    if query.article.is_some() {
        query.part = query.part.or(early_part);
    }
    query
}

/// "269-1", "269.1": a dash number when the list has one; otherwise "272.2" is Art. 272 part 2.
fn article_number(text: &str, pack: &RulePack) -> Option<(ArticleNo, Option<u8>)> {
    let dashed = ArticleNo::parse(text, true)?;
    if dashed.dash == 0 || pack.list_entries(dashed).next().is_some() {
        return Some((dashed, None));
    }
    let plain = ArticleNo::new(dashed.number, 0);
    Some((plain, Some(dashed.dash)))
}

/// Every article on the list, once each, in the list's order.
pub fn listed_articles(pack: &RulePack) -> Vec<ListedArticle<'_>> {
    let mut out: Vec<ListedArticle> = Vec::new();
    for entry in pack.list() {
        if out.iter().all(|a| a.article != entry.article) {
            out.push(ListedArticle {
                article: entry.article,
                title: &entry.title,
                parts_in_code: entry.parts_in_code,
            });
        }
    }
    out
}

/// Articles matching a query: an exact number first, then numbers that start with what was
/// typed, then titles containing every word, in the list's order.
pub fn search<'p>(pack: &'p RulePack, text: &str, limit: usize) -> Vec<ListedArticle<'p>> {
    let query = parse_query(text, pack);
    if query.article.is_none() && query.words.is_empty() {
        return Vec::new();
    }
    let typed_number = text
        .trim()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>();
    let mut found: Vec<(u8, ListedArticle)> = listed_articles(pack)
        .into_iter()
        .filter_map(|a| {
            let titles = [&a.title.kk, &a.title.ru, &a.title.en].map(|t| folded(t));
            let words_match = query
                .words
                .iter()
                .all(|w| titles.iter().any(|t| t.contains(w.as_str())));
            let rank = match query.article {
                Some(n) if n == a.article => 0,
                Some(_)
                    if a.article.to_string().starts_with(&typed_number)
                        && !typed_number.is_empty() =>
                {
                    1
                }
                Some(_) => return None,
                None => 2,
            };
            words_match.then_some((rank, a))
        })
        .collect();
    found.sort_by_key(|(rank, _)| *rank);
    found.into_iter().map(|(_, a)| a).take(limit).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(q: &str) -> Vec<String> {
        search(RulePack::embedded(), q, 8)
            .iter()
            .map(|a| a.article.to_string())
            .collect()
    }

    #[test]
    fn by_number_with_or_without_its_dash() {
        assert_eq!(numbers("188"), ["188"]);
        assert_eq!(numbers("269-1"), ["269-1"]);
        assert_eq!(numbers("269.1"), ["269-1"]);
        assert_eq!(numbers("10")[..3], ["102", "103", "104"]);
        assert!(numbers("999").is_empty());
    }

    #[test]
    fn by_words_in_any_language_and_case() {
        assert!(numbers("кража").contains(&"188".to_string()));
        assert!(numbers("КРАЖА").contains(&"188".to_string()));
        assert!(numbers("theft").contains(&"188".to_string()));
        assert!(numbers("ұрлық").contains(&"188".to_string()));
        assert!(numbers("массовые").contains(&"272".to_string()));
        assert!(numbers("охраняемый объект").contains(&"269-1".to_string()));
        assert!(numbers("жаппай тәртіпсіздік").contains(&"272".to_string()));
        assert!(numbers("неповиновение").contains(&"379".to_string()));
        assert!(numbers("  ").is_empty());
    }

    #[test]
    fn citations_as_lawyers_write_them() {
        let pack = RulePack::embedded();
        let q = |t| {
            let q = parse_query(t, pack);
            (q.article.map(|a| a.to_string()), q.part)
        };
        assert_eq!(q("ст. 272 ч. 2"), (Some("272".into()), Some(2)));
        assert_eq!(q("ч. 2 ст. 272"), (Some("272".into()), Some(2)));
        assert_eq!(q("272-бап 2-бөлік"), (Some("272".into()), Some(2)));
        assert_eq!(q("272-баптың 2-бөлігі"), (Some("272".into()), Some(2)));
        assert_eq!(q("Art. 272 part 2"), (Some("272".into()), Some(2)));
        assert_eq!(q("272.2"), (Some("272".into()), Some(2)));
        assert_eq!(q("ст 188"), (Some("188".into()), None));
    }
}
