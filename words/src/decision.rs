//! A decision in words: its outcome, each offence's effect, the record, the readings, and every
//! step and warning of the trace as a sentence.

use amnesty_rules::case::Measure;
use amnesty_rules::decision::{
    AggregateRange, Condition, Decision, OffenceEffect, OneYearSkip, Outcome, OwnPunishment,
    Reading, Record, SanctionLimit, Step, StepDetail, Warning, WarningDetail,
};
use amnesty_rules::pack::{AgeCounting, OneYearBase, RulePack};
use amnesty_rules::vocab::{Citation, ExclusionFact, Fraction, Status};
use chrono::NaiveDate;

use crate::figures::FigureKind;
use crate::format::*;
use crate::{fill, keys, t, text, Key, Lang};

pub fn outcome(o: Outcome, lang: Lang) -> &'static str {
    use keys::outcome::*;
    text(
        lang,
        match o {
            Outcome::ReleaseFromLiability => release_from_liability,
            Outcome::PartlyCovered => partly_covered,
            Outcome::ReductionAtSentencing => reduction_at_sentencing,
            Outcome::ReleaseAtSentencing => release_at_sentencing,
            Outcome::ReleaseFromPunishment => release_from_punishment,
            Outcome::ConvictionExpunged => conviction_expunged,
            Outcome::TermReduced => term_reduced,
            Outcome::PunishmentReduced => punishment_reduced,
            Outcome::Release => release,
            Outcome::NothingToApply => nothing_to_apply,
            Outcome::NotCovered => not_covered,
            Outcome::Excluded => excluded,
            Outcome::NeedsReview => needs_review,
        },
    )
}

/// What the amnesty does to one offence.
pub fn effect(e: OffenceEffect, lang: Lang) -> String {
    use keys::effect::*;
    let (key, cut) = match e {
        OffenceEffect::NotCovered => (not_covered, None),
        OffenceEffect::Excluded => (excluded, None),
        OffenceEffect::Unknown => (unknown, None),
        OffenceEffect::CaseClosed => (case_closed, None),
        OffenceEffect::CutAtSentencing { cut } => (cut_at_sentencing, Some(cut)),
        OffenceEffect::ReleasedFromPunishment => (released_from_punishment, None),
        OffenceEffect::ConvictionExpunged => (conviction_expunged, None),
        OffenceEffect::MainPunishmentCut { cut } => (main_punishment_cut, Some(cut)),
        OffenceEffect::NothingToApply => (nothing_to_apply, None),
    };
    let values = cut
        .map(|c| vec![("fraction", fraction(c, lang))])
        .unwrap_or_default();
    fill(text(lang, key), &values)
}

/// What is left of the criminal record.
pub fn record(r: Record, lang: Lang) -> String {
    use keys::record::*;
    match r {
        Record::NoConviction => text(lang, no_conviction).to_string(),
        Record::Expunged => text(lang, expunged).to_string(),
        Record::NoRecord => text(lang, no_record).to_string(),
        Record::Expires { years, on, .. } => match on {
            Some(day) => fill(
                text(lang, expires_on),
                &[
                    ("years", years_after(years, lang)),
                    ("date", date(day, lang)),
                ],
            ),
            None => fill(
                text(lang, expires_after),
                &[("years", years_after(years, lang))],
            ),
        },
        Record::OnServing { on: Some(day) } => {
            fill(text(lang, on_serving_on), &[("date", date(day, lang))])
        }
        Record::OnServing { on: None } => text(lang, on_serving).to_string(),
        Record::EndOfProbation { on: Some(day) } => {
            fill(text(lang, probation_end_on), &[("date", date(day, lang))])
        }
        Record::EndOfProbation { on: None } => text(lang, probation_end).to_string(),
    }
}

fn offence_prefix(offence: usize, several: bool, lang: Lang) -> String {
    if several {
        format!("{}: ", offence_number(offence + 1, lang))
    } else {
        String::new()
    }
}

