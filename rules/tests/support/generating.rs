//! What the two generators of case files share: `tests/properties.rs` and `examples/golden.rs`.

use amnesty_rules::pack::RulePack;
use amnesty_rules::vocab::ArticleNo;
use chrono::NaiveDate;

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

/// A date as the case file writes it.
pub fn text(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// An article without a dash number.
pub const fn art(number: u16) -> ArticleNo {
    ArticleNo::new(number, 0)
}

/// Articles (with a part, or none) of the groups Law Art. 2 excludes; 189 part 3 and 218 part 3
/// exclude only under an item (пункт) a case does not give.
pub const EXCLUDING_ARTICLES: [(ArticleNo, Option<u8>); 18] = [
    (art(255), None),
    (art(255), Some(2)),
    (art(146), Some(1)),
    (art(175), None),
    (art(179), Some(2)),
    (art(170), None),
    (art(184), None),
    (art(404), Some(2)),
    (art(404), Some(1)),
    (art(361), Some(1)),
    (art(365), Some(3)),
    (art(450), None),
    (art(120), Some(1)),
    (art(134), None),
    (art(312), Some(2)),
    (art(189), Some(3)),
    (art(218), Some(3)),
    (art(272), Some(1)),
];

/// Every article on the law's list, with the number of parts it has in the Code (0: none).
pub fn listed_articles() -> Vec<(ArticleNo, u8)> {
    let mut articles: Vec<(ArticleNo, u8)> = RulePack::embedded()
        .list()
        .iter()
        .map(|e| (e.article, e.parts_in_code))
        .collect();
    articles.dedup();
    articles
}
