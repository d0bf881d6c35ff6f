//! Caps on what a zipped workbook (`.xlsx`, `.ods`) may unpack to, checked before calamine reads
//! it.
//!
//! A workbook is a zip of XML parts, and deflate packs a repeated text a thousand to one: a
//! 617 KB file held one shared string of 600 MB, which calamine read whole (3 GB of memory, and
//! in the browser the worker would take the tab down). So the size each part declares in the
//! zip's directory is checked, alone and in all, before a byte is inflated; and a declared size
//! cannot lie, because the zip reader stops any part, for calamine as for this check, as soon as
//! it unpacks to more than it declared (a test shows it). Two places where calamine allocates by
//! what a part says rather than by its size are read here first: the number of shared strings an
//! `.xlsx` announces (calamine reserves room for all of them at once), and the rows and cells an
//! `.ods` repeats (calamine writes every repeat out, and a row of a few bytes may say it repeats
//! a million times). The limits are the same natively and in the browser, so both refuse the
//! same files.

use std::io::{BufReader, Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::name::QName;
use quick_xml::Reader as XmlReader;
use zip::ZipArchive;

use crate::sheet::{broken, FileError};

const MB: u64 = 1024 * 1024;

/// The most one part of a workbook (a zip entry: the shared strings, a sheet's XML, an
/// OpenDocument's content) may unpack to. A caseload of 10,000 rows × 20 columns is about 7 MB
/// of sheet XML as Excel writes it (measured: 10,000 rows of 12 columns, 3.3 MB; 100,000 rows,
/// 34 MB) and about four times that as LibreOffice writes an `.ods`, so no honest caseload comes
/// near; what is beyond it is a bomb or no caseload at all.
pub const MAX_PART_BYTES: u64 = 64 * MB;
/// The most all the parts of a workbook may unpack to together: two such parts.
pub const MAX_UNPACKED_BYTES: u64 = 128 * MB;
/// The most the cells of an `.ods` may take in calamine once their repeats are written out
/// (each cell [`ODS_CELL_BYTES`] and its text): as much as a workbook may unpack to in all. A
/// caseload of 10,000 rows × 20 columns takes about 13 MB.
const MAX_ODS_CELL_BYTES: u64 = MAX_UNPACKED_BYTES;
/// A cell of an `.ods` in calamine: its value and its formula (64-bit sizes, so that the browser
/// refuses what the command line refuses).
const ODS_CELL_BYTES: u64 = 56;
/// calamine's own bounds on an `.ods` sheet, to which it cuts repeats.
const ODS_MAX_ROWS: u64 = 1_048_576;
const ODS_MAX_COLUMNS: u64 = 16_384;
/// The fewest bytes a shared string takes in the XML (`<si/>`).
const SHARED_STRING_MIN_BYTES: u64 = 5;

/// Which reader a workbook is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Xlsx,
    Ods,
}

/// Checks what a zipped workbook unpacks to against the limits; says which kind of workbook it
/// is, or why it is not read.
pub fn check(bytes: &[u8]) -> Result<Kind, FileError> {
    let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(broken)?;
    let mut total = 0u64;
    for i in 0..zip.len() {
        let size = zip.by_index_raw(i).map_err(broken)?.size();
        total = total.saturating_add(size);
        within_limits(size, total)?;
    }
    let kind = kind(&mut zip)?;
    // Only the parts that need reading are opened: the others are for calamine to read or not.
    let roles: Vec<(usize, Role)> = zip
        .file_names()
        .enumerate()
        .filter_map(|(i, name)| Some((i, Role::of(name.ok()?.as_ref(), kind)?)))
        .collect();
    let mut buf = Vec::new();
    for (i, role) in roles {
        let part = zip.by_index(i).map_err(broken)?;
        let size = part.size();
        match role {
            Role::SharedStrings => {
                // calamine reserves room for every string announced before it reads one.
                let announced = announced_strings(&mut xml_reader(part), &mut buf)?;
                if announced.is_some_and(|n| n > size / SHARED_STRING_MIN_BYTES + 1024) {
                    return Err(broken(
                        "the shared strings announce more strings than they hold",
                    ));
                }
            }
            Role::OdsContent => OdsCost::default().content(&mut xml_reader(part), &mut buf)?,
        }
    }
    Ok(kind)
}