/// One assumption of a reading; `several` prefixes the offence it is about.
pub fn condition(c: Condition, several: bool, lang: Lang) -> String {
    use keys::condition::*;
    match c {
        Condition::OneYearBase {
            base: OneYearBase::Reduced,
        } => text(lang, one_year_on_reduced).to_string(),
        Condition::OneYearBase {
            base: OneYearBase::Imposed,
        } => text(lang, one_year_on_imposed).to_string(),
        Condition::Part { offence, part: p } => format!(
            "{}{}",
            offence_prefix(offence, several, lang),
            fill(text(lang, part), &[("part", p.to_string())])
        ),
        Condition::Minor { offence, minor: m } => format!(
            "{}{}",
            offence_prefix(offence, several, lang),
            text(lang, if m { minor } else { adult })
        ),
        Condition::VictimAged14To18 { offence, yes } => format!(
            "{}{}",
            offence_prefix(offence, several, lang),
            text(
                lang,
                if yes {
                    victim_14_to_18
                } else {
                    victim_other_age
                }
            )
        ),
        Condition::CodeCategory {
            offence,
            category: c,
        } => format!(
            "{}{}",
            offence_prefix(offence, several, lang),
            fill(
                text(lang, code_category),
                &[("category", category(c, lang).to_string())]
            )
        ),
        Condition::AgeCounting {
            counting: AgeCounting::OnBirthday,
        } => text(lang, age_on_birthday).to_string(),
        Condition::AgeCounting {
            counting: AgeCounting::DayAfterBirthday,
        } => text(lang, age_day_after).to_string(),
        Condition::RecidivismAtSentencing => text(lang, recidivism_at_sentencing).to_string(),
        Condition::WholeAsGravest { category: c } => fill(
            text(lang, whole_as_gravest),
            &[("category", category(c, lang).to_string())],
        ),
        Condition::Institution { .. }
        | Condition::HalfDay { .. }
        | Condition::OneYearBoundary { .. }
        | Condition::LaterTerm { .. } => {
            crate::after_verdict::condition(c, lang).unwrap_or_default()
        }
    }
}

/// A reading's assumptions, joined.
pub fn conditions(cs: &[Condition], several: bool, lang: Lang) -> String {
    cs.iter()
        .map(|c| condition(*c, several, lang))
        .collect::<Vec<_>>()
        .join("; ")
}

/// A reading's result in one line: outcome, new term or figure, release day, record.
pub fn reading_result(r: &Reading, lang: Lang) -> String {
    let mut parts = vec![outcome(r.outcome, lang).to_string()];
    for figure in crate::figures::result_figures(&r.figures, lang) {
        // A reading's last day shows in its release; its term keeps its own label.
        let label = match figure.kind {
            FigureKind::NewEnd => continue,
            FigureKind::NewPunishment if r.figures.term().is_some() => t!(lang, explain.new_term),
            _ => figure.label,
        };
        parts.push(format!("{label}: {}", figure.value));
    }
    parts.join("; ")
}

fn skip_reason(reason: OneYearSkip, lang: Lang) -> &'static str {
    use keys::one_year_skip::*;
    text(
        lang,
        match reason {
            OneYearSkip::BeganAfterLaw => began_after_law,
            OneYearSkip::AtTrial => at_trial,
            OneYearSkip::NotATerm => not_a_term,
        },
    )
}

fn base(b: OneYearBase, lang: Lang) -> &'static str {
    match b {
        OneYearBase::Reduced => t!(lang, condition.one_year_on_reduced),
        OneYearBase::Imposed => t!(lang, condition.one_year_on_imposed),
    }
}

fn counting(c: AgeCounting, lang: Lang) -> &'static str {
    match c {
        AgeCounting::OnBirthday => t!(lang, condition.age_on_birthday),
        AgeCounting::DayAfterBirthday => t!(lang, condition.age_day_after),
    }
}

fn d(day: NaiveDate, lang: Lang) -> String {
    date(day, lang)
}

