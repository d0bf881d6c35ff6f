//! Small form controls: a labelled text field with its hint and its messages, and radio groups.
//! They know nothing of the law; they read and write strings and enum values.

use amnesty_rules::vocab::Named;
use amnesty_words::{self as words, Lang};
use leptos::prelude::*;

use super::state::{field_id, use_state_and_words, AppState};
use crate::frame::use_i18n;

/// The messages for one field, shown once the user has typed in it (a field only passed
/// through says nothing: the result lists what is still missing).
#[component]
pub fn FieldMessages(
    #[prop(into)] path: Signal<String>,
    #[prop(into)] shown: Signal<bool>,
) -> impl IntoView {
    let (state, i18n) = use_state_and_words();
    move || {
        let path = path.get();
        let errors = if shown.get() {
            state.errors_at(&path)
        } else {
            Vec::new()
        };
        (!errors.is_empty()).then(|| {
            view! {
                <div class="field-error" id=format!("{}-error", field_id(&path))>
                    {errors.iter().map(|e| view! { <p>{words::problem(e, i18n.lang())}</p> }).collect_view()}
                </div>
            }
        })
    }
}

/// A labelled text input bound to one field of the draft.
#[component]
pub fn TextField(
    /// The field's path in the case file: its id and where its messages come from.
    #[prop(into)]
    path: Signal<String>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
    /// Help shown under the label.
    #[prop(optional, into)]
    hint: Option<ViewFn>,
    /// Digits only (brings up the number keypad on phones).
    #[prop(optional)]
    numeric: bool,
    /// A date: the digit keypad that still has a separator key. `decimal` gives "." or ","
    /// (by the phone's language), both read as separators, and the date hints show both;
    /// `numeric` has none on iPhones, `tel` none of either.
    #[prop(optional)]
    date: bool,
    #[prop(optional, into)] autocomplete: Option<&'static str>,
    /// The label.
    children: Children,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = Memo::new(move |_| field_id(&path.get()));
    // Memos, so that a keystroke elsewhere in the form (which changes the draft and the decision
    // every field reads) reruns none of this field's effects unless its own value, its showing
    // or its validity changed.
    let value = Memo::new(move |_| value.get());
    let shown = Memo::new(move |_| {
        path.with(|p| state.is_touched(p)) || value.with(|v| !v.trim().is_empty())
    });
    let invalid = Memo::new(move |_| shown.get() && path.with(|p| !state.errors_at(p).is_empty()));
    let invalid = move || invalid.get();
    let has_hint = hint.is_some();
    let described_by = move || {
        let id = id.get();
        let mut ids = Vec::new();
        if has_hint {
            ids.push(format!("{id}-hint"));
        }
        if invalid() {
            ids.push(format!("{id}-error"));
        }
        ids.join(" ")
    };
    view! {
        <div class="field" class:invalid=invalid>
            <label for=move || id.get()>{children()}</label>
            {hint.map(|hint| view! { <p class="hint" id=move || format!("{}-hint", id.get())>{hint.run()}</p> })}
            <input
                id=move || id.get()
                type="text"
                inputmode=if date { "decimal" } else if numeric { "numeric" } else { "text" }
                autocomplete=autocomplete.unwrap_or("off")
                spellcheck="false"
                aria-invalid=move || if invalid() { "true" } else { "false" }
                aria-describedby=described_by
                prop:value=move || value.get()
                on:input=move |ev| {
                    state.touch(&path.get_untracked());
                    on_input.run(event_target_value(&ev))
                }
            />
            <FieldMessages path=path shown=shown />
        </div>
    }
}

/// A group of radio buttons choosing one value.
#[component]
pub fn RadioGroup<T>(
    /// The radio group's name, unique on the page.
    #[prop(into)]
    name: Signal<String>,
    options: Vec<T>,
    #[prop(into)] selected: Signal<T>,
    #[prop(into)] on_change: Callback<T>,
    /// The words for each value.
    label: fn(T, Lang) -> &'static str,
    /// The question.
    children: Children,
) -> impl IntoView
where
    T: Named + PartialEq + Send + Sync + 'static,
{
    let i18n = use_i18n();
    view! {
        <fieldset class="choices">
            <legend>{children()}</legend>
            {options
                .into_iter()
                .enumerate()
                .map(|(n, option)| {
                    let id = move || format!("{}-{n}", name.get());
                    view! {
                        <div class="choice">
                            <input
                                type="radio"
                                id=id
                                value=option.name()
                                name=move || name.get()
                                prop:checked=move || selected.get() == option
                                on:change=move |_| on_change.run(option)
                            />
                            <label for=id>{crate::frame::live(move || label(option, i18n.lang()).to_string())}</label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}
