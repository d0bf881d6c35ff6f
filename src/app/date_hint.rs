//! Under a date field: the date as it was understood, and, for the date of an offence, a word
//! when it is close to the amnesty's period but outside it (an arrest date, say).

use leptos::prelude::*;

/// What the typed date was read as; for the date of an offence, how it stands to the period.
#[component]
pub fn DateHint(
    /// What is typed in the field.
    #[prop(into)]
    value: Signal<String>,
    /// Whether the field is the date of an offence.
    #[prop(optional)]
    offence: bool,
) -> impl IntoView {
    let _ = (value, offence);
}