fn offence_list(indices: &[usize], lang: Lang) -> String {
    indices
        .iter()
        .map(|i| offence_number(i + 1, lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The template and the named values of a step.
fn step_words(detail: &StepDetail, lang: Lang) -> (Key, Vec<(&'static str, String)>) {
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

/// An offence's own punishment and what the amnesty leaves of it: "imprisonment, 6 years → 1 year
/// 6 months".
pub fn own_sentence(own: &OwnPunishment, lang: Lang) -> String {
    let amount = |m: Measure| quantity(m, lang).unwrap_or_default();
    let mut values = vec![
        ("punishment", punishment(own.punishment, lang).to_string()),
        ("imposed", amount(own.imposed)),
    ];
    let key = match own.new {
        Some(new) => {
            values.push(("new", amount(new)));
            t!(lang, explain.own_sentence)
        }
        None => t!(lang, explain.own_sentence_released),
    };
    fill(key, &values)
}

/// The range of a new aggregate: "imprisonment: 1 year 6 months – 2 years 9 months (CC Art. 58
/// part 3)".
pub fn aggregate_range(r: &AggregateRange, lang: Lang) -> String {
    let amount = |m: Measure| quantity(m, lang).unwrap_or_default();
    let values = [
        ("punishment", punishment(r.punishment, lang).to_string()),
        ("least", amount(r.least)),
        ("most", amount(r.most)),
        ("cite", citation(&r.cite, lang)),
    ];
    let key = if r.least == r.most {
        t!(lang, explain.aggregate_single)
    } else {
        t!(lang, explain.aggregate_range)
    };
    fill(key, &values)
}

/// One step as a sentence; with several offences, the offence it is about comes first.
pub fn step(step: &Step, several: bool, lang: Lang) -> String {
    let (key, values) = step_words(&step.detail, lang);
    let sentence = capitalised(fill(text(lang, key), &values));
    match step.offence.filter(|_| several) {
        Some(i) => format!("{}{sentence}", offence_prefix(i, true, lang)),
        None => sentence,
    }
}

/// The template of a step's kind, for the tests that check every placeholder is filled.
pub fn step_template(detail: &StepDetail, lang: Lang) -> (&'static str, Vec<&'static str>) {
    let (key, values) = step_words(detail, lang);
    (
        text(lang, key),
        values.into_iter().map(|(n, _)| n).collect(),
    )
}

fn warning_words(detail: &WarningDetail, lang: Lang) -> (Key, Vec<(&'static str, String)>) {
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
    let (key, values) = warning_words(&warning.detail, lang);
    let sentence = capitalised(fill(text(lang, key), &values));
    match warning.offence.filter(|_| several) {
        Some(i) => format!("{}{sentence}", offence_prefix(i, true, lang)),
        None => sentence,
    }
}

/// The template of a warning's kind, for the tests.
pub fn warning_template(detail: &WarningDetail, lang: Lang) -> (&'static str, Vec<&'static str>) {
    let (key, values) = warning_words(detail, lang);
    (
        text(lang, key),
        values.into_iter().map(|(n, _)| n).collect(),
    )
}

/// Whether the decision is about several offences (steps then name the offence).
pub fn several(decision: &Decision) -> bool {
    decision.offences.len() > 1
}

/// One source a decision rests on: a provision's citation, its status, and the text it was read in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub cite: Citation,
    pub status: Status,
    pub text: &'static str,
}

/// Where each provision a decision rests on was read, once each, in the order the steps cite
/// them; with the Code's text for each article part whose category was taken from it, and the
/// report of the day of publication where the result uses it.
pub fn sources(decision: &Decision) -> Vec<Source> {
    let pack = RulePack::embedded();
    let mut out: Vec<Source> = Vec::new();
    let mut push = |cite: Citation, status: Status, text: &'static str| {
        let source = Source { cite, status, text };
        if !out.contains(&source) {
            out.push(source);
        }
    };
    for s in &decision.steps {
        let info = pack.provision(s.provision);
        push(info.cite, info.status, info.source);
        match &s.detail {
            StepDetail::CategoryFromCode { article, part, .. } => {
                if let Some(row) = pack.code_part(*article, *part) {
                    push(
                        Citation::code(*article, *part),
                        Status::Verified,
                        &row.source,
                    );
                }
            }
            StepDetail::ReleasedWhenLawInForce { .. } => {
                let rule = &pack.provisions.art4_in_force;
                push(rule.cite, rule.value.date_status, &rule.value.date_source);
            }
            _ => {}
        }
    }
    out
}

/// A source as one line.
pub fn source_line(source: &Source, lang: Lang) -> String {
    fill(
        t!(lang, explain.source_line),
        &[
            ("citation", citation(&source.cite, lang)),
            ("status", status(source.status, lang).to_string()),
            ("source", source.text.to_string()),
        ],
    )
}

/// What decides between the readings of a decision, in words: the kind of its first condition.
fn what_decides(decision: &Decision, lang: Lang) -> String {
    use keys::decides as k;
    let first = decision
        .readings
        .first()
        .and_then(|r| r.conditions.first())
        .or(decision.shown_reading.first());
    let key = match first {
        Some(Condition::OneYearBase { .. }) => k::one_year_base,
        Some(Condition::Part { .. }) => k::part,
        Some(Condition::Minor { .. }) => k::minor,
        Some(Condition::VictimAged14To18 { .. }) => k::victim,
        Some(Condition::CodeCategory { .. }) => k::code_category,
        Some(Condition::AgeCounting { .. }) => k::age_counting,
        Some(Condition::RecidivismAtSentencing) => k::recidivism,
        Some(Condition::WholeAsGravest { .. }) | None => k::whole,
        Some(c) => crate::after_verdict::decides(c).unwrap_or(k::whole),
    };
    text(lang, key).to_string()
}

/// The cut of the gravest offence cut at sentencing, for the plain answer.
fn sentencing_cut(decision: &Decision) -> Option<Fraction> {
    decision.offences.iter().find_map(|o| match o.effect {
        OffenceEffect::CutAtSentencing { cut } => Some(cut),
        _ => None,
    })
}

/// The excluding fact the steps found, if it was one (not recidivism).
fn excluding_fact(decision: &Decision) -> Option<ExclusionFact> {
    decision.steps.iter().find_map(|s| match s.detail {
        StepDetail::ExcludedByArticle { fact, .. } | StepDetail::ExcludedByAnswer { fact } => {
            Some(fact)
        }
        _ => None,
    })
}

/// One plain answer a person under stress can act on: whether the amnesty applies, the release
/// or what happens next, and where readings differ, the range and what decides it.
pub fn plain_answer(decision: &Decision, lang: Lang) -> String {
    use keys::answer as k;
    let d = |day: NaiveDate| date(day, lang);
    let days_until = |day: NaiveDate| (day - decision.as_of).num_days();
    let covered_readings = decision.readings.iter().all(|r| r.outcome.is_covered());
    // Readings beside a result: the range of release days, or that the answer itself differs.
    if !decision.readings.is_empty() && decision.outcome != Outcome::NeedsReview {
        let what = what_decides(decision, lang);
        if !covered_readings || !decision.outcome.is_covered() {
            return fill(text(lang, k::some_readings_not), &[("what", what)]);
        }
        let days: Vec<NaiveDate> = decision
            .readings
            .iter()
            .map(|r| r.figures.release_on)
            .chain(std::iter::once(decision.figures.release_on))
            .collect::<Option<Vec<_>>>()
            .unwrap_or_default();
        return match (days.iter().min(), days.iter().max()) {
            (Some(from), Some(to)) if from != to => fill(
                text(lang, k::every_reading_release),
                &[("from", d(*from)), ("to", d(*to)), ("what", what)],
            ),
            _ => fill(text(lang, k::every_reading_applies), &[("what", what)]),
        };
    }
    let release = decision.figures.release_on;
    let new_term = decision
        .figures
        .term()
        .map(|t| term(t, lang))
        .unwrap_or_default();
    match decision.outcome {
        Outcome::Release => match release {
            Some(day) if days_until(day) > 0 => fill(
                text(lang, k::release_future),
                &[("date", d(day)), ("days", days_until(day).to_string())],
            ),
            Some(day) => fill(text(lang, k::release_passed), &[("date", d(day))]),
            None => text(lang, k::release_at_sentencing).to_string(),
        },
        Outcome::TermReduced => match release {
            Some(day) if days_until(day) > 0 => fill(
                text(lang, k::term_reduced_future),
                &[
                    ("term", new_term),
                    ("date", d(day)),
                    ("days", days_until(day).to_string()),
                ],
            ),
            Some(day) => fill(
                text(lang, k::term_reduced_passed),
                &[("term", new_term), ("date", d(day))],
            ),
            None => fill(text(lang, k::term_reduced_passed), &[("term", new_term)]),
        },
        Outcome::ReleaseFromLiability => text(lang, k::liability).to_string(),
        Outcome::PartlyCovered => text(lang, k::partly).to_string(),
        Outcome::ReductionAtSentencing => fill(
            text(lang, k::at_sentencing),
            &[(
                "fraction",
                sentencing_cut(decision)
                    .map(|c| fraction(c, lang))
                    .unwrap_or_default(),
            )],
        ),
        Outcome::ReleaseAtSentencing => {
            fill(text(lang, k::release_at_sentencing), &[("term", new_term)])
        }
        Outcome::ReleaseFromPunishment => fill(
            // A misdemeanour leaves no record to expunge (CC Art. 79 part 2).
            text(
                lang,
                if decision.figures.record == Some(Record::NoRecord) {
                    k::release_from_punishment_no_record
                } else {
                    k::release_from_punishment
                },
            ),
            &[("date", release.map(d).unwrap_or_default())],
        ),
        Outcome::ConvictionExpunged
            if decision
                .steps
                .iter()
                .any(|s| s.detail == StepDetail::EachRecordOnItsOwn) =>
        {
            let remains = decision
                .figures
                .record
                .map(|r| record(r, lang))
                .unwrap_or_default();
            fill(
                text(lang, k::served_each_on_its_own),
                &[("record", remains)],
            )
        }
        Outcome::ConvictionExpunged => text(lang, k::expunged).to_string(),
        Outcome::PunishmentReduced => {
            let what = decision
                .punishment
                .map_or("", |p| punishment(p, lang))
                .to_string();
            let new = decision
                .figures
                .measure
                .map(|m| crate::figures::measure(m, lang));
            match new {
                Some(new) => fill(
                    text(lang, k::punishment_reduced),
                    &[("punishment", what), ("new", new)],
                ),
                None => fill(
                    text(lang, k::punishment_reduced_unstated),
                    &[
                        ("punishment", what),
                        (
                            "fraction",
                            decision
                                .offences
                                .iter()
                                .find_map(|o| match o.effect {
                                    OffenceEffect::MainPunishmentCut { cut } => {
                                        Some(fraction(cut, lang))
                                    }
                                    _ => None,
                                })
                                .unwrap_or_default(),
                        ),
                    ],
                ),
            }
        }
        Outcome::NothingToApply => {
            if decision.category == Some(amnesty_rules::vocab::Category::Misdemeanour) {
                text(lang, k::nothing_misdemeanour).to_string()
            } else {
                text(lang, k::nothing_grave).to_string()
            }
        }
        Outcome::NotCovered => text(lang, k::not_covered).to_string(),
        Outcome::Excluded => match excluding_fact(decision) {
            Some(fact) => fill(
                text(lang, k::excluded),
                &[("fact", exclusion(fact, lang).to_string())],
            ),
            None => text(lang, k::excluded_recidivism).to_string(),
        },
        Outcome::NeedsReview => {
            if decision.readings.is_empty()
                || decision
                    .steps
                    .iter()
                    .any(|s| matches!(s.detail, StepDetail::AggregateNeedsCourt))
                    && decision.readings.iter().all(|r| {
                        r.conditions
                            .iter()
                            .all(|c| matches!(c, Condition::WholeAsGravest { .. }))
                    })
            {
                match &decision.aggregate_range {
                    Some(r) => fill(
                        text(lang, k::review_aggregate_range),
                        &[("range", aggregate_range(r, lang))],
                    ),
                    None => text(lang, k::review_aggregate).to_string(),
                }
            } else {
                fill(
                    text(lang, k::review_missing),
                    &[("what", what_decides(decision, lang))],
                )
            }
        }
    }
}

/// How sure the result is, in a sentence rather than a bare word.
pub fn how_sure(decision: &Decision, lang: Lang) -> &'static str {
    let beyond_the_law = decision
        .warnings
        .iter()
        .any(|w| w.detail.is_beyond_the_law());
    match decision.status {
        Status::Verified => t!(lang, sure.verified),
        Status::Reported => t!(lang, sure.reported),
        Status::Open if beyond_the_law && decision.readings.is_empty() => {
            t!(lang, sure.beyond_the_law)
        }
        Status::Open => t!(lang, sure.open),
    }
}
