//! Reads a Criminal Code citation as people write it, whole: «п. 2 ч. 3 ст. 189», «пункт 2 части 3
//! статьи 189», «ч.3 ст.189 УК РК», «ст. 272 ч. 2», «189-баптың 3-бөлігінің 2) тармағы», "Art.
//! 189(3)", "Article 189 part 3", «189 ч.3», "269-1" — the article, the part and the item (пункт,
//! тармақ) where the text gives them, whatever the letter case.
//!
//! Russian and English name the unit before its number (ст. 189); Kazakh after it (189-бап). A
//! number with a dot ("272.2") is read against the Code of January 2022: the part when the Code
//! has no dash article 272-2, and both readings, to be asked about, when it has the dash article
//! and the part (269-1 and 269 part 1). A dash article is only ever meant when written with a
//! dash.

use crate::code_index;
use crate::letter_case::{lower, upper};
use crate::search::folded;
use crate::vocab::ArticleNo;

/// An article as cited, with its part and item when the citation gives them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cited {
    pub article: ArticleNo,
    pub part: Option<u8>,
    pub item: Option<u8>,
}

/// What a citation names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// As written.
    Plain(Cited),
    /// "272.2": the Code has no Article 272-2, so the dot is read as the part (Art. 272 part 2).
    DotAsPart(Cited),
    /// "269.1": the Code has both Article 269-1 and Art. 269 part 1; only the person can say.
    Ambiguous { dash: Cited, part: Cited },
}

impl Reading {
    /// The one article and part meant, when there is one.
    pub fn meant(self) -> Option<Cited> {
        match self {
            Reading::Plain(c) | Reading::DotAsPart(c) => Some(c),
            Reading::Ambiguous { .. } => None,
        }
    }
}

/// A text read as a citation: what it names, and the words that are not part of a citation
/// (words of a title, for the search).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    pub reading: Option<Reading>,
    pub words: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Article,
    Part,
    Item,
}

/// Words that name a unit, folded ([`folded`]: the Latin i written і): Russian and English before
/// the number (`true`: the whole word; else the word's beginning), Kazakh after it.
const BEFORE: [(&str, bool, Unit); 14] = [
    ("ст", true, Unit::Article),
    ("стат", false, Unit::Article),
    ("art", true, Unit::Article),
    ("artіcle", false, Unit::Article),
    ("ч", true, Unit::Part),
    ("част", false, Unit::Part),
    ("part", true, Unit::Part),
    ("parts", true, Unit::Part),
    ("pt", true, Unit::Part),
    ("п", true, Unit::Item),
    ("пп", true, Unit::Item),
    ("пункт", false, Unit::Item),
    ("подпункт", false, Unit::Item),
    ("іtem", true, Unit::Item),
];
const AFTER: [(&str, Unit); 5] = [
    ("бап", Unit::Article),
    ("баб", Unit::Article),
    ("бөлік", Unit::Part),
    ("бөліг", Unit::Part),
    ("тарма", Unit::Item),
];
/// Words that only say which code («УК РК», «ҚР ҚК», "CC"), whole or as a word's beginning.
const NOISE: [(&str, bool); 14] = [
    ("ук", true),
    ("рк", true),
    ("қк", true),
    ("қр", true),
    ("cc", true),
    ("rk", true),
    ("of", true),
    ("the", true),
    ("code", true),
    ("кодекс", false),
    ("уголовн", false),
    ("қылмыстық", false),
    ("crіmіnal", false),
    ("республик", false),
];

/// A number of the text: as written, its value (`None`: too long for an article), its dash or
/// dot number, and the unit a word gave it.
struct Number<'t> {
    text: &'t str,
    value: Option<u16>,
    dot: bool,
    sub: u8,
    unit: Option<Unit>,
}

/// A letter of the app's alphabets (Latin, Cyrillic with the Kazakh letters): one with two cases.
/// Not `char::is_alphabetic`, whose tables for all of Unicode cost the page about 1 KB.
fn is_letter(c: char) -> bool {
    upper(c) != lower(c)
}

