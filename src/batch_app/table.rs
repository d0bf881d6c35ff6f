//! Every case in a table: filtered by outcome, article and how sure, sorted by any column, shown
//! fifty at a time. The filters and the sort apply to every case of the file; the pages only
//! decide how many rows are on the screen at once, so ten thousand cases stay quick and every one
//! is reachable.

use std::collections::HashMap;
use std::sync::Arc;

use amnesty_rules::vocab::{ArticleNo, Named, Status};
use amnesty_rules::Outcome;
use amnesty_words::{self as words, fill, t, Lang};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::notes::{self, Note};
use super::{use_batch, Loaded};
use crate::frame::use_i18n;
use amnesty_batch::protocol::{CaseDecision, CaseRow, Freed};

/// Cases on one page of the table.
pub const PAGE_SIZE: usize = 50;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutcomeFilter {
    All,
    Is(Outcome),
    NotDecided,
}

/// What the table sorts by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKey {
    /// The order of the file.
    Row,
    Case,
    Name,
    Article,
    Outcome,
    Status,
    Release,
    YearsCut,
    /// Released, to be released, or a punishment that ends (in the order of `Freed::ALL`).
    Freed,
    /// The earliest parole date.
    Parole,
}

/// The table's filters, sort and page: kept when the language changes, reset for a new file.
#[derive(Clone, Copy)]
pub struct TableView {
    pub outcome: RwSignal<OutcomeFilter>,
    pub article: RwSignal<Option<ArticleNo>>,
    pub status: RwSignal<Option<Status>>,
    /// The key, and whether descending.
    pub sort: RwSignal<(SortKey, bool)>,
    pub page: RwSignal<usize>,
}

impl TableView {
    pub fn new() -> TableView {
        TableView {
            outcome: RwSignal::new(OutcomeFilter::All),
            article: RwSignal::new(None),
            status: RwSignal::new(None),
            sort: RwSignal::new((SortKey::Row, false)),
            page: RwSignal::new(0),
        }
    }

    pub fn reset(&self) {
        self.outcome.set(OutcomeFilter::All);
        self.article.set(None);
        self.status.set(None);
        self.sort.set((SortKey::Row, false));
        self.page.set(0);
    }
}

fn matches(
    case: &CaseRow,
    outcome: OutcomeFilter,
    article: Option<ArticleNo>,
    status: Option<Status>,
) -> bool {
    let decision = case.decision.as_ref();
    let outcome_ok = match outcome {
        OutcomeFilter::All => true,
        OutcomeFilter::Is(o) => decision.is_some_and(|d| d.outcome == o),
        OutcomeFilter::NotDecided => decision.is_none(),
    };
    let article_ok = article.is_none_or(|a| case.offences.iter().any(|o| o.article == a));
    let status_ok = status.is_none_or(|s| decision.is_some_and(|d| d.status == s));
    outcome_ok && article_ok && status_ok
}

/// The rank of each text in the reader's alphabet, numbers in number order ("2" before "10"),
/// by the browser's own collation; the texts are sorted in JavaScript in one call.
fn collation_ranks(texts: &[&str], lang: Lang) -> Vec<u32> {
    let sorted = (|| -> Option<Vec<String>> {
        let array: js_sys::Array = texts.iter().map(|t| JsValue::from_str(t)).collect();
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"numeric".into(), &JsValue::TRUE).ok()?;
        let collator =
            js_sys::Intl::Collator::new(&js_sys::Array::of1(&lang.code().into()), &options);
        let sort = js_sys::Reflect::get(&array, &"sort".into()).ok()?;
        let sort: js_sys::Function = wasm_bindgen::JsCast::dyn_into(sort).ok()?;
        sort.call1(&array, &collator.compare()).ok()?;
        array.iter().map(|v| v.as_string()).collect()
    })()
    .unwrap_or_else(|| {
        let mut plain: Vec<String> = texts.iter().map(|t| t.to_lowercase()).collect();
        plain.sort();
        plain
    });
    let mut rank: HashMap<&str, u32> = HashMap::with_capacity(sorted.len());
    for (i, text) in sorted.iter().enumerate() {
        rank.entry(text.as_str()).or_insert(i as u32);
    }
    texts
        .iter()
        .map(|t| {
            rank.get(t)
                .or_else(|| rank.get(t.to_lowercase().as_str()))
                .copied()
                .unwrap_or(u32::MAX)
        })
        .collect()
}

