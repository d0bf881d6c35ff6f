//! The app's state: the draft as typed, and the decision derived from it. One direction of flow:
//! inputs write the draft; the decision is a memo of the draft; views read the decision.

use std::sync::Arc;

use chrono::NaiveDate;
use leptos::prelude::*;

use amnesty_rules::case::{CaseFile, FieldError, Problem};
use amnesty_rules::decision::Decision;

use crate::draft::{CaseDraft, OffenceDraft};
use crate::frame::{today, use_i18n, I18n};

/// Where the case is kept when the user asks to remember it on this device.
const STORAGE_KEY: &str = "amnesty-152-vii.case";

/// What happened to the list of offences, said beside it.
#[derive(Clone, Debug, PartialEq)]
pub enum RowsNotice {
    /// A row removed: where it was, its key and everything typed in it, to bring it back.
    Removed {
        index: usize,
        key: u64,
        offence: OffenceDraft,
    },
    /// A removed row brought back, at this place.
    Restored { index: usize },
}

/// The state and the page's words, which most of the form's parts both need.
// Inlined: a call of its own costs the page more (measured: 74 bytes of brotli wasm).
#[inline(always)]
pub fn use_state_and_words() -> (AppState, I18n) {
    (expect_context::<AppState>(), use_i18n())
}

/// Everything the components share, cheap to copy.
#[derive(Clone, Copy)]
pub struct AppState {
    pub draft: RwSignal<CaseDraft>,
    /// A stable key per offence row, so removing one row keeps the others' inputs.
    pub offence_keys: RwSignal<Vec<u64>>,
    next_key: StoredValue<u64>,
    /// Fields the user has typed in: their messages show even when emptied again. A field
    /// only passed through (focused and left) is not one: a fresh form shows no error.
    pub touched: RwSignal<Vec<String>>,
    /// The last change to the list of offences that can be said and undone: a row removed
    /// (with everything typed in it), or one brought back.
    pub rows_notice: RwSignal<Option<RowsNotice>>,
    /// Shared, not copied, with the views that show it: a decision's clone is code the page
    /// would download.
    pub decision: Memo<Result<Arc<Decision>, Vec<FieldError>>>,
    /// The opt-in to keep the case in this browser's storage.
    pub remember: RwSignal<bool>,
    pub today: NaiveDate,
    /// Why a case handed over in the address could not be read, to be said once.
    pub link_problem: StoredValue<Option<FieldError>>,
}

impl AppState {
    /// The state at start-up: a case handed over in the address (a row of the batch page), else
    /// the case remembered on this device if the user asked for it, else a fresh form. A case
    /// from the address leaves the remembered one as it is.
    pub fn load() -> AppState {
        let today = today();
        let (draft, remember, link_problem) = match linked_case() {
            Some(Ok(file)) => (CaseDraft::from_case_file(&file, today), false, None),
            linked => {
                let stored = stored_case(today);
                let problem = linked.and_then(Result::err);
                (
                    stored.clone().unwrap_or_else(|| CaseDraft::new(today)),
                    stored.is_some(),
                    problem,
                )
            }
        };
        let remember = RwSignal::new(remember);
        let draft = RwSignal::new(draft);
        let rows = draft.with_untracked(|d| d.offences.len());
        let state = AppState {
            draft,
            offence_keys: RwSignal::new((0..rows as u64).collect()),
            next_key: StoredValue::new(rows as u64),
            touched: RwSignal::new(Vec::new()),
            rows_notice: RwSignal::new(None),
            // A keystroke that leaves the same problems (a date half typed) changes nothing on
            // the page. Decisions are not compared: that would cost the download more code than
            // it saves (the result compares its own parts, `result::LiveDecision`).
            decision: Memo::new_with_compare(
                move |_| draft.with(|d| d.decide(today).map(Arc::new)),
                |was, now| !matches!((was, now), (Some(Err(was)), Some(Err(now))) if was == now),
            ),
            remember,
            today,
            link_problem: StoredValue::new(link_problem),
        };
        state.keep_when_asked();
        state
    }

    /// Saves the case on every change while "remember" is on; deletes it when it is switched off
    /// (not merely when it starts off, as with a case from the address).
    fn keep_when_asked(&self) {
        let (draft, remember) = (self.draft, self.remember);
        Effect::new(move |was_on: Option<bool>| {
            let on = remember.get();
            let Some(storage) = storage() else { return on };
            if on {
                if let Ok(file) = draft.with(|d| d.to_case_file()) {
                    if let Ok(json) = serde_json::to_string(&file) {
                        let _ = storage.set_item(STORAGE_KEY, &json);
                    }
                }
            } else if was_on == Some(true) {
                let _ = storage.remove_item(STORAGE_KEY);
            }
            on
        });
    }

    /// The key of the offence at `index`' row, and its index now.
    pub fn index_of(&self, key: u64) -> Option<usize> {
        self.offence_keys
            .with(|keys| keys.iter().position(|k| *k == key))
    }

