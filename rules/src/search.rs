//! Finding an article of the law's list by what a person types: its number ("269-1"), a citation
//! as lawyers write it («ст. 272 ч. 2», "272-бап 2-бөлік", "Art. 272 part 2", read by
//! [`crate::cited`]), or words of its title — or of a part's own subject («участие в массовых
//! беспорядках» is Art. 272 part 2) — in any of the three languages, whatever the letter case,
//! with ё read as е, the Latin i that official Kazakh texts sometimes carry read as і, and a long
//! word's ending left aside («массовых» finds «массовые»).

use crate::cited::{self, Reading};
use crate::code_index;
use crate::letter_case::lower;
use crate::pack::{RulePack, Title};
use crate::vocab::ArticleNo;

/// An article on the list, with its title and the parts the list names (`None`: all of them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListedArticle<'p> {
    pub article: ArticleNo,
    pub title: &'p Title,
    /// How many parts the article has in the Code of January 2022 (0: none).
    pub parts_in_code: u8,
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

/// Whether a folded text holds a folded word: the word itself, or a long word without its last
/// two letters (a case ending: «массовых», «беспорядках», «тәртіпсіздікке»).
fn holds(text: &str, word: &str) -> bool {
    if text.contains(word) {
        return true;
    }
    // The stem: all but the last two letters, of a word of seven or more.
    let mut ends = word.char_indices().rev().skip(1).map(|(i, _)| i);
    word.chars().nth(6).is_some() && ends.next().is_some_and(|i| text.contains(&word[..i]))
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

/// The article a citation names for the search: the one meant, or, where a dot leaves it open,
/// the dash article ("269.1" also finds 269-1).
fn searched_article(reading: Option<Reading>) -> Option<ArticleNo> {
    match reading? {
        Reading::Plain(c) | Reading::DotAsPart(c) => Some(c.article),
        Reading::Ambiguous { dash, .. } => Some(dash.article),
    }
}

/// Articles of the list matching a query, as (article, `None`), and parts of them, as
/// (article, part): an exact number first, then numbers that start with what was typed, then the
/// parts and articles whose words hold every word typed — an article's title, and a part's own
/// subject with it («участие в массовых беспорядках»: Art. 272 part 2) — in the list's order.
pub fn search(pack: &RulePack, text: &str, limit: usize) -> Vec<(ArticleNo, Option<u8>)> {
    search_in(pack, text, limit, |article| {
        pack.list_entries(article)
            .next()
            .map(|e| vec![&*e.title.kk, &*e.title.ru, &*e.title.en])
            .unwrap_or_default()
    })
}

/// [`search`] by the titles `titles_of` gives for an article: a page that carries the titles of
/// the reader's language alone (feature `titles` off) passes them from its words.
pub fn search_in<'t>(
    pack: &RulePack,
    text: &str,
    limit: usize,
    titles_of: impl Fn(ArticleNo) -> Vec<&'t str>,
) -> Vec<(ArticleNo, Option<u8>)> {
    let parsed = cited::parse(text);
    let article = searched_article(parsed.reading);
    if article.is_none() && parsed.words.is_empty() {
        return Vec::new();
    }
    let typed_number = text
        .trim()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>();
    // One list per rank (exact number, number begun, words), each in the list's order: read in
    // turn (concatenated), they are the matches ranked, without a sort's code in the page.
    let mut found: [Vec<(ArticleNo, Option<u8>)>; 3] = Default::default();
    for a in listed_articles(pack) {
        let rank: usize = match article {
            Some(n) if n == a.article => 0,
            Some(_)
                if a.article.to_string().starts_with(&typed_number) && !typed_number.is_empty() =>
            {
                1
            }
            Some(_) => continue,
            None => 2,
        };
        let titles: Vec<String> = titles_of(a.article).into_iter().map(folded).collect();
        let all_held = |subject: &[String]| {
            parsed
                .words
                .iter()
                .all(|w| titles.iter().chain(subject).any(|t| holds(t, w)))
        };
        if rank == 2 {
            for (_, part, words) in code_index::part_subjects().filter(|s| s.0 == a.article) {
                if all_held(&words.map(folded)) {
                    found[rank].push((a.article, Some(part)));
                }
            }
        }
        if all_held(&[]) {
            found[rank].push((a.article, None));
        }
    }
    let mut ranked = found.concat();
    ranked.truncate(limit);
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(q: &str) -> Vec<String> {
        search(RulePack::embedded(), q, 8)
            .iter()
            .filter(|(_, part)| part.is_none())
            .map(|(article, _)| article.to_string())
            .collect()
    }

    fn parts(q: &str) -> Vec<(ArticleNo, u8)> {
        search(RulePack::embedded(), q, 8)
            .into_iter()
            .filter_map(|(article, part)| Some((article, part?)))
            .collect()
    }

    #[test]
    fn by_number_with_or_without_its_dash() {
        assert_eq!(numbers("188"), ["188"]);
        assert_eq!(numbers("269-1"), ["269-1"]);
        assert_eq!(
            numbers("269.1"),
            ["269-1"],
            "one of the two readings of 269.1"
        );
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
        assert!(numbers("массовых беспорядков").contains(&"272".to_string()));
        assert!(numbers("охраняемый объект").contains(&"269-1".to_string()));
        assert!(numbers("жаппай тәртіпсіздік").contains(&"272".to_string()));
        assert!(numbers("неповиновение").contains(&"379".to_string()));
        assert_eq!(numbers("путём"), ["196"], "a short word keeps its ending");
        assert!(numbers("  ").is_empty());
    }

    #[test]
    fn a_part_by_its_own_subject_in_the_three_languages() {
        for query in [
            "участие в массовых беспорядках",
            "Участие в беспорядках",
            "жаппай тәртіпсіздікке қатысу",
            "participation in mass riots",
            "taking part in mass riots",
        ] {
            assert_eq!(parts(query), [(ArticleNo::new(272, 0), 2)], "{query}");
            assert!(numbers(query).is_empty(), "{query}: not the title's words");
        }
        assert_eq!(
            parts("организация массовых беспорядков"),
            [(ArticleNo::new(272, 0), 1)]
        );
        assert_eq!(parts("массовые беспорядки").len(), 3);
        assert!(
            parts("ст. 272 участие").is_empty(),
            "a citation is not a subject"
        );
        assert!(parts("кража").is_empty());
    }
}