fn within_limits(part: u64, total: u64) -> Result<(), FileError> {
    if part > MAX_PART_BYTES {
        return Err(FileError::PartTooLarge {
            max_mb: (MAX_PART_BYTES / MB) as u32,
        });
    }
    if total > MAX_UNPACKED_BYTES {
        return Err(unpacked_too_large());
    }
    Ok(())
}

fn unpacked_too_large() -> FileError {
    FileError::UnpackedTooLarge {
        max_mb: (MAX_UNPACKED_BYTES / MB) as u32,
    }
}

/// An OpenDocument names its kind in its first part, `mimetype`; a workbook without one is taken
/// for an `.xlsx` (calamine says what is wrong if it is not).
fn kind(zip: &mut ZipArchive<Cursor<&[u8]>>) -> Result<Kind, FileError> {
    let Ok(file) = zip.by_name("mimetype") else {
        return Ok(Kind::Xlsx);
    };
    let mut head = Vec::new();
    file.take(128).read_to_end(&mut head).map_err(broken)?;
    if head.starts_with(b"application/vnd.oasis.opendocument.spreadsheet") {
        Ok(Kind::Ods)
    } else if head.starts_with(b"application/vnd.oasis.opendocument") {
        // A text document or a presentation.
        Err(FileError::NotASpreadsheet)
    } else {
        Ok(Kind::Xlsx)
    }
}

/// A part read here before calamine reads it, for what is checked beyond its size.
enum Role {
    SharedStrings,
    OdsContent,
}

impl Role {
    fn of(name: &str, kind: Kind) -> Option<Role> {
        // calamine finds a part whatever its letter case and folder.
        let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
        match kind {
            Kind::Xlsx if file.eq_ignore_ascii_case("sharedStrings.xml") => {
                Some(Role::SharedStrings)
            }
            Kind::Ods if name == "content.xml" => Some(Role::OdsContent),
            _ => None,
        }
    }
}

/// An XML reader set up as calamine sets up its own, so that both read the same events.
fn xml_reader<R: Read>(part: R) -> XmlReader<BufReader<R>> {
    let mut xml = XmlReader::from_reader(BufReader::new(part));
    let config = xml.config_mut();
    config.check_end_names = false;
    config.trim_text(false);
    config.check_comments = false;
    config.expand_empty_elements = true;
    xml
}

type Xml<R> = XmlReader<BufReader<R>>;

fn next_event<'b, R: Read>(xml: &mut Xml<R>, buf: &'b mut Vec<u8>) -> Result<Event<'b>, FileError> {
    buf.clear();
    xml.read_event_into(buf).map_err(broken)
}

/// The number of strings the shared strings' `<sst uniqueCount="…">` announces, if any.
fn announced_strings<R: Read>(
    xml: &mut Xml<R>,
    buf: &mut Vec<u8>,
) -> Result<Option<u64>, FileError> {
    loop {
        match next_event(xml, buf)? {
            Event::Start(e) if e.local_name().as_ref() == "sst" => {
                return Ok(attribute(&e, "uniqueCount").and_then(whole_number));
            }
            Event::Eof => return Ok(None),
            _ => {}
        }
    }
}

/// A whole number as calamine reads one (a `+` and any count of leading zeros allowed); one too
/// large for a `u64` counts as the largest.
fn whole_number(text: &str) -> Option<u64> {
    let digits = text.strip_prefix('+').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(digits.parse().unwrap_or(u64::MAX))
}

