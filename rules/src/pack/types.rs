//! The rule pack's types: every legal figure and list the rules use, each inside the provision it
//! belongs to, with that provision's citation, status and source (as OpenFisca keeps parameters).
//!
//! Compiled twice: in the crate, and in the build script that reads `pack.json` into these types
//! and writes them out as Rust, so the browser carries neither the JSON nor a reader for it.

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::vocab::{
    parse_iso_date, ArticleNo, Category, Citation, Context, Fraction, Intent, Status,
};

/// Text in the pack: borrowed in the compiled pack, owned in one read from JSON (tests).
pub type Text = Cow<'static, str>;
/// A list in the pack, borrowed or owned like [`Text`].
pub type List<T> = Cow<'static, [T]>;

/// Where a provision or a figure was read: its text (feature `provenance`).
#[cfg(feature = "provenance")]
pub type Source = Text;
/// Where a provision or a figure was read: left out (feature `provenance` off).
#[cfg(not(feature = "provenance"))]
pub type Source = Omitted;

/// The title of an article on the law's list (feature `titles`).
#[cfg(feature = "titles")]
pub type Title = Localized;
/// The title of an article on the law's list: left out (feature `titles` off).
#[cfg(not(feature = "titles"))]
pub type Title = Localized<Omitted>;

/// A text left out of the build: it takes no byte of the compiled pack (an empty text takes 12
/// in the page's wasm, in each of ~250 sources and titles), reads as an empty text, and reads
/// any text from JSON as nothing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Omitted;

impl std::ops::Deref for Omitted {
    type Target = str;
    fn deref(&self) -> &'static str {
        ""
    }
}

impl<'de> Deserialize<'de> for Omitted {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        serde::de::IgnoredAny::deserialize(deserializer).map(|_| Omitted)
    }
}

fn date<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    let text = String::deserialize(deserializer)?;
    parse_iso_date(&text).ok_or_else(|| serde::de::Error::custom(format!("not a date: {text}")))
}

/// Text in the three languages of the app.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Localized<T = Text> {
    pub kk: T,
    pub ru: T,
    pub en: T,
}

/// One provision: where it is, how sure we are of it, where that was read, and its figures.
/// (`repr(C)`: the citation, status and source lie at the same place in every rule, whatever its
/// figures, so looking a provision up by its id compiles to a table, not a copy per type.)
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[repr(C)]
pub struct Rule<T> {
    pub cite: Citation,
    pub status: Status,
    pub source: Source,
    #[serde(default)]
    pub value: T,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LawInfo {
    pub number: Text,
    #[serde(deserialize_with = "date")]
    pub signed: NaiveDate,
    pub title: Localized,
    pub official_text: Localized,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeInfo {
    pub number: Text,
    #[serde(deserialize_with = "date")]
    pub adopted: NaiveDate,
    pub official_text: Localized,
}

/// Law Art. 1: the days of the events.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    #[serde(deserialize_with = "date")]
    pub from: NaiveDate,
    #[serde(deserialize_with = "date")]
    pub to: NaiveDate,
}

/// One entry of the closed list of Law Art. 1.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListEntry {
    pub article: ArticleNo,
    /// The parts listed; `None` when the whole article is.
    #[serde(default)]
    pub parts: Option<List<u8>>,
    /// Listed only when committed by a minor (Art. 272 part 1).
    #[serde(default)]
    pub only_minor: bool,
    /// How many parts the article has in the Code of January 2022 (0: none), so that a part
    /// that does not exist is named as such.
    pub parts_in_code: u8,
    /// The article's title: kk and ru as in the law's texts, en in our own words.
    pub title: Title,
}

/// An article, or some of its parts, or an item (пункт) within one part, that the Code names in
/// a group of crimes (CC Art. 3).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleRef {
    pub article: ArticleNo,
    #[serde(default)]
    pub parts: Option<List<u8>>,
    /// The item within the part: a case names parts, not items, so it cannot tell on its own.
    #[serde(default)]
    pub item: Option<u8>,
}

/// When an exclusion of Law Art. 2 does not apply.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Exception {
    #[default]
    None,
    /// Committed by a minor (item 7).
    OffenderMinor,
    /// Committed by a minor against a minor of these ages (item 4).
    OffenderMinorAgainstVictimAged { from: u8, below: u8 },
}

/// An item of Law Art. 2: when it does not apply.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExclusionItem {
    #[serde(default)]
    pub exception: Exception,
}

/// The categories of the law's effects (Law Art. 3 parts 1, 2, 4).
pub type Categories = List<Category>;

/// Law Art. 3 part 3: the cuts, as the law states them.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cuts {
    pub grave: Fraction,
    pub especially_grave: Fraction,
}

impl Default for Cuts {
    fn default() -> Self {
        let none = Fraction::new(0, 1);
        Cuts {
            grave: none,
            especially_grave: none,
        }
    }
}

