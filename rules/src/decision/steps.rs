//! The typed steps and warnings of the explanation, and the criminal record they speak of.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Credited, EarlyKind, Unavailable};
use crate::case::{Institution, Measure, Recidivism};
use crate::pack::{AgeCounting, HalfDay, OneYearBase, ProvisionId};
use crate::term::Term;
use crate::vocab::{
    ArticleNo, Category, Citation, Context, ExclusionFact, Fraction, Intent, Punishment, Status,
};

/// What is left of the criminal record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Record {
    /// The case is closed before any conviction.
    NoConviction,
    /// Expunged by the amnesty (Art. 3 part 4).
    Expunged,
    /// None arises: a misdemeanour (CC Art. 79 part 2).
    NoRecord,
    /// Expires this many years after release from imprisonment (CC Art. 79 part 3, Art. 89), on
    /// this day when the day of release is known.
    Expires {
        years: u8,
        on: Option<NaiveDate>,
        minor: bool,
    },
    /// Expires once a punishment milder than imprisonment is served, on this day when it is
    /// known.
    OnServing { on: Option<NaiveDate> },
    /// A conditional sentence: expires when the probation ends (CC Art. 79 part 3 item 1), on
    /// this day when it is known.
    EndOfProbation { on: Option<NaiveDate> },
}

/// Why the one-year rule was not tested.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OneYearSkip {
    /// The term began after the law came into force: not yet a convict on that day.
    BeganAfterLaw,
    /// At trial: not a convict on the day the law came into force.
    AtTrial,
    /// Hours or an amount: nothing "left to serve" in time.
    NotATerm,
}

