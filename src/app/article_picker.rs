//! Choosing a Criminal Code article: by number ("269-1"), as a lawyer writes it («ст. 272 ч. 2»,
//! «п. 2 ч. 3 ст. 189», "272.2" where the Code has no Art. 272-2), or by words of its title (in
//! each language the page has loaded: the reader's, and any switched to) or of a part's subject
//! in any of the three languages. The field is an ARIA 1.2 combobox: the law's
//! list entries that match are offered in a listbox, with what the list says of each, chosen with
//! the arrow keys and Enter or by a tap. Any other article of the Code can be typed, and is then
//! not covered; a number the Code did not have is named at the field. A suggestion still pending
//! when the field is left is taken when it is the only one; with several, the field says to
//! choose. Once the article is known, its parts are offered, each with its category and what the
//! list says of it.

use amnesty_rules::cited::{self, Cited, Reading};
use amnesty_rules::vocab::ArticleNo;
use amnesty_rules::{code_index, RulePack};
use amnesty_words::{self as words, fill, t, Lang};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::fields::FieldMessages;
use super::state::{field_id, use_state_and_words};
use crate::frame::tr;

/// How many matches are offered at once.
const MAX_MATCHES: usize = 8;

/// One option of the list: the article, the part a citation gave, and whether it is that
/// citation (offered as "Use CC Art. 272 part 2") rather than a match.
type Choice = (ArticleNo, Option<u8>, bool);

/// What the law's list says of an article, as a short phrase.
fn list_note(article: ArticleNo, lang: Lang) -> String {
    let entries: Vec<String> = RulePack::embedded()
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

/// What the list says of one part: on it, on it only when a minor committed it, or not on it.
fn part_note(article: ArticleNo, part: u8, lang: Lang) -> &'static str {
    let entry = RulePack::embedded()
        .list_entries(article)
        .find(|e| e.parts.as_ref().is_none_or(|parts| parts.contains(&part)));
    match entry {
        Some(e) if e.only_minor => t!(lang, picker.part_minor),
        Some(_) => t!(lang, picker.part_listed),
        None => t!(lang, app.not_on_list),
    }
}

/// How many parts a listed article has in the Code of January 2022 (`None`: not on the list).
fn parts_in_code(article: ArticleNo) -> Option<u8> {
    Some(
        RulePack::embedded()
            .list_entries(article)
            .next()?
            .parts_in_code,
    )
}

/// How many parts an article of the Code of January 2022 has (`None`: the Code had no such
/// article in force).
fn code_parts(article: ArticleNo) -> Option<u8> {
    code_index::find(article)
        .filter(|c| !c.repealed)
        .map(|c| c.parts)
}

/// A citation as an option, when the Code had that article and part.
fn citation(c: Cited) -> Option<Choice> {
    let parts = code_parts(c.article)?;
    c.part
        .is_none_or(|p| (1..=parts).contains(&p))
        .then_some((c.article, c.part, true))
}

/// The options for what was typed: first the citation itself («ст. 272 ч. 2», "272.2") when it
/// says more than a match does, or both readings of "269.1"; then the matches, parts whose
/// subject the words name among them.
fn options(text: &str) -> Vec<Choice> {
    let mut out: Vec<Choice> = Vec::new();
    match cited::parse(text).reading {
        Some(Reading::Plain(c))
            if c.part.is_some()
                || (ArticleNo::parse(text) != Some(c.article)
                    && parts_in_code(c.article).is_none()) =>
        {
            out.extend(citation(c))
        }
        Some(Reading::DotAsPart(c)) => out.extend(citation(c)),
        // The dash article is among the matches when the list has it.
        Some(Reading::Ambiguous { dash, part }) => {
            out.extend(citation(part));
            if parts_in_code(dash.article).is_none() {
                out.extend(citation(dash));
            }
        }
        _ => {}
    }
    out.extend(
        words::search_articles(text, MAX_MATCHES)
            .into_iter()
            .map(|(article, part)| (article, part, part.is_some())),
    );
    out
}

