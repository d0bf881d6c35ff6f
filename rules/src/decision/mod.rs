//! The decision: the outcome for one person, each offence's own effect, the new punishment and its
//! dates, the criminal record, and the trace of every step taken to reach it, each naming the
//! provision it applies and how sure that provision is.
//!
//! Steps and warnings are typed values, not sentences: the words layer (`amnesty-words`) writes
//! them out in Kazakh, Russian or English for the terminal, the page and the print.

mod after_verdict;
mod figures;
mod json;
mod steps;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::case::Measure;
use crate::pack::{AgeCounting, OneYearBase, ProvisionId, Text};
use crate::term::Term;
use crate::vocab::{ArticleNo, Category, Citation, Fraction, Punishment, Status};
pub use after_verdict::{
    Court, Credited, CustodyCredit, EarlyKind, EarlyRelease, EarlyReleases, NextStep, Petition,
    ProcedureCite, ProcedureRole, Unavailable,
};
pub use figures::{Figures, NewMeasure};
pub use steps::{
    InstitutionGround, OneYearSkip, Record, SanctionLimit, Step, StepDetail, Warning, WarningDetail,
};

/// What the amnesty does for this person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// A pending case is closed: no criminal liability (Art. 3 part 1).
    ReleaseFromLiability,
    /// A pending case is closed for some offences and goes on for the others.
    PartlyCovered,
    /// A pending case about a grave crime goes on; the punishment a court imposes will be cut.
    ReductionAtSentencing,
    /// At trial, the cut sentence was already spent in custody: released when sentenced.
    ReleaseAtSentencing,
    /// A convict is released from the main and additional punishment (Art. 3 part 2).
    ReleaseFromPunishment,
    /// A served sentence: the conviction is expunged (Art. 3 part 4).
    ConvictionExpunged,
    /// The term is cut; the person serves to the new last day.
    TermReduced,
    /// Hours or an amount are cut.
    PunishmentReduced,
    /// Released on the day the law came into force: the cut term was over, or no more than a
    /// year was left.
    Release,
    /// Covered, but nothing changes: a served misdemeanour, or a served grave sentence.
    NothingToApply,
    NotCovered,
    Excluded,
    /// The facts given do not settle it, or a court must set a new aggregate punishment: see the
    /// readings and each offence.
    NeedsReview,
}

impl Outcome {
    pub const ALL: [Outcome; 13] = [
        Outcome::ReleaseFromLiability,
        Outcome::PartlyCovered,
        Outcome::ReductionAtSentencing,
        Outcome::ReleaseAtSentencing,
        Outcome::ReleaseFromPunishment,
        Outcome::ConvictionExpunged,
        Outcome::TermReduced,
        Outcome::PunishmentReduced,
        Outcome::Release,
        Outcome::NothingToApply,
        Outcome::NotCovered,
        Outcome::Excluded,
        Outcome::NeedsReview,
    ];

    /// Whether the amnesty applies to the person at all.
    pub fn is_covered(self) -> bool {
        !matches!(
            self,
            Outcome::NotCovered | Outcome::Excluded | Outcome::NeedsReview
        )
    }

    /// Whether the person walks free (or is never tried) under this outcome.
    pub fn frees(self) -> bool {
        matches!(
            self,
            Outcome::ReleaseFromLiability
                | Outcome::ReleaseFromPunishment
                | Outcome::Release
                | Outcome::ReleaseAtSentencing
        )
    }
}

crate::named!(Outcome {
    Outcome::ReleaseFromLiability => "release_from_liability",
    Outcome::PartlyCovered => "partly_covered",
    Outcome::ReductionAtSentencing => "reduction_at_sentencing",
    Outcome::ReleaseAtSentencing => "release_at_sentencing",
    Outcome::ReleaseFromPunishment => "release_from_punishment",
    Outcome::ConvictionExpunged => "conviction_expunged",
    Outcome::TermReduced => "term_reduced",
    Outcome::PunishmentReduced => "punishment_reduced",
    Outcome::Release => "release",
    Outcome::NothingToApply => "nothing_to_apply",
    Outcome::NotCovered => "not_covered",
    Outcome::Excluded => "excluded",
    Outcome::NeedsReview => "needs_review",
});

/// Whether an offence falls within Law Art. 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Coverage {
    Covered,
    NotCovered,
    /// A missing fact decides (see the readings).
    Unknown,
}

