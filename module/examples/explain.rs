//! What the module must give, computed natively with the same code, for the browser test to
//! compare with (tests/e2e/module.test.mjs): no expected text or figure is written by hand.
//!
//! ```text
//! cargo run -p amnesty-module --example explain -- [--today YYYY-MM-DD] FILE...
//!     one JSON line per case file: {"file", "decided", "explanations": {"kk", "ru", "en"}}
//! cargo run -p amnesty-module --example explain -- --samples
//!     a decision with every kind of step, warning, condition, effect and record, its
//!     explanations, and every kind of input error: {"decision", "explanations", "errors"}
//! cargo run -p amnesty-module --example explain -- --version
//! ```

#[path = "../tests/support/samples.rs"]
#[allow(dead_code)]
mod samples;

use std::io::Read;
use std::process::ExitCode;

use amnesty_module::{Decided, InputError};
use amnesty_rules::case::MAX_FILE_BYTES;
use amnesty_rules::decision::Decision;
use amnesty_words::Lang;
use serde_json::{json, Value};

fn explanations(decision: &Decision) -> Value {
    let mut out = serde_json::Map::new();
    for lang in Lang::ALL {
        out.insert(
            lang.code().to_string(),
            json!(amnesty_module::explain(decision, lang)),
        );
    }
    Value::Object(out)
}

/// Reads a file as the command line does: one byte past the largest case file at most.
fn read(path: &str) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_FILE_BYTES as u64 + 1).read_to_end(&mut bytes))
        .map_err(|e| format!("{path}: {e}"))?;
    Ok(bytes)
}

fn run(args: &[String]) -> Result<String, String> {
    match args.first().map(String::as_str) {
        Some("--version") => return Ok(json!(amnesty_module::version()).to_string()),
        Some("--samples") => {
            let decision = samples::every_kind();
            let errors: Vec<InputError> = samples::problems()
                .into_iter()
                .map(InputError::from)
                .collect();
            return Ok(json!({
                "decision": decision,
                "explanations": explanations(&decision),
                "errors": errors,
            })
            .to_string());
        }
        _ => {}
    }
    let mut today = amnesty_module::today_in_kazakhstan(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as f64)
            .unwrap_or(0.0),
    );
    let mut lines = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if arg == "--today" {
            let value = rest.next().map(String::as_str).unwrap_or_default();
            today = amnesty_rules::vocab::parse_iso_date(value)
                .ok_or_else(|| format!("--today needs YYYY-MM-DD, not {value:?}"))?;
            continue;
        }
        let decided = amnesty_module::decide(&read(arg)?, today);
        let explained = match &decided {
            Decided::Decision(decision) => explanations(decision),
            Decided::Invalid(_) => Value::Null,
        };
        lines.push(
            json!({ "file": arg, "decided": decided, "explanations": explained }).to_string(),
        );
    }
    if lines.is_empty() {
        return Err("usage: explain [--today YYYY-MM-DD] FILE... | --samples | --version".into());
    }
    Ok(lines.join("\n"))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(out) => {
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}
