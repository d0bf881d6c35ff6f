//! One value of every kind a decision or an input error can hold: every step, warning,
//! condition, effect, record and problem, and every name of the enums inside them. The module's
//! types (`module/types.d.ts`) are checked against these by the TypeScript compiler
//! (tests/e2e/module.test.mjs) and name by name (tests/native.rs), and the words of each are
//! compared between the module and the native words layer.
//!
//! Each list is checked complete by an exhaustive `match` (`kinds!`): a new variant in the rules
//! does not compile here until it has a sample, and so a type.

use amnesty_rules::case::{FieldError, Institution, JsonKind, Measure, Problem, Recidivism};
use amnesty_rules::decision::{
    AggregateRange, CategorySource, Condition, Coverage, Decision, Figures, NewMeasure,
    OffenceDecision, OffenceEffect, OneYearSkip, Outcome, OwnPunishment, Reading, Record,
    SanctionLimit, Step, StepDetail, Warning, WarningDetail,
};
use amnesty_rules::decision::{
    Court, Credited, CustodyCredit, EarlyKind, EarlyRelease, EarlyReleases, InstitutionGround,
    NextStep, Petition, ProcedureCite, ProcedureRole, Unavailable,
};
use amnesty_rules::pack::{AgeCounting, BoundaryDay, HalfDay, LaterTerm, OneYearBase, ProvisionId};
use amnesty_rules::term::Term;
use amnesty_rules::vocab::{
    Act, ArticleNo, Category, Citation, Context, ExclusionFact, Fraction, Intent, Punishment,
    Status,
};
use chrono::NaiveDate;

/// A type whose every kind (variant) has a sample: which kind a value is, and how many kinds
/// there are.
pub trait Kinds {
    const COUNT: usize;
    fn kind(&self) -> usize;
}

/// [`Kinds`] for an enum, its variants numbered in the order listed, by an exhaustive `match`: a
/// new variant in the rules does not compile here until it is listed (and so has a sample).
macro_rules! kinds {
    ($type:ident, [$($variant:ident),+ $(,)?]) => {
        impl Kinds for $type {
            const COUNT: usize = [$(stringify!($variant)),+].len();
            fn kind(&self) -> usize {
                #[allow(clippy::enum_variant_names)]
                enum Number {
                    $($variant),+
                }
                match self {
                    $($type::$variant { .. } => Number::$variant as usize),+
                }
            }
        }
    };
}

fn day(n: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2022, 1, 1)
        .and_then(|d| d.checked_add_days(chrono::Days::new(u64::from(n))))
        .unwrap_or_default()
}

const A272: ArticleNo = ArticleNo::new(272, 0);
const A269_1: ArticleNo = ArticleNo::new(269, 1);
const fn fraction(numerator: u32, denominator: u32) -> Fraction {
    Fraction {
        numerator,
        denominator,
    }
}
const THREE_QUARTERS: Fraction = fraction(3, 4);
const HALF: Fraction = fraction(1, 2);

fn term(years: u32, months: u32, days: u32) -> Term {
    Term::new(years, months, days)
}

