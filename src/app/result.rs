//! The result, updated as the user types. `DecisionView` renders any decision it is given — the
//! headline, the figures, each offence, the timeline, the readings side by side, every step with
//! its citation, and the warnings — and reads nothing else: it is the same view wherever a
//! decision is shown.

use amnesty_rules::case::FieldError;
use amnesty_rules::decision::{Decision, Reading, Step, StepDetail};
use amnesty_rules::vocab::{Act, Named, Status};
use amnesty_words::{self as words, t, Lang};
use chrono::NaiveDate;
use leptos::prelude::*;

use super::state::{field_id, AppState};
use super::timeline::Timeline;
use super::{tr, use_i18n};

#[component]
pub fn ResultPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    view! {
        <section id="result" class="result" aria-labelledby="result-heading" tabindex="-1">
            <h2 id="result-heading">{tr!(i18n, app.result_heading)}</h2>
            // Rebuilt when the decision or the language changes, so every date and term is in
            // the reader's language.
            {move || match (i18n.lang(), state.decision.get()).1 {
                Ok(decision) => view! { <DecisionView decision=decision /> }.into_any(),
                Err(errors) => view! { <Incomplete errors=errors /> }.into_any(),
            }}
            <Disclaimer />
        </section>
    }
}

/// What is missing or wrong, each linking to its field.
#[component]
fn Incomplete(errors: Vec<FieldError>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang_untracked();
    view! {
        <div class="incomplete" role="status">
            <p>{tr!(i18n, app.result_incomplete)}</p>
            <ul>
                {errors
                    .into_iter()
                    .map(|e| {
                        let href = format!("#{}", field_id(&e.field));
                        view! { <li><a href=href>{words::problem(&e, lang)}</a></li> }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}

/// A decision, whole. It reads nothing but the decision and the language.
#[component]
pub fn DecisionView(decision: Decision) -> impl IntoView {
    let lang = use_i18n().lang_untracked();
    let outcome_class = format!("headline outcome-{}", decision.outcome.name());
    // The same figures in machine-readable form, so a test can compare the page with the
    // command-line tool without reading prose.
    let day = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let term = decision
        .new_term
        .map(|t| format!("{}y{}m{}d", t.years, t.months, t.days))
        .unwrap_or_default();
    let count = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
    view! {
        <div
            class=outcome_class
            data-outcome=decision.outcome.name()
            data-status=decision.status.name()
            data-new-term=term
            data-new-hours=count(decision.new_hours)
            data-new-amount=count(decision.new_amount)
            data-new-end=day(decision.new_end)
            data-release-on=day(decision.release_on)
            data-readings=decision.readings.len()
        >
            <p class="answer" role="status" aria-live="polite">{words::plain_answer(&decision, lang)}</p>
            <p class="outcome">{words::outcome(decision.outcome, lang)}</p>
            <p class="certainty">
                <StatusBadge status=decision.status act=Act::Law />
                " "
                {words::how_sure(&decision, lang)}
            </p>
        </div>
        <StatusLegend />
        <KeyFigures decision=decision.clone() />
        <Offences decision=decision.clone() />
        <Timeline decision=decision.clone() />
        <Readings decision=decision.clone() />
        <Explanation decision=decision.clone() />
        <Warnings decision=decision />
    }
}

/// How sure a step is, in words and not only in colour; a calculator convention is named as one.
#[component]
pub fn StatusBadge(status: Status, act: Act) -> impl IntoView {
    let lang = use_i18n().lang_untracked();
    let (class, text) = if act == Act::Convention {
        ("convention", t!(lang, app.status_convention))
    } else {
        (status.name(), words::status(status, lang))
    };
    view! { <span class=format!("badge status-{class}")>{text}</span> }
}

/// What each mark means, once, beside the result.
#[component]
fn StatusLegend() -> impl IntoView {
    let lang = use_i18n().lang_untracked();
    let item = |class: &'static str, name: &'static str, meaning: &'static str| {
        view! { <li><span class=format!("badge status-{class}")>{name}</span> " " {meaning}</li> }
    };
    view! {
        <details class="legend">
            <summary>{t!(lang, app.legend_title)}</summary>
            <ul>
                {item("verified", words::status(Status::Verified, lang), t!(lang, app.legend_verified))}
                {item("reported", words::status(Status::Reported, lang), t!(lang, app.legend_reported))}
                {item("open", words::status(Status::Open, lang), t!(lang, app.legend_open))}
                {item("convention", t!(lang, app.status_convention), t!(lang, app.legend_convention))}
                {item("entered", t!(lang, app.status_entered), t!(lang, app.legend_entered))}
            </ul>
        </details>
    }
}

/// On a phone, the result is below the form: this bar stays in view while the person types,
/// says the outcome in a few words, and jumps to the full result.
#[component]
pub fn ResultBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let summary = move || {
        let lang = i18n.lang();
        state.decision.with(|d| match d {
            // The release day beside the outcome when there is one: what a family looks for first.
            Ok(decision) => match decision.release_on {
                Some(day) if decision.readings.is_empty() => words::fill(
                    t!(lang, app.result_bar_release),
                    &[
                        (
                            "outcome",
                            words::outcome(decision.outcome, lang).to_string(),
                        ),
                        ("date", words::date(day, lang)),
                    ],
                ),
                _ => words::outcome(decision.outcome, lang).to_string(),
            },
            Err(_) => t!(lang, app.result_bar_incomplete).to_string(),
        })
    };
    let outcome = move || {
        state
            .decision
            .with(|d| d.as_ref().map(|d| d.outcome.name()).unwrap_or("incomplete"))
    };
    view! {
        <div class="result-bar" data-outcome=outcome>
            <span class="result-bar-text">{summary}</span>
            <a href="#result">{tr!(i18n, app.result_bar_link)}</a>
        </div>
    }
}

fn row(label: &'static str, value: String, class: &'static str) -> impl IntoView {
    view! { <div class=class><dt>{label}</dt><dd>{value}</dd></div> }
}

#[component]
fn KeyFigures(decision: Decision) -> impl IntoView {
    let lang = use_i18n().lang_untracked();
    let imposed = decision
        .imposed_term
        .map(|x| words::term(x, lang))
        .or(decision.imposed_hours.map(|x| words::hours(x, lang)))
        .or(decision.imposed_amount.map(|x| words::amount(x, lang)));
    let new = decision
        .new_term
        .map(|x| words::term(x, lang))
        .or(decision.new_hours.map(|x| words::hours(x, lang)))
        .or(decision.new_amount.map(|x| words::amount(x, lang)));
    let as_of = decision.as_of;
    let days_left = decision.release_on.map(|day| {
        let days = (day - as_of).num_days();
        let text = if days > 0 {
            words::fill(
                t!(lang, app.days_left_from),
                &[
                    ("days", days.to_string()),
                    ("as_of", words::date(as_of, lang)),
                ],
            )
        } else {
            words::fill(
                t!(lang, app.release_passed),
                &[("as_of", words::date(as_of, lang))],
            )
        };
        row(t!(lang, app.days_left), text, "days-left")
    });
    view! {
        <dl class="key-figures">
            {imposed.map(|x| row(t!(lang, explain.imposed), x, ""))}
            {new.map(|x| row(t!(lang, explain.new_punishment), x, "new-term"))}
            {decision.new_end.map(|d| row(t!(lang, explain.new_end), words::date(d, lang), ""))}
            {decision.release_on.map(|d| row(t!(lang, explain.release_on), words::date(d, lang), "release-on"))}
            {days_left}
            {decision.record.map(|r| row(t!(lang, explain.record), words::record(r, lang), "record"))}
            {decision
                .outcome
                .is_covered()
                .then(|| row(t!(lang, explain.deadline), words::date(decision.deadline, lang), "deadline"))}
        </dl>
    }
}

/// Each offence's own effect, when there are several.
#[component]
fn Offences(decision: Decision) -> impl IntoView {
    let lang = use_i18n().lang_untracked();
    (decision.offences.len() > 1).then(|| {
        view! {
            <section class="offences-result" aria-labelledby="offences-result-heading">
                <h3 id="offences-result-heading">{t!(lang, explain.offences)}</h3>
                <ul>
                    {decision
                        .offences
                        .iter()
                        .enumerate()
                        .map(|(i, o)| {
                            let category = o.category.map(|c| words::category(c, lang)).unwrap_or("—");
                            view! {
                                <li data-effect=o.effect.name()>
                                    <strong>{words::offence_number(i + 1, lang)} ": "</strong>
                                    {words::article(o.article, o.part, lang)} " · " {category} " · "
                                    {words::effect(o.effect, lang)}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}

/// Every other reading of an open question or of a fact not given, beside the one shown.
#[component]
fn Readings(decision: Decision) -> impl IntoView {
    let lang = use_i18n().lang_untracked();
    if decision.readings.is_empty() {
        return None;
    }
    let several = decision.offences.len() > 1;
    let cell = |text: String, label: &'static str| view! { <td data-label=label>{text}</td> };
    let row = move |name: String, r: &Reading, first: bool| {
        view! {
            <tr class:primary=first>
                <th scope="row">{name}</th>
                {cell(words::outcome(r.outcome, lang).to_string(), t!(lang, app.outcome_column))}
                {cell(
                    r.new_term
                        .map(|x| words::term(x, lang))
                        .or(r.new_hours.map(|x| words::hours(x, lang)))
                        .or(r.new_amount.map(|x| words::amount(x, lang)))
                        .unwrap_or_else(|| "—".into()),
                    t!(lang, explain.new_punishment),
                )}
                {cell(r.release_on.map(|d| words::date(d, lang)).unwrap_or_else(|| "—".into()), t!(lang, explain.release_on))}
                {cell(r.record.map(|x| words::record(x, lang)).unwrap_or_else(|| "—".into()), t!(lang, explain.record))}
            </tr>
        }
    };
    let shown = (!decision.shown_reading.is_empty()).then(|| Reading {
        conditions: decision.shown_reading.clone(),
        outcome: decision.outcome,
        new_term: decision.new_term,
        new_hours: decision.new_hours,
        new_amount: decision.new_amount,
        new_end: decision.new_end,
        release_on: decision.release_on,
        record: decision.record,
    });
    Some(view! {
        <section class="readings">
            <h3 id="readings-heading">{t!(lang, explain.readings)}</h3>
            <p>{t!(lang, app.readings_intro)}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="readings-heading">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{t!(lang, app.reading_column)}</th>
                            <th scope="col">{t!(lang, app.outcome_column)}</th>
                            <th scope="col">{t!(lang, explain.new_punishment)}</th>
                            <th scope="col">{t!(lang, explain.release_on)}</th>
                            <th scope="col">{t!(lang, explain.record)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {shown.map(|r| {
                            let name = format!("{} ({})", words::conditions(&r.conditions, several, lang), t!(lang, app.reading_shown));
                            row(name, &r, true)
                        })}
                        {decision
                            .readings
                            .iter()
                            .map(|r| row(words::conditions(&r.conditions, several, lang), r, false))
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    })
}

/// The reasoning, step by step, each with its provision, its status and the official text.
#[component]
fn Explanation(decision: Decision) -> impl IntoView {
    let lang = use_i18n().lang_untracked();
    let several = decision.offences.len() > 1;
    view! {
        <section class="explanation" aria-labelledby="steps-heading">
            <h3 id="steps-heading">{t!(lang, explain.steps)}</h3>
            <ol class="steps">
                {decision
                    .steps
                    .into_iter()
                    .map(|step| view! { <StepItem step=step several=several /> })
                    .collect_view()}
            </ol>
        </section>
    }
}

fn citations(step: &Step, lang: Lang) -> String {
    match &step.also {
        Some(also) => format!(
            "{}; {}",
            words::citation(&step.cite, lang),
            words::citation(also, lang)
        ),
        None => words::citation(&step.cite, lang),
    }
}

#[component]
fn StepItem(step: Step, several: bool) -> impl IntoView {
    let lang = use_i18n().lang_untracked();
    let url = words::official_url(&step.cite, lang);
    let link = matches!(step.cite.act, Act::Law | Act::CriminalCode);
    // A category entered from the verdict is the user's word, not the law's: its own badge.
    let entered = matches!(step.detail, StepDetail::CategoryFromVerdict { .. });
    view! {
        <li class=format!("step status-{}", step.status.name())>
            <p class="step-source">
                {if entered {
                    view! { <span class="badge status-entered">{t!(lang, app.status_entered)}</span> }.into_any()
                } else {
                    view! { <StatusBadge status=step.status act=step.cite.act /> }.into_any()
                }}
                " "
                <span class="citation">{citations(&step, lang)}</span>
                {link.then(|| view! {
                    <span class="official-link">
                        " · "
                        <a href=url target="_blank" rel="noopener noreferrer">{t!(lang, app.official_text)}</a>
                    </span>
                })}
            </p>
            <p class="step-text">{words::step(&step, several, lang)}</p>
        </li>
    }
}

#[component]
fn Warnings(decision: Decision) -> impl IntoView {
    let lang = use_i18n().lang_untracked();
    let several = decision.offences.len() > 1;
    (!decision.warnings.is_empty()).then(|| {
        view! {
            <section class="warnings" aria-labelledby="warnings-heading">
                <h3 id="warnings-heading">{t!(lang, explain.warnings)}</h3>
                <ul>
                    {decision
                        .warnings
                        .iter()
                        .map(|w| {
                            view! {
                                <li>
                                    <StatusBadge status=w.status act=Act::Law />
                                    " "
                                    {words::warning(w, several, lang)}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}

#[component]
fn Disclaimer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <aside class="disclaimer">
            <p><strong>{tr!(i18n, explain.disclaimer)}</strong></p>
            <p>{tr!(i18n, app.who_decides)}</p>
            <p>
                <a href=move || words::law_url(i18n.lang()) target="_blank" rel="noopener noreferrer">
                    {tr!(i18n, app.law_link)}
                </a>
            </p>
        </aside>
    }
}
