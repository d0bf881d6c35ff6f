//! The facts the dates after the verdict rest on: the time held before it, the institution, a
//! conditional sentence's probation where the result needs it, and, folded away, the facts of
//! the parole date. Plain questions; each writes the draft, none decides anything.

use amnesty_rules::case::{Institution, ParoleFacts};
use amnesty_rules::decision::{Unavailable, WarningDetail};
use amnesty_rules::vocab::{Named, Punishment};
use amnesty_words::{self as words, keys, Key};
use leptos::prelude::*;

use super::custody::CustodyPeriods;
use super::fields::TextField;
use super::state::use_state_and_words;
use crate::frame::{text, tr};

/// Everything the form asks about the time before and after the verdict.
#[component]
pub fn AfterVerdictFields() -> impl IntoView {
    let (state, i18n) = use_state_and_words();
    let sentenced = move || state.draft.with(|d| d.has_sentence());
    // When he was held is known at every stage; the rest only once there is a sentence.
    view! {
        <section class="form-section after-verdict" aria-labelledby="after-heading">
            <h3 id="after-heading">{tr!(i18n, after.heading)}</h3>
            <CustodyPeriods />
            <Show when=sentenced>
                <InstitutionChoice />
                <ProbationMonths />
                <ParoleFactsGroup />
            </Show>
        </section>
    }
}

/// The security level the verdict named, or "don't know" (the result then says which it takes).
#[component]
fn InstitutionChoice() -> impl IntoView {
    let (state, i18n) = use_state_and_words();
    let asked = move || {
        state
            .draft
            .with(|d| d.sentence.punishment == Punishment::Imprisonment && !d.sentence.conditional)
    };
    let current = move || state.draft.with(|d| d.after.institution);
    let choices: [(Option<Institution>, Key); 4] = [
        (Some(Institution::Minimum), keys::after::institution_minimum),
        (Some(Institution::Medium), keys::after::institution_medium),
        (Some(Institution::Maximum), keys::after::institution_maximum),
        (None, keys::after::institution_unknown),
    ];
    view! {
        <Show when=asked>
            <fieldset class="choices institution" id="f-sentence-institution" tabindex="-1">
                <legend>{tr!(i18n, after.institution_legend)}</legend>
                <p class="hint">{tr!(i18n, after.institution_hint)}</p>
                {choices
                    .into_iter()
                    .map(|(choice, key)| {
                        let id = format!("institution-{}", choice.map_or("unknown", |i| i.name()));
                        view! {
                            <div class="choice">
                                <input
                                    type="radio"
                                    id=id.clone()
                                    name="institution"
                                    prop:checked=move || current() == choice
                                    on:change=move |_| state.draft.update(|d| d.after.institution = choice)
                                />
                                <label for=id>{text(i18n, key)}</label>
                            </div>
                        }
                    })
                    .collect_view()}
                <super::fields::FieldMessages path="sentence.institution" shown=Signal::derive(|| true) />
            </fieldset>
        </Show>
    }
}

/// A conditional sentence's probation, asked where the result says it is needed (a minor's,
/// which the court sets) or where it was given.
#[component]
fn ProbationMonths() -> impl IntoView {
    let (state, i18n) = use_state_and_words();
    let value = Signal::derive(move || state.draft.with(|d| d.after.probation_months.clone()));
    let set = Callback::new(move |v| state.draft.update(|d| d.after.probation_months = v));
    let needed = move || {
        state.decision.with(|d| {
            d.as_ref().is_ok_and(|d| {
                d.warnings
                    .iter()
                    .any(|w| matches!(w.detail, WarningDetail::ProbationMonthsNeeded))
                    || [&d.parole, &d.replacement, &d.probation_cancel]
                        .into_iter()
                        .flatten()
                        .any(|e| e.unavailable == Some(Unavailable::ProbationNeeded))
            })
        })
    };
    let asked = move || {
        state.draft.with(|d| d.sentence.conditional)
            && (needed() || value.with(|v| !v.trim().is_empty()))
    };
    view! {
        <Show when=asked>
            <TextField path="sentence.probation_months" value=value on_input=set numeric=true
                hint=ViewFn::from(move || tr!(i18n, after.probation_hint))>
                {tr!(i18n, after.probation_label)}
            </TextField>
        </Show>
    }
}

/// How to read and write one of the parole facts.
pub type Fact = (
    &'static str,
    Key,
    fn(&ParoleFacts) -> Option<bool>,
    fn(&mut ParoleFacts, Option<bool>),
);

/// A parole fact's row: its field's name, its question, and how to read and write the field.
macro_rules! fact {
    ($field:ident, $question:ident) => {
        (
            stringify!($field),
            keys::after::$question,
            |f| f.$field,
            |f, v| f.$field = v,
        )
    };
}

/// The parole facts, in the order the form asks them (the print lists them alike).
pub const PAROLE_FACTS: [Fact; 5] = [
    fact!(damage_repaid, q_damage_repaid),
    fact!(malicious_violations, q_malicious_violations),
    fact!(special_group, q_special_group),
    fact!(plea_agreement, q_plea_agreement),
    fact!(attempt_on_life, q_attempt_on_life),
];

/// The optional facts parole and replacement depend on, folded away: each yes, no or not known.
#[component]
fn ParoleFactsGroup() -> impl IntoView {
    let (state, i18n) = use_state_and_words();
    // Open from the start when a fact was given (a case opened from a file).
    let open = state
        .draft
        .with_untracked(|d| !d.after.parole_facts.is_empty());
    view! {
        <details class="parole-facts" open=open>
            <summary>{tr!(i18n, after.parole_facts_summary)}</summary>
            <p class="hint">{tr!(i18n, after.parole_facts_hint)}</p>
            {PAROLE_FACTS
                .into_iter()
                .map(|(name, question, get, put)| {
                    let id = format!("f-parole_facts-{name}");
                    let current = move || state.draft.with(|d| get(&d.after.parole_facts));
                    let set = move |value: String| {
                        let answer = match value.as_str() {
                            "yes" => Some(true),
                            "no" => Some(false),
                            _ => None,
                        };
                        state.draft.update(|d| put(&mut d.after.parole_facts, answer));
                    };
                    let options = [
                        ("", None, keys::after::answer_unknown),
                        ("yes", Some(true), keys::app::yes),
                        ("no", Some(false), keys::app::no),
                    ];
                    view! {
                        <div class="field">
                            <label for=id.clone()>{text(i18n, question)}</label>
                            <select id=id on:change=move |ev| set(event_target_value(&ev))>
                                {options
                                    .into_iter()
                                    .map(|(value, answer, label)| view! {
                                        <option value=value selected=move || current() == answer>{text(i18n, label)}</option>
                                    })
                                    .collect_view()}
                            </select>
                        </div>
                    }
                })
                .collect_view()}
        </details>
    }
}

/// The words for "yes, no, not known" are the page's; kept here so the print says them alike.
pub fn answer(value: Option<bool>, lang: amnesty_words::Lang) -> &'static str {
    match value {
        Some(true) => words::t!(lang, app.yes),
        Some(false) => words::t!(lang, app.no),
        None => words::t!(lang, after.answer_unknown),
    }
}
