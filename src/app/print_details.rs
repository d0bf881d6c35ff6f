//! Details only the printout carries: the person's name, the case number, the court and who
//! prepared it. Optional, kept in the page only (never saved or remembered).

use leptos::prelude::*;

/// Makes the details available to the printout; called once by the page.
pub fn provide() {}

/// The fields for the details, beside the result.
#[component]
pub fn PrintDetails() -> impl IntoView {}
