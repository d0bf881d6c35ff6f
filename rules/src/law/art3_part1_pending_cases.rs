//! Law No. 152-VII, Art. 3 part 1 — pending cases are closed. Status: VERIFIED.
//!
//! Cases under investigation or at trial about criminal misdemeanours and crimes of small or
//! medium gravity are closed by the body conducting the proceedings, in the part of the offences
//! listed in Art. 1, releasing the person from criminal liability. Other offences in the same case
//! go on.

use crate::case::Stage;
use crate::vocab::Category;

/// Whether the case is closed for an offence of this category at this stage.
pub fn closes(stage: Stage, category: Category, categories: &[Category]) -> bool {
    !stage.is_convicted() && categories.contains(&category)
}
