//! The rule pack: every legal figure and list the rules use, as data with its citation, status and
//! source, in one place (`rules/pack.json`). The build compiles the JSON into Rust (`build.rs`), so
//! the browser and the command-line tool decide with exactly the same figures, and no date,
//! fraction, age or article number of the law is a literal in the code.

#[macro_use]
mod registry;
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

/// Writes `ProvisionId`, its list and the pack's look-up from the registry's list.
macro_rules! provision_ids {
    ($($id:ident $field:ident: $ty:ty,)*) => {
        /// Every provision the rules apply: one line each in the registry (`registry.rs`), one
        /// entry each in the pack, one file each under `law/`, `criminal_code/`, `practice/`,
        /// `open/` or `convention/`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum ProvisionId {
            $($id,)*
        }

        impl ProvisionId {
            pub const ALL: [ProvisionId; [$(ProvisionId::$id),*].len()] = [$(ProvisionId::$id),*];
        }

        impl RulePack {
            /// The citation, status and source of a provision. (Not inlined: the page calls it
            /// from several places, and a copy of its match in each costs 2 KB.)
            #[inline(never)]
            pub fn provision(&self, id: ProvisionId) -> ProvisionInfo<'_> {
                match id {
                    $(ProvisionId::$id => self.provisions.$field.info(),)*
                }
            }
        }
    };
}

with_provisions!(provision_ids);

impl ProvisionId {
    /// A provision that follows a result rather than deciding it: the dates to act by, help, the
    /// record, the early releases after the verdict, the courts that decide them; and the half
    /// day of credit, open only where its readings differ (the credit's step is then marked
    /// open). A result's status does not rest on these.
    pub fn follows_the_result(self) -> bool {
        matches!(
            self,
            ProvisionId::Art3Part5Deadline
                | ProvisionId::Art3Part6SocialHelp
                | ProvisionId::CcArt79Record
                | ProvisionId::CcArt89RecordMinors
                | ProvisionId::CcArt63ProbationMinors
                | ProvisionId::CcArt64ProbationCancel
                | ProvisionId::CcArt72Parole
                | ProvisionId::CcArt72Part4SpecialGroups
                | ProvisionId::CcArt72Part5Floor
                | ProvisionId::CcArt72Part8Exclusions
                | ProvisionId::CcArt72Part8Corruption
                | ProvisionId::CcArt73Replacement
                | ProvisionId::CcArt79Part4AfterRelease
                | ProvisionId::CcArt86ParoleMinors
                | ProvisionId::CcArt87ReplacementMinors
                | ProvisionId::CpcArt476Procedure
                | ProvisionId::OpenParoleBase
                | ProvisionId::OpenHalfDay
        )
    }
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
