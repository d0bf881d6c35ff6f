//! `amnesty` — the command-line tool: one case file, many, or a spreadsheet of cases.
//!
//! ```text
//! amnesty check [--explain] [--lang kk|ru|en] FILE|-
//! amnesty batch FILE...
//! amnesty batch FILE.xlsx|FILE.csv [--lang kk|ru|en] [--xlsx|--json] [--as-of YYYY-MM-DD]
//! amnesty template csv|xlsx [--lang kk|ru|en]
//! amnesty catalogue
//! ```
//! Invalid input of any kind: exit status 2, a message on stderr naming the field, nothing on
//! stdout.

use std::io::{self, Read, Write};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use amnesty_rules::case::MAX_FILE_BYTES;
use amnesty_rules::search::listed_articles;
use amnesty_rules::{self as rules, RulePack};
use amnesty_words::{self as words, Lang};
use chrono::NaiveDate;

mod sheets;

const USAGE: &str = "usage:
  amnesty check [--explain] [--lang kk|ru|en] FILE   decide one case file (FILE may be - for stdin)
  amnesty batch FILE...                              decide many case files, one JSON line each
  amnesty batch SHEET [--lang kk|ru|en] [--xlsx|--json] [--as-of YYYY-MM-DD]
                                                     decide a spreadsheet of cases (.xlsx, or CSV in
                                                     UTF-8 or Windows-1251, one row per offence):
                                                     the results as CSV for Excel (or .xlsx, or
                                                     JSON) on stdout, a summary on stderr; exit 0
                                                     when the file was read, even with bad rows
  amnesty template csv|xlsx [--lang kk|ru|en]        a spreadsheet template with an example row
  amnesty catalogue                                  the law's list of articles, with each part's
                                                     category in the Criminal Code of January 2022
  amnesty --version | --help

Prints the decision as JSON, or as text with --explain. Exit status: 0 decided, 2 invalid input.
A case file is at most 256 KB and holds at most 50 offences.";

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

/// Reads a case file, stopping one byte past the largest a case file can be, so that an endless
/// input (`/dev/zero`) is refused instead of filling memory.
fn read_input(path: &str) -> Result<Vec<u8>, Failure> {
    read_limited(path, MAX_FILE_BYTES)
}

/// Reads a file or stdin, stopping one byte past `max`.
fn read_limited(path: &str, max: usize) -> Result<Vec<u8>, Failure> {
    let limit = max as u64 + 1;
    let mut bytes = Vec::new();
    let result = if path == "-" {
        io::stdin().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|f| f.take(limit).read_to_end(&mut bytes))
    };
    result.map_err(|e| Failure(format!("amnesty: cannot read {path}: {e}"), 2))?;
    Ok(bytes)
}

fn decide(bytes: &[u8], lang: Lang) -> Result<rules::Decision, Failure> {
    rules::check(bytes, today_in_kazakhstan()).map_err(|errors| {
        let lines: Vec<String> = errors
            .iter()
            .map(|e| format!("error: [{}] {}", e.field, words::problem(e, lang)))
            .collect();
        Failure(lines.join("\n"), 2)
    })
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, Failure> {
    serde_json::to_string_pretty(value).map_err(|e| Failure(format!("amnesty: {e}"), 1))
}

fn check(args: &[String]) -> Result<String, Failure> {
    let mut explain = false;
    let mut lang = Lang::En;
    let mut file = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--explain" => explain = true,
            "--lang" => lang = lang_option(&mut rest)?,
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
    if explain {
        Ok(words::render(&decision, lang))
    } else {
        to_json(&decision)
    }
}

/// What a command writes on stdout: text (a newline is added), or bytes as they are.
enum Output {
    Text(String),
    Bytes(Vec<u8>),
}

/// Reads `--lang CODE` from an argument list.
fn lang_option(rest: &mut std::slice::Iter<'_, String>) -> Result<Lang, Failure> {
    let code = rest
        .next()
        .ok_or_else(|| usage_error("--lang needs kk, ru or en"))?;
    Lang::parse(code).ok_or_else(|| usage_error(&format!("unknown language {code}")))
}

/// Extensions of spreadsheet files, which `batch` reads one at a time.
const SHEET_EXTENSIONS: [&str; 7] = ["xlsx", "xlsm", "xls", "ods", "csv", "tsv", "txt"];

fn extension(path: &str) -> String {
    std::path::Path::new(path)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

/// `batch`: one spreadsheet of cases, or many case files (JSON).
fn batch(args: &[String]) -> Result<(Output, bool), Failure> {
    let mut lang = Lang::En;
    let mut format = "csv";
    let mut as_of = None;
    let mut files = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--lang" => lang = lang_option(&mut rest)?,
            "--xlsx" => format = "xlsx",
            "--json" => format = "json",
            "--as-of" => {
                let value = rest.next().map(String::as_str).unwrap_or_default();
                let date = rules::vocab::parse_iso_date(value).ok_or_else(|| {
                    usage_error(&format!(
                        "--as-of needs a date as YYYY-MM-DD, not {value:?}"
                    ))
                })?;
                as_of = Some(date);
            }
            "-" => files.push(arg.clone()),
            flag if flag.starts_with('-') => {
                return Err(usage_error(&format!("unknown option {flag}")))
            }
            path => files.push(path.to_string()),
        }
    }
    let spreadsheet = match files.as_slice() {
        [] => return Err(usage_error("batch needs a spreadsheet or case files")),
        [one] => one != "-" && extension(one) != "json",
        many => {
            if many
                .iter()
                .any(|f| SHEET_EXTENSIONS.contains(&extension(f).as_str()))
            {
                return Err(usage_error("batch reads one spreadsheet at a time"));
            }
            false
        }
    };
    if spreadsheet {
        let today = as_of.unwrap_or_else(today_in_kazakhstan);
        return sheets::spreadsheet_batch(&files[0], today, lang, format).map(|out| (out, true));
    }
    batch_case_files(&files).map(|(out, valid)| (Output::Text(out), valid))
}

