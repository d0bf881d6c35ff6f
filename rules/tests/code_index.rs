//! The index of the Code's articles (extracted from the Kazakh text of January 2022) against the
//! rule pack (read from the legal brief's data, from a copy of the Code that predates every 2022
//! amendment): two readings of the Code, made apart, must agree on every article and part the
//! law's list and the Code's groups of crimes name.

use amnesty_rules::code_index::{self, CodeArticle};
use amnesty_rules::pack::RulePack;
use amnesty_rules::vocab::ArticleNo;

fn in_force(article: ArticleNo) -> CodeArticle {
    let found =
        code_index::find(article).unwrap_or_else(|| panic!("the index has no Art. {article}"));
    assert!(!found.repealed, "Art. {article} is repealed in the index");
    found
}

#[test]
fn every_listed_article_has_the_parts_the_pack_gives_it() {
    let pack = RulePack::embedded();
    for entry in pack.list() {
        assert_eq!(
            in_force(entry.article).parts,
            entry.parts_in_code,
            "Art. {}",
            entry.article
        );
        for part in entry.parts.iter().flat_map(|p| p.iter()) {
            assert!(!code_index::part_repealed(entry.article, *part));
        }
    }
}

#[test]
fn every_part_the_pack_describes_is_one_the_index_has() {
    let pack = RulePack::embedded();
    for row in pack.code.iter() {
        let parts = in_force(row.article).parts;
        match row.part {
            None => assert_eq!(parts, 0, "Art. {} has parts", row.article),
            Some(part) => assert!(
                (1..=parts).contains(&part) && !code_index::part_repealed(row.article, part),
                "Art. {} part {part}",
                row.article
            ),
        }
    }
}

#[test]
fn every_article_the_groups_of_crimes_name_is_in_the_index() {
    let p = &RulePack::embedded().provisions;
    for group in [
        &p.cc_art3_item29_corruption,
        &p.cc_art3_item30_terrorist,
        &p.cc_art3_item39_extremist,
        &p.cc_art3_item42_sexual_minors,
        &p.cc_art146_torture,
        &p.cc_art175_treason,
        &p.cc_art272_part1_organising,
    ] {
        for named in group.value.iter() {
            let parts = in_force(named.article).parts;
            for part in named.parts.iter().flat_map(|p| p.iter()) {
                assert!(
                    (1..=parts).contains(part),
                    "Art. {} part {part}",
                    named.article
                );
            }
        }
    }
}
