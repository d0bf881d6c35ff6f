//! The files in `tests/data/`, for the command line's tests and for trying the tool by hand, are
//! written by this test from the caseload in `common/`:
//!
//! ```sh
//! AMNESTY_WRITE_FIXTURES=1 cargo test -p amnesty-batch --test fixtures
//! ```
//!
//! Without the variable it checks that the files still hold what the code writes (read and
//! decided the same).

mod common;

use std::path::PathBuf;

use amnesty_batch::{results_csv, Lang};
use common::*;

/// Each fixture: its name and its bytes.
fn fixtures() -> Vec<(&'static str, Vec<u8>)> {
    let ru = caseload().in_lang(Lang::Ru);
    let kk = caseload().in_lang(Lang::Kk);
    let en = caseload().in_lang(Lang::En);
    let mut bad = caseload().in_lang(Lang::Ru);
    // Rows 13 to 16: a date that does not exist, a stage not known, a part 272 lacks, and a
    // person whose stage differs between the rows of the case.
    let row = |case: &str, stage: V, part: f64, date: V| {
        vec![
            V::text(case),
            V::text("Ошибка"),
            stage,
            V::Number(272.0),
            V::Number(part),
            date,
            V::text("массовые беспорядки"),
            V::Empty,
            V::Empty,
            V::text("лишение свободы"),
            V::Number(8.0),
            V::Empty,
            V::Empty,
            V::Date(2022, 1, 6),
        ]
    };
    let serving = || V::text("отбывает");
    bad.rows
        .push(row("E1", serving(), 2.0, V::text("32.01.2022")));
    bad.rows
        .push(row("E2", V::text("сидит"), 2.0, V::Date(2022, 1, 5)));
    bad.rows
        .push(row("E3", serving(), 7.0, V::Date(2022, 1, 5)));
    bad.rows
        .push(row("1", V::text("отбыто"), 2.0, V::Date(2022, 1, 5)));
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
