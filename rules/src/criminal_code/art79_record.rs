//! Criminal Code, Art. 79 parts 2–3 and Art. 89 — when a criminal record expires. Status:
//! VERIFIED (text of January 2022).
//!
//! A person released from punishment, or convicted of a criminal misdemeanour, has no record
//! (Art. 79 part 2). Otherwise a record expires: for a conditional sentence, when the probation
//! ends; for a punishment milder than imprisonment, once served; for imprisonment, 3 years after
//! release for small or medium crimes, 6 for grave, 8 for especially grave (part 3). For crimes
//! committed under 18 the periods after imprisonment are 1, 2 and 3 years (Art. 89). The periods
//! run from the end of the main and additional punishments (parts 4–5), which the calculator does
//! not know: every result with a record says so.

use chrono::NaiveDate;

use crate::case::Sentence;
use crate::criminal_code::{art64_probation_cancel, art80_minors};
use crate::decision::{Record, StepDetail, WarningDetail};
use crate::finding::{Found, Note, Notes};
use crate::pack::{AgeCounting, Minority, ProvisionId, Provisions, RecordYears, Rule};
use crate::term::add_months;
use crate::vocab::{Category, Citation, Punishment};

const ID: ProvisionId = ProvisionId::CcArt79Record;
const MINORS: ProvisionId = ProvisionId::CcArt89RecordMinors;

/// The years after release from imprisonment for a category.
pub fn years(category: Category, periods: &RecordYears) -> u8 {
    match category {
        Category::Misdemeanour | Category::Small | Category::Medium => periods.small_or_medium,
        Category::Grave => periods.grave,
        Category::EspeciallyGrave => periods.especially_grave,
    }
}

/// Part 2: a criminal misdemeanour leaves no record.
pub fn leaves_none(category: Category) -> bool {
    category == Category::Misdemeanour
}

/// The step saying a misdemeanour leaves no record, citing part 2.
pub fn none_for_misdemeanour(rule: &Rule<RecordYears>) -> Note {
    let cite = Citation {
        part: Some(2),
        ..rule.cite
    };
    rule.note(ID, StepDetail::NoRecordForMisdemeanour)
        .cited(cite)
}

/// How the offender's minority is known for the record periods of Art. 89.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordAge {
    /// From the date of birth.
    Known { minor: bool },
    /// No date of birth: as the reading being computed takes it.
    Reading { minor: bool },
    /// No date of birth and no reading: the engine assumes an adult, and says so.
    AdultAssumed,
}

impl RecordAge {
    pub fn minor(self) -> bool {
        matches!(
            self,
            RecordAge::Known { minor: true } | RecordAge::Reading { minor: true }
        )
    }
}

