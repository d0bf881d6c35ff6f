//! The guided form for one case, in plain language. It writes the draft; it decides nothing.

use leptos::prelude::*;

use super::article_picker::ArticlePicker;
use super::fields::{RadioGroup, TextField};
use super::i18n::*;
use super::state::AppState;
use super::words;
use crate::case::{Category, Context, ExclusionFact, Punishment, Recidivism, Stage};
use crate::criminal_code::art11_categories;
use crate::draft::{CaseDraft, OffenceDraft, SentenceDraft};
use crate::locale::fill;
use crate::pack::RulePack;

/// A signal reading one string of the draft and a callback writing it.
fn bind(
    state: AppState,
    read: impl Fn(&CaseDraft) -> String + Send + Sync + 'static,
    write: impl Fn(&mut CaseDraft, String) + Send + Sync + 'static,
) -> (Signal<String>, Callback<String>) {
    (
        Signal::derive(move || state.draft.with(|d| read(d))),
        Callback::new(move |value| state.draft.update(|d| write(d, value))),
    )
}

/// How to read and how to write one string field of a struct.
type Field<T> = (fn(&T) -> &String, fn(&mut T) -> &mut String);

/// The same for a string of one offence row.
fn bind_offence(
    state: AppState,
    row: u64,
    (read, write): Field<OffenceDraft>,
) -> (Signal<String>, Callback<String>) {
    let index = move || state.index_of(row);
    (
        Signal::derive(move || {
            state.draft.with(|d| {
                index()
                    .and_then(|i| d.offences.get(i))
                    .map(|o| read(o).clone())
                    .unwrap_or_default()
            })
        }),
        Callback::new(move |value| {
            if let Some(i) = index() {
                state.draft.update(|d| {
                    if let Some(o) = d.offences.get_mut(i) {
                        *write(o) = value;
                    }
                })
            }
        }),
    )
}

/// The same for a string of the sentence.
fn bind_sentence(
    state: AppState,
    (read, write): Field<SentenceDraft>,
) -> (Signal<String>, Callback<String>) {
    bind(
        state,
        move |d| read(&d.sentence).clone(),
        move |d, v| *write(&mut d.sentence) = v,
    )
}

#[component]
pub fn CaseForm() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <form class="case-form" aria-labelledby="form-heading" on:submit=|ev| ev.prevent_default() novalidate>
            <h2 id="form-heading">{tr!(i18n, app.form_heading)}</h2>
            <StageField />
            <OffencesSection />
            <SentenceSection />
            <PersonSection />
            <AsOfField />
        </form>
    }
}

#[component]
fn StageField() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    view! {
        <section class="form-section">
            <RadioGroup
                name="stage"
                options=vec![Stage::Investigation, Stage::Trial, Stage::Serving, Stage::Served]
                selected=Signal::derive(move || state.draft.with(|d| d.stage))
                on_change=Callback::new(move |stage| state.draft.update(|d| d.stage = stage))
                label=words::stage
            >
                {tr!(i18n, app.stage_legend)}
            </RadioGroup>
        </section>
    }
}

#[component]
fn OffencesSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    view! {
        <section class="form-section" aria-labelledby="offences-heading">
            <h3 id="offences-heading">{tr!(i18n, app.offences_heading)}</h3>
            <For each=move || state.offence_keys.get() key=|row| *row let:row>
                <OffenceEditor row=row />
            </For>
            <button type="button" class="secondary" on:click=move |_| state.add_offence()>
                "+ " {tr!(i18n, app.add_offence)}
            </button>
        </section>
    }
}