/// One step of the explanation: what was found, as typed values.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum StepDetail {
    // Law Art. 1
    PeriodInside {
        date: NaiveDate,
        from: NaiveDate,
        to: NaiveDate,
    },
    PeriodOutside {
        date: NaiveDate,
        from: NaiveDate,
        to: NaiveDate,
    },
    ContextCovered {
        context: Context,
    },
    ContextNotCovered {
        context: Context,
    },
    Listed {
        article: ArticleNo,
        part: Option<u8>,
        whole_article: bool,
    },
    ListedIfMinor {
        article: ArticleNo,
        part: u8,
        minor: bool,
    },
    PartNotListed {
        article: ArticleNo,
        part: u8,
        listed: Vec<u8>,
    },
    NotListed {
        article: ArticleNo,
    },
    PartUnknown {
        article: ArticleNo,
        parts: u8,
    },
    // CC Art. 80 and the counting of age
    Minor {
        birth: NaiveDate,
        date: NaiveDate,
        age: u32,
        counting: AgeCounting,
    },
    Adult {
        birth: NaiveDate,
        date: NaiveDate,
        age: u32,
        counting: AgeCounting,
    },
    AgeUnknown {
        date: NaiveDate,
    },
    // CC Art. 10–11
    CategoryFromCode {
        article: ArticleNo,
        part: Option<u8>,
        category: Category,
        intent: Intent,
        max_years: Option<u8>,
        restriction_of_freedom: bool,
    },
    CategoryFromVerdict {
        category: Category,
        code: Option<Category>,
    },
    CategoryEnteredRuledOut {
        entered: Category,
        code: Category,
        imposed: Term,
    },
    PartRuledOut {
        article: ArticleNo,
        part: u8,
        max_years: Option<u8>,
        imposed: Term,
    },
    // Law Art. 2
    InGroup {
        fact: ExclusionFact,
        article: ArticleNo,
        part: Option<u8>,
    },
    ExcludedByArticle {
        fact: ExclusionFact,
        article: ArticleNo,
        part: Option<u8>,
    },
    ExcludedByAnswer {
        fact: ExclusionFact,
    },
    ExclusionException {
        fact: ExclusionFact,
        age: Option<u32>,
        victim_age: Option<u8>,
    },
    VictimAgeUnknown {
        fact: ExclusionFact,
    },
    NoExclusion,
    RecidivismExcludes {
        recidivism: Recidivism,
    },
    RecidivismNotYetImposed {
        recidivism: Recidivism,
    },
    NoRecidivism,
    // Law Art. 3
    NoConditions,
    CaseClosed {
        category: Category,
    },
    CutAtSentencing {
        category: Category,
        cut: Fraction,
    },
    ReleasedFromPunishment {
        category: Category,
    },
    ConvictionExpunged {
        category: Category,
    },
    NoRecordForMisdemeanour,
    NoExpungementForGrave {
        category: Category,
    },
    MainPunishmentCut {
        category: Category,
        cut: Fraction,
    },
    PartlyClosed {
        closed: Vec<usize>,
        going_on: Vec<usize>,
    },
    AggregateNeedsCourt,
    EveryReadingAgrees {
        readings: u32,
    },
    // The sentence
    TermCut {
        imposed: Term,
        cut: Fraction,
        new: Term,
    },
    HoursCut {
        imposed: u32,
        cut: Fraction,
        new: u32,
    },
    AmountCut {
        imposed: u32,
        cut: Fraction,
        new: u32,
    },
    MeasureNotStated {
        punishment: Punishment,
        cut: Fraction,
    },
    AdditionalNotCut,
    NewLastDay {
        start: NaiveDate,
        term: Term,
        end: NaiveDate,
    },
    ServedBeforeLaw {
        end: NaiveDate,
        in_force: NaiveDate,
    },
    ReducedTermOver {
        end: NaiveDate,
        in_force: NaiveDate,
    },
    OneYearMet {
        in_force: NaiveDate,
        end: NaiveDate,
        latest: NaiveDate,
        base: OneYearBase,
    },
    OneYearNotMet {
        in_force: NaiveDate,
        end: NaiveDate,
        latest: NaiveDate,
        base: OneYearBase,
    },
    OneYearNotApplicable {
        reason: OneYearSkip,
    },
    ReleaseAtSentencing {
        end: NaiveDate,
    },
    ReleaseOnLastDay {
        date: NaiveDate,
    },
    ReleasedWhenLawInForce {
        date: NaiveDate,
    },
    /// The cut term's last day, moved earlier by the days credited.
    LastDayCredited {
        end: NaiveDate,
        days: u32,
        credited: NaiveDate,
    },
    /// With the custody credited, the cut term ended before its first day (after the law).
    SpentInCustody {
        end: NaiveDate,
        start: NaiveDate,
    },
    ConditionalAsReal,
    // The record
    RecordExpires {
        years: u8,
        on: Option<NaiveDate>,
        category: Category,
        minor: bool,
    },
    RecordOnServing {
        on: Option<NaiveDate>,
        conditional: bool,
    },
    // Dates
    Deadline {
        in_force: NaiveDate,
        deadline: NaiveDate,
    },
    SocialHelp,
    // After the verdict (CC Arts. 62, 64, 72, 73, 86, 87)
    CustodyCredited {
        detention_days: u32,
        house_arrest_days: u32,
        institution: Option<Institution>,
        credited: Credited,
    },
    CustodyNotCredited,
    HalfDayCounted {
        half_days: u32,
        days: u32,
        half_day: HalfDay,
    },
    EarlyReleaseOn {
        early: EarlyKind,
        fraction: Fraction,
        of_term: Term,
        on: NaiveDate,
        six_month_floor: bool,
        base: OneYearBase,
    },
    EarlyReleaseUnavailable {
        early: EarlyKind,
        reason: Unavailable,
    },
    /// Several offences served before the law: nothing is left to impose; each record goes its
    /// own way (CC Art. 79 part 6).
    EachRecordOnItsOwn,
    // CC Art. 58: several offences' own punishments made one again
    AggregateRange {
        punishment: Punishment,
        least: Measure,
        most: Measure,
        capped: bool,
        absorption_only: bool,
    },
    AggregateKindsDiffer,
}

/// One step of the explanation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub provision: ProvisionId,
    pub cite: Citation,
    /// A second provision the step rests on (the Code's definition of an excluded group).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub also: Option<Citation>,
    pub status: Status,
    /// The offence this step is about (0-based), where it is about one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offence: Option<usize>,
    #[serde(flatten)]
    pub detail: StepDetail,
}