/// What "left to serve" of Law Art. 3 part 3 paragraph 2 is counted on (open).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OneYearBase {
    /// The term already cut by 3/4 or 1/2.
    #[default]
    Reduced,
    /// The term as the court imposed it.
    Imposed,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OneYearRule {
    /// "No more than one year", in months.
    pub at_most_months: u32,
    /// The reading shown first.
    pub first_reading: OneYearBase,
}

/// Law Art. 3 part 5: the period for applying the law.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    pub months: u32,
}

/// Law Art. 4: in force from the first official publication; the date itself has its own status.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InForce {
    #[serde(deserialize_with = "date")]
    pub date: NaiveDate,
    pub date_status: Status,
    pub date_source: Source,
}

/// One band of CC Art. 11: the category, the part that defines it, and the longest maximum
/// imprisonment it takes (`None`: any longer one, or life).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub category: Category,
    pub part: u8,
    pub up_to_years: Option<u8>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bands {
    /// CC Art. 10 part 3: no imprisonment and no restriction of freedom in the sanction.
    pub misdemeanour: Citation,
    pub intentional: List<Band>,
    pub negligent: List<Band>,
}

/// Years after release from imprisonment until the record expires, by category (CC Art. 79
/// part 3, Art. 89), with the item of the article that sets each.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordYears {
    pub small_or_medium: u8,
    pub grave: u8,
    pub especially_grave: u8,
}

/// CC Art. 80 part 1: a minor is 14 or older and not yet 18 on the day of the offence.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Minority {
    pub from_age: u8,
    pub adult_age: u8,
}

/// When an age is reached (open).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgeCounting {
    /// From the day after the birthday (regional court practice).
    #[default]
    DayAfterBirthday,
    /// On the birthday itself.
    OnBirthday,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgeCountingRule {
    pub first_reading: AgeCounting,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Arithmetic {
    pub days_per_month_for_fractions: u32,
}

/// CC Art. 46 part 5, used only where the verdict's institution is not given.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InstitutionDefaults {
    /// A first intentional crime with imprisonment up to this many years: minimum security.
    pub minimum_first_intentional_up_to_years: u8,
}

/// CC Art. 62 parts 3, 3-1 and 4: what one day held before the verdict counts for.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustodyCredit {
    /// Days of imprisonment per day of detention, by institution.
    pub detention_maximum: Fraction,
    pub detention_medium: Fraction,
    pub detention_minimum: Fraction,
    /// Days of arrest, and of restriction of freedom, per day of detention.
    pub detention_arrest: Fraction,
    pub detention_restriction: Fraction,
    /// Hours of community service, and MCI of correctional works or a fine, per day of detention.
    pub detention_hours: u32,
    pub detention_mci: u32,
    /// Days of imprisonment, restriction of freedom or arrest per day of house arrest.
    pub house_arrest_term: Fraction,
    pub house_arrest_hours: u32,
    pub house_arrest_mci: u32,
}

/// A span of months (CC Art. 63 part 3: a minor's probation).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MonthsRange {
    pub from_months: u32,
    pub to_months: u32,
}

/// The part of a term to serve before an early release, by the gravity of the crime (CC Arts. 72,
/// 73, 86, 87); `None` where the provision gives none (the release is not available).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Shares {
    pub small_or_medium: Fraction,
    pub grave: Fraction,
    pub especially_grave: Option<Fraction>,
    /// An especially grave crime linked to an attempt on a person's life, where it differs.
    pub especially_grave_life: Option<Fraction>,
    /// With every condition of a plea agreement fulfilled.
    pub plea_grave: Option<Fraction>,
    pub plea_especially_grave: Option<Fraction>,
}

/// CC Art. 72 part 5: the least imprisonment actually served before parole.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Floor {
    pub months: u32,
}

/// CPC Arts. 476–478, 480: the articles that say what a court decides after a verdict, which
/// court, on whose initiative, and what the institution reports for parole.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Procedure {
    /// Art. 476: what a court decides after a verdict (no item: cancelling a conditional
    /// sentence).
    pub after_verdict: Citation,
    /// Art. 476 item 15: release or mitigation under an amnesty act.
    pub amnesty: Citation,
    /// Art. 476 item 5: parole and replacement.
    pub early_release: Citation,
    /// Art. 476 item 13: the custody credited.
    pub custody_credit: Citation,
    /// Art. 477: which court decides.
    pub court: Citation,
    /// Art. 478: on the convict's petition.
    pub petition: Citation,
    /// Art. 480: what the institution reports for parole.
    pub parole_report: Citation,
}

impl Default for Procedure {
    fn default() -> Self {
        let none = Bands::default().misdemeanour;
        Procedure {
            after_verdict: none,
            amnesty: none,
            early_release: none,
            custody_credit: none,
            court: none,
            petition: none,
            parole_report: none,
        }
    }
}

/// How half a day of credit is counted (open).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HalfDay {
    /// Counted as a whole day served (in the convict's favour).
    #[default]
    Up,
    /// Dropped.
    Down,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HalfDayRule {
    pub first_reading: HalfDay,
}

/// What the parole (replacement, probation) fraction is taken of (open): the reading names are
/// those of the one-year rule's base, the term as cut or as imposed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermBaseRule {
    pub first_reading: OneYearBase,
}