/// Every kind of step, with every value of the small enums inside them somewhere.
pub fn step_details() -> Vec<StepDetail> {
    use StepDetail as S;
    let mut out = vec![
        S::PeriodInside {
            date: day(4),
            from: day(3),
            to: day(6),
        },
        S::PeriodOutside {
            date: day(20),
            from: day(3),
            to: day(6),
        },
        S::ContextNotCovered {
            context: Context::Other,
        },
        S::Listed {
            article: A272,
            part: Some(2),
            whole_article: false,
        },
        S::Listed {
            article: A269_1,
            part: None,
            whole_article: true,
        },
        S::ListedIfMinor {
            article: A272,
            part: 1,
            minor: true,
        },
        S::PartNotListed {
            article: ArticleNo::new(106, 0),
            part: 3,
            listed: vec![1, 2],
        },
        S::NotListed {
            article: ArticleNo::new(188, 0),
        },
        S::PartUnknown {
            article: A272,
            parts: 3,
        },
        S::Minor {
            birth: day(0) - chrono::Days::new(6000),
            date: day(4),
            age: 16,
            counting: AgeCounting::DayAfterBirthday,
        },
        S::Adult {
            birth: day(0) - chrono::Days::new(9000),
            date: day(4),
            age: 24,
            counting: AgeCounting::OnBirthday,
        },
        S::AgeUnknown { date: day(4) },
        S::CategoryFromCode {
            article: A272,
            part: Some(2),
            category: Category::Grave,
            intent: Intent::Intentional,
            max_years: Some(8),
            restriction_of_freedom: false,
        },
        S::CategoryFromCode {
            article: ArticleNo::new(106, 0),
            part: None,
            category: Category::Misdemeanour,
            intent: Intent::Negligent,
            max_years: None,
            restriction_of_freedom: true,
        },
        S::CategoryFromVerdict {
            category: Category::Medium,
            code: Some(Category::Small),
        },
        S::CategoryFromVerdict {
            category: Category::Medium,
            code: None,
        },
        S::CategoryEnteredRuledOut {
            entered: Category::Small,
            code: Category::Grave,
            imposed: term(6, 0, 0),
        },
        S::PartRuledOut {
            article: A272,
            part: 1,
            max_years: None,
            imposed: term(0, 3, 10),
        },
        S::NoExclusion,
        S::RecidivismExcludes {
            recidivism: Recidivism::DangerousRecidivism,
        },
        S::RecidivismNotYetImposed {
            recidivism: Recidivism::Recidivism,
        },
        S::NoRecidivism,
        S::NoConditions,
        S::CaseClosed {
            category: Category::Small,
        },
        S::CutAtSentencing {
            category: Category::Grave,
            cut: THREE_QUARTERS,
        },
        S::ReleasedFromPunishment {
            category: Category::Medium,
        },
        S::ConvictionExpunged {
            category: Category::Medium,
        },
        S::NoRecordForMisdemeanour,
        S::NoExpungementForGrave {
            category: Category::EspeciallyGrave,
        },
        S::MainPunishmentCut {
            category: Category::EspeciallyGrave,
            cut: HALF,
        },
        S::PartlyClosed {
            closed: vec![0],
            going_on: vec![1, 2],
        },
        S::AggregateNeedsCourt,
        S::EveryReadingAgrees { readings: 4 },
        S::TermCut {
            imposed: term(8, 6, 0),
            cut: THREE_QUARTERS,
            new: term(2, 1, 15),
        },
        S::HoursCut {
            imposed: 240,
            cut: THREE_QUARTERS,
            new: 60,
        },
        S::AmountCut {
            imposed: 150,
            cut: HALF,
            new: 75,
        },
        S::AdditionalNotCut,
        S::NewLastDay {
            start: day(5),
            term: term(2, 0, 0),
            end: day(734),
        },
        S::ServedBeforeLaw {
            end: day(200),
            in_force: day(306),
        },
        S::ReducedTermOver {
            end: day(250),
            in_force: day(306),
        },
        S::OneYearMet {
            in_force: day(306),
            end: day(500),
            latest: day(671),
            base: OneYearBase::Reduced,
        },
        S::OneYearNotMet {
            in_force: day(306),
            end: day(900),
            latest: day(671),
            base: OneYearBase::Imposed,
        },
        S::ReleaseAtSentencing { end: day(100) },
        S::ReleaseOnLastDay { date: day(500) },
        S::ReleasedWhenLawInForce { date: day(306) },
        S::ConditionalAsReal,
        S::RecordExpires {
            years: 6,
            on: Some(day(2700)),
            category: Category::Grave,
            minor: false,
        },
        S::RecordExpires {
            years: 2,
            on: None,
            category: Category::Grave,
            minor: true,
        },
        S::RecordOnServing {
            on: Some(day(400)),
            conditional: true,
        },
        S::RecordOnServing {
            on: None,
            conditional: false,
        },
        S::Deadline {
            in_force: day(306),
            deadline: day(488),
        },
        S::SocialHelp,
    ];
    let years = |y| Measure::Term(term(y, 0, 0));
    for (punishment, least, most, capped, absorption_only) in [
        (
            Punishment::Imprisonment,
            Measure::Term(term(1, 6, 0)),
            Measure::Term(term(2, 9, 0)),
            false,
            false,
        ),
        (Punishment::Imprisonment, years(5), years(20), true, false),
        (
            Punishment::CommunityService,
            Measure::Hours(300),
            Measure::Hours(300),
            false,
            true,
        ),
    ] {
        out.push(S::AggregateRange {
            punishment,
            least,
            most,
            capped,
            absorption_only,
        });
    }
    out.push(S::AggregateKindsDiffer);
    for context in Context::ALL {
        out.push(S::ContextCovered { context });
    }
    for (i, fact) in ExclusionFact::ALL.into_iter().enumerate() {
        let part = u8::try_from(i % 3).ok().filter(|p| *p > 0);
        out.push(S::InGroup {
            fact,
            article: A272,
            part,
        });
        out.push(S::ExcludedByArticle {
            fact,
            article: A269_1,
            part,
        });
        out.push(S::ExcludedByAnswer { fact });
        out.push(S::ExclusionException {
            fact,
            age: (i % 2 == 0).then_some(16),
            victim_age: (i % 2 == 1).then_some(15),
        });
        out.push(S::VictimAgeUnknown { fact });
    }
    for punishment in Punishment::ALL {
        out.push(S::MeasureNotStated {
            punishment,
            cut: HALF,
        });
    }
    for reason in [
        OneYearSkip::BeganAfterLaw,
        OneYearSkip::AtTrial,
        OneYearSkip::NotATerm,
    ] {
        out.push(S::OneYearNotApplicable { reason });
    }
    for (i, credited) in [
        Credited::Days { days: 248 },
        Credited::Hours { hours: 330 },
        Credited::Amount { amount: 660 },
    ]
    .into_iter()
    .enumerate()
    {
        out.push(S::CustodyCredited {
            detention_days: 165,
            house_arrest_days: 10 * i as u32,
            institution: (i == 0).then_some(Institution::Medium),
            credited,
        });
    }
    out.push(S::CustodyNotCredited);
    for half_day in [HalfDay::Up, HalfDay::Down] {
        out.push(S::HalfDayCounted {
            half_days: 495,
            days: 247,
            half_day,
        });
    }
    for (i, early) in EARLY_KINDS.into_iter().enumerate() {
        out.push(S::EarlyReleaseOn {
            early,
            fraction: HALF,
            of_term: Term::new(2, 0, 0),
            on: day(600),
            six_month_floor: i == 0,
            base: [OneYearBase::Reduced, OneYearBase::Imposed][i % 2],
        });
    }
    for (i, reason) in UNAVAILABLE.into_iter().enumerate() {
        out.push(S::EarlyReleaseUnavailable {
            early: EARLY_KINDS[i % 3],
            reason,
        });
    }
    out.push(S::EachRecordOnItsOwn);
    out.push(S::LastDayCredited {
        end: day(500),
        days: 248,
        credited: day(252),
    });
    out.push(S::SpentInCustody {
        end: day(400),
        start: day(420),
    });
    out
}

