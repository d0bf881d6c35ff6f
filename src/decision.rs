//! The decision: the outcome for one person, the new term and dates, and the trace of every
//! step taken to reach it, each naming the provision it applies and how sure that provision is.
//!
//! Steps and warnings carry a kind and figures, not sentences: the words come from the locale
//! files (`locales/*.json`) in the reader's language.

use chrono::NaiveDate;
use serde::Serialize;

use crate::case::{Category, Context, ExclusionFact, Punishment, Recidivism};
use crate::pack::{Act, ProvisionId, RulePack, Status, TestBase, Threshold};
use crate::term::{Fraction, Term};

/// What the amnesty does for this person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Case under investigation or at trial: closed, no criminal liability.
    ReleaseFromLiability,
    /// Convicted and serving: released from the punishment.
    ReleaseFromPunishment,
    /// Punishment already served: the conviction is removed.
    ConvictionExpunged,
    /// The term is cut; the person stays until the new last day.
    TermReduced,
    /// Freed on the day the law came into force: the reduced term was over, or no more than a
    /// year was left.
    Release,
    NotCovered,
    Excluded,
    /// The law, or the facts given, do not settle the case: see the readings.
    NeedsReview,
}

impl Outcome {
    pub const ALL: [Outcome; 8] = [
        Outcome::ReleaseFromLiability,
        Outcome::ReleaseFromPunishment,
        Outcome::ConvictionExpunged,
        Outcome::TermReduced,
        Outcome::Release,
        Outcome::NotCovered,
        Outcome::Excluded,
        Outcome::NeedsReview,
    ];

    /// Whether the amnesty applies at all.
    pub fn is_covered(self) -> bool {
        !matches!(
            self,
            Outcome::NotCovered | Outcome::Excluded | Outcome::NeedsReview
        )
    }

    /// Whether the person walks free (or is never tried) under this outcome.
    pub fn frees(self) -> bool {
        matches!(
            self,
            Outcome::ReleaseFromLiability | Outcome::ReleaseFromPunishment | Outcome::Release
        )
    }
}

/// Where a step comes from, in a form a lawyer can look up.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Citation {
    pub provision: ProvisionId,
    pub act: Act,
    /// Article of the act, where known; `None` where the law's numbering is not verified.
    pub article: Option<u16>,
    pub part: Option<u8>,
    /// The same, written out in English, for the JSON reader.
    pub text: String,
    /// The official text on adilet.zan.kz (Russian version; the app links the reader's language).
    pub url: crate::pack::Text,
}

impl Citation {
    /// The citation of a provision of the amnesty or of the practice and conventions used.
    pub fn of(pack: &RulePack, provision: ProvisionId) -> Citation {
        let entry = pack.provision(provision);
        let text = match (entry.act, entry.article) {
            (Act::Law, Some(a)) => format!("Law No. {}, Art. {a}", pack.law.number),
            (Act::Law, None) => {
                format!("Law No. {} (article number not verified)", pack.law.number)
            }
            (Act::CriminalCode, Some(a)) => format!("Criminal Code, Art. {a}"),
            (Act::CriminalCode, None) => "Criminal Code".to_string(),
            (Act::Practice, _) => "Court practice (not in the law's text)".to_string(),
            (Act::Convention, _) => "Convention of this calculator (the law is silent)".to_string(),
        };
        let url = match entry.act {
            Act::CriminalCode => pack.criminal_code.official_text.ru.clone(),
            _ => pack.law.official_text.ru.clone(),
        };
        Citation {
            provision,
            act: entry.act,
            article: entry.article,
            part: None,
            text,
            url,
        }
    }

    /// The citation of one article (and part) of the Criminal Code itself.
    pub fn code_article(
        pack: &RulePack,
        provision: ProvisionId,
        article: u16,
        part: Option<u8>,
    ) -> Citation {
        let text = match part {
            Some(p) => format!("Criminal Code, Art. {article} part {p}"),
            None => format!("Criminal Code, Art. {article}"),
        };
        Citation {
            provision,
            act: Act::CriminalCode,
            article: Some(article),
            part,
            text,
            url: pack.criminal_code.official_text.ru.clone(),
        }
    }
}

