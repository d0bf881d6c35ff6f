//! The guided form for one case, in plain language. It writes the draft; it decides nothing.

use amnesty_rules::case::{Recidivism, Stage};
use amnesty_rules::decision::{StepDetail, WarningDetail};
use amnesty_rules::vocab::{Category, Context, ExclusionFact, Measured, Named, Punishment};
use amnesty_words::{self as words, fill, t, Lang};
use leptos::prelude::*;

use super::article_picker::{ArticlePicker, PartChoices};
use super::date_hint::DateHint;
use super::fields::{FieldMessages, RadioGroup, TextField};
use super::help::focus_soon;
use super::state::{field_id, use_state_and_words, AppState, RowsNotice};
use crate::draft::{CaseDraft, OffenceDraft, SentenceDraft};
use crate::frame::{live, tr, use_i18n};

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
            <super::after_verdict_fields::AfterVerdictFields />
            <PersonSection />
            <AsOfField />
        </form>
    }
}

#[component]
fn StageField() -> impl IntoView {
    let (state, i18n) = use_state_and_words();
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
    let (state, i18n) = use_state_and_words();
    // The new offence's article takes the focus: a screen reader says its row, the keyboard is
    // where the typing goes next (as bringing one back gives the focus to its article).
    let add = move |_| {
        let index = state.add_offence();
        focus_soon(field_id(&format!("offences[{index}].article")));
    };
    view! {
        <section class="form-section" id="f-offences" tabindex="-1" aria-labelledby="offences-heading">
            <h3 id="offences-heading">{tr!(i18n, app.offences_heading)}</h3>
            // Rebuilt only when an offence is added or removed (each row keeps its values in
            // the state, by its key); a keyed `<For>` would cost 5 KB of download for that.
            {move || {
                state
                    .offence_keys
                    .get()
                    .into_iter()
                    .map(|row| view! { <OffenceEditor row=row /> })
                    .collect_view()
            }}
            <RowsNoticeLine />
            <button type="button" class="secondary" on:click=add>
                "+ " {tr!(i18n, app.add_offence)}
            </button>
        </section>
    }
}

/// Said under the offences when one was removed, with a button that brings it back as it was
/// (the focus goes to it, so the keyboard can undo at once), or when it was brought back. A
/// polite live region: a screen reader hears it. The line and the button are always there, so
/// their texts go through the app's one reactive text type (small).
#[component]
fn RowsNoticeLine() -> impl IntoView {
    let (state, i18n) = use_state_and_words();
    let said = live(move || {
        let lang = i18n.lang();
        let (text, index) = state.rows_notice.with(|notice| match notice {
            Some(RowsNotice::Removed { index, .. }) => (t!(lang, app.offence_removed), *index),
            Some(RowsNotice::Restored { index }) => (t!(lang, app.offence_restored), *index),
            None => ("", 0),
        });
        fill(text, &[("offence", words::offence_number(index + 1, lang))])
    });
    let undoable = move || {
        state
            .rows_notice
            .with(|n| matches!(n, Some(RowsNotice::Removed { .. })))
    };
    let undo = move |_| {
        if let Some(index) = state.undo_remove() {
            focus_soon(field_id(&format!("offences[{index}].article")));
        }
    };
    view! {
        <p class="rows-notice" role="status" aria-live="polite">
            <span>{said}</span>
            <button type="button" id="undo-remove" class="secondary" hidden=move || !undoable() on:click=undo>
                {tr!(i18n, app.undo_remove)}
            </button>
        </p>
    }
}

#[component]
fn OffenceEditor(row: u64) -> impl IntoView {
    let (state, i18n) = use_state_and_words();
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
            <h4 class="offence-heading" id=heading_id>{crate::frame::live(move || words::offence_number(index() + 1, i18n.lang()))}</h4>
            <ArticlePicker row=row />
            <Show when=move || { index() > 0 }>
                <button type="button" class="secondary copy-first" on:click=move |_| state.copy_first_offence(row)>
                    {tr!(i18n, app.copy_first_offence)}
                </button>
            </Show>
            <TextField path=Signal::derive(move || path("part")) value=part on_input=set_part numeric=true>
                {tr!(i18n, app.part_label)}
            </TextField>
            <PartChoices row=row />
            <TextField
                path=Signal::derive(move || path("committed_on"))
                value=date
                on_input=set_date
                date=true
                hint=ViewFn::from(move || tr!(i18n, dates.offence_hint))
            >
                {tr!(i18n, app.committed_on_label)}
            </TextField>
            <DateHint value=date offence=true />
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
            <VictimAge row=row />
            <OwnTerm row=row />
            <Show when=several>
                <button type="button" class="secondary remove" on:click=move |_| {
                    state.remove_offence(row);
                    focus_soon("undo-remove".to_string());
                }>
                    {tr!(i18n, app.remove_offence)}
                    <span class="visually-hidden">" — " {crate::frame::live(move || words::offence_number(index() + 1, i18n.lang()))}</span>
                </button>
            </Show>
        </fieldset>
    }
}