pub const EARLY_KINDS: [EarlyKind; 3] = [
    EarlyKind::Parole,
    EarlyKind::Replacement,
    EarlyKind::ProbationCancel,
];
pub const UNAVAILABLE: [Unavailable; 9] = [
    Unavailable::NotThisPunishment,
    Unavailable::ExcludedGroup,
    Unavailable::Corruption,
    Unavailable::EspeciallyGrave,
    Unavailable::AmnestyFrees,
    Unavailable::AfterRelease,
    Unavailable::CategoryUnknown,
    Unavailable::DatesUnknown,
    Unavailable::ProbationNeeded,
];
pub const GROUNDS: [InstitutionGround; 7] = [
    InstitutionGround::Negligent,
    InstitutionGround::FirstShortTerm,
    InstitutionGround::FirstLongerTerm,
    InstitutionGround::EspeciallyGraveMan,
    InstitutionGround::RecidivismMan,
    InstitutionGround::DangerousRecidivism,
    InstitutionGround::Minor,
];

kinds!(
    StepDetail,
    [
        PeriodInside,
        PeriodOutside,
        ContextCovered,
        ContextNotCovered,
        Listed,
        ListedIfMinor,
        PartNotListed,
        NotListed,
        PartUnknown,
        Minor,
        Adult,
        AgeUnknown,
        CategoryFromCode,
        CategoryFromVerdict,
        CategoryEnteredRuledOut,
        PartRuledOut,
        InGroup,
        ExcludedByArticle,
        ExcludedByAnswer,
        ExclusionException,
        VictimAgeUnknown,
        NoExclusion,
        RecidivismExcludes,
        RecidivismNotYetImposed,
        NoRecidivism,
        NoConditions,
        CaseClosed,
        CutAtSentencing,
        ReleasedFromPunishment,
        ConvictionExpunged,
        NoRecordForMisdemeanour,
        NoExpungementForGrave,
        MainPunishmentCut,
        PartlyClosed,
        AggregateNeedsCourt,
        EveryReadingAgrees,
        TermCut,
        HoursCut,
        AmountCut,
        MeasureNotStated,
        AdditionalNotCut,
        NewLastDay,
        ServedBeforeLaw,
        ReducedTermOver,
        OneYearMet,
        OneYearNotMet,
        OneYearNotApplicable,
        ReleaseAtSentencing,
        ReleaseOnLastDay,
        ReleasedWhenLawInForce,
        ConditionalAsReal,
        RecordExpires,
        RecordOnServing,
        Deadline,
        SocialHelp,
        CustodyCredited,
        CustodyNotCredited,
        HalfDayCounted,
        EarlyReleaseOn,
        EarlyReleaseUnavailable,
        EachRecordOnItsOwn,
        SpentInCustody,
        LastDayCredited,
        AggregateRange,
        AggregateKindsDiffer
    ]
);