/// A value a step used, typed so each language can write it its own way.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Figure {
    Date(NaiveDate),
    Term(Term),
    Fraction(FractionFigure),
    Number(i64),
    Article(ArticleFigure),
    Category(Category),
    Context(Context),
    Exclusion(ExclusionFact),
    Recidivism(Recidivism),
    Punishment(Punishment),
    Reading(ReadingLabel),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct FractionFigure {
    pub numerator: u32,
    pub denominator: u32,
}

impl From<Fraction> for FractionFigure {
    fn from(f: Fraction) -> Self {
        FractionFigure {
            numerator: f.numerator,
            denominator: f.denominator,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ArticleFigure {
    pub article: u16,
    pub part: Option<u8>,
}

/// Named figures of a step, in the order the step gives them. A short list: a map type would
/// cost the browser app more code than it saves.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Figures(Vec<(&'static str, Figure)>);

impl Figures {
    /// Sets a figure, replacing one of the same name.
    pub fn insert(&mut self, name: &'static str, figure: Figure) {
        match self.0.iter_mut().find(|(n, _)| *n == name) {
            Some(entry) => entry.1 = figure,
            None => self.0.push((name, figure)),
        }
    }

    pub fn get(&self, name: &str) -> Option<&Figure> {
        self.0.iter().find(|(n, _)| *n == name).map(|(_, f)| f)
    }

    pub fn contains_key(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Figure)> {
        self.0.iter().map(|(n, f)| (*n, f))
    }
}

impl FromIterator<(&'static str, Figure)> for Figures {
    fn from_iter<I: IntoIterator<Item = (&'static str, Figure)>>(pairs: I) -> Self {
        let mut figures = Figures::default();
        for (name, figure) in pairs {
            figures.insert(name, figure);
        }
        figures
    }
}

/// Written as a JSON object, name by name.
impl Serialize for Figures {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, figure) in &self.0 {
            map.serialize_entry(name, figure)?;
        }
        map.end()
    }
}

/// The kinds of step the engine takes. Each has a sentence in every locale
/// (`steps.<kind>` in `locales/*.json`), which uses the step's figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    PeriodInside,
    PeriodOutside,
    ContextCovered,
    ContextOther,
    ListedVerified,
    ListedReported,
    ListedPartNotCovered,
    NotListed,
    ListUnknown,
    ListPartNeeded,
    ExclusionApplies,
    ExclusionMinorException,
    NoExclusion,
    RecidivismExcluded,
    NoRecidivism,
    CategoryFromVerdict,
    CategoryFromCatalogue,
    CategoryUnknown,
    GravestOffence,
    SomeOffencesNotCovered,
    ReleaseFromLiability,
    ReleaseFromPunishment,
    ConvictionExpunged,
    ServedBeforeLaw,
    NothingLeftToReduce,
    ReductionApplied,
    ReductionAtSentencing,
    NewLastDay,
    ReducedTermOver,
    OneYearRuleMet,
    OneYearRuleNotMet,
    OneYearRuleNotApplicable,
    NonTermPunishment,
    ReleaseOnLastDay,
}

impl StepKind {
    pub const ALL: [StepKind; 34] = [
        StepKind::PeriodInside,
        StepKind::PeriodOutside,
        StepKind::ContextCovered,
        StepKind::ContextOther,
        StepKind::ListedVerified,
        StepKind::ListedReported,
        StepKind::ListedPartNotCovered,
        StepKind::NotListed,
        StepKind::ListUnknown,
        StepKind::ListPartNeeded,
        StepKind::ExclusionApplies,
        StepKind::ExclusionMinorException,
        StepKind::NoExclusion,
        StepKind::RecidivismExcluded,
        StepKind::NoRecidivism,
        StepKind::CategoryFromVerdict,
        StepKind::CategoryFromCatalogue,
        StepKind::CategoryUnknown,
        StepKind::GravestOffence,
        StepKind::SomeOffencesNotCovered,
        StepKind::ReleaseFromLiability,
        StepKind::ReleaseFromPunishment,
        StepKind::ConvictionExpunged,
        StepKind::ServedBeforeLaw,
        StepKind::NothingLeftToReduce,
        StepKind::ReductionApplied,
        StepKind::ReductionAtSentencing,
        StepKind::NewLastDay,
        StepKind::ReducedTermOver,
        StepKind::OneYearRuleMet,
        StepKind::OneYearRuleNotMet,
        StepKind::OneYearRuleNotApplicable,
        StepKind::NonTermPunishment,
        StepKind::ReleaseOnLastDay,
    ];
}

