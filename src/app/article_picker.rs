//! Choosing a Criminal Code article: by number ("269-1", "269.1"), as a lawyer writes it
//! («ст. 272 ч. 2»), or by words of its title in any of the three languages. The law's 53 list
//! entries are offered with what the list says of each; any other number can be typed, and is
//! then not covered.

use amnesty_rules::search::{self, ListedArticle};
use amnesty_rules::vocab::ArticleNo;
use amnesty_rules::RulePack;
use amnesty_words::{self as words, fill, t, Lang};
use leptos::prelude::*;

use super::state::{field_id, AppState};
use super::{tr, use_i18n};

/// How many matches are offered at once.
const MAX_MATCHES: usize = 8;

/// What the law's list says of an article, as a short phrase.
fn list_note(article: ArticleNo, lang: Lang) -> String {
    let pack = RulePack::embedded();
    let entries: Vec<String> = pack
        .list_entries(article)
        .map(|e| match (&e.parts, e.only_minor) {
            (None, _) => t!(lang, app.listed_whole).to_string(),
            (Some(parts), false) => fill(
                t!(lang, app.listed_parts),
                &[("parts", words::parts(parts))],
            ),
            (Some(parts), true) => fill(
                t!(lang, app.listed_parts_minor),
                &[("parts", words::parts(parts))],
            ),
        })
        .collect();
    if entries.is_empty() {
        t!(lang, app.not_on_list).to_string()
    } else {
        fill(
            t!(lang, app.listed_prefix),
            &[("entries", entries.join("; "))],
        )
    }
}

fn title(a: &ListedArticle, lang: Lang) -> String {
    match lang {
        Lang::Kk => a.title.kk.to_string(),
        Lang::Ru => a.title.ru.to_string(),
        Lang::En => a.title.en.to_string(),
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
    // A choice from the list, or a citation with its part: the article, and the part if given.
    let choose = move |article: ArticleNo, part: Option<u8>| {
        let i = index();
        state.draft.update(|d| {
            if let Some(o) = d.offences.get_mut(i) {
                o.article = article.to_string();
                if let Some(part) = part {
                    o.part = part.to_string();
                }
            }
        })
    };
    let chosen = move || text.with(|t| ArticleNo::parse(t, true));
    let matches = move || {
        let query = text.get();
        match chosen() {
            Some(a) if pack.list_entries(a).next().is_some() => Vec::new(),
            _ => search::search(pack, &query, MAX_MATCHES),
        }
    };
    // «ст. 272 ч. 2» typed whole: offer to fill article and part at once.
    let citation = move || {
        let query = search::parse_query(&text.get(), pack);
        match (query.article, chosen()) {
            (Some(a), None) => Some((a, query.part)),
            _ => None,
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
                let lang = i18n.lang();
                chosen()
                    .map(|a| {
                        let name = words::article_title(a, lang)
                            .map(str::to_string)
                            .unwrap_or_else(|| t!(lang, app.article_not_in_catalogue).to_string());
                        view! {
                            <p class="article-chosen" id=move || format!("{}-chosen", id())>
                                <span class="article-name">{name}</span>
                                " · "
                                <span class="list-note">{list_note(a, lang)}</span>
                            </p>
                        }
                    })
            }}
            {move || {
                citation()
                    .map(|(a, part)| {
                        let lang = i18n.lang();
                        view! {
                            <p class="article-citation">
                                <button type="button" class="match" on:click=move |_| choose(a, part)>
                                    {fill(t!(lang, app.use_citation), &[("article", words::article(a, part, lang))])}
                                </button>
                            </p>
                        }
                    })
            }}
            {move || {
                let found = matches();
                let typed = text.with(|t| !t.trim().is_empty());
                let lang = i18n.lang();
                if found.is_empty() {
                    (typed && chosen().is_none() && citation().is_none())
                        .then(|| view! { <p class="hint">{t!(lang, app.article_no_match)}</p> }.into_any())
                } else {
                    Some(
                        view! {
                            <div class="article-matches">
                                <p class="matches-label">{t!(lang, app.article_matches)}</p>
                                <ul>
                                    {found
                                        .into_iter()
                                        .map(|a| {
                                            let article = a.article;
                                            view! {
                                                <li>
                                                    <button type="button" class="match" on:click=move |_| choose(article, None)>
                                                        <span class="match-number">{article.to_string()}</span>
                                                        " "
                                                        <span>{title(&a, lang)}</span>
                                                        " · "
                                                        <span class="list-note">{list_note(article, lang)}</span>
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
