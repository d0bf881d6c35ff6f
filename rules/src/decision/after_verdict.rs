//! What the Criminal Code gives after a verdict, beside the amnesty: the credit for custody, the
//! earliest dates of parole, of replacement of the unserved part and of cancelling a conditional
//! sentence, and which court decides each step. Typed values; the words layer writes them out.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Record;
use crate::case::Institution;
use crate::pack::{OneYearBase, ProvisionId};
use crate::term::Term;
use crate::vocab::{Citation, Fraction};

/// What the custody before the verdict counts for (CC Art. 62 parts 3, 3-1, 4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Credited {
    /// Days of a term (imprisonment, restriction of freedom, arrest).
    Days { days: u32 },
    /// Hours of community service.
    Hours { hours: u32 },
    /// MCI of a fine or correctional works.
    Amount { amount: u32 },
}

/// The custody credited, as the decision shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustodyCredit {
    pub detention_days: u32,
    pub house_arrest_days: u32,
    /// The institution whose ratio was used (imprisonment), given or assumed.
    pub institution: Option<Institution>,
    /// The institution was not given: CC Art. 46 part 5's default for the case was assumed.
    pub institution_assumed: bool,
    /// `None`: not credited (a conditional sentence, or no sentence yet).
    pub credited: Option<Credited>,
    /// The term's last day with the credit, where the term and its first day are known.
    pub imposed_end_credited: Option<NaiveDate>,
}

/// Which early release.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EarlyKind {
    /// CC Art. 72 (Art. 86 for minors).
    Parole,
    /// CC Art. 73 (Art. 87 for minors).
    Replacement,
    /// CC Art. 64 part 1.
    ProbationCancel,
}

/// Why an early release has no date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unavailable {
    /// Not a punishment this provision applies to.
    NotThisPunishment,
    /// A group the provision excludes (CC Art. 72 part 8, Art. 73 part 2).
    ExcludedGroup,
    /// A grave or especially grave corruption crime (CC Art. 72 part 8 from 2022, reported).
    Corruption,
    /// Replacement is not available for an especially grave crime (CC Art. 73 part 1).
    EspeciallyGrave,
    /// The amnesty already frees the person.
    AmnestyFrees,
    /// The date falls on or after the release.
    AfterRelease,
    /// The category of the offence is not known (an article off the list without a category).
    CategoryUnknown,
    /// The term or its first day is not given.
    DatesUnknown,
    /// A minor's probation, which the court set (6–12 months), is not given.
    ProbationNeeded,
    /// The amnesty changed some offences' punishments and a court has yet to set the new
    /// aggregate: the term the part is taken of is not known until it does.
    AggregateNeeded,
}

/// The earliest date of one early release, or why there is none.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EarlyRelease {
    pub kind: EarlyKind,
    pub provision: ProvisionId,
    pub cite: Citation,
    /// The first day on which the required part has been actually served (credited custody
    /// counts as served); `None` with `unavailable` saying why.
    pub eligible_on: Option<NaiveDate>,
    /// The part to serve, and the term it is taken of.
    pub fraction: Option<Fraction>,
    pub of_term: Option<Term>,
    /// Which term the fraction is taken of (open): cut by the amnesty, or imposed.
    pub base: OneYearBase,
    /// The date under the other reading, where it differs and comes before the release.
    pub other_reading: Option<NaiveDate>,
    /// Under the other reading the date would fall on or after the release, so there is no
    /// early release in it (a key written only where true: the JSON of every other case stays
    /// as it was).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub other_reading_after_release: bool,
    /// The six months of CC Art. 72 part 5 decided the date.
    pub six_month_floor: bool,
    /// The court "shall" release (`Some(true)`), "may" (`Some(false)`), or it depends on facts
    /// not given (`None`).
    pub shall: Option<bool>,
    pub unavailable: Option<Unavailable>,
    /// The record if released that day: its period runs from the actual release (CC Art. 79
    /// part 4).
    pub record: Option<Record>,
}

/// The earliest dates of the early releases under one result: the decision's own, or one
/// reading's. In a reading's JSON each is a key of its own, left out where there is none.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EarlyReleases {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parole: Option<EarlyRelease>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replacement: Option<EarlyRelease>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub probation_cancel: Option<EarlyRelease>,
}

impl EarlyReleases {
    /// Each early release there is, in the order the decision gives them.
    pub fn each(&self) -> impl Iterator<Item = &EarlyRelease> {
        [&self.parole, &self.replacement, &self.probation_cancel]
            .into_iter()
            .flatten()
    }

    /// Each kind's earliest day and its other reading's (not the reason there is none).
    pub fn days(&self) -> [(Option<NaiveDate>, Option<NaiveDate>, bool); 3] {
        [&self.parole, &self.replacement, &self.probation_cancel].map(|e| {
            e.as_ref().map_or((None, None, false), |e| {
                (
                    e.eligible_on,
                    e.other_reading,
                    e.other_reading_after_release,
                )
            })
        })
    }
}

/// A step a person can take, and who decides it (CPC Arts. 476–478, 480).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NextStep {
    /// Release or mitigation under the amnesty act (CPC Art. 476 item 15).
    AmnestyApplication,
    /// Parole (item 5): the district court where the sentence is served, on his petition.
    Parole,
    /// Replacement of the unserved part (item 5): the same court.
    Replacement,
    /// A dispute about the custody credited (item 13): the court that passed the verdict.
    CustodyCredit,
    /// Cancelling a conditional sentence (CC Art. 64): on the probation body's submission.
    ProbationCancel,
}

/// Which court decides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Court {
    /// The district court where the sentence is served (CPC Art. 477).
    WhereServed,
    /// The court that passed the verdict (CPC Art. 477).
    Sentencing,
    /// The court or body applying the amnesty to the case.
    Applying,
    /// The court, on the probation service's submission (CC Art. 64 part 1).
    OnProbationSubmission,
}

/// What a further article of the procedure says of a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProcedureRole {
    /// That a court decides it after the verdict (CPC Art. 476, its item).
    CourtDecides,
    /// That it is asked on the convict's petition (CPC Art. 478).
    OnPetition,
    /// What the institution reports to the court for parole (CPC Art. 480).
    InstitutionReports,
}

/// A further article of the procedure for a step, and what it says of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProcedureCite {
    pub role: ProcedureRole,
    pub cite: Citation,
}

/// One step, who decides it and where that is written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Petition {
    pub step: NextStep,
    /// The provision that says who decides it.
    pub provision: ProvisionId,
    pub court: Court,
    pub cite: Citation,
    /// The day from which it can be asked, where there is one.
    pub from: Option<NaiveDate>,
    /// The other articles of the procedure for it (new in the format: left out where none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<ProcedureCite>,
}
