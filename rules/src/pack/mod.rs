//! The rule pack: every legal figure and list the rules use, as data with its citation, status and
//! source, in one place (`rules/pack.json`). The build compiles the JSON into Rust (`build.rs`), so
//! the browser and the command-line tool decide with exactly the same figures, and no date,
//! fraction, age or article number of the law is a literal in the code.

pub mod types;

use serde::{Deserialize, Serialize};

use crate::vocab::{ArticleNo, Citation, Status};
pub use types::*;

/// The pack's source, for the tests that compare it with the legal brief's data.
pub const PACK_JSON: &str = include_str!("../../pack.json");

mod data {
    use super::types::*;
    use crate::vocab::*;
    use std::borrow::Cow;

    /// A date of the pack, checked when the program is compiled.
    const fn date(year: i32, month: u32, day: u32) -> chrono::NaiveDate {
        match chrono::NaiveDate::from_ymd_opt(year, month, day) {
            Some(date) => date,
            None => panic!("not a date in the rule pack"),
        }
    }

    include!(concat!(env!("OUT_DIR"), "/pack_data.rs"));
}

/// Every provision the rules apply: one entry each in the pack, one file each under `law/` or
/// `criminal_code/` (the practices and conventions are applied where they bite).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProvisionId {
    Art1Period,
    Art1Context,
    Art1List,
    Art2Exclusions,
    Art2Item1Terrorist,
    Art2Item2Extremist,
    Art2Item3Torture,
    Art2Item4SexualMinors,
    Art2Item5Treason,
    Art2Item6Corruption,
    Art2Item7OrganisingRiots,
    Art2Item8Recidivism,
    Art3NoConditions,
    Art3Part1PendingCases,
    Art3Part2Release,
    Art3Part3Reduction,
    Art3Part3OneYearRule,
    Art3Part4Expungement,
    Art3Part5Deadline,
    Art3Part6SocialHelp,
    Art4InForce,
    CcArt3Item29Corruption,
    CcArt3Item30Terrorist,
    CcArt3Item39Extremist,
    CcArt3Item42SexualMinors,
    CcArt146Torture,
    CcArt175Treason,
    CcArt272Part1Organising,
    CcArt11Categories,
    CcArt52WithinSanction,
    CcArt79Record,
    CcArt80Minors,
    CcArt89RecordMinors,
    PracticeConditionalSentences,
    PracticeAgeCounting,
    OpenSeveralOffences,
    ConventionTermArithmetic,
    ConventionReleaseDay,
}

impl ProvisionId {
    pub const ALL: [ProvisionId; 38] = [
        ProvisionId::Art1Period,
        ProvisionId::Art1Context,
        ProvisionId::Art1List,
        ProvisionId::Art2Exclusions,
        ProvisionId::Art2Item1Terrorist,
        ProvisionId::Art2Item2Extremist,
        ProvisionId::Art2Item3Torture,
        ProvisionId::Art2Item4SexualMinors,
        ProvisionId::Art2Item5Treason,
        ProvisionId::Art2Item6Corruption,
        ProvisionId::Art2Item7OrganisingRiots,
        ProvisionId::Art2Item8Recidivism,
        ProvisionId::Art3NoConditions,
        ProvisionId::Art3Part1PendingCases,
        ProvisionId::Art3Part2Release,
        ProvisionId::Art3Part3Reduction,
        ProvisionId::Art3Part3OneYearRule,
        ProvisionId::Art3Part4Expungement,
        ProvisionId::Art3Part5Deadline,
        ProvisionId::Art3Part6SocialHelp,
        ProvisionId::Art4InForce,
        ProvisionId::CcArt3Item29Corruption,
        ProvisionId::CcArt3Item30Terrorist,
        ProvisionId::CcArt3Item39Extremist,
        ProvisionId::CcArt3Item42SexualMinors,
        ProvisionId::CcArt146Torture,
        ProvisionId::CcArt175Treason,
        ProvisionId::CcArt272Part1Organising,
        ProvisionId::CcArt11Categories,
        ProvisionId::CcArt52WithinSanction,
        ProvisionId::CcArt79Record,
        ProvisionId::CcArt80Minors,
        ProvisionId::CcArt89RecordMinors,
        ProvisionId::PracticeConditionalSentences,
        ProvisionId::PracticeAgeCounting,
        ProvisionId::OpenSeveralOffences,
        ProvisionId::ConventionTermArithmetic,
        ProvisionId::ConventionReleaseDay,
    ];
}

/// Where a provision is, how sure we are of it, and where that was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProvisionInfo<'p> {
    pub cite: Citation,
    pub status: Status,
    pub source: &'p str,
}

impl<T> Rule<T> {
    fn info(&self) -> ProvisionInfo<'_> {
        ProvisionInfo {
            cite: self.cite,
            status: self.status,
            source: &self.source,
        }
    }
}

