//! A decision in words: its outcome, each offence's effect, the record, the readings, the
//! sources; the step and warning sentences are in `steps.rs`, the plain answer in `answer.rs`.

use amnesty_rules::case::Measure;
use amnesty_rules::decision::{
    AggregateRange, Condition, Decision, OffenceEffect, OneYearSkip, Outcome, OwnPunishment,
    Reading, Record, StepDetail,
};
use amnesty_rules::pack::{AgeCounting, OneYearBase, RulePack};
use amnesty_rules::vocab::{Citation, Status};
use chrono::NaiveDate;

use crate::figures::FigureKind;
use crate::format::*;
use crate::{fill, keys, t, text, Lang};

// The step and warning sentences and the plain answer live in files of their own; the other
// modules read them all here.
pub use crate::answer::*;
pub use crate::steps::*;

words_of! {
    pub fn outcome(Outcome) from keys::outcome {
        ReleaseFromLiability => release_from_liability,
        PartlyCovered => partly_covered,
        ReductionAtSentencing => reduction_at_sentencing,
        ReleaseAtSentencing => release_at_sentencing,
        ReleaseFromPunishment => release_from_punishment,
        ConvictionExpunged => conviction_expunged,
        TermReduced => term_reduced,
        PunishmentReduced => punishment_reduced,
        Release => release,
        NothingToApply => nothing_to_apply,
        NotCovered => not_covered,
        Excluded => excluded,
        NeedsReview => needs_review,
    }
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

pub(crate) fn offence_prefix(offence: usize, several: bool, lang: Lang) -> String {
    if several {
        format!("{}: ", offence_number(offence + 1, lang))
    } else {
        String::new()
    }
}

/// One assumption of a reading; `several` prefixes the offence it is about.
pub fn condition(c: Condition, several: bool, lang: Lang) -> String {
    let about = match c {
        Condition::Part { offence, .. }
        | Condition::Minor { offence, .. }
        | Condition::VictimAged14To18 { offence, .. }
        | Condition::CodeCategory { offence, .. } => offence_prefix(offence, several, lang),
        _ => String::new(),
    };
    about + &assumption(c, lang)
}

/// The assumption itself, without the offence it is about.
fn assumption(c: Condition, lang: Lang) -> String {
    use keys::condition::*;
    let plain = |key| text(lang, key).to_string();
    match c {
        Condition::OneYearBase { base } => plain(match base {
            OneYearBase::Reduced => one_year_on_reduced,
            OneYearBase::Imposed => one_year_on_imposed,
        }),
        Condition::Part { part: p, .. } => fill(text(lang, part), &[("part", p.to_string())]),
        Condition::Minor { minor: m, .. } => plain(if m { minor } else { adult }),
        Condition::VictimAged14To18 { yes, .. } => plain(if yes {
            victim_14_to_18
        } else {
            victim_other_age
        }),
        Condition::CodeCategory { category: c, .. } => fill(
            text(lang, code_category),
            &[("category", category(c, lang).to_string())],
        ),
        Condition::AgeCounting { counting } => plain(match counting {
            AgeCounting::OnBirthday => age_on_birthday,
            AgeCounting::DayAfterBirthday => age_day_after,
        }),
        Condition::RecidivismAtSentencing => plain(recidivism_at_sentencing),
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
    for figure in crate::figures::result_figures(r.outcome, &r.figures, lang) {
        // A reading's last day shows in its release; its term keeps its own label, unless it is
        // the time served until a release.
        let served = r.outcome == Outcome::Release;
        let label = match figure.kind {
            FigureKind::NewEnd => continue,
            FigureKind::NewPunishment if r.figures.term().is_some() && !served => {
                t!(lang, explain.new_term)
            }
            _ => figure.label,
        };
        parts.push(format!("{label}: {}", figure.value));
    }
    parts.join("; ")
}

words_of! {
    pub(crate) fn skip_reason(OneYearSkip) from keys::one_year_skip {
        BeganAfterLaw => began_after_law,
        AtTrial => at_trial,
        NotATerm => not_a_term,
    }
}

words_of! {
    pub(crate) fn base(OneYearBase) from keys::condition {
        Reduced => one_year_on_reduced,
        Imposed => one_year_on_imposed,
    }
}

words_of! {
    pub(crate) fn counting(AgeCounting) from keys::condition {
        OnBirthday => age_on_birthday,
        DayAfterBirthday => age_day_after,
    }
}

pub(crate) fn d(day: NaiveDate, lang: Lang) -> String {
    date(day, lang)
}

pub(crate) fn offence_list(indices: &[usize], lang: Lang) -> String {
    indices
        .iter()
        .map(|i| offence_number(i + 1, lang))
        .collect::<Vec<_>>()
        .join(", ")
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
