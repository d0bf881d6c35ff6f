//! The rule pack: every legal parameter the engine uses, as data with a status and a source.
//!
//! The pack lives in `rules/pack.json`; the build carries it as Rust data generated from that
//! file (`src/pack_data.rs`), so the browser and the command-line tool decide with exactly the
//! same figures. Nothing in the engine hard-codes a date, a fraction or an article number; it
//! asks the pack.

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::case::{Context, ExclusionFact};
use crate::term::Fraction;

/// The pack's source, as the generator and the tests read it.
pub const PACK_JSON: &str = include_str!("../rules/pack.json");

/// Text in the pack. Borrowed in the build's own pack (`pack_data.rs`, generated from
/// `rules/pack.json`), owned in a pack read from JSON.
pub type Text = Cow<'static, str>;

/// A list in the pack, borrowed or owned like [`Text`].
pub type List<T> = Cow<'static, [T]>;

/// How sure we are of a provision or a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Read in a copy of the law itself.
    Verified,
    /// Stated in the official press release or parliamentary reporting.
    Reported,
    /// No source found: the user is told.
    Unknown,
}

impl Status {
    /// The weaker of two statuses: a conclusion is only as sure as its least sure premise.
    pub fn weakest(self, other: Status) -> Status {
        self.max(other)
    }
}

/// Text in the three languages of the app.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Localized {
    pub kk: Text,
    pub ru: Text,
    pub en: Text,
}

impl Localized {
    /// The text in one language.
    pub fn get(&self, lang: crate::locale::Lang) -> &str {
        match lang {
            crate::locale::Lang::Kk => &self.kk,
            crate::locale::Lang::Ru => &self.ru,
            crate::locale::Lang::En => &self.en,
        }
    }
}

/// The legal act a provision belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Act {
    /// Law No. 152-VII "On Amnesty".
    Law,
    /// The Criminal Code of 3 July 2014.
    CriminalCode,
    /// Usual court practice where the law is silent.
    Practice,
    /// A convention of this calculator where the law is silent.
    Convention,
}

/// Every provision the engine applies. Each has one entry in the pack and one file under
/// `src/law/` or `src/criminal_code/` (or `src/term.rs` for the arithmetic).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProvisionId {
    ScopePeriod,
    ScopeContext,
    ScopeList,
    Exclusions,
    ExclusionRecidivism,
    ReleaseSmallMedium,
    ReductionGrave,
    ReductionEspeciallyGrave,
    OneYearRule,
    PendingCases,
    CourtsDecide,
    InForce,
    MultiOffence,
    NonCustodial,
    Conditional,
    AdditionalPunishments,
    ApplicationPeriod,
    CompensationCondition,
    CcCategories,
    CcRecidivism,
    TermArithmetic,
    ReleaseDay,
}

impl ProvisionId {
    pub const ALL: [ProvisionId; 22] = [
        ProvisionId::ScopePeriod,
        ProvisionId::ScopeContext,
        ProvisionId::ScopeList,
        ProvisionId::Exclusions,
        ProvisionId::ExclusionRecidivism,
        ProvisionId::ReleaseSmallMedium,
        ProvisionId::ReductionGrave,
        ProvisionId::ReductionEspeciallyGrave,
        ProvisionId::OneYearRule,
        ProvisionId::PendingCases,
        ProvisionId::CourtsDecide,
        ProvisionId::InForce,
        ProvisionId::MultiOffence,
        ProvisionId::NonCustodial,
        ProvisionId::Conditional,
        ProvisionId::AdditionalPunishments,
        ProvisionId::ApplicationPeriod,
        ProvisionId::CompensationCondition,
        ProvisionId::CcCategories,
        ProvisionId::CcRecidivism,
        ProvisionId::TermArithmetic,
        ProvisionId::ReleaseDay,
    ];
}

/// Where a provision sits and how sure we are of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provision {
    pub act: Act,
    #[serde(default)]
    pub article: Option<u16>,
    pub status: Status,
    pub source: Text,
}

