//! Upper and lower case for the alphabets of the app's languages: Latin (English) and Cyrillic
//! (Russian and Kazakh, with Ә Ғ Қ Ң Ө Ұ Ү Һ І). Other letters are left as they are.
//!
//! Why not `str::to_lowercase`: it carries the case tables of all of Unicode, which cost the
//! browser about 10 KB (brotli) to download, a twentieth of the whole page. A test checks that
//! these functions agree with the standard library on every letter they cover.

/// The lower-case form of a letter of the covered alphabets; any other character unchanged.
pub fn lower(c: char) -> char {
    shift(c, true)
}

/// The upper-case form of a letter of the covered alphabets; any other character unchanged.
pub fn upper(c: char) -> char {
    shift(c, false)
}

/// The text in lower case, for matching what a user typed regardless of case.
pub fn lowercase(text: &str) -> String {
    text.chars().map(lower).collect()
}

/// The text with its first letter in upper case (a sentence built from a lower-case phrase).
pub fn capitalised(text: String) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if upper(first) != first => {
            let mut out = String::with_capacity(text.len() + 1);
            out.push(upper(first));
            out.push_str(chars.as_str());
            out
        }
        _ => text,
    }
}

/// Moves a letter between its two cases. Unicode lays out these alphabets in regular blocks:
/// a fixed distance between the cases, or upper and lower side by side (a distance of 1).
fn shift(c: char, to_lower: bool) -> char {
    let code = c as u32;
    let (is_upper, distance) = match code {
        0x41..=0x5A | 0x61..=0x7A => (code <= 0x5A, 0x20),
        // Latin-1 letters, without × and ÷.
        0xC0..=0xDE | 0xE0..=0xFE if code != 0xD7 && code != 0xF7 => (code <= 0xDE, 0x20),
        // Ѐ–Џ (with Ukrainian and Kazakh І) and А–Я.
        0x400..=0x40F | 0x450..=0x45F => (code <= 0x40F, 0x50),
        0x410..=0x44F => (code <= 0x42F, 0x20),
        0x4C0 | 0x4CF => (code == 0x4C0, 0xF),
        // Pairs side by side: upper case first (even), then lower case (odd) …
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F => (code & 1 == 0, 1),
        // … except here, where the upper case is odd.
        0x4C1..=0x4CE => (code & 1 == 1, 1),
        _ => return c,
    };
    let shifted = match (is_upper, to_lower) {
        (true, true) => code + distance,
        (false, false) => code - distance,
        _ => code,
    };
    char::from_u32(shifted).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every letter of the covered blocks, as the standard library cases it.
    fn single(mut it: impl Iterator<Item = char>) -> Option<char> {
        let first = it.next()?;
        it.next().is_none().then_some(first)
    }

    #[test]
    fn agrees_with_the_standard_library_on_every_covered_letter() {
        let blocks = [0x20..=0x24F, 0x400..=0x52F];
        let mut checked = 0;
        for code in blocks.into_iter().flatten() {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let (std_lower, std_upper) = (single(c.to_lowercase()), single(c.to_uppercase()));
            // Only one-to-one mappings between covered letters count; the rest must be left.
            let in_blocks = |x: u32| matches!(x, 0x41..=0xFE | 0x400..=0x52F);
            let covered =
                |m: Option<char>| m.filter(|&m| m != c && in_blocks(m as u32) && in_blocks(code));
            assert_eq!(
                lower(c),
                covered(std_lower).unwrap_or(c),
                "lower U+{code:04X}"
            );
            assert_eq!(
                upper(c),
                covered(std_upper).unwrap_or(c),
                "upper U+{code:04X}"
            );
            checked += 1;
        }
        assert!(checked > 700);
    }

    #[test]
    fn kazakh_and_russian_words() {
        assert_eq!(
            lowercase("ҚАСАҚАНА ҰРЛЫҚ Әрекет Ғ Ң Ө Ү Һ І"),
            "қасақана ұрлық әрекет ғ ң ө ү һ і"
        );
        assert_eq!(
            lowercase("Массовые БЕСПОРЯДКИ Ёж"),
            "массовые беспорядки ёж"
        );
        assert_eq!(lowercase("Theft 188"), "theft 188");
        assert_eq!(capitalised("ұрлық".into()), "Ұрлық");
        assert_eq!(capitalised("кража".into()), "Кража");
        assert_eq!(capitalised("theft".into()), "Theft");
        assert_eq!(capitalised("7 days".into()), "7 days");
        assert_eq!(capitalised(String::new()), "");
    }
}