/// Whether the day the law came into force counts as still to serve or as served (open).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BoundaryDay {
    /// Still to serve: the year left runs from that day (last day 2 November 2023 at most).
    #[default]
    DayLeft,
    /// Served: the year left runs from the day after (last day 3 November 2023 at most).
    DayServed,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoundaryRule {
    pub first_reading: BoundaryDay,
}

/// Whether the one-year rule reaches a term that began after the law came into force (open).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LaterTerm {
    /// Not a convict on that day: the rule does not apply.
    #[default]
    NotApplied,
    /// What was left that day was the whole term: the rule is tested on it.
    Applied,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LaterTermRule {
    pub first_reading: LaterTerm,
}

/// The longest a main punishment may be under the General Part, with the part that says so.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limit {
    pub cite: Citation,
    pub max: u16,
}

impl Default for Limit {
    fn default() -> Self {
        Limit {
            cite: Bands::default().misdemeanour,
            max: 0,
        }
    }
}

/// CC Art. 42–46: the longest of each main punishment for one crime (a fine may be a multiple of
/// a sum, Art. 41 part 2, so it has none).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GeneralLimits {
    pub imprisonment_years: Limit,
    pub restriction_of_freedom_years: Limit,
    pub arrest_days: Limit,
    pub community_service_hours: Limit,
    pub correctional_works_mci: Limit,
}

/// CC Art. 58 part 2, first paragraph: several misdemeanours, the longest of each punishment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MisdemeanourLimits {
    pub part: u8,
    pub fine_mci: u16,
    pub community_service_hours: u16,
    pub arrest_days: u8,
}

/// CC Art. 58 part 2, second paragraph: with no crime graver than `up_to`, only absorption.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Absorption {
    pub part: u8,
    pub paragraph: u8,
    pub up_to: Category,
}

impl Default for Absorption {
    fn default() -> Self {
        Absorption {
            part: 0,
            paragraph: 0,
            up_to: Category::Misdemeanour,
        }
    }
}

/// CC Art. 58 parts 3–4: the longest imprisonment for several offences with a grave or an
/// especially grave crime (part 4: one whose sanction goes up to `sanction_years`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AggregateYears {
    pub part: u8,
    pub imprisonment_years: u8,
    #[serde(default)]
    pub sanction_years: Option<u8>,
}

/// CC Art. 58: the punishment for several offences together.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeveralOffencesLimits {
    pub misdemeanours: MisdemeanourLimits,
    pub absorption: Absorption,
    pub with_grave: AggregateYears,
    pub with_especially_grave: AggregateYears,
}

/// Writes the `Provisions` struct from the registry's list.
macro_rules! provisions_struct {
    ($($id:ident $field:ident: $ty:ty,)*) => {
        /// Every provision the rules apply, each with its figures (one field per line of the
        /// registry, `registry.rs`).
        #[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct Provisions {
            $(pub $field: Rule<$ty>,)*
        }
    };
}

with_provisions!(provisions_struct);

/// One part of an article on the list, as the Code stood in January 2022.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodePart {
    pub article: ArticleNo,
    /// `None` for an article without parts.
    pub part: Option<u8>,
    pub intent: Intent,
    /// The longest imprisonment in the sanction, in years; `None` if it has none.
    pub max_imprisonment_years: Option<u8>,
    /// The sanction's maximum of each other main punishment, `None` where the sanction does not
    /// have it (a fine and correctional works "in the same amount" are both given).
    #[serde(default)]
    pub max_restriction_of_freedom_years: Option<u8>,
    #[serde(default)]
    pub max_arrest_days: Option<u8>,
    #[serde(default)]
    pub max_community_service_hours: Option<u16>,
    #[serde(default)]
    pub max_correctional_works_mci: Option<u16>,
    #[serde(default)]
    pub max_fine_mci: Option<u16>,
    /// The text it was read in (repository, file and commit).
    pub source: Source,
}

impl CodePart {
    /// Whether the sanction has restriction of freedom (with imprisonment, what makes a crime
    /// rather than a misdemeanour: CC Art. 10 part 3).
    pub fn restriction_of_freedom(&self) -> bool {
        self.max_restriction_of_freedom_years.is_some()
    }
}

/// The rule pack.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulePack {
    pub pack_version: Text,
    pub law: LawInfo,
    pub criminal_code: CodeInfo,
    pub provisions: Provisions,
    /// Every part of every listed article, in the Code of January 2022.
    pub code: List<CodePart>,
}

impl Default for Bands {
    fn default() -> Self {
        Bands {
            misdemeanour: Citation {
                act: crate::vocab::Act::CriminalCode,
                article: None,
                part: None,
                paragraph: None,
                item: None,
            },
            intentional: Cow::Borrowed(&[]),
            negligent: Cow::Borrowed(&[]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_left_out_reads_any_text_as_empty() {
        let read: Omitted = serde_json::from_str(r#""quyse/kz-laws kaz/81097.md""#).unwrap();
        assert_eq!(&*read, "");
        assert!(serde_json::from_str::<Omitted>("{").is_err());
    }
}
