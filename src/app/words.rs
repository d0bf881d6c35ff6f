//! The engine's values and trace in the reader's language, through leptos_i18n: every key below is
//! checked when the app is compiled. The sentences are the same templates the command-line tool
//! uses (`locales/*.json`), so screen, print and terminal say the same thing.

use chrono::{Datelike, NaiveDate};

use super::i18n::*;
use super::I18n;
use crate::case::{
    Category, Context, ExclusionFact, FieldError, Problem, Punishment, Recidivism, Stage,
};
use crate::decision::{
    ArticleFigure, Citation, Figure, Figures, FractionFigure, Outcome, ReadingLabel, Step,
    StepKind, Warning, WarningKind,
};
use crate::locale::{fill, Lang};
use crate::pack::{Act, RulePack, Status, TestBase, Threshold};
use crate::term::Term;

/// The app's language as the engine's `Lang` (for plural rules and date patterns).
pub fn lang_of(locale: Locale) -> Lang {
    match locale {
        Locale::en => Lang::En,
        Locale::ru => Lang::Ru,
        Locale::kk => Lang::Kk,
    }
}

pub fn locale_of(lang: Lang) -> Locale {
    match lang {
        Lang::En => Locale::en,
        Lang::Ru => Locale::ru,
        Lang::Kk => Locale::kk,
    }
}

pub fn category(i18n: I18n, c: Category) -> &'static str {
    match c {
        Category::Misdemeanour => t_string!(i18n, category.misdemeanour),
        Category::Small => t_string!(i18n, category.small),
        Category::Medium => t_string!(i18n, category.medium),
        Category::Grave => t_string!(i18n, category.grave),
        Category::EspeciallyGrave => t_string!(i18n, category.especially_grave),
    }
}

pub fn context(i18n: I18n, c: Context) -> &'static str {
    match c {
        Context::Riots => t_string!(i18n, context.riots),
        Context::Suppression => t_string!(i18n, context.suppression),
        Context::Other => t_string!(i18n, context.other),
    }
}

pub fn exclusion(i18n: I18n, e: ExclusionFact) -> &'static str {
    match e {
        ExclusionFact::Terrorist => t_string!(i18n, exclusion.terrorist),
        ExclusionFact::Extremist => t_string!(i18n, exclusion.extremist),
        ExclusionFact::Corruption => t_string!(i18n, exclusion.corruption),
        ExclusionFact::Treason => t_string!(i18n, exclusion.treason),
        ExclusionFact::Torture => t_string!(i18n, exclusion.torture),
        ExclusionFact::OrganisingRiots => t_string!(i18n, exclusion.organising_riots),
        ExclusionFact::SexualOffenceAgainstMinor => {
            t_string!(i18n, exclusion.sexual_offence_against_minor)
        }
    }
}

/// The plain question the form asks for an exclusion fact.
pub fn exclusion_question(i18n: I18n, e: ExclusionFact) -> &'static str {
    match e {
        ExclusionFact::Terrorist => t_string!(i18n, app.q_terrorist),
        ExclusionFact::Extremist => t_string!(i18n, app.q_extremist),
        ExclusionFact::Corruption => t_string!(i18n, app.q_corruption),
        ExclusionFact::Treason => t_string!(i18n, app.q_treason),
        ExclusionFact::Torture => t_string!(i18n, app.q_torture),
        ExclusionFact::OrganisingRiots => t_string!(i18n, app.q_organising_riots),
        ExclusionFact::SexualOffenceAgainstMinor => {
            t_string!(i18n, app.q_sexual_offence_against_minor)
        }
    }
}

pub fn recidivism(i18n: I18n, r: Recidivism) -> &'static str {
    match r {
        Recidivism::None => t_string!(i18n, recidivism.none),
        Recidivism::Recidivism => t_string!(i18n, recidivism.recidivism),
        Recidivism::DangerousRecidivism => t_string!(i18n, recidivism.dangerous_recidivism),
    }
}

pub fn punishment(i18n: I18n, p: Punishment) -> &'static str {
    match p {
        Punishment::Imprisonment => t_string!(i18n, punishment.imprisonment),
        Punishment::RestrictionOfFreedom => t_string!(i18n, punishment.restriction_of_freedom),
        Punishment::CorrectionalWorks => t_string!(i18n, punishment.correctional_works),
        Punishment::CommunityService => t_string!(i18n, punishment.community_service),
        Punishment::Arrest => t_string!(i18n, punishment.arrest),
        Punishment::Fine => t_string!(i18n, punishment.fine),
    }
}

