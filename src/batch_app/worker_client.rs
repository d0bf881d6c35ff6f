//! The page's side of the worker: starts it as soon as the page opens (so its program loads while
//! the user looks for the file), holds requests until it says it is ready, numbers each request
//! so that an answer to an old one is recognised, and hands every other answer to the page, read
//! in the protocol both sides share — or as unreadable, which the page says rather than waits.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use amnesty_batch::protocol::{Reply, Request};

/// The worker's loader as Trunk writes it; the published page names its content-hashed one in
/// `window.amnestyBatchWorker` (amnesty-dist).
const DEFAULT_WORKER: &str = "./amnesty-batch-worker_loader.js";

pub struct WorkerClient {
    worker: web_sys::Worker,
    ready: Cell<bool>,
    /// Requests made before the worker was ready, in order.
    waiting: RefCell<Vec<js_sys::Object>>,
    next_job: Cell<u32>,
}

impl WorkerClient {
    /// Starts the worker; `on_reply` gets each answer (`None` when it cannot be read) with the
    /// message itself (for the bytes beside it), `on_broken` is told when the worker's program
    /// cannot run.
    pub fn start(
        on_reply: impl Fn(Option<Reply>, JsValue) + 'static,
        on_broken: impl Fn() + 'static,
    ) -> Option<Rc<WorkerClient>> {
        let window = web_sys::window()?;
        let url = Reflect::get(&window, &"amnestyBatchWorker".into())
            .ok()
            .and_then(|u| u.as_string())
            .unwrap_or_else(|| DEFAULT_WORKER.to_string());
        let worker = web_sys::Worker::new(&url).ok()?;
        let client = Rc::new(WorkerClient {
            worker,
            ready: Cell::new(false),
            waiting: RefCell::new(Vec::new()),
            next_job: Cell::new(1),
        });
        let this = Rc::downgrade(&client);
        let on_message =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                let data = event.data();
                match read(&data) {
                    Some(Reply::Ready) => {
                        mark_ready();
                        if let Some(client) = this.upgrade() {
                            client.ready.set(true);
                            for message in client.waiting.take() {
                                client.send(&message);
                            }
                        }
                    }
                    reply => on_reply(reply, data),
                }
            });
        client
            .worker
            .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |_| on_broken());
        client
            .worker
            .set_onerror(Some(on_error.as_ref().unchecked_ref()));
        on_error.forget();
        Some(client)
    }

    /// A number for a new request.
    pub fn job(&self) -> u32 {
        let job = self.next_job.get();
        self.next_job.set(job + 1);
        job
    }

    /// Sends a request, with the user's file beside it for a decision. The file is a handle: the
    /// worker reads it from the browser's copy, and nothing is sent anywhere else.
    pub fn post(&self, request: &Request<'_>, file: Option<&web_sys::File>) {
        let Ok(message) = serde_wasm_bindgen::to_value(request) else {
            return;
        };
        let message: js_sys::Object = message.unchecked_into();
        if let Some(file) = file {
            let _ = Reflect::set(&message, &"file".into(), file);
        }
        if self.ready.get() {
            self.send(&message);
        } else {
            self.waiting.borrow_mut().push(message);
        }
    }

    fn send(&self, message: &js_sys::Object) {
        let _ = self.worker.post_message(message);
    }
}

/// Says on the root element that the worker's program is running (`data-batch-worker`), for the
/// benchmark, which measures from the file chosen and not the program's first download.
fn mark_ready() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-batch-worker", "ready");
    }
}

/// A message of the worker, read in the protocol; `None` when it cannot be (a dedicated worker's
/// messages are all its own, so that is a worker of another build, or a fault).
fn read(message: &JsValue) -> Option<Reply> {
    serde_wasm_bindgen::from_value(message.clone()).ok()
}

/// The bytes beside a worker's answer, left in JavaScript: they go straight into a download.
pub fn bytes_of(message: &JsValue) -> Option<js_sys::Uint8Array> {
    Reflect::get(message, &"bytes".into()).ok()?.dyn_into().ok()
}
