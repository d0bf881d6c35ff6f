//! Criminal Code, Art. 79 parts 2–3 and Art. 89 — when a criminal record expires. Status:
//! VERIFIED (text of January 2022).
//!
//! A person released from punishment, or convicted of a criminal misdemeanour, has no record
//! (Art. 79 part 2). Otherwise a record expires: for a conditional sentence, when the probation
//! ends; for a punishment milder than imprisonment, once served; for imprisonment, 3 years after
//! release for small or medium crimes, 6 for grave, 8 for especially grave (part 3). For crimes
//! committed under 18 the periods after imprisonment are 1, 2 and 3 years (Art. 89). The periods
//! run from the end of the main and additional punishments (parts 4–5).

use chrono::NaiveDate;

use crate::decision::Record;
use crate::pack::RecordYears;
use crate::term::add_months;
use crate::vocab::{Category, Punishment};

/// The years after release from imprisonment for a category.
pub fn years(category: Category, periods: &RecordYears) -> u8 {
    match category {
        Category::Misdemeanour | Category::Small | Category::Medium => periods.small_or_medium,
        Category::Grave => periods.grave,
        Category::EspeciallyGrave => periods.especially_grave,
    }
}

/// When the record expires for a punishment completed on `completed` (`None`: not known).
pub fn expiry(
    category: Category,
    punishment: Punishment,
    conditional: bool,
    completed: Option<NaiveDate>,
    periods: &RecordYears,
    minor: bool,
) -> Record {
    if conditional || punishment != Punishment::Imprisonment {
        return Record::OnServing { on: completed };
    }
    let years = years(category, periods);
    Record::Expires {
        years,
        on: completed.and_then(|day| add_months(day, u32::from(years) * 12)),
        minor,
    }
}