/// Reads a text as a citation. Words that are not part of one are kept for the search.
pub fn parse(text: &str) -> Parsed {
    let text = folded(text);
    let mut numbers: Vec<Number> = Vec::new();
    let mut words = Vec::new();
    let mut pending = None;
    let mut rest = text.as_str();
    while let Some(c) = rest.chars().next() {
        let len = if c.is_ascii_digit() {
            // "272", "269-1", "272.2"; "272-бап" leaves its word for the next round.
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            let tail = &rest.as_bytes()[digits..];
            let sub = match tail {
                [b'-' | b'.', d, ..] if d.is_ascii_digit() => {
                    1 + tail[1..].iter().take_while(|b| b.is_ascii_digit()).count()
                }
                _ => 0,
            };
            let sub_value = rest[digits..digits + sub].trim_start_matches(['-', '.']);
            numbers.push(Number {
                text: &rest[..digits + sub],
                value: rest[..digits]
                    .parse()
                    .ok()
                    .filter(|_| sub_value.is_empty() || sub_value.parse::<u8>().is_ok()),
                dot: tail.first() == Some(&b'.') && sub > 0,
                sub: sub_value.parse().unwrap_or(0),
                unit: pending.take(),
            });
            digits + sub
        } else if is_letter(c) {
            let len = rest.find(|c: char| !is_letter(c)).unwrap_or(rest.len());
            let word = &rest[..len];
            let is = |pattern: &str, whole: bool| {
                if whole {
                    word == pattern
                } else {
                    word.starts_with(pattern)
                }
            };
            if let Some((_, unit)) = AFTER.iter().find(|(p, _)| is(p, false)) {
                match numbers.last_mut() {
                    Some(last) if last.unit.is_none() => last.unit = Some(*unit),
                    _ => words.push(word.to_string()),
                }
            } else if let Some((_, _, unit)) = BEFORE.iter().find(|(p, whole, _)| is(p, *whole)) {
                pending = Some(*unit);
            } else if !NOISE.iter().any(|(p, whole)| is(p, *whole)) {
                words.push(word.to_string());
            }
            len
        } else {
            c.len_utf8()
        };
        rest = &rest[len..];
    }
    place(numbers, words)
}

