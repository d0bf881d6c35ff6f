//! The words of the amnesty calculator, in Kazakh, Russian and English: one layer that writes the
//! app's texts and every decision out for the terminal, the page and the print.
//!
//! The texts live in `locales/{kk,ru,en}.json`; the build turns them into Rust (`build.rs`), so every
//! key used here is checked when the crate is compiled, a key missing in one language fails the
//! build, and neither the browser nor the command-line tool reads JSON to find a word. The rules
//! (`amnesty-rules`) know nothing of words: they give typed values, written out here.

/// A function naming each value of an enum by its text in a group of keys: the family of
/// enum-to-words tables (outcome, category, stage …), written as the table alone.
macro_rules! words_of {
    ($(#[$doc:meta])* $vis:vis fn $name:ident($enum:ident) from keys::$group:ident {
        $($value:ident => $key:ident,)+
    }) => {
        $(#[$doc])*
        $vis fn $name(value: $enum, lang: $crate::Lang) -> &'static str {
            use $crate::keys::$group as k;
            $crate::text(lang, match value { $($enum::$value => k::$key,)+ })
        }
    };
}

/// The same for the key alone, by reference: an enum whose values carry data (a problem).
macro_rules! keys_of {
    ($(#[$doc:meta])* $vis:vis fn $name:ident($enum:ident) from keys::$group:ident {
        $($value:ident => $key:ident,)+
    }) => {
        $(#[$doc])*
        $vis fn $name(value: &$enum) -> $crate::Key {
            use $crate::keys::$group as k;
            match value { $($enum::$value { .. } => k::$key,)+ }
        }
    };
}

mod after_verdict;
mod answer;
mod decision;
mod figures;
mod format;
mod html;
mod problems;
mod steps;
mod store;
mod terminal;

pub use after_verdict::{
    credited, custody_kind, early_kind, early_note, early_value, institution, next_steps,
    petition_cites, reading_early, unavailable,
};
pub use decision::*;
pub use figures::{figures, measure, result_figures, Figure, FigureKind};
pub use format::*;
pub use html::{decision_html, decision_parts, DecisionParts, Html};
pub use problems::{field_label, problem};
pub use store::{blob, is_bundle_loaded, load, BlobError, Bundle};
pub use terminal::render;

use serde::{Deserialize, Serialize};

/// A text of the locale files: `keys::app::title`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Key(u16);

mod generated {
    #[allow(unused_imports)]
    use crate::Key;
    include!(concat!(env!("OUT_DIR"), "/texts.rs"));
}

/// Every text's key, as nested modules: `keys::steps::period_inside`.
pub mod keys {
    pub use crate::generated::*;
}

/// The three languages of the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    Kk,
    Ru,
    #[default]
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Kk => "kk",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    /// Reads a language code such as `ru` or `ru-RU`; `None` for a language the app lacks.
    pub fn parse(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The plural form a number takes in this language: `one`, `few` or `many`.
    pub fn plural(self, n: u64) -> Plural {
        match self {
            Lang::Ru => match (n % 10, n % 100) {
                (1, r) if r != 11 => Plural::One,
                (2..=4, r) if !(12..=14).contains(&r) => Plural::Few,
                _ => Plural::Many,
            },
            Lang::En if n == 1 => Plural::One,
            Lang::En => Plural::Many,
            // Kazakh nouns do not change after a number.
            Lang::Kk => Plural::One,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    One,
    Few,
    Many,
}

/// The text of a key in a language; empty while the language is not loaded (the page shows
/// nothing before its language is at hand).
pub fn text(lang: Lang, key: Key) -> &'static str {
    let (bundle, i) = store::Bundle::of(key);
    let Some((all, ends)) = store::table(lang, bundle) else {
        return "";
    };
    let start = if i == 0 { 0 } else { usize::from(ends[i - 1]) };
    // The ends are the texts' own boundaries, written by the build: never out of range.
    all.get(start..usize::from(ends[i])).unwrap_or_default()
}

/// The dotted name of a key (`steps.period_inside`), for tests and messages (a program that does
/// not use it carries none of the names).
pub fn key_name(key: Key) -> &'static str {
    generated::NAMES[usize::from(key.0)]
}

/// Every key, for the tests that check every text.
pub fn all_keys() -> impl Iterator<Item = Key> {
    (0..generated::COUNT).map(|i| Key(i as u16))
}

/// The text at a key path: `t!(lang, app.title)`.
#[macro_export]
macro_rules! t {
    ($lang:expr, $($key:ident).+) => {
        $crate::text($lang, $crate::keys::$($key)::+)
    };
}

/// Replaces `{name}` in a template with the named values; an unknown name is left visible so a
/// gap shows instead of vanishing.
pub fn fill(template: &str, values: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let name = &after[..close];
        rest = &after[close + 1..];
        match values.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => {
                out.push_str(value);
                // "5 января 2022 г." ending a sentence keeps one full stop.
                if value.ends_with('.') {
                    rest = rest.strip_prefix('.').unwrap_or(rest);
                }
            }
            None => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `{name}` placeholders a template uses, sorted.
pub fn placeholders(template: &str) -> Vec<String> {
    let mut names: Vec<String> = template
        .split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(name, _)| name.to_string()))
        .collect();
    names.sort();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_known_names_and_keeps_unknown_ones() {
        let values = [("a", "1".to_string())];
        assert_eq!(fill("x {a} y {b} z", &values), "x 1 y {b} z");
        assert_eq!(fill("open {a", &values), "open {a");
        let date = [("d", "5 января 2022 г.".to_string())];
        assert_eq!(fill("до {d}.", &date), "до 5 января 2022 г.");
    }

    #[test]
    fn russian_plurals() {
        let forms: Vec<Plural> = [1, 2, 5, 11, 12, 21, 22, 25, 111, 104]
            .iter()
            .map(|n| Lang::Ru.plural(*n))
            .collect();
        use Plural::*;
        assert_eq!(
            forms,
            [One, Few, Many, Many, Many, One, Few, Many, Many, Few]
        );
    }

    #[test]
    fn keys_and_texts() {
        assert_eq!(Lang::parse("ru-RU"), Some(Lang::Ru));
        assert_eq!(Lang::parse("de"), None);
        assert_eq!(key_name(keys::status::verified), "status.verified");
        assert!(!t!(Lang::Kk, status.verified).is_empty());
    }
}
