//! Every step and warning of the trace as a sentence: the template of its kind and its named
//! values.

use amnesty_rules::case::Measure;
use amnesty_rules::decision::{SanctionLimit, Step, StepDetail, Warning, WarningDetail};

use amnesty_rules::vocab::{Category, Fraction};
use chrono::NaiveDate;

use crate::format::*;
use crate::{fill, keys, t, text, Key, Lang};

use crate::decision::*;

/// The named values a template fills in.
type Values = Vec<(&'static str, String)>;

/// The template and the named values of a step.
fn step_words(detail: &StepDetail, lang: Lang) -> (Key, Values) {
    // The steps about the time after the verdict have their words there (`None` for the others).
    crate::after_verdict::step_words(detail, lang)
        .unwrap_or_else(|| (step_key(detail), step_values(detail, lang)))
}

/// The template a step is told in: its kind's, or the one its facts call for.
fn step_key(detail: &StepDetail) -> Key {
    use keys::steps as k;
    use StepDetail as S;
    match detail {
        S::Listed {
            whole_article: true,
            ..
        } => k::listed_whole_article,
        S::ListedIfMinor { minor: true, .. } => k::listed_if_minor_yes,
        S::CategoryFromVerdict {
            category: c,
            code: Some(code),
        } if code != c => k::category_from_verdict_differs,
        S::PartRuledOut {
            max_years: None, ..
        } => k::part_ruled_out_no_custody,
        S::ExclusionException {
            victim_age: Some(_),
            ..
        } => k::exclusion_exception_victim,
        S::RecordExpires { on, minor, .. } => match (on, minor) {
            (Some(_), false) => k::record_expires_on,
            (Some(_), true) => k::record_expires_on_minor,
            (None, false) => k::record_expires_after,
            (None, true) => k::record_expires_after_minor,
        },
        S::RecordOnServing { on, conditional } => match (on, conditional) {
            (Some(_), true) => k::record_at_end_of_probation,
            (Some(_), false) => k::record_on_serving_on,
            (None, true) => k::record_at_end_of_probation_unknown,
            (None, false) => k::record_on_serving,
        },
        S::AggregateRange {
            absorption_only,
            capped,
            ..
        } => match (absorption_only, capped) {
            (true, _) => k::aggregate_absorption,
            (false, true) => k::aggregate_range_capped,
            (false, false) => k::aggregate_range,
        },
        other => kind_key(other),
    }
}

keys_of! {
    /// The template of each kind of step, where its facts do not choose another (`step_key`).
    fn kind_key(StepDetail) from keys::steps {
        PeriodInside => period_inside,
        PeriodOutside => period_outside,
        ContextCovered => context_covered,
        ContextNotCovered => context_not_covered,
        Listed => listed_part,
        ListedIfMinor => listed_if_minor_no,
        PartNotListed => part_not_listed,
        NotListed => not_listed,
        PartUnknown => part_unknown,
        Minor => minor,
        Adult => adult,
        AgeUnknown => age_unknown,
        CategoryFromCode => category_from_code,
        CategoryFromVerdict => category_from_verdict,
        InGroup => in_group,
        CategoryEnteredRuledOut => category_entered_ruled_out,
        PartRuledOut => part_ruled_out,
        ExcludedByArticle => excluded_by_article,
        ExcludedByAnswer => excluded_by_answer,
        ExclusionException => exclusion_exception,
        VictimAgeUnknown => victim_age_unknown,
        NoExclusion => no_exclusion,
        RecidivismExcludes => recidivism_excludes,
        RecidivismNotYetImposed => recidivism_not_yet_imposed,
        NoRecidivism => no_recidivism,
        NoConditions => no_conditions,
        CaseClosed => case_closed,
        CutAtSentencing => cut_at_sentencing,
        ReleasedFromPunishment => released_from_punishment,
        ConvictionExpunged => conviction_expunged,
        NoRecordForMisdemeanour => no_record_for_misdemeanour,
        NoExpungementForGrave => no_expungement_for_grave,
        MainPunishmentCut => main_punishment_cut,
        PartlyClosed => partly_closed,
        AggregateNeedsCourt => aggregate_needs_court,
        EveryReadingAgrees => every_reading_agrees,
        TermCut => term_cut,
        HoursCut => measure_cut,
        AmountCut => measure_cut,
        MeasureNotStated => measure_not_stated,
        AdditionalNotCut => additional_not_cut,
        NewLastDay => new_last_day,
        ServedBeforeLaw => served_before_law,
        ReducedTermOver => reduced_term_over,
        OneYearMet => one_year_met,
        OneYearNotMet => one_year_not_met,
        OneYearNotApplicable => one_year_not_applicable,
        ReleaseAtSentencing => release_at_sentencing,
        ReleaseOnLastDay => release_on_last_day,
        ReleasedWhenLawInForce => released_when_law_in_force,
        ConditionalAsReal => conditional_as_real,
        RecordExpires => record_expires_after,
        RecordOnServing => record_on_serving,
        Deadline => deadline,
        SocialHelp => social_help,
        AggregateRange => aggregate_range,
        AggregateKindsDiffer => aggregate_kinds_differ,
        // The time after the verdict's: their words are in `after_verdict` (`step_words`).
        CustodyCredited => no_conditions,
        CustodyNotCredited => no_conditions,
        HalfDayCounted => no_conditions,
        EarlyReleaseOn => no_conditions,
        EarlyReleaseUnavailable => no_conditions,
        EachRecordOnItsOwn => no_conditions,
        SpentInCustody => no_conditions,
        LastDayCredited => no_conditions,
    }
}

/// Named dates, in the reader's language.
fn dates(named: &[(&'static str, NaiveDate)], lang: Lang) -> Values {
    named
        .iter()
        .map(|&(name, day)| (name, d(day, lang)))
        .collect()
}

/// The values of a step: what was found, each by the name its templates use.
fn step_values(detail: &StepDetail, lang: Lang) -> Values {
    use StepDetail as S;
    let art = |a, p| article(a, p, lang);
    let category_of = |c: &Category| ("category", category(*c, lang).to_string());
    let cut_by = |cut: &Fraction| ("fraction", fraction(*cut, lang));
    match detail {
        S::PeriodInside { date, from, to } | S::PeriodOutside { date, from, to } => {
            dates(&[("date", *date), ("from", *from), ("to", *to)], lang)
        }
        S::ContextCovered { context: c } | S::ContextNotCovered { context: c } => {
            vec![("context", context(*c, lang).into())]
        }
        S::Listed {
            article: a, part, ..
        } => vec![
            ("article", art(*a, *part)),
            ("title", article_title(*a, lang).unwrap_or_default().into()),
        ],
        S::ListedIfMinor {
            article: a, part, ..
        } => vec![("article", art(*a, Some(*part)))],
        S::PartNotListed {
            article: a,
            part,
            listed,
        } => vec![("article", art(*a, Some(*part))), ("parts", parts(listed))],
        S::NotListed { article: a } => vec![("article", art(*a, None))],
        S::PartUnknown { article: a, parts } => {
            vec![("article", art(*a, None)), ("parts", parts.to_string())]
        }
        S::Minor {
            birth,
            date,
            age,
            counting: c,
        }
        | S::Adult {
            birth,
            date,
            age,
            counting: c,
        } => {
            let mut values = dates(&[("birth", *birth), ("date", *date)], lang);
            values.push(("age", age.to_string()));
            values.push(("counting", counting(*c, lang).into()));
            values
        }
        S::AgeUnknown { date }
        | S::ReleaseOnLastDay { date }
        | S::ReleasedWhenLawInForce { date } => dates(&[("date", *date)], lang),
        S::CategoryFromCode {
            article: a,
            part,
            category: c,
            intent: i,
            max_years,
            restriction_of_freedom,
        } => {
            let sanction = match (max_years, restriction_of_freedom) {
                (Some(y), _) => fill(
                    t!(lang, steps.sanction_imprisonment),
                    &[("years", years_after(*y, lang))],
                ),
                (None, true) => t!(lang, steps.sanction_restriction_only).to_string(),
                (None, false) => t!(lang, steps.sanction_no_custody).to_string(),
            };
            vec![
                ("article", art(*a, *part)),
                ("intent", intent(*i, lang).into()),
                ("sanction", sanction),
                category_of(c),
            ]
        }
        S::CategoryFromVerdict { category: c, code } => match code {
            Some(code) if code != c => vec![category_of(c), ("code", category(*code, lang).into())],
            _ => vec![category_of(c)],
        },
        S::InGroup {
            fact,
            article: a,
            part,
        } => vec![
            ("article", art(*a, *part)),
            ("fact", exclusion(*fact, lang).into()),
        ],
        S::CategoryEnteredRuledOut {
            entered,
            code,
            imposed,
        } => vec![
            ("entered", category(*entered, lang).into()),
            ("code", category(*code, lang).into()),
            ("imposed", term(*imposed, lang)),
        ],
        S::PartRuledOut {
            part,
            max_years,
            imposed,
            ..
        } => vec![
            ("part", part.to_string()),
            (
                "years",
                max_years.map(|y| years_after(y, lang)).unwrap_or_default(),
            ),
            ("imposed", term(*imposed, lang)),
        ],
        S::ExcludedByArticle { fact, .. }
        | S::ExcludedByAnswer { fact }
        | S::VictimAgeUnknown { fact } => vec![("fact", exclusion(*fact, lang).into())],
        S::ExclusionException {
            fact,
            age,
            victim_age,
        } => vec![
            ("fact", exclusion(*fact, lang).into()),
            ("age", age.map(|a| a.to_string()).unwrap_or_default()),
            (
                "victim_age",
                victim_age.map(|a| a.to_string()).unwrap_or_default(),
            ),
        ],
        S::RecidivismExcludes { recidivism: r } | S::RecidivismNotYetImposed { recidivism: r } => {
            vec![("recidivism", recidivism(*r, lang).into())]
        }
        S::CaseClosed { category: c }
        | S::ReleasedFromPunishment { category: c }
        | S::ConvictionExpunged { category: c }
        | S::NoExpungementForGrave { category: c } => vec![category_of(c)],
        S::CutAtSentencing { category: c, cut } | S::MainPunishmentCut { category: c, cut } => {
            vec![category_of(c), cut_by(cut)]
        }
        S::PartlyClosed { closed, going_on } => vec![
            ("closed", offence_list(closed, lang)),
            ("going_on", offence_list(going_on, lang)),
        ],
        S::EveryReadingAgrees { readings } => vec![("count", readings.to_string())],
        S::TermCut { imposed, cut, new } => {
            vec![
                ("imposed", term(*imposed, lang)),
                cut_by(cut),
                ("new", term(*new, lang)),
            ]
        }
        S::HoursCut { imposed, cut, new } => {
            vec![
                ("imposed", hours(*imposed, lang)),
                cut_by(cut),
                ("new", hours(*new, lang)),
            ]
        }
        S::AmountCut { imposed, cut, new } => {
            vec![
                ("imposed", amount(*imposed, lang)),
                cut_by(cut),
                ("new", amount(*new, lang)),
            ]
        }
        S::MeasureNotStated { punishment: p, cut } => {
            vec![("punishment", punishment(*p, lang).into()), cut_by(cut)]
        }
        S::NewLastDay {
            start,
            term: x,
            end,
        } => vec![
            ("start", d(*start, lang)),
            ("term", term(*x, lang)),
            ("end", d(*end, lang)),
        ],
        S::ServedBeforeLaw { end, in_force } | S::ReducedTermOver { end, in_force } => {
            dates(&[("end", *end), ("in_force", *in_force)], lang)
        }
        S::OneYearMet {
            in_force,
            end,
            latest,
            base: b,
        }
        | S::OneYearNotMet {
            in_force,
            end,
            latest,
            base: b,
        } => {
            let mut values = dates(
                &[("in_force", *in_force), ("end", *end), ("latest", *latest)],
                lang,
            );
            values.push(("base", base(*b, lang).into()));
            values
        }
        S::OneYearNotApplicable { reason } => {
            vec![("reason", skip_reason(*reason, lang).into())]
        }
        S::ReleaseAtSentencing { end } => dates(&[("end", *end)], lang),
        S::RecordExpires {
            years,
            on,
            category: c,
            ..
        } => vec![
            ("years", years_after(*years, lang)),
            ("date", on.map(|x| d(x, lang)).unwrap_or_default()),
            category_of(c),
        ],
        S::RecordOnServing { on, .. } => {
            vec![("date", on.map(|x| d(x, lang)).unwrap_or_default())]
        }
        S::Deadline { in_force, deadline } => {
            dates(&[("in_force", *in_force), ("deadline", *deadline)], lang)
        }
        S::AggregateRange {
            punishment: p,
            least,
            most,
            ..
        } => {
            let quantity = |m: &Measure| quantity(*m, lang).unwrap_or_default();
            vec![
                ("punishment", punishment(*p, lang).to_string()),
                ("least", quantity(least)),
                ("most", quantity(most)),
            ]
        }
        S::NoExclusion
        | S::NoRecidivism
        | S::NoConditions
        | S::NoRecordForMisdemeanour
        | S::AggregateNeedsCourt
        | S::AdditionalNotCut
        | S::ConditionalAsReal
        | S::SocialHelp
        | S::AggregateKindsDiffer
        | S::CustodyCredited { .. }
        | S::CustodyNotCredited
        | S::HalfDayCounted { .. }
        | S::EarlyReleaseOn { .. }
        | S::EarlyReleaseUnavailable { .. }
        | S::EachRecordOnItsOwn
        | S::SpentInCustody { .. }
        | S::LastDayCredited { .. } => vec![],
    }
}

/// One step as a sentence; with several offences, the offence it is about comes first.
pub fn step(step: &Step, several: bool, lang: Lang) -> String {
    sentence(step_words(&step.detail, lang), step.offence, several, lang)
}

/// The template of a step's kind, for the tests that check every placeholder is filled.
pub fn step_template(detail: &StepDetail, lang: Lang) -> (&'static str, Vec<&'static str>) {
    template(step_words(detail, lang), lang)
}

/// A step's or a warning's words as a sentence; with several offences, the offence it is about
/// comes first.
fn sentence(
    (key, values): (Key, Values),
    offence: Option<usize>,
    several: bool,
    lang: Lang,
) -> String {
    let sentence = capitalised(fill(text(lang, key), &values));
    match offence.filter(|_| several) {
        Some(i) => format!("{}{sentence}", offence_prefix(i, true, lang)),
        None => sentence,
    }
}

/// A template and the names of the values given for it.
fn template((key, values): (Key, Values), lang: Lang) -> (&'static str, Vec<&'static str>) {
    (
        text(lang, key),
        values.into_iter().map(|(n, _)| n).collect(),
    )
}

fn warning_words(detail: &WarningDetail, lang: Lang) -> (Key, Values) {
    use keys::warnings as k;
    use WarningDetail as W;
    match detail {
        W::AsOfBeforeInForce { as_of, in_force } => (
            k::as_of_before_in_force,
            vec![("as_of", d(*as_of, lang)), ("in_force", d(*in_force, lang))],
        ),
        W::ServedButTermRuns { end, as_of } => (
            k::served_but_term_runs,
            vec![("end", d(*end, lang)), ("as_of", d(*as_of, lang))],
        ),
        W::ServingButEnded { end, in_force } => (
            k::serving_but_ended,
            vec![("end", d(*end, lang)), ("in_force", d(*in_force, lang))],
        ),
        W::CategoryDiffers { verdict, code } => (
            k::category_differs,
            vec![
                ("verdict", category(*verdict, lang).into()),
                ("code", category(*code, lang).into()),
            ],
        ),
        W::CorruptionItemToCheck {
            article: a,
            part,
            item,
        } => (
            k::corruption_item_to_check,
            vec![
                ("article", article(*a, Some(*part), lang)),
                ("item", item.to_string()),
            ],
        ),
        W::VictimAgeToCheck { article: a } => (
            k::victim_age_to_check,
            vec![("article", article(*a, None, lang))],
        ),
        W::AdultAssumedForRecord => (k::adult_assumed_for_record, vec![]),
        W::ArithmeticRounded => (k::arithmetic_rounded, vec![]),
        W::ReleaseDayConvention => (k::release_day_convention, vec![]),
        W::InForceDateReported { date } => {
            (k::in_force_date_reported, vec![("date", d(*date, lang))])
        }
        W::ConditionalReported => (k::conditional_reported, vec![]),
        W::AdditionalExtendsRecord => (k::additional_extends_record, vec![]),
        W::ReadingsDiffer => (k::readings_differ, vec![]),
        W::ReleaseWithinDeadline { deadline } => (
            k::release_within_deadline,
            vec![("deadline", d(*deadline, lang))],
        ),
        W::InstitutionAssumed { .. }
        | W::ServedAssumed { .. }
        | W::ProbationMonthsNeeded
        | W::OtherCasesExclude
        | W::ContinuingOffence { .. }
        | W::AdultAssumedForEarlyRelease
        | W::OneYearOnConditionalUnsourced => crate::after_verdict::warning_words(detail, lang)
            .unwrap_or((k::readings_differ, vec![])),
        W::TermAboveSanction {
            punishment: p,
            entered,
            maximum,
            limit,
        } => {
            let entered = match quantity(*entered, lang) {
                Some(q) => format!("{}, {q}", punishment(*p, lang)),
                None => punishment(*p, lang).to_string(),
            };
            let limit = ("limit", sanction_limit(limit, lang));
            match maximum.and_then(|m| quantity(m, lang)) {
                Some(max) => (
                    k::term_above_sanction,
                    vec![("entered", entered), limit, ("maximum", max)],
                ),
                None => (
                    k::punishment_not_in_sanction,
                    vec![("entered", entered), limit],
                ),
            }
        }
        W::IfStillHeld { release } => (k::if_still_held, vec![("date", d(*release, lang))]),
    }
}

/// What the calculator does not take into account, and what it does: one line for every result.
pub fn limits(lang: Lang) -> &'static str {
    t!(lang, explain.limits)
}

/// Whose maximum a sentence was measured against: "the sanction of CC Art. 272 part 2".
fn sanction_limit(limit: &SanctionLimit, lang: Lang) -> String {
    use keys::warnings as k;
    match limit {
        SanctionLimit::Sanction { article: a, part } => fill(
            text(lang, k::limit_sanction),
            &[("article", article(*a, *part, lang))],
        ),
        SanctionLimit::GeneralPart { cite } => citation(cite, lang),
        SanctionLimit::SeveralOffences { cite } => fill(
            text(lang, k::limit_several),
            &[("cite", citation(cite, lang))],
        ),
    }
}

/// One warning as a sentence.
pub fn warning(warning: &Warning, several: bool, lang: Lang) -> String {
    sentence(
        warning_words(&warning.detail, lang),
        warning.offence,
        several,
        lang,
    )
}

/// The template of a warning's kind, for the tests.
pub fn warning_template(detail: &WarningDetail, lang: Lang) -> (&'static str, Vec<&'static str>) {
    template(warning_words(detail, lang), lang)
}