/// Assumptions, conventions and things to check, shown beside the result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum WarningDetail {
    AsOfBeforeInForce {
        as_of: NaiveDate,
        in_force: NaiveDate,
    },
    ServedButTermRuns {
        end: NaiveDate,
        as_of: NaiveDate,
    },
    ServingButEnded {
        end: NaiveDate,
        in_force: NaiveDate,
    },
    CategoryDiffers {
        verdict: Category,
        code: Category,
    },
    CorruptionItemToCheck {
        article: ArticleNo,
        part: u8,
        item: u8,
    },
    VictimAgeToCheck {
        article: ArticleNo,
    },
    AdultAssumedForRecord,
    ArithmeticRounded,
    ReleaseDayConvention,
    InForceDateReported {
        date: NaiveDate,
    },
    ConditionalReported,
    AdditionalExtendsRecord,
    ReadingsDiffer,
    ReleaseWithinDeadline {
        deadline: NaiveDate,
    },
    InstitutionAssumed {
        institution: Institution,
        ground: InstitutionGround,
    },
    /// A fine or hours at the "served" stage: paid or worked before the law, as assumed.
    ServedAssumed {
        punishment: Punishment,
    },
    /// A minor's probation is needed and not given (CC Art. 63 part 3).
    ProbationMonthsNeeded,
    /// Art. 2 excludes the person: a terrorist or extremist conviction in another case counts.
    OtherCasesExclude,
    /// Keeping weapons and the like may have begun on 4–7 January and gone on later.
    ContinuingOffence {
        article: ArticleNo,
    },
    /// No date of birth: an adult is assumed for the early-release fractions (Arts. 86–87).
    AdultAssumedForEarlyRelease,
    /// The one-year rule applied to a conditional sentence rests on no source.
    OneYearOnConditionalUnsourced,
    /// A punishment the Code does not allow: more of it than `maximum`, or any at all where
    /// `maximum` is `None` (not in the sanction). The figures rest on what was entered.
    TermAboveSanction {
        punishment: Punishment,
        entered: Measure,
        maximum: Option<Measure>,
        limit: SanctionLimit,
    },
    /// A convict's release day (the latest of every reading's) has passed: if still held, the
    /// law may not have been applied — what to do.
    IfStillHeld {
        release: NaiveDate,
    },
}

impl WarningDetail {
    /// Whether the warning says the case, as entered, is one the law does not allow: a result
    /// resting on it is not verified (docs/rules.md, "Statuses of the result").
    pub fn is_beyond_the_law(&self) -> bool {
        matches!(self, WarningDetail::TermAboveSanction { .. })
    }
}

/// Whose maximum a punishment is measured against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "within", rename_all = "snake_case")]
pub enum SanctionLimit {
    /// The sanction of the article's part (CC Art. 52 part 1).
    Sanction {
        article: ArticleNo,
        part: Option<u8>,
    },
    /// The longest the General Part allows of the punishment for one crime, where the sanction
    /// is not in the pack (an article off the list).
    GeneralPart { cite: Citation },
    /// The longest CC Art. 58 allows for several offences together.
    SeveralOffences { cite: Citation },
}

/// Why CC Art. 46 part 5 gives the institution assumed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InstitutionGround {
    /// A crime by negligence.
    Negligent,
    /// A first intentional crime with imprisonment up to 2 years.
    FirstShortTerm,
    /// Over 2 years for an intentional small, medium or grave crime, first imprisonment.
    FirstLongerTerm,
    /// An especially grave crime, a man sentenced for the first time (a woman: medium).
    EspeciallyGraveMan,
    /// Recidivism, a man (a woman: medium).
    RecidivismMan,
    /// Dangerous recidivism: extraordinary security.
    DangerousRecidivism,
    /// Under 18 at the verdict: medium security for minors (part 2).
    Minor,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    pub provision: ProvisionId,
    pub status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offence: Option<usize>,
    #[serde(flatten)]
    pub detail: WarningDetail,
}
