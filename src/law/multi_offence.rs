//! Several offences in one case — court practice, not the law's text.
//! Status: UNKNOWN (legal brief §4: how several offences and aggregated sentences are handled is
//! not known; the usual practice is assumed).
//!
//! In plain words: if any offence excludes the person, the amnesty does not apply at all (see
//! `exclusions.rs`). Otherwise the gravest covered offence decides what the amnesty does, and
//! the whole sentence is treated accordingly. Every result with more than one offence carries a
//! warning that this is an assumption.

use crate::case::Category;
use crate::decision::{ArticleFigure, Figure, OffenceAssessment, StepKind, WarningKind};
use crate::pack::ProvisionId;
use crate::trace::{figures, Trace};

/// The gravest category among the offences, with the index of the offence that has it, or
/// `None` if any of them has no known category.
pub fn gravest(offences: &[(usize, &OffenceAssessment)]) -> Option<(usize, Category)> {
    let mut gravest: Option<(usize, Category)> = None;
    for (index, offence) in offences {
        let category = offence.category?;
        if gravest.is_none_or(|(_, g)| category > g) {
            gravest = Some((*index, category));
        }
    }
    gravest
}

/// Every result with several offences rests on the assumed practice.
pub fn flag(trace: &mut Trace) {
    trace.warn(
        WarningKind::MultiOffenceAssumption,
        ProvisionId::MultiOffence,
        figures([]),
    );
}

/// Records which offence decides, when there are several.
pub fn record(
    total_offences: usize,
    deciding: (usize, Category),
    offence: &OffenceAssessment,
    trace: &mut Trace,
) {
    if total_offences < 2 {
        return;
    }
    trace.step(
        StepKind::GravestOffence,
        ProvisionId::MultiOffence,
        Some(deciding.0),
        figures([
            (
                "article",
                Figure::Article(ArticleFigure {
                    article: offence.article,
                    part: offence.part,
                }),
            ),
            ("category", Figure::Category(deciding.1)),
        ]),
    );
}
