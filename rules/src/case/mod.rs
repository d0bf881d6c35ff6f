//! The case: what the user tells us about one person, in the public case-file format (`file`), and
//! its validation into a [`Case`] the rules can trust (`validate`).
//!
//! The same validation serves the command-line tool and the browser form, so a message about a
//! field reads the same everywhere. It never panics and never drops input: it returns every
//! problem it finds, each naming its field.

mod custody;
pub mod dates;
mod file;
pub mod json;
mod validate;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use file::{
    parse_case_file, read_case_file, CaseFile, CustodyFile, OffenceFile, SentenceFile,
    MAX_CUSTODY_PERIODS, MAX_FILE_BYTES, MAX_OFFENCES,
};
pub use validate::{parse_date, validate, MAX_DATE, MAX_PART, MAX_TERM_YEARS, MIN_DATE};

use crate::term::Term;
use crate::vocab::{ArticleNo, Category, Context, ExclusionFact, Punishment};

/// Recidivism as the verdict established it (CC Art. 14).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Recidivism {
    #[default]
    None,
    Recidivism,
    DangerousRecidivism,
}

/// Where the case stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Investigation,
    Trial,
    Serving,
    Served,
}

impl Recidivism {
    pub const ALL: [Recidivism; 3] = [
        Recidivism::None,
        Recidivism::Recidivism,
        Recidivism::DangerousRecidivism,
    ];
}

impl Stage {
    pub const ALL: [Stage; 4] = [
        Stage::Investigation,
        Stage::Trial,
        Stage::Serving,
        Stage::Served,
    ];

    /// Whether a court has already sentenced the person in a verdict in force.
    pub fn is_convicted(self) -> bool {
        matches!(self, Stage::Serving | Stage::Served)
    }
}

/// How a person was held before the verdict took effect (CC Art. 62 parts 3 and 4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CustodyKind {
    /// Held in custody (содержание под стражей).
    Detention,
    HouseArrest,
}

impl CustodyKind {
    pub const ALL: [CustodyKind; 2] = [CustodyKind::Detention, CustodyKind::HouseArrest];
}

/// The security level of the institution where imprisonment is served (CC Art. 46 part 5).
/// "Maximum" covers extraordinary and full security: the same credit (CC Art. 62 part 3 item 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Institution {
    Minimum,
    Medium,
    Maximum,
}

impl Institution {
    pub const ALL: [Institution; 3] = [
        Institution::Minimum,
        Institution::Medium,
        Institution::Maximum,
    ];
}

/// Facts parole and replacement depend on; each is optional, and what an unanswered one means is
/// said in the result.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ParoleFacts {
    /// A pregnant woman, a woman with young children, a man raising young children alone, a
    /// woman of 58 or more, a man of 63 or more, disability group I or II (CC Art. 72 part 4).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub special_group: Option<bool>,
    /// Every condition of a plea agreement fulfilled (CC Art. 72 part 3 item 5, part 4 item 5).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plea_agreement: Option<bool>,
    /// An especially grave crime linked to an attempt on a person's life (part 4, Art. 86).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attempt_on_life: Option<bool>,
    /// The damage caused by the crime fully repaid (CC Art. 72 part 1 paragraph 2, Art. 73).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub damage_repaid: Option<bool>,
    /// Malicious violations of the regime (part 1 paragraph 2, Arts. 73, 86, 87).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub malicious_violations: Option<bool>,
}

impl ParoleFacts {
    pub fn is_empty(&self) -> bool {
        *self == ParoleFacts::default()
    }
}

/// One period held before the verdict, both days included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Custody {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub kind: CustodyKind,
}

impl Custody {
    /// Its days, both ends included.
    pub fn days(&self) -> u32 {
        u32::try_from((self.to - self.from).num_days() + 1).unwrap_or(0)
    }
}