pub fn stage(i18n: I18n, s: Stage) -> &'static str {
    match s {
        Stage::Investigation => t_string!(i18n, stage.investigation),
        Stage::Trial => t_string!(i18n, stage.trial),
        Stage::Serving => t_string!(i18n, stage.serving),
        Stage::Served => t_string!(i18n, stage.served),
    }
}

pub fn status(i18n: I18n, s: Status) -> &'static str {
    match s {
        Status::Verified => t_string!(i18n, status.verified),
        Status::Reported => t_string!(i18n, status.reported),
        Status::Unknown => t_string!(i18n, status.unknown),
    }
}

pub fn outcome(i18n: I18n, o: Outcome) -> &'static str {
    match o {
        Outcome::ReleaseFromLiability => t_string!(i18n, outcome.release_from_liability),
        Outcome::ReleaseFromPunishment => t_string!(i18n, outcome.release_from_punishment),
        Outcome::ConvictionExpunged => t_string!(i18n, outcome.conviction_expunged),
        Outcome::TermReduced => t_string!(i18n, outcome.term_reduced),
        Outcome::Release => t_string!(i18n, outcome.release),
        Outcome::NotCovered => t_string!(i18n, outcome.not_covered),
        Outcome::Excluded => t_string!(i18n, outcome.excluded),
        Outcome::NeedsReview => t_string!(i18n, outcome.needs_review),
    }
}

fn month(i18n: I18n, m: u32) -> &'static str {
    match m {
        1 => t_string!(i18n, calendar.m1),
        2 => t_string!(i18n, calendar.m2),
        3 => t_string!(i18n, calendar.m3),
        4 => t_string!(i18n, calendar.m4),
        5 => t_string!(i18n, calendar.m5),
        6 => t_string!(i18n, calendar.m6),
        7 => t_string!(i18n, calendar.m7),
        8 => t_string!(i18n, calendar.m8),
        9 => t_string!(i18n, calendar.m9),
        10 => t_string!(i18n, calendar.m10),
        11 => t_string!(i18n, calendar.m11),
        _ => t_string!(i18n, calendar.m12),
    }
}

pub fn date(i18n: I18n, d: NaiveDate) -> String {
    crate::explain::compose_date(
        d,
        lang_of(i18n.get_locale_untracked()),
        month(i18n, d.month()),
    )
}

pub fn term(i18n: I18n, t: Term) -> String {
    crate::explain::compose_term(
        t,
        lang_of(i18n.get_locale_untracked()),
        |unit, form| match (unit, form) {
            ("year", "one") => t_string!(i18n, units.one_years),
            ("year", "few") => t_string!(i18n, units.few_years),
            ("year", _) => t_string!(i18n, units.many_years),
            ("month", "one") => t_string!(i18n, units.one_months),
            ("month", "few") => t_string!(i18n, units.few_months),
            ("month", _) => t_string!(i18n, units.many_months),
            (_, "one") => t_string!(i18n, units.one_days),
            (_, "few") => t_string!(i18n, units.few_days),
            _ => t_string!(i18n, units.many_days),
        },
    )
}

fn fraction(i18n: I18n, f: FractionFigure) -> String {
    match (f.numerator, f.denominator) {
        (3, 4) => t_string!(i18n, fraction.three_quarters).to_string(),
        (1, 2) => t_string!(i18n, fraction.half).to_string(),
        (n, d) => format!("{n}/{d}"),
    }
}

/// "Art. 106 part 1" in the reader's language.
pub fn article(i18n: I18n, a: ArticleFigure) -> String {
    let lang = lang_of(i18n.get_locale_untracked());
    crate::explain::compose_article(
        a,
        lang,
        t_string!(i18n, figure.article_word),
        t_string!(i18n, figure.part_word),
    )
}

pub fn reading(i18n: I18n, label: ReadingLabel) -> &'static str {
    use TestBase::{AfterReduction, BeforeReduction};
    use Threshold::{LessThan, NoMoreThan};
    match label {
        ReadingLabel::OneYear {
            threshold: NoMoreThan,
            base: AfterReduction,
        } => t_string!(i18n, reading.one_year_nmt_after),
        ReadingLabel::OneYear {
            threshold: NoMoreThan,
            base: BeforeReduction,
        } => t_string!(i18n, reading.one_year_nmt_before),
        ReadingLabel::OneYear {
            threshold: LessThan,
            base: AfterReduction,
        } => t_string!(i18n, reading.one_year_lt_after),
        ReadingLabel::OneYear {
            threshold: LessThan,
            base: BeforeReduction,
        } => t_string!(i18n, reading.one_year_lt_before),
        ReadingLabel::IfCategory { category } => match category {
            Category::Misdemeanour => t_string!(i18n, reading.if_misdemeanour),
            Category::Small => t_string!(i18n, reading.if_small),
            Category::Medium => t_string!(i18n, reading.if_medium),
            Category::Grave => t_string!(i18n, reading.if_grave),
            Category::EspeciallyGrave => t_string!(i18n, reading.if_especially_grave),
        },
        ReadingLabel::IfListed => t_string!(i18n, reading.if_listed),
        ReadingLabel::WholeSentenceAsGravest => t_string!(i18n, reading.whole_sentence_as_gravest),
    }
}

