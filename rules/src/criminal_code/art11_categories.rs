//! Criminal Code, Art. 10 part 3 and Art. 11 — categories of criminal offences. Status: VERIFIED
//! (text of January 2022).
//!
//! An act whose sanction has neither imprisonment nor restriction of freedom is a criminal
//! misdemeanour (Art. 10 part 3). A crime's category follows the longest imprisonment its
//! sanction allows: intentional — up to 2 years small gravity, up to 5 medium, up to 12 grave,
//! more (or life) especially grave; negligent — up to 5 years small, more medium (Art. 11 parts
//! 2–5). A sanction with restriction of freedom but no imprisonment is a crime of small gravity.
//! Each part of an article has its own sanction and so its own category; without a part, an
//! article has one only where all its parts agree. A category entered from the verdict is used as
//! given; where it differs from the Code's, both are said and the Code's is a reading.

use crate::case::Case;
use crate::criminal_code::art52_within_sanction;
use crate::decision::{CategorySource, StepDetail, WarningDetail};
use crate::finding::{Found, Notes, Raised};
use crate::pack::{Band, Bands, CodePart, ProvisionId, Rule, RulePack};
use crate::vocab::{ArticleNo, Category, Citation, Intent};

const ID: ProvisionId = ProvisionId::CcArt11Categories;

/// The category of one part, and the part of Art. 11 (or of Art. 10) that sets it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Derived {
    pub category: Category,
    /// `None`: a misdemeanour, by Art. 10 part 3.
    pub band: Option<u8>,
}

/// The category of a part's sanction; `None` only for a pack whose bands leave the sanction out
/// (the pack's tests refuse one).
pub fn category(part: &CodePart, bands: &Bands) -> Option<Derived> {
    let Some(years) = part
        .max_imprisonment_years
        .or(part.restriction_of_freedom().then_some(0))
    else {
        return Some(Derived {
            category: Category::Misdemeanour,
            band: None,
        });
    };
    let bands: &[Band] = match part.intent {
        Intent::Intentional => &bands.intentional,
        Intent::Negligent => &bands.negligent,
    };
    let band = bands
        .iter()
        .find(|b| b.up_to_years.is_none_or(|max| years <= max))
        .or(bands.last())?;
    Some(Derived {
        category: band.category,
        band: Some(band.part),
    })
}

/// The Code's category for an offence, with the part of the Code it was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CodeCategory<'p> {
    pub row: &'p CodePart,
    pub derived: Derived,
}

/// The Code's category: the part's own, or without a part the article's where every part agrees.
pub fn of_code<'p>(
    article: ArticleNo,
    part: Option<u8>,
    code: &'p [CodePart],
    bands: &Bands,
) -> Option<CodeCategory<'p>> {
    let mut rows = code.iter().filter(|c| c.article == article);
    let row = match part {
        Some(_) => code.iter().find(|c| c.article == article && c.part == part),
        None => {
            let first = rows.next()?;
            let first_category = category(first, bands).map(|d| d.category);
            rows.all(|r| category(r, bands).map(|d| d.category) == first_category)
                .then_some(first)
        }
    }?;
    Some(CodeCategory {
        row,
        derived: category(row, bands)?,
    })
}

/// The category used for an offence, and where it came from: the verdict's (unless the reading
/// takes the Code's, `prefer_code`), else the Code's; `None` when neither is known.
pub fn used(
    article: ArticleNo,
    entered: Option<Category>,
    prefer_code: bool,
    code: Option<CodeCategory>,
    rule: &Rule<Bands>,
) -> Found<Option<(Category, CategorySource)>> {
    let code_category = code.map(|c| c.derived.category);
    let mut notes = Notes::default();
    match (entered, prefer_code, code) {
        (Some(verdict), false, _) => {
            let detail = StepDetail::CategoryFromVerdict {
                category: verdict,
                code: code_category,
            };
            notes.step(rule.note(ID, detail));
            if let Some(code) = code_category.filter(|c| *c != verdict) {
                notes.warn(rule.caution(ID, WarningDetail::CategoryDiffers { verdict, code }));
                notes.ask(Raised::CodeCategory { category: code });
            }
            Found::with(Some((verdict, CategorySource::Verdict)), notes)
        }
        (_, _, Some(CodeCategory { row, derived })) => {
            let cite = match derived.band {
                Some(band) => rule.cite.with_part(band),
                None => rule.value.misdemeanour,
            };
            let detail = StepDetail::CategoryFromCode {
                article,
                part: row.part,
                category: derived.category,
                intent: row.intent,
                max_years: row.max_imprisonment_years,
                restriction_of_freedom: row.restriction_of_freedom(),
            };
            let note = rule
                .note(ID, detail)
                .cited(cite)
                .also(Citation::code(article, row.part));
            notes.step(note);
            Found::with(Some((derived.category, CategorySource::Code)), notes)
        }
        (_, _, None) => Found::silent(None),
    }
}

