//! What both test files ask of the tool's output: its streams as text, and the contract for
//! input it refuses.

use std::process::Output;

pub fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

/// What the tool says of input it refuses: exit status 2, nothing on stdout, the message on
/// stderr (returned).
pub fn refused(out: &Output) -> String {
    assert_eq!(out.status.code(), Some(2), "{}", stderr(out));
    assert!(out.stdout.is_empty(), "nothing on stdout");
    stderr(out)
}

/// `text` says `part`; the whole text is shown when it does not.
pub fn assert_says(text: &str, part: &str) {
    assert!(text.contains(part), "{part:?} not in:\n{text}");
}