impl RulePack {
    /// Parses a pack from JSON (tests of the pack itself; the program uses [`RulePack::embedded`]).
    pub fn from_json(json: &str) -> Result<RulePack, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    /// The pack built into this program from `rules/pack.json`.
    pub fn embedded() -> &'static RulePack {
        &data::EMBEDDED
    }

    /// The citation, status and source of a provision.
    pub fn provision(&self, id: ProvisionId) -> ProvisionInfo<'_> {
        let p = &self.provisions;
        match id {
            ProvisionId::Art1Period => p.art1_period.info(),
            ProvisionId::Art1Context => p.art1_context.info(),
            ProvisionId::Art1List => p.art1_list.info(),
            ProvisionId::Art2Exclusions => p.art2_exclusions.info(),
            ProvisionId::Art2Item1Terrorist => p.art2_item1_terrorist.info(),
            ProvisionId::Art2Item2Extremist => p.art2_item2_extremist.info(),
            ProvisionId::Art2Item3Torture => p.art2_item3_torture.info(),
            ProvisionId::Art2Item4SexualMinors => p.art2_item4_sexual_minors.info(),
            ProvisionId::Art2Item5Treason => p.art2_item5_treason.info(),
            ProvisionId::Art2Item6Corruption => p.art2_item6_corruption.info(),
            ProvisionId::Art2Item7OrganisingRiots => p.art2_item7_organising_riots.info(),
            ProvisionId::Art2Item8Recidivism => p.art2_item8_recidivism.info(),
            ProvisionId::Art3NoConditions => p.art3_no_conditions.info(),
            ProvisionId::Art3Part1PendingCases => p.art3_part1_pending_cases.info(),
            ProvisionId::Art3Part2Release => p.art3_part2_release.info(),
            ProvisionId::Art3Part3Reduction => p.art3_part3_reduction.info(),
            ProvisionId::Art3Part3OneYearRule => p.art3_part3_one_year_rule.info(),
            ProvisionId::Art3Part4Expungement => p.art3_part4_expungement.info(),
            ProvisionId::Art3Part5Deadline => p.art3_part5_deadline.info(),
            ProvisionId::Art3Part6SocialHelp => p.art3_part6_social_help.info(),
            ProvisionId::Art4InForce => p.art4_in_force.info(),
            ProvisionId::CcArt3Item29Corruption => p.cc_art3_item29_corruption.info(),
            ProvisionId::CcArt3Item30Terrorist => p.cc_art3_item30_terrorist.info(),
            ProvisionId::CcArt3Item39Extremist => p.cc_art3_item39_extremist.info(),
            ProvisionId::CcArt3Item42SexualMinors => p.cc_art3_item42_sexual_minors.info(),
            ProvisionId::CcArt146Torture => p.cc_art146_torture.info(),
            ProvisionId::CcArt175Treason => p.cc_art175_treason.info(),
            ProvisionId::CcArt272Part1Organising => p.cc_art272_part1_organising.info(),
            ProvisionId::CcArt11Categories => p.cc_art11_categories.info(),
            ProvisionId::CcArt52WithinSanction => p.cc_art52_within_sanction.info(),
            ProvisionId::CcArt79Record => p.cc_art79_record.info(),
            ProvisionId::CcArt80Minors => p.cc_art80_minors.info(),
            ProvisionId::CcArt89RecordMinors => p.cc_art89_record_minors.info(),
            ProvisionId::PracticeConditionalSentences => p.practice_conditional_sentences.info(),
            ProvisionId::PracticeAgeCounting => p.practice_age_counting.info(),
            ProvisionId::OpenSeveralOffences => p.open_several_offences.info(),
            ProvisionId::ConventionTermArithmetic => p.convention_term_arithmetic.info(),
            ProvisionId::ConventionReleaseDay => p.convention_release_day.info(),
        }
    }

    /// The entries of the list of Law Art. 1.
    pub fn list(&self) -> &[ListEntry] {
        &self.provisions.art1_list.value
    }

    /// The list entries for an article (272 has two: part 1 by a minor, parts 2–3).
    pub fn list_entries(&self, article: ArticleNo) -> impl Iterator<Item = &ListEntry> {
        self.list().iter().filter(move |e| e.article == article)
    }

    /// One part of a listed article in the Code of January 2022 (`None` part: the article has
    /// no parts).
    pub fn code_part(&self, article: ArticleNo, part: Option<u8>) -> Option<&CodePart> {
        self.code
            .iter()
            .find(|c| c.article == article && c.part == part)
    }

    /// Every part of a listed article in the Code of January 2022, as the pack holds them.
    pub fn code_parts(&self, article: ArticleNo) -> impl Iterator<Item = &CodePart> {
        self.code.iter().filter(move |c| c.article == article)
    }
}
