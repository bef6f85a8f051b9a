//! The exchange worker (`src/bin/worker.rs`) as the page reaches it: the work that
//! takes CPU (Argon2id, opening and merging a file, drawing QR codes, reading the
//! other pair's file) goes there, so the screen never freezes. [`ask`] sends one
//! [`ToWorker`] and waits for its [`FromWorker`].
//!
//! One worker, started when first asked. It says `"ready"` once it listens (a
//! message sent while its wasm loads could be lost), then answers each message once, in
//! order, with word of progress before a slow answer. A worker that dies (a Rust panic
//! is `RuntimeError: unreachable`, memory can run out) or says nothing for
//! [`SILENCE`] with work in hand is ended: what it had in hand fails with what the user
//! was doing ([`Stopped`]), so the screen can say so, and a new worker is started.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::time::Duration;

use futures::channel::oneshot;
use leptos::prelude::{set_timeout_with_handle, TimeoutHandle};
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

use crate::worker_protocol::{FromWorker, Progress, Stopped, ToWorker};

/// The worker's loader (trunk's shim for a module worker; the name is not hashed).
const URL: &str = "/worker_loader.js";

/// A worker with work in hand that says nothing this long is taken for dead. Argon2id
/// takes seconds on a slow phone, and the worker says so before it starts.
pub const SILENCE: Duration = Duration::from_secs(30);

/// Workers started one after the other without a single answer between: one that cannot
/// start is not started for ever.
const MAX_RESTARTS: u32 = 3;

/// A message in the worker's hands, waiting for its answer.
struct Asked {
    stopped: Stopped,
    answer: oneshot::Sender<Result<FromWorker, Stopped>>,
    progress: Box<dyn Fn(Progress)>,
}

/// The running worker.
struct Helper {
    worker: Worker,
    /// Which worker this is: events of an ended one are ignored.
    generation: u32,
    ready: bool,
    /// Messages asked before the worker said it listens.
    unsent: Vec<JsValue>,
    asked: VecDeque<Asked>,
    silence: Option<TimeoutHandle>,
    _listeners: Listeners,
}

/// The worker's `message` and `error` listeners, kept as long as it runs.
type Listeners = (
    Closure<dyn Fn(MessageEvent)>,
    Closure<dyn Fn(web_sys::Event)>,
);

thread_local! {
    static HELPER: RefCell<Option<Helper>> = const { RefCell::new(None) };
    static GENERATION: Cell<u32> = const { Cell::new(0) };
    static RESTARTS: Cell<u32> = const { Cell::new(0) };
}

/// Sends `message` to the exchange worker and waits for its answer; `progress` hears
/// of slow steps meanwhile. `Err`: the worker stopped with it in hand (a new one is
/// started), and the error says what the user was doing.
pub async fn ask(
    message: ToWorker,
    progress: impl Fn(Progress) + 'static,
) -> Result<FromWorker, Stopped> {
    let stopped = message.stopped();
    let Ok(value) = serde_wasm_bindgen::to_value(&message) else {
        return Err(stopped);
    };
    let (answer, answered) = oneshot::channel();
    let asked = Asked {
        stopped,
        answer,
        progress: Box::new(progress),
    };
    HELPER.with(|h| {
        let mut h = h.borrow_mut();
        if h.is_none() {
            *h = start();
        }
        match h.as_mut() {
            Some(helper) => {
                helper.asked.push_back(asked);
                if helper.ready {
                    let _ = helper.worker.post_message(&value);
                } else {
                    helper.unsent.push(value);
                }
                helper.listen();
            }
            None => drop(asked),
        }
    });
    answered.await.unwrap_or(Err(stopped))
}

/// Starts the exchange worker (`None`: the browser could not).
fn start() -> Option<Helper> {
    let generation = GENERATION.with(|g| {
        g.set(g.get() + 1);
        g.get()
    });
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = Worker::new_with_options(URL, &options).ok()?;
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
        heard(generation, ev.data());
    });
    // A wasm trap or an allocation that fails ends the worker's script: the browser
    // reports it as an `error` event on the Worker.
    let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        ev.prevent_default();
        died(generation);
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Some(Helper {
        worker,
        generation,
        ready: false,
        unsent: Vec::new(),
        asked: VecDeque::new(),
        silence: None,
        _listeners: (on_message, on_error),
    })
}

impl Helper {
    /// Watches for silence while the worker has work in hand.
    fn listen(&mut self) {
        if let Some(silence) = self.silence.take() {
            silence.clear();
        }
        if !self.asked.is_empty() {
            let generation = self.generation;
            self.silence = set_timeout_with_handle(move || died(generation), SILENCE).ok();
        }
    }
}

/// A message from worker `generation`.
fn heard(generation: u32, data: JsValue) {
    let answer = serde_wasm_bindgen::from_value::<FromWorker>(data);
    // The answer is handed over once the helper is no longer borrowed: whoever waits
    // may ask again at once.
    let mut done = None;
    HELPER.with(|h| {
        let mut h = h.borrow_mut();
        let Some(helper) = h.as_mut().filter(|h| h.generation == generation) else {
            return;
        };
        match answer {
            Ok(FromWorker::Ready) => {
                helper.ready = true;
                for message in helper.unsent.drain(..) {
                    let _ = helper.worker.post_message(&message);
                }
            }
            Ok(FromWorker::Progress(progress)) => {
                if let Some(asked) = helper.asked.front() {
                    (asked.progress)(progress);
                }
            }
            answer => {
                if let Some(asked) = helper.asked.pop_front() {
                    RESTARTS.with(|r| r.set(0));
                    // An answer the page cannot read is the worker's fault, not the
                    // file's: said as the worker stopping would be.
                    done = Some((asked.answer, answer.map_err(|_| asked.stopped)));
                }
            }
        }
        helper.listen();
    });
    if let Some((to, answer)) = done {
        let _ = to.send(answer);
    }
}

/// Worker `generation` died or went silent: it is ended, what it had in hand fails, and
/// a new one is started.
fn died(generation: u32) {
    let ended = HELPER.with(|h| {
        let mut h = h.borrow_mut();
        if h.as_ref().is_some_and(|h| h.generation == generation) {
            h.take()
        } else {
            None
        }
    });
    let Some(mut helper) = ended else {
        return;
    };
    helper.worker.terminate();
    if let Some(silence) = helper.silence.take() {
        silence.clear();
    }
    let restarts = RESTARTS.with(|r| {
        r.set(r.get() + 1);
        r.get()
    });
    if restarts <= MAX_RESTARTS {
        HELPER.with(|h| *h.borrow_mut() = start());
    }
    for asked in helper.asked.drain(..) {
        let _ = asked.answer.send(Err(asked.stopped));
    }
}
