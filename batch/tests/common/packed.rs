//! Workbooks taken apart and zipped again: to tamper with a part, to put a bomb in one (a part
//! that unpacks to far more than the file's size, its deflate stream written here by hand so that
//! a test makes a 600 MB bomb in milliseconds), or to make an OpenDocument spreadsheet from its
//! content.

use std::io::{Cursor, Read, Write};

/// A workbook's parts, by name, in the order of the zip.
pub fn parts(workbook: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(workbook)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut bytes = Vec::new();
            file.read_to_end(&mut bytes).unwrap();
            (file.name().unwrap().to_string(), bytes)
        })
        .collect()
}

/// Parts zipped (deflated), in their order.
pub fn zip(parts: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in parts {
        let stored = name == "mimetype";
        let method = match stored {
            true => zip::CompressionMethod::Stored,
            false => zip::CompressionMethod::Deflated,
        };
        let options = zip::write::SimpleFileOptions::default().compression_method(method);
        writer.start_file(name.as_str(), options).unwrap();
        writer.write_all(bytes).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

/// An OpenDocument spreadsheet of these tables (`<table:table …>` elements).
pub fn ods(tables: &str) -> Vec<u8> {
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content {NAMESPACES} office:version="1.3"><office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>"#
    );
    zip(&ods_parts(content.into_bytes()))
}

/// The parts of an OpenDocument spreadsheet with this content.
pub fn ods_parts(content: Vec<u8>) -> Vec<(String, Vec<u8>)> {
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    vec![
        (
            "mimetype".into(),
            b"application/vnd.oasis.opendocument.spreadsheet".to_vec(),
        ),
        ("META-INF/manifest.xml".into(), manifest.as_bytes().to_vec()),
        ("content.xml".into(), content),
    ]
}

const NAMESPACES: &str = r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0""#;

/// A part that unpacks to `head`, then `byte` `count` times, then `tail`; `declared` is the size
/// the zip says it has (its true size when `None`: a liar says less).
#[derive(Clone, Debug)]
pub struct Bomb {
    pub head: Vec<u8>,
    pub byte: u8,
    pub count: u64,
    pub tail: Vec<u8>,
    pub declared: Option<u64>,
}

impl Bomb {
    /// The part with its first `marker` standing for the repeated bytes.
    pub fn at(part: &[u8], marker: &str, byte: u8, count: u64) -> Bomb {
        let text = std::str::from_utf8(part).unwrap();
        let (head, tail) = text
            .split_once(marker)
            .unwrap_or_else(|| panic!("no {marker} in the part"));
        Bomb {
            head: head.as_bytes().to_vec(),
            byte,
            count,
            tail: tail.as_bytes().to_vec(),
            declared: None,
        }
    }

    /// The part with the repeated bytes after its first `marker`.
    pub fn after(part: &[u8], marker: &str, byte: u8, count: u64) -> Bomb {
        let mut bomb = Bomb::at(part, marker, byte, count);
        bomb.head.extend_from_slice(marker.as_bytes());
        bomb
    }

    /// The same, the zip saying it unpacks to `size` bytes.
    pub fn declaring(mut self, size: u64) -> Bomb {
        self.declared = Some(size);
        self
    }

    fn size(&self) -> u64 {
        self.head.len() as u64 + self.count + self.tail.len() as u64
    }

    /// The raw deflate stream, in one block of fixed codes: the head and tail as literals, the
    /// repeated byte once and then copies of 258 bytes at a distance of 1 (13 bits each).
    fn deflate(&self) -> Vec<u8> {
        let mut bits = Bits::default();
        bits.put(0b011, 3); // the last block; fixed codes
        self.head.iter().for_each(|b| bits.literal(*b));
        let mut left = self.count;
        if left > 0 {
            bits.literal(self.byte);
            left -= 1;
        }
        // Length 258 is code 285 (8 bits, 11000101), distance 1 is code 0 (5 bits).
        let copy = reversed(0b1100_0101, 8) | (reversed(0, 5) << 8);
        while left >= 258 {
            bits.put(copy, 13);
            left -= 258;
        }
        (0..left).for_each(|_| bits.literal(self.byte));
        self.tail.iter().for_each(|b| bits.literal(*b));
        bits.put(0, 7); // end of block
        bits.finish()
    }
}

/// A code of `len` bits, in the order deflate writes a Huffman code (its first bit first).
fn reversed(code: u64, len: u32) -> u64 {
    (0..len).fold(0, |acc, i| acc | (((code >> (len - 1 - i)) & 1) << i))
}

#[derive(Default)]
struct Bits {
    out: Vec<u8>,
    acc: u64,
    n: u32,
}

impl Bits {
    fn put(&mut self, value: u64, bits: u32) {
        self.acc |= value << self.n;
        self.n += bits;
        while self.n >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }

    /// A literal byte in the fixed codes: 0–143 in 8 bits from 00110000, 144–255 in 9 from
    /// 110010000.
    fn literal(&mut self, b: u8) {
        match b {
            0..=143 => self.put(reversed(0x30 + u64::from(b), 8), 8),
            _ => self.put(reversed(0x190 + u64::from(b) - 144, 9), 9),
        }
    }

    fn finish(mut self) -> Vec<u8> {
        if self.n > 0 {
            self.out.push(self.acc as u8);
        }
        self.out
    }
}

/// A part of a zip written by hand.
pub enum Part {
    Plain(Vec<u8>),
    Bomb(Bomb),
}

/// A zip written by hand: plain parts stored, bombs deflated, each with the size it declares.
pub fn zip_by_hand(parts: Vec<(String, Part)>) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, part) in &parts {
        let (method, data, crc, size): (u16, Vec<u8>, u32, u64) = match part {
            Part::Plain(bytes) => (0, bytes.clone(), crc32(bytes), bytes.len() as u64),
            // The checksum of a bomb is never reached: it is refused before its end.
            Part::Bomb(bomb) => (8, bomb.deflate(), 0, bomb.declared.unwrap_or(bomb.size())),
        };
        let size = u32::try_from(size).expect("under 4 GB");
        let offset = out.len() as u32;
        let fields = |out: &mut Vec<u8>| {
            for (value, width) in [
                (20, 2), // version needed
                (0, 2),  // flags
                (u32::from(method), 2),
                (0, 2),    // time
                (0x21, 2), // date: 1 January 1980
                (crc, 4),
                (data.len() as u32, 4),
                (size, 4),
                (name.len() as u32, 2),
                (0, 2), // extra field
            ] {
                out.extend_from_slice(&value.to_le_bytes()[..width]);
            }
        };
        out.extend_from_slice(b"PK\x03\x04");
        fields(&mut out);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&data);
        central.extend_from_slice(b"PK\x01\x02\x14\x00");
        fields(&mut central);
        // Comment, disk, attributes, and where the part's header is.
        central.extend_from_slice(&[0; 10]);
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let (count, at) = (parts.len() as u16, out.len() as u32);
    out.extend_from_slice(&central);
    out.extend_from_slice(b"PK\x05\x06\0\0\0\0");
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&at.to_le_bytes());
    out.extend_from_slice(&[0, 0]);
    out
}

/// A workbook's parts with one of them (by name) a bomb, or more parts added.
pub fn with_bombs(parts: &[(String, Vec<u8>)], bombs: Vec<(&str, Bomb)>) -> Vec<u8> {
    let mut bombs = bombs;
    let mut all: Vec<(String, Part)> = parts
        .iter()
        .map(
            |(name, bytes)| match bombs.iter().position(|(n, _)| n == name) {
                Some(i) => (name.clone(), Part::Bomb(bombs.remove(i).1)),
                None => (name.clone(), Part::Plain(bytes.clone())),
            },
        )
        .collect();
    all.extend(
        bombs
            .into_iter()
            .map(|(n, b)| (n.to_string(), Part::Bomb(b))),
    );
    zip_by_hand(all)
}

/// The zip's checksum (CRC-32), bit by bit: only small parts are summed.
fn crc32(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(!0u32, |crc, b| {
        (0..8).fold(crc ^ u32::from(*b), |c, _| {
            (c >> 1) ^ (0xEDB8_8320 & (c & 1).wrapping_neg())
        })
    })
}
