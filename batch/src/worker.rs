//! The batch page's Web Worker. The page posts a [`Request`] (a JavaScript object made with
//! serde-wasm-bindgen, the user's file beside it as a `Blob`); the worker reads the file in
//! slices, telling the page how far it is, decides every case, keeps the batch for the exports,
//! and posts back one [`CaseRow`] per case and the summary. Nothing here touches the network: the
//! file is read from the browser's own copy and the results go back to the page alone. The
//! messages are the page's own types (`protocol`).

use std::cell::RefCell;

use chrono::NaiveDate;
use js_sys::{Array, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Blob, DedicatedWorkerGlobalScope, FileReaderSync, MessageEvent};

use crate::protocol::{Decided, Failure, Format, Reply, Request, Stage};
use crate::{
    decide_spreadsheet_with_progress, results_csv, results_xlsx, template_csv, template_xlsx,
    Batch, CaseRow, FileError, Lang, Progress, MAX_FILE_BYTES,
};

/// The last file: its bytes (to decide it again in another language) and its batch (for the
/// exports). Kept in the worker only, for as long as the page is open.
struct Kept {
    bytes: Vec<u8>,
    today: NaiveDate,
    batch: Batch,
}

thread_local! {
    static KEPT: RefCell<Option<Kept>> = const { RefCell::new(None) };
}

/// How much of the file is read between two progress reports.
const SLICE_BYTES: usize = 1 << 20;

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn post(reply: &Reply, bytes: Option<Vec<u8>>) {
    let Ok(message) = serde_wasm_bindgen::to_value(reply) else {
        return;
    };
    match bytes {
        Some(bytes) => {
            let array = Uint8Array::from(bytes.as_slice());
            let _ = Reflect::set(&message, &"bytes".into(), &array);
            let _ = scope().post_message_with_transfer(&message, &Array::of1(&array.buffer()));
        }
        None => {
            let _ = scope().post_message(&message);
        }
    }
}

/// Starts listening to the page.
pub fn start() {
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let data = event.data();
        // A message the page did not make is ignored.
        if let Ok(request) = serde_wasm_bindgen::from_value::<Request<'static>>(data.clone()) {
            let file = Reflect::get(&data, &"file".into())
                .ok()
                .and_then(|f| f.dyn_into::<Blob>().ok());
            answer(request, file);
        }
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(&Reply::Ready, None);
}

/// Takes in the language's text files the page sent (each once): the worker needs the page
/// bundle (the decision's words, the fields') and the batch bundle (the spreadsheets').
fn words_ready(lang: Lang, words: &[String]) -> bool {
    use amnesty_words::{is_bundle_loaded, Bundle};
    for blob in words {
        let _ = crate::load_words(lang, blob);
    }
    is_bundle_loaded(lang, Bundle::Page) && is_bundle_loaded(lang, Bundle::Batch)
}

fn answer(request: Request<'static>, file: Option<Blob>) {
    // A request made in a language brings its texts: without them nothing can be said.
    if let Some((job, lang, words)) = request.words() {
        if !words_ready(lang, words) {
            return post(&fail(job, Failure::Words), None);
        }
    }
    match request {
        Request::Decide {
            job, lang, today, ..
        } => {
            let Some(file) = file else {
                return post(&fail(job, Failure::Unreadable), None);
            };
            match read(&file, job) {
                Ok(bytes) => decide(job, bytes, today, lang),
                Err(failure) => post(&fail(job, failure(lang)), None),
            }
        }
        Request::Redecide { job, lang, .. } => {
            let kept = KEPT.with(|k| k.borrow().as_ref().map(|k| (k.bytes.clone(), k.today)));
            match kept {
                Some((bytes, today)) => decide(job, bytes, today, lang),
                None => post(&fail(job, Failure::NothingDecided), None),
            }
        }
        Request::Export { job, format } => {
            let bytes = KEPT.with(|k| {
                k.borrow().as_ref().map(|kept| match format {
                    Format::Csv => Ok(results_csv(&kept.batch)),
                    Format::Xlsx => results_xlsx(&kept.batch),
                })
            });
            send_file(job, format, bytes);
        }
        Request::Template {
            job, format, lang, ..
        } => {
            let bytes = match format {
                Format::Csv => Ok(template_csv(lang)),
                Format::Xlsx => template_xlsx(lang),
            };
            send_file(job, format, Some(bytes));
        }
    }
}

fn fail(job: u32, failure: Failure) -> Reply {
    Reply::Failed { job, failure }
}

fn send_file(job: u32, format: Format, bytes: Option<Result<Vec<u8>, String>>) {
    match bytes {
        Some(Ok(bytes)) => post(&Reply::File { job, format }, Some(bytes)),
        Some(Err(detail)) => post(&fail(job, Failure::Writing { detail }), None),
        None => post(&fail(job, Failure::NothingDecided), None),
    }
}

/// A failure that needs the batch's language to be said.
type LateFailure = fn(Lang) -> Failure;

/// The file's bytes, read slice by slice so the page can show how far the reading is. A file
/// larger than amnesty-batch reads is refused before any of it is read.
fn read(file: &Blob, job: u32) -> Result<Vec<u8>, LateFailure> {
    let size = file.size() as usize;
    if size > MAX_FILE_BYTES {
        return Err(|lang| Failure::File {
            message: FileError::TooLarge {
                max_mb: (MAX_FILE_BYTES / (1024 * 1024)) as u32,
            }
            .message(lang),
        });
    }
    let unreadable: LateFailure = |_| Failure::Unreadable;
    let reader = FileReaderSync::new().map_err(|_| unreadable)?;
    let mut bytes = Vec::with_capacity(size);
    while bytes.len() < size {
        let end = (bytes.len() + SLICE_BYTES).min(size);
        let slice = file
            .slice_with_f64_and_f64(bytes.len() as f64, end as f64)
            .map_err(|_| unreadable)?;
        let buffer = reader
            .read_as_array_buffer(&slice)
            .map_err(|_| unreadable)?;
        let array = Uint8Array::new(&buffer);
        let start = bytes.len();
        if array.length() == 0 {
            return Err(unreadable);
        }
        bytes.resize(start + array.length() as usize, 0);
        array.copy_to(&mut bytes[start..]);
        post(
            &Reply::Progress {
                job,
                stage: Stage::Reading,
                done: bytes.len() as u32,
                total: size as u32,
            },
            None,
        );
    }
    Ok(bytes)
}

fn decide(job: u32, bytes: Vec<u8>, today: NaiveDate, lang: Lang) {
    let mut progress = |p: Progress| {
        let (stage, done, total) = match p {
            Progress::Rows { done, total } => (Stage::Rows, done, total),
            Progress::Cases { done, total } => (Stage::Cases, done, total),
        };
        post(
            &Reply::Progress {
                job,
                stage,
                done,
                total,
            },
            None,
        );
    };
    match decide_spreadsheet_with_progress(&bytes, today, lang, &mut progress) {
        Ok(batch) => {
            post(
                &Reply::Decided {
                    job,
                    result: Box::new(Decided {
                        lang,
                        today,
                        source: batch.source.clone(),
                        header_row: batch.header_row,
                        ignored_columns: batch.ignored_columns.clone(),
                        summary: batch.summary.clone(),
                        cases: batch.cases.iter().map(CaseRow::new).collect(),
                    }),
                },
                None,
            );
            KEPT.with(|k| {
                *k.borrow_mut() = Some(Kept {
                    bytes,
                    today,
                    batch,
                })
            });
        }
        Err(error) => post(
            &fail(
                job,
                Failure::File {
                    message: error.message(lang),
                },
            ),
            None,
        ),
    }
}
