//! Help and about, inside the page: what the law covers, where to find the article and part in a
//! verdict, what each status means, the versions and sources, and the one-file edition to take
//! away.

use leptos::prelude::*;

/// The help, reachable from the page's header.
#[component]
pub fn Help() -> impl IntoView {}
