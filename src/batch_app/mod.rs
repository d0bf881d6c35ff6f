//! The batch page (feature `batch-page`): a caseload from a spreadsheet, for an NGO or a lawyer.
//! The file is read and every case decided in a Web Worker of its own (amnesty-batch, with the
//! spreadsheet readers the one-case page never loads), so the page stays responsive; the page
//! shows the caseload at a glance, every case in a table that sorts and filters, every bad row
//! with its message, and any case's full explanation with the one-case page's own result
//! component, re-decided here by the rules from the case's file. Nothing leaves the browser, and
//! the user's file is only read.
//!
//! Components render; the law is in the rules crate, the words in the words crate.

mod explanation;
mod form_link;
mod help;
mod notes;
mod overview;
mod problems;
mod table;
mod words_loader;
mod worker_client;

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

use amnesty_words::{fill, keys, t, Lang};
use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::frame::{save_file, today, tr, use_i18n, Frame, PageFrame};
use amnesty_batch::protocol::{self, Decided, Failure, Format, Reply, Request, Stage};
use worker_client::WorkerClient;

/// A file read and decided, as the page shows it.
pub struct Loaded {
    pub file_name: String,
    pub result: Decided,
}

/// What the worker is doing for the page.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Work {
    Idle,
    Busy { stage: Stage, done: u32, total: u32 },
}

/// Something the user must be told.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// A file could not be read; what was loaded before is still shown.
    FileFailed { file: String, failure: Failure },
    /// A download could not be made.
    ExportFailed,
    /// The worker's program could not be loaded.
    WorkerBroken,
    /// The worker answered something the page cannot read (a page and a worker of different
    /// builds): said, never left busy.
    ReplyUnreadable,
}

/// The page's state, shared by its components.
#[derive(Clone, Copy)]
pub struct BatchState {
    pub loaded: RwSignal<Option<Arc<Loaded>>>,
    pub work: RwSignal<Work>,
    pub notice: RwSignal<Option<Notice>>,
    /// The case whose explanation is open, by its place in the file's cases.
    pub selected: RwSignal<Option<usize>>,
    pub view: table::TableView,
    /// The date of calculation for rows that give none: today on this device, as on the
    /// one-case page.
    pub today: NaiveDate,
}

/// Which request each answer belongs to.
#[derive(Default)]
struct Jobs {
    /// The latest decision asked for: its job, the file's name, and whether it is a new file
    /// (else the same file in another language).
    decide: Option<(u32, String, bool)>,
    /// Downloads asked for: their file names.
    downloads: HashMap<u32, String>,
    /// When the latest file was chosen (`performance.now()`), for the benchmark.
    chosen_at: f64,
}

thread_local! {
    static CLIENT: RefCell<Option<Rc<WorkerClient>>> = const { RefCell::new(None) };
    static JOBS: RefCell<Jobs> = RefCell::new(Jobs::default());
}

