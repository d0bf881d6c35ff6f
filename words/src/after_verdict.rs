//! The words for what the Criminal Code gives after a verdict: the custody credited, the early
//! releases and their dates, the next steps and who decides them, and the readings and warnings
//! these bring.

use amnesty_rules::case::{CustodyKind, Institution};
use amnesty_rules::decision::{
    Condition, Credited, Decision, EarlyKind, EarlyRelease, InstitutionGround, NextStep, Petition,
    Reading, StepDetail, Unavailable, WarningDetail,
};
use amnesty_rules::pack::{BoundaryDay, HalfDay, LaterTerm};
use amnesty_rules::term::Term;

use crate::decision::record;
use crate::format::{amount, article, citation, date, fraction, hours, punishment, term};
use crate::{fill, keys, t, text, Key, Lang};

words_of! {
    pub fn institution(Institution) from keys::institution {
        Minimum => minimum,
        Medium => medium,
        Maximum => maximum,
    }
}

words_of! {
    pub fn custody_kind(CustodyKind) from keys::custody_kind {
        Detention => detention,
        HouseArrest => house_arrest,
    }
}

words_of! {
    fn ground(InstitutionGround) from keys::institution_ground {
        Negligent => negligent,
        FirstShortTerm => first_short_term,
        FirstLongerTerm => first_longer_term,
        EspeciallyGraveMan => especially_grave_man,
        RecidivismMan => recidivism_man,
        DangerousRecidivism => dangerous_recidivism,
        Minor => minor,
    }
}

words_of! {
    /// "Parole", "Replacement …", "Cancelling the conditional sentence".
    pub fn early_kind(EarlyKind) from keys::early {
        Parole => parole,
        Replacement => replacement,
        ProbationCancel => probation_cancel,
    }
}

words_of! {
    pub fn unavailable(Unavailable) from keys::unavailable {
        NotThisPunishment => not_this_punishment,
        ExcludedGroup => excluded_group,
        Corruption => corruption,
        EspeciallyGrave => especially_grave,
        AmnestyFrees => amnesty_frees,
        AfterRelease => after_release,
        CategoryUnknown => category_unknown,
        DatesUnknown => dates_unknown,
        ProbationNeeded => probation_needed,
        AggregateNeeded => aggregate_needed,
    }
}

/// What the credit counts as: days, hours or MCI.
pub fn credited(c: Credited, lang: Lang) -> String {
    match c {
        Credited::Days { days } => term(Term::new(0, 0, days), lang),
        Credited::Hours { hours: h } => hours(h, lang),
        Credited::Amount { amount: a } => amount(a, lang),
    }
}

/// "165 days in detention, 10 days under house arrest", leaving out a kind not held.
pub fn held(detention: u32, house: u32, lang: Lang) -> String {
    let days = |n| term(Term::new(0, 0, n), lang);
    let mut parts = Vec::new();
    if detention > 0 {
        parts.push(fill(
            t!(lang, explain.held_in_detention),
            &[("days", days(detention))],
        ));
    }
    if house > 0 {
        parts.push(fill(
            t!(lang, explain.held_under_house_arrest),
            &[("days", days(house))],
        ));
    }
    parts.join(", ")
}