/// Compares two optional keys: present ones in order (reversed when descending), missing ones
/// always last.
fn by<T: PartialOrd>(a: Option<T>, b: Option<T>, descending: bool) -> std::cmp::Ordering {
    use std::cmp::Ordering::*;
    match (a, b) {
        (Some(a), Some(b)) => {
            let order = a.partial_cmp(&b).unwrap_or(Equal);
            if descending {
                order.reverse()
            } else {
                order
            }
        }
        (Some(_), None) => Less,
        (None, Some(_)) => Greater,
        (None, None) => Equal,
    }
}

fn outcome_rank(d: Option<&CaseDecision>) -> Option<usize> {
    let d = d?;
    Outcome::ALL.iter().position(|o| *o == d.outcome)
}

fn status_rank(s: Status) -> u8 {
    match s {
        Status::Verified => 0,
        Status::Reported => 1,
        Status::Open => 2,
    }
}

/// The places of the cases the filters keep, in the order asked.
fn visible(loaded: &Loaded, view: &TableView, lang: Lang) -> Vec<u32> {
    let cases = &loaded.result.cases;
    let (outcome, article, status) = (view.outcome.get(), view.article.get(), view.status.get());
    let (key, descending) = view.sort.get();
    let mut kept: Vec<u32> = (0..cases.len() as u32)
        .filter(|i| matches(&cases[*i as usize], outcome, article, status))
        .collect();
    let ranks = match key {
        SortKey::Case => Some(collation_ranks(
            &cases.iter().map(|c| c.case.as_str()).collect::<Vec<_>>(),
            lang,
        )),
        SortKey::Name => Some(collation_ranks(
            &cases.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(),
            lang,
        )),
        _ => None,
    };
    kept.sort_by(|a, b| {
        let (x, y) = (&cases[*a as usize], &cases[*b as usize]);
        let text_rank = |i: u32, text: &str| {
            (!text.is_empty())
                .then(|| ranks.as_ref().map(|r| r[i as usize]))
                .flatten()
        };
        let order = match key {
            SortKey::Row => by(Some(*a), Some(*b), descending),
            SortKey::Case => by(text_rank(*a, &x.case), text_rank(*b, &y.case), descending),
            SortKey::Name => by(text_rank(*a, &x.name), text_rank(*b, &y.name), descending),
            SortKey::Article => by(
                x.offences.first().map(|o| (o.article, o.part)),
                y.offences.first().map(|o| (o.article, o.part)),
                descending,
            ),
            SortKey::Outcome => by(
                outcome_rank(x.decision.as_ref()),
                outcome_rank(y.decision.as_ref()),
                descending,
            ),
            SortKey::Status => by(
                x.decision.as_ref().map(|d| status_rank(d.status)),
                y.decision.as_ref().map(|d| status_rank(d.status)),
                descending,
            ),
            SortKey::Release => by(
                x.decision.as_ref().and_then(first_release),
                y.decision.as_ref().and_then(first_release),
                descending,
            ),
            SortKey::Freed => by(freed_rank(x), freed_rank(y), descending),
            SortKey::Parole => by(parole_on(x), parole_on(y), descending),
            SortKey::YearsCut => by(
                x.decision.as_ref().and_then(|d| d.years_cut),
                y.decision.as_ref().and_then(|d| d.years_cut),
                descending,
            ),
        };
        // Equal keys keep the file's order.
        order.then(a.cmp(b))
    });
    kept
}

/// The earliest release day of any reading (the day shown where the readings give none).
fn first_release(d: &CaseDecision) -> Option<chrono::NaiveDate> {
    d.release_earliest.or(d.figures.release_on)
}

fn freed_rank(case: &CaseRow) -> Option<usize> {
    let freed = case.decision.as_ref()?.freed?;
    Freed::ALL.iter().position(|f| *f == freed)
}