#[component]
fn OffenceEditor(row: u64) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let index = move || state.index_of(row).unwrap_or(0);
    let offence = move || {
        state
            .draft
            .with(|d| d.offences.get(index()).cloned().unwrap_or_default())
    };
    let update = move |change: &dyn Fn(&mut OffenceDraft)| {
        let i = index();
        state.draft.update(|d| {
            if let Some(o) = d.offences.get_mut(i) {
                change(o);
            }
        })
    };
    let (part, set_part) = bind_offence(state, row, (|o| &o.part, |o| &mut o.part));
    let (date, set_date) = bind_offence(state, row, (|o| &o.committed_on, |o| &mut o.committed_on));
    let path = move |field: &str| format!("offences[{}].{field}", index());
    let several = move || state.offence_keys.with(|k| k.len() > 1);
    let heading_id = move || format!("offence-{row}-heading");

    view! {
        <fieldset class="offence" aria-labelledby=heading_id>
            <h4 class="offence-heading" id=heading_id>{super::live(move || words::offence_number(i18n, index() + 1).to_string())}</h4>
            <ArticlePicker row=row />
            <TextField path=Signal::derive(move || path("part")) value=part on_input=set_part numeric=true>
                {tr!(i18n, app.part_label)}
            </TextField>
            <TextField
                path=Signal::derive(move || path("committed_on"))
                value=date
                on_input=set_date
                hint=ViewFn::from(move || tr!(i18n, app.date_hint))
            >
                {tr!(i18n, app.committed_on_label)}
            </TextField>
            <RadioGroup
                name=Signal::derive(move || format!("context-{row}"))
                options=vec![Context::Riots, Context::Suppression, Context::Other]
                selected=Signal::derive(move || offence().context)
                on_change=Callback::new(move |context| update(&|o| o.context = context))
                label=words::context
            >
                {tr!(i18n, app.context_legend)}
            </RadioGroup>
            <CategorySelect row=row />
            <ExclusionQuestions row=row />
            <Show when=several>
                <button type="button" class="secondary remove" on:click=move |_| state.remove_offence(row)>
                    {tr!(i18n, app.remove_offence)}
                    <span class="visually-hidden">" — " {super::live(move || words::offence_number(i18n, index() + 1).to_string())}</span>
                </button>
            </Show>
        </fieldset>
    }
}