/// One step of the explanation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Step {
    pub kind: StepKind,
    pub citation: Citation,
    pub status: Status,
    /// The offence this step is about (0-based), where it is about one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offence: Option<usize>,
    pub figures: Figures,
}

/// Assumptions and open questions the user must see beside the result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WarningKind {
    InForceDateAssumed,
    AsOfBeforeInForce,
    MultiOffenceAssumption,
    ListEntryReported,
    CategoryDerivedFromCatalogue,
    CategoryDiffersFromCatalogue,
    NegligentCannotBeGrave,
    BirthDateMissingAssumedAdult,
    CompensationConditionUnknown,
    ApplicationPeriodUnknown,
    AdditionalPunishmentsUnknown,
    NonCustodialUnknown,
    ConditionalUnknown,
    OneYearReadingsDiffer,
    StageDiffersFromDates,
    ArithmeticConvention,
    ReleaseDayConvention,
}

impl WarningKind {
    pub const ALL: [WarningKind; 17] = [
        WarningKind::InForceDateAssumed,
        WarningKind::AsOfBeforeInForce,
        WarningKind::MultiOffenceAssumption,
        WarningKind::ListEntryReported,
        WarningKind::CategoryDerivedFromCatalogue,
        WarningKind::CategoryDiffersFromCatalogue,
        WarningKind::NegligentCannotBeGrave,
        WarningKind::BirthDateMissingAssumedAdult,
        WarningKind::CompensationConditionUnknown,
        WarningKind::ApplicationPeriodUnknown,
        WarningKind::AdditionalPunishmentsUnknown,
        WarningKind::NonCustodialUnknown,
        WarningKind::ConditionalUnknown,
        WarningKind::OneYearReadingsDiffer,
        WarningKind::StageDiffersFromDates,
        WarningKind::ArithmeticConvention,
        WarningKind::ReleaseDayConvention,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Warning {
    pub kind: WarningKind,
    pub provision: ProvisionId,
    pub status: Status,
    pub figures: Figures,
}

/// The name of an alternative reading of an ambiguous or incomplete case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ReadingLabel {
    /// The one-year rule read with this threshold and on this term.
    OneYear {
        threshold: Threshold,
        base: TestBase,
    },
    /// If the offence had this gravity category.
    IfCategory { category: Category },
    /// If the article whose inclusion is unknown is on the list.
    IfListed,
    /// If the court applies the amnesty to the whole sentence, as for the gravest covered offence.
    WholeSentenceAsGravest,
}

/// The result of one reading.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Reading {
    pub label: ReadingLabel,
    pub outcome: Outcome,
    pub new_term: Option<Term>,
    pub new_end: Option<NaiveDate>,
    pub release_on: Option<NaiveDate>,
}

/// Whether an offence falls within Article 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Coverage {
    Covered,
    NotCovered,
    Unknown,
}

/// Where an offence's gravity category came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CategorySource {
    Verdict,
    Catalogue,
    Unknown,
}

/// What the engine concluded about one offence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OffenceAssessment {
    pub article: u16,
    pub part: Option<u8>,
    pub coverage: Coverage,
    pub coverage_status: Status,
    pub category: Option<Category>,
    pub category_source: CategorySource,
    pub exclusions: Vec<ExclusionFact>,
}

/// The full decision for one case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Decision {
    pub outcome: Outcome,
    /// How sure the outcome is: the weakest status among the provisions it rests on.
    pub status: Status,
    pub new_term: Option<Term>,
    pub new_end: Option<NaiveDate>,
    pub release_on: Option<NaiveDate>,
    /// The gravity category that decided the treatment.
    pub category: Option<Category>,
    pub imposed_term: Option<Term>,
    /// The first day of the sentence, as given.
    pub sentence_start: Option<NaiveDate>,
    pub imposed_end: Option<NaiveDate>,
    pub in_force: NaiveDate,
    pub as_of: NaiveDate,
    pub offences: Vec<OffenceAssessment>,
    pub steps: Vec<Step>,
    pub warnings: Vec<Warning>,
    pub readings: Vec<Reading>,
    pub pack_version: crate::pack::Text,
    pub engine_version: String,
}
