//! The caseload at a glance: the figures, a bar chart of the outcomes (SVG, with the same
//! figures as a table beside it for everyone who does not see it), the release dates; and the
//! downloads and the printout.

use std::collections::HashSet;
use std::sync::Arc;

use chrono::NaiveDate;

use amnesty_rules::vocab::Named;
use amnesty_words::{self as words, fill, t, Lang};
use leptos::prelude::*;

use super::table::decimal;
use super::{use_batch, Loaded};
use crate::frame::{tr, use_i18n};
use amnesty_batch::protocol::{Format, Freed};

/// The chart's width in its own units; each bar gets a line of text above it.
const WIDTH: u32 = 640;
const ROW: u32 = 44;

/// One bar of the chart: its class (the outcome's colour), its words, its count.
struct Bar {
    class: String,
    label: String,
    count: u32,
}

fn bars(loaded: &Loaded, lang: Lang) -> Vec<Bar> {
    let summary = &loaded.result.summary;
    let mut bars: Vec<Bar> = summary
        .outcomes
        .iter()
        .map(|o| Bar {
            class: format!("bar outcome-{}", o.outcome.name()),
            label: words::outcome(o.outcome, lang).to_string(),
            count: o.count,
        })
        .collect();
    if summary.not_decided > 0 {
        bars.push(Bar {
            class: "bar not-decided".into(),
            label: t!(lang, batch.page.not_decided).into(),
            count: summary.not_decided,
        });
    }
    bars
}

/// The chart is 640 units wide, about 80 characters of its 13-pixel text: a longer outcome is
/// cut with "…" as drawn (QA: «…от уголовной ответственнс» clipped mid-word); the table under
/// the chart and the chart's spoken label give each in full.
const DRAWN_LABEL_CHARS: usize = 79;

#[component]
pub fn Overview(loaded: Arc<Loaded>) -> impl IntoView {
    let lang = use_i18n().lang_untracked();
    let summary = &loaded.result.summary;
    let figure = |label: &'static str, value: String, class: &'static str| {
        view! { <div class=class><dt>{label}</dt><dd>{value}</dd></div> }
    };
    let bars = bars(&loaded, lang);
    let most = bars.iter().map(|b| b.count).max().unwrap_or(1).max(1);
    let height = ROW * bars.len().max(1) as u32;
    // The chart says in words what it draws: each outcome and its count.
    let spoken = bars
        .iter()
        .map(|b| format!("{}: {}", b.label, b.count))
        .collect::<Vec<_>>()
        .join("; ");
    let chart_label = format!("{}. {spoken}", t!(lang, batch.page.chart_title));
    let cases = summary.cases.max(1);
    let share = move |n: u32| format!("{} %", (f64::from(n) * 100.0 / f64::from(cases)).round());
    let drawn = bars
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let y = i as u32 * ROW;
            // The bar leaves room for its count at its end.
            let width = (u64::from(b.count) * u64::from(WIDTH - 60) / u64::from(most)).max(2);
            view! {
                <text class="chart-label" x="0" y=y + 14>{words::excerpt(&b.label, DRAWN_LABEL_CHARS)}</text>
                <rect class=b.class.clone() x="0" y=y + 20 width=width height="16" rx="2" />
                <text class="chart-count" x=width + 6 y=y + 33>{b.count}</text>
            }
        })
        .collect_view();
    let rows = bars
        .iter()
        .map(|b| {
            view! {
                <tr>
                    <th scope="row"><span class=format!("swatch {}", b.class) aria-hidden="true"></span>{b.label.clone()}</th>
                    <td class="number">{b.count}</td>
                    <td class="number">{share(b.count)}</td>
                </tr>
            }
        })
        .collect_view();
    // A day after the case's date of calculation is still to come: marked as the overview's
    // "to be released" counts it (from each case's own date of calculation, which a row may give).
    let later: HashSet<NaiveDate> = loaded
        .result
        .cases
        .iter()
        .filter_map(|c| c.decision.as_ref())
        .filter(|d| d.freed == Some(Freed::ToBeReleased))
        .filter_map(|d| d.release_latest)
        .collect();
    let to_be_released = t!(lang, batch.freed.to_be_released);
    let release_rows = summary
        .release_dates
        .iter()
        .map(|d| {
            let mark = later
                .contains(&d.date)
                .then(|| view! { " " <span class="badge to-be-released">{to_be_released}</span> });
            view! { <tr><th scope="row">{words::date(d.date, lang)}{mark}</th><td class="number">{d.count}</td></tr> }
        })
        .collect_view();
    // Anyone released, or to be, in some reading: then "no one is released" would not be true.
    let released = summary.released
        + summary.released_in_some_reading
        + summary.to_be_released
        + summary.to_be_released_in_some_reading;
    view! {
        <section class="overview" aria-labelledby="overview-heading">
            <h3 id="overview-heading">{t!(lang, batch.page.overview_heading)}</h3>
            <dl class="key-figures batch-figures">
                {figure(t!(lang, batch.summary.cases), summary.cases.to_string(), "")}
                {figure(t!(lang, batch.summary.decided), summary.decided.to_string(), "")}
                {figure(t!(lang, batch.summary.not_decided), summary.not_decided.to_string(), "")}
                {figure(t!(lang, batch.summary.years_cut), decimal(summary.years_cut, lang), "")}
                {figure(t!(lang, batch.summary.rows), summary.rows.to_string(), "")}
                {figure(t!(lang, batch.summary.rows_with_errors), summary.rows_with_errors.to_string(), "")}
                {figure(t!(lang, batch.summary.as_of), words::date(loaded.result.today, lang), "")}
            </dl>
            <ReleaseFigures loaded=loaded.clone() />
            <figure class="outcome-chart">
                <figcaption id="chart-title">{t!(lang, batch.page.chart_title)}</figcaption>
                <svg
                    viewBox=format!("0 0 {WIDTH} {height}")
                    role="img"
                    aria-label=chart_label
                    preserveAspectRatio="xMinYMin meet"
                >
                    {drawn}
                </svg>
            </figure>
            <table class="outcome-table">
                <caption>{t!(lang, batch.page.chart_table)}</caption>
                {head_and_rows(
                    &[
                        t!(lang, batch.summary.outcomes),
                        t!(lang, batch.summary.count),
                        t!(lang, batch.page.share),
                    ],
                    rows,
                )}
            </table>
            <h4 id="release-heading">{t!(lang, batch.summary.release_dates)}</h4>
            {if summary.release_dates.is_empty() {
                let none = if released == 0 { t!(lang, batch.page.no_release) } else { t!(lang, batch.page.no_release_date) };
                view! { <p>{none}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll release-dates" tabindex="0" role="region" aria-labelledby="release-heading">
                        <table>
                            {head_and_rows(&[t!(lang, batch.summary.date), t!(lang, batch.summary.count)], release_rows)}
                        </table>
                    </div>
                }
                .into_any()
            }}
        </section>
    }
}