/// The one article and part the text names, if it names one («ст. 272 ч. 2», "272.2", "27").
fn typed_choice(text: &str) -> Option<Choice> {
    let meant = crate::draft::read_article(text).ok()?;
    Some((meant.article, meant.part, true))
}

/// Moves the focus on to the next question after a choice.
fn focus(id: &str) {
    if let Some(element) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

#[component]
pub fn ArticlePicker(
    /// The offence row's key.
    row: u64,
) -> impl IntoView {
    let (state, i18n) = use_state_and_words();
    let index = move || state.index_of(row).unwrap_or(0);
    let path = Signal::derive(move || format!("offences[{}].article", index()));
    let id = move || field_id(&path.get());
    let text = move || {
        state.draft.with(|d| {
            d.offences
                .get(index())
                .map(|o| o.article.clone())
                .unwrap_or_default()
        })
    };
    // The list is open while the person types; `active` is the highlighted option. While they
    // are `editing`, the field's messages wait: a half-typed query is not an error.
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let editing = RwSignal::new(false);
    // The part a dot was read as ("272.2" taken as Art. 272 part 2): said beside the field.
    let read_as = RwSignal::new(None::<usize>);
    let close = move || {
        open.set(false);
        active.set(None);
        // Only a field typed in shows its messages: passing through it says nothing yet.
        if editing.get_untracked() {
            state.touch(&path.get_untracked());
        }
        editing.set(false);
    };
    // The article the field names, when the Code had it: what the note beside the field is about.
    let chosen = move || {
        crate::draft::read_article(&text())
            .ok()
            .map(|c| c.article)
            .filter(|a| code_parts(*a).is_some())
    };
    let options = move || options(&text());
    let expanded = move || open.get() && !options().is_empty();
    // The list's own ids follow the row, not the field's path: they never need to change.
    let list_id = format!("picker-{row}-list");
    let option_id = move |n: usize| format!("picker-{row}-option-{n}");

    // The article, and the part if the choice gave one, saying so when a dot was read as the
    // part ("272.2").
    let take = move |(article, part, _): Choice| {
        let typed = text();
        let dotted = matches!(cited::parse(&typed).reading,
            Some(Reading::DotAsPart(c)) if (c.article, c.part) == (article, part));
        read_as.set(part.filter(|_| dotted).map(usize::from));
        let i = index();
        state.draft.update(|d| {
            if let Some(o) = d.offences.get_mut(i) {
                o.article = article.to_string();
                if let Some(part) = part {
                    o.part = part.to_string();
                }
            }
        });
        close();
    };
    // Taken, and then on to the next question: the part, or the date when the part is given or
    // the article has none.
    let choose = move |choice: Choice| {
        take(choice);
        let (article, part, _) = choice;
        let next = if part.is_some() || code_parts(article) == Some(0) {
            "committed_on"
        } else {
            "part"
        };
        focus(&field_id(&format!("offences[{}].{next}", index())));
    };
    // Leaving the field with a suggestion pending: what the text itself names, else the only
    // option; with several, nothing is taken and the field's message says to choose.
    let leave = move || {
        if editing.get_untracked() {
            let found = options();
            let only = (found.len() == 1).then(|| found[0]);
            if let Some(choice) = typed_choice(&text()).or(only) {
                take(choice);
            }
        }
        close();
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let found = options();
        let count = found.len();
        let key = ev.key();
        match key.as_str() {
            "ArrowDown" | "ArrowUp" => {
                ev.prevent_default();
                open.set(true);
                if count > 0 {
                    let down = key == "ArrowDown";
                    active.update(|a| {
                        *a = Some(match *a {
                            Some(n) if down => (n + 1) % count,
                            Some(n) => (n + count - 1) % count,
                            None if down => 0,
                            None => count - 1,
                        })
                    });
                }
            }
            // The highlighted option; else the only one; else what was typed, if it names an
            // article («ст. 272 ч. 2» fills both fields).
            "Enter" if open.get_untracked() => {
                ev.prevent_default();
                let picked = active
                    .get_untracked()
                    .or((count == 1).then_some(0))
                    .and_then(|n| found.get(n).copied());
                if let Some(choice) = picked.or_else(|| typed_choice(&text())) {
                    choose(choice);
                }
            }
            "Escape" if open.get_untracked() => {
                ev.prevent_default();
                open.set(false);
                active.set(None);
            }
            _ => {}
        }
    };

    // The options, written as HTML: as Leptos elements they cost some 3 KB more of the page's
    // program. Only the rule pack's and our own words go in, never what was typed.
    let options_html = move || {
        let lang = i18n.lang();
        let active = active.get();
        let mut html = String::new();
        if !expanded() {
            return html;
        }
        for (n, (article, part, cited)) in options().into_iter().enumerate() {
            let (class, head, rest) = if cited {
                let cited = words::article(article, part, lang);
                let offer = fill(t!(lang, app.use_citation), &[("article", cited)]);
                (" article-citation", offer, String::new())
            } else {
                let title = words::article_title(article, lang).unwrap_or_default();
                let note = list_note(article, lang);
                let rest = format!(" {title} · <span class=\"list-note\">{note}</span>");
                ("", article.to_string(), rest)
            };
            html += &format!(
                "<li role=\"option\" id=\"{}\" data-n=\"{n}\" class=\"match{class}\" aria-selected=\"{}\">\
                 <span class=\"match-number\">{head}</span>{rest}</li>",
                option_id(n),
                active == Some(n),
            );
        }
        html
    };
    let shown = Signal::derive(move || {
        !editing.get() && path.with(|p| state.touched.with(|t| t.contains(p)))
    });
    let invalid = move || shown.get() && !state.errors_at(&path.get()).is_empty();
    // What the list says of the article typed: at once for one on the list; for another number
    // only once the person has stopped searching (on the way to "272", "27" is not news).
    let note_shown = move || {
        chosen()
            .is_some_and(|a| parts_in_code(a).is_some() || !editing.get() || options().is_empty())
    };
    let described_by = move || {
        let mut ids = format!("picker-{row}-hint");
        if note_shown() {
            ids += &format!(" picker-{row}-chosen");
        }
        if invalid() {
            ids += &format!(" {}-error", id());
        }
        ids
    };

    // The combobox's state, written in one place: the input's changing ARIA attributes and the
    // options (the listbox follows the input). As reactive view attributes they cost some 3 KB
    // more of the page's program.
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        let Some(input) = input.get() else { return };
        let Some(list) = input.next_element_sibling() else {
            return;
        };
        let expanded = expanded();
        let _ = input.set_attribute("aria-expanded", &expanded.to_string());
        let _ = input.set_attribute("aria-invalid", &invalid().to_string());
        let _ = input.set_attribute("aria-describedby", &described_by());
        let _ = match active.get().filter(|_| expanded) {
            Some(n) => input.set_attribute("aria-activedescendant", &option_id(n)),
            None => input.remove_attribute("aria-activedescendant"),
        };
        list.set_inner_html(&options_html());
    });

    view! {
        <div class="field article-picker" class:invalid=invalid>
            <label for=id id=format!("picker-{row}-label")>
                {tr!(i18n, app.article_label)}
            </label>
            <p class="hint" id=format!("picker-{row}-hint")>{tr!(i18n, picker.hint)}</p>
            <input
                node_ref=input
                id=id
                role="combobox"
                autocomplete="off"
                spellcheck="false"
                aria-autocomplete="list"
                aria-expanded="false"
                aria-controls=list_id.clone()
                type="text"
                prop:value=text
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    let i = index();
                    state.draft.update(|d| {
                        if let Some(o) = d.offences.get_mut(i) {
                            o.article = value;
                        }
                    });
                    open.set(true);
                    active.set(None);
                    editing.set(true);
                    read_as.set(None);
                }
                on:keydown=on_keydown
                on:blur=move |_| leave()
            />
            <ul
                class="article-matches"
                id=list_id
                role="listbox"
                aria-labelledby=format!("picker-{row}-label")
                on:mousedown=|ev| ev.prevent_default()
                on:click=move |ev| {
                    let n = ev
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .and_then(|e| e.closest("[role=option]").ok().flatten())
                        .and_then(|e| e.get_attribute("data-n")?.parse::<usize>().ok());
                    if let Some(choice) = n.and_then(|n| options().get(n).copied()) {
                        choose(choice);
                    }
                }
            ></ul>
            <FieldMessages path=path shown=shown />
            {move || {
                let lang = i18n.lang();
                let article = chosen().filter(|_| note_shown())?;
                let name = words::article_title(article, lang)
                    .map(str::to_string)
                    .unwrap_or_else(|| words::article(article, None, lang));
                // "272.2" taken as Art. 272 part 2 says so first.
                let read_as = read_as.get().map(|part| {
                    let cited = words::article(article, Some(part as u8), lang);
                    fill(t!(lang, picker.read_as), &[("article", cited)]) + " "
                }).unwrap_or_default();
                Some(view! {
                    <p class="article-chosen" id=format!("picker-{row}-chosen")>
                        <span class="article-read-as">{read_as}</span>
                        <span class="article-name">{name}</span>
                        " · "
                        <span class="list-note">{list_note(article, lang)}</span>
                    </p>
                })
            }}
            <div role="status">
                {move || {
                    let text = text();
                    let nothing = !text.trim().is_empty()
                        && cited::parse(&text).reading.is_none()
                        && options().is_empty();
                    nothing.then(|| view! { <p class="hint">{t!(i18n.lang(), picker.no_match)}</p> })
                }}
            </div>
        </div>
    }
}