pub fn warning_details() -> Vec<WarningDetail> {
    use WarningDetail as W;
    vec![
        W::AsOfBeforeInForce {
            as_of: day(200),
            in_force: day(306),
        },
        W::ServedButTermRuns {
            end: day(900),
            as_of: day(420),
        },
        W::ServingButEnded {
            end: day(200),
            in_force: day(306),
        },
        W::CategoryDiffers {
            verdict: Category::Medium,
            code: Category::Grave,
        },
        W::CorruptionItemToCheck {
            article: ArticleNo::new(189, 0),
            part: 3,
            item: 2,
        },
        W::VictimAgeToCheck {
            article: ArticleNo::new(120, 0),
        },
        W::AdultAssumedForRecord,
        W::ArithmeticRounded,
        W::ReleaseDayConvention,
        W::InForceDateReported { date: day(306) },
        W::ConditionalReported,
        W::AdditionalExtendsRecord,
        W::ReadingsDiffer,
        W::ReleaseWithinDeadline { deadline: day(488) },
        W::ServedAssumed {
            punishment: Punishment::Fine,
        },
        W::ProbationMonthsNeeded,
        W::OtherCasesExclude,
        W::ContinuingOffence {
            article: ArticleNo::new(287, 0),
        },
        W::AdultAssumedForEarlyRelease,
        W::OneYearOnConditionalUnsourced,
        W::TermAboveSanction {
            punishment: Punishment::Imprisonment,
            entered: Measure::Term(term(30, 0, 0)),
            maximum: Some(Measure::Term(term(8, 0, 0))),
            limit: SanctionLimit::Sanction {
                article: A272,
                part: Some(2),
            },
        },
        W::TermAboveSanction {
            punishment: Punishment::Fine,
            entered: Measure::Amount(500),
            maximum: None,
            limit: SanctionLimit::Sanction {
                article: A272,
                part: Some(2),
            },
        },
        W::TermAboveSanction {
            punishment: Punishment::CommunityService,
            entered: Measure::Hours(1500),
            maximum: Some(Measure::Hours(1200)),
            limit: SanctionLimit::GeneralPart {
                cite: Citation::code(ArticleNo::new(43, 0), Some(2)),
            },
        },
        W::TermAboveSanction {
            punishment: Punishment::Imprisonment,
            entered: Measure::Term(term(26, 0, 0)),
            maximum: Some(Measure::Term(term(20, 0, 0))),
            limit: SanctionLimit::SeveralOffences {
                cite: Citation::code(ArticleNo::new(58, 0), Some(3)),
            },
        },
        W::IfStillHeld { release: day(306) },
    ]
    .into_iter()
    .chain(
        GROUNDS
            .into_iter()
            .enumerate()
            .map(|(i, ground)| W::InstitutionAssumed {
                institution: Institution::ALL[i % 3],
                ground,
            }),
    )
    .collect()
}

