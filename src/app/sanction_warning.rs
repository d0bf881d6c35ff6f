//! Beside the sentence's fields: the decision's warning that the punishment entered is more than
//! the law allows (CC Art. 52 for one offence, Art. 58 for several), so a typo is seen where it
//! was typed. It renders the decision's warnings; it decides nothing.

use amnesty_words as words;
use leptos::prelude::*;

use super::state::use_state_and_words;

/// The warnings about the sentence as entered, each in the decision's own words.
#[component]
pub fn SanctionWarning() -> impl IntoView {
    let (state, i18n) = use_state_and_words();
    move || {
        let lang = i18n.lang();
        let said: Vec<String> = state.decision.with(|d| {
            let Ok(d) = d else { return Vec::new() };
            let several = words::several(d);
            // One offence: its warning is the sentence's; several: the aggregate's (an offence's
            // own sentence is warned of with that offence).
            d.warnings
                .iter()
                .filter(|w| {
                    w.detail.is_beyond_the_law() && (d.offences.len() < 2 || w.offence.is_none())
                })
                .map(|w| words::warning(w, several, lang))
                .collect()
        });
        (!said.is_empty()).then(|| {
            view! {
                <div class="sanction-warning" id="f-sentence-warning" role="status">
                    {said.into_iter().map(|s| view! { <p>{s}</p> }).collect_view()}
                </div>
            }
        })
    }
}