/// The offence's own term as the verdict gives it, before the offences are combined: asked when
/// there are two or more and the sentence's kind is a term, with the sentence's fields. Its kind is
/// the sentence's (an imported one of another kind keeps its own, is named here, and is decided,
/// not asked). With each offence's own, the result gives each one's new punishment and the range
/// of the new aggregate.
#[component]
fn OwnTerm(row: u64) -> impl IntoView {
    let (state, i18n) = use_state_and_words();
    let index = move || state.index_of(row).unwrap_or(0);
    let kind = move || {
        state.draft.with(|d| {
            let sentence = d.sentence.punishment;
            d.offences
                .get(index())
                .map_or(sentence, |o| o.own_sentence.kind(sentence))
        })
    };
    let asked = move || {
        state.offence_keys.with(|k| k.len() > 1)
            && state.draft.with(|d| d.stage != Stage::Investigation)
            && kind().measured() == Measured::Term
    };
    let (years, set_years) = bind_offence(
        state,
        row,
        (|o| &o.own_sentence.years, |o| &mut o.own_sentence.years),
    );
    let (months, set_months) = bind_offence(
        state,
        row,
        (|o| &o.own_sentence.months, |o| &mut o.own_sentence.months),
    );
    let (days, set_days) = bind_offence(
        state,
        row,
        (|o| &o.own_sentence.days, |o| &mut o.own_sentence.days),
    );
    let path = move |field: &'static str| {
        Signal::derive(move || format!("offences[{}].sentence{field}", index()))
    };
    let typed = Signal::derive(move || {
        state.draft.with(|d| {
            d.offences
                .get(index())
                .is_some_and(|o| !o.own_sentence.is_empty(d.sentence.punishment))
        })
    });
    let hint = format!("own-{row}-hint");
    view! {
        <Show when=asked>
            <fieldset class="term own-sentence" aria-describedby=hint.clone()>
                <legend>
                    {tr!(i18n, app.own_sentence_legend)} " "
                    {live(move || words::punishment(kind(), i18n.lang()).to_string())}
                </legend>
                <p class="hint" id=hint.clone()>{tr!(i18n, app.own_sentence_hint)}</p>
                <TextField path=path(".years") value=years on_input=set_years numeric=true>
                    {tr!(i18n, fields.years)}
                </TextField>
                <TextField path=path(".months") value=months on_input=set_months numeric=true>
                    {tr!(i18n, fields.months)}
                </TextField>
                <TextField path=path(".days") value=days on_input=set_days numeric=true>
                    {tr!(i18n, fields.days)}
                </TextField>
                <FieldMessages path=path("") shown=typed />
            </fieldset>
        </Show>
    }
}

