//! The caseload of the batch benchmarks: the same 10,000-odd rows natively (`benches/batch.rs`)
//! and in the browser (`tools/bench-batch.mjs`, which has them written by
//! `cargo run -p amnesty-batch --example caseload`).

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

const HEADERS: [&str; 12] = [
    "Дело",
    "ФИО",
    "Стадия дела",
    "Статья",
    "Часть",
    "Дата деяния",
    "Связь с беспорядками",
    "Наказание",
    "Лет",
    "Размер (МРП)",
    "Первый день срока",
    "Дата рождения",
];

/// One row of the caseload: the cells as text, the dates as (year, month, day).
pub enum Cell {
    Text(String),
    Number(u32),
    Date(u16, u8, u8),
    Empty,
}

/// Ten kinds of case, one after another; every fifth person has a second offence.
pub fn caseload(rows_wanted: usize) -> Vec<Vec<Cell>> {
    use Cell::*;
    let t = |s: &str| Text(s.to_string());
    let mut rows = Vec::with_capacity(rows_wanted);
    let mut case = 0;
    while rows.len() < rows_wanted {
        case += 1;
        let kind = case % 10;
        let (stage, article, part, context, punishment, years, amount) = match kind {
            0 => (
                "отбывает",
                "272",
                2,
                "массовые беспорядки",
                "лишение свободы",
                8,
                0,
            ),
            1 => (
                "отбывает",
                "293",
                1,
                "массовые беспорядки",
                "лишение свободы",
                1,
                0,
            ),
            2 => ("расследование", "104", 1, "пресечение", "", 0, 0),
            3 => (
                "отбывает",
                "269-1",
                3,
                "массовые беспорядки",
                "ограничение свободы",
                3,
                0,
            ),
            4 => ("отбывает", "188", 3, "массовые беспорядки", "штраф", 0, 600),
            5 => ("отбывает", "188", 2, "не связано", "лишение свободы", 3, 0),
            6 => (
                "отбывает",
                "272",
                2,
                "массовые беспорядки",
                "лишение свободы",
                5,
                0,
            ),
            7 => ("суд", "272", 2, "массовые беспорядки", "", 0, 0),
            8 => (
                "отбыто",
                "188",
                2,
                "массовые беспорядки",
                "лишение свободы",
                1,
                0,
            ),
            _ => (
                "отбывает",
                "107",
                1,
                "массовые беспорядки",
                "лишение свободы",
                2,
                0,
            ),
        };
        let sentence = !punishment.is_empty();
        rows.push(vec![
            Number(case),
            t(&format!("Человек {case}")),
            t(stage),
            t(article),
            Number(part),
            Date(2022, 1, 5 + (case % 3) as u8),
            t(context),
            if sentence { t(punishment) } else { Empty },
            if years > 0 { Number(years) } else { Empty },
            if amount > 0 { Number(amount) } else { Empty },
            if sentence { Date(2022, 1, 8) } else { Empty },
            Date(
                1970 + (case % 30) as u16,
                1 + (case % 12) as u8,
                1 + (case % 28) as u8,
            ),
        ]);
        if case % 5 == 0 && rows.len() < rows_wanted {
            rows.push(vec![
                Number(case),
                Empty,
                Empty,
                t("188"),
                Number(2),
                Date(2022, 1, 5),
                t("массовые беспорядки"),
                Empty,
                Empty,
                Empty,
                Empty,
                Empty,
            ]);
        }
    }
    rows
}

pub fn csv_1251(rows: &[Vec<Cell>]) -> Vec<u8> {
    let mut text = HEADERS.join(";");
    text.push_str("\r\n");
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .map(|c| match c {
                Cell::Text(t) => t.clone(),
                Cell::Number(n) => n.to_string(),
                Cell::Date(y, m, d) => format!("{d:02}.{m:02}.{y}"),
                Cell::Empty => String::new(),
            })
            .collect();
        text.push_str(&cells.join(";"));
        text.push_str("\r\n");
    }
    encoding_rs::WINDOWS_1251.encode(&text).0.into_owned()
}

pub fn xlsx(rows: &[Vec<Cell>]) -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let date = Format::new().set_num_format("dd.mm.yyyy");
    for (c, h) in HEADERS.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, cell) in row.iter().enumerate() {
            let c = c as u16;
            match cell {
                Cell::Text(t) => {
                    sheet.write_string(r, c, t).unwrap();
                }
                Cell::Number(n) => {
                    sheet.write_number(r, c, *n).unwrap();
                }
                Cell::Date(y, m, d) => {
                    let day = ExcelDateTime::from_ymd(*y, *m, *d).unwrap();
                    sheet.write_datetime_with_format(r, c, day, &date).unwrap();
                }
                Cell::Empty => {}
            }
        }
    }
    book.save_to_buffer().unwrap()
}
