//! The rows that could not be read, each with its own message: the row as the spreadsheet numbers
//! it, the column as its header is written, and what is wrong, in the reader's language. Their
//! cases are not decided; every other case is.

use std::sync::Arc;

use amnesty_words::{fill, t};
use leptos::prelude::*;

use super::overview::head_and_rows;
use super::table::case_label;
use super::Loaded;
use crate::frame::use_i18n;

/// The most problems listed on the page; every one is in the downloads, and each case's own are
/// in its explanation.
const MAX_LISTED: usize = 1000;

#[component]
pub fn Problems(loaded: Arc<Loaded>) -> impl IntoView {
    let lang = use_i18n().lang_untracked();
    let mut problems: Vec<(u32, &str, &str, String)> = loaded
        .result
        .cases
        .iter()
        .flat_map(|case| {
            let label = case_label(case, lang);
            case.problems
                .iter()
                .map(move |p| (p.row, p.column.as_str(), p.message.as_str(), label.clone()))
        })
        .collect();
    if problems.is_empty() {
        return None;
    }
    problems.sort_by_key(|p| p.0);
    let count = problems.len();
    let rows = problems
        .iter()
        .take(MAX_LISTED)
        .map(|(row, column, message, case)| {
            view! {
                <tr>
                    <th scope="row" class="number">{*row}</th>
                    <td>{column.to_string()}</td>
                    <td>{case.clone()}</td>
                    <td>{message.to_string()}</td>
                </tr>
            }
        })
        .collect_view();
    let more = (count > MAX_LISTED).then(|| {
        fill(
            t!(lang, batch.page.problems_more),
            &[
                ("shown", MAX_LISTED.to_string()),
                ("count", count.to_string()),
            ],
        )
    });
    Some(view! {
        // Not a landmark of its own: its scrolling table is the region, named by the heading.
        <section class="problems">
            <h3 id="problems-heading">
                {fill(t!(lang, batch.page.problems_heading), &[("count", count.to_string())])}
            </h3>
            <p>{t!(lang, batch.page.problems_intro)}</p>
            <div class="table-scroll problems-scroll" tabindex="0" role="region" aria-labelledby="problems-heading">
                <table class="problems-table">
                    {head_and_rows(
                        &[
                            t!(lang, batch.page.problem_row),
                            t!(lang, batch.page.problem_column),
                            t!(lang, batch.results.case),
                            t!(lang, batch.page.problem_what),
                        ],
                        rows,
                    )}
                </table>
            </div>
            {more.map(|text| view! { <p class="hint">{text}</p> })}
        </section>
    })
}
