//! Details only the printout carries: the person's name, the case number, the court, the
//! verdict's court, date and the date it took effect, and who prepared it. Optional, and kept in
//! the page only: they are not part of the draft, so the case file and "remember on this device"
//! never see them (the person's name may name the saved file, never its contents), and they are
//! gone when the page closes.

use leptos::prelude::*;

use crate::frame::{tr, use_i18n};

/// The details as typed, shared by the fields beside the result and the printout.
#[derive(Clone, Copy)]
pub struct Details {
    pub person: RwSignal<String>,
    pub case_number: RwSignal<String>,
    pub court: RwSignal<String>,
    pub verdict_court: RwSignal<String>,
    pub verdict_date: RwSignal<String>,
    pub verdict_in_force: RwSignal<String>,
    pub prepared_by: RwSignal<String>,
    pub role: RwSignal<String>,
}

impl Details {
    fn new() -> Details {
        Details {
            person: RwSignal::new(String::new()),
            case_number: RwSignal::new(String::new()),
            court: RwSignal::new(String::new()),
            verdict_court: RwSignal::new(String::new()),
            verdict_date: RwSignal::new(String::new()),
            verdict_in_force: RwSignal::new(String::new()),
            prepared_by: RwSignal::new(String::new()),
            role: RwSignal::new(String::new()),
        }
    }

    /// The case number as the running head shows it: a "№" or "No." typed in front is dropped,
    /// since the label already says it.
    pub fn case_number_bare(&self) -> String {
        self.case_number.with(|n| {
            n.trim()
                .trim_start_matches(['№', '#'])
                .trim_start_matches("No.")
                .trim()
                .to_string()
        })
    }
}

/// Makes the details available to the printout; called once by the page.
pub fn provide() {
    provide_context(Details::new());
}

pub fn use_details() -> Details {
    expect_context::<Details>()
}

/// The fields for the details, beside the result, folded away until asked for.
#[component]
pub fn PrintDetails() -> impl IntoView {
    let i18n = use_i18n();
    let details = use_details();
    view! {
        <details class="print-details">
            <summary>{tr!(i18n, print.details_heading)}</summary>
            <p class="hint">{tr!(i18n, print.details_hint)}</p>
            <DetailField id="print-person" label=tr!(i18n, print.person) value=details.person />
            <DetailField id="print-case-number" label=tr!(i18n, print.case_number) value=details.case_number />
            <DetailField id="print-court" label=tr!(i18n, print.court) value=details.court />
            <DetailField id="print-verdict-court" label=tr!(i18n, print.verdict_court) value=details.verdict_court />
            <DetailField id="print-verdict-date" label=tr!(i18n, print.verdict_date) hint=tr!(i18n, dates.hint) value=details.verdict_date date=true />
            <DetailField
                id="print-verdict-in-force"
                label=tr!(i18n, print.verdict_in_force)
                hint=tr!(i18n, dates.hint)
                value=details.verdict_in_force
                date=true
            />
            <DetailField id="print-prepared-by" label=tr!(i18n, print.prepared_by) value=details.prepared_by />
            <DetailField
                id="print-role"
                label=tr!(i18n, print.role)
                hint=tr!(i18n, print.role_hint)
                value=details.role
            />
        </details>
    }
}

/// One labelled text field. The browser is asked not to offer or keep what is typed.
#[component]
fn DetailField(
    id: &'static str,
    label: Signal<&'static str>,
    value: RwSignal<String>,
    #[prop(optional)] hint: Option<Signal<&'static str>>,
    /// A date: the same keypad as the form's date fields (digits and a separator).
    #[prop(optional)]
    date: bool,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described_by = hint.is_some().then(|| hint_id.clone());
    let inputmode = if date { "decimal" } else { "text" };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
            <input type="text" id=id inputmode=inputmode autocomplete="off" aria-describedby=described_by bind:value=value />
        </div>
    }
}
