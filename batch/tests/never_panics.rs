//! No bytes make the reader panic: random bytes, text that looks like CSV, and workbooks whose
//! insides have been tampered with. Whatever is read is decided and written out again.

mod common;

use amnesty_batch::{decide_spreadsheet, results_csv, results_xlsx, Lang};
use common::packed::{parts, zip};
use common::*;
use proptest::prelude::*;

/// Reads, decides and writes the results as CSV, and as `.xlsx` when `xlsx` (slow in a test
/// build, so not for every case).
fn run(bytes: &[u8], xlsx: bool) {
    match decide_spreadsheet(bytes, today(), Lang::Ru) {
        Ok(batch) => {
            let _ = results_csv(&batch);
            if xlsx {
                results_xlsx(&batch).unwrap();
            }
        }
        Err(error) => assert!(!error.message(Lang::Ru).is_empty()),
    }
}

/// Pieces of XML that a damaged or hostile workbook might hold.
const HOSTILE: &[&str] = &[
    r#"<c r="XFD1048576"><v>1</v></c>"#,
    r#"<c r="A0"><v>1</v></c>"#,
    r#"<c r="ZZZZZZZ99999999999"><v>1</v></c>"#,
    r#"<c r="B2" t="s"><v>999999</v></c>"#,
    r#"<c r="B2" t="s"><v>-1</v></c>"#,
    r#"<c r="F2" s="1"><v>1e308</v></c>"#,
    r#"<c r="F2" s="1"><v>-5</v></c>"#,
    r#"<c r="F2" s="1"><v>NaN</v></c>"#,
    r#"<c r="F2" s="99999"><v>44566</v></c>"#,
    r#"<c r="C3" t="d"><v>2022-13-45T99:99</v></c>"#,
    r#"<c r="C3" t="b"><v>7</v></c>"#,
    r#"<c r="C3" t="e"><v>#WHAT?</v></c>"#,
    r#"<c r="C3" t="inlineStr"><is><t>отбывает</t></is></c>"#,
    r#"<row r="0">"#,
    r#"<row r="4294967295"><c r="A4294967295"><v>1</v></c></row>"#,
    "</row>",
    "<sheetData>",
    "&#0;",
    "&amp",
    "\u{0}\u{ffff}",
    "<![CDATA[",
    r#"<numFmt numFmtId="164" formatCode="dd.mm.yyyy"/>"#,
    r#"<si><t>статья</t></si>"#,
    // An OpenDocument's.
    r#"<table:table-row table:number-rows-repeated="1048576">"#,
    r#"<table:table-cell table:number-columns-repeated="99999" office:value-type="string">"#,
    r#"<table:table-cell office:value-type="date" office:date-value="2022-99-99"/>"#,
    r#"<table:table-cell office:value-type="float" office:value="x"/>"#,
    r#"<text:s text:c="-1"/>"#,
    r#"<text:s text:c="99999"/>"#,
    "<office:annotation>",
    "</table:table>",
    "</table:table-row>",
    r#"<table:table table:name="Другой">"#,
];

/// The caseload as LibreOffice saves an OpenDocument spreadsheet.
fn ods_parts() -> Vec<(String, Vec<u8>)> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/caseload-ru-libreoffice.ods"
    );
    parts(&std::fs::read(path).unwrap())
}

fn tampered(base: &[(String, Vec<u8>)], part: usize, edits: &[(usize, usize, usize)]) -> Vec<u8> {
    let mut parts = base.to_vec();
    let index = part % parts.len();
    let bytes = &mut parts[index].1;
    for (at, remove, piece) in edits {
        let at = at % (bytes.len() + 1);
        let end = (at + remove % 40).min(bytes.len());
        bytes.splice(at..end, HOSTILE[piece % HOSTILE.len()].bytes());
    }
    zip(&parts)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        run(&bytes, false);
    }

    #[test]
    fn any_bytes_after_a_workbook_signature(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        run(&[b"PK\x03\x04".as_slice(), &bytes].concat(), false);
    }

}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn text_that_looks_like_a_spreadsheet(
        body in "[a-zа-яёәіңғүұқөһ0-9 ,;\t\"\n\r.\\-=+№«»_]{0,400}",
        bom in any::<bool>(),
        xlsx in proptest::bool::weighted(0.05),
    ) {
        let text = format!(
            "case;name;stage;article;part;committed_on;context;punishment;years;start;exclusions\n{body}"
        );
        let bytes = if bom { encode(&text, Encoding::Utf8Bom) } else { text.into_bytes() };
        run(&bytes, xlsx);
    }

    #[test]
    fn rows_of_plausible_and_wrong_values(
        rows in proptest::collection::vec(
            proptest::collection::vec(
                prop_oneof![
                    Just(String::new()),
                    Just("1".to_string()),
                    Just("272".to_string()),
                    Just("269-1".to_string()),
                    Just("2".to_string()),
                    Just("99999999999".to_string()),
                    Just("2022-01-05".to_string()),
                    Just("05.01.2022".to_string()),
                    Just("31.02.2022".to_string()),
                    Just("44566".to_string()),
                    Just("riots".to_string()),
                    Just("отбывает".to_string()),
                    Just("investigation".to_string()),
                    Just("лишение свободы".to_string()),
                    Just("штраф".to_string()),
                    Just("террористическое, x".to_string()),
                    Just("да".to_string()),
                    "[0-9.\\-]{0,12}",
                ],
                11,
            ),
            0..30,
        ),
        xlsx in proptest::bool::weighted(0.05),
    ) {
        let mut text = String::from(
            "case,stage,article,part,committed_on,context,punishment,years,start,birth_date,amount\n",
        );
        for row in rows {
            text.push_str(&row.join(","));
            text.push('\n');
        }
        run(text.as_bytes(), xlsx);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 150, ..ProptestConfig::default() })]

    #[test]
    fn workbooks_with_tampered_insides(
        part in any::<usize>(),
        edits in proptest::collection::vec((any::<usize>(), any::<usize>(), any::<usize>()), 1..6),
    ) {
        type Parts = Vec<(String, Vec<u8>)>;
        static BASES: std::sync::OnceLock<[Parts; 2]> = std::sync::OnceLock::new();
        let bases = BASES.get_or_init(|| [parts(&caseload().xlsx(XlsxDates::Cells)), ods_parts()]);
        run(&tampered(&bases[part % 2], part / 2, &edits), part % 10 == 0);
    }
}

#[test]
fn every_hostile_piece_in_every_part() {
    let base = parts(&caseload().xlsx(XlsxDates::Cells));
    for part in 0..base.len() {
        for piece in 0..HOSTILE.len() {
            for at in [0, 400, usize::MAX / 2] {
                run(&tampered(&base, part, &[(at, 0, piece)]), false);
            }
        }
    }
    // And the workbook untouched still reads, after being zipped again.
    let batch = decide(&zip(&base));
    assert_eq!(outcomes(&batch), OUTCOMES.to_vec());

    // An OpenDocument's content, the part calamine reads of it.
    let ods = ods_parts();
    let content = ods.iter().position(|(n, _)| n == "content.xml").unwrap();
    for piece in 0..HOSTILE.len() {
        for at in [0, 3000, 12_000, usize::MAX / 2] {
            run(&tampered(&ods, content, &[(at, 0, piece)]), false);
        }
    }
    assert_eq!(outcomes(&decide(&zip(&ods))), OUTCOMES.to_vec());
}
