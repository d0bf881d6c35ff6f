//! Law No. 152-VII, Art. 3 part 2 — convicts are released. Status: VERIFIED.
//!
//! Convicts of listed criminal misdemeanours and crimes of small or medium gravity are released
//! from the punishment — the main one and any additional one — or from serving the rest of it.

use crate::vocab::Category;

/// Whether a convict still under punishment is released for an offence of this category.
pub fn releases(category: Category, categories: &[Category]) -> bool {
    categories.contains(&category)
}
