//! The words of the law as types: statuses, citations, article numbers, categories, contexts,
//! the excluded groups, punishments, fractions.
//!
//! This module depends on nothing else in the crate, because the build script compiles it too,
//! to read `pack.json` into the same types it writes out as Rust (`build.rs`).

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A value's name as the case file and the decision write it (its serde name), without a JSON
/// serializer: what the page uses for option values, CSS classes and test hooks.
pub trait Named: Copy {
    fn name(self) -> &'static str;
}

/// Implements [`Named`] for an enum, variant by variant (a test checks the names against serde).
#[macro_export]
macro_rules! named {
    ($ty:ty { $($variant:pat => $name:literal),* $(,)? }) => {
        impl $crate::vocab::Named for $ty {
            fn name(self) -> &'static str {
                match self {
                    $($variant => $name),*
                }
            }
        }
    };
}

/// How sure we are of a provision or a value. (The default is the least sure.)
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Read in the law's or the Code's text.
    Verified,
    /// Stated by officials or the press, not in the text.
    Reported,
    /// The text does not settle it: every reading is computed and shown.
    #[default]
    Open,
}

impl Status {
    /// The weaker of two statuses: a conclusion is only as sure as its least sure premise.
    pub fn weakest(self, other: Status) -> Status {
        self.max(other)
    }
}

/// The legal act (or other source) a provision belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Act {
    /// Law No. 152-VII "On Amnesty".
    Law,
    /// The Criminal Code of 3 July 2014, as it stood in January 2022.
    CriminalCode,
    /// Court or prosecution practice, where the text is silent.
    Practice,
    /// A convention of this calculator, where the text is silent.
    Convention,
    /// The Criminal Procedure Code of 4 July 2014 (who decides what after a verdict).
    ProcedureCode,
}

/// A Criminal Code article number, with its dash number where it has one (269-1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ArticleNo {
    pub number: u16,
    /// The number after the dash; 0 for none.
    pub dash: u8,
}

impl ArticleNo {
    pub const fn new(number: u16, dash: u8) -> ArticleNo {
        ArticleNo { number, dash }
    }

    /// Reads "188" or "269-1": the article number alone, as the case file writes it. What people
    /// type around it («ст. 272 ч. 2», "272.2") is read by [`crate::cited`].
    pub fn parse(text: &str) -> Option<ArticleNo> {
        let text = text.trim();
        let (number, dash) = match text.split_once('-') {
            Some((n, d)) => (n.trim(), Some(d.trim())),
            None => (text, None),
        };
        let digits =
            |s: &str| !s.is_empty() && s.len() <= 5 && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(number) {
            return None;
        }
        let number = number.parse::<u16>().ok()?;
        let dash = match dash {
            None => 0,
            Some(d) if digits(d) => d.parse::<u8>().ok().filter(|d| *d > 0)?,
            Some(_) => return None,
        };
        Some(ArticleNo { number, dash })
    }
}

impl fmt::Display for ArticleNo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.dash == 0 {
            write!(f, "{}", self.number)
        } else {
            write!(f, "{}-{}", self.number, self.dash)
        }
    }
}

/// Written as a number (`188`) or, with a dash number, as a string (`"269-1"`).
impl Serialize for ArticleNo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.dash == 0 {
            serializer.serialize_u16(self.number)
        } else {
            serializer.collect_str(self)
        }
    }
}

/// Read from a number or a string, so that case files written before dash numbers still read.
impl<'de> Deserialize<'de> for ArticleNo {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = ArticleNo;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an article number such as 188 or \"269-1\"")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<ArticleNo, E> {
                u16::try_from(v)
                    .map(|n| ArticleNo::new(n, 0))
                    .map_err(|_| E::custom(format!("article number {v} is too large")))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<ArticleNo, E> {
                u64::try_from(v)
                    .map_err(|_| E::custom(format!("article number {v} is negative")))
                    .and_then(|v| self.visit_u64(v))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<ArticleNo, E> {
                ArticleNo::parse(v).ok_or_else(|| {
                    E::custom(format!(
                        "\"{v}\" is not an article number such as 188 or 269-1"
                    ))
                })
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// Where a provision is, in the structure lawyers cite. For the Law, numbered divisions of an
/// article are `part` (пункт), numbered items "1)" are `item` (подпункт), and an unnumbered
/// paragraph within a part is `paragraph` (часть/абзац). For the Code, `part` is a часть.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Citation {
    pub act: Act,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<ArticleNo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<u8>,
}

impl Citation {
    /// An article (and part) of the Criminal Code.
    pub const fn code(article: ArticleNo, part: Option<u8>) -> Citation {
        Citation {
            act: Act::CriminalCode,
            article: Some(article),
            part,
            paragraph: None,
            item: None,
        }
    }

    /// The same provision, narrowed to one part.
    pub const fn with_part(self, part: u8) -> Citation {
        Citation {
            part: Some(part),
            ..self
        }
    }
}

/// Gravity of a criminal offence (CC Art. 10–11), lightest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Misdemeanour,
    Small,
    Medium,
    Grave,
    EspeciallyGrave,
}

impl Category {
    pub const ALL: [Category; 5] = [
        Category::Misdemeanour,
        Category::Small,
        Category::Medium,
        Category::Grave,
        Category::EspeciallyGrave,
    ];
}

/// Intentional or negligent: CC Art. 11 sets different thresholds for each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Intent {
    Intentional,
    Negligent,
}

