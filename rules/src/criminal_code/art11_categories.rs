//! Criminal Code, Art. 10 part 3 and Art. 11 — categories of criminal offences. Status: VERIFIED
//! (text of January 2022).
//!
//! An act whose sanction has neither imprisonment nor restriction of freedom is a criminal
//! misdemeanour (Art. 10 part 3). A crime's category follows the longest imprisonment its
//! sanction allows: intentional — up to 2 years small gravity, up to 5 medium, up to 12 grave,
//! more (or life) especially grave; negligent — up to 5 years small, more medium (Art. 11 parts
//! 2–5). A sanction with restriction of freedom but no imprisonment is a crime of small gravity.
//! Each part of an article has its own sanction and so its own category.

use crate::pack::{Band, Bands, CodePart};
use crate::vocab::{Category, Intent};

/// The category of one part, and the part of Art. 11 (or of Art. 10) that sets it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Derived {
    pub category: Category,
    /// `None`: a misdemeanour, by Art. 10 part 3.
    pub band: Option<u8>,
}

pub fn category(part: &CodePart, bands: &Bands) -> Derived {
    let Some(years) = part
        .max_imprisonment_years
        .or(part.restriction_of_freedom.then_some(0))
    else {
        return Derived {
            category: Category::Misdemeanour,
            band: None,
        };
    };
    let bands: &[Band] = match part.intent {
        Intent::Intentional => &bands.intentional,
        Intent::Negligent => &bands.negligent,
    };
    let band = bands
        .iter()
        .find(|b| b.up_to_years.is_none_or(|max| years <= max))
        .or(bands.last());
    match band {
        Some(b) => Derived {
            category: b.category,
            band: Some(b.part),
        },
        // A pack without bands is refused by the tests; keep the gravest reading here.
        None => Derived {
            category: Category::EspeciallyGrave,
            band: None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::RulePack;

    /// Every part of the pack's Code data gets the category the legal brief's data states.
    #[test]
    fn the_categories_follow_from_the_sanctions() {
        let pack = RulePack::embedded();
        let bands = &pack.provisions.cc_art11_categories.value;
        // The repository's copy of the brief's data (`tests/brief_data.rs` keeps it the brief's).
        let brief: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/data/criminal-code-2022-01.json"))
                .unwrap_or(serde_json::Value::Null);
        let rows = brief.as_array().map(Vec::as_slice).unwrap_or_default();
        assert_eq!(rows.len(), 135);
        for (row, part) in rows.iter().zip(pack.code.iter()) {
            let expected = serde_json::to_value(category(part, bands).category).unwrap();
            assert_eq!(row["category"], expected, "{row}");
        }
    }
}