/// Where an offence's category came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CategorySource {
    /// The Criminal Code of January 2022, by its sanction (CC Art. 10–11).
    Code,
    /// Entered by the user from the verdict or charge.
    Verdict,
    None,
}

/// What the amnesty does to one offence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "effect", rename_all = "snake_case")]
pub enum OffenceEffect {
    NotCovered,
    Excluded,
    /// A missing fact decides: see the readings.
    Unknown,
    /// Art. 3 part 1.
    CaseClosed,
    /// Art. 3 part 3, at sentencing.
    CutAtSentencing {
        cut: Fraction,
    },
    /// Art. 3 part 2.
    ReleasedFromPunishment,
    /// Art. 3 part 4.
    ConvictionExpunged,
    /// Art. 3 part 3.
    MainPunishmentCut {
        cut: Fraction,
    },
    /// A served misdemeanour (no record) or a served grave sentence (no expungement).
    NothingToApply,
}

crate::named!(OffenceEffect {
    OffenceEffect::NotCovered => "not_covered",
    OffenceEffect::Excluded => "excluded",
    OffenceEffect::Unknown => "unknown",
    OffenceEffect::CaseClosed => "case_closed",
    OffenceEffect::CutAtSentencing { .. } => "cut_at_sentencing",
    OffenceEffect::ReleasedFromPunishment => "released_from_punishment",
    OffenceEffect::ConvictionExpunged => "conviction_expunged",
    OffenceEffect::MainPunishmentCut { .. } => "main_punishment_cut",
    OffenceEffect::NothingToApply => "nothing_to_apply",
});

/// What the engine concluded about one offence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OffenceDecision {
    pub article: ArticleNo,
    pub part: Option<u8>,
    pub coverage: Coverage,
    pub category: Option<Category>,
    pub category_source: CategorySource,
    /// The category the Code gives, where it differs from the one used or where none was given.
    pub code_category: Option<Category>,
    #[serde(flatten)]
    pub effect: OffenceEffect,
    /// The provision behind the effect.
    pub provision: Option<ProvisionId>,
    /// The offence's own punishment, where the case gives it, and what the amnesty leaves of it.
    pub own_sentence: Option<OwnPunishment>,
}

/// An offence's own punishment as the verdict gives it (CC Art. 58 part 1), and as the amnesty
/// leaves it for a new aggregate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnPunishment {
    pub punishment: Punishment,
    pub imposed: Measure,
    /// Cut by the offence's own fraction, or as imposed (not covered, nothing to apply); `None`
    /// where nothing is left of it (released, the case closed) or its effect is not known.
    pub new: Option<Measure>,
}

/// The range within which a court sets the new aggregate punishment for several offences, from
/// their new punishments (CC Art. 58).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AggregateRange {
    pub punishment: Punishment,
    /// By absorption: the longest of the new punishments.
    pub least: Measure,
    /// By full addition, within Art. 58's limit (the same as `least` where only absorption is
    /// allowed).
    pub most: Measure,
    /// Whether Art. 58's limit (or the General Part's) cut the full addition.
    pub capped: bool,
    /// The part of Art. 58 that sets how the punishments combine and within what.
    pub cite: Citation,
}

impl OffenceDecision {
    /// An offence as Law Art. 1 and its category leave it, its effect still to be found; the
    /// Code's category is kept where it differs from the one used.
    pub(crate) fn scoped(
        article: ArticleNo,
        part: Option<u8>,
        coverage: Coverage,
        used: Option<(Category, CategorySource)>,
        code_category: Option<Category>,
    ) -> OffenceDecision {
        let category = used.map(|(c, _)| c);
        OffenceDecision {
            article,
            part,
            coverage,
            category,
            category_source: used.map_or(CategorySource::None, |(_, s)| s),
            code_category: code_category.filter(|c| Some(*c) != category),
            effect: match coverage {
                Coverage::NotCovered => OffenceEffect::NotCovered,
                _ => OffenceEffect::Unknown,
            },
            provision: None,
            own_sentence: None,
        }
    }
}