/// Who is freed, and how surely: released by the date of calculation or to be released later,
/// in every reading or in some only; a punishment outside custody that ends, never counted as a
/// release; and the sentences the law does not allow, to be checked. Each figure says in its own
/// words what it counts (the summary sheet's words).
#[component]
fn ReleaseFigures(loaded: Arc<Loaded>) -> impl IntoView {
    let lang = use_i18n().lang_untracked();
    let s = &loaded.result.summary;
    // Each figure's name (its class), words and count: the summary's field of that name.
    macro_rules! figure {
        ($field:ident) => {
            figure!(stringify!($field), $field)
        };
        ($name:expr, $field:ident) => {
            ($name, t!(lang, batch.summary.$field), s.$field)
        };
    }
    let figures = [
        figure!(released),
        figure!(released_in_some_reading),
        figure!(to_be_released),
        figure!(to_be_released_in_some_reading),
        figure!(punishment_ends),
        figure!("to_check", sentences_to_check),
    ];
    view! {
        <h4 id="freed-heading">{t!(lang, batch.page.freed_heading)}</h4>
        <dl class="key-figures freed-figures">
            {figures
                .into_iter()
                .map(|(name, label, count)| view! {
                    <div class=format!("freed-{name}") data-freed=name>
                        <dt>{label}</dt>
                        <dd>{count}</dd>
                    </div>
                })
                .collect_view()}
        </dl>
    }
}

/// The results to take away: a workbook and CSV (made in the worker by amnesty-batch, byte for
/// byte what the command-line tool writes), and the printed summary.
#[component]
pub fn Exports() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_batch();
    let lang = i18n.lang_untracked();
    let separator = match lang {
        Lang::En => ",",
        Lang::Ru | Lang::Kk => ";",
    };
    view! {
        <section class="exports" aria-labelledby="exports-heading">
            <h3 id="exports-heading">{t!(lang, batch.page.exports_heading)}</h3>
            <div class="actions">
                <button type="button" on:click=move |_| state.export(Format::Xlsx)>
                    {t!(lang, batch.page.export_xlsx)}
                </button>
                <button type="button" on:click=move |_| state.export(Format::Csv)>
                    {t!(lang, batch.page.export_csv)}
                </button>
                <button
                    type="button"
                    class="secondary"
                    on:click=move |_| {
                        if let Some(window) = web_sys::window() {
                            let _ = window.print();
                        }
                    }
                >
                    {tr!(i18n, batch.page.print)}
                </button>
            </div>
            <p class="hint">{fill(t!(lang, batch.page.export_note), &[("separator", separator.to_string())])}</p>
        </section>
    }
}

/// A table's column headings, then its rows (the caseload's tables alike).
pub(super) fn head_and_rows(headings: &[&'static str], rows: impl IntoView) -> impl IntoView {
    let headings = headings
        .iter()
        .map(|heading| view! { <th scope="col">{*heading}</th> })
        .collect_view();
    view! {
        <thead>
            <tr>{headings}</tr>
        </thead>
        <tbody>{rows}</tbody>
    }
}