/// An offence's category, where it came from, and the Code's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OffenceCategory {
    pub category: Category,
    pub source: CategorySource,
    pub code: Option<Category>,
}

/// The category of offence `i` of the case (under `part`, given or assumed): the one entered
/// unless the imprisonment imposed for it alone rules it out (CC Art. 52) or the reading takes
/// the Code's (`prefer_code`), else the Code's; `None` when neither is known.
pub fn of_offence(
    case: &Case,
    i: usize,
    part: Option<u8>,
    prefer_code: bool,
    pack: &RulePack,
) -> Found<Option<OffenceCategory>> {
    let (article, p) = (case.offences[i].article, &pack.provisions);
    let rule = &p.cc_art11_categories;
    let code = of_code(article, part, &pack.code, &rule.value);
    let mut notes = Notes::default();
    let within = &p.cc_art52_within_sanction;
    let imposed = art52_within_sanction::imprisonment_for_one_offence(case);
    let entered = case.offences[i].category;
    let entered =
        art52_within_sanction::entered_category(entered, code, imposed, &rule.value, within);
    let entered = notes.take(entered);
    let used = notes.take(used(article, entered, prefer_code, code, rule));
    let category = used.map(|(category, source)| OffenceCategory {
        category,
        source,
        code: code.map(|c| c.derived.category),
    });
    Found::with(category, notes)
}

/// The gravest category among the offences: the one the amnesty used (`used`), else the Code's
/// or the entered one under each part in `parts`; `None` if one is not known.
pub fn gravest(
    case: &Case,
    used: &[Option<Category>],
    parts: &[Option<u8>],
    pack: &RulePack,
) -> Option<Category> {
    let mut gravest = None;
    for (i, (used, part)) in used.iter().zip(parts).enumerate() {
        let category = used.or_else(|| {
            let found = of_offence(case, i, *part, false, pack).value;
            found.map(|c| c.category)
        })?;
        gravest = gravest.max(Some(category));
    }
    gravest
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::RulePack;

    /// Every part of the pack's Code data gets the category the legal brief's data states (the
    /// repository's own copy of it, `rules/tests/data/`, which `tests/brief_data.rs` compares with
    /// the brief where the brief is at hand).
    #[test]
    fn the_categories_follow_from_the_sanctions() {
        let pack = RulePack::embedded();
        let bands = &pack.provisions.cc_art11_categories.value;
        let brief: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/data/criminal-code-2022-01.json"))
                .unwrap_or(serde_json::Value::Null);
        let rows = brief.as_array().map(Vec::as_slice).unwrap_or_default();
        assert_eq!(rows.len(), 135);
        for (row, part) in rows.iter().zip(pack.code.iter()) {
            let derived = category(part, bands).expect("the pack's bands cover every sanction");
            let expected = serde_json::to_value(derived.category).unwrap();
            assert_eq!(row["category"], expected, "{row}");
        }
    }

    #[test]
    fn an_article_without_a_part_has_a_category_only_where_its_parts_agree() {
        let pack = RulePack::embedded();
        let bands = &pack.provisions.cc_art11_categories.value;
        let of = |n, part| {
            of_code(ArticleNo::new(n, 0), part, &pack.code, bands).map(|c| c.derived.category)
        };
        assert_eq!(of(272, Some(2)), Some(Category::Grave));
        assert_eq!(of(272, None), None);
        assert_eq!(of(102, None), Some(Category::Small));
    }

    #[test]
    fn a_verdict_that_differs_is_said_and_the_code_is_a_reading() {
        let pack = RulePack::embedded();
        let rule = &pack.provisions.cc_art11_categories;
        let article = ArticleNo::new(272, 0);
        let code = of_code(article, Some(2), &pack.code, &rule.value);
        let found = used(article, Some(Category::Medium), false, code, rule);
        assert_eq!(
            found.value,
            Some((Category::Medium, CategorySource::Verdict))
        );
        assert_eq!(
            found.notes.questions(),
            vec![Raised::CodeCategory {
                category: Category::Grave
            }]
        );
        let code_reading = used(article, Some(Category::Medium), true, code, rule);
        assert_eq!(
            code_reading.value,
            Some((Category::Grave, CategorySource::Code))
        );
    }
}
