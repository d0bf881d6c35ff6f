//! The batch page's help, a modal dialog like the one-case page's (the same ids and classes, so
//! the same style and keyboard): what the page does, the files it reads, its
//! limits (amnesty-batch's own constants), privacy, how several offences of one person are
//! written (with an example made of the template's columns), every column with what it holds,
//! the values it takes and an example (amnesty-batch's column guide: the template's second sheet,
//! word for word), and what the table of results says (the notes at its headings).
//!
//! Its words are the batch bundle's, which the page has from the start: a few kilobytes, not
//! worth a bundle fetched apart.
//!
//! The dialog is written out here rather than shared with the one-case page's (`app::help`):
//! shared, that page's wasm changed (the reactive calls' source locations are in it), and its
//! first visit is held byte for byte. Without a bundle to fetch, this one is the smaller.

use amnesty_batch::{
    column_guide, column_title, Column, ColumnGuide, MAX_CELL_CHARS, MAX_FILE_BYTES,
    MAX_PART_BYTES, MAX_ROWS, MAX_UNPACKED_BYTES,
};
use amnesty_words::{fill, keys, keys::batch::help as h, text, Html, Key, Lang};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::notes::{self, NOTES};
use crate::frame::{tr, use_i18n};

/// The help button, right below the header, and the help as a modal dialog: the browser keeps
/// the focus inside it and closes it on Escape, and the focus goes back to the button.
#[component]
pub fn Help() -> impl IntoView {
    let i18n = use_i18n();
    // The body is written the first time the help is opened, not with the page.
    let asked = RwSignal::new(false);
    let show = move |shown: bool| {
        asked.update(|asked| *asked |= shown);
        if let Some(dialog) = element::<web_sys::HtmlDialogElement>("help") {
            if shown {
                let _ = dialog.show_modal();
            } else {
                dialog.close();
            }
        }
        if let Some(button) =
            element::<web_sys::HtmlElement>(if shown { "help-close" } else { "help-open" })
        {
            let _ = button.focus();
        }
    };
    view! {
        <div class="help-bar">
            <button type="button" id="help-open" class="help-open" aria-haspopup="dialog" on:click=move |_| show(true)>
                {tr!(i18n, batch.help.open)}
            </button>
        </div>
        <dialog id="help" class="help" aria-labelledby="help-title">
            <div class="help-top">
                <h2 id="help-title">{tr!(i18n, batch.help.title)}</h2>
                <button type="button" id="help-close" class="help-close" on:click=move |_| show(false)>
                    {tr!(i18n, app.help_close)}
                </button>
            </div>
            <div class="help-body" inner_html=move || asked.get().then(|| help_html(i18n.lang()))></div>
        </dialog>
    }
}

fn element<T: JsCast>(id: &str) -> Option<T> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into()
        .ok()
}

const MB: u64 = 1024 * 1024;