kinds!(
    WarningDetail,
    [
        AsOfBeforeInForce,
        ServedButTermRuns,
        ServingButEnded,
        CategoryDiffers,
        CorruptionItemToCheck,
        VictimAgeToCheck,
        AdultAssumedForRecord,
        ArithmeticRounded,
        ReleaseDayConvention,
        InForceDateReported,
        ConditionalReported,
        AdditionalExtendsRecord,
        ReadingsDiffer,
        ReleaseWithinDeadline,
        InstitutionAssumed,
        ServedAssumed,
        ProbationMonthsNeeded,
        OtherCasesExclude,
        ContinuingOffence,
        AdultAssumedForEarlyRelease,
        OneYearOnConditionalUnsourced,
        TermAboveSanction,
        IfStillHeld
    ]
);

pub fn conditions() -> Vec<Condition> {
    use Condition as C;
    vec![
        C::OneYearBase {
            base: OneYearBase::Reduced,
        },
        C::OneYearBase {
            base: OneYearBase::Imposed,
        },
        C::Part {
            offence: 1,
            part: 2,
        },
        C::Minor {
            offence: 0,
            minor: true,
        },
        C::VictimAged14To18 {
            offence: 2,
            yes: false,
        },
        C::CodeCategory {
            offence: 0,
            category: Category::Grave,
        },
        C::AgeCounting {
            counting: AgeCounting::OnBirthday,
        },
        C::RecidivismAtSentencing,
        C::WholeAsGravest {
            category: Category::EspeciallyGrave,
        },
        C::Institution {
            institution: Institution::Minimum,
        },
        C::HalfDay {
            half_day: HalfDay::Down,
        },
        C::OneYearBoundary {
            day: BoundaryDay::DayServed,
        },
        C::LaterTerm {
            reading: LaterTerm::Applied,
        },
    ]
}

kinds!(
    Condition,
    [
        OneYearBase,
        Part,
        Minor,
        VictimAged14To18,
        CodeCategory,
        AgeCounting,
        RecidivismAtSentencing,
        WholeAsGravest,
        Institution,
        HalfDay,
        OneYearBoundary,
        LaterTerm
    ]
);

pub fn effects() -> Vec<OffenceEffect> {
    use OffenceEffect as E;
    vec![
        E::NotCovered,
        E::Excluded,
        E::Unknown,
        E::CaseClosed,
        E::CutAtSentencing {
            cut: THREE_QUARTERS,
        },
        E::ReleasedFromPunishment,
        E::ConvictionExpunged,
        E::MainPunishmentCut { cut: HALF },
        E::NothingToApply,
    ]
}

kinds!(
    OffenceEffect,
    [
        NotCovered,
        Excluded,
        Unknown,
        CaseClosed,
        CutAtSentencing,
        ReleasedFromPunishment,
        ConvictionExpunged,
        MainPunishmentCut,
        NothingToApply
    ]
);

pub fn records() -> Vec<Record> {
    vec![
        Record::NoConviction,
        Record::Expunged,
        Record::NoRecord,
        Record::Expires {
            years: 8,
            on: Some(day(3000)),
            minor: false,
        },
        Record::Expires {
            years: 3,
            on: None,
            minor: true,
        },
        Record::OnServing { on: Some(day(400)) },
        Record::OnServing { on: None },
        Record::EndOfProbation { on: Some(day(500)) },
        Record::EndOfProbation { on: None },
    ]
}

kinds!(
    Record,
    [
        NoConviction,
        Expunged,
        NoRecord,
        Expires,
        OnServing,
        EndOfProbation
    ]
);

pub const COVERAGES: [Coverage; 3] = [Coverage::Covered, Coverage::NotCovered, Coverage::Unknown];
pub const CATEGORY_SOURCES: [CategorySource; 3] = [
    CategorySource::Code,
    CategorySource::Verdict,
    CategorySource::None,
];
pub const ACTS: [Act; 5] = [
    Act::Law,
    Act::CriminalCode,
    Act::Practice,
    Act::Convention,
    Act::ProcedureCode,
];

kinds!(Coverage, [Covered, NotCovered, Unknown]);
kinds!(CategorySource, [Code, Verdict, None]);
kinds!(
    Act,
    [Law, CriminalCode, Practice, Convention, ProcedureCode]
);
kinds!(JsonKind, [Object, List, Text, WholeNumber, YesNo, Article]);

