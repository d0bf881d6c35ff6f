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

/// Words that name a unit: Russian and English before its number, Kazakh after it. Matched
/// against the folded word: `=` a whole word, else a word's beginning.
const BEFORE: [(&str, Unit); 14] = [
    ("=ст", Unit::Article),
    ("стат", Unit::Article),
    ("=art", Unit::Article),
    ("article", Unit::Article),
    ("=ч", Unit::Part),
    ("част", Unit::Part),
    ("=part", Unit::Part),
    ("=parts", Unit::Part),
    ("=pt", Unit::Part),
    ("=п", Unit::Item),
    ("=пп", Unit::Item),
    ("пункт", Unit::Item),
    ("подпункт", Unit::Item),
    ("=item", Unit::Item),
];
const AFTER: [(&str, Unit); 5] = [
    ("бап", Unit::Article),
    ("баб", Unit::Article),
    ("бөлік", Unit::Part),
    ("бөліг", Unit::Part),
    ("тарма", Unit::Item),
];
/// Words that only say which code: «УК РК», «ҚР ҚК», "CC".
const NOISE: [&str; 14] = [
    "=ук",
    "=рк",
    "=қк",
    "=қр",
    "=cc",
    "=rk",
    "=of",
    "=the",
    "кодекс",
    "уголовн",
    "қылмыстық",
    "criminal",
    "=code",
    "республик",
];

fn matches(word: &str, pattern: &str) -> bool {
    match pattern.strip_prefix('=') {
        Some(whole) => word == folded(whole),
        None => word.starts_with(&folded(pattern)),
    }
}

fn unit(word: &str, table: &[(&str, Unit)]) -> Option<Unit> {
    table
        .iter()
        .find(|(pattern, _)| matches(word, pattern))
        .map(|(_, unit)| *unit)
}

/// How a number is written after its digits: "269-1", "272.2".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Suffix {
    None,
    Dash(u8),
    Dot(u8),
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Token {
    Number { value: u32, suffix: Suffix },
    Word(String),
    Open,
    Close,
}

/// Digits, with a dash or dot number glued on ("269-1", "272.2"); a number too long for any
/// article stays a word.
fn tokens(text: &str) -> Vec<Token> {
    let chars: Vec<char> = folded(text).chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < chars.len() && chars[*i].is_ascii_digit() {
            *i += 1;
        }
        chars[start..*i].iter().collect::<String>()
    };
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            let number = digits(&mut i);
            let mut suffix = Suffix::None;
            if i + 1 < chars.len() && (chars[i] == '-' || chars[i] == '.') {
                if chars[i + 1].is_ascii_digit() {
                    let dot = chars[i] == '.';
                    i += 1;
                    let sub = digits(&mut i);
                    match sub.parse::<u8>() {
                        Ok(n) if dot => suffix = Suffix::Dot(n),
                        Ok(n) => suffix = Suffix::Dash(n),
                        Err(_) => {
                            out.push(Token::Word(format!("{number}.{sub}")));
                            continue;
                        }
                    }
                } else if chars[i] == '-' {
                    i += 1; // "272-бап": the word follows as a token of its own.
                }
            }
            match number.parse::<u32>() {
                Ok(value) if number.len() <= 5 => out.push(Token::Number { value, suffix }),
                _ => out.push(Token::Word(number)),
            }
        } else if c.is_alphabetic() {
            let start = i;
            while i < chars.len() && chars[i].is_alphabetic() {
                i += 1;
            }
            out.push(Token::Word(chars[start..i].iter().collect()));
        } else {
            match c {
                '(' => out.push(Token::Open),
                ')' => out.push(Token::Close),
                _ => {}
            }
            i += 1;
        }
    }
    out
}

/// A number of the text, with the unit a word gave it and how it was enclosed.
struct Number {
    value: u32,
    suffix: Suffix,
    unit: Option<Unit>,
    in_parens: bool,
    closed: bool,
}

