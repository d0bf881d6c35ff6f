//! The stylesheet as shipped: without its comments and with its white space collapsed.

/// The stylesheet without its comments and with its white space collapsed: the source keeps
/// its comments, the first visit does not pay for them. Strings are copied as they are, and
/// white space goes only next to `{`, `}`, `;`, `,` and `>`, where CSS never needs it, so a
/// selector such as `a :focus` keeps its meaning. (Trunk's own minifier would also rewrite
/// the page's HTML, which this tool reads; a CSS crate would cost minutes of build for this.)
pub fn minify_css(css: &str) -> String {
    const TIGHT: &[char] = &['{', '}', ';', ',', '>'];
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for d in chars.by_ref() {
                    if last == '*' && d == '/' {
                        break;
                    }
                    last = d;
                }
                space = true;
            }
            c if c.is_whitespace() => space = true,
            c => {
                if space && !out.is_empty() && !out.ends_with(TIGHT) && !TIGHT.contains(&c) {
                    out.push(' ');
                }
                space = false;
                out.push(c);
                if c == '"' || c == '\'' {
                    let mut escaped = false;
                    for d in chars.by_ref() {
                        out.push(d);
                        if escaped {
                            escaped = false;
                        } else if d == '\\' {
                            escaped = true;
                        } else if d == c {
                            break;
                        }
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stylesheet_loses_comments_and_spaces_but_not_its_meaning() {
        let css = "/* c */\n:root {\n  --a: #fff;\n}\n\na :focus ,\nb > c {\n  content: \"x  /* y */ \\\" z\";\n  margin: 0 auto;\n}\n@media (min-width: 40em) { .x { top: calc(1px + 2px); } }\n";
        assert_eq!(
            minify_css(css),
            ":root{--a: #fff;}a :focus,b>c{content: \"x  /* y */ \\\" z\";margin: 0 auto;}@media (min-width: 40em){.x{top: calc(1px + 2px);}}"
        );
    }
}