/// The gravity from the verdict, with what the Criminal Code catalogue suggests where it knows.
#[component]
fn CategorySelect(row: u64) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let index = move || state.index_of(row).unwrap_or(0);
    let id = move || format!("category-{row}");
    let current = move || {
        state
            .draft
            .with(|d| d.offences.get(index()).and_then(|o| o.category))
    };
    let suggestion = move || {
        state.draft.with(|d| {
            let o = d.offences.get(index())?;
            let article = o.article.trim().parse().ok()?;
            art11_categories::from_catalogue(
                RulePack::embedded(),
                article,
                o.part.trim().parse().ok(),
            )
            .map(|found| found.category)
        })
    };
    let set = move |value: String| {
        let category = Category::ALL
            .into_iter()
            .find(|c| crate::explain::key_of(c) == value);
        let i = index();
        state.draft.update(|d| {
            if let Some(o) = d.offences.get_mut(i) {
                o.category = category;
            }
        })
    };
    view! {
        <div class="field">
            <label for=id>{tr!(i18n, app.category_label)}</label>
            <select id=id on:change=move |ev| set(event_target_value(&ev))>
                <option value="" selected=move || current().is_none()>{tr!(i18n, app.category_not_known)}</option>
                {Category::ALL
                    .into_iter()
                    .map(|c| {
                        view! {
                            <option value=crate::explain::key_of(&c) selected=move || current() == Some(c)>
                                {super::live(move || words::category(i18n, c).to_string())}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            {move || {
                suggestion()
                    .map(|c| {
                        let text = fill(t_string!(i18n, app.category_suggested), &[("category", words::category(i18n, c).to_string())]);
                        view! { <p class="hint">{text}</p> }
                    })
            }}
        </div>
    }
}

/// The exclusions, asked as plain questions.
#[component]
fn ExclusionQuestions(row: u64) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let index = move || state.index_of(row).unwrap_or(0);
    view! {
        <fieldset class="choices exclusions">
            <legend>{tr!(i18n, app.exclusions_legend)}</legend>
            {ExclusionFact::ALL
                .into_iter()
                .map(|fact| {
                    let id = format!("exclusion-{row}-{}", crate::explain::key_of(&fact));
                    let checked = move || state.draft.with(|d| d.offences.get(index()).is_some_and(|o| o.exclusions.contains(&fact)));
                    let toggle = move |on: bool| {
                        let i = index();
                        state.draft.update(|d| {
                            if let Some(o) = d.offences.get_mut(i) {
                                o.exclusions.retain(|f| *f != fact);
                                if on {
                                    o.exclusions.push(fact);
                                }
                            }
                        })
                    };
                    view! {
                        <div class="choice">
                            <input
                                type="checkbox"
                                id=id.clone()
                                prop:checked=checked
                                on:change=move |ev| toggle(event_target_checked(&ev))
                            />
                            <label for=id>{super::live(move || words::exclusion_question(i18n, fact).to_string())}</label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

#[component]
fn SentenceSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let stage = move || state.draft.with(|d| d.stage);
    let shown = move || state.draft.with(|d| d.has_sentence());
    let (years, set_years) = bind_sentence(state, (|s| &s.years, |s| &mut s.years));
    let (months, set_months) = bind_sentence(state, (|s| &s.months, |s| &mut s.months));
    let (days, set_days) = bind_sentence(state, (|s| &s.days, |s| &mut s.days));
    let (start, set_start) = bind_sentence(state, (|s| &s.start, |s| &mut s.start));
    let punishment = move || state.draft.with(|d| d.sentence.punishment);
    let set_punishment = move |value: String| {
        if let Some(p) = Punishment::ALL
            .into_iter()
            .find(|p| crate::explain::key_of(p) == value)
        {
            state.draft.update(|d| d.sentence.punishment = p);
        }
    };
    view! {
        <Show when=move || stage() != Stage::Investigation>
            <section class="form-section" aria-labelledby="sentence-heading">
                <h3 id="sentence-heading">{tr!(i18n, app.sentence_heading)}</h3>
                <Show when=move || stage() == Stage::Trial>
                    <div class="choice">
                        <input
                            type="checkbox"
                            id="sentence-given"
                            prop:checked=move || state.draft.with(|d| d.sentence_given)
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                state.draft.update(|d| d.sentence_given = on)
                            }
                        />
                        <label for="sentence-given">{tr!(i18n, app.sentence_given_label)}</label>
                    </div>
                </Show>
                <Show when=shown>
                    <div class="field">
                        <label for="punishment">{tr!(i18n, app.punishment_label)}</label>
                        <select id="punishment" on:change=move |ev| set_punishment(event_target_value(&ev))>
                            {Punishment::ALL
                                .into_iter()
                                .map(|p| {
                                    view! {
                                        <option value=crate::explain::key_of(&p) selected=move || punishment() == p>
                                            {super::live(move || words::punishment(i18n, p).to_string())}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </div>
                    <fieldset class="term">
                        <legend>{tr!(i18n, app.term_legend)}</legend>
                        <TextField path="sentence.years" value=years on_input=set_years numeric=true>
                            {tr!(i18n, fields.years)}
                        </TextField>
                        <TextField path="sentence.months" value=months on_input=set_months numeric=true>
                            {tr!(i18n, fields.months)}
                        </TextField>
                        <TextField path="sentence.days" value=days on_input=set_days numeric=true>
                            {tr!(i18n, fields.days)}
                        </TextField>
                    </fieldset>
                    <super::fields::FieldMessages path="sentence" shown=Signal::derive(|| true) />
                    <TextField
                        path="sentence.start"
                        value=start
                        on_input=set_start
                        hint=ViewFn::from(move || tr!(i18n, app.date_hint))
                    >
                        {tr!(i18n, app.start_label)}
                    </TextField>
                    <div class="choice">
                        <input
                            type="checkbox"
                            id="conditional"
                            prop:checked=move || state.draft.with(|d| d.sentence.conditional)
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                state.draft.update(|d| d.sentence.conditional = on)
                            }
                        />
                        <label for="conditional">{tr!(i18n, app.conditional_label)}</label>
                    </div>
                </Show>
            </section>
        </Show>
    }
}

#[component]
fn PersonSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let (birth, set_birth) = bind(state, |d| d.birth_date.clone(), |d, v| d.birth_date = v);
    view! {
        <section class="form-section" aria-labelledby="person-heading">
            <h3 id="person-heading">{tr!(i18n, app.person_heading)}</h3>
            <RadioGroup
                name="recidivism"
                options=vec![Recidivism::None, Recidivism::Recidivism, Recidivism::DangerousRecidivism]
                selected=Signal::derive(move || state.draft.with(|d| d.recidivism))
                on_change=Callback::new(move |r| state.draft.update(|d| d.recidivism = r))
                label=words::recidivism
            >
                {tr!(i18n, app.recidivism_legend)}
            </RadioGroup>
            <TextField
                path="birth_date"
                value=birth
                on_input=set_birth
                autocomplete="bday"
                hint=ViewFn::from(move || view! { {tr!(i18n, app.birth_date_hint)} " " {tr!(i18n, app.date_hint)} })
            >
                {tr!(i18n, app.birth_date_label)}
            </TextField>
        </section>
    }
}

#[component]
fn AsOfField() -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let (as_of, set_as_of) = bind(state, |d| d.as_of.clone(), |d, v| d.as_of = v);
    view! {
        <section class="form-section">
            <TextField path="as_of" value=as_of on_input=set_as_of hint=ViewFn::from(move || tr!(i18n, app.date_hint))>
                {tr!(i18n, app.as_of_label)}
            </TextField>
        </section>
    }
}