pub const JSON_KINDS: [JsonKind; 6] = [
    JsonKind::Object,
    JsonKind::List,
    JsonKind::Text,
    JsonKind::WholeNumber,
    JsonKind::YesNo,
    JsonKind::Article,
];

fn citations() -> Vec<Citation> {
    vec![
        Citation {
            act: Act::Law,
            article: Some(ArticleNo::new(3, 0)),
            part: Some(3),
            paragraph: Some(2),
            item: None,
        },
        Citation {
            act: Act::Law,
            article: Some(ArticleNo::new(2, 0)),
            part: None,
            paragraph: None,
            item: Some(8),
        },
        Citation::code(A269_1, Some(2)),
        Citation {
            act: Act::CriminalCode,
            article: Some(ArticleNo::new(3, 0)),
            part: None,
            paragraph: None,
            item: Some(29),
        },
        Citation {
            act: Act::Practice,
            article: None,
            part: None,
            paragraph: None,
            item: None,
        },
        Citation {
            act: Act::Convention,
            article: None,
            part: None,
            paragraph: None,
            item: None,
        },
        Citation {
            act: Act::ProcedureCode,
            article: Some(ArticleNo::new(476, 0)),
            part: None,
            paragraph: None,
            item: Some(15),
        },
    ]
}

const STATUSES: [Status; 3] = [Status::Verified, Status::Reported, Status::Open];

/// A decision holding every kind of step, warning, condition, effect and record, every
/// provision, outcome and status: not one the engine would reach, but one of the right shape.
pub fn every_kind() -> Decision {
    let cites = citations();
    let steps: Vec<Step> = step_details()
        .into_iter()
        .enumerate()
        .map(|(i, detail)| Step {
            provision: ProvisionId::ALL[i % ProvisionId::ALL.len()],
            cite: cites[i % cites.len()],
            also: (i % 4 == 0).then(|| Citation::code(ArticleNo::new(146, 0), None)),
            status: STATUSES[i % 3],
            offence: (i % 2 == 0).then_some(i % 9),
            detail,
        })
        .collect();
    let warnings: Vec<Warning> = warning_details()
        .into_iter()
        .enumerate()
        .map(|(i, detail)| Warning {
            provision: ProvisionId::ALL[(i * 7) % ProvisionId::ALL.len()],
            status: STATUSES[i % 3],
            offence: (i % 3 == 0).then_some(i % 9),
            detail,
        })
        .collect();
    let offences: Vec<OffenceDecision> = effects()
        .into_iter()
        .enumerate()
        .map(|(i, effect)| OffenceDecision {
            article: if i % 2 == 0 { A272 } else { A269_1 },
            part: (i % 3 != 0).then_some(2),
            coverage: COVERAGES[i % 3],
            category: (i % 4 != 0).then_some(Category::ALL[i % 5]),
            category_source: CATEGORY_SOURCES[i % 3],
            code_category: (i % 2 == 1).then_some(Category::ALL[(i + 2) % 5]),
            effect,
            provision: (i % 5 != 0).then_some(ProvisionId::ALL[i * 3]),
            own_sentence: (i % 2 == 0).then_some(OwnPunishment {
                punishment: Punishment::Imprisonment,
                imposed: Measure::Term(term(6, 0, 0)),
                new: (i % 4 == 0).then_some(Measure::Term(term(1, 6, 0))),
            }),
        })
        .collect();
    let conditions = conditions();
    let records = records();
    let readings: Vec<Reading> = Outcome::ALL
        .into_iter()
        .enumerate()
        .map(|(i, outcome)| Reading {
            conditions: vec![conditions[i % conditions.len()], conditions[(i + 3) % 9]],
            outcome,
            figures: Figures {
                // One measure at most: each kind in turn, and none.
                measure: [
                    Some(NewMeasure::Term(term(1, 2, 3))),
                    Some(NewMeasure::Hours(60)),
                    Some(NewMeasure::Amount(75)),
                    None,
                ][i % 4],
                end: (i % 2 == 1).then_some(day(700)),
                release_on: (i % 3 != 0).then_some(day(701)),
                record: (i < records.len()).then(|| records[i]),
            },
            // Every other reading with its own dates after the verdict.
            early: EarlyReleases {
                parole: (i % 2 == 0).then(|| early(EarlyKind::Parole, i % 4 == 0)),
                replacement: None,
                probation_cancel: None,
            },
        })
        .collect();
    Decision {
        outcome: Outcome::TermReduced,
        status: Status::Open,
        shown_reading: vec![conditions[0], conditions[2]],
        category: Some(Category::Grave),
        punishment: Some(Punishment::Imprisonment),
        conditional: true,
        imposed_term: Some(term(8, 6, 0)),
        imposed_hours: Some(240),
        imposed_amount: Some(150),
        sentence_start: Some(day(5)),
        imposed_end: Some(day(3110)),
        figures: Figures {
            measure: Some(NewMeasure::Term(term(2, 1, 15))),
            end: Some(day(780)),
            release_on: Some(day(781)),
            record: Some(Record::Expires {
                years: 6,
                on: Some(day(2972)),
                minor: false,
            }),
        },
        in_force: day(306),
        deadline: day(487),
        as_of: day(424),
        offences,
        aggregate_range: Some(AggregateRange {
            punishment: Punishment::Imprisonment,
            least: Measure::Term(term(1, 6, 0)),
            most: Measure::Term(term(2, 9, 0)),
            capped: false,
            cite: Citation::code(ArticleNo::new(58, 0), Some(3)),
        }),
        steps,
        warnings,
        readings,
        pack_version: "sample-pack".into(),
        engine_version: "sample-engine".into(),
        custody: Some(CustodyCredit {
            detention_days: 165,
            house_arrest_days: 0,
            institution: Some(Institution::Medium),
            institution_assumed: true,
            credited: Some(Credited::Days { days: 248 }),
            imposed_end_credited: Some(day(900)),
        }),
        parole: Some(early(EarlyKind::Parole, true)),
        replacement: Some(early(EarlyKind::Replacement, false)),
        probation_cancel: Some(early(EarlyKind::ProbationCancel, true)),
        next_steps: NEXT_STEPS
            .into_iter()
            .enumerate()
            .map(|(i, step)| Petition {
                step,
                provision: ProvisionId::CpcArt476Procedure,
                court: COURTS[i % COURTS.len()],
                cite: Citation {
                    act: Act::ProcedureCode,
                    article: Some(ArticleNo::new(477, 0)),
                    part: None,
                    paragraph: None,
                    item: None,
                },
                from: (i % 2 == 0).then_some(day(600 + i as u32)),
                also: ROLES
                    .into_iter()
                    .take(i % 4)
                    .map(|role| ProcedureCite {
                        role,
                        cite: Citation {
                            act: Act::ProcedureCode,
                            article: Some(ArticleNo::new(476, 0)),
                            part: None,
                            paragraph: None,
                            item: Some(5),
                        },
                    })
                    .collect(),
            })
            .collect(),
    }
}