/// The words of a step about the time after the verdict; `None` for the others.
pub fn step_words(detail: &StepDetail, lang: Lang) -> Option<(Key, Vec<(&'static str, String)>)> {
    use keys::steps as k;
    Some(match detail {
        StepDetail::CustodyCredited {
            detention_days,
            house_arrest_days,
            institution: level,
            credited: c,
        } => {
            let key = match c {
                Credited::Days { .. } => k::custody_credited_term,
                Credited::Hours { .. } => k::custody_credited_hours,
                Credited::Amount { .. } => k::custody_credited_amount,
            };
            let mut values = vec![
                ("held", held(*detention_days, *house_arrest_days, lang)),
                ("credited", credited(*c, lang)),
            ];
            if key == k::custody_credited_term {
                let at = level.map_or(String::new(), |i| format!(" ({})", institution(i, lang)));
                values.push(("institution", at));
            }
            (key, values)
        }
        StepDetail::CustodyNotCredited => (k::custody_not_credited, vec![]),
        StepDetail::HalfDayCounted {
            half_days,
            days,
            half_day,
        } => {
            let how = match half_day {
                HalfDay::Up => t!(lang, half_day_how.up),
                HalfDay::Down => t!(lang, half_day_how.down),
            };
            (
                k::half_day_counted,
                vec![
                    ("half_days", half_days.to_string()),
                    ("days", days.to_string()),
                    ("how", how.to_string()),
                ],
            )
        }
        StepDetail::EarlyReleaseOn {
            early,
            fraction: f,
            of_term,
            on,
            six_month_floor,
            ..
        } => (
            k::early_release_on,
            vec![
                ("what", early_kind(*early, lang).to_string()),
                ("fraction", fraction(*f, lang)),
                ("term", term(*of_term, lang)),
                ("date", date(*on, lang)),
                (
                    "floor",
                    if *six_month_floor {
                        t!(lang, steps.early_floor).to_string()
                    } else {
                        String::new()
                    },
                ),
            ],
        ),
        StepDetail::EarlyReleaseUnavailable { early, reason } => (
            k::early_release_unavailable,
            vec![
                ("what", early_kind(*early, lang).to_string()),
                ("reason", unavailable(*reason, lang).to_string()),
            ],
        ),
        StepDetail::EachRecordOnItsOwn => (k::each_record_on_its_own, vec![]),
        StepDetail::LastDayCredited {
            end,
            days,
            credited: c,
        } => (
            k::last_day_credited,
            vec![
                ("days", term(Term::new(0, 0, *days), lang)),
                ("end", date(*end, lang)),
                ("credited", date(*c, lang)),
            ],
        ),
        StepDetail::SpentInCustody { end, start } => (
            k::spent_in_custody,
            vec![("end", date(*end, lang)), ("start", date(*start, lang))],
        ),
        _ => return None,
    })
}

/// The words of a warning about the time after the verdict and the review's findings; `None` for
/// the others.
pub fn warning_words(
    detail: &WarningDetail,
    lang: Lang,
) -> Option<(Key, Vec<(&'static str, String)>)> {
    use keys::warnings as k;
    Some(match detail {
        WarningDetail::InstitutionAssumed {
            institution: level,
            ground: g,
        } => (
            k::institution_assumed,
            vec![
                ("institution", institution(*level, lang).to_string()),
                ("ground", ground(*g, lang).to_string()),
            ],
        ),
        WarningDetail::ServedAssumed { punishment: p } => (
            k::served_assumed,
            vec![("punishment", punishment(*p, lang).to_lowercase())],
        ),
        WarningDetail::ProbationMonthsNeeded => (k::probation_months_needed, vec![]),
        WarningDetail::OtherCasesExclude => (k::other_cases_exclude, vec![]),
        WarningDetail::ContinuingOffence { article: a } => (
            k::continuing_offence,
            vec![("article", article(*a, None, lang))],
        ),
        WarningDetail::AdultAssumedForEarlyRelease => (k::adult_assumed_for_early_release, vec![]),
        WarningDetail::OneYearOnConditionalUnsourced => {
            (k::one_year_on_conditional_unsourced, vec![])
        }
        _ => return None,
    })
}

/// A reading's assumption about the time after the verdict; `None` for the others.
pub fn condition(c: Condition, lang: Lang) -> Option<String> {
    use keys::condition as k;
    Some(match c {
        Condition::Institution { institution: level } => fill(
            text(lang, k::institution),
            &[("institution", institution(level, lang).to_string())],
        ),
        Condition::HalfDay { half_day } => text(
            lang,
            match half_day {
                HalfDay::Up => k::half_day_up,
                HalfDay::Down => k::half_day_down,
            },
        )
        .to_string(),
        Condition::OneYearBoundary { day } => text(
            lang,
            match day {
                BoundaryDay::DayLeft => k::boundary_day_left,
                BoundaryDay::DayServed => k::boundary_day_served,
            },
        )
        .to_string(),
        Condition::LaterTerm { reading } => text(
            lang,
            match reading {
                LaterTerm::NotApplied => k::later_not_applied,
                LaterTerm::Applied => k::later_applied,
            },
        )
        .to_string(),
        _ => return None,
    })
}

/// What decides between readings, for the conditions of this file.
pub fn decides(c: &Condition) -> Option<Key> {
    use keys::decides as k;
    Some(match c {
        Condition::Institution { .. } => k::institution,
        Condition::HalfDay { .. } => k::half_day,
        Condition::OneYearBoundary { .. } => k::boundary,
        Condition::LaterTerm { .. } => k::later_term,
        _ => return None,
    })
}

/// The note beside an early release's date: the part and its term, may or shall, the other
/// reading's date, the record.
pub fn early_note(e: &EarlyRelease, lang: Lang) -> Option<String> {
    let mut parts = Vec::new();
    if let (Some(f), Some(of)) = (e.fraction, e.of_term) {
        let shall = match (e.kind, e.shall) {
            (EarlyKind::ProbationCancel | EarlyKind::Replacement, Some(false)) => {
                t!(lang, shall.no)
            }
            (_, Some(true))
                if e.cite
                    .article
                    .is_some_and(|a| a.number == 86 || a.number == 87) =>
            {
                t!(lang, shall.minor_yes)
            }
            (_, Some(true)) => t!(lang, shall.yes),
            (_, Some(false)) => t!(lang, shall.no),
            (_, None) => t!(lang, shall.unknown),
        };
        parts.push(fill(
            t!(lang, explain.early_note),
            &[
                ("fraction", fraction(f, lang)),
                ("term", term(of, lang)),
                ("shall", shall.to_string()),
            ],
        ));
    }
    if e.six_month_floor {
        parts.push(t!(lang, explain.early_floor).to_string());
    }
    if let Some(other) = other_reading(e, lang) {
        parts.push(other);
    }
    if let Some(r) = e.record {
        parts.push(fill(
            t!(lang, explain.early_record),
            &[("record", record(r, lang))],
        ));
    }
    parts.push(citation(&e.cite, lang));
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// The day under the other reading of the term, "counted on the term imposed: 1 March 2026",
/// or that it gives none before the release; `None` where the readings agree.
fn other_reading(e: &EarlyRelease, lang: Lang) -> Option<String> {
    match (e.other_reading, e.other_reading_after_release) {
        (Some(other), _) => Some(fill(
            t!(lang, explain.early_other),
            &[("date", date(other, lang))],
        )),
        (None, true) => Some(t!(lang, explain.early_other_after_release).to_string()),
        (None, false) => None,
    }
}

/// An early release's value: its date, or why there is none.
pub fn early_value(e: &EarlyRelease, lang: Lang) -> String {
    match (e.eligible_on, e.unavailable) {
        (Some(day), _) => date(day, lang),
        (None, Some(reason)) => unavailable(reason, lang).to_string(),
        (None, None) => "—".to_string(),
    }
}

/// A reading's early releases whose dates differ from the decision's own, "Earliest parole:
/// 1 March 2024", joined; `None` where every one is as the decision gives it.
pub fn reading_early(r: &Reading, decision: &Decision, lang: Lang) -> Option<String> {
    let dates = |e: Option<&EarlyRelease>| {
        e.map(|e| {
            (
                e.eligible_on,
                e.other_reading,
                e.other_reading_after_release,
                e.unavailable,
            )
        })
    };
    let kinds = [
        (r.early.parole.as_ref(), decision.parole.as_ref()),
        (r.early.replacement.as_ref(), decision.replacement.as_ref()),
        (
            r.early.probation_cancel.as_ref(),
            decision.probation_cancel.as_ref(),
        ),
    ];
    // A reading in which the amnesty frees him needs no early release: its release column says
    // so already, and "not needed" twice over would only push the printout onto a third page.
    let freed = |e: Option<&EarlyRelease>| {
        e.is_some_and(|e| e.unavailable == Some(Unavailable::AmnestyFrees))
    };
    let differing: Vec<String> = kinds
        .into_iter()
        .filter(|(mine, shown)| dates(*mine) != dates(*shown) && !freed(*mine))
        .filter_map(|(mine, shown)| mine.or(shown).map(|e| (e, mine.is_some())))
        .map(|(e, given)| {
            if !given {
                return format!("{}: —", early_label(e.kind, lang));
            }
            let mut value = early_value(e, lang);
            if let Some(other) = other_reading(e, lang) {
                value = format!("{value} ({other})");
            }
            format!("{}: {value}", early_label(e.kind, lang))
        })
        .collect();
    (!differing.is_empty()).then(|| differing.join("; "))
}

words_of! {
    /// "Earliest parole", "Earliest replacement", "Earliest cancelling …": the figure's label.
    pub fn early_label(EarlyKind) from keys::explain {
        Parole => parole,
        Replacement => replacement,
        ProbationCancel => probation_cancel,
    }
}

/// Where the procedure says so: the article naming who decides, then the others for the step
/// (what a court decides, on whose petition, what it is told), citations only to keep the
/// printout short; what each says is in the decision's JSON (`also[].role`).
pub fn petition_cites(p: &Petition, lang: Lang) -> String {
    std::iter::once(&p.cite)
        .chain(p.also.iter().map(|a| &a.cite))
        .map(|c| citation(c, lang))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Each next step in one sentence, with where the law says so.
pub fn next_steps(decision: &Decision, lang: Lang) -> Vec<String> {
    decision
        .next_steps
        .iter()
        .map(|p| {
            let key = match p.step {
                NextStep::AmnestyApplication => keys::next::amnesty_application,
                NextStep::Parole => keys::next::parole,
                NextStep::Replacement => keys::next::replacement,
                NextStep::CustodyCredit => keys::next::custody_credit,
                NextStep::ProbationCancel => keys::next::probation_cancel,
            };
            let from = p.from.map(|d| date(d, lang)).unwrap_or_default();
            format!(
                "{} ({})",
                fill(text(lang, key), &[("date", from)]),
                petition_cites(p, lang)
            )
        })
        .collect()
}