/// "Offence 2" (or "2-әрекет").
pub fn offence_number(i18n: I18n, n: usize) -> String {
    crate::explain::compose_numbered(
        lang_of(i18n.get_locale_untracked()),
        t_string!(i18n, fields.offence),
        n,
    )
}

/// The figures of a step or warning as text, by name.
pub struct FigureTexts(Vec<(&'static str, String)>);

impl FigureTexts {
    pub fn new(i18n: I18n, figures: &Figures) -> FigureTexts {
        FigureTexts(
            figures
                .iter()
                .map(|(name, figure)| (name, figure_text(i18n, figure)))
                .collect(),
        )
    }

    /// The text of a figure; a dash where the step has none.
    pub fn get(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(n, _)| *n == name)
            .map_or_else(|| "—".to_string(), |(_, text)| text.clone())
    }
}

pub fn figure_text(i18n: I18n, figure: &Figure) -> String {
    match figure {
        Figure::Date(d) => date(i18n, *d),
        Figure::Term(t) => term(i18n, *t),
        Figure::Fraction(f) => fraction(i18n, *f),
        Figure::Number(n) => n.to_string(),
        Figure::Article(a) => article(i18n, *a),
        Figure::Category(c) => category(i18n, *c).to_string(),
        Figure::Context(c) => context(i18n, *c).to_string(),
        Figure::Exclusion(e) => exclusion(i18n, *e).to_string(),
        Figure::Recidivism(r) => recidivism(i18n, *r).to_string(),
        Figure::Punishment(p) => punishment(i18n, *p).to_string(),
        Figure::Reading(r) => reading(i18n, *r).to_string(),
    }
}

/// The template at a key, with every named figure of the step filled in.
macro_rules! sentence {
    ($i18n:expr, $figures:expr, $($key:ident).+ $(, $var:ident)*) => {
        crate::letter_case::capitalised(fill(t_string!($i18n, $($key).+), &[$((stringify!($var), $figures.get(stringify!($var)))),*]))
    };
}

/// One step of the explanation as a sentence.
pub fn step_sentence(i18n: I18n, step: &Step) -> String {
    let f = FigureTexts::new(i18n, &step.figures);
    match step.kind {
        StepKind::PeriodInside => sentence!(i18n, f, steps.period_inside, date, from, to),
        StepKind::PeriodOutside => sentence!(i18n, f, steps.period_outside, date, from, to),
        StepKind::ContextCovered => sentence!(i18n, f, steps.context_covered, context),
        StepKind::ContextOther => sentence!(i18n, f, steps.context_other, context),
        StepKind::ListedVerified => sentence!(i18n, f, steps.listed_verified, article),
        StepKind::ListedReported => sentence!(i18n, f, steps.listed_reported, article),
        StepKind::ListedPartNotCovered => {
            sentence!(i18n, f, steps.listed_part_not_covered, article)
        }
        StepKind::NotListed => sentence!(i18n, f, steps.not_listed, article, through),
        StepKind::ListUnknown => sentence!(i18n, f, steps.list_unknown, article, through),
        StepKind::ListPartNeeded => sentence!(i18n, f, steps.list_part_needed, article),
        StepKind::ExclusionApplies => sentence!(i18n, f, steps.exclusion_applies, fact),
        StepKind::ExclusionMinorException => {
            sentence!(i18n, f, steps.exclusion_minor_exception, fact, age)
        }
        StepKind::NoExclusion => sentence!(i18n, f, steps.no_exclusion),
        StepKind::RecidivismExcluded => sentence!(i18n, f, steps.recidivism_excluded, recidivism),
        StepKind::NoRecidivism => sentence!(i18n, f, steps.no_recidivism),
        StepKind::CategoryFromVerdict => sentence!(i18n, f, steps.category_from_verdict, category),
        StepKind::CategoryFromCatalogue => {
            sentence!(i18n, f, steps.category_from_catalogue, category, max)
        }
        StepKind::CategoryUnknown => sentence!(i18n, f, steps.category_unknown),
        StepKind::GravestOffence => sentence!(i18n, f, steps.gravest_offence, article, category),
        StepKind::SomeOffencesNotCovered => sentence!(i18n, f, steps.some_offences_not_covered),
        StepKind::ReleaseFromLiability => {
            sentence!(i18n, f, steps.release_from_liability, category)
        }
        StepKind::ReleaseFromPunishment => {
            sentence!(i18n, f, steps.release_from_punishment, category, date)
        }
        StepKind::ConvictionExpunged => sentence!(i18n, f, steps.conviction_expunged, category),
        StepKind::ServedBeforeLaw => sentence!(i18n, f, steps.served_before_law, end, in_force),
        StepKind::NothingLeftToReduce => sentence!(i18n, f, steps.nothing_left_to_reduce),
        StepKind::ReductionApplied => sentence!(
            i18n,
            f,
            steps.reduction_applied,
            category,
            fraction,
            imposed,
            term
        ),
        StepKind::ReductionAtSentencing => {
            sentence!(i18n, f, steps.reduction_at_sentencing, category, fraction)
        }
        StepKind::NewLastDay => sentence!(i18n, f, steps.new_last_day, term, start, end),
        StepKind::ReducedTermOver => sentence!(i18n, f, steps.reduced_term_over, in_force),
        StepKind::OneYearRuleMet => sentence!(
            i18n,
            f,
            steps.one_year_rule_met,
            in_force,
            end,
            latest,
            reading
        ),
        StepKind::OneYearRuleNotMet => sentence!(
            i18n,
            f,
            steps.one_year_rule_not_met,
            in_force,
            end,
            latest,
            reading
        ),
        StepKind::OneYearRuleNotApplicable => {
            sentence!(i18n, f, steps.one_year_rule_not_applicable, start, in_force)
        }
        StepKind::NonTermPunishment => sentence!(i18n, f, steps.non_term_punishment, punishment),
        StepKind::ReleaseOnLastDay => sentence!(i18n, f, steps.release_on_last_day, date),
    }
}

/// One warning as a sentence.
pub fn warning_sentence(i18n: I18n, warning: &Warning) -> String {
    let f = FigureTexts::new(i18n, &warning.figures);
    match warning.kind {
        WarningKind::InForceDateAssumed => sentence!(i18n, f, warnings.in_force_date_assumed, date),
        WarningKind::AsOfBeforeInForce => {
            sentence!(i18n, f, warnings.as_of_before_in_force, as_of, date)
        }
        WarningKind::MultiOffenceAssumption => {
            sentence!(i18n, f, warnings.multi_offence_assumption)
        }
        WarningKind::ListEntryReported => sentence!(i18n, f, warnings.list_entry_reported, article),
        WarningKind::CategoryDerivedFromCatalogue => {
            sentence!(i18n, f, warnings.category_derived_from_catalogue, category)
        }
        WarningKind::CategoryDiffersFromCatalogue => sentence!(
            i18n,
            f,
            warnings.category_differs_from_catalogue,
            verdict,
            catalogue
        ),
        WarningKind::NegligentCannotBeGrave => {
            sentence!(i18n, f, warnings.negligent_cannot_be_grave, category)
        }
        WarningKind::BirthDateMissingAssumedAdult => {
            sentence!(i18n, f, warnings.birth_date_missing_assumed_adult, fact)
        }
        WarningKind::CompensationConditionUnknown => {
            sentence!(i18n, f, warnings.compensation_condition_unknown)
        }
        WarningKind::ApplicationPeriodUnknown => {
            sentence!(i18n, f, warnings.application_period_unknown)
        }
        WarningKind::AdditionalPunishmentsUnknown => {
            sentence!(i18n, f, warnings.additional_punishments_unknown)
        }
        WarningKind::NonCustodialUnknown => {
            sentence!(i18n, f, warnings.non_custodial_unknown, punishment)
        }
        WarningKind::ConditionalUnknown => sentence!(i18n, f, warnings.conditional_unknown),
        WarningKind::OneYearReadingsDiffer => sentence!(i18n, f, warnings.one_year_readings_differ),
        WarningKind::StageDiffersFromDates => {
            sentence!(i18n, f, warnings.stage_differs_from_dates, end)
        }
        WarningKind::ArithmeticConvention => {
            sentence!(i18n, f, warnings.arithmetic_convention, imposed, term)
        }
        WarningKind::ReleaseDayConvention => sentence!(i18n, f, warnings.release_day_convention),
    }
}

/// Where a step comes from, in the reader's language.
pub fn citation(i18n: I18n, c: &Citation, pack: &RulePack) -> String {
    let law = ("law", pack.law.number.to_string());
    let article = (
        "article",
        c.article.map(|a| a.to_string()).unwrap_or_default(),
    );
    match (c.act, c.article, c.part) {
        (Act::Law, Some(_), _) => fill(t_string!(i18n, citation.law_article), &[law, article]),
        (Act::Law, None, _) => fill(t_string!(i18n, citation.law_unnumbered), &[law]),
        (Act::CriminalCode, _, Some(part)) => fill(
            t_string!(i18n, citation.code_article_part),
            &[article, ("part", part.to_string())],
        ),
        (Act::CriminalCode, _, None) => fill(t_string!(i18n, citation.code_article), &[article]),
        (Act::Practice, _, _) => t_string!(i18n, citation.practice).to_string(),
        (Act::Convention, _, _) => t_string!(i18n, citation.convention).to_string(),
    }
}

/// The name of a field of the case file, by its path (`offences[0].committed_on`).
pub fn field_label(i18n: I18n, path: &str) -> String {
    if path.is_empty() {
        return t_string!(i18n, fields.file).to_string();
    }
    crate::explain::compose_field_label(
        path,
        |n| offence_number(i18n, n),
        |name| field_word(i18n, name).to_string(),
    )
}

fn field_word(i18n: I18n, name: &str) -> &'static str {
    match name {
        "as_of" => t_string!(i18n, fields.as_of),
        "birth_date" => t_string!(i18n, fields.birth_date),
        "recidivism" => t_string!(i18n, fields.recidivism),
        "stage" => t_string!(i18n, fields.stage),
        "offences" => t_string!(i18n, fields.offences),
        "article" => t_string!(i18n, fields.article),
        "part" => t_string!(i18n, fields.part),
        "committed_on" => t_string!(i18n, fields.committed_on),
        "context" => t_string!(i18n, fields.context),
        "category" => t_string!(i18n, fields.category),
        "exclusions" => t_string!(i18n, fields.exclusions),
        "sentence" => t_string!(i18n, fields.sentence),
        "punishment" => t_string!(i18n, fields.punishment),
        "years" => t_string!(i18n, fields.years),
        "months" => t_string!(i18n, fields.months),
        "days" => t_string!(i18n, fields.days),
        "start" => t_string!(i18n, fields.start),
        "conditional" => t_string!(i18n, fields.conditional),
        _ => t_string!(i18n, fields.file),
    }
}