/// One assumption a reading makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Condition {
    /// The one-year rule counted on this term (open).
    OneYearBase { base: OneYearBase },
    /// The offence is under this part (not given).
    Part { offence: usize, part: u8 },
    /// The offender was, or was not, a minor (no date of birth).
    Minor { offence: usize, minor: bool },
    /// The victim was, or was not, aged 14 to 18 (not given).
    VictimAged14To18 { offence: usize, yes: bool },
    /// The category the Code gives, rather than the one entered.
    CodeCategory { offence: usize, category: Category },
    /// The age counted as reached on the birthday itself (open).
    AgeCounting { counting: AgeCounting },
    /// The court imposes the punishment under recidivism.
    RecidivismAtSentencing,
    /// The institution the custody is credited for (not given: CC Art. 46 part 5's default
    /// first).
    Institution {
        institution: crate::case::Institution,
    },
    /// How half a day of credit is counted (open).
    HalfDay { half_day: crate::pack::HalfDay },
    /// Whether the day the law came into force counts as served (open).
    OneYearBoundary { day: crate::pack::BoundaryDay },
    /// Whether the one-year rule reaches a term that began after the law (open).
    LaterTerm { reading: crate::pack::LaterTerm },
    /// The cut for the gravest offence applied to the whole sentence.
    WholeAsGravest { category: Category },
}

impl Condition {
    /// The offence a condition is about, where it is about one.
    pub fn offence(self) -> Option<usize> {
        match self {
            Condition::Part { offence, .. }
            | Condition::Minor { offence, .. }
            | Condition::VictimAged14To18 { offence, .. }
            | Condition::CodeCategory { offence, .. } => Some(offence),
            _ => None,
        }
    }
}

/// What the result would be under one reading.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reading {
    pub conditions: Vec<Condition>,
    pub outcome: Outcome,
    #[serde(flatten)]
    pub figures: Figures,
    /// The early releases under this reading (in a decision's readings; the decision's own are
    /// its `parole`, `replacement` and `probation_cancel`).
    #[serde(flatten)]
    pub early: EarlyReleases,
}

impl Reading {
    /// Whether two readings give the same result: the same outcome, new term, hours or amount,
    /// new last day, day of release and record, whatever their conditions (docs/rules.md §9).
    pub fn same_result(&self, other: &Reading) -> bool {
        (self.outcome, self.figures) == (other.outcome, other.figures)
    }

    /// This result with the early releases `early`.
    pub fn with_early(&self, early: EarlyReleases) -> Reading {
        Reading {
            early,
            ..self.clone()
        }
    }

    /// The same result and the same days after the verdict: a reading that changes only those
    /// (the institution of a case the amnesty does not cover changes the custody credited, and
    /// so parole) is shown too, but not one that changes only why there is no early release.
    pub fn same_answer(&self, other: &Reading) -> bool {
        self.same_result(other) && self.early.days() == other.early.days()
    }

    /// An outcome without figures, under no condition.
    #[inline(never)]
    pub fn only(outcome: Outcome) -> Reading {
        Reading {
            conditions: Vec::new(),
            outcome,
            figures: Figures::default(),
            early: EarlyReleases::default(),
        }
    }
}

/// The release day of every result a decision gives: the one shown (unless a court must decide
/// first) and each reading's. The engine warns from them; the caseload's figures count them.
pub fn release_days(
    outcome: Outcome,
    shown: &Figures,
    readings: &[Reading],
) -> Vec<Option<NaiveDate>> {
    (outcome != Outcome::NeedsReview)
        .then_some(shown.release_on)
        .into_iter()
        .chain(readings.iter().map(|r| r.figures.release_on))
        .collect()
}

/// How sure a result is (docs/rules.md §10): as sure as the least sure provision of law it rests
/// on, leaving out what follows the result and the calculator's own conventions (warned of);
/// open where a court must decide (`needs_review`), and open where a covered result rests on a
/// sentence the law does not allow, until the sentence is checked against the verdict.
pub fn status_of(outcome: Outcome, steps: &[Step], warnings: &[Warning]) -> Status {
    let beyond_the_law = warnings.iter().any(|w| w.detail.is_beyond_the_law());
    if outcome == Outcome::NeedsReview || (beyond_the_law && outcome.is_covered()) {
        return Status::Open;
    }
    steps
        .iter()
        .filter(|s| s.cite.act != crate::vocab::Act::Convention)
        .filter(|s| !s.provision.follows_the_result())
        .map(|s| s.status)
        .fold(Status::Verified, Status::weakest)
}

