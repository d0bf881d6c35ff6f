//! Decides a case file read from standard input and prints the decision as JSON: the rules alone,
//! without the command-line tool's words (`cargo run -p amnesty-rules --example decide < case.json`).

use std::io::Read;

fn main() {
    let mut bytes = Vec::new();
    if std::io::stdin().read_to_end(&mut bytes).is_err() {
        eprintln!("cannot read standard input");
        std::process::exit(2);
    }
    let today = chrono::NaiveDate::from_ymd_opt(2023, 3, 1).unwrap_or_default();
    match amnesty_rules::check(&bytes, today) {
        Ok(decision) => println!(
            "{}",
            serde_json::to_string_pretty(&decision).unwrap_or_default()
        ),
        Err(errors) => {
            eprintln!(
                "{}",
                serde_json::to_string_pretty(&errors).unwrap_or_default()
            );
            std::process::exit(2);
        }
    }
}
