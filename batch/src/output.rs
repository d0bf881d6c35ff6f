//! The results and the templates, for Excel: CSV in UTF-8 with a byte-order mark (so that Excel
//! reads it as UTF-8), separated as Excel in the language's locale splits columns (`;` in Russian
//! and Kazakh, `,` in English) and quoted as needed; and `.xlsx` workbooks with real date cells,
//! shown in the reader's own date format.

use std::borrow::Cow;

use amnesty_rules::case::{CustodyKind, Institution, Stage};
use amnesty_rules::vocab::{Category, Context, ExclusionFact, Punishment};
use amnesty_words::{fill, keys, t, text, Key, Lang};
use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{
    worksheet_range_absolute, DataValidation, DataValidationErrorStyle, DocProperties,
    ExcelDateTime, Format, Formula, Workbook, Worksheet, XlsxError,
};
use serde::Serialize;

use crate::cases::column_title;
use crate::protocol::Source;
use crate::sheet::{MAX_CELL_CHARS, MAX_ROWS};
use crate::vocab::{column_key, Column};
use crate::{Batch, CaseDecision, CaseResult, Freed};

/// A value of a cell to write.
enum Out<'a> {
    Empty,
    Text(Cow<'a, str>),
    /// Text that came from the user's file: never written so that a spreadsheet would take it
    /// for a formula.
    Given(&'a str),
    Int(u32),
    /// A figure to one decimal.
    Decimal(f64),
    Date(NaiveDate),
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The results' columns.
const RESULT_COLUMNS: usize = 31;

fn result_headers(lang: Lang) -> [&'static str; RESULT_COLUMNS] {
    use keys::batch::results as k;
    [
        k::case,
        k::name,
        k::rows,
        k::outcome_key,
        k::outcome,
        k::status,
        k::category,
        k::new_years,
        k::new_months,
        k::new_days,
        k::new_hours,
        k::new_amount,
        k::new_end,
        k::release_on,
        k::release_earliest,
        k::release_latest,
        k::freed,
        k::record,
        k::deadline,
        k::readings,
        k::years_cut,
        k::credited,
        k::parole,
        k::parole_earliest,
        k::parole_latest,
        k::replacement,
        k::probation_cancel,
        k::own_sentences,
        k::aggregate,
        k::to_check,
        k::errors,
    ]
    .map(|key| text(lang, key))
}

/// An early release as a cell: its date, or why there is none.
fn early_cell(e: Option<&amnesty_rules::decision::EarlyRelease>, lang: Lang) -> Out<'static> {
    match e {
        None => Out::Empty,
        Some(e) => match (e.eligible_on, e.unavailable) {
            (Some(day), _) => Out::Date(day),
            (None, Some(reason)) => Out::Text(amnesty_words::unavailable(reason, lang).into()),
            (None, None) => Out::Empty,
        },
    }
}

/// Whether a case is released, to be released or its punishment ends, in words.
fn freed(f: Freed, lang: Lang) -> &'static str {
    use keys::batch::freed as k;
    text(
        lang,
        match f {
            Freed::Released => k::released,
            Freed::ReleasedInSomeReading => k::released_in_some_reading,
            Freed::ToBeReleased => k::to_be_released,
            Freed::ToBeReleasedInSomeReading => k::to_be_released_in_some_reading,
            Freed::PunishmentEnds => k::punishment_ends,
        },
    )
}