crate::named!(CustodyKind {
    CustodyKind::Detention => "detention",
    CustodyKind::HouseArrest => "house_arrest",
});
crate::named!(Institution {
    Institution::Minimum => "minimum",
    Institution::Medium => "medium",
    Institution::Maximum => "maximum",
});
crate::named!(Recidivism {
    Recidivism::None => "none",
    Recidivism::Recidivism => "recidivism",
    Recidivism::DangerousRecidivism => "dangerous_recidivism",
});
crate::named!(Stage {
    Stage::Investigation => "investigation",
    Stage::Trial => "trial",
    Stage::Serving => "serving",
    Stage::Served => "served",
});

/// A validated case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    pub as_of: NaiveDate,
    pub birth_date: Option<NaiveDate>,
    pub recidivism: Recidivism,
    pub stage: Stage,
    pub offences: Vec<Offence>,
    pub sentence: Option<Sentence>,
    /// Time held before the term's first day, periods in order.
    pub custody: Vec<Custody>,
    pub parole_facts: ParoleFacts,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Offence {
    pub article: ArticleNo,
    pub part: Option<u8>,
    pub committed_on: NaiveDate,
    pub context: Context,
    /// From the verdict or charge, when the user gave it.
    pub category: Option<Category>,
    pub exclusions: Vec<ExclusionFact>,
    pub victim_age: Option<u8>,
    /// The punishment the verdict gives this offence on its own (CC Art. 58 part 1).
    pub sentence: Option<OwnSentence>,
}

/// An offence's own punishment, before the aggregate: always with its measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OwnSentence {
    pub punishment: Punishment,
    pub measure: Measure,
}

/// The main punishment imposed (for several offences, the aggregate).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub punishment: Punishment,
    pub measure: Measure,
    pub start: Option<NaiveDate>,
    pub conditional: bool,
    pub institution: Option<Institution>,
    /// A minor's probation as the court set it (CC Art. 63 part 3).
    pub probation_months: Option<u32>,
}

/// A sentence for the provisions' unit tests: `punishment` of `measure` from `start`, served.
#[cfg(test)]
pub(crate) fn sentence(
    punishment: crate::vocab::Punishment,
    measure: Measure,
    start: Option<NaiveDate>,
) -> Sentence {
    Sentence {
        punishment,
        measure,
        start,
        conditional: false,
        institution: None,
        probation_months: None,
    }
}

impl Sentence {
    /// The last day of the term imposed, where it has a term and its first day is given.
    pub fn imposed_end(&self) -> Option<NaiveDate> {
        match self.measure {
            Measure::Term(term) => term.last_day(self.start?),
            _ => None,
        }
    }
}

/// How much punishment: a term, hours, or an amount; `Unstated` where the case does not say
/// (a fine given without its amount).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    Term(Term),
    Hours(u32),
    Amount(u32),
    Unstated,
}

impl Measure {
    pub fn term(self) -> Option<Term> {
        match self {
            Measure::Term(term) => Some(term),
            _ => None,
        }
    }

    pub fn hours(self) -> Option<u32> {
        match self {
            Measure::Hours(hours) => Some(hours),
            _ => None,
        }
    }

    pub fn amount(self) -> Option<u32> {
        match self {
            Measure::Amount(amount) => Some(amount),
            _ => None,
        }
    }
}