fn client() -> Option<Rc<WorkerClient>> {
    CLIENT.with(|c| c.borrow().clone())
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

impl BatchState {
    fn new() -> BatchState {
        BatchState {
            loaded: RwSignal::new(None),
            work: RwSignal::new(Work::Idle),
            notice: RwSignal::new(None),
            selected: RwSignal::new(None),
            view: table::TableView::new(),
            today: today(),
        }
    }

    /// Reads and decides a file the user chose or dropped.
    pub fn open(self, file: web_sys::File, lang: Lang) {
        let Some(client) = client() else {
            self.notice.set(Some(Notice::WorkerBroken));
            return;
        };
        let job = client.job();
        JOBS.with(|j| {
            let mut j = j.borrow_mut();
            j.decide = Some((job, file.name(), true));
            j.chosen_at = now();
        });
        self.notice.set(None);
        self.work.set(Work::Busy {
            stage: Stage::Reading,
            done: 0,
            total: file.size() as u32,
        });
        let today = self.today;
        self.post_with_words(lang, Some(file), move |words| Request::Decide {
            job,
            lang,
            today,
            words,
        });
    }

    /// The same file again, its messages in another language (the figures do not change).
    fn redecide(self, lang: Lang) {
        let (Some(client), Some(loaded)) = (client(), self.loaded.get_untracked()) else {
            return;
        };
        let job = client.job();
        JOBS.with(|j| j.borrow_mut().decide = Some((job, loaded.file_name.clone(), false)));
        self.post_with_words(lang, None, move |words| Request::Redecide {
            job,
            lang,
            words,
        });
    }

    /// Asks the worker for the results as a workbook or CSV, made from the file decided.
    pub fn export(self, format: Format) {
        let (Some(client), Some(loaded)) = (client(), self.loaded.get_untracked()) else {
            return;
        };
        let stem = loaded
            .file_name
            .rsplit_once('.')
            .map_or(loaded.file_name.as_str(), |(stem, _)| stem);
        let name = format!(
            "{stem}-amnesty-{}-{}.{}",
            loaded.result.lang.code(),
            loaded.result.today,
            format.extension()
        );
        let job = client.job();
        JOBS.with(|j| j.borrow_mut().downloads.insert(job, name));
        client.post(&Request::Export { job, format }, None);
    }

    /// Asks the worker for the template in a language.
    pub fn template(self, format: Format, lang: Lang) {
        let Some(client) = client() else {
            return;
        };
        let job = client.job();
        let name = format!("amnesty-template-{}.{}", lang.code(), format.extension());
        JOBS.with(|j| j.borrow_mut().downloads.insert(job, name));
        self.post_with_words(lang, None, move |words| Request::Template {
            job,
            format,
            lang,
            words,
        });
    }

    /// Sends a request that carries a language's texts, once they are at hand (the worker has
    /// none of its own); when they cannot be had, the page says so instead of waiting.
    fn post_with_words(
        self,
        lang: Lang,
        file: Option<web_sys::File>,
        request: impl FnOnce(Cow<'static, [String]>) -> Request<'static> + 'static,
    ) {
        leptos::task::spawn_local(async move {
            let (Some(client), Some(words)) = (client(), words_loader::for_worker(lang).await)
            else {
                self.fail(Notice::WorkerBroken);
                return;
            };
            client.post(&request(Cow::Owned(words)), file.as_ref());
        });
    }

    /// Nothing asked of the worker will be answered: the page stops waiting and says why.
    fn fail(self, notice: Notice) {
        JOBS.with(|j| {
            let mut j = j.borrow_mut();
            j.decide = None;
            j.downloads.clear();
        });
        self.work.set(Work::Idle);
        self.notice.set(Some(notice));
    }

    /// What the worker answered (`None`: a message the page cannot read), with the message
    /// itself for the bytes beside it.
    fn on_reply(self, reply: Option<Reply>, message: JsValue) {
        let current =
            |job: u32| JOBS.with(|j| j.borrow().decide.as_ref().is_some_and(|d| d.0 == job));
        let Some(reply) = reply else {
            return self.fail(Notice::ReplyUnreadable);
        };
        match reply {
            Reply::Progress {
                job,
                stage,
                done,
                total,
            } if current(job) => self.work.set(Work::Busy { stage, done, total }),
            Reply::Decided { job, result } if current(job) => {
                let Some((_, file_name, new_file)) = JOBS.with(|j| j.borrow_mut().decide.take())
                else {
                    return;
                };
                if new_file {
                    self.selected.set(None);
                    self.view.reset();
                }
                self.loaded.set(Some(Arc::new(Loaded {
                    file_name,
                    result: *result,
                })));
                self.work.set(Work::Idle);
                self.notice.set(None);
                if new_file {
                    record_time_to_table();
                }
            }
            Reply::Failed { job, failure } if current(job) => {
                let file = JOBS
                    .with(|j| j.borrow_mut().decide.take())
                    .map(|d| d.1)
                    .unwrap_or_default();
                self.work.set(Work::Idle);
                self.notice.set(Some(Notice::FileFailed { file, failure }));
            }
            Reply::Failed { job, .. }
                if JOBS
                    .with(|j| j.borrow_mut().downloads.remove(&job))
                    .is_some() =>
            {
                self.notice.set(Some(Notice::ExportFailed));
            }
            Reply::File { job, format } => {
                let name = JOBS.with(|j| j.borrow_mut().downloads.remove(&job));
                let made = name.and_then(|name| {
                    let bytes = worker_client::bytes_of(&message)?;
                    save_file(&bytes, &name, format.mime())
                });
                if made.is_none() {
                    self.notice.set(Some(Notice::ExportFailed));
                }
            }
            Reply::Broken => self.fail(Notice::WorkerBroken),
            _ => {}
        }
    }
}

/// Notes, once the table is on the screen, how long it took from the file chosen: the
/// benchmark (`tools/bench-batch.mjs`) reads it from the root element's `data-batch-ms`.
fn record_time_to_table() {
    let record = Closure::once_into_js(move || {
        let chosen = JOBS.with(|j| j.borrow().chosen_at);
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("data-batch-ms", &format!("{:.0}", now() - chosen));
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(record.unchecked_ref());
    }
}

pub fn use_batch() -> BatchState {
    expect_context::<BatchState>()
}

/// Keeps the language in the address (`?lang=`), as the one-case page's links give it: a reload,
/// a bookmark or the link back to the one-case page stays in the reader's language.
fn remember_language(lang: Lang) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let address = format!("?lang={}", lang.code());
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address));
    }
}