/// The attributes of a tag, read as calamine reads them: a name up to `=` (without the spaces
/// before it) and a quoted value, raw.
fn attributes<'a>(e: &'a BytesStart<'_>) -> impl Iterator<Item = (&'a str, &'a str)> {
    let mut rest = e.attributes_raw();
    std::iter::from_fn(move || {
        let (key, after) = rest.trim_start().split_once('=')?;
        let after = after.trim_start();
        let quote = after.chars().next().filter(|q| matches!(q, '"' | '\''))?;
        let (value, next) = after[1..].split_once(quote).unwrap_or((&after[1..], ""));
        rest = next;
        Some((key.trim_end(), value))
    })
}

/// The first attribute of that name, raw.
fn attribute<'a>(e: &'a BytesStart<'_>, name: &str) -> Option<&'a str> {
    attributes(e).find(|(key, _)| *key == name).map(|(_, v)| v)
}

/// An attribute read as a whole number, its entities replaced first when `decoded` (as calamine
/// reads some); `Err` where calamine's reading fails.
fn number(e: &BytesStart<'_>, name: &str, decoded: bool) -> Result<Option<u64>, FileError> {
    let Some(raw) = attribute(e, name) else {
        return Ok(None);
    };
    let text = match decoded {
        true => quick_xml::escape::unescape(raw).map_err(broken)?,
        false => raw.into(),
    };
    whole_number(&text)
        .map(Some)
        .ok_or_else(|| broken(format_args!("{name} is not a number")))
}

fn is_cell(name: QName<'_>) -> bool {
    name == QName("table:table-cell") || name == QName("table:covered-table-cell")
}

/// What calamine's cells of an `.ods` take, counted by walking the content as calamine's reader
/// walks it (`parse_content`, `read_table`, `read_row`, `get_datatype`), but keeping nothing:
/// every cell once as read, then every table as calamine lays it out, each row and cell as often
/// as it repeats, from the first row with a value to the last and as wide as the widest.
#[derive(Default)]
struct OdsCost {
    bytes: u64,
}

impl OdsCost {
    fn add(&mut self, bytes: u64) -> Result<(), FileError> {
        self.bytes = self.bytes.saturating_add(bytes);
        if self.bytes > MAX_ODS_CELL_BYTES {
            return Err(unpacked_too_large());
        }
        Ok(())
    }

    fn content<R: Read>(&mut self, xml: &mut Xml<R>, buf: &mut Vec<u8>) -> Result<(), FileError> {
        loop {
            match next_event(xml, buf)? {
                Event::Start(e)
                    if e.name() == QName("table:table")
                        && attribute(&e, "table:name").is_some() =>
                {
                    self.table(xml, buf)?
                }
                Event::Eof => return Ok(()),
                _ => {}
            }
        }
    }

    fn table<R: Read>(&mut self, xml: &mut Xml<R>, buf: &mut Vec<u8>) -> Result<(), FileError> {
        let mut rows = 0u64;
        let mut first_with_value: Option<u64> = None;
        let mut after_last_with_value = 0u64;
        let mut width = 0u64;
        let mut repeated_text = 0u64;
        loop {
            let repeats = match next_event(xml, buf)? {
                Event::Start(e) if e.name() == QName("table:table-row") => {
                    let asked = number(&e, "table:number-rows-repeated", true)?.unwrap_or(1);
                    asked.min(ODS_MAX_ROWS - rows)
                }
                Event::End(e) if e.name() == QName("table:table") => break,
                // calamine would wait for the end of the table for ever.
                Event::Eof => return Err(broken("the content ends inside a table")),
                _ => continue,
            };
            let (row_width, row_text) = Self::row(xml, buf)?;
            // The row as read, whether it repeats or not.
            self.add(
                row_width
                    .saturating_mul(ODS_CELL_BYTES)
                    .saturating_add(row_text),
            )?;
            if row_width > 0 {
                first_with_value.get_or_insert(rows);
                after_last_with_value = rows + repeats;
                width = width.max(row_width);
                repeated_text = repeated_text.saturating_add(repeats.saturating_mul(row_text));
            }
            rows += repeats;
            let laid_out = (after_last_with_value - first_with_value.unwrap_or(0))
                .saturating_mul(width)
                .saturating_mul(ODS_CELL_BYTES)
                .saturating_add(repeated_text);
            if self.bytes.saturating_add(laid_out) > MAX_ODS_CELL_BYTES {
                return Err(unpacked_too_large());
            }
        }
        let laid_out = (after_last_with_value - first_with_value.unwrap_or(0))
            .saturating_mul(width)
            .saturating_mul(ODS_CELL_BYTES);
        self.add(laid_out.saturating_add(repeated_text))
    }

