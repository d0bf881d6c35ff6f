//! A caseload of 10,000 rows, natively: `cargo bench -p amnesty-batch --bench batch`.
//!
//! The same rows as CSV (Windows-1251, semicolons, dates DD.MM.YYYY, as Excel in a Russian
//! locale writes it) and as an `.xlsx` workbook (date cells), each read, decided and written out
//! again (`amnesty_batch::decide_spreadsheet`, then `results_csv` or `results_xlsx`). Criterion
//! reports the time per file and the rows per second.

use amnesty_batch::{decide_spreadsheet, results_csv, results_xlsx, Lang};
use chrono::NaiveDate;
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

const ROWS: usize = 10_000;

#[path = "support/caseload.rs"]
mod caseload;
use caseload::{caseload, csv_1251, xlsx};

fn batch(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2023, 3, 1).unwrap();
    let rows = caseload(ROWS);
    let csv = csv_1251(&rows);
    let workbook = xlsx(&rows);
    // Every row is read and every case decided.
    for bytes in [&csv, &workbook] {
        let batch = decide_spreadsheet(bytes, today, Lang::Ru).unwrap();
        assert_eq!(batch.summary.rows as usize, ROWS);
        assert_eq!(batch.summary.not_decided, 0, "{:?}", batch.cases[0].errors);
    }

    // This machine's two cores are often shared: the processor time each file takes, beside
    // criterion's wall-clock figures.
    let cpu = |name: &str, f: &dyn Fn()| {
        if let Some(ms) = cpu_ms_per_run(f, 10) {
            println!("{name}: {ms:.1} ms of processor time per file");
        }
    };
    cpu("CSV in, CSV out", &|| {
        let batch = decide_spreadsheet(&csv, today, Lang::Ru).unwrap();
        black_box(results_csv(&batch));
    });
    cpu("xlsx in, CSV out", &|| {
        let batch = decide_spreadsheet(&workbook, today, Lang::Ru).unwrap();
        black_box(results_csv(&batch));
    });
    cpu("xlsx in, xlsx out", &|| {
        let batch = decide_spreadsheet(&workbook, today, Lang::Ru).unwrap();
        black_box(results_xlsx(&batch).unwrap());
    });

    let mut group = c.benchmark_group("batch of 10,000 rows");
    group.throughput(Throughput::Elements(ROWS as u64));
    group.sample_size(20);
    group.bench_function("CSV (Windows-1251) read, decided, results as CSV", |b| {
        b.iter(|| {
            let batch = decide_spreadsheet(black_box(&csv), today, Lang::Ru).unwrap();
            black_box(results_csv(&batch))
        })
    });
    group.bench_function("xlsx read, decided, results as CSV", |b| {
        b.iter(|| {
            let batch = decide_spreadsheet(black_box(&workbook), today, Lang::Ru).unwrap();
            black_box(results_csv(&batch))
        })
    });
    group.bench_function("xlsx read, decided, results as xlsx", |b| {
        b.iter(|| {
            let batch = decide_spreadsheet(black_box(&workbook), today, Lang::Ru).unwrap();
            black_box(results_xlsx(&batch).unwrap())
        })
    });
    group.bench_function("CSV read and decided only", |b| {
        b.iter(|| black_box(decide_spreadsheet(black_box(&csv), today, Lang::Ru).unwrap()))
    });
    group.finish();
}

/// The processor time this thread spends on one run of `f`, from Linux's scheduler statistics.
fn cpu_ms_per_run(f: &dyn Fn(), runs: u32) -> Option<f64> {
    let now = || -> Option<u64> {
        let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
        stat.split_whitespace().next()?.parse().ok()
    };
    f();
    let start = now()?;
    for _ in 0..runs {
        f();
    }
    Some((now()? - start) as f64 / 1e6 / f64::from(runs))
}

criterion_group!(benches, batch);
criterion_main!(benches);