pub const NEXT_STEPS: [NextStep; 5] = [
    NextStep::AmnestyApplication,
    NextStep::Parole,
    NextStep::Replacement,
    NextStep::CustodyCredit,
    NextStep::ProbationCancel,
];
pub const ROLES: [ProcedureRole; 3] = [
    ProcedureRole::CourtDecides,
    ProcedureRole::OnPetition,
    ProcedureRole::InstitutionReports,
];
pub const COURTS: [Court; 4] = [
    Court::WhereServed,
    Court::Sentencing,
    Court::Applying,
    Court::OnProbationSubmission,
];

/// An early release with a date (`dated`) or without one and why.
fn early(kind: EarlyKind, dated: bool) -> EarlyRelease {
    EarlyRelease {
        kind,
        provision: ProvisionId::CcArt72Parole,
        cite: Citation::code(ArticleNo::new(72, 0), Some(3)),
        eligible_on: dated.then_some(day(600)),
        fraction: dated.then_some(HALF),
        of_term: dated.then_some(Term::new(2, 0, 0)),
        base: OneYearBase::Reduced,
        other_reading: dated.then_some(day(700)),
        other_reading_after_release: false,
        six_month_floor: dated,
        shall: dated.then_some(true),
        unavailable: (!dated).then_some(Unavailable::AmnestyFrees),
        record: dated.then_some(Record::Expires {
            years: 6,
            on: Some(day(2800)),
            minor: false,
        }),
    }
}

