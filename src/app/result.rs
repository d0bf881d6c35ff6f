//! The result, updated as the user types: headline, figures, timeline, the readings side by side,
//! the explanation step by step with citations, and the warnings. It renders the decision only.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::i18n::*;
use super::state::{field_id, AppState};
use super::timeline::Timeline;
use super::words::{self, lang_of};
use crate::case::FieldError;
use crate::decision::{Decision, Reading, Step};
use crate::explain::{key_of, official_url};
use crate::pack::{RulePack, Status};

#[component]
pub fn ResultPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    view! {
        <section id="result" class="result" aria-labelledby="result-heading" tabindex="-1">
            <h2 id="result-heading">{tr!(i18n, app.result_heading)}</h2>
            // Rebuilt when the decision or the language changes, so every date and term is in
            // the reader's language.
            {move || match (i18n.get_locale(), state.decision.get()).1 {
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
    view! {
        <div class="incomplete" role="status">
            <p>{tr!(i18n, app.result_incomplete)}</p>
            <ul>
                {errors
                    .into_iter()
                    .map(|e| {
                        let href = format!("#{}", field_id(&e.field));
                        view! { <li><a href=href>{words::problem(i18n, &e)}</a></li> }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}

#[component]
pub fn DecisionView(decision: Decision) -> impl IntoView {
    let i18n = use_i18n();
    let outcome_class = format!("headline outcome-{}", key_of(&decision.outcome));
    let outcome = decision.outcome;
    let status = decision.status;
    // The same figures in machine-readable form, so a test can compare the page with the
    // command-line tool without reading prose.
    let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let term = decision
        .new_term
        .map(|t| format!("{}y{}m{}d", t.years, t.months, t.days))
        .unwrap_or_default();
    view! {
        <div
            class=outcome_class
            data-outcome=key_of(&decision.outcome)
            data-new-term=term
            data-new-end=day(decision.new_end)
            data-release-on=day(decision.release_on)
            data-readings=decision.readings.len()
        >
            <p class="outcome" role="status" aria-live="polite">{words::outcome(i18n, outcome)}</p>
            <p class="certainty">
                {t_string!(i18n, app.certainty)} ": " <StatusBadge status=status />
            </p>
        </div>
        <KeyFigures decision=decision.clone() />
        <Timeline decision=decision.clone() />
        <Readings decision=decision.clone() />
        <Explanation decision=decision.clone() />
        <Warnings decision=decision />
    }
}

/// "verified", "reported" or "unknown", in words and not only in colour.
#[component]
pub fn StatusBadge(status: Status) -> impl IntoView {
    let i18n = use_i18n();
    view! { <span class=format!("badge status-{}", key_of(&status))>{words::status(i18n, status)}</span> }
}

#[component]
fn KeyFigures(decision: Decision) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let term = decision.new_term;
    let end = decision.new_end;
    let release = decision.release_on;
    let imposed = decision.imposed_term;
    let today = state.today;
    let days_left = move |day: NaiveDate| (day - today).num_days();
    view! {
        <dl class="key-figures">
            {imposed.map(|t| view! { <div><dt>{t_string!(i18n, explain.imposed_term)}</dt><dd>{words::term(i18n, t)}</dd></div> })}
            {term.map(|t| view! { <div class="new-term"><dt>{t_string!(i18n, explain.new_term)}</dt><dd>{words::term(i18n, t)}</dd></div> })}
            {end.map(|d| view! { <div><dt>{t_string!(i18n, explain.new_end)}</dt><dd>{words::date(i18n, d)}</dd></div> })}
            {release
                .map(|d| {
                    view! {
                        <div class="release-on">
                            <dt>{t_string!(i18n, explain.release_on)}</dt>
                            <dd>{words::date(i18n, d)}</dd>
                        </div>
                        <div class="days-left">
                            <dt>{t_string!(i18n, app.days_left)}</dt>
                            <dd>
                                {if days_left(d) > 0 {
                                    days_left(d).to_string()
                                } else {
                                    t_string!(i18n, app.date_passed).to_string()
                                }}
                            </dd>
                        </div>
                    }
                })}
        </dl>
    }
}

/// Every other reading of an ambiguous provision, beside the one shown.
#[component]
fn Readings(decision: Decision) -> impl IntoView {
    let i18n = use_i18n();
    if decision.readings.is_empty() {
        return None;
    }
    let primary = Reading {
        label: crate::decision::ReadingLabel::IfListed,
        outcome: decision.outcome,
        new_term: decision.new_term,
        new_end: decision.new_end,
        release_on: decision.release_on,
    };
    let row = move |reading: Reading, first: bool| {
        view! {
            <tr class:primary=first>
                <th scope="row">
                    {if first { t_string!(i18n, app.reading_shown) } else { words::reading(i18n, reading.label) }}
                </th>
                <td data-label=t_string!(i18n, app.outcome_column)>{words::outcome(i18n, reading.outcome)}</td>
                <td data-label=t_string!(i18n, explain.new_term)>
                    {reading.new_term.map(|t| words::term(i18n, t)).unwrap_or_else(|| "—".into())}
                </td>
                <td data-label=t_string!(i18n, explain.release_on)>
                    {reading.release_on.map(|d| words::date(i18n, d)).unwrap_or_else(|| "—".into())}
                </td>
            </tr>
        }
    };
    let show_primary = decision.outcome != crate::decision::Outcome::NeedsReview;
    Some(view! {
        <section class="readings" aria-labelledby="readings-heading">
            <h3 id="readings-heading">{t_string!(i18n, explain.readings)}</h3>
            <p>{t_string!(i18n, app.readings_intro)}</p>
            <div class="table-scroll">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{t_string!(i18n, app.reading_column)}</th>
                            <th scope="col">{t_string!(i18n, app.outcome_column)}</th>
                            <th scope="col">{t_string!(i18n, explain.new_term)}</th>
                            <th scope="col">{t_string!(i18n, explain.release_on)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {show_primary.then(|| row(primary, true))}
                        {decision.readings.into_iter().map(|r| row(r, false)).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    })
}

/// The reasoning, step by step, each with its provision, its status and the official text.
#[component]
fn Explanation(decision: Decision) -> impl IntoView {
    let i18n = use_i18n();
    let several = decision.offences.len() > 1;
    view! {
        <section class="explanation" aria-labelledby="steps-heading">
            <h3 id="steps-heading">{t_string!(i18n, explain.steps)}</h3>
            <ol class="steps">
                {decision.steps.into_iter().map(|step| view! { <StepItem step=step several=several /> }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn StepItem(step: Step, several: bool) -> impl IntoView {
    let i18n = use_i18n();
    let pack = RulePack::embedded();
    let citation = step.citation.clone();
    let status = step.status;
    let offence = step.offence.filter(|_| several);
    let url = official_url(&citation, pack, lang_of(i18n.get_locale_untracked()));
    view! {
        <li class=format!("step status-{}", key_of(&status))>
            <p class="step-source">
                <StatusBadge status=status />
                " "
                <span class="citation">{words::citation(i18n, &citation, pack)}</span>
                " · "
                <a href=url target="_blank" rel="noopener noreferrer">{t_string!(i18n, app.official_text)}</a>
            </p>
            <p class="step-text">
                {offence.map(|i| view! { <strong>{words::offence_number(i18n, i + 1)} ": "</strong> })}
                {words::step_sentence(i18n, &step)}
            </p>
        </li>
    }
}

#[component]
fn Warnings(decision: Decision) -> impl IntoView {
    let i18n = use_i18n();
    (!decision.warnings.is_empty()).then(|| {
        view! {
            <section class="warnings" aria-labelledby="warnings-heading">
                <h3 id="warnings-heading">{t_string!(i18n, explain.warnings)}</h3>
                <ul>
                    {decision
                        .warnings
                        .into_iter()
                        .map(|w| {
                            let status = w.status;
                            view! { <li><StatusBadge status=status /> " " {words::warning_sentence(i18n, &w)}</li> }
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
    let pack = RulePack::embedded();
    let law_url = move || {
        pack.law
            .official_text
            .get(lang_of(i18n.get_locale()))
            .to_string()
    };
    view! {
        <aside class="disclaimer">
            <p><strong>{tr!(i18n, explain.disclaimer)}</strong></p>
            <p>{tr!(i18n, app.who_decides)}</p>
            <p><a href=law_url target="_blank" rel="noopener noreferrer">{tr!(i18n, app.law_link)}</a></p>
        </aside>
    }
}
