//! Every step and warning of the trace as a sentence: the template of its kind and its named
//! values.

use amnesty_rules::case::Measure;
use amnesty_rules::decision::{SanctionLimit, Step, StepDetail, Warning, WarningDetail};

use crate::format::*;
use crate::{fill, keys, t, text, Key, Lang};

use crate::decision::*;

/// The named values a template fills in.
type Values = Vec<(&'static str, String)>;

/// The template and the named values of a step.
fn step_words(detail: &StepDetail, lang: Lang) -> (Key, Values) {
    use keys::steps as k;
    use StepDetail as S;
    let art = |a, p| article(a, p, lang);
    match detail {
        S::PeriodInside { date, from, to } => (
            k::period_inside,
            vec![
                ("date", d(*date, lang)),
                ("from", d(*from, lang)),
                ("to", d(*to, lang)),
            ],
        ),
        S::PeriodOutside { date, from, to } => (
            k::period_outside,
            vec![
                ("date", d(*date, lang)),
                ("from", d(*from, lang)),
                ("to", d(*to, lang)),
            ],
        ),
        S::ContextCovered { context: c } => (
            k::context_covered,
            vec![("context", context(*c, lang).into())],
        ),
        S::ContextNotCovered { context: c } => (
            k::context_not_covered,
            vec![("context", context(*c, lang).into())],
        ),
        S::Listed {
            article: a,
            part,
            whole_article,
        } => (
            if *whole_article {
                k::listed_whole_article
            } else {
                k::listed_part
            },
            vec![
                ("article", art(*a, *part)),
                ("title", article_title(*a, lang).unwrap_or_default().into()),
            ],
        ),
        S::ListedIfMinor {
            article: a,
            part,
            minor,
        } => (
            if *minor {
                k::listed_if_minor_yes
            } else {
                k::listed_if_minor_no
            },
            vec![("article", art(*a, Some(*part)))],
        ),
        S::PartNotListed {
            article: a,
            part,
            listed,
        } => (
            k::part_not_listed,
            vec![("article", art(*a, Some(*part))), ("parts", parts(listed))],
        ),
        S::NotListed { article: a } => (k::not_listed, vec![("article", art(*a, None))]),
        S::PartUnknown { article: a, parts } => (
            k::part_unknown,
            vec![("article", art(*a, None)), ("parts", parts.to_string())],
        ),
        S::Minor {
            birth,
            date,
            age,
            counting: c,
        } => (
            k::minor,
            vec![
                ("birth", d(*birth, lang)),
                ("date", d(*date, lang)),
                ("age", age.to_string()),
                ("counting", counting(*c, lang).into()),
            ],
        ),
        S::Adult {
            birth,
            date,
            age,
            counting: c,
        } => (
            k::adult,
            vec![
                ("birth", d(*birth, lang)),
                ("date", d(*date, lang)),
                ("age", age.to_string()),
                ("counting", counting(*c, lang).into()),
            ],
        ),
        S::AgeUnknown { date } => (k::age_unknown, vec![("date", d(*date, lang))]),
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
            (
                k::category_from_code,
                vec![
                    ("article", art(*a, *part)),
                    ("intent", intent(*i, lang).into()),
                    ("sanction", sanction),
                    ("category", category(*c, lang).into()),
                ],
            )
        }
        S::CategoryFromVerdict { category: c, code } => match code {
            Some(code) if code != c => (
                k::category_from_verdict_differs,
                vec![
                    ("category", category(*c, lang).into()),
                    ("code", category(*code, lang).into()),
                ],
            ),
            _ => (
                k::category_from_verdict,
                vec![("category", category(*c, lang).into())],
            ),
        },
        S::InGroup {
            fact,
            article: a,
            part,
        } => (
            k::in_group,
            vec![
                ("article", art(*a, *part)),
                ("fact", exclusion(*fact, lang).into()),
            ],
        ),
        S::CategoryEnteredRuledOut {
            entered,
            code,
            imposed,
        } => (
            k::category_entered_ruled_out,
            vec![
                ("entered", category(*entered, lang).into()),
                ("code", category(*code, lang).into()),
                ("imposed", term(*imposed, lang)),
            ],
        ),
        S::PartRuledOut {
            part,
            max_years,
            imposed,
            ..
        } => (
            if max_years.is_some() {
                k::part_ruled_out
            } else {
                k::part_ruled_out_no_custody
            },
            vec![
                ("part", part.to_string()),
                (
                    "years",
                    max_years.map(|y| years_after(y, lang)).unwrap_or_default(),
                ),
                ("imposed", term(*imposed, lang)),
            ],
        ),
        S::ExcludedByArticle { fact, .. } => (
            k::excluded_by_article,
            vec![("fact", exclusion(*fact, lang).into())],
        ),
        S::ExcludedByAnswer { fact } => (
            k::excluded_by_answer,
            vec![("fact", exclusion(*fact, lang).into())],
        ),
        S::ExclusionException {
            fact,
            age,
            victim_age,
        } => (
            match victim_age {
                Some(_) => k::exclusion_exception_victim,
                None => k::exclusion_exception,
            },
            vec![
                ("fact", exclusion(*fact, lang).into()),
                ("age", age.map(|a| a.to_string()).unwrap_or_default()),
                (
                    "victim_age",
                    victim_age.map(|a| a.to_string()).unwrap_or_default(),
                ),
            ],
        ),
        S::VictimAgeUnknown { fact } => (
            k::victim_age_unknown,
            vec![("fact", exclusion(*fact, lang).into())],
        ),
        S::NoExclusion => (k::no_exclusion, vec![]),
        S::RecidivismExcludes { recidivism: r } => (
            k::recidivism_excludes,
            vec![("recidivism", recidivism(*r, lang).into())],
        ),
        S::RecidivismNotYetImposed { recidivism: r } => (
            k::recidivism_not_yet_imposed,
            vec![("recidivism", recidivism(*r, lang).into())],
        ),
        S::NoRecidivism => (k::no_recidivism, vec![]),
        S::NoConditions => (k::no_conditions, vec![]),
        S::CaseClosed { category: c } => (
            k::case_closed,
            vec![("category", category(*c, lang).into())],
        ),
        S::CutAtSentencing { category: c, cut } => (
            k::cut_at_sentencing,
            vec![
                ("category", category(*c, lang).into()),
                ("fraction", fraction(*cut, lang)),
            ],
        ),
        S::ReleasedFromPunishment { category: c } => (
            k::released_from_punishment,
            vec![("category", category(*c, lang).into())],
        ),
        S::ConvictionExpunged { category: c } => (
            k::conviction_expunged,
            vec![("category", category(*c, lang).into())],
        ),
        S::NoRecordForMisdemeanour => (k::no_record_for_misdemeanour, vec![]),
        S::NoExpungementForGrave { category: c } => (
            k::no_expungement_for_grave,
            vec![("category", category(*c, lang).into())],
        ),
        S::MainPunishmentCut { category: c, cut } => (
            k::main_punishment_cut,
            vec![
                ("category", category(*c, lang).into()),
                ("fraction", fraction(*cut, lang)),
            ],
        ),
        S::PartlyClosed { closed, going_on } => (
            k::partly_closed,
            vec![
                ("closed", offence_list(closed, lang)),
                ("going_on", offence_list(going_on, lang)),
            ],
        ),
        S::AggregateNeedsCourt => (k::aggregate_needs_court, vec![]),
        S::EveryReadingAgrees { readings } => (
            k::every_reading_agrees,
            vec![("count", readings.to_string())],
        ),
        S::TermCut { imposed, cut, new } => (
            k::term_cut,
            vec![
                ("imposed", term(*imposed, lang)),
                ("fraction", fraction(*cut, lang)),
                ("new", term(*new, lang)),
            ],
        ),
        S::HoursCut { imposed, cut, new } => (
            k::measure_cut,
            vec![
                ("imposed", hours(*imposed, lang)),
                ("fraction", fraction(*cut, lang)),
                ("new", hours(*new, lang)),
            ],
        ),
        S::AmountCut { imposed, cut, new } => (
            k::measure_cut,
            vec![
                ("imposed", amount(*imposed, lang)),
                ("fraction", fraction(*cut, lang)),
                ("new", amount(*new, lang)),
            ],
        ),
        S::MeasureNotStated { punishment: p, cut } => (
            k::measure_not_stated,
            vec![
                ("punishment", punishment(*p, lang).into()),
                ("fraction", fraction(*cut, lang)),
            ],
        ),
        S::AdditionalNotCut => (k::additional_not_cut, vec![]),
        S::NewLastDay {
            start,
            term: x,
            end,
        } => (
            k::new_last_day,
            vec![
                ("start", d(*start, lang)),
                ("term", term(*x, lang)),
                ("end", d(*end, lang)),
            ],
        ),
        S::ServedBeforeLaw { end, in_force } => (
            k::served_before_law,
            vec![("end", d(*end, lang)), ("in_force", d(*in_force, lang))],
        ),
        S::ReducedTermOver { end, in_force } => (
            k::reduced_term_over,
            vec![("end", d(*end, lang)), ("in_force", d(*in_force, lang))],
        ),
        S::OneYearMet {
            in_force,
            end,
            latest,
            base: b,
        } => (
            k::one_year_met,
            vec![
                ("in_force", d(*in_force, lang)),
                ("end", d(*end, lang)),
                ("latest", d(*latest, lang)),
                ("base", base(*b, lang).into()),
            ],
        ),
        S::OneYearNotMet {
            in_force,
            end,
            latest,
            base: b,
        } => (
            k::one_year_not_met,
            vec![
                ("in_force", d(*in_force, lang)),
                ("end", d(*end, lang)),
                ("latest", d(*latest, lang)),
                ("base", base(*b, lang).into()),
            ],
        ),
        S::OneYearNotApplicable { reason } => (
            k::one_year_not_applicable,
            vec![("reason", skip_reason(*reason, lang).into())],
        ),
        S::ReleaseAtSentencing { end } => (k::release_at_sentencing, vec![("end", d(*end, lang))]),
        S::ReleaseOnLastDay { date } => (k::release_on_last_day, vec![("date", d(*date, lang))]),
        S::ReleasedWhenLawInForce { date } => (
            k::released_when_law_in_force,
            vec![("date", d(*date, lang))],
        ),
        S::ConditionalAsReal => (k::conditional_as_real, vec![]),
        S::RecordExpires {
            years,
            on,
            category: c,
            minor,
        } => (
            match (on, minor) {
                (Some(_), false) => k::record_expires_on,
                (Some(_), true) => k::record_expires_on_minor,
                (None, false) => k::record_expires_after,
                (None, true) => k::record_expires_after_minor,
            },
            vec![
                ("years", years_after(*years, lang)),
                ("date", on.map(|x| d(x, lang)).unwrap_or_default()),
                ("category", category(*c, lang).into()),
            ],
        ),
        S::RecordOnServing { on, conditional } => (
            match (on, conditional) {
                (Some(_), true) => k::record_at_end_of_probation,
                (Some(_), false) => k::record_on_serving_on,
                (None, true) => k::record_at_end_of_probation_unknown,
                (None, false) => k::record_on_serving,
            },
            vec![("date", on.map(|x| d(x, lang)).unwrap_or_default())],
        ),
        S::Deadline { in_force, deadline } => (
            k::deadline,
            vec![
                ("in_force", d(*in_force, lang)),
                ("deadline", d(*deadline, lang)),
            ],
        ),
        S::SocialHelp => (k::social_help, vec![]),
        S::CustodyCredited { .. }
        | S::CustodyNotCredited
        | S::HalfDayCounted { .. }
        | S::EarlyReleaseOn { .. }
        | S::EarlyReleaseUnavailable { .. }
        | S::EachRecordOnItsOwn
        | S::SpentInCustody { .. }
        | S::LastDayCredited { .. } => {
            // Every one of these has its words there (the words tests cover each).
            crate::after_verdict::step_words(detail, lang).unwrap_or((k::no_conditions, vec![]))
        }
        S::AggregateRange {
            punishment: p,
            least,
            most,
            capped,
            absorption_only,
        } => {
            let key = match (absorption_only, capped) {
                (true, _) => k::aggregate_absorption,
                (false, true) => k::aggregate_range_capped,
                (false, false) => k::aggregate_range,
            };
            let quantity = |m: &Measure| quantity(*m, lang).unwrap_or_default();
            let values = vec![
                ("punishment", punishment(*p, lang).to_string()),
                ("least", quantity(least)),
                ("most", quantity(most)),
            ];
            (key, values)
        }
        S::AggregateKindsDiffer => (k::aggregate_kinds_differ, vec![]),
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