/// How an offence relates to the events of January 2022 (Law Art. 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Context {
    /// Connected with the mass riots.
    Riots,
    /// Committed while suppressing them.
    Suppression,
    /// Neither.
    Other,
}

impl Context {
    pub const ALL: [Context; 3] = [Context::Riots, Context::Suppression, Context::Other];
}

/// The facts of Law Art. 2 items 1–7 that a person can be asked about plainly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExclusionFact {
    Terrorist,
    Extremist,
    Corruption,
    Treason,
    Torture,
    OrganisingRiots,
    SexualOffenceAgainstMinor,
}

impl ExclusionFact {
    pub const ALL: [ExclusionFact; 7] = [
        ExclusionFact::Terrorist,
        ExclusionFact::Extremist,
        ExclusionFact::Corruption,
        ExclusionFact::Treason,
        ExclusionFact::Torture,
        ExclusionFact::OrganisingRiots,
        ExclusionFact::SexualOffenceAgainstMinor,
    ];
}

/// Main punishments (CC Art. 40).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Punishment {
    Imprisonment,
    RestrictionOfFreedom,
    CorrectionalWorks,
    CommunityService,
    Arrest,
    Fine,
}

/// How a punishment is measured (CC Art. 41–46, 62).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measured {
    /// Years, months and days: imprisonment, restriction of freedom, arrest.
    Term,
    /// Hours: community service.
    Hours,
    /// An amount (monthly calculation indices, MCI): a fine, correctional works.
    Amount,
}

impl Punishment {
    pub const ALL: [Punishment; 6] = [
        Punishment::Imprisonment,
        Punishment::RestrictionOfFreedom,
        Punishment::CorrectionalWorks,
        Punishment::CommunityService,
        Punishment::Arrest,
        Punishment::Fine,
    ];

    pub fn measured(self) -> Measured {
        match self {
            Punishment::Imprisonment | Punishment::RestrictionOfFreedom | Punishment::Arrest => {
                Measured::Term
            }
            Punishment::CommunityService => Measured::Hours,
            Punishment::Fine | Punishment::CorrectionalWorks => Measured::Amount,
        }
    }

    /// Served in an institution, from which a person is released (Law Art. 3 part 6).
    pub fn in_custody(self) -> bool {
        matches!(self, Punishment::Imprisonment | Punishment::Arrest)
    }
}

/// A fraction as the law states it ("by three quarters").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Fraction {
    pub numerator: u32,
    pub denominator: u32,
}

impl Fraction {
    /// `numerator` over `denominator`; a `const fn`, so a fixed fraction can be a constant.
    pub const fn new(numerator: u32, denominator: u32) -> Fraction {
        Fraction {
            numerator,
            denominator,
        }
    }

    /// What is left after taking this fraction away (a cut of 3/4 keeps 1/4).
    pub fn rest(self) -> Fraction {
        Fraction {
            numerator: self.denominator.saturating_sub(self.numerator),
            denominator: self.denominator,
        }
    }
}

/// Reads a date written `YYYY-MM-DD`, by hand: chrono's format parser would add to the size of
/// the browser app.
pub fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    let shape = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !shape {
        return None;
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().ok();
    NaiveDate::from_ymd_opt(number(0..4)? as i32, number(5..7)?, number(8..10)?)
}

named!(Status { Status::Verified => "verified", Status::Reported => "reported", Status::Open => "open" });
named!(Category {
    Category::Misdemeanour => "misdemeanour",
    Category::Small => "small",
    Category::Medium => "medium",
    Category::Grave => "grave",
    Category::EspeciallyGrave => "especially_grave",
});
named!(Context { Context::Riots => "riots", Context::Suppression => "suppression", Context::Other => "other" });
named!(ExclusionFact {
    ExclusionFact::Terrorist => "terrorist",
    ExclusionFact::Extremist => "extremist",
    ExclusionFact::Corruption => "corruption",
    ExclusionFact::Treason => "treason",
    ExclusionFact::Torture => "torture",
    ExclusionFact::OrganisingRiots => "organising_riots",
    ExclusionFact::SexualOffenceAgainstMinor => "sexual_offence_against_minor",
});
named!(Punishment {
    Punishment::Imprisonment => "imprisonment",
    Punishment::RestrictionOfFreedom => "restriction_of_freedom",
    Punishment::CorrectionalWorks => "correctional_works",
    Punishment::CommunityService => "community_service",
    Punishment::Arrest => "arrest",
    Punishment::Fine => "fine",
});