/// Gives each number its place, article, part or item: first what the words say; then the
/// numbers no word named, in order, to the first place still free ("189(3)(2)", "189 ч.3",
/// "272 2"). What has no place is left to the search.
fn place(numbers: Vec<Number>, mut words: Vec<String>) -> Parsed {
    let mut places: [Option<&Number>; 3] = [None; 3];
    let named = numbers.iter().filter(|n| n.unit.is_some());
    for n in named.chain(numbers.iter().filter(|n| n.unit.is_none())) {
        let place = match n.unit {
            Some(unit) => unit as usize,
            None => places.iter().position(Option::is_none).unwrap_or(3),
        };
        // Only an article has a dash number; a part or an item is a small whole number.
        let fits = place == 0 || (n.sub == 0 && n.value.is_some_and(|v| v <= 255));
        match places.get_mut(place) {
            Some(free @ None) if fits => *free = Some(n),
            _ => words.push(n.text.to_string()),
        }
    }
    let [article, part, item] = places.map(|n| n.and_then(|n| n.value));
    let small = |n: Option<u16>| n.and_then(|n| u8::try_from(n).ok());
    let reading = places[0].and_then(|n| {
        let cited = |article, part| Cited {
            article,
            part,
            item: small(item),
        };
        let (number, given) = (article?, small(part));
        let plain = ArticleNo::new(number, 0);
        let dash = ArticleNo::new(number, n.sub);
        if !n.dot || given.is_some() {
            // A dash number, or a dot beside a part given apart: the dash article.
            return Some(Reading::Plain(cited(dash, given)));
        }
        // "272.2": Art. 272-2 or Art. 272 part 2, as the Code of January 2022 has them.
        let has_dash = code_index::find(dash).is_some();
        let has_part = code_index::find(plain).is_some_and(|c| (1..=c.parts).contains(&n.sub));
        Some(match (has_dash, has_part) {
            (true, true) => Reading::Ambiguous {
                dash: cited(dash, None),
                part: cited(plain, Some(n.sub)),
            },
            (true, false) => Reading::Plain(cited(dash, None)),
            (false, _) => Reading::DotAsPart(cited(plain, Some(n.sub))),
        })
    });
    Parsed { reading, words }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(String, Option<u8>, Option<u8>)> {
        match parse(text).reading? {
            Reading::Plain(c) | Reading::DotAsPart(c) => {
                Some((c.article.to_string(), c.part, c.item))
            }
            Reading::Ambiguous { .. } => None,
        }
    }

    fn cite(
        article: &str,
        part: Option<u8>,
        item: Option<u8>,
    ) -> Option<(String, Option<u8>, Option<u8>)> {
        Some((article.to_string(), part, item))
    }

    /// Every way of writing a citation the brief names, in the three languages.
    #[test]
    fn citations_as_lawyers_write_them() {
        let item_part_article = cite("189", Some(3), Some(2));
        let part_article = cite("189", Some(3), None);
        for (text, expected) in [
            ("п. 2 ч. 3 ст. 189", &item_part_article),
            ("пункт 2 части 3 статьи 189", &item_part_article),
            ("П. 2 Ч. 3 СТ. 189 УК РК", &item_part_article),
            ("ч.3 ст.189 УК РК", &part_article),
            ("189 ч.3", &part_article),
            ("189-баптың 3-бөлігінің 2) тармағы", &item_part_article),
            (
                "ҚР ҚК 189-бабының 3-бөлігінің 2) тармағы",
                &item_part_article,
            ),
            ("Art. 189(3)", &part_article),
            ("Art. 189(3)(2)", &item_part_article),
            ("Article 189 part 3", &part_article),
            ("CC Art. 189 part 3 item 2", &item_part_article),
        ] {
            assert_eq!(&read(text), expected, "{text}");
        }
        let part2 = cite("272", Some(2), None);
        for text in [
            "ст. 272 ч. 2",
            "ч. 2 ст. 272",
            "272-баптың 2-бөлігі",
            "272-бап 2-бөлік",
            "Art. 272 part 2",
            "272.2",
            "272 2",
        ] {
            assert_eq!(read(text), part2, "{text}");
        }
        assert_eq!(read("ст 188"), cite("188", None, None));
        assert_eq!(read("ст. 269-1 УК РК"), cite("269-1", None, None));
        assert_eq!(read("269-1 ч. 2"), cite("269-1", Some(2), None));
        assert!(
            parse("ст. 269-1 УК РК").words.is_empty(),
            "«УК РК» only says which code"
        );
    }

    #[test]
    fn a_dot_is_the_part_unless_the_code_has_the_dash_article_too() {
        assert_eq!(
            parse("272.2").reading,
            Some(Reading::DotAsPart(Cited {
                article: ArticleNo::new(272, 0),
                part: Some(2),
                item: None
            }))
        );
        let Some(Reading::Ambiguous { dash, part }) = parse("269.1").reading else {
            panic!("269.1 is 269-1 or 269 part 1");
        };
        assert_eq!((dash.article, dash.part), (ArticleNo::new(269, 1), None));
        assert_eq!((part.article, part.part), (ArticleNo::new(269, 0), Some(1)));
        // 999.9: neither exists; read as the part, and the validation names the article.
        assert_eq!(read("999.9"), cite("999", Some(9), None));
    }

    #[test]
    fn words_are_kept_for_the_search() {
        let parsed = parse("участие в массовых беспорядках");
        assert_eq!(parsed.reading, None);
        assert_eq!(parsed.words, ["участие", "в", "массовых", "беспорядках"]);
        assert_eq!(parse("кража 188").words, ["кража"]);
        assert_eq!(parse("").reading, None);
        assert_eq!(parse("999999999").reading, None, "too long for an article");
    }
}