/// Each offence's own punishment as the amnesty leaves it: "1: imprisonment, 6 years → 1 year
/// 6 months", one line each.
fn own_sentences(d: &CaseDecision, lang: Lang) -> String {
    d.own_sentences
        .iter()
        .enumerate()
        .filter_map(|(i, own)| {
            own.map(|own| format!("{}: {}", i + 1, amnesty_words::own_sentence(&own, lang)))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn result_cells(case: &CaseResult, lang: Lang) -> [Out<'_>; RESULT_COLUMNS] {
    let opt_int = |n: Option<u32>| n.map_or(Out::Empty, Out::Int);
    let opt_date = |d: Option<NaiveDate>| d.map_or(Out::Empty, Out::Date);
    let rows = case
        .rows
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let errors = case
        .errors
        .iter()
        .map(|e| e.line(lang))
        .collect::<Vec<_>>()
        .join("\n");
    let head = [
        Out::Given(&case.case),
        Out::Given(&case.name),
        Out::Text(rows.into()),
    ];
    let Some(d) = &case.decision else {
        let mut cells = [(); RESULT_COLUMNS].map(|()| Out::Empty);
        let [a, b, c] = head;
        (cells[0], cells[1], cells[2]) = (a, b, c);
        cells[4] = Out::Text(t!(lang, batch.problems.not_decided).into());
        cells[RESULT_COLUMNS - 1] = Out::Text(errors.into());
        return cells;
    };
    let several = d.own_sentences.len() > 1;
    let to_check = d
        .to_check
        .iter()
        .map(|w| amnesty_words::warning(w, several, lang))
        .collect::<Vec<_>>()
        .join("\n");
    let text_or_empty = |s: String| {
        if s.is_empty() {
            Out::Empty
        } else {
            Out::Text(s.into())
        }
    };
    let (f, term) = (&d.figures, d.figures.term().map(|t| t.normalized()));
    let [a, b, c] = head;
    [
        a,
        b,
        c,
        Out::Text(amnesty_rules::vocab::Named::name(d.outcome).into()),
        Out::Text(amnesty_words::outcome(d.outcome, lang).into()),
        Out::Text(amnesty_words::status(d.status, lang).into()),
        d.category.map_or(Out::Empty, |c| {
            Out::Text(amnesty_words::category(c, lang).into())
        }),
        opt_int(term.map(|t| t.years)),
        opt_int(term.map(|t| t.months)),
        opt_int(term.map(|t| t.days)),
        opt_int(f.hours()),
        opt_int(f.amount()),
        opt_date(f.end),
        opt_date(f.release_on),
        opt_date(d.release_earliest),
        opt_date(d.release_latest),
        d.freed
            .map_or(Out::Empty, |f| Out::Text(freed(f, lang).into())),
        f.record.map_or(Out::Empty, |r| {
            Out::Text(amnesty_words::record(r, lang).into())
        }),
        opt_date(d.deadline),
        Out::Int(d.readings),
        d.years_cut.map_or(Out::Empty, Out::Decimal),
        d.custody.and_then(|c| c.credited).map_or(Out::Empty, |c| {
            Out::Text(amnesty_words::credited(c, lang).into())
        }),
        early_cell(d.parole.as_ref(), lang),
        opt_date(d.parole_earliest),
        opt_date(d.parole_latest),
        early_cell(d.replacement.as_ref(), lang),
        early_cell(d.probation_cancel.as_ref(), lang),
        text_or_empty(own_sentences(d, lang)),
        d.aggregate_range.map_or(Out::Empty, |r| {
            Out::Text(amnesty_words::aggregate_range(&r, lang).into())
        }),
        text_or_empty(to_check),
        Out::Text(errors.into()),
    ]
}

/// A figure to one decimal, with the decimal comma of Russian and Kazakh (so that Excel in those
/// locales reads "4,2" as a number, not "4.2" as the 4th of February).
fn decimal(n: f64, lang: Lang) -> String {
    let text = format!("{n:.1}");
    match lang {
        Lang::En => text,
        Lang::Ru | Lang::Kk => text.replace('.', ","),
    }
}

/// The list separator of Excel in the language's locale: Russian- and Kazakh-locale Excel splits
/// a CSV file's columns on `;` (its decimal separator is the comma), English-locale on `,`.
fn csv_delimiter(lang: Lang) -> u8 {
    match lang {
        Lang::En => b',',
        Lang::Ru | Lang::Kk => b';',
    }
}

fn csv_text<'a>(cell: &'a Out<'_>, lang: Lang) -> Cow<'a, str> {
    match cell {
        Out::Empty => Cow::Borrowed(""),
        Out::Text(t) => Cow::Borrowed(t),
        // A spreadsheet runs a cell beginning with = + - @ as a formula: a quote keeps it text.
        Out::Given(t) if t.starts_with(['=', '+', '-', '@']) => Cow::Owned(format!("'{t}")),
        Out::Given(t) => Cow::Borrowed(t),
        Out::Int(n) => Cow::Owned(n.to_string()),
        Out::Decimal(n) => Cow::Owned(decimal(*n, lang)),
        Out::Date(d) => Cow::Owned(crate::cells::iso(*d)),
    }
}

fn csv_file<'a, const N: usize>(
    header: [&str; N],
    rows: impl Iterator<Item = [Out<'a>; N]>,
    lang: Lang,
) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(csv_delimiter(lang))
        .terminator(csv::Terminator::CRLF)
        .from_writer(BOM.to_vec());
    // Writing to memory cannot fail.
    let _ = writer.write_record(header);
    for row in rows {
        for cell in &row {
            let _ = writer.write_field(csv_text(cell, lang).as_bytes());
        }
        let _ = writer.write_record(None::<&[u8]>);
    }
    writer.into_inner().unwrap_or_default()
}

/// The results as CSV for Excel: one row per case, headers in the batch's language, separated as
/// Excel in that language's locale expects (`;` in Russian and Kazakh, `,` in English).
pub fn results_csv(batch: &Batch) -> Vec<u8> {
    let lang = batch.lang;
    csv_file(
        result_headers(lang),
        batch.cases.iter().map(|c| result_cells(c, lang)),
        lang,
    )
}

struct Formats {
    header: Format,
    date: Format,
    decimal: Format,
    wrap: Format,
}

impl Formats {
    fn new() -> Formats {
        Formats {
            header: Format::new().set_bold().set_text_wrap(),
            // Built-in format 14: the short date of the reader's own locale.
            date: Format::new().set_num_format_index(14),
            decimal: Format::new().set_num_format("0.0"),
            wrap: Format::new().set_text_wrap(),
        }
    }
}

fn excel_date(d: NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    ExcelDateTime::from_ymd(
        u16::try_from(d.year()).unwrap_or(1900),
        d.month() as u8,
        d.day() as u8,
    )
}

fn write_cell(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    cell: &Out,
    f: &Formats,
) -> Result<(), XlsxError> {
    let text = match cell {
        Out::Text(t) => Some(t.as_ref()),
        Out::Given(t) => Some(*t),
        _ => None,
    };
    if let Some(t) = text {
        // A cell holds at most 32,767 characters.
        let t = match t.char_indices().nth(MAX_CELL_CHARS) {
            Some((end, _)) => &t[..end],
            None => t,
        };
        if t.contains('\n') {
            sheet.write_string_with_format(row, col, t, &f.wrap)?;
        } else {
            sheet.write_string(row, col, t)?;
        }
        return Ok(());
    }
    match cell {
        Out::Empty | Out::Text(_) | Out::Given(_) => {}
        Out::Int(n) => {
            sheet.write_number(row, col, *n)?;
        }
        Out::Decimal(n) => {
            sheet.write_number_with_format(row, col, *n, &f.decimal)?;
        }
        Out::Date(d) => {
            sheet.write_datetime_with_format(row, col, excel_date(*d)?, &f.date)?;
        }
    }
    Ok(())
}

/// A sheet of a header row and rows below it, the header frozen and filtered.
fn write_table<'a, const N: usize>(
    sheet: &mut Worksheet,
    header: [&str; N],
    widths: [f64; N],
    rows: impl Iterator<Item = [Out<'a>; N]>,
    f: &Formats,
) -> Result<(), XlsxError> {
    for (col, (title, width)) in header.iter().zip(widths).enumerate() {
        sheet.write_string_with_format(0, col as u16, *title, &f.header)?;
        sheet.set_column_width(col as u16, width)?;
    }
    let mut last = 0;
    for (i, row) in rows.enumerate() {
        last = i as u32 + 1;
        for (col, cell) in row.iter().enumerate() {
            write_cell(sheet, last, col as u16, cell, f)?;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, last, N as u16 - 1)?;
    Ok(())
}

fn workbook(created: NaiveDate) -> Result<Workbook, XlsxError> {
    let mut workbook = Workbook::new();
    // A fixed creation time: the same input gives the same file.
    workbook.set_properties(&DocProperties::new().set_creation_datetime(&excel_date(created)?));
    Ok(workbook)
}

/// The results as an `.xlsx` workbook: a sheet of results, one row per case, and a sheet with
/// the summary.
pub fn results_xlsx(batch: &Batch) -> Result<Vec<u8>, String> {
    results_workbook(batch).map_err(|e| e.to_string())
}

fn results_workbook(batch: &Batch) -> Result<Vec<u8>, XlsxError> {
    let lang = batch.lang;
    let f = Formats::new();
    let mut book = workbook(batch.today)?;
    let sheet = book.add_worksheet();
    sheet.set_name(t!(lang, batch.sheet.results))?;
    let widths = [
        10.0, 24.0, 8.0, 22.0, 48.0, 28.0, 24.0, 9.0, 9.0, 9.0, 9.0, 9.0, 12.0, 12.0, 12.0, 12.0,
        28.0, 36.0, 12.0, 9.0, 9.0, 14.0, 14.0, 12.0, 12.0, 14.0, 14.0, 40.0, 40.0, 60.0, 60.0,
    ];
    write_table(
        sheet,
        result_headers(lang),
        widths,
        batch.cases.iter().map(|c| result_cells(c, lang)),
        &f,
    )?;

    let sheet = book.add_worksheet();
    sheet.set_name(t!(lang, batch.sheet.summary))?;
    sheet.set_column_width(0, 48)?;
    sheet.set_column_width(1, 14)?;
    let s = &batch.summary;
    let mut row = 0;
    use keys::batch::summary as k;
    for (key, value) in [
        (k::rows, Out::Int(s.rows)),
        (k::cases, Out::Int(s.cases)),
        (k::decided, Out::Int(s.decided)),
        (k::not_decided, Out::Int(s.not_decided)),
        (k::rows_with_errors, Out::Int(s.rows_with_errors)),
        (k::released, Out::Int(s.released)),
        (
            k::released_in_some_reading,
            Out::Int(s.released_in_some_reading),
        ),
        (k::to_be_released, Out::Int(s.to_be_released)),
        (
            k::to_be_released_in_some_reading,
            Out::Int(s.to_be_released_in_some_reading),
        ),
        (k::punishment_ends, Out::Int(s.punishment_ends)),
        (k::sentences_to_check, Out::Int(s.sentences_to_check)),
        (k::years_cut, Out::Decimal(s.years_cut)),
        (k::as_of, Out::Date(batch.today)),
    ] {
        sheet.write_string(row, 0, text(lang, key))?;
        write_cell(sheet, row, 1, &value, &f)?;
        row += 1;
    }
    let count = text(lang, k::count);
    row += 1;
    sheet.write_string_with_format(row, 0, text(lang, k::outcomes), &f.header)?;
    sheet.write_string_with_format(row, 1, count, &f.header)?;
    for o in &s.outcomes {
        row += 1;
        sheet.write_string(row, 0, amnesty_words::outcome(o.outcome, lang))?;
        sheet.write_number(row, 1, o.count)?;
    }
    row += 2;
    sheet.write_string_with_format(row, 0, text(lang, k::release_dates), &f.header)?;
    sheet.write_string_with_format(row, 1, count, &f.header)?;
    for d in &s.release_dates {
        row += 1;
        sheet.write_datetime_with_format(row, 0, excel_date(d.date)?, &f.date)?;
        sheet.write_number(row, 1, d.count)?;
    }
    book.save_to_buffer()
}

/// The summary for a person reading a terminal: how the file was read, then the figures.
pub fn summary_text(batch: &Batch, file: &str, lang: Lang) -> String {
    use keys::batch::summary as k;
    let mut lines = Vec::new();
    let row = ("row", batch.header_row.to_string());
    let file = ("file", file.to_string());
    lines.push(match &batch.source {
        Source::Xlsx { sheet } => fill(
            t!(lang, batch.summary.source_xlsx),
            &[file, ("sheet", sheet.clone()), row],
        ),
        Source::Ods { sheet } => fill(
            t!(lang, batch.summary.source_ods),
            &[file, ("sheet", sheet.clone()), row],
        ),
        Source::Csv {
            encoding,
            delimiter,
        } => fill(
            t!(lang, batch.summary.source_csv),
            &[
                file,
                ("encoding", encoding.to_string()),
                ("delimiter", delimiter.escape_default().to_string()),
                row,
            ],
        ),
    });
    if !batch.ignored_columns.is_empty() {
        let columns = batch.ignored_columns.join(", ");
        lines.push(fill(
            t!(lang, batch.summary.ignored),
            &[("columns", columns)],
        ));
    }
    let s = &batch.summary;
    let figure = |key: Key, value: String| format!("{}: {value}", text(lang, key));
    lines.push(figure(k::rows, s.rows.to_string()));
    lines.push(figure(k::cases, s.cases.to_string()));
    lines.push(figure(k::decided, s.decided.to_string()));
    lines.push(figure(k::not_decided, s.not_decided.to_string()));
    lines.push(figure(k::rows_with_errors, s.rows_with_errors.to_string()));
    lines.push(format!("{}:", text(lang, k::outcomes)));
    for o in &s.outcomes {
        let key = amnesty_rules::vocab::Named::name(o.outcome);
        lines.push(format!(
            "  {key} ({}): {}",
            amnesty_words::outcome(o.outcome, lang),
            o.count
        ));
    }
    for (key, count) in [
        (k::released, s.released),
        (k::released_in_some_reading, s.released_in_some_reading),
        (k::to_be_released, s.to_be_released),
        (
            k::to_be_released_in_some_reading,
            s.to_be_released_in_some_reading,
        ),
        (k::punishment_ends, s.punishment_ends),
        (k::sentences_to_check, s.sentences_to_check),
    ] {
        lines.push(figure(key, count.to_string()));
    }
    lines.push(format!("{}:", text(lang, k::release_dates)));
    for d in &s.release_dates {
        lines.push(format!("  {}: {}", d.date, d.count));
    }
    lines.push(figure(k::years_cut, decimal(s.years_cut, lang)));
    lines.push(figure(k::as_of, batch.today.to_string()));
    lines.join("\n")
}

/// The template's example: CC Art. 272 part 2, serving eight years from 6 January 2022.
fn example_row(lang: Lang) -> [Out<'static>; Column::ALL.len()] {
    let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).map_or(Out::Empty, Out::Date);
    Column::ALL.map(|column| match column {
        Column::Case => Out::Int(1),
        Column::Name => Out::Text(t!(lang, batch.example.name).into()),
        Column::Stage => Out::Text(amnesty_words::stage(Stage::Serving, lang).into()),
        Column::Article => Out::Int(272),
        Column::Part => Out::Int(2),
        Column::CommittedOn => date(2022, 1, 5),
        Column::Context => Out::Text(amnesty_words::context(Context::Riots, lang).into()),
        Column::BirthDate => date(1999, 5, 17),
        Column::Recidivism => {
            Out::Text(amnesty_words::recidivism(amnesty_rules::case::Recidivism::None, lang).into())
        }
        Column::Punishment => {
            Out::Text(amnesty_words::punishment(Punishment::Imprisonment, lang).into())
        }
        Column::Years => Out::Int(8),
        Column::Start => date(2022, 1, 6),
        _ => Out::Empty,
    })
}

fn template_headers(lang: Lang) -> [&'static str; Column::ALL.len()] {
    Column::ALL.map(|c| column_title(c, lang))
}

/// The CSV template: every column's header in a language, and one filled example row, separated
/// as the results are.
pub fn template_csv(lang: Lang) -> Vec<u8> {
    csv_file(
        template_headers(lang),
        std::iter::once(example_row(lang)),
        lang,
    )
}

/// The `.xlsx` template: every column's header in a language and one filled example row, a
/// drop-down list of the values in each column that takes fixed ones; and a second sheet, the
/// guide, saying what each column holds, the values it takes and an example ([`column_guide`]),
/// with the drop-down lists' values to its right.
pub fn template_xlsx(lang: Lang) -> Result<Vec<u8>, String> {
    let build = || -> Result<Vec<u8>, XlsxError> {
        let f = Formats::new();
        let in_force = NaiveDate::from_ymd_opt(2022, 11, 3).unwrap_or_default();
        let mut book = workbook(in_force)?;
        let guide_name = t!(lang, batch.sheet.columns);
        let lists: Vec<(usize, Vec<(&str, &str)>)> = Column::ALL
            .iter()
            .enumerate()
            .filter_map(|(i, c)| Some((i, c.values(lang)?)))
            .collect();

        let sheet = book.add_worksheet();
        sheet.set_name(t!(lang, batch.sheet.cases))?;
        write_table(
            sheet,
            template_headers(lang),
            [16.0; Column::ALL.len()],
            std::iter::once(example_row(lang)),
            &f,
        )?;
        let not_listed = fill(
            t!(lang, batch.guide.invalid_message),
            &[("sheet", guide_name.to_string())],
        );
        for (n, (column, values)) in lists.iter().enumerate() {
            let at = LISTS_FROM + n as u16;
            let source = worksheet_range_absolute(guide_name, 1, at, values.len() as u32, at);
            // Information only: the keys and synonyms the list leaves out are read too.
            let validation = DataValidation::new()
                .allow_list_formula(Formula::new(format!("={source}")))
                .set_error_style(DataValidationErrorStyle::Information)
                .set_error_title(t!(lang, batch.guide.invalid_title))?
                .set_error_message(not_listed.as_str())?;
            let column = *column as u16;
            sheet.add_data_validation(1, column, MAX_ROWS as u32, column, &validation)?;
        }

        let guide = book.add_worksheet();
        guide.set_name(guide_name)?;
        use keys::batch::guide as k;
        let headings = [k::header, k::meaning, k::values, k::example];
        for (col, (key, width)) in headings.iter().zip([26.0, 50.0, 60.0, 24.0]).enumerate() {
            guide.write_string_with_format(0, col as u16, text(lang, *key), &f.header)?;
            guide.set_column_width(col as u16, width)?;
        }
        for (row, entry) in column_guide(lang).iter().enumerate() {
            let row = row as u32 + 1;
            guide.write_string_with_format(row, 0, entry.header, &f.header)?;
            guide.write_string_with_format(row, 1, entry.meaning, &f.wrap)?;
            guide.write_string_with_format(row, 2, &entry.values, &f.wrap)?;
            guide.write_string(row, 3, &entry.example)?;
        }
        for (n, (column, values)) in lists.iter().enumerate() {
            let at = LISTS_FROM + n as u16;
            let heading = fill(
                t!(lang, batch.guide.list_heading),
                &[(
                    "column",
                    column_title(Column::ALL[*column], lang).to_string(),
                )],
            );
            guide.write_string_with_format(0, at, heading, &f.header)?;
            guide.set_column_width(at, 28)?;
            for (row, (word, _)) in values.iter().enumerate() {
                guide.write_string(row as u32 + 1, at, *word)?;
            }
        }
        guide.set_freeze_panes(1, 1)?;
        book.save_to_buffer()
    };
    build().map_err(|e| e.to_string())
}

/// The guide's column from which the drop-down lists' values stand, one list a column (past the
/// guide's table and a blank column).
const LISTS_FROM: u16 = 5;

/// One column as the template's guide explains it, in a language.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ColumnGuide {
    pub column: Column,
    /// The header the template writes.
    pub header: &'static str,
    /// What the column holds.
    pub meaning: &'static str,
    /// The values it takes.
    pub values: String,
    pub example: String,
}

/// Every column as the template's second sheet explains it (and `COLUMNS.md`, a test checks).
pub fn column_guide(lang: Lang) -> Vec<ColumnGuide> {
    Column::ALL
        .into_iter()
        .zip(example_row(lang))
        .map(|(column, in_row)| {
            let example = guide_example(column, lang).unwrap_or(in_row);
            ColumnGuide {
                column,
                header: column_title(column, lang),
                meaning: text(lang, column_key!(column, batch::guide::about)),
                values: values_text(column, lang),
                example: match example {
                    Out::Date(d) => amnesty_words::dotted_date(d),
                    other => csv_text(&other, lang).into_owned(),
                },
            }
        })
        .collect()
}

/// The values a column takes, in words.
fn values_text(column: Column, lang: Lang) -> String {
    use keys::batch::guide as k;
    if let Some(listed) = column.values_listed(lang) {
        return match column {
            Column::Exclusions => fill(
                text(lang, k::choose_many),
                &[("values", listed), ("no", t!(lang, app.no).to_string())],
            ),
            _ => fill(text(lang, k::choose), &[("values", listed)]),
        };
    }
    let key = match column {
        Column::Case | Column::Name => k::any_text,
        Column::Article => k::article_number,
        Column::Part => k::part_number,
        Column::CommittedOn
        | Column::BirthDate
        | Column::Start
        | Column::AsOf
        | Column::CustodyFrom
        | Column::CustodyTo => k::date,
        _ => k::whole_number,
    };
    text(lang, key).to_string()
}

/// An example for a column the template's example row leaves empty.
fn guide_example(column: Column, lang: Lang) -> Option<Out<'static>> {
    let words = |w: &'static str| Some(Out::Text(w.into()));
    match column {
        Column::Category => words(amnesty_words::category(Category::Grave, lang)),
        Column::Exclusions => words(amnesty_words::exclusion(ExclusionFact::Torture, lang)),
        Column::Conditional => words(t!(lang, app.no)),
        Column::VictimAge => Some(Out::Int(16)),
        Column::Months => Some(Out::Int(6)),
        Column::Days => Some(Out::Int(15)),
        Column::Hours => Some(Out::Int(240)),
        Column::Amount => Some(Out::Int(100)),
        Column::AsOf => NaiveDate::from_ymd_opt(2023, 3, 1).map(Out::Date),
        Column::Institution => words(amnesty_words::institution(Institution::Medium, lang)),
        Column::CustodyFrom => NaiveDate::from_ymd_opt(2022, 1, 6).map(Out::Date),
        Column::CustodyTo => NaiveDate::from_ymd_opt(2022, 6, 19).map(Out::Date),
        Column::CustodyKind => words(amnesty_words::custody_kind(CustodyKind::Detention, lang)),
        Column::OffencePunishment => {
            words(amnesty_words::punishment(Punishment::Imprisonment, lang))
        }
        Column::OffenceYears => Some(Out::Int(6)),
        Column::OffenceMonths => Some(Out::Int(6)),
        Column::OffenceDays => Some(Out::Int(15)),
        Column::OffenceHours => Some(Out::Int(240)),
        Column::OffenceAmount => Some(Out::Int(100)),
        _ => None,
    }
}