/// The batch page in the shared frame.
const BATCH: PageFrame = PageFrame {
    document_title: keys::batch::page::page_title,
    title: keys::batch::page::title,
    subtitle: keys::batch::page::subtitle,
    privacy: keys::batch::page::privacy,
    skip_text: keys::batch::page::skip_to_main,
    skip_to: "#batch-main",
    // The decision's words and the result component's, and its own (and the spreadsheets').
    bundles: &[amnesty_words::Bundle::Page, amnesty_words::Bundle::Batch],
    // The way back to the one-case page is at the top (`batch-nav`).
    footer_link: None,
};

#[component]
pub fn BatchApp() -> impl IntoView {
    view! {
        <Frame page=&BATCH>
            <Batch />
        </Frame>
    }
}

/// The page inside the frame: the way back, the file to open, the results.
#[component]
fn Batch() -> impl IntoView {
    let i18n = use_i18n();
    let state = BatchState::new();
    provide_context(state);
    let started = WorkerClient::start(
        move |reply, message| state.on_reply(reply, message),
        move || state.fail(Notice::WorkerBroken),
    );
    if started.is_none() {
        state.notice.set(Some(Notice::WorkerBroken));
    }
    CLIENT.with(|c| *c.borrow_mut() = started);
    // Switching the language keeps the file: its messages are made again in the new language,
    // and the address keeps the language for a reload, a bookmark or the way back.
    Effect::new(move |before: Option<Lang>| {
        let lang = i18n.lang();
        if before.is_some_and(|before| before != lang) {
            state.redecide(lang);
            remember_language(lang);
        }
        lang
    });
    // A file dropped anywhere on the page is opened, never shown by the browser in the page's
    // place (which would lose what is loaded).
    let drop_handle = window_event_listener(leptos::ev::drop, move |ev| {
        ev.prevent_default();
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            state.open(file, i18n.lang_untracked());
        }
    });
    let over_handle = window_event_listener(leptos::ev::dragover, |ev| ev.prevent_default());
    on_cleanup(move || {
        drop_handle.remove();
        over_handle.remove();
    });
    let back = move || format!("../?lang={}", i18n.lang().code());
    view! {
        <nav class="batch-nav" aria-label=move || t!(i18n.lang(), batch.page.nav_label)>
            <a href=back>{tr!(i18n, batch.page.back_to_one_case)}</a>
        </nav>
        <help::Help />
        <main id="batch-main" class="batch-layout" tabindex="-1">
            <PrintHeader />
            <OpenFile />
            <Results />
        </main>
    }
}