/// One JSON line per file; invalid files give their errors and make the exit status 2.
fn batch_case_files(files: &[String]) -> Result<(String, bool), Failure> {
    if files.is_empty() {
        return Err(usage_error("batch needs at least one case file"));
    }
    let mut out = String::new();
    let mut all_valid = true;
    for file in files {
        let entry = match read_input(file) {
            Err(Failure(message, _)) => serde_json::json!({ "file": file, "unreadable": message }),
            Ok(bytes) => match rules::check(&bytes, today_in_kazakhstan()) {
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

/// The law's list: each article with its titles, the parts listed, and every part's category in
/// the Criminal Code of January 2022.
fn catalogue() -> Result<String, Failure> {
    let pack = RulePack::embedded();
    let rows: Vec<serde_json::Value> = listed_articles(pack)
        .into_iter()
        .map(|a| {
            let entries: Vec<serde_json::Value> = pack
                .list_entries(a.article)
                .map(|e| {
                    serde_json::json!({
                        "parts": e.parts.as_deref(),
                        "only_minor": e.only_minor,
                    })
                })
                .collect();
            let parts: Vec<serde_json::Value> = pack
                .code_parts(a.article)
                .map(|c| {
                    serde_json::json!({
                        "part": c.part,
                        "intent": c.intent,
                        "max_imprisonment_years": c.max_imprisonment_years,
                        "restriction_of_freedom": c.restriction_of_freedom(),
                        "category": rules::code_category(a.article, c.part),
                        "source": c.source,
                    })
                })
                .collect();
            serde_json::json!({
                "article": a.article,
                "title": { "kk": a.title.kk, "ru": a.title.ru, "en": a.title.en },
                "parts_in_code": a.parts_in_code,
                "listed": entries,
                "code": parts,
            })
        })
        .collect();
    to_json(&rows)
}

fn run(args: &[String]) -> Result<(Output, bool), Failure> {
    let text = |out: String| (Output::Text(out), true);
    match args.first().map(String::as_str) {
        Some("check") => check(&args[1..]).map(text),
        Some("batch") => batch(&args[1..]),
        Some("template") => sheets::template(&args[1..]).map(|out| (out, true)),
        Some("catalogue") => catalogue().map(text),
        Some("--version") => Ok(text(format!(
            "amnesty {} (rule pack {})",
            rules::ENGINE_VERSION,
            RulePack::embedded().pack_version
        ))),
        Some("--help" | "-h") => Ok(text(USAGE.to_string())),
        Some(other) => Err(usage_error(&format!("unknown command {other}"))),
        None => Err(usage_error("no command given")),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok((out, success)) => {
            let mut stdout = io::stdout().lock();
            let written = match out {
                Output::Text(out) => writeln!(stdout, "{}", out.trim_end()),
                Output::Bytes(bytes) => stdout.write_all(&bytes),
            }
            .and_then(|()| stdout.flush());
            match (written, success) {
                (Err(_), _) => ExitCode::from(1),
                (Ok(()), true) => ExitCode::SUCCESS,
                (Ok(()), false) => ExitCode::from(2),
            }
        }
        Err(Failure(message, code)) => {
            eprintln!("{message}");
            ExitCode::from(code)
        }
    }
}
