//! Spreadsheets of cases (`amnesty-batch`): `amnesty batch SHEET` and `amnesty template`.

use amnesty_batch::FileError;
use amnesty_words::Lang;
use chrono::NaiveDate;

use crate::{lang_option, read_limited, to_json, usage_error, Failure, Output};

/// A spreadsheet of cases: the results on stdout, the summary on stderr.
pub fn spreadsheet_batch(
    path: &str,
    today: NaiveDate,
    lang: Lang,
    format: &str,
) -> Result<Output, Failure> {
    let bytes = read_limited(path, amnesty_batch::MAX_FILE_BYTES)?;
    let unreadable = |e: FileError| Failure(format!("amnesty: {path}: {}", e.message(lang)), 2);
    let batch = amnesty_batch::decide_spreadsheet(&bytes, today, lang).map_err(unreadable)?;
    eprintln!("{}", amnesty_batch::summary_text(&batch, path, lang));
    match format {
        "xlsx" => amnesty_batch::results_xlsx(&batch)
            .map(Output::Bytes)
            .map_err(|e| Failure(format!("amnesty: {e}"), 1)),
        "json" => to_json(&batch).map(Output::Text),
        _ => Ok(Output::Bytes(amnesty_batch::results_csv(&batch))),
    }
}

/// `template csv|xlsx [--lang kk|ru|en]`: an empty spreadsheet of cases with one example row.
pub fn template(args: &[String]) -> Result<Output, Failure> {
    let mut lang = Lang::En;
    let mut format = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--lang" => lang = lang_option(&mut rest)?,
            "csv" | "xlsx" if format.is_none() => format = Some(arg.clone()),
            other => return Err(usage_error(&format!("unexpected argument {other}"))),
        }
    }
    match format.as_deref() {
        Some("csv") => Ok(Output::Bytes(amnesty_batch::template_csv(lang))),
        Some(_) => amnesty_batch::template_xlsx(lang)
            .map(Output::Bytes)
            .map_err(|e| Failure(format!("amnesty: {e}"), 1)),
        None => Err(usage_error("template needs csv or xlsx")),
    }
}
