//! The files in `tests/data/`, for the command line's tests and for trying the tool by hand, are
//! written by this test from the caseload in `common/`:
//!
//! ```sh
//! AMNESTY_WRITE_FIXTURES=1 cargo test -p amnesty-batch --test fixtures
//! ```
//!
//! Without the variable it checks that the files still hold what the code writes (read and
//! decided the same). Two more, `caseload-ru-libreoffice.ods` and `.xlsx`, are saved by
//! LibreOffice from `caseload-ru.xlsx` and checked in `formats.rs`.

mod common;

use std::path::PathBuf;

use amnesty_batch::{results_csv, Column, Lang};
use common::*;

/// Each fixture: its name and its bytes.
fn fixtures() -> Vec<(&'static str, Vec<u8>)> {
    let ru = caseload().in_lang(Lang::Ru);
    let kk = caseload().in_lang(Lang::Kk);
    let en = caseload().in_lang(Lang::En);
    let mut bad = caseload().in_lang(Lang::Ru);
    // Rows 13 to 16: a date that does not exist, a stage not known, a part 272 lacks, and a
    // person whose stage differs between the rows of the case.
    let row = |case: &str, stage: &str, part: i32, on: V| {
        Row::case(case, "Ошибка", stage)
            .offence(272, part, (2022, 1, 5), "массовые беспорядки")
            .set(Column::CommittedOn, on)
            .term("лишение свободы", 8, (2022, 1, 6))
    };
    bad.push(&row("E1", "отбывает", 2, "32.01.2022".into()));
    bad.push(&row("E2", "сидит", 2, (2022, 1, 5).into()));
    bad.push(&row("E3", "отбывает", 7, (2022, 1, 5).into()));
    bad.push(&row("1", "отбыто", 2, (2022, 1, 5).into()));
    vec![
        ("caseload-ru.xlsx", ru.xlsx(XlsxDates::Cells)),
        (
            "caseload-en-utf8.csv",
            en.csv(b',', Encoding::Utf8, DateText::Iso),
        ),
        (
            "caseload-kk-utf8-bom-semicolon.csv",
            kk.csv(b';', Encoding::Utf8Bom, DateText::Dmy),
        ),
        (
            "caseload-ru-windows-1251-semicolon.csv",
            ru.csv(b';', Encoding::Windows1251, DateText::Dmy),
        ),
        (
            "caseload-keys-tab.csv",
            caseload()
                .reversed()
                .csv(b'\t', Encoding::Utf8, DateText::Iso),
        ),
        (
            "caseload-bad-rows-ru.csv",
            bad.csv(b';', Encoding::Utf8Bom, DateText::Dmy),
        ),
    ]
}

#[test]
fn fixtures_hold_what_the_generator_writes() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let write = std::env::var_os("AMNESTY_WRITE_FIXTURES").is_some();
    for (name, bytes) in fixtures() {
        let path = dir.join(name);
        if write {
            std::fs::write(&path, &bytes).unwrap();
            continue;
        }
        let committed = std::fs::read(&path).unwrap_or_else(|e| {
            panic!(
                "{}: {e}; write it with AMNESTY_WRITE_FIXTURES=1",
                path.display()
            )
        });
        assert_eq!(
            results_csv(&decide(&committed)),
            results_csv(&decide(&bytes)),
            "{name} differs from what the generator writes"
        );
    }
}