/// A count as the reader's language writes it: 100,000 in English, 100 000 in Russian and
/// Kazakh (with a space that does not break).
fn grouped(n: u64, lang: Lang) -> String {
    let separator = match lang {
        Lang::En => ',',
        Lang::Ru | Lang::Kk => '\u{a0}',
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

/// The limits, each a line, from the reader's own constants.
fn limits(lang: Lang) -> [String; 4] {
    let mb = |bytes: u64| (bytes / MB).to_string();
    [
        fill(
            text(lang, h::limit_file),
            &[("mb", mb(MAX_FILE_BYTES as u64))],
        ),
        fill(
            text(lang, h::limit_rows),
            &[("rows", grouped(MAX_ROWS as u64, lang))],
        ),
        fill(
            text(lang, h::limit_unpacked),
            &[
                ("part_mb", mb(MAX_PART_BYTES)),
                ("total_mb", mb(MAX_UNPACKED_BYTES)),
            ],
        ),
        fill(
            text(lang, h::limit_cell),
            &[("chars", grouped(MAX_CELL_CHARS as u64, lang))],
        ),
    ]
}

/// The columns of the example of one person's two offences.
const EXAMPLE_COLUMNS: [Column; 9] = [
    Column::Case,
    Column::Stage,
    Column::Article,
    Column::Part,
    Column::CommittedOn,
    Column::Context,
    Column::Punishment,
    Column::Years,
    Column::Start,
];

/// The second offence of the example: another article on the law's list, with its part; the
/// rest as in the first row, the person's own facts left empty as the format allows.
const SECOND_ARTICLE: (&str, &str) = ("269-1", "2");

struct Page {
    html: Html,
    lang: Lang,
}

impl Page {
    fn heading(&mut self, id: &str, key: Key) {
        self.html.element("h3", &[("id", id)], text(self.lang, key));
    }

    fn para(&mut self, key: Key) {
        self.html.element("p", &[], text(self.lang, key));
    }

    fn list<T: AsRef<str>>(&mut self, items: &[T]) {
        self.html.open("ul", &[]);
        for item in items {
            self.html.element("li", &[], item.as_ref());
        }
        self.html.close("ul");
    }

    /// A table that scrolls sideways on its own when the dialog is narrow, named by a heading.
    fn scrolling(&mut self, class: &str, named_by: &str, body: impl FnOnce(&mut Page)) {
        self.html.open(
            "div",
            &[
                ("class", "table-scroll"),
                ("tabindex", "0"),
                ("role", "region"),
                ("aria-labelledby", named_by),
            ],
        );
        self.html.open("table", &[("class", class)]);
        body(self);
        self.html.close("table");
        self.html.close("div");
    }

    fn head_row(&mut self, cells: &[&str]) {
        self.html.open("thead", &[]);
        self.html.open("tr", &[]);
        for cell in cells {
            self.html.element("th", &[("scope", "col")], cell);
        }
        self.html.close("tr");
        self.html.close("thead");
    }

    /// One person's two offences, in the template's columns and words.
    fn example(&mut self, guide: &[ColumnGuide]) {
        let lang = self.lang;
        let first: Vec<&str> = EXAMPLE_COLUMNS
            .iter()
            .map(|c| {
                guide
                    .iter()
                    .find(|g| g.column == *c)
                    .map_or("", |g| g.example.as_str())
            })
            .collect();
        let second: Vec<&str> = EXAMPLE_COLUMNS
            .iter()
            .zip(&first)
            .map(|(c, in_first)| match c {
                Column::Article => SECOND_ARTICLE.0,
                Column::Part => SECOND_ARTICLE.1,
                Column::Case | Column::CommittedOn | Column::Context => in_first,
                _ => "",
            })
            .collect();
        self.scrolling("help-example", "help-several", |page| {
            page.html
                .element("caption", &[], text(lang, h::example_caption));
            let headers: Vec<&str> = EXAMPLE_COLUMNS
                .iter()
                .map(|c| column_title(*c, lang))
                .collect();
            page.head_row(&headers);
            page.html.open("tbody", &[]);
            for row in [first, second] {
                page.html.open("tr", &[]);
                for cell in row {
                    page.html.element("td", &[], cell);
                }
                page.html.close("tr");
            }
            page.html.close("tbody");
        });
    }

    /// Every column: its header and key, what it holds, its values, an example.
    fn columns(&mut self, guide: &[ColumnGuide]) {
        let lang = self.lang;
        use keys::batch::guide as g;
        self.scrolling("help-columns", "help-columns-heading", |page| {
            let headers = [g::header, g::meaning, g::values, g::example].map(|k| text(lang, k));
            page.head_row(&headers);
            page.html.open("tbody", &[]);
            for entry in guide {
                page.html.open("tr", &[("data-column", entry.column.key())]);
                page.html.open("th", &[("scope", "row")]);
                page.html.text(entry.header);
                page.html.open("br", &[]);
                page.html.element("code", &[], entry.column.key());
                page.html.close("th");
                for cell in [entry.meaning, entry.values.as_str(), entry.example.as_str()] {
                    page.html.element("td", &[], cell);
                }
                page.html.close("tr");
            }
            page.html.close("tbody");
        });
    }

    /// What the table of results says: each note under its column's heading.
    fn notes(&mut self) {
        self.html.open("dl", &[("class", "help-notes")]);
        for note in NOTES {
            self.html.open("div", &[]);
            self.html.element("dt", &[], text(self.lang, note.column));
            self.html.element("dd", &[], &notes::said(note, self.lang));
            self.html.close("div");
        }
        self.html.close("dl");
    }
}

/// The whole help, in a language.
fn help_html(lang: Lang) -> String {
    let guide = column_guide(lang);
    let mut page = Page {
        html: Html::new(),
        lang,
    };
    page.heading("help-what", h::what_heading);
    page.para(h::what_text);
    page.heading("help-files", h::files_heading);
    page.list(
        &[
            h::file_workbook,
            h::file_csv,
            h::file_header,
            h::file_values,
        ]
        .map(|k| text(lang, k)),
    );
    page.heading("help-limits", h::limits_heading);
    page.para(h::limits_intro);
    page.list(&limits(lang));
    page.heading("help-privacy", h::privacy_heading);
    page.para(h::privacy_text);
    page.heading("help-several", h::several_heading);
    page.para(h::several_text);
    page.example(&guide);
    page.heading("help-columns-heading", h::columns_heading);
    page.para(h::columns_intro);
    page.columns(&guide);
    page.heading("help-results", h::results_heading);
    page.para(h::results_intro);
    page.notes();
    page.html.finish()
}