/// Reads a pack date with the case file's own date reader (chrono's parser would add size).
fn date<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    let text = String::deserialize(deserializer)?;
    crate::case::parse_date(&text)
        .map_err(|_| serde::de::Error::custom(format!("not a date: {text}")))
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct LawInfo {
    pub number: Text,
    #[serde(deserialize_with = "date")]
    pub signed: NaiveDate,
    pub title: Localized,
    pub official_text: Localized,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct CodeInfo {
    pub number: Text,
    #[serde(deserialize_with = "date")]
    pub adopted: NaiveDate,
    pub official_text: Localized,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Period {
    #[serde(deserialize_with = "date")]
    pub from: NaiveDate,
    #[serde(deserialize_with = "date")]
    pub to: NaiveDate,
    pub status: Status,
    pub source: Text,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct CoveredContexts {
    pub values: List<Context>,
    pub status: Status,
    pub source: Text,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct InForce {
    #[serde(deserialize_with = "date")]
    pub date: NaiveDate,
    pub status: Status,
    pub source: Text,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Reduction {
    pub keep_numerator: u32,
    pub keep_denominator: u32,
    pub status: Status,
    pub source: Text,
}

impl Reduction {
    pub fn keep(&self) -> Fraction {
        Fraction {
            numerator: self.keep_numerator,
            denominator: self.keep_denominator,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Reductions {
    pub grave: Reduction,
    pub especially_grave: Reduction,
}

/// How "no more than a year left" is compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Threshold {
    /// "No more than one year" (official press release).
    NoMoreThan,
    /// "Less than a year" (two other reports).
    LessThan,
}

/// Which term the one-year test is run on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TestBase {
    /// The term left after the 3/4 or 1/2 reduction.
    AfterReduction,
    /// The term the court imposed.
    BeforeReduction,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct OneYearRule {
    pub threshold_months: u32,
    pub status: Status,
    pub source: Text,
    pub primary_threshold: Threshold,
    pub primary_base: TestBase,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Parameters {
    pub period: Period,
    pub covered_contexts: CoveredContexts,
    pub in_force: InForce,
    pub reductions: Reductions,
    pub one_year_rule: OneYearRule,
}

/// One entry of the list in Article 1.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ListEntry {
    pub article: u16,
    /// `None`: the whole article is listed.
    #[serde(default)]
    pub parts: Option<List<u8>>,
    pub status: Status,
    #[serde(default)]
    pub note: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct CoveredList {
    /// The list is known in full up to this article; after it, it is unknown.
    pub verified_through_article: u16,
    pub entries: List<ListEntry>,
}

/// An article (and part) that by its nature is an exclusion fact (Art. 272 part 1 is organising).
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ArticleRef {
    pub article: u16,
    #[serde(default)]
    pub part: Option<u8>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Exclusion {
    pub id: ExclusionFact,
    pub status: Status,
    /// The exclusion does not apply to an act committed under 18.
    #[serde(default)]
    pub except_minor: bool,
    #[serde(default)]
    pub implied_by: List<ArticleRef>,
}

/// Intentional or negligent: Criminal Code Art. 11 sets different thresholds for each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Intent {
    Intentional,
    Negligent,
}

/// One part of an article in the catalogue.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct CataloguePart {
    pub part: u8,
    /// Maximum imprisonment in the sanction, in months, where a source was found.
    #[serde(default)]
    pub max_imprisonment_months: Option<u32>,
    #[serde(default)]
    pub sanction_status: Option<Status>,
    #[serde(default)]
    pub sanction_source: Option<Text>,
    #[serde(default)]
    pub note: Option<Text>,
}

/// A Criminal Code article the app knows by name.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct CatalogueArticle {
    pub article: u16,
    pub intent: Intent,
    pub title: Localized,
    pub parts: List<CataloguePart>,
}

/// One entry per provision: a pack that lacks one, or names one the engine does not know, is
/// refused when it is read.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provisions {
    pub scope_period: Provision,
    pub scope_context: Provision,
    pub scope_list: Provision,
    pub exclusions: Provision,
    pub exclusion_recidivism: Provision,
    pub release_small_medium: Provision,
    pub reduction_grave: Provision,
    pub reduction_especially_grave: Provision,
    pub one_year_rule: Provision,
    pub pending_cases: Provision,
    pub courts_decide: Provision,
    pub in_force: Provision,
    pub multi_offence: Provision,
    pub non_custodial: Provision,
    pub conditional: Provision,
    pub additional_punishments: Provision,
    pub application_period: Provision,
    pub compensation_condition: Provision,
    pub cc_categories: Provision,
    pub cc_recidivism: Provision,
    pub term_arithmetic: Provision,
    pub release_day: Provision,
}

impl Provisions {
    pub fn get(&self, id: ProvisionId) -> &Provision {
        match id {
            ProvisionId::ScopePeriod => &self.scope_period,
            ProvisionId::ScopeContext => &self.scope_context,
            ProvisionId::ScopeList => &self.scope_list,
            ProvisionId::Exclusions => &self.exclusions,
            ProvisionId::ExclusionRecidivism => &self.exclusion_recidivism,
            ProvisionId::ReleaseSmallMedium => &self.release_small_medium,
            ProvisionId::ReductionGrave => &self.reduction_grave,
            ProvisionId::ReductionEspeciallyGrave => &self.reduction_especially_grave,
            ProvisionId::OneYearRule => &self.one_year_rule,
            ProvisionId::PendingCases => &self.pending_cases,
            ProvisionId::CourtsDecide => &self.courts_decide,
            ProvisionId::InForce => &self.in_force,
            ProvisionId::MultiOffence => &self.multi_offence,
            ProvisionId::NonCustodial => &self.non_custodial,
            ProvisionId::Conditional => &self.conditional,
            ProvisionId::AdditionalPunishments => &self.additional_punishments,
            ProvisionId::ApplicationPeriod => &self.application_period,
            ProvisionId::CompensationCondition => &self.compensation_condition,
            ProvisionId::CcCategories => &self.cc_categories,
            ProvisionId::CcRecidivism => &self.cc_recidivism,
            ProvisionId::TermArithmetic => &self.term_arithmetic,
            ProvisionId::ReleaseDay => &self.release_day,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct RulePack {
    pub pack_version: Text,
    pub law: LawInfo,
    pub criminal_code: CodeInfo,
    pub parameters: Parameters,
    pub provisions: Provisions,
    pub covered_list: CoveredList,
    pub exclusions: List<Exclusion>,
    pub catalogue: List<CatalogueArticle>,
}

impl RulePack {
    /// Parses a pack; used by the generator of `src/pack_data.rs` and by tests of alternatives.
    pub fn from_json(json: &str) -> Result<RulePack, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    /// The pack built into this program: `rules/pack.json` turned into Rust by
    /// `amnesty-dist pack-data`, so the browser reads no JSON and carries no JSON reader for it.
    /// A test checks that it equals the JSON, field by field.
    pub fn embedded() -> &'static RulePack {
        &crate::pack_data::EMBEDDED
    }

    pub fn provision(&self, id: ProvisionId) -> &Provision {
        self.provisions.get(id)
    }

    pub fn article(&self, article: u16) -> Option<&CatalogueArticle> {
        self.catalogue.iter().find(|a| a.article == article)
    }

    /// Catalogue articles matching what a user typed: numbers by their start, words anywhere in
    /// a title in any of the three languages; an exact number first.
    pub fn search_catalogue(&self, query: &str, limit: usize) -> Vec<&CatalogueArticle> {
        let query = crate::letter_case::lowercase(query.trim());
        let words: Vec<&str> = query.split_whitespace().collect();
        if words.is_empty() {
            return Vec::new();
        }
        let mut found: Vec<&CatalogueArticle> = self
            .catalogue
            .iter()
            .filter(|a| {
                let number = a.article.to_string();
                let titles = [&a.title.kk, &a.title.ru, &a.title.en]
                    .map(|t| crate::letter_case::lowercase(t));
                words
                    .iter()
                    .all(|w| number.starts_with(w) || titles.iter().any(|t| t.contains(w)))
            })
            .collect();
        // An exact number first; the rest keep the catalogue's order.
        if let Some(exact) = found.iter().position(|a| a.article.to_string() == query) {
            let article = found.remove(exact);
            found.insert(0, article);
        }
        found.truncate(limit);
        found
    }

    pub fn list_entry(&self, article: u16) -> Option<&ListEntry> {
        self.covered_list
            .entries
            .iter()
            .find(|e| e.article == article)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pack_without_every_provision_is_refused() {
        let broken = PACK_JSON.replacen(
            "\"release_day\": { \"act\"",
            "\"release_days\": { \"act\"",
            1,
        );
        let error = RulePack::from_json(&broken).unwrap_err();
        assert!(error.contains("release_days"), "{error}");
    }

    #[test]
    fn the_embedded_pack_is_complete() {
        let pack = RulePack::from_json(PACK_JSON).unwrap();
        assert!(pack
            .covered_list
            .entries
            .iter()
            .all(|e| pack.article(e.article).is_some()));
        assert!(pack.parameters.period.from <= pack.parameters.period.to);
    }

    #[test]
    fn the_catalogue_is_found_by_number_and_by_words_in_any_language() {
        let pack = RulePack::embedded();
        let numbers = |q: &str| {
            pack.search_catalogue(q, 8)
                .iter()
                .map(|a| a.article)
                .collect::<Vec<_>>()
        };
        assert_eq!(numbers("188"), [188]);
        assert_eq!(numbers("10")[..3], [102, 103, 104]);
        assert!(numbers("кража").contains(&188));
        assert!(numbers("Theft").contains(&188) && numbers("theft").contains(&187));
        assert!(numbers("ұрлық").contains(&188));
        assert!(numbers("КРАЖА").contains(&188) && numbers("ҰРЛЫҚ").contains(&188));
        assert!(numbers("массовые").contains(&272));
        assert!(numbers("  ").is_empty());
        assert_eq!(numbers("grave harm health"), [106, 112, 113]);
    }
}