/// The parts of the article typed, once it is one on the list: each with its category in the
/// Code of January 2022 and what the list says of it. Choosing one fills the part field.
#[component]
pub fn PartChoices(
    /// The offence row's key.
    row: u64,
) -> impl IntoView {
    let (state, i18n) = use_state_and_words();
    let index = move || state.index_of(row).unwrap_or(0);
    let typed = move || {
        state
            .draft
            .with(|d| d.offences.get(index())?.article_and_part())
    };
    let pick = move |part: u8| {
        let i = index();
        state.draft.update(|d| {
            if let Some(o) = d.offences.get_mut(i) {
                o.part = part.to_string();
            }
        });
        focus(&field_id(&format!("offences[{i}].committed_on")));
    };
    move || {
        let (article, current) = typed()?;
        let parts = parts_in_code(article).filter(|n| *n > 0)?;
        let lang = i18n.lang();
        let heading = format!("picker-{row}-parts");
        Some(view! {
            <div class="part-choices" role="group" aria-labelledby=heading.clone()>
                <p class="part-choices-heading" id=heading.clone()>
                    {fill(t!(lang, picker.parts_heading), &[("number", article.to_string())])}
                </p>
                <ul>
                    {(1..=parts)
                        .map(|part| {
                            let category = amnesty_rules::code_category(article, Some(part))
                                .map(|c| format!(" · {}", words::category(c, lang)));
                            view! {
                                <li>
                                    <button
                                        type="button"
                                        class="part-choice"
                                        aria-pressed=if current == Some(part) { "true" } else { "false" }
                                        on:click=move |_| pick(part)
                                    >
                                        <span class="part-number">
                                            {fill(t!(lang, picker.part), &[("part", part.to_string())])}
                                        </span>
                                        {category}
                                        " · "
                                        <span class="list-note">{part_note(article, part, lang)}</span>
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        })
    }
}