    /// A row: the column after its last value, and the bytes of its values, each as often as it
    /// repeats.
    fn row<R: Read>(xml: &mut Xml<R>, buf: &mut Vec<u8>) -> Result<(u64, u64), FileError> {
        let mut column = 0u64;
        let mut width = 0u64;
        let mut text = 0u64;
        loop {
            let e = match next_event(xml, buf)? {
                Event::Start(e) if is_cell(e.name()) => e.into_owned(),
                Event::End(e) if e.name() == QName("table:table-row") => return Ok((width, text)),
                // calamine refuses anything else in a row.
                _ => return Err(broken("a row of the content holds other than cells")),
            };
            let asked = number(&e, "table:number-columns-repeated", false)?.unwrap_or(1);
            let repeats = asked.min(ODS_MAX_COLUMNS - column);
            let value = Self::cell(xml, &e)?;
            column += repeats;
            if let Some(bytes) = value {
                width = column;
                text = text.saturating_add(repeats.saturating_mul(bytes));
            }
        }
    }

    /// A cell: the bytes of its value and formula, or `None` when it has neither.
    fn cell<R: Read>(xml: &mut Xml<R>, e: &BytesStart<'_>) -> Result<Option<u64>, FileError> {
        let mut value_set = false;
        let mut string = false;
        let mut error = false;
        let mut empty_string_value = false;
        let mut bytes = 0u64;
        let mut formula = false;
        for (key, value) in attributes(e) {
            match key {
                "office:value"
                | "office:boolean-value"
                | "office:date-value"
                | "office:time-value"
                    if !value_set =>
                {
                    value_set = true;
                    bytes += value.len() as u64;
                }
                "office:string-value" if !value_set => {
                    value_set = true;
                    empty_string_value = value.is_empty();
                    bytes += value.len() as u64;
                }
                "office:value-type" if !value_set => string = value == "string",
                "calcext:value-type" => error = value == "error",
                "table:formula" => {
                    formula = !value.is_empty();
                    bytes += value.len() as u64;
                }
                _ => {}
            }
        }
        let mut buf = Vec::new();
        if !((!value_set && string) || (error && empty_string_value)) {
            xml.read_to_end_into(e.name(), &mut buf).map_err(broken)?;
            return Ok((value_set || formula).then_some(bytes));
        }
        // A text cell's paragraphs, spaces, tabs and line breaks, as calamine joins them.
        loop {
            match next_event(xml, &mut buf)? {
                Event::Text(t) => bytes = bytes.saturating_add(t.len() as u64),
                Event::GeneralRef(_) => bytes = bytes.saturating_add(4),
                Event::End(end) if is_cell(end.name()) => return Ok(Some(bytes)),
                Event::Start(s) if s.name() == QName("office:annotation") => loop {
                    match next_event(xml, &mut buf)? {
                        Event::End(end) if end.name() == QName("office:annotation") => break,
                        // calamine would wait for the end of the note for ever.
                        Event::Eof => return Err(broken("the content ends inside a note")),
                        _ => {}
                    }
                },
                Event::Start(s) if s.name() == QName("text:s") => {
                    let spaces = number(&s, "text:c", true)?.unwrap_or(1);
                    bytes = bytes.saturating_add(spaces);
                }
                Event::Start(_) => bytes = bytes.saturating_add(1),
                Event::Eof => return Err(broken("the content ends inside a cell")),
                _ => {}
            }
            if bytes > MAX_ODS_CELL_BYTES {
                return Err(unpacked_too_large());
            }
        }
    }
}