/// Every problem an input can have, each with its field.
pub fn problems() -> Vec<FieldError> {
    use Problem as P;
    let s = |v: &str| v.to_string();
    let mut out = vec![
        P::Malformed {
            detail: s("expected value at line 1 column 1"),
        },
        P::UnknownField { name: s("stagee") },
        P::UnknownValue {
            value: s("jail"),
            allowed: vec![s("imprisonment"), s("fine")],
        },
        P::Missing,
        P::NotADate {
            value: s("32.01.2022"),
        },
        P::NoSuchDay {
            value: s("31.02.2022"),
            day: 31,
            month: 2,
            year: 2022,
            days_in_month: 28,
        },
        P::DateOutOfRange {
            value: s("1850-01-01"),
        },
        P::AfterAsOf {
            as_of: s("2023-03-01"),
        },
        P::BeforeBirth {
            birth_date: s("2005-01-01"),
        },
        P::TooYoung { min_age: 14 },
        P::StartBeforeOffence {
            committed_on: s("2022-01-05"),
        },
        P::OutOfRange { min: 1, max: 20 },
        P::NotANumber { value: s("two") },
        P::Negative { value: s("-3") },
        P::NotAnArticle { value: s("27x") },
        P::NoSuchPart {
            article: ArticleNo::new(188, 0),
            parts: 4,
        },
        P::NoSuchPart {
            article: A269_1,
            parts: 3,
        },
        P::NoSuchArticle {
            article: ArticleNo::new(999, 0),
        },
        P::RepealedArticle {
            article: ArticleNo::new(108, 0),
        },
        P::DefinesNoOffence {
            article: ArticleNo::new(52, 0),
        },
        P::RepealedPart {
            article: ArticleNo::new(361, 0),
            part: 2,
        },
        P::AmbiguousArticle {
            dash: A269_1,
            part: 1,
        },
        P::ChooseFromList,
        P::PartDiffersFromCitation { cited: 2 },
        P::NoOffences,
        P::TooManyOffences { max: 50 },
        P::FileTooLarge { max_bytes: 262_144 },
        P::SentenceRequired,
        P::SentenceAtInvestigation,
        P::ZeroTerm,
        P::TermTooLong { max_years: 40 },
        P::ConditionalNotImprisonment,
        P::TooManyPeriods { max: 50 },
        P::CustodyOrder {
            from: s("2022-06-19"),
        },
        P::CustodyAfterStart {
            start: s("2022-06-20"),
        },
        P::CustodyOverlaps { other: 1 },
        P::InstitutionNotImprisonment,
        P::ProbationNotConditional,
    ];
    out.extend(
        JSON_KINDS
            .into_iter()
            .map(|expected| P::WrongKind { expected }),
    );
    out.extend(
        Punishment::ALL
            .into_iter()
            .map(|punishment| P::WrongMeasure { punishment }),
    );
    let fields = [
        "",
        "stage",
        "offences",
        "offences[0].part",
        "offences[1].committed_on",
        "sentence.years",
        "custody[1].to",
        "sentence.institution",
    ];
    out.into_iter()
        .enumerate()
        .map(|(i, problem)| FieldError::new(fields[i % fields.len()], problem))
        .collect()
}

kinds!(
    Problem,
    [
        Malformed,
        WrongKind,
        UnknownField,
        UnknownValue,
        Missing,
        NotADate,
        DateOutOfRange,
        AfterAsOf,
        BeforeBirth,
        TooYoung,
        StartBeforeOffence,
        OutOfRange,
        NotANumber,
        NotAnArticle,
        NoSuchPart,
        NoOffences,
        TooManyOffences,
        FileTooLarge,
        SentenceRequired,
        SentenceAtInvestigation,
        ZeroTerm,
        TermTooLong,
        WrongMeasure,
        ConditionalNotImprisonment,
        NoSuchArticle,
        RepealedArticle,
        RepealedPart,
        AmbiguousArticle,
        ChooseFromList,
        PartDiffersFromCitation,
        TooManyPeriods,
        CustodyOrder,
        CustodyAfterStart,
        CustodyOverlaps,
        InstitutionNotImprisonment,
        ProbationNotConditional,
        NoSuchDay,
        Negative,
        DefinesNoOffence
    ]
);
