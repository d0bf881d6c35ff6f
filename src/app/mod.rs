//! The browser app (feature `web`): components render decisions; they contain no law.

// The macro form keeps the compile-time checks of keys and interpolations without the ICU
// data-export tooling that the build-script form pulls in.
#[allow(deprecated)]
mod locales {
    leptos_i18n::load_locales!();
}
pub use locales::i18n;

use i18n::*;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    view! {
        <I18nContextProvider>
            <Probe />
        </I18nContextProvider>
    }
}

#[component]
fn Probe() -> impl IntoView {
    let i18n = use_i18n();
    view! { <h1>{t!(i18n, explain.title, law = "152-VII")}</h1> }
}

pub fn mount() {
    leptos::mount::mount_to_body(App);
}
