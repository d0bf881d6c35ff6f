//! What a provision found, in the engine's vocabulary. Every provision is a pure function from the
//! facts it needs and its rule (from the pack) to a typed result, returned inside a [`Found`]
//! with the [`Notes`] it contributes: the steps of the explanation (each with the provision's
//! citation and status, or a narrower citation or a weaker status), the warnings, and the
//! questions it raises (a fact the case lacks, or an open reading). Provisions never see the
//! trace: the engine assembles it from these notes, in the order a court takes the provisions.

use crate::decision::{Condition, Step, StepDetail, WarningDetail};
use crate::pack::{ProvisionId, Rule};
use crate::vocab::{Category, Citation, Status};

/// One step a provision contributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub provision: ProvisionId,
    pub cite: Citation,
    /// A second provision the step rests on (the Code's definition of an excluded group).
    pub also: Option<Citation>,
    pub status: Status,
    pub detail: StepDetail,
}

// The constructors below are not generic and not inlined: `Rule<T>` and `Found<T>` call them for
// every type of figures and result, and the page would otherwise carry a copy of each.

impl Note {
    #[inline(never)]
    fn new(provision: ProvisionId, cite: &Citation, status: Status, detail: StepDetail) -> Note {
        Note {
            provision,
            cite: *cite,
            also: None,
            status,
            detail,
        }
    }

    /// The same step, citing a narrower division of the provision (a part of CC Art. 11).
    pub fn cited(self, cite: Citation) -> Note {
        Note { cite, ..self }
    }

    /// The same step, resting also on `also`.
    pub fn also(self, also: Citation) -> Note {
        Note {
            also: Some(also),
            ..self
        }
    }

    /// The step of the explanation this note makes, about `offence` where it is about one.
    pub fn at(self, offence: Option<usize>) -> Step {
        Step {
            provision: self.provision,
            cite: self.cite,
            also: self.also,
            status: self.status,
            offence,
            detail: self.detail,
        }
    }

    /// The same step, as sure as `status` (a reported date, an open reading).
    pub fn sure_as(self, status: Status) -> Note {
        Note { status, ..self }
    }
}

/// One warning a provision contributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Caution {
    pub provision: ProvisionId,
    pub status: Status,
    pub detail: WarningDetail,
}

impl Caution {
    #[inline(never)]
    fn new(provision: ProvisionId, status: Status, detail: WarningDetail) -> Caution {
        Caution {
            provision,
            status,
            detail,
        }
    }
}

/// A question a provision raises: a fact the case lacks (every value is a reading), or an open
/// reading it took (the other is compared). The engine says which offence it is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Raised {
    /// The part of the article decides and is not given (it has this many parts).
    Part { parts: u8 },
    /// Whether the offender was a minor decides, and no date of birth is given.
    Minority,
    /// Whether the victim was aged 14 to 18 decides, and no age is given.
    VictimAge,
    /// The category entered differs from the Code's (this one).
    CodeCategory { category: Category },
    /// The offence fell on the 18th birthday: the day an age is reached decides.
    AgeCounting,
    /// The one-year rule was tested on one of its two bases.
    OneYearBase,
    /// Recidivism, if the court that sentences establishes it.
    RecidivismAtSentencing,
    /// Several offences' effects differ: the gravest offence's cut applied to the whole.
    WholeAsGravest { category: Category },
    /// The institution custody is credited for was assumed (this one).
    Institution { assumed: crate::case::Institution },
    /// A half day of credit was counted under one reading.
    HalfDay,
    /// The one-year rule was tested with the day of entry into force counted one way.
    OneYearBoundary,
    /// The one-year rule met a term that began after the law came into force.
    LaterTerm,
}

impl Raised {
    /// A fact the case does not give: every value is a reading, none comes first.
    pub fn is_missing_fact(self) -> bool {
        matches!(
            self,
            Raised::Part { .. } | Raised::Minority | Raised::VictimAge
        )
    }

    /// About one offence (the engine says which); the others are about the whole case.
    pub fn is_about_an_offence(self) -> bool {
        self.is_missing_fact() || matches!(self, Raised::CodeCategory { .. })
    }

    /// The custody's questions: a half day or the institution may change a date only under
    /// another reading, so they are read again under each other reading shown.
    pub fn crosses_readings(self) -> bool {
        matches!(self, Raised::HalfDay | Raised::Institution { .. })
    }

    /// The value of each fact a question asks for, about offence `offence`, each a reading; or
    /// the reading other than the one a provision took (an entered category against the Code's,
    /// recidivism at sentencing, the whole sentence cut as the gravest offence, the other
    /// institutions). `None` for the open questions read both ways (`open/taken.rs`).
    pub fn values(self, offence: usize) -> Option<Vec<Condition>> {
        Some(match self {
            Raised::Part { parts } => (1..=parts.max(1))
                .map(|part| Condition::Part { offence, part })
                .collect(),
            Raised::Minority => [true, false]
                .map(|minor| Condition::Minor { offence, minor })
                .to_vec(),
            Raised::VictimAge => [true, false]
                .map(|yes| Condition::VictimAged14To18 { offence, yes })
                .to_vec(),
            Raised::CodeCategory { category } => {
                vec![Condition::CodeCategory { offence, category }]
            }
            Raised::RecidivismAtSentencing => vec![Condition::RecidivismAtSentencing],
            Raised::WholeAsGravest { category } => vec![Condition::WholeAsGravest { category }],
            Raised::Institution { assumed } => {
                crate::criminal_code::art46_institution::others(assumed)
                    .map(|institution| Condition::Institution { institution })
                    .collect()
            }
            _ => return None,
        })
    }

