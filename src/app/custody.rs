//! The time held before the verdict, asked as a family knows it: each period from one day to
//! another, in detention or under house arrest, added and removed. It writes the draft; the rules
//! credit it and name a wrong period at its field (`custody[i]`).

use amnesty_rules::case::CustodyKind;
use amnesty_words::{t, Lang};
use leptos::prelude::*;

use super::date_hint::DateHint;
use super::fields::{FieldMessages, RadioGroup, TextField};
use super::state::use_state_and_words;
use crate::draft::CustodyDraft;
use crate::frame::tr;

/// The family's words for each kind of custody.
fn kind_label(kind: CustodyKind, lang: Lang) -> &'static str {
    match kind {
        CustodyKind::Detention => t!(lang, after.kind_detention),
        CustodyKind::HouseArrest => t!(lang, after.kind_house_arrest),
    }
}

/// Every period held, with a button to add one.
#[component]
pub fn CustodyPeriods() -> impl IntoView {
    let (state, i18n) = use_state_and_words();
    // Rebuilt only when a period is added or removed; each row reads its values by its index.
    let count = Memo::new(move |_| state.draft.with(|d| d.after.custody.len()));
    let add = move |_| {
        state
            .draft
            .update(|d| d.after.custody.push(CustodyDraft::default()))
    };
    view! {
        <fieldset class="custody" id="f-custody" tabindex="-1">
            <legend>{tr!(i18n, after.custody_legend)}</legend>
            <p class="hint">{tr!(i18n, after.custody_hint)}</p>
            {move || (0..count.get()).map(|i| view! { <CustodyPeriod index=i /> }).collect_view()}
            <button type="button" class="secondary add-custody" on:click=add>
                "+ " {tr!(i18n, after.add_custody)}
            </button>
        </fieldset>
    }
}

/// One period: from, to, and how he was held.
#[component]
fn CustodyPeriod(index: usize) -> impl IntoView {
    let (state, i18n) = use_state_and_words();
    let path = move |field: &str| format!("custody[{index}].{field}");
    let read = move |pick: fn(&CustodyDraft) -> String| {
        Signal::derive(move || {
            state
                .draft
                .with(|d| d.after.custody.get(index).map(pick).unwrap_or_default())
        })
    };
    let write = move |put: fn(&mut CustodyDraft, String)| {
        Callback::new(move |value: String| {
            state.draft.update(|d| {
                if let Some(c) = d.after.custody.get_mut(index) {
                    put(c, value);
                }
            })
        })
    };
    let from = read(|c| c.from.clone());
    let to = read(|c| c.to.clone());
    let kind = Signal::derive(move || {
        state.draft.with(|d| {
            d.after
                .custody
                .get(index)
                .map_or(CustodyKind::Detention, |c| c.kind)
        })
    });
    let set_kind = Callback::new(move |kind| {
        state.draft.update(|d| {
            if let Some(c) = d.after.custody.get_mut(index) {
                c.kind = kind;
            }
        })
    });
    let remove = move |_| {
        state.draft.update(|d| {
            if index < d.after.custody.len() {
                d.after.custody.remove(index);
            }
        })
    };
    let number = move || {
        amnesty_words::fill(
            t!(i18n.lang(), after.period_number),
            &[("n", (index + 1).to_string())],
        )
    };
    view! {
        <div class="custody-period" id=super::state::field_id(&format!("custody[{index}]")) tabindex="-1" role="group" aria-label=number>
            <p class="custody-period-heading">{number}</p>
            <RadioGroup
                name=format!("custody-kind-{index}")
                options=CustodyKind::ALL.to_vec()
                selected=kind
                on_change=set_kind
                label=kind_label
            >
                {tr!(i18n, after.kind_legend)}
            </RadioGroup>
            <TextField path=path("from") value=from on_input=write(|c, v| c.from = v) date=true
                hint=ViewFn::from(move || tr!(i18n, dates.hint))>
                {tr!(i18n, after.from_label)}
            </TextField>
            <DateHint value=from />
            <TextField path=path("to") value=to on_input=write(|c, v| c.to = v) date=true>
                {tr!(i18n, after.to_label)}
            </TextField>
            <DateHint value=to />
            // An overlap with another period is named at the period as a whole.
            <FieldMessages path=format!("custody[{index}]") shown=Signal::derive(|| true) />
            <button type="button" class="secondary remove-custody" on:click=remove>
                {tr!(i18n, after.remove_custody)}
                <span class="visually-hidden">" — " {number}</span>
            </button>
        </div>
    }
}