/// The gravity category: what the Criminal Code of January 2022 gives the article and part, and,
/// optionally, the one stated in the verdict, which is used instead (the result shows both when
/// they differ).
#[component]
fn CategorySelect(row: u64) -> impl IntoView {
    let (state, i18n) = use_state_and_words();
    let index = move || state.index_of(row).unwrap_or(0);
    let id = move || format!("category-{row}");
    let current = move || {
        state
            .draft
            .with(|d| d.offences.get(index()).and_then(|o| o.category))
    };
    let from_code = move || {
        state.draft.with(|d| {
            let (article, part) = d.offences.get(index())?.article_and_part()?;
            let category = amnesty_rules::code_category(article, part)?;
            Some((article, part, category))
        })
    };
    let set = move |value: String| {
        let category = Category::ALL.into_iter().find(|c| c.name() == value);
        let i = index();
        state.draft.update(|d| {
            if let Some(o) = d.offences.get_mut(i) {
                o.category = category;
            }
        })
    };
    view! {
        <div class="field category">
            {move || {
                let lang = i18n.lang();
                from_code()
                    .map(|(article, part, category)| {
                        let text = fill(
                            t!(lang, app.category_from_code),
                            &[
                                ("category", words::category(category, lang).to_string()),
                                ("article", words::article(article, part, lang)),
                            ],
                        );
                        view! { <p class="category-from-code" id=move || format!("{}-code", id())>{text}</p> }
                    })
            }}
            <label for=id>{tr!(i18n, app.category_label)}</label>
            <select id=id on:change=move |ev| set(event_target_value(&ev))>
                <option value="" selected=move || current().is_none()>{tr!(i18n, app.category_as_code)}</option>
                {Category::ALL
                    .into_iter()
                    .map(|c| {
                        view! {
                            <option value=c.name() selected=move || current() == Some(c)>
                                {crate::frame::live(move || words::category(c, i18n.lang()).to_string())}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// The plain question the form asks for an exclusion fact.
fn exclusion_question(fact: ExclusionFact, lang: Lang) -> &'static str {
    match fact {
        ExclusionFact::Terrorist => t!(lang, app.q_terrorist),
        ExclusionFact::Extremist => t!(lang, app.q_extremist),
        ExclusionFact::Corruption => t!(lang, app.q_corruption),
        ExclusionFact::Treason => t!(lang, app.q_treason),
        ExclusionFact::Torture => t!(lang, app.q_torture),
        ExclusionFact::OrganisingRiots => t!(lang, app.q_organising_riots),
        ExclusionFact::SexualOffenceAgainstMinor => t!(lang, app.q_sexual_offence_against_minor),
    }
}

/// The victim's age, asked only where it decides (the exception of Law Art. 2 item 4): when the
/// sexual-crime question is answered yes, or the result asks for it.
#[component]
fn VictimAge(row: u64) -> impl IntoView {
    let (state, i18n) = use_state_and_words();
    let index = move || state.index_of(row).unwrap_or(0);
    let (value, set_value) = bind_offence(state, row, (|o| &o.victim_age, |o| &mut o.victim_age));
    let asked = move || {
        let i = index();
        let ticked = state.draft.with(|d| {
            d.offences.get(i).is_some_and(|o| {
                o.exclusions
                    .contains(&ExclusionFact::SexualOffenceAgainstMinor)
                    || !o.victim_age.is_empty()
            })
        });
        ticked
            || state.decision.with(|d| {
                d.as_ref().is_ok_and(|d| {
                    d.warnings.iter().any(|w| {
                        w.offence == Some(i)
                            && matches!(w.detail, WarningDetail::VictimAgeToCheck { .. })
                    }) || d.steps.iter().any(|s| {
                        s.offence == Some(i)
                            && matches!(s.detail, StepDetail::VictimAgeUnknown { .. })
                    })
                })
            })
    };
    let path = Signal::derive(move || format!("offences[{}].victim_age", index()));
    view! {
        <Show when=asked>
            <TextField path=path value=value on_input=set_value numeric=true hint=ViewFn::from(move || tr!(i18n, app.victim_age_hint))>
                {tr!(i18n, fields.victim_age)}
            </TextField>
        </Show>
    }
}

/// The exclusions, asked as plain questions.
#[component]
fn ExclusionQuestions(row: u64) -> impl IntoView {
    let (state, i18n) = use_state_and_words();
    let index = move || state.index_of(row).unwrap_or(0);
    view! {
        <fieldset class="choices exclusions">
            <legend>{tr!(i18n, app.exclusions_legend)}</legend>
            {ExclusionFact::ALL
                .into_iter()
                .map(|fact| {
                    let id = format!("exclusion-{row}-{}", fact.name());
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
                            <label for=id>{crate::frame::live(move || exclusion_question(fact, i18n.lang()).to_string())}</label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

#[component]
fn SentenceSection() -> impl IntoView {
    let (state, i18n) = use_state_and_words();
    let stage = move || state.draft.with(|d| d.stage);
    let shown = move || state.draft.with(|d| d.has_sentence());
    let (years, set_years) = bind_sentence(state, (|s| &s.years, |s| &mut s.years));
    let (months, set_months) = bind_sentence(state, (|s| &s.months, |s| &mut s.months));
    let (days, set_days) = bind_sentence(state, (|s| &s.days, |s| &mut s.days));
    let (hours, set_hours) = bind_sentence(state, (|s| &s.hours, |s| &mut s.hours));
    let (amount, set_amount) = bind_sentence(state, (|s| &s.amount, |s| &mut s.amount));
    let (start, set_start) = bind_sentence(state, (|s| &s.start, |s| &mut s.start));
    let punishment = move || state.draft.with(|d| d.sentence.punishment);
    let measured = move || punishment().measured();
    // The sentence's own messages (no term given) wait until a figure of it has been typed.
    let figures_typed = Signal::derive(move || {
        let typed = |text: &String| !text.trim().is_empty();
        ["years", "months", "days", "hours", "amount"]
            .iter()
            .any(|field| state.is_touched(&format!("sentence.{field}")))
            || state.draft.with(|d| {
                let s = &d.sentence;
                [&s.years, &s.months, &s.days, &s.hours, &s.amount]
                    .into_iter()
                    .any(typed)
            })
    });
    let set_punishment = move |value: String| {
        if let Some(p) = Punishment::ALL.into_iter().find(|p| p.name() == value) {
            state.draft.update(|d| d.sentence.punishment = p);
        }
    };
    view! {
        <Show when=move || stage() != Stage::Investigation>
            <section class="form-section" id="f-sentence" tabindex="-1" aria-labelledby="sentence-heading">
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
                                        <option value=p.name() selected=move || punishment() == p>
                                            {crate::frame::live(move || words::punishment(p, i18n.lang()).to_string())}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </div>
                    <Show when=move || measured() == Measured::Term>
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
                    </Show>
                    <Show when=move || measured() == Measured::Hours>
                        <TextField path="sentence.hours" value=hours on_input=set_hours numeric=true>
                            {tr!(i18n, fields.hours)}
                        </TextField>
                    </Show>
                    <Show when=move || measured() == Measured::Amount>
                        <TextField
                            path="sentence.amount"
                            value=amount
                            on_input=set_amount
                            numeric=true
                            hint=ViewFn::from(move || tr!(i18n, app.amount_hint))
                        >
                            {tr!(i18n, fields.amount)}
                        </TextField>
                    </Show>
                    <FieldMessages path="sentence" shown=figures_typed />
                    <super::sanction_warning::SanctionWarning />
                    <TextField
                        path="sentence.start"
                        value=start
                        on_input=set_start
                        date=true
                        hint=ViewFn::from(move || tr!(i18n, dates.hint))
                    >
                        {move || if measured() == Measured::Term { tr!(i18n, app.start_label) } else { tr!(i18n, app.start_optional_label) }}
                    </TextField>
                    <DateHint value=start />
                    <Show when=move || punishment() == Punishment::Imprisonment>
                        <div class="choice">
                            <input
                                type="checkbox"
                                id="f-sentence-conditional"
                                prop:checked=move || state.draft.with(|d| d.sentence.conditional)
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    state.draft.update(|d| d.sentence.conditional = on)
                                }
                            />
                            <label for="f-sentence-conditional">{tr!(i18n, app.conditional_label)}</label>
                        </div>
                    </Show>
                </Show>
            </section>
        </Show>
    }
}

#[component]
fn PersonSection() -> impl IntoView {
    let (state, i18n) = use_state_and_words();
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
                date=true
                hint=ViewFn::from(move || view! { {tr!(i18n, app.birth_date_hint)} " " {tr!(i18n, dates.hint)} })
            >
                {tr!(i18n, app.birth_date_label)}
            </TextField>
            <DateHint value=birth />
        </section>
    }
}

#[component]
fn AsOfField() -> impl IntoView {
    let (state, i18n) = use_state_and_words();
    let (as_of, set_as_of) = bind(state, |d| d.as_of.clone(), |d, v| d.as_of = v);
    view! {
        <section class="form-section">
            <TextField path="as_of" value=as_of on_input=set_as_of date=true hint=ViewFn::from(move || tr!(i18n, dates.hint))>
                {tr!(i18n, app.as_of_label)}
            </TextField>
            <DateHint value=as_of calculation=true />
        </section>
    }
}