/// Reads a text as a citation. Words that are not part of one are kept for the search.
pub fn parse(text: &str) -> Parsed {
    let mut numbers: Vec<Number> = Vec::new();
    let mut words = Vec::new();
    let mut pending: Option<Unit> = None;
    let mut open = false;
    for token in tokens(text) {
        match token {
            Token::Open => open = true,
            Token::Close => {
                if let Some(last) = numbers.last_mut() {
                    last.closed = !last.in_parens;
                }
                open = false;
            }
            Token::Number { value, suffix } => numbers.push(Number {
                value,
                suffix,
                unit: pending.take(),
                in_parens: open,
                closed: false,
            }),
            Token::Word(word) => {
                if let Some(unit) = unit(&word, &AFTER) {
                    match numbers.last_mut() {
                        Some(last) if last.unit.is_none() => last.unit = Some(unit),
                        _ => words.push(word),
                    }
                } else if let Some(unit) = unit(&word, &BEFORE) {
                    pending = Some(unit);
                } else if !NOISE.iter().any(|pattern| matches(&word, pattern)) {
                    words.push(word);
                }
            }
        }
    }
    let mut article: Option<(u32, Suffix)> = None;
    let (mut part, mut item): (Option<u32>, Option<u32>) = (None, None);
    let mut unplaced = Vec::new();
    // First what the words say; then the numbers no word named, in order: "189(3)(2)", "2)".
    for n in numbers.iter().filter(|n| n.unit.is_some()) {
        let slot = match n.unit {
            Some(Unit::Article) if article.is_none() => {
                article = Some((n.value, n.suffix));
                continue;
            }
            Some(Unit::Part) if n.suffix == Suffix::None => &mut part,
            Some(Unit::Item) if n.suffix == Suffix::None => &mut item,
            _ => {
                unplaced.push(n);
                continue;
            }
        };
        if slot.is_none() {
            *slot = Some(n.value);
        } else {
            unplaced.push(n);
        }
    }
    for n in numbers.iter().filter(|n| n.unit.is_none()) {
        let plain = n.suffix == Suffix::None;
        if n.in_parens && plain && part.is_none() {
            part = Some(n.value);
        } else if (n.in_parens || n.closed) && plain && item.is_none() {
            item = Some(n.value);
        } else if article.is_none() && !n.in_parens && !n.closed {
            article = Some((n.value, n.suffix));
        } else if part.is_none() && plain && !n.closed {
            part = Some(n.value);
        } else {
            unplaced.push(n);
        }
    }
    words.extend(unplaced.iter().map(|n| n.value.to_string()));
    let small = |n: Option<u32>| n.and_then(|n| u8::try_from(n).ok());
    let reading = article.and_then(|(number, suffix)| {
        let number = u16::try_from(number).ok()?;
        let cited = |article, part| Cited {
            article,
            part,
            item: small(item),
        };
        Some(match suffix {
            Suffix::None => Reading::Plain(cited(ArticleNo::new(number, 0), small(part))),
            Suffix::Dash(d) => Reading::Plain(cited(ArticleNo::new(number, d), small(part))),
            Suffix::Dot(d) => dotted(ArticleNo::new(number, 0), d, small(part), &cited),
        })
    });
    Parsed { reading, words }
}

/// "272.2": the dash article 272-2 or Art. 272 part 2, as the Code of January 2022 has them.
fn dotted(
    plain: ArticleNo,
    d: u8,
    part: Option<u8>,
    cited: &dyn Fn(ArticleNo, Option<u8>) -> Cited,
) -> Reading {
    let dash = ArticleNo::new(plain.number, d);
    let has_dash = code_index::find(dash).is_some();
    let has_part = code_index::find(plain).is_some_and(|c| d >= 1 && d <= c.parts);
    match (has_dash, has_part, part) {
        // A part given besides: the dot can only be the dash number.
        (_, _, Some(p)) => Reading::Plain(cited(dash, Some(p))),
        (true, true, None) => Reading::Ambiguous {
            dash: cited(dash, None),
            part: cited(plain, Some(d)),
        },
        (true, false, None) => Reading::Plain(cited(dash, None)),
        (false, _, None) => Reading::DotAsPart(cited(plain, Some(d))),
    }
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
