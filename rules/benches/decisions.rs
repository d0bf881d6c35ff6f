//! Decisions per second, natively: `cargo bench -p amnesty-rules --bench decisions`.
//!
//! Each example case file in the repository's `examples/cases/` is decided from bytes (parse, validate, decide),
//! as the command-line tool and the app do. Criterion reports the throughput in elements per
//! second, one element being one decision.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

fn examples() -> Vec<(String, Vec<u8>)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/cases");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("examples/cases")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            (
                p.file_stem().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect()
}

fn decisions(c: &mut Criterion) {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let examples = examples();
    let mut all = c.benchmark_group("decide");
    all.throughput(Throughput::Elements(examples.len() as u64));
    all.bench_function("all examples, from bytes", |b| {
        b.iter(|| {
            for (_, bytes) in &examples {
                black_box(amnesty_rules::check(black_box(bytes), today).ok());
            }
        })
    });
    all.finish();

    let mut each = c.benchmark_group("decide one");
    each.throughput(Throughput::Elements(1));
    for (name, bytes) in &examples {
        each.bench_function(name.as_str(), |b| {
            b.iter(|| black_box(amnesty_rules::check(black_box(bytes), today).ok()))
        });
    }
    each.finish();
}

criterion_group!(benches, decisions);
criterion_main!(benches);
