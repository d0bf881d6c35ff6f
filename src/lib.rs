//! The amnesty calculator for Kazakhstan's Law No. 152-VII "On Amnesty": the browser app.
//!
//! Layers, each depending only on those before it, as the compiler enforces:
//! - `amnesty-rules` (`rules/`): the case, the rule pack, the provisions, the engine, the decision;
//!   no words, no web;
//! - `amnesty-words` (`words/`): every text in Kazakh, Russian and English, and the decision written
//!   out for the terminal, the page and the print;
//! - this crate: what the form holds (`draft`), the frame both pages share (`frame`), the
//!   one-case page (`app`) and the batch page (`batch_app`, feature `batch-page`, which talks to
//!   its worker in `amnesty-batch`'s protocol). The app sees the rules only through their public
//!   API. (docs/architecture.md)

pub use amnesty_rules as rules;
pub use amnesty_words as words;

pub mod draft;
pub mod frame;

pub mod app;
#[cfg(feature = "batch-page")]
pub mod batch_app;

/// The pages' allocator: talc instead of the standard library's dlmalloc, which is larger in the
/// wasm (the first visit 651 bytes brotli smaller; README, "Performance and size").
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
