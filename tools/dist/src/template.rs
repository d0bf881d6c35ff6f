//! The JavaScript the build adds (`tools/dist/js/*.js`) is kept in real files, each valid
//! JavaScript as it stands, and filled here: every `__NAME__` in a file (two underscores,
//! capitals, two underscores) stands for one value the build knows, written in as a JavaScript
//! literal. A placeholder left unfilled, or a value with no place, is an error, so a file and the
//! code that fills it cannot drift apart unseen. Their `//` comment lines are for the readers of
//! this repository and are not shipped (most of these scripts are part of a page's first visit);
//! a `/* … */` comment is, for whoever reads the published file. The browser tests run the filled files; the files' own logic is unit-tested in
//! Node with the placeholders as globals (`tools/dist/test/`).

/// The script files, by name (`js/NAME`).
pub mod files {
    /// The service worker: the page's own files offline, and nothing else of the site.
    pub const SERVICE_WORKER: &str = include_str!("../js/sw.js");
    /// Published as `sw.js` to remove the offline copy.
    pub const REMOVE_WORKER: &str = include_str!("../js/sw-remove.js");
    /// Registers the service worker after the program started, and tells of a newer version.
    pub const REGISTER_WORKER: &str = include_str!("../js/register-sw.js");
    /// Fetches a bundle of a language's texts, integrity-checked, once.
    pub const WORDS_LOADER: &str = include_str!("../js/words-loader.js");
    /// The one-file edition's texts, inside the page.
    pub const WORDS_INLINE: &str = include_str!("../js/words-inline.js");
    /// The one-file edition's start: the program from inside the page.
    pub const ONE_FILE_START: &str = include_str!("../js/one-file-start.js");
    /// The batch page's worker: its glue, then its program, integrity-checked.
    pub const WORKER_LOADER: &str = include_str!("../js/worker-loader.js");
    /// Tells the batch page where its worker's loader is.
    pub const BATCH_START: &str = include_str!("../js/batch-start.js");

    /// Every file with its name, for the tests.
    pub const ALL: [(&str, &str); 8] = [
        ("sw.js", SERVICE_WORKER),
        ("sw-remove.js", REMOVE_WORKER),
        ("register-sw.js", REGISTER_WORKER),
        ("words-loader.js", WORDS_LOADER),
        ("words-inline.js", WORDS_INLINE),
        ("one-file-start.js", ONE_FILE_START),
        ("worker-loader.js", WORKER_LOADER),
        ("batch-start.js", BATCH_START),
    ];
}

/// A value for a placeholder.
#[derive(Clone, Debug)]
pub enum Js {
    /// A string, written in single quotes.
    Str(String),
    List(Vec<Js>),
    /// An object; its keys are plain names (`kk`, `page`).
    Object(Vec<(String, Js)>),
    /// JavaScript written as it is: a JSON value, or the names of the glue's functions.
    Code(String),
}

impl Js {
    pub fn str(text: impl Into<String>) -> Js {
        Js::Str(text.into())
    }

    fn write(&self, out: &mut String) {
        match self {
            Js::Str(text) => quote(text, out),
            Js::List(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Js::Object(entries) => {
                out.push_str("{ ");
                for (i, (key, value)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(key);
                    out.push_str(": ");
                    value.write(out);
                }
                out.push_str(" }");
            }
            Js::Code(code) => out.push_str(code),
        }
    }
}

/// A JavaScript string literal in single quotes (as the scripts write theirs).
fn quote(text: &str, out: &mut String) {
    out.push('\'');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\x{:02x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('\'');
}

/// The placeholders of a file, in order: `__NAME__`.
fn placeholders(template: &str) -> Vec<(usize, &str)> {
    let bytes = template.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(offset) = template[at..].find("__") {
        let start = at + offset;
        let name_len = bytes[start + 2..]
            .iter()
            .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || **b == b'_')
            .count();
        let name = &template[start..start + 2 + name_len];
        // The name's own last two underscores close it: `__FILES__`.
        if name_len > 2 && name.ends_with("__") && bytes[start + 2].is_ascii_uppercase() {
            found.push((start, name));
            at = start + name.len();
        } else {
            at = start + 2;
        }
    }
    found
}

/// The file as shipped: without its `//` comment lines.
fn shipped(template: &str) -> String {
    template
        .split_inclusive('\n')
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect()
}

/// `template` (the file `name`) as shipped, each placeholder replaced by its value.
pub fn fill(name: &str, template: &str, values: &[(&str, Js)]) -> Result<String, String> {
    let template = &shipped(template);
    let mut out = String::with_capacity(template.len());
    let mut last = 0;
    let mut used = vec![false; values.len()];
    for (at, placeholder) in placeholders(template) {
        let Some(i) = values.iter().position(|(n, _)| *n == placeholder) else {
            return Err(format!("{name}: no value for {placeholder}"));
        };
        used[i] = true;
        out.push_str(&template[last..at]);
        values[i].1.write(&mut out);
        last = at + placeholder.len();
    }
    out.push_str(&template[last..]);
    match values.iter().zip(used).find(|(_, used)| !used) {
        Some(((placeholder, _), _)) => Err(format!("{name}: no place for {placeholder}")),
        None => Ok(out),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_placeholder_gets_its_value_as_a_literal() {
        let template = "const A = __A__;\nconst B = __B_2__; init(__wbg_init, __A__);";
        let values = [
            ("__A__", Js::str("it's \\ a\nline")),
            (
                "__B_2__",
                Js::Object(vec![
                    ("kk".into(), Js::List(vec![Js::str("x"), Js::str("y")])),
                    ("ru".into(), Js::Code("{\"kind\":\"broken\"}".into())),
                ]),
            ),
        ];
        assert_eq!(
            fill("t.js", template, &values).unwrap(),
            "const A = 'it\\'s \\\\ a\\nline';\nconst B = { kk: ['x', 'y'], ru: {\"kind\":\"broken\"} }; init(__wbg_init, 'it\\'s \\\\ a\\nline');"
        );
    }

    #[test]
    fn a_placeholder_without_a_value_or_a_value_without_a_place_is_refused() {
        assert_eq!(
            fill("t.js", "f(__A__, __B__)", &[("__A__", Js::str("a"))]),
            Err("t.js: no value for __B__".into())
        );
        assert_eq!(
            fill(
                "t.js",
                "f(__A__)",
                &[("__A__", Js::str("a")), ("__C__", Js::str("c"))]
            ),
            Err("t.js: no place for __C__".into())
        );
    }

    #[test]
    fn comment_lines_are_not_shipped() {
        let template = "// For readers here.\n/* For the publisher. */\nrun('https://x');\n  // More.\nrun(); // kept\n";
        assert_eq!(
            fill("t.js", template, &[]).unwrap(),
            "/* For the publisher. */\nrun('https://x');\nrun(); // kept\n"
        );
    }

    #[test]
    fn control_characters_and_line_separators_are_escaped() {
        let mut out = String::new();
        quote("a\u{1}\u{2028}b\u{2029}\r", &mut out);
        assert_eq!(out, "'a\\x01\\u2028b\\u2029\\r'");
    }

    #[test]
    fn every_file_names_its_placeholders_plainly() {
        for (name, text) in files::ALL {
            for (_, placeholder) in placeholders(text) {
                assert!(
                    placeholder.len() > 4 && !placeholder[2..placeholder.len() - 2].contains("__"),
                    "{name}: {placeholder}"
                );
            }
        }
    }
}
