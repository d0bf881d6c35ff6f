//! Law No. 152-VII, Art. 3 part 4 — convictions expunged. Status: VERIFIED.
//!
//! The conviction is expunged for persons who served their punishment for listed crimes of small
//! or medium gravity, or who were released from serving the rest of it. Nothing here for grave and
//! especially grave crimes: a served grave sentence keeps its record until it expires under the
//! Criminal Code. A criminal misdemeanour leaves no record to expunge (CC Art. 79 part 2).

use crate::vocab::Category;

pub fn expunges(category: Category, categories: &[Category]) -> bool {
    categories.contains(&category)
}