/// The earliest parole day of any reading (the day shown where the readings give none).
fn parole_on(case: &CaseRow) -> Option<chrono::NaiveDate> {
    let d = case.decision.as_ref()?;
    d.parole_earliest.or_else(|| d.parole.as_ref()?.eligible_on)
}

/// A day the readings give differently, in words: the earliest and the latest (`range`), or the
/// earliest where another reading gives none (`only`); `None` where they give one day or none.
fn range_words(
    (earliest, latest): (Option<chrono::NaiveDate>, Option<chrono::NaiveDate>),
    (range, only): (&str, &str),
    lang: Lang,
) -> Option<String> {
    let date = |day| words::date(day, lang);
    match (earliest, latest) {
        (Some(first), Some(last)) if first != last => Some(fill(
            range,
            &[("earliest", date(first)), ("latest", date(last))],
        )),
        (Some(first), None) => Some(fill(only, &[("earliest", date(first))])),
        _ => None,
    }
}

/// The release day in words; for a case whose readings differ, the earliest and the latest, or
/// the earliest where another reading releases no one.
fn release_words(d: &CaseDecision, lang: Lang) -> Option<String> {
    let keys = (
        t!(lang, batch.page.release_range),
        t!(lang, batch.page.release_earliest_only),
    );
    range_words((d.release_earliest, d.release_latest), keys, lang)
        .or_else(|| Some(words::date(first_release(d)?, lang)))
}

/// Released, to be released or a punishment that ends, in words.
fn freed_words(f: Freed, lang: Lang) -> &'static str {
    match f {
        Freed::Released => t!(lang, batch.freed.released),
        Freed::ReleasedInSomeReading => t!(lang, batch.freed.released_in_some_reading),
        Freed::ToBeReleased => t!(lang, batch.freed.to_be_released),
        Freed::ToBeReleasedInSomeReading => t!(lang, batch.freed.to_be_released_in_some_reading),
        Freed::PunishmentEnds => t!(lang, batch.freed.punishment_ends),
    }
}

/// The freed status's key, as the protocol and the tool's JSON name it.
fn freed_key(f: Freed) -> &'static str {
    match f {
        Freed::Released => "released",
        Freed::ReleasedInSomeReading => "released_in_some_reading",
        Freed::ToBeReleased => "to_be_released",
        Freed::ToBeReleasedInSomeReading => "to_be_released_in_some_reading",
        Freed::PunishmentEnds => "punishment_ends",
    }
}

/// After the verdict, one line each where the decision gives it: the custody credited and the
/// earliest parole, replacement and cancelling of a conditional sentence (why one is not
/// available is in the case's explanation).
fn after_verdict(d: &CaseDecision, lang: Lang) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(credited) = d.custody.and_then(|c| c.credited) {
        lines.push(format!(
            "{}: {}",
            t!(lang, batch.results.credited),
            words::credited(credited, lang)
        ));
    }
    // Parole, the day families plan around: the readings' earliest and latest where they differ.
    let parole_range = range_words(
        (d.parole_earliest, d.parole_latest),
        (
            t!(lang, batch.page.parole_range),
            t!(lang, batch.page.parole_earliest_only),
        ),
        lang,
    );
    for (label, early, range) in [
        (t!(lang, batch.results.parole), &d.parole, parole_range),
        (t!(lang, batch.results.replacement), &d.replacement, None),
        (
            t!(lang, batch.results.probation_cancel),
            &d.probation_cancel,
            None,
        ),
    ] {
        let day = early.as_ref().and_then(|e| e.eligible_on);
        if let Some(value) = range.or_else(|| day.map(|day| words::date(day, lang))) {
            lines.push(format!("{label}: {value}"));
        }
    }
    lines
}

/// A figure to one decimal, with the decimal comma of Russian and Kazakh.
pub fn decimal(n: f64, lang: Lang) -> String {
    let text = format!("{n:.1}");
    match lang {
        Lang::En => text,
        Lang::Ru | Lang::Kk => text.replace('.', ","),
    }
}

