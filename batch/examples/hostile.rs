//! The hostile files of the reader's limits (`tests/limits.rs`), written out by the same test
//! helpers for the batch page's browser tests (`tests/e2e/batch-limits.test.mjs`), which give
//! them to the page's worker: the browser must refuse them as the command line does.
//!
//! ```text
//! cargo run -p amnesty-batch --example hostile -- DIR
//! ```
//! writes into DIR a workbook whose one shared string unpacks to 600 MB (3 MB on disk), the same
//! workbook with its part declaring 4 KB, an `.ods` whose rows and cells repeat a million times,
//! a CSV with a cell of 10 MB, a CSV of a row more than the reader takes, and a CSV a byte larger
//! than it reads. Each is checked here to be refused for the reason it is made for.

#[path = "../tests/common/mod.rs"]
mod common;

use amnesty_batch::{FileError, MAX_FILE_BYTES, MAX_ROWS};
use common::packed::{ods, parts, with_bombs, Bomb};
use common::{caseload, refused, XlsxDates};

const MB: u64 = 1024 * 1024;

/// Whether a refusal is the one a file is made for.
type RefusedAsMeant = fn(&FileError) -> bool;

/// The caseload as a workbook, its first person's name unpacking to 600 MB; `declared`: the
/// size the zip says that part has, when it lies.
fn shared_string_bomb(declared: Option<u64>) -> Vec<u8> {
    let base = parts(&caseload().xlsx(XlsxDates::Cells));
    let strings = base
        .iter()
        .find(|(name, _)| name == "xl/sharedStrings.xml")
        .expect("the caseload has shared strings");
    let mut bomb = Bomb::at(&strings.1, "Айдос", b'A', 600 * MB);
    bomb.declared = declared;
    with_bombs(&base, vec![("xl/sharedStrings.xml", bomb)])
}

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: hostile DIR");
        std::process::exit(2);
    };
    let text = r#"office:value-type="string""#;
    let repeats = ods(&format!(
        r#"<table:table table:name="S"><table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="16384" {text}><text:p>x</text:p></table:table-cell></table:table-row></table:table>"#
    ));
    let long_cell = format!(
        "case,name,article\n1,{},272\n",
        "x".repeat(10 * MB as usize)
    );
    let mut many_rows = String::from("case,article\n");
    for row in 0..=MAX_ROWS {
        many_rows.push_str(&format!("{row},272\n"));
    }
    let mut too_large = b"case,article\n1,272\n".to_vec();
    too_large.resize(MAX_FILE_BYTES + 1, b' ');
    let files: [(&str, Vec<u8>, RefusedAsMeant); 6] = [
        ("shared-string-bomb.xlsx", shared_string_bomb(None), |e| {
            matches!(e, FileError::PartTooLarge { .. })
        }),
        ("lying-bomb.xlsx", shared_string_bomb(Some(4096)), |e| {
            matches!(e, FileError::BrokenWorkbook { .. })
        }),
        ("repeat-bomb.ods", repeats, |e| {
            matches!(e, FileError::UnpackedTooLarge { .. })
        }),
        ("long-cell.csv", long_cell.into_bytes(), |e| {
            matches!(e, FileError::CellTooLong { .. })
        }),
        ("too-many-rows.csv", many_rows.into_bytes(), |e| {
            matches!(e, FileError::TooManyRows { .. })
        }),
        ("too-large.csv", too_large, |e| {
            matches!(e, FileError::TooLarge { .. })
        }),
    ];
    for (name, bytes, refused_as_meant) in files {
        let error = refused(&bytes);
        assert!(refused_as_meant(&error), "{name}: {error:?}");
        let path = std::path::Path::new(&dir).join(name);
        if let Err(e) = std::fs::write(&path, bytes) {
            eprintln!("{}: {e}", path.display());
            std::process::exit(1);
        }
    }
}
