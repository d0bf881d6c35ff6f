//! A caseload for the batch page's benchmark (`tools/bench-batch.mjs`): the rows of the native
//! benchmark (`benches/batch.rs`), written as files a browser can open.
//!
//! ```text
//! cargo run --release -p amnesty-batch --example caseload -- ROWS DIR
//! ```
//! writes `DIR/caseload-ROWS.csv` (Windows-1251, semicolons, dates DD.MM.YYYY, as Excel in a
//! Russian locale writes it) and `DIR/caseload-ROWS.xlsx` (date cells).

#[path = "../benches/support/caseload.rs"]
mod caseload;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(rows), Some(dir)) = (args.first().and_then(|n| n.parse().ok()), args.get(1)) else {
        eprintln!("usage: caseload ROWS DIR");
        std::process::exit(2);
    };
    let rows_of = caseload::caseload(rows);
    let dir = std::path::Path::new(dir);
    for (name, bytes) in [
        (format!("caseload-{rows}.csv"), caseload::csv_1251(&rows_of)),
        (format!("caseload-{rows}.xlsx"), caseload::xlsx(&rows_of)),
    ] {
        if let Err(e) = std::fs::write(dir.join(&name), bytes) {
            eprintln!("{name}: {e}");
            std::process::exit(1);
        }
    }
}