/// What is wrong with a field. Rendered in the user's language by the words layer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum Problem {
    /// The file is not JSON at all; `detail` is the JSON parser's own words.
    Malformed { detail: String },
    /// A value of the wrong kind (a number where a list belongs).
    WrongKind { expected: JsonKind },
    /// A field the case-file format does not have (a typo is reported, not ignored).
    UnknownField { name: String },
    /// A name that is not one of the format's names for this field.
    UnknownValue { value: String, allowed: Vec<String> },
    /// A required field is absent or empty.
    Missing,
    /// Not a calendar date in the form YYYY-MM-DD.
    NotADate { value: String },
    /// A day its month does not have («31.02.2022», 29 February of a year that is not a leap
    /// year): the day, month and year read, and how many days that month has.
    NoSuchDay {
        value: String,
        day: u32,
        month: u32,
        year: i32,
        days_in_month: u32,
    },
    /// A date outside 1900–2100.
    DateOutOfRange { value: String },
    /// A date later than the date of the calculation.
    AfterAsOf { as_of: String },
    /// The person was not yet born.
    BeforeBirth { birth_date: String },
    /// The person was younger than the age of criminal liability (CC Art. 15, Art. 80 part 1).
    TooYoung { min_age: u8 },
    /// The sentence began before the earliest offence.
    StartBeforeOffence { committed_on: String },
    /// A whole number outside the accepted range.
    OutOfRange { min: u32, max: u32 },
    /// Not a whole number (typed in the form).
    NotANumber { value: String },
    /// A number below zero, where only zero or more makes sense (typed in the form).
    Negative { value: String },
    /// Not an article number such as 188 or 269-1 (typed in the form).
    NotAnArticle { value: String },
    /// A part the article does not have in the Code of January 2022.
    NoSuchPart { article: ArticleNo, parts: u8 },
    /// A number the Criminal Code of January 2022 does not have (a slip: 999, 2722 for 272).
    NoSuchArticle { article: ArticleNo },
    /// An article repealed before January 2022.
    RepealedArticle { article: ArticleNo },
    /// An article outside the Code's Special Part, which defines no offence (Art. 52: how a
    /// punishment is set).
    DefinesNoOffence { article: ArticleNo },
    /// A part repealed before January 2022 (its number stays in the article).
    RepealedPart { article: ArticleNo, part: u8 },
    /// "269.1" (typed in the form or a spreadsheet): the Code has both the dash article `dash`
    /// and part `part` of the article without it; only the person can say which.
    AmbiguousArticle { dash: ArticleNo, part: u8 },
    /// Words typed in the form's article field: an article is to be chosen from the list.
    ChooseFromList,
    /// The article was cited with part `cited` («ст. 272 ч. 2»), and a different part is given.
    PartDiffersFromCitation { cited: u8 },
    /// No offences were given.
    NoOffences,
    /// More offences than a case may hold.
    TooManyOffences { max: u32 },
    /// More periods of custody than a case may hold.
    TooManyPeriods { max: u32 },
    /// A period of custody that ends before it begins.
    CustodyOrder { from: String },
    /// A period of custody that ends on or after the term's first day.
    CustodyAfterStart { start: String },
    /// A period of custody that overlaps another (given by its place in the list, from 1).
    CustodyOverlaps { other: u32 },
    /// Only imprisonment is served in an institution.
    InstitutionNotImprisonment,
    /// A probation period given for a sentence that is not conditional.
    ProbationNotConditional,
    /// A file larger than a case file can be.
    FileTooLarge { max_bytes: u32 },
    /// A sentence is needed at this stage.
    SentenceRequired,
    /// A sentence at the investigation stage, where nobody has been sentenced.
    SentenceAtInvestigation,
    /// This punishment needs a term longer than zero.
    ZeroTerm,
    /// The term is longer than the longest accepted.
    TermTooLong { max_years: u32 },
    /// A measure this punishment does not have (hours for imprisonment, a term for a fine).
    WrongMeasure { punishment: Punishment },
    /// Only imprisonment can be conditional (CC Art. 63).
    ConditionalNotImprisonment,
}

/// What kind of JSON value a field of a case file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum JsonKind {
    Object,
    List,
    Text,
    WholeNumber,
    YesNo,
    /// A number (`188`) or a text with a dash number (`"269-1"`).
    Article,
}

/// One problem, with the field it belongs to, as a path into the case file
/// (`offences[0].committed_on`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: String,
    #[serde(flatten)]
    pub problem: Problem,
}

impl FieldError {
    pub fn new(field: impl Into<String>, problem: Problem) -> FieldError {
        FieldError {
            field: field.into(),
            problem,
        }
    }
}