    /// Whether a step rests on this question (about offence `offence`, where it is about one),
    /// so that it is as sure as the question where its readings differ: the category steps of
    /// that offence; the one-year rule's steps for its boundary day and a term begun after the
    /// law; otherwise the question's own provision's steps. A missing fact questions none.
    pub fn questions(self, offence: Option<usize>, step: &Step) -> bool {
        match self {
            Raised::CodeCategory { .. } => {
                step.offence == offence && step.provision == ProvisionId::CcArt11Categories
            }
            raised if raised.is_missing_fact() => false,
            Raised::OneYearBoundary | Raised::LaterTerm => {
                step.provision == ProvisionId::Art3Part3OneYearRule
            }
            raised => step.provision == raised.provision(),
        }
    }

    /// The provision the question belongs to: the one whose step its readings question.
    pub fn provision(self) -> ProvisionId {
        match self {
            Raised::OneYearBase => ProvisionId::Art3Part3OneYearRule,
            Raised::AgeCounting => ProvisionId::PracticeAgeCounting,
            Raised::CodeCategory { .. } => ProvisionId::CcArt11Categories,
            Raised::RecidivismAtSentencing => ProvisionId::Art2Item8Recidivism,
            Raised::WholeAsGravest { .. } | Raised::Part { .. } => ProvisionId::OpenSeveralOffences,
            Raised::Minority | Raised::VictimAge => ProvisionId::CcArt80Minors,
            // The institution and a half day decide the credit: its step is what they question.
            Raised::Institution { .. } | Raised::HalfDay => ProvisionId::CcArt62CustodyCredit,
            Raised::OneYearBoundary => ProvisionId::OpenOneYearBoundary,
            Raised::LaterTerm => ProvisionId::OpenTermBeganAfterLaw,
        }
    }
}

/// One thing a finding contributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    Step(Note),
    Warning(Caution),
    Question(Raised),
}

/// The steps, warnings and questions of one finding, in order (one list, which costs the page
/// less than three).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Notes {
    pub entries: Vec<Entry>,
}

impl Notes {
    #[inline(never)]
    fn one(note: Note) -> Notes {
        Notes {
            entries: vec![Entry::Step(note)],
        }
    }

    pub fn step(&mut self, note: Note) {
        self.push(Entry::Step(note));
    }

    pub fn warn(&mut self, caution: Caution) {
        self.push(Entry::Warning(caution));
    }

    pub fn ask(&mut self, question: Raised) {
        self.push(Entry::Question(question));
    }

    #[inline(never)]
    fn push(&mut self, entry: Entry) {
        self.entries.push(entry);
    }

    /// Another finding's notes, after these; its value is returned.
    pub fn take<T>(&mut self, found: Found<T>) -> T {
        self.append(found.notes);
        found.value
    }

    /// Other notes, after these (not generic, so the page carries it once).
    #[inline(never)]
    fn append(&mut self, other: Notes) {
        self.entries.extend(other.entries);
    }
}

/// The steps, warnings and questions apart, for the tests of each provision.
#[cfg(test)]
impl Notes {
    pub fn steps(&self) -> Vec<&Note> {
        self.entries
            .iter()
            .filter_map(|e| match e {
                Entry::Step(n) => Some(n),
                _ => None,
            })
            .collect()
    }

    pub fn warnings(&self) -> Vec<&Caution> {
        self.entries
            .iter()
            .filter_map(|e| match e {
                Entry::Warning(c) => Some(c),
                _ => None,
            })
            .collect()
    }

    pub fn questions(&self) -> Vec<Raised> {
        self.entries
            .iter()
            .filter_map(|e| match e {
                Entry::Question(q) => Some(*q),
                _ => None,
            })
            .collect()
    }
}

/// A provision's typed result with its notes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found<T> {
    pub value: T,
    pub notes: Notes,
}

impl<T> Found<T> {
    /// A result that adds nothing to the explanation.
    pub fn silent(value: T) -> Found<T> {
        Found {
            value,
            notes: Notes::default(),
        }
    }

    /// A result with the notes gathered for it.
    pub fn with(value: T, notes: Notes) -> Found<T> {
        Found { value, notes }
    }

    /// The same notes, with the result turned into another.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Found<U> {
        Found {
            value: f(self.value),
            notes: self.notes,
        }
    }

    /// A result explained by one step.
    pub fn noted(value: T, note: Note) -> Found<T> {
        Found {
            value,
            notes: Notes::one(note),
        }
    }
}

impl<T> Rule<T> {
    /// A step applying this rule, as provision `id`, cited and as sure as the pack says.
    #[inline(always)]
    pub fn note(&self, id: ProvisionId, detail: StepDetail) -> Note {
        Note::new(id, &self.cite, self.status, detail)
    }

    /// A warning about this rule, as sure as the pack says.
    #[inline(always)]
    pub fn caution(&self, id: ProvisionId, detail: WarningDetail) -> Caution {
        Caution::new(id, self.status, detail)
    }
}