/// The offender's minority for the periods of Art. 89: from the date of birth on the day of the
/// offence (`committed`), else as the reading takes it (`assumed`), else an adult — the engine's
/// named assumption, which the record's warning states.
pub fn age_for_record(
    birth: Option<NaiveDate>,
    committed: NaiveDate,
    assumed: Option<bool>,
    counting: AgeCounting,
    rule: &Rule<Minority>,
) -> Found<RecordAge> {
    match (birth, assumed) {
        (Some(birth), _) => art80_minors::minor_on(birth, committed, counting, rule)
            .map(|minor| RecordAge::Known { minor }),
        (None, Some(minor)) => Found::silent(RecordAge::Reading { minor }),
        (None, None) => Found::silent(RecordAge::AdultAssumed),
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
    if conditional {
        return Record::EndOfProbation { on: completed };
    }
    if punishment != Punishment::Imprisonment {
        return Record::OnServing { on: completed };
    }
    let years = years(category, periods);
    Record::Expires {
        years,
        on: completed.and_then(|day| add_months(day, u32::from(years) * 12)),
        minor,
    }
}

/// The record if released early on `day` (part 4): for imprisonment, part 3's years (Art. 89's
/// for a crime committed under 18) from that day; `None` for any other punishment.
pub fn after_early_release(
    day: NaiveDate,
    punishment: Punishment,
    category: Category,
    minor: Option<bool>,
    p: &Provisions,
) -> Option<Record> {
    if punishment != Punishment::Imprisonment {
        return None;
    }
    let minor = minor == Some(true);
    let periods = if minor {
        &p.cc_art89_record_minors
    } else {
        &p.cc_art79_record
    };
    Some(expiry(
        category,
        punishment,
        false,
        Some(day),
        &periods.value,
        minor,
    ))
}

/// The record after a sentence (completed on `completed`) for a crime of this category, with the
/// step that gives it; without a sentence, it expires once one is served.
pub fn record(
    category: Category,
    sentence: Option<&Sentence>,
    completed: Option<NaiveDate>,
    age: RecordAge,
    p: &Provisions,
) -> Found<Record> {
    let (rule, minors) = (&p.cc_art79_record, &p.cc_art89_record_minors);
    let Some(s) = sentence else {
        return Found::silent(Record::OnServing { on: None });
    };
    let minor = age.minor();
    let (id, periods) = if minor { (MINORS, minors) } else { (ID, rule) };
    let record = expiry(
        category,
        s.punishment,
        s.conditional,
        completed,
        &periods.value,
        minor,
    );
    let mut notes = Notes::default();
    let detail = match record {
        Record::Expires { years, on, minor } => {
            // Only where the engine assumed an adult: a reading that takes the offender as a
            // minor (or an adult) says so in its own conditions.
            if age == RecordAge::AdultAssumed {
                notes.warn(minors.caution(MINORS, WarningDetail::AdultAssumedForRecord));
            }
            StepDetail::RecordExpires {
                years,
                on,
                category,
                minor,
            }
        }
        Record::OnServing { on } => StepDetail::RecordOnServing {
            on,
            conditional: false,
        },
        Record::EndOfProbation { on } => {
            // Part 3 item 1, whatever the age: a minor's shorter periods (Art. 89) are for
            // punishments served.
            let cite = Citation {
                item: Some(1),
                ..rule.cite
            };
            let detail = StepDetail::RecordOnServing {
                on,
                conditional: true,
            };
            notes.step(rule.note(ID, detail).cited(cite));
            notes.warn(rule.caution(ID, WarningDetail::AdditionalExtendsRecord));
            return Found::with(record, notes);
        }
        _ => return Found::silent(record),
    };
    notes.step(periods.note(id, detail));
    notes.warn(rule.caution(ID, WarningDetail::AdditionalExtendsRecord));
    Found::with(record, notes)
}

/// The record after the sentence `s`, completed on `completed`; for a minor's conditional
/// sentence, on the probation's end as the court set it (Art. 63 part 3).
pub fn after_completed(
    category: Category,
    s: &Sentence,
    completed: Option<NaiveDate>,
    age: RecordAge,
    p: &Provisions,
) -> Found<Record> {
    let mut notes = Notes::default();
    let completed = if s.conditional && age.minor() {
        notes.take(art64_probation_cancel::minor_probation_end(s, p))
    } else {
        completed
    };
    let record = notes.take(record(category, Some(s), completed, age, p));
    Found::with(record, notes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::Measure;
    use crate::pack::RulePack;
    use crate::term::Term;

    #[test]
    fn imprisonment_expires_after_years_and_milder_punishments_on_serving() {
        let p = &RulePack::embedded().provisions;
        let day = NaiveDate::from_ymd_opt(2024, 1, 5);
        let prison = crate::case::sentence(
            Punishment::Imprisonment,
            Measure::Term(Term::new(2, 0, 0)),
            None,
        );
        let adult = record(
            Category::Grave,
            Some(&prison),
            day,
            RecordAge::Known { minor: false },
            p,
        );
        assert_eq!(
            adult.value,
            Record::Expires {
                years: 6,
                on: NaiveDate::from_ymd_opt(2030, 1, 5),
                minor: false
            }
        );
        let assumed = record(
            Category::Grave,
            Some(&prison),
            day,
            RecordAge::AdultAssumed,
            p,
        );
        assert_eq!(assumed.notes.warnings().len(), 2);
        let minor = record(
            Category::Grave,
            Some(&prison),
            day,
            RecordAge::Known { minor: true },
            p,
        );
        assert!(matches!(
            minor.value,
            Record::Expires {
                years: 2,
                minor: true,
                ..
            }
        ));
        let fine = Sentence {
            punishment: Punishment::Fine,
            measure: Measure::Amount(100),
            ..prison
        };
        let milder = record(
            Category::Grave,
            Some(&fine),
            day,
            RecordAge::AdultAssumed,
            p,
        );
        assert_eq!(milder.value, Record::OnServing { on: day });
        assert!(leaves_none(Category::Misdemeanour) && !leaves_none(Category::Small));
    }
}