    /// Adds an empty offence; its row's index.
    pub fn add_offence(&self) -> usize {
        let key = self.next_key.get_value();
        self.next_key.set_value(key + 1);
        self.rows_notice.set(None);
        self.draft
            .update(|d| d.offences.push(OffenceDraft::default()));
        self.offence_keys.update(|keys| keys.push(key));
        self.offence_keys.with_untracked(Vec::len) - 1
    }

    /// Gives an offence the first one's date and context (they are usually the same).
    pub fn copy_first_offence(&self, key: u64) {
        if let Some(index) = self.index_of(key) {
            self.draft.update(|d| {
                if let Some(first) = d.offences.first().cloned() {
                    if let Some(o) = d.offences.get_mut(index) {
                        o.committed_on = first.committed_on;
                        o.context = first.context;
                    }
                }
            });
        }
    }

    /// Removes an offence, keeping it (with everything typed in it) until it is brought back or
    /// the list changes otherwise.
    pub fn remove_offence(&self, key: u64) {
        let Some(index) = self.index_of(key) else {
            return;
        };
        let Some(offence) = self
            .draft
            .with_untracked(|d| d.offences.get(index).cloned())
        else {
            return;
        };
        self.offence_keys.update(|keys| {
            keys.remove(index);
        });
        self.draft.update(|d| {
            d.offences.remove(index);
        });
        self.rows_notice.set(Some(RowsNotice::Removed {
            index,
            key,
            offence,
        }));
    }

    /// Brings the offence removed last back where it was, as it was; its row's index.
    pub fn undo_remove(&self) -> Option<usize> {
        let Some(RowsNotice::Removed {
            index,
            key,
            offence,
        }) = self.rows_notice.get_untracked()
        else {
            return None;
        };
        let index = index.min(self.offence_keys.with_untracked(Vec::len));
        self.draft.update(|d| d.offences.insert(index, offence));
        self.offence_keys.update(|keys| keys.insert(index, key));
        self.rows_notice.set(Some(RowsNotice::Restored { index }));
        Some(index)
    }

    /// Replaces the whole case (import, new case), with fresh row keys.
    pub fn replace(&self, draft: CaseDraft) {
        let rows = draft.offences.len() as u64;
        let first = self.next_key.get_value();
        self.next_key.set_value(first + rows);
        self.touched.set(Vec::new());
        self.rows_notice.set(None);
        self.offence_keys.set((first..first + rows).collect());
        self.draft.set(draft);
    }

    /// Marks a field as typed in: its messages show from now on, even when it is emptied.
    pub fn touch(&self, path: &str) {
        if !self.touched.with_untracked(|t| t.iter().any(|p| p == path)) {
            self.touched.update(|t| t.push(path.to_string()));
        }
    }

    /// Whether a field has been typed in (tracked).
    pub fn is_touched(&self, path: &str) -> bool {
        self.touched.with(|t| t.iter().any(|p| p == path))
    }

    /// The problems with one field, for the message beside it.
    pub fn errors_at(&self, path: &str) -> Vec<FieldError> {
        self.decision.with(|d| match d {
            Err(errors) => errors.iter().filter(|e| e.field == path).cloned().collect(),
            Ok(_) => Vec::new(),
        })
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The case kept on this device, if the user asked for it on an earlier visit.
fn stored_case(today: NaiveDate) -> Option<CaseDraft> {
    let json = storage()?.get_item(STORAGE_KEY).ok()??;
    let file = super::case_json::read(&json).ok()?;
    Some(CaseDraft::from_case_file(&file, today))
}

/// A case handed over in the address: `#case=` and the case file's JSON as a URI component
/// (`encodeURIComponent`), as the batch page links each row to this form. The fragment never
/// reaches a server. It is read once: the address goes back to the page's own, so a reload does
/// not bring it back over what was typed since.
fn linked_case() -> Option<Result<CaseFile, FieldError>> {
    let window = web_sys::window()?;
    let location = window.location();
    let hash = location.hash().ok()?;
    let encoded = hash.strip_prefix("#case=")?;
    if let (Ok(history), Ok(href)) = (window.history(), location.href()) {
        let page = href.split('#').next().unwrap_or_default();
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(page));
    }
    Some(match js_sys::decode_uri_component(encoded) {
        Ok(text) => super::case_json::read(&String::from(text)),
        Err(_) => Err(FieldError::new(
            "",
            Problem::Malformed {
                detail: "#case=".to_string(),
            },
        )),
    })
}

/// An id for a field's input, from its path (`offences[0].committed_on` → `f-offences-0-committed_on`).
pub fn field_id(path: &str) -> String {
    let mut id = String::from("f-");
    for c in path.chars() {
        match c {
            '[' | '.' => id.push('-'),
            ']' => {}
            c => id.push(c),
        }
    }
    id
}