/// The new punishment in words: a term, hours or an amount.
fn new_punishment(d: &CaseDecision, lang: Lang) -> Option<String> {
    d.figures.measure.map(|m| words::measure(m, lang))
}

fn articles(case: &CaseRow, lang: Lang) -> String {
    case.offences
        .iter()
        .map(|o| words::article(o.article, o.part, lang))
        .collect::<Vec<_>>()
        .join("; ")
}

/// How a case is named to a screen reader and in headings: its id, or its row.
pub fn case_label(case: &CaseRow, lang: Lang) -> String {
    if case.case.is_empty() {
        fill(
            t!(lang, batch.page.case_without_id),
            &[("row", case.rows.first().copied().unwrap_or(0).to_string())],
        )
    } else {
        fill(
            t!(lang, batch.page.case_label),
            &[("case", case.case.clone())],
        )
    }
}

fn row_view(
    case: &CaseRow,
    at: u32,
    lang: Lang,
    open: impl Fn(u32) + Copy + 'static,
) -> impl IntoView {
    let dash = || "—".to_string();
    let rows = case.rows_text();
    let (outcome_class, outcome, status, punishment, release, cut) = match &case.decision {
        Some(d) => (
            format!("outcome outcome-{}", d.outcome.name()),
            words::outcome(d.outcome, lang).to_string(),
            Some(d.status),
            new_punishment(d, lang).unwrap_or_else(dash),
            release_words(d, lang).unwrap_or_else(dash),
            d.years_cut.map(|y| decimal(y, lang)).unwrap_or_else(dash),
        ),
        None => (
            "outcome not-decided".to_string(),
            t!(lang, batch.page.not_decided).to_string(),
            None,
            dash(),
            dash(),
            dash(),
        ),
    };
    let decision = case.decision.as_ref();
    let freed = decision
        .and_then(|d| d.freed)
        .map_or_else(dash, |f| freed_words(f, lang).to_string());
    let later = decision.map(|d| after_verdict(d, lang)).unwrap_or_default();
    let later = if later.is_empty() {
        view! { <span>{dash()}</span> }.into_any()
    } else {
        view! { <ul class="after-verdict">{later.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> }.into_any()
    };
    let label = case_label(case, lang);
    let id = if case.case.is_empty() {
        dash()
    } else {
        case.case.clone()
    };
    view! {
        <tr data-case=case.case.clone() data-outcome=case.decision.as_ref().map_or("not_decided", |d| d.outcome.name())>
            <th scope="row">{id}</th>
            <td>{case.name.clone()}</td>
            <td>{rows}</td>
            <td>{articles(case, lang)}</td>
            <td class=outcome_class>{outcome}</td>
            <td>
                {status.map(|s| view! { <span class=format!("badge status-{}", s.name())>{words::status(s, lang)}</span> })}
            </td>
            <td>{punishment}</td>
            <td class="release">{release}</td>
            <td class="freed" data-freed=decision.and_then(|d| d.freed).map(freed_key)>{freed}</td>
            <td class="number">{cut}</td>
            <td class="later">{later}</td>
            <td>
                <button type="button" class="secondary explain-button" id=format!("explain-{at}") on:click=move |_| open(at)>
                    {t!(lang, batch.page.explain)}
                    <span class="visually-hidden">" " {label}</span>
                </button>
            </td>
        </tr>
    }
}

#[component]
pub fn CasesTable(loaded: Arc<Loaded>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_batch();
    let view = state.view;
    let lang = i18n.lang_untracked();
    let for_memo = loaded.clone();
    let shown = Memo::new(move |_| visible(&for_memo, &view, i18n.lang()));
    let total = loaded.result.cases.len();

    // The choices each filter offers: what the file has.
    let summary = &loaded.result.summary;
    let mut outcome_choices: Vec<(String, String)> = summary
        .outcomes
        .iter()
        .map(|o| {
            (
                o.outcome.name().to_string(),
                words::outcome(o.outcome, lang).to_string(),
            )
        })
        .collect();
    if summary.not_decided > 0 {
        outcome_choices.push((
            "not_decided".into(),
            t!(lang, batch.page.not_decided).into(),
        ));
    }
    let cases = || loaded.result.cases.iter();
    let article_list = distinct(
        cases().flat_map(|c| c.offences.iter().map(|o| o.article)),
        |a| *a,
    );
    let article_choices: Vec<(String, String)> = article_list
        .iter()
        .map(|a| (a.to_string(), words::article(*a, None, lang)))
        .collect();
    let statuses = distinct(
        cases().filter_map(|c| c.decision.as_ref().map(|d| d.status)),
        |s| status_rank(*s),
    );
    let status_choices: Vec<(String, String)> = statuses
        .iter()
        .map(|s| (s.name().to_string(), words::status(*s, lang).to_string()))
        .collect();

    let outcome_value = move || match view.outcome.get() {
        OutcomeFilter::All => String::new(),
        OutcomeFilter::Is(o) => o.name().to_string(),
        OutcomeFilter::NotDecided => "not_decided".into(),
    };
    let set_outcome = move |value: String| {
        view.outcome.set(match value.as_str() {
            "" => OutcomeFilter::All,
            "not_decided" => OutcomeFilter::NotDecided,
            name => Outcome::ALL
                .into_iter()
                .find(|o| o.name() == name)
                .map_or(OutcomeFilter::All, OutcomeFilter::Is),
        });
        view.page.set(0);
    };
    let set_article = move |value: String| {
        view.article.set(
            article_list
                .iter()
                .copied()
                .find(|a| a.to_string() == value),
        );
        view.page.set(0);
    };
    let set_status = move |value: String| {
        view.status.set(
            [Status::Verified, Status::Reported, Status::Open]
                .into_iter()
                .find(|s| s.name() == value),
        );
        view.page.set(0);
    };

    let select = move |id: &'static str,
                       label: &'static str,
                       choices: Vec<(String, String)>,
                       value: Box<dyn Fn() -> String + Send + Sync>,
                       set: Box<dyn Fn(String) + Send + Sync>| {
        view! {
            <div class="field filter">
                <label for=id>{label}</label>
                <select
                    id=id
                    prop:value=value
                    on:change=move |ev| set(event_target_value(&ev))
                >
                    <option value="">{t!(lang, batch.page.filter_all)}</option>
                    {choices
                        .into_iter()
                        .map(|(value, text)| view! { <option value=value>{text}</option> })
                        .collect_view()}
                </select>
            </div>
        }
    };

    // A sortable column heading: a button that sorts by it, again to reverse; with its note,
    // if a newcomer needs one.
    let heading = move |key: SortKey, text: &'static str, note: Option<&'static Note>| {
        let sort = move || {
            let (current, descending) = view.sort.get();
            (current == key).then_some(if descending {
                "descending"
            } else {
                "ascending"
            })
        };
        view! {
            <th scope="col" aria-sort=sort>
                <button
                    type="button"
                    class="sort"
                    data-sort=format!("{key:?}").to_lowercase()
                    aria-describedby=note.map(|n| n.id)
                    on:click=move |_| {
                        let (current, descending) = view.sort.get_untracked();
                        view.sort.set((key, current == key && !descending));
                        view.page.set(0);
                    }
                >
                    {text}
                    <span class="sort-mark" aria-hidden="true">
                        {move || match sort() {
                            Some("ascending") => " ▲",
                            Some(_) => " ▼",
                            None => "",
                        }}
                    </span>
                </button>
                {note.map(|n| notes::at_heading(n, lang))}
            </th>
        }
    };

    let open = move |at: u32| {
        state.selected.set(Some(at as usize));
    };
    let for_rows = loaded.clone();
    let body = move || {
        let lang = i18n.lang();
        let page = view.page.get();
        shown.with(|shown| {
            shown
                .iter()
                .skip(page * PAGE_SIZE)
                .take(PAGE_SIZE)
                .map(|at| row_view(&for_rows.result.cases[*at as usize], *at, lang, open))
                .collect_view()
        })
    };
    let count = move || shown.with(Vec::len);
    let pages = move || count().div_ceil(PAGE_SIZE).max(1);
    let range = move || {
        let lang = i18n.lang();
        let n = count();
        if n == 0 {
            return t!(lang, batch.page.no_match).to_string();
        }
        let page = view.page.get().min(pages() - 1);
        fill(
            t!(lang, batch.page.shown_range),
            &[
                ("from", (page * PAGE_SIZE + 1).to_string()),
                ("to", (page * PAGE_SIZE + PAGE_SIZE).min(n).to_string()),
                ("count", n.to_string()),
                ("total", total.to_string()),
            ],
        )
    };

    view! {
        // Not a landmark of its own: its scrolling table is the region, named by the heading.
        <section class="cases">
            <h3 id="cases-heading">{t!(lang, batch.page.cases_heading)}</h3>
            <div class="filters" role="group" aria-label=t!(lang, batch.page.filters_label)>
                {select("filter-outcome", t!(lang, batch.page.filter_outcome), outcome_choices, Box::new(outcome_value), Box::new(set_outcome))}
                {select(
                    "filter-article",
                    t!(lang, batch.page.filter_article),
                    article_choices,
                    Box::new(move || view.article.get().map(|a| a.to_string()).unwrap_or_default()),
                    Box::new(set_article),
                )}
                {select(
                    "filter-status",
                    t!(lang, batch.page.filter_status),
                    status_choices,
                    Box::new(move || view.status.get().map(|s| s.name().to_string()).unwrap_or_default()),
                    Box::new(set_status),
                )}
            </div>
            <p class="hint">{t!(lang, batch.page.sort_hint)}</p>
            <p class="shown-range" id="shown-range" role="status" aria-live="polite" data-count=count>{range}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="cases-heading">
                <table class="cases-table" aria-describedby="shown-range">
                    <thead>
                        <tr>
                            {heading(SortKey::Case, t!(lang, batch.results.case), None)}
                            {heading(SortKey::Name, t!(lang, batch.results.name), None)}
                            {heading(SortKey::Row, t!(lang, batch.results.rows), Some(&notes::ROWS))}
                            {heading(SortKey::Article, t!(lang, batch.page.articles), None)}
                            {heading(SortKey::Outcome, t!(lang, batch.results.outcome), Some(&notes::OUTCOME))}
                            {heading(SortKey::Status, t!(lang, batch.results.status), Some(&notes::STATUS))}
                            <th scope="col">{t!(lang, explain.new_punishment)}</th>
                            {heading(SortKey::Release, t!(lang, batch.results.release_on), Some(&notes::RELEASE_ON))}
                            {heading(SortKey::Freed, t!(lang, batch.results.freed), Some(&notes::FREED))}
                            {heading(SortKey::YearsCut, t!(lang, batch.results.years_cut), Some(&notes::YEARS_CUT))}
                            {heading(SortKey::Parole, t!(lang, batch.page.after_verdict), Some(&notes::AFTER_VERDICT))}
                            <th scope="col"><span class="visually-hidden">{t!(lang, batch.page.details)}</span></th>
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            <nav class="pager" aria-label=t!(lang, batch.page.pages_label)>
                <button
                    type="button"
                    class="secondary"
                    disabled=move || view.page.get() == 0
                    on:click=move |_| view.page.update(|p| *p = p.saturating_sub(1))
                >
                    {t!(lang, batch.page.previous)}
                </button>
                <span class="page-number">
                    {move || fill(
                        t!(i18n.lang(), batch.page.page_of),
                        &[("page", (view.page.get().min(pages() - 1) + 1).to_string()), ("pages", pages().to_string())],
                    )}
                </span>
                <button
                    type="button"
                    class="secondary"
                    disabled=move || { view.page.get() + 1 >= pages() }
                    on:click=move |_| view.page.update(|p| *p += 1)
                >
                    {t!(lang, batch.page.next)}
                </button>
            </nav>
        </section>
    }
}

/// The values `values` gives, each once, in the order of `rank`: what a filter offers.
fn distinct<T: PartialEq, K: Ord>(
    values: impl Iterator<Item = T>,
    rank: impl FnMut(&T) -> K,
) -> Vec<T> {
    let mut values: Vec<T> = values.collect();
    values.sort_by_key(rank);
    values.dedup();
    values
}
