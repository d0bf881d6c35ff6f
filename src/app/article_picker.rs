//! Choosing a Criminal Code article: by number, or by words of its title in any of the three
//! languages. An article the catalogue lacks can always be typed by number.

use leptos::prelude::*;

use super::i18n::*;
use super::state::{field_id, AppState};
use super::words::lang_of;
use super::I18n;
use crate::pack::{RulePack, Status};

/// How many matches are offered at once.
const MAX_MATCHES: usize = 8;

/// Where an article stands on the law's list, as a short phrase.
fn list_note(i18n: I18n, pack: &RulePack, article: u16) -> &'static str {
    match pack.list_entry(article) {
        Some(entry) if entry.parts.is_some() => t_string!(i18n, app.list_partly),
        Some(entry) if entry.status == Status::Verified => t_string!(i18n, app.list_verified),
        Some(_) => t_string!(i18n, app.list_reported),
        None if article <= pack.covered_list.verified_through_article => {
            t_string!(i18n, app.list_not_listed)
        }
        None => t_string!(i18n, app.list_unknown),
    }
}

#[component]
pub fn ArticlePicker(
    /// The offence row's key.
    row: u64,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let i18n = use_i18n();
    let pack = RulePack::embedded();
    let index = move || state.index_of(row).unwrap_or(0);
    let path = Signal::derive(move || format!("offences[{}].article", index()));
    let text = Signal::derive(move || {
        state.draft.with(|d| {
            d.offences
                .get(index())
                .map(|o| o.article.clone())
                .unwrap_or_default()
        })
    });
    let set = Callback::new(move |value: String| {
        let i = index();
        state.draft.update(|d| {
            if let Some(o) = d.offences.get_mut(i) {
                o.article = value;
            }
        })
    });
    let chosen = move || text.with(|t| t.trim().parse::<u16>().ok());
    let matches = move || {
        let query = text.get();
        if chosen().is_some_and(|n| pack.article(n).is_some()) {
            Vec::new()
        } else {
            pack.search_catalogue(&query, MAX_MATCHES)
        }
    };
    let id = move || field_id(&path.get());

    view! {
        <div class="article-picker">
            <super::fields::TextField
                path=path
                value=text
                on_input=set
                hint=ViewFn::from(move || tr!(i18n, app.article_hint))
            >
                {tr!(i18n, app.article_label)}
            </super::fields::TextField>
            {move || {
                chosen()
                    .map(|n| {
                        let lang = lang_of(i18n.get_locale());
                        let name = pack
                            .article(n)
                            .map(|a| a.title.get(lang).to_string())
                            .unwrap_or_else(|| t_string!(i18n, app.article_not_in_catalogue).to_string());
                        view! {
                            <p class="article-chosen" id=move || format!("{}-chosen", id())>
                                <span class="article-name">{name}</span>
                                " · "
                                <span class="list-note">{list_note(i18n, pack, n)}</span>
                            </p>
                        }
                    })
            }}
            {move || {
                let found = matches();
                let typed = text.with(|t| !t.trim().is_empty());
                if found.is_empty() {
                    (typed && chosen().is_none())
                        .then(|| view! { <p class="hint">{tr!(i18n, app.article_no_match)}</p> }.into_any())
                } else {
                    let lang = lang_of(i18n.get_locale());
                    Some(
                        view! {
                            <div class="article-matches">
                                <p class="matches-label">{tr!(i18n, app.article_matches)}</p>
                                <ul>
                                    {found
                                        .into_iter()
                                        .map(|a| {
                                            let number = a.article;
                                            view! {
                                                <li>
                                                    <button
                                                        type="button"
                                                        class="match"
                                                        on:click=move |_| set.run(number.to_string())
                                                    >
                                                        <span class="match-number">{number}</span>
                                                        " "
                                                        <span>{a.title.get(lang).to_string()}</span>
                                                        " · "
                                                        <span class="list-note">{list_note(i18n, pack, number)}</span>
                                                    </button>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            </div>
                        }
                        .into_any(),
                    )
                }
            }}
        </div>
    }
}