/// Only on paper: what the printout is and when it was made.
#[component]
fn PrintHeader() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_batch();
    let generated = move || {
        state.loaded.with(|l| {
            l.as_ref().map(|l| {
                let lang = i18n.lang();
                fill(
                    t!(lang, batch.page.print_generated),
                    &[
                        ("date", amnesty_words::date(l.result.today, lang)),
                        ("file", l.file_name.clone()),
                    ],
                )
            })
        })
    };
    view! {
        <div class="batch-print-header">
            <p class="batch-print-title">{tr!(i18n, batch.page.print_title)}</p>
            <p>{generated}</p>
            <p>{tr!(i18n, explain.disclaimer)}</p>
        </div>
    }
}

/// The file to open: a file picker and a drop zone, the templates, the progress and what went
/// wrong.
#[component]
fn OpenFile() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_batch();
    let dragging = RwSignal::new(false);
    let chosen = move |ev: web_sys::Event| {
        let file = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            state.open(file, i18n.lang_untracked());
        }
    };
    let template = move |format: Format| state.template(format, i18n.lang_untracked());
    view! {
        <section class="open-file" aria-labelledby="open-heading">
            <h2 id="open-heading">{tr!(i18n, batch.page.open_heading)}</h2>
            <p class="hint" id="open-hint">{tr!(i18n, batch.page.open_hint)}</p>
            <div
                class="drop-zone"
                class:dragging=move || dragging.get()
                on:dragenter=move |_| dragging.set(true)
                on:dragleave=move |_| dragging.set(false)
                on:drop=move |_| dragging.set(false)
            >
                // The real file input stays focusable; its label is what the eye sees.
                <input
                    id="batch-file"
                    class="file-input"
                    type="file"
                    accept=".xlsx,.ods,.csv,.txt,.tsv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet"
                    aria-describedby="open-hint"
                    on:change=chosen
                />
                <label class="button" for="batch-file">{tr!(i18n, batch.page.choose_file)}</label>
                <span class="drop-text">{tr!(i18n, batch.page.drop_here)}</span>
            </div>
            <p class="templates">
                {tr!(i18n, batch.page.template_intro)}
                " "
                <button type="button" class="secondary" on:click=move |_| template(Format::Xlsx)>
                    {tr!(i18n, batch.page.template_xlsx)}
                </button>
                " "
                <button type="button" class="secondary" on:click=move |_| template(Format::Csv)>
                    {tr!(i18n, batch.page.template_csv)}
                </button>
            </p>
            <Progress />
            <NoticeView />
        </section>
    }
}

/// How far the worker is, as a bar and in words (a polite live region: the stage is announced,
/// not every step of the bar).
#[component]
fn Progress() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_batch();
    let stage = move || match state.work.get() {
        Work::Idle => None,
        Work::Busy { stage, .. } => Some(stage),
    };
    let label = move || {
        let lang = i18n.lang();
        match stage() {
            None => state.loaded.with(|l| {
                l.as_ref()
                    .map(|l| {
                        fill(
                            t!(lang, batch.page.done),
                            &[
                                ("cases", l.result.summary.cases.to_string()),
                                ("file", l.file_name.clone()),
                            ],
                        )
                    })
                    .unwrap_or_default()
            }),
            Some(Stage::Reading) => t!(lang, batch.page.reading).to_string(),
            Some(Stage::Rows) => t!(lang, batch.page.reading_rows).to_string(),
            Some(Stage::Cases) => t!(lang, batch.page.deciding).to_string(),
        }
    };
    // One bar over the three stages: the bytes read, the rows read, the cases decided.
    let percent = move || match state.work.get() {
        Work::Idle => 100,
        Work::Busy { stage, done, total } => {
            let part = if total == 0 {
                0
            } else {
                u64::from(done.min(total)) * 100 / u64::from(total)
            } as u32;
            match stage {
                Stage::Reading => part / 5,
                Stage::Rows => 20 + part * 3 / 10,
                Stage::Cases => 50 + part / 2,
            }
        }
    };
    view! {
        <div class="progress" data-busy=move || stage().is_some().to_string()>
            <p id="progress-label" role="status" aria-live="polite">{label}</p>
            <Show when=move || stage().is_some()>
                <progress aria-labelledby="progress-label" max="100" value=percent>
                    {move || format!("{} %", percent())}
                </progress>
            </Show>
        </div>
    }
}

