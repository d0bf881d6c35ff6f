//! The three languages and their words, from `locales/*.json`.
//!
//! The browser app reads the same files through leptos_i18n, which checks its keys when it is
//! compiled; the command-line tool reads them here. A test checks that every key exists in every
//! language and that every step, warning and problem has a sentence.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Shown in place of a text that a locale lacks.
pub const MISSING_TEXT: &str = "[missing text]";

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

    fn source(self) -> &'static str {
        match self {
            Lang::Kk => include_str!("../locales/kk.json"),
            Lang::Ru => include_str!("../locales/ru.json"),
            Lang::En => include_str!("../locales/en.json"),
        }
    }

    /// The parsed locale file.
    pub fn tree(self) -> &'static Value {
        static TREES: [OnceLock<Value>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
        let slot = &TREES[self as usize];
        // The locale files are checked by the test suite; a broken one cannot ship.
        slot.get_or_init(|| serde_json::from_str(self.source()).unwrap_or(Value::Null))
    }

    /// The text at a dotted key (`steps.period_inside`); a visible marker if it is missing, so a
    /// gap shows up instead of vanishing (the test suite keeps every key present).
    pub fn text(self, key: &str) -> &'static str {
        self.lookup(key).unwrap_or(MISSING_TEXT)
    }

    /// The text at a dotted key, if present.
    pub fn lookup(self, key: &str) -> Option<&'static str> {
        key.split('.')
            .try_fold(self.tree(), |node, part| node.get(part))
            .and_then(Value::as_str)
    }

    /// The plural form a number takes in this language: `one`, `few` or `many`.
    pub fn plural_form(self, n: u64) -> &'static str {
        match self {
            Lang::Ru => match (n % 10, n % 100) {
                (1, r) if r != 11 => "one",
                (2..=4, r) if !(12..=14).contains(&r) => "few",
                _ => "many",
            },
            Lang::En => {
                if n == 1 {
                    "one"
                } else {
                    "many"
                }
            }
            // Kazakh nouns do not change after a number.
            Lang::Kk => "one",
        }
    }
}

/// Replaces `{name}` in a template with the named values; unknown names are left visible.
///
/// The templates use single braces so that leptos_i18n keeps them as plain text: the app then
/// interpolates them here, like the command-line tool, instead of generating view code for
/// every sentence in every language.
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

/// Every dotted key of a locale tree that holds text.
pub fn keys(tree: &Value) -> Vec<String> {
    fn walk(prefix: &str, node: &Value, out: &mut Vec<String>) {
        match node {
            Value::Object(map) => {
                for (k, v) in map {
                    let path = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}.{k}")
                    };
                    walk(&path, v, out);
                }
            }
            _ => out.push(prefix.to_string()),
        }
    }
    let mut out = Vec::new();
    walk("", tree, &mut out);
    out.sort();
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
        assert_eq!(fill("до {d}, потом", &date), "до 5 января 2022 г., потом");
    }

    #[test]
    fn russian_plurals() {
        let forms: Vec<&str> = [1, 2, 5, 11, 12, 21, 22, 25, 111, 104]
            .iter()
            .map(|n| Lang::Ru.plural_form(*n))
            .collect();
        assert_eq!(
            forms,
            ["one", "few", "many", "many", "many", "one", "few", "many", "many", "few"]
        );
    }

    #[test]
    fn language_codes() {
        assert_eq!(Lang::parse("ru-RU"), Some(Lang::Ru));
        assert_eq!(Lang::parse("KK"), Some(Lang::Kk));
        assert_eq!(Lang::parse("de"), None);
    }
}
