//! How a typed text is made comparable: letter case, «ё», spaces and quotes normalised; the shape
//! of a text that mixes look-alike Latin and Cyrillic letters; a transliteration; and the quick
//! hash the vocabularies' tables use.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use amnesty_rules::letter_case::lower;

/// Lower case, «ё» as «е», underscores and runs of spaces as one space, no surrounding quotes and
/// no trailing full stop, colon or asterisk. Borrowed when there is nothing to change.
pub fn normalise(text: &str) -> Cow<'_, str> {
    let clean = !text.is_empty()
        && !text.starts_with(QUOTES)
        && !text.ends_with([' ', '.', ':', '*'])
        && !text.ends_with(QUOTES)
        && !text.contains("  ")
        && text
            .chars()
            .all(|c| lower(c) == c && !matches!(c, 'ё' | '_' | '\u{a0}' | '\t' | '\n' | '\r'))
        && !text.starts_with(' ');
    if clean {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        let c = match lower(c) {
            'ё' => 'е',
            '_' | '\u{a0}' | '\t' | '\n' | '\r' => ' ',
            c if out.is_empty() && QUOTES.contains(&c) => continue,
            c => c,
        };
        if c == ' ' {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    while out.ends_with(['.', ':', '*']) || out.ends_with(QUOTES) {
        out.pop();
    }
    out.truncate(out.trim_end().len());
    Cow::Owned(out)
}

const QUOTES: [char; 6] = ['«', '»', '"', '“', '”', '\''];

/// FNV-1a: the tables' keys are short and not chosen by an adversary who could gain anything.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            hash = (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

pub(crate) fn is_cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{52f}').contains(&c)
}

/// Each Cyrillic letter that looks like a Latin one, as that Latin letter: «сase» and "case"
/// have the same shape.
pub(crate) fn skeleton(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'а' => 'a',
            'в' => 'b',
            'е' => 'e',
            'к' => 'k',
            'м' => 'm',
            'н' => 'h',
            'о' => 'o',
            'р' => 'p',
            'с' => 'c',
            'т' => 't',
            'у' => 'y',
            'х' => 'x',
            'і' => 'i',
            'ј' => 'j',
            'ѕ' => 's',
            'һ' => 'h',
            c => c,
        })
        .collect()
}

/// Cyrillic letters by their sound, for a key typed in the wrong keyboard layout's letters.
pub(crate) fn transliterate(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        out.push_str(match c {
            'а' | 'ә' => "a",
            'б' => "b",
            'в' => "v",
            'г' | 'ғ' => "g",
            'д' => "d",
            'е' | 'э' => "e",
            'ж' => "zh",
            'з' => "z",
            'и' | 'й' | 'і' => "i",
            'к' | 'қ' => "k",
            'л' => "l",
            'м' => "m",
            'н' | 'ң' => "n",
            'о' | 'ө' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' | 'ұ' | 'ү' => "u",
            'ф' => "f",
            'х' | 'һ' => "h",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "sch",
            'ъ' | 'ь' => "",
            'ы' => "y",
            'ю' => "yu",
            'я' => "ya",
            _ => {
                let mut buf = [0; 4];
                out.push_str(c.encode_utf8(&mut buf));
                continue;
            }
        });
    }
    out
}