/// What went wrong, said at once (an alert): a file that cannot be read, a download that could
/// not be made, a worker that could not start.
#[component]
fn NoticeView() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_batch();
    let text = move || {
        let lang = i18n.lang();
        let notice = state.notice.get()?;
        let kept = state.loaded.with(|l| {
            l.as_ref().map(|l| {
                fill(
                    t!(lang, batch.page.still_shown),
                    &[("file", l.file_name.clone())],
                )
            })
        });
        let said = match notice {
            Notice::FileFailed { file, failure } => {
                let reason = match failure {
                    Failure::File { message } => message,
                    Failure::Unreadable => t!(lang, batch.page.unreadable).to_string(),
                    Failure::Words => t!(lang, batch.page.worker_broken).to_string(),
                    Failure::NothingDecided | Failure::Writing { .. } => {
                        t!(lang, batch.page.export_failed).to_string()
                    }
                };
                let head = fill(
                    t!(lang, batch.page.file_failed),
                    &[("file", file), ("reason", reason)],
                );
                match kept {
                    Some(kept) => format!("{head} {kept}"),
                    None => head,
                }
            }
            Notice::ExportFailed => t!(lang, batch.page.export_failed).to_string(),
            Notice::WorkerBroken => t!(lang, batch.page.worker_broken).to_string(),
            Notice::ReplyUnreadable => t!(lang, batch.page.worker_unreadable).to_string(),
        };
        Some(said)
    };
    view! { <p class="batch-notice" role="alert">{text}</p> }
}

/// Everything about the file loaded: how it was read, the caseload at a glance, the downloads,
/// the rows with problems, every case, and the explanation of the case opened.
#[component]
fn Results() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_batch();
    move || {
        let loaded = state.loaded.get()?;
        let lang = i18n.lang();
        let result = &loaded.result;
        let source = match &result.source {
            protocol::Source::Xlsx { sheet } | protocol::Source::Ods { sheet } => fill(
                match &result.source {
                    protocol::Source::Ods { .. } => t!(lang, batch.summary.source_ods),
                    _ => t!(lang, batch.summary.source_xlsx),
                },
                &[
                    ("file", loaded.file_name.clone()),
                    ("sheet", sheet.clone()),
                    ("row", result.header_row.to_string()),
                ],
            ),
            protocol::Source::Csv {
                encoding,
                delimiter,
            } => fill(
                t!(lang, batch.summary.source_csv),
                &[
                    ("file", loaded.file_name.clone()),
                    ("encoding", encoding.to_string()),
                    (
                        "delimiter",
                        match delimiter {
                            '\t' => t!(lang, batch.page.tab).to_string(),
                            d => d.to_string(),
                        },
                    ),
                    ("row", result.header_row.to_string()),
                ],
            ),
        };
        let ignored = (!result.ignored_columns.is_empty()).then(|| {
            fill(
                t!(lang, batch.summary.ignored),
                &[("columns", result.ignored_columns.join(", "))],
            )
        });
        Some(view! {
            <section
                class="results"
                aria-labelledby="results-heading"
                data-cases=result.summary.cases
                data-today=result.today.to_string()
                data-lang=result.lang.code()
            >
                <h2 id="results-heading">
                    {fill(t!(lang, batch.page.results_heading), &[("file", loaded.file_name.clone())])}
                </h2>
                <p class="source">{source}</p>
                {ignored.map(|text| view! { <p class="source">{text}</p> })}
                <overview::Overview loaded=loaded.clone() />
                <overview::Exports />
                <problems::Problems loaded=loaded.clone() />
                <table::CasesTable loaded=loaded.clone() />
                <explanation::Explanation loaded=loaded.clone() />
            </section>
        })
    }
}

/// Starts the batch page.
pub fn mount() {
    leptos::mount::mount_to_body(BatchApp);
}