/// A problem with an input, as a sentence naming its field.
pub fn problem(i18n: I18n, error: &FieldError) -> String {
    let field = ("field", field_label(i18n, &error.field));
    let text = |value: &String| ("value", value.clone());
    match &error.problem {
        Problem::Malformed { detail } => fill(
            t_string!(i18n, problems.malformed),
            &[field, ("detail", detail.clone())],
        ),
        Problem::Missing => fill(t_string!(i18n, problems.missing), &[field]),
        Problem::NotADate { value } => {
            fill(t_string!(i18n, problems.not_a_date), &[field, text(value)])
        }
        Problem::DateOutOfRange { value } => fill(
            t_string!(i18n, problems.date_out_of_range),
            &[field, text(value)],
        ),
        Problem::AfterAsOf { as_of } => fill(
            t_string!(i18n, problems.after_as_of),
            &[field, ("as_of", as_of.clone())],
        ),
        Problem::BeforeBirth { birth_date } => fill(
            t_string!(i18n, problems.before_birth),
            &[field, ("birth_date", birth_date.clone())],
        ),
        Problem::StartBeforeOffence { committed_on } => fill(
            t_string!(i18n, problems.start_before_offence),
            &[field, ("committed_on", committed_on.clone())],
        ),
        Problem::OutOfRange { min, max } => fill(
            t_string!(i18n, problems.out_of_range),
            &[field, ("min", min.to_string()), ("max", max.to_string())],
        ),
        Problem::NotANumber { value } => fill(
            t_string!(i18n, problems.not_a_number),
            &[field, text(value)],
        ),
        Problem::NoOffences => fill(t_string!(i18n, problems.no_offences), &[field]),
        Problem::SentenceRequired => fill(t_string!(i18n, problems.sentence_required), &[field]),
        Problem::ZeroTerm => fill(t_string!(i18n, problems.zero_term), &[field]),
        Problem::TermTooLong { max_years } => fill(
            t_string!(i18n, problems.term_too_long),
            &[field, ("max_years", max_years.to_string())],
        ),
    }
}