/// The full decision for one case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "json::DecisionKeys", try_from = "json::DecisionKeys")]
pub struct Decision {
    pub outcome: Outcome,
    /// How sure the outcome is: the weakest status among the provisions it rests on.
    pub status: Status,
    /// The reading the result shows, where other readings of an open question are given.
    pub shown_reading: Vec<Condition>,
    /// The gravity category that decided the treatment.
    pub category: Option<Category>,
    pub punishment: Option<Punishment>,
    pub conditional: bool,
    pub imposed_term: Option<Term>,
    pub imposed_hours: Option<u32>,
    pub imposed_amount: Option<u32>,
    /// The first day of the sentence, as given.
    pub sentence_start: Option<NaiveDate>,
    pub imposed_end: Option<NaiveDate>,
    /// The new punishment, its last day, the release and the record (the JSON keeps the keys
    /// `new_term` … `record` where they have always been: `json.rs`).
    pub figures: Figures,
    pub in_force: NaiveDate,
    /// The day by which the law had to be applied (Art. 3 part 5).
    pub deadline: NaiveDate,
    pub as_of: NaiveDate,
    pub offences: Vec<OffenceDecision>,
    /// Where each offence's own punishment is given: the range a court sets the new aggregate
    /// within (CC Art. 58).
    pub aggregate_range: Option<AggregateRange>,
    pub steps: Vec<Step>,
    pub warnings: Vec<Warning>,
    pub readings: Vec<Reading>,
    pub pack_version: Text,
    pub engine_version: Text,
    /// The custody credited (CC Art. 62), where the case gives custody.
    pub custody: Option<CustodyCredit>,
    /// The earliest parole (CC Art. 72, Art. 86 for minors), where the punishment has one.
    pub parole: Option<EarlyRelease>,
    /// The earliest replacement of the unserved part (CC Art. 73, Art. 87 for minors).
    pub replacement: Option<EarlyRelease>,
    /// The earliest cancelling of a conditional sentence (CC Art. 64 part 1).
    pub probation_cancel: Option<EarlyRelease>,
    /// What can be asked next, and which court decides it (CPC Arts. 476–478).
    pub next_steps: Vec<Petition>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::{Recidivism, Stage};
    use crate::vocab::Named;
    use crate::vocab::{Context, ExclusionFact};

    fn serde_name<T: Serialize>(value: T) -> String {
        match serde_json::to_value(value).unwrap() {
            serde_json::Value::String(s) => s,
            serde_json::Value::Object(map) => map["effect"].as_str().unwrap().to_string(),
            other => panic!("{other}"),
        }
    }

    fn check<T: Named + Serialize>(values: &[T]) {
        for v in values {
            assert_eq!(v.name(), serde_name(v), "{}", v.name());
        }
    }

    #[test]
    fn readings_with_the_same_figures_give_the_same_result() {
        let release = Reading::only(Outcome::Release);
        let under_a_condition = Reading {
            conditions: vec![Condition::RecidivismAtSentencing],
            ..release.clone()
        };
        assert!(release.same_result(&under_a_condition));
        let mut later = release.clone();
        later.figures.release_on = NaiveDate::from_ymd_opt(2024, 1, 5);
        assert!(!release.same_result(&later));
        assert_eq!(
            Condition::Minor {
                offence: 2,
                minor: true
            }
            .offence(),
            Some(2)
        );
        assert_eq!(Condition::RecidivismAtSentencing.offence(), None);
    }

    #[test]
    fn names_are_the_serde_names() {
        check(&Outcome::ALL);
        check(&Category::ALL);
        check(&ExclusionFact::ALL);
        check(&Punishment::ALL);
        check(&[Status::Verified, Status::Reported, Status::Open]);
        check(&[Context::Riots, Context::Suppression, Context::Other]);
        check(&[
            Recidivism::None,
            Recidivism::Recidivism,
            Recidivism::DangerousRecidivism,
        ]);
        check(&[
            Stage::Investigation,
            Stage::Trial,
            Stage::Serving,
            Stage::Served,
        ]);
        let cut = Fraction::new(3, 4);
        check(&[
            OffenceEffect::NotCovered,
            OffenceEffect::Excluded,
            OffenceEffect::Unknown,
            OffenceEffect::CaseClosed,
            OffenceEffect::CutAtSentencing { cut },
            OffenceEffect::ReleasedFromPunishment,
            OffenceEffect::ConvictionExpunged,
            OffenceEffect::MainPunishmentCut { cut },
            OffenceEffect::NothingToApply,
        ]);
    }
}
