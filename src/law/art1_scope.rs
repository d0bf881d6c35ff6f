//! Law No. 152-VII "On Amnesty", Article 1 — persons the amnesty applies to.
//! Status: VERIFIED for the period, the two contexts and the list up to Criminal Code Art. 207;
//! the rest of the list is UNKNOWN (legal brief §1).
//!
//! In plain words: the amnesty covers offences committed in Kazakhstan from 4 to 7 January 2022
//! inclusive, connected with the mass riots or committed while suppressing them, and only under
//! the articles of the Criminal Code that Article 1 lists. The list runs in article order; it was
//! recovered up to Art. 207, so an article before that which is not on it is not covered, and an
//! article after it may or may not be.

use crate::case::Offence;
use crate::decision::{ArticleFigure, Citation, Coverage, Figure, StepKind, WarningKind};
use crate::pack::{ProvisionId, Status};
use crate::trace::{figures, Trace};

/// Checks one offence against Article 1 and says whether it is covered and how sure that is.
/// Stops at the first test the offence fails, as a court would.
pub fn assess(index: usize, offence: &Offence, trace: &mut Trace) -> (Coverage, Status) {
    let pack = trace.pack;
    let period = &pack.parameters.period;
    let date_figures = figures([
        ("date", Figure::Date(offence.committed_on)),
        ("from", Figure::Date(period.from)),
        ("to", Figure::Date(period.to)),
    ]);
    if offence.committed_on < period.from || offence.committed_on > period.to {
        trace.step(
            StepKind::PeriodOutside,
            ProvisionId::ScopePeriod,
            Some(index),
            date_figures,
        );
        return (Coverage::NotCovered, period.status);
    }
    trace.step(
        StepKind::PeriodInside,
        ProvisionId::ScopePeriod,
        Some(index),
        date_figures,
    );

    let contexts = &pack.parameters.covered_contexts;
    let context_figures = figures([("context", Figure::Context(offence.context))]);
    if !contexts.values.contains(&offence.context) {
        trace.step(
            StepKind::ContextOther,
            ProvisionId::ScopeContext,
            Some(index),
            context_figures,
        );
        return (Coverage::NotCovered, contexts.status);
    }
    trace.step(
        StepKind::ContextCovered,
        ProvisionId::ScopeContext,
        Some(index),
        context_figures,
    );

    let (coverage, status) = listed(index, offence, trace);
    (
        coverage,
        status.weakest(period.status).weakest(contexts.status),
    )
}

/// Whether the article (and part) is on the list of Article 1.
fn listed(index: usize, offence: &Offence, trace: &mut Trace) -> (Coverage, Status) {
    let pack = trace.pack;
    let article = ArticleFigure {
        article: offence.article,
        part: offence.part,
    };
    let through = pack.covered_list.verified_through_article;
    let article_figures = figures([
        ("article", Figure::Article(article)),
        ("through", Figure::Number(i64::from(through))),
    ]);
    let within_recovered_list = offence.article <= through;
    let unknown_beyond = |trace: &mut Trace, kind| {
        trace.step_cited(
            kind,
            Citation::of(pack, ProvisionId::ScopeList),
            Status::Unknown,
            Some(index),
            article_figures.clone(),
        );
        (Coverage::Unknown, Status::Unknown)
    };

    let Some(entry) = pack.list_entry(offence.article) else {
        if within_recovered_list {
            trace.step(
                StepKind::NotListed,
                ProvisionId::ScopeList,
                Some(index),
                article_figures,
            );
            return (
                Coverage::NotCovered,
                pack.provision(ProvisionId::ScopeList).status,
            );
        }
        return unknown_beyond(trace, StepKind::ListUnknown);
    };

    match (&entry.parts, offence.part) {
        (Some(_), None) => unknown_beyond(trace, StepKind::ListPartNeeded),
        (Some(parts), Some(part)) if !parts.contains(&part) => {
            if within_recovered_list {
                trace.step(
                    StepKind::ListedPartNotCovered,
                    ProvisionId::ScopeList,
                    Some(index),
                    article_figures,
                );
                (Coverage::NotCovered, entry.status)
            } else {
                unknown_beyond(trace, StepKind::ListUnknown)
            }
        }
        _ => {
            let citation = Citation::of(pack, ProvisionId::ScopeList);
            let kind = match entry.status {
                Status::Verified => StepKind::ListedVerified,
                _ => StepKind::ListedReported,
            };
            if entry.status != Status::Verified {
                trace.warn_status(
                    WarningKind::ListEntryReported,
                    ProvisionId::ScopeList,
                    entry.status,
                    figures([("article", Figure::Article(article))]),
                );
            }
            trace.step_cited(kind, citation, entry.status, Some(index), article_figures);
            (Coverage::Covered, entry.status)
        }
    }
}
