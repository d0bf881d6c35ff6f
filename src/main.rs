//! `amnesty` — the command-line checker.
//!
//! ```text
//! amnesty check [--explain] [--lang kk|ru|en] FILE|-
//! amnesty batch FILE...
//! amnesty catalogue
//! ```
//! Invalid input of any kind: exit status 2, a message on stderr naming the field, nothing on
//! stdout.

use std::io::{self, Read, Write};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use amnesty::explain;
use amnesty::locale::Lang;
use amnesty::RulePack;
use chrono::NaiveDate;

const USAGE: &str = "usage:
  amnesty check [--explain] [--lang kk|ru|en] FILE   decide one case file (FILE may be - for stdin)
  amnesty batch FILE...                              decide many files, one JSON line each
  amnesty catalogue                                  list the Criminal Code articles the rules know
  amnesty --version | --help

Prints the decision as JSON, or as text with --explain. Exit status: 0 decided, 2 invalid input.";

/// Kazakhstan keeps one time zone, UTC+5, since 1 March 2024.
const KAZAKHSTAN_UTC_OFFSET_SECONDS: u64 = 5 * 3600;

/// Today's date in Kazakhstan, used when a case file gives no `as_of`.
fn today_in_kazakhstan() -> NaiveDate {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
        + KAZAKHSTAN_UTC_OFFSET_SECONDS;
    let days = i64::try_from(seconds / 86_400).unwrap_or(0);
    NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|epoch| epoch.checked_add_signed(chrono::TimeDelta::days(days)))
        .unwrap_or_default()
}

/// A failure to report: the message and the exit status.
struct Failure(String, u8);

fn usage_error(message: &str) -> Failure {
    Failure(format!("amnesty: {message}\n\n{USAGE}"), 2)
}

fn read_input(path: &str) -> Result<Vec<u8>, Failure> {
    let mut bytes = Vec::new();
    let result = if path == "-" {
        io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::read(path).map(|b| bytes = b)
    };
    result.map_err(|e| Failure(format!("amnesty: cannot read {path}: {e}"), 2))?;
    Ok(bytes)
}

fn decide(bytes: &[u8], lang: Lang) -> Result<amnesty::Decision, Failure> {
    amnesty::check(bytes, today_in_kazakhstan()).map_err(|errors| {
        let lines: Vec<String> = errors
            .iter()
            .map(|e| format!("error: [{}] {}", e.field, explain::problem_text(e, lang)))
            .collect();
        Failure(lines.join("\n"), 2)
    })
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, Failure> {
    serde_json::to_string_pretty(value).map_err(|e| Failure(format!("amnesty: {e}"), 1))
}

fn check(args: &[String]) -> Result<String, Failure> {
    let mut explain_text = false;
    let mut lang = Lang::En;
    let mut file = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--explain" => explain_text = true,
            "--lang" => {
                let code = rest
                    .next()
                    .ok_or_else(|| usage_error("--lang needs kk, ru or en"))?;
                lang = Lang::parse(code)
                    .ok_or_else(|| usage_error(&format!("unknown language {code}")))?;
            }
            "-" => file = Some(arg.clone()),
            flag if flag.starts_with('-') => {
                return Err(usage_error(&format!("unknown option {flag}")))
            }
            path if file.is_none() => file = Some(path.to_string()),
            extra => return Err(usage_error(&format!("unexpected argument {extra}"))),
        }
    }
    let file = file.ok_or_else(|| usage_error("check needs a case file (or - for stdin)"))?;
    let decision = decide(&read_input(&file)?, lang)?;
    if explain_text {
        Ok(explain::render(&decision, RulePack::embedded(), lang))
    } else {
        to_json(&decision)
    }
}

/// One JSON line per file; invalid files give their errors and make the exit status 2.
fn batch(files: &[String]) -> Result<(String, bool), Failure> {
    if files.is_empty() {
        return Err(usage_error("batch needs at least one case file"));
    }
    let mut out = String::new();
    let mut all_valid = true;
    for file in files {
        let entry = match read_input(file) {
            Err(Failure(message, _)) => serde_json::json!({ "file": file, "unreadable": message }),
            Ok(bytes) => match amnesty::check(&bytes, today_in_kazakhstan()) {
                Ok(decision) => serde_json::json!({ "file": file, "decision": decision }),
                Err(errors) => serde_json::json!({ "file": file, "errors": errors }),
            },
        };
        all_valid &= entry.get("decision").is_some();
        out.push_str(&entry.to_string());
        out.push('\n');
    }
    Ok((out, all_valid))
}

fn catalogue() -> Result<String, Failure> {
    let pack = RulePack::embedded();
    let rows: Vec<serde_json::Value> = pack
        .catalogue
        .iter()
        .map(|a| {
            let listed = pack.list_entry(a.article);
            serde_json::json!({
                "article": a.article,
                "title": { "kk": a.title.kk, "ru": a.title.ru, "en": a.title.en },
                "intent": a.intent,
                "listed": listed.map(|e| e.status),
                "listed_parts": listed.and_then(|e| e.parts.clone()),
            })
        })
        .collect();
    to_json(&rows)
}

fn run(args: &[String]) -> Result<(String, bool), Failure> {
    match args.first().map(String::as_str) {
        Some("check") => check(&args[1..]).map(|out| (out, true)),
        Some("batch") => batch(&args[1..]),
        Some("catalogue") => catalogue().map(|out| (out, true)),
        Some("--version") => Ok((
            format!(
                "amnesty {} (rule pack {})\n",
                amnesty::engine::ENGINE_VERSION,
                RulePack::embedded().pack_version
            ),
            true,
        )),
        Some("--help" | "-h") => Ok((format!("{USAGE}\n"), true)),
        Some(other) => Err(usage_error(&format!("unknown command {other}"))),
        None => Err(usage_error("no command given")),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok((mut out, all_valid)) => {
            if !out.ends_with('\n') {
                out.push('\n');
            }
            if io::stdout().write_all(out.as_bytes()).is_err() {
                return ExitCode::from(1);
            }
            if all_valid {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(2)
            }
        }
        Err(Failure(message, code)) => {
            eprintln!("{message}");
            ExitCode::from(code)
        }
    }
}
