//! Criminal Code, Art. 58 — punishment for several offences together. Status: VERIFIED (as
//! amended on 29 December 2021, in force in January 2022).
//!
//! The court sets a punishment for each offence, then the final one by absorbing the lesser in
//! the greater or by adding them in part or in full (part 1). Only misdemeanours: either way,
//! within the limits part 2 sets for a fine, community service and arrest; misdemeanours with
//! small or medium crimes only: absorption alone (part 2, second paragraph), so the final
//! punishment is no more than the gravest single sanction allows. With a grave or especially
//! grave crime: either way, imprisonment within part 3's limit, or part 4's where an especially
//! grave crime is punishable by imprisonment up to the term part 4 names. A sentence beyond these
//! cannot be the verdict's for these offences: a warning says so (an aggregate with an earlier
//! verdict, Art. 60, is outside the calculator).

use chrono::NaiveDate;

use crate::case::{Case, Measure};
use crate::criminal_code::art11_categories;
use crate::criminal_code::art40_punishments::general_maximum;
use crate::criminal_code::art52_within_sanction::{above, exceeds, sanction_maximum};
use crate::decision::{AggregateRange, OffenceDecision, OffenceEffect, SanctionLimit, StepDetail};
use crate::finding::{Caution, Found, Note};
use crate::pack::{CodePart, ProvisionId, Provisions, RulePack};
use crate::term::Term;
use crate::vocab::{Category, Citation, Punishment};

const ID: ProvisionId = ProvisionId::CcArt58SeveralOffences;

/// One offence as Art. 58 weighs it: its category and its part's sanction, where known.
#[derive(Clone, Copy, Debug)]
pub struct Weighed<'p> {
    pub category: Option<Category>,
    pub sanction: Option<&'p CodePart>,
}

/// Offence `i` of the case as Art. 58 weighs it: the category entered, else the Code's for its
/// part (given or assumed), and that part's sanction.
pub fn weighed<'p>(case: &Case, i: usize, part: Option<u8>, pack: &'p RulePack) -> Weighed<'p> {
    let o = &case.offences[i];
    let bands = &pack.provisions.cc_art11_categories.value;
    let code = art11_categories::of_code(o.article, part, &pack.code, bands);
    Weighed {
        category: o.category.or(code.map(|c| c.derived.category)),
        sanction: pack.code_part(o.article, part),
    }
}

/// The larger of two maxima of the same punishment (`None`: not allowed at all).
fn larger(a: Option<Measure>, b: Option<Measure>) -> Option<Measure> {
    let key = |m: &Measure| match m {
        Measure::Term(t) => (t.total_months(), t.days),
        Measure::Hours(n) | Measure::Amount(n) => (*n, 0),
        Measure::Unstated => (0, 0),
    };
    match (a, b) {
        (Some(x), Some(y)) => Some(if key(&y) > key(&x) { y } else { x }),
        (x, None) => x,
        (None, y) => y,
    }
}

/// The most Art. 58 allows of a punishment for these offences together (`None` inside: that
/// punishment not at all), with the part that says so; `None` where Art. 58 sets nothing for it.
pub fn aggregate_maximum(
    offences: &[Weighed],
    punishment: Punishment,
    p: &Provisions,
) -> Option<(Option<Measure>, Citation)> {
    let rule = &p.cc_art58_several_offences;
    let v = &rule.value;
    let gravest = offences
        .iter()
        .map(|o| o.category)
        .collect::<Option<Vec<_>>>()
        .and_then(|c| c.into_iter().max());
    if gravest == Some(Category::Misdemeanour) {
        let m = &v.misdemeanours;
        let max = match punishment {
            Punishment::Fine => Measure::Amount(u32::from(m.fine_mci)),
            Punishment::CommunityService => Measure::Hours(u32::from(m.community_service_hours)),
            Punishment::Arrest => Measure::Term(Term::new(0, 0, u32::from(m.arrest_days))),
            _ => return None,
        };
        return Some((Some(max), rule.cite.with_part(m.part)));
    }
    if gravest.is_some_and(|g| g <= v.absorption.up_to) {
        let a = &v.absorption;
        let cite = Citation {
            paragraph: Some(a.paragraph),
            ..rule.cite.with_part(a.part)
        };
        let maxima = offences
            .iter()
            .map(|o| o.sanction.map(|row| sanction_maximum(row, punishment)))
            .collect::<Option<Vec<_>>>()?;
        return Some((maxima.into_iter().fold(None, larger), cite));
    }
    if punishment != Punishment::Imprisonment {
        return None;
    }
    let eg = &v.with_especially_grave;
    // An especially grave crime punishable by up to part 4's term — or one whose sanction is not
    // known and may be such.
    let part4 = offences.iter().any(|o| match o.sanction {
        Some(row) => row.max_imprisonment_years >= eg.sanction_years,
        None => o.category.is_none_or(|c| c == Category::EspeciallyGrave),
    });
    let a = if part4 { eg } else { &v.with_grave };
    let years = Measure::Term(Term::new(u32::from(a.imprisonment_years), 0, 0));
    Some((Some(years), rule.cite.with_part(a.part)))
}

/// The warning for a sentence of several offences beyond what the law allows them together:
/// Art. 58's limit, or where it sets none for the punishment, the General Part's longest (which
/// is exceeded only when no offence's own sanction allows as much). Terms are measured from
/// `from`.
pub fn beyond_limits(
    offences: &[Weighed],
    (punishment, entered): (Punishment, Measure),
    from: NaiveDate,
    p: &Provisions,
) -> Option<Caution> {
    let detail = |maximum, limit| above((punishment, entered), maximum, limit);
    if let Some((maximum, cite)) = aggregate_maximum(offences, punishment, p) {
        let limit = SanctionLimit::SeveralOffences { cite };
        let rule = &p.cc_art58_several_offences;
        return exceeds(entered, maximum, from).then(|| rule.caution(ID, detail(maximum, limit)));
    }
    let rule = &p.cc_art40_punishments;
    let (general, cite) = general_maximum(punishment, &rule.value)?;
    let own = offences
        .iter()
        .filter_map(|o| o.sanction)
        .map(|row| sanction_maximum(row, punishment))
        .fold(None, larger);
    let beyond = exceeds(entered, Some(general), from) && exceeds(entered, own, from);
    let id = ProvisionId::CcArt40Punishments;
    let limit = SanctionLimit::GeneralPart { cite };
    beyond.then(|| rule.caution(id, detail(Some(general), limit)))
}

/// Whether `a` is longer than `b` (terms by their last days from `from`).
fn longer(a: Measure, b: Measure, from: NaiveDate) -> bool {
    exceeds(a, Some(b), from)
}

/// Two measures of one punishment added in full.
fn added(a: Measure, b: Measure) -> Measure {
    match (a, b) {
        (Measure::Term(x), Measure::Term(y)) => {
            let sum = Term::new(x.years + y.years, x.months + y.months, x.days + y.days);
            Measure::Term(sum.normalized())
        }
        (Measure::Hours(x), Measure::Hours(y)) => Measure::Hours(x + y),
        (Measure::Amount(x), Measure::Amount(y)) => Measure::Amount(x + y),
        (a, _) => a,
    }
}

/// The range a court sets a new aggregate within, from the offences' new punishments of one
/// kind (`remaining`: each offence whose punishment is not released, as Art. 58 weighs it):
/// absorption gives the longest, full addition the sum, within Art. 58's limit for these offences
/// or the General Part's; with nothing graver than medium, absorption alone. Terms are compared
/// from `from`.
pub fn range(
    remaining: &[(Weighed, Measure)],
    punishment: Punishment,
    from: NaiveDate,
    p: &Provisions,
) -> Found<Option<AggregateRange>> {
    let rule = &p.cc_art58_several_offences;
    let v = &rule.value;
    let measures = remaining.iter().map(|(_, m)| *m);
    let Some(least) = measures
        .clone()
        .reduce(|a, b| if longer(b, a, from) { b } else { a })
    else {
        return Found::silent(None);
    };
    let weighed: Vec<Weighed> = remaining.iter().map(|(w, _)| *w).collect();
    let gravest = weighed
        .iter()
        .map(|o| o.category)
        .collect::<Option<Vec<_>>>()
        .and_then(|c| c.into_iter().max());
    let absorption_only =
        gravest.is_some_and(|g| g > Category::Misdemeanour && g <= v.absorption.up_to);
    let (most, capped, cite) = if absorption_only {
        let a = &v.absorption;
        let cite = Citation {
            paragraph: Some(a.paragraph),
            ..rule.cite.with_part(a.part)
        };
        (least, false, cite)
    } else {
        let sum = measures.reduce(added).unwrap_or(least);
        let (limit, cite) = aggregate_maximum(&weighed, punishment, p).unwrap_or_else(|| {
            let general = general_maximum(punishment, &p.cc_art40_punishments.value);
            (
                general.map(|(m, _)| m),
                rule.cite.with_part(v.with_grave.part),
            )
        });
        match limit.filter(|l| exceeds(sum, Some(*l), from)) {
            Some(limit) => (limit, true, cite),
            None => (sum, false, cite),
        }
    };
    let detail = StepDetail::AggregateRange {
        punishment,
        least,
        most,
        capped,
        absorption_only,
    };
    let range = AggregateRange {
        punishment,
        least,
        most,
        capped,
        cite,
    };
    Found::noted(Some(range), rule.note(ID, detail).cited(cite))
}

/// The range of a new aggregate from the offences' own punishments as the amnesty leaves them
/// (`offences`, each as `weighed`), where every offence has its own and every effect is known;
/// terms compared from `from`.
pub fn of_own_punishments(
    offences: &[OffenceDecision],
    weighed: &[Weighed],
    from: Option<NaiveDate>,
    p: &Provisions,
) -> Found<Option<AggregateRange>> {
    let every_own_known = offences
        .iter()
        .all(|o| o.own_sentence.is_some() && o.effect != OffenceEffect::Unknown);
    if offences.len() < 2 || !every_own_known {
        return Found::silent(None);
    }
    let remaining: Vec<(Weighed, Punishment, Measure)> = offences
        .iter()
        .zip(weighed)
        .filter_map(|(o, w)| {
            let own = o.own_sentence?;
            Some((*w, own.punishment, own.new?))
        })
        .collect();
    let Some(punishment) = remaining.first().map(|r| r.1) else {
        return Found::silent(None);
    };
    if remaining.iter().any(|r| r.1 != punishment) {
        return Found::noted(None, kinds_differ(p));
    }
    let Some(from) = from else {
        return Found::silent(None);
    };
    let remaining: Vec<(Weighed, Measure)> = remaining.iter().map(|r| (r.0, r.2)).collect();
    range(&remaining, punishment, from, p)
}

/// The offences' new punishments are of different kinds: a court converts them to combine them,
/// and no range is given.
pub fn kinds_differ(p: &Provisions) -> Note {
    let rule = &p.cc_art58_several_offences;
    rule.note(ID, StepDetail::AggregateKindsDiffer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::RulePack;
    use crate::vocab::ArticleNo;

    fn weighed(article: u16, part: u8, category: Category) -> Weighed<'static> {
        let pack = RulePack::embedded();
        Weighed {
            category: Some(category),
            sanction: pack.code_part(ArticleNo::new(article, 0), Some(part)),
        }
    }

    #[test]
    fn the_limit_follows_the_gravest_offence() {
        let p = &RulePack::embedded().provisions;
        let v = &p.cc_art58_several_offences.value;
        let imprisonment = Punishment::Imprisonment;
        // Two grave crimes: part 3.
        let grave = [
            weighed(272, 2, Category::Grave),
            weighed(188, 3, Category::Grave),
        ];
        let (max, cite) = aggregate_maximum(&grave, imprisonment, p).unwrap();
        assert_eq!(cite.part, Some(v.with_grave.part));
        let years = u32::from(v.with_grave.imprisonment_years);
        assert_eq!(max, Some(Measure::Term(Term::new(years, 0, 0))));
        // A small and a medium crime: absorption, the larger sanction (188.1 up to 3 years).
        let lesser = [
            weighed(107, 1, Category::Small),
            weighed(188, 1, Category::Medium),
        ];
        let (max, cite) = aggregate_maximum(&lesser, imprisonment, p).unwrap();
        assert_eq!(cite.paragraph, Some(v.absorption.paragraph));
        let row = RulePack::embedded().code_part(ArticleNo::new(188, 0), Some(1));
        assert_eq!(max, row.and_then(|r| sanction_maximum(r, imprisonment)));
        // An offence off the list, category unknown: it may be especially grave (part 4).
        let unknown = [
            weighed(272, 2, Category::Grave),
            Weighed {
                category: None,
                sanction: None,
            },
        ];
        let (_, cite) = aggregate_maximum(&unknown, imprisonment, p).unwrap();
        assert_eq!(cite.part, Some(v.with_especially_grave.part));
        // Misdemeanours: part 2's own limits, none for imprisonment.
        let misdemeanours = [
            weighed(187, 1, Category::Misdemeanour),
            weighed(187, 2, Category::Misdemeanour),
        ];
        let (max, _) = aggregate_maximum(&misdemeanours, Punishment::Fine, p).unwrap();
        let fine = u32::from(v.misdemeanours.fine_mci);
        assert_eq!(max, Some(Measure::Amount(fine)));
        assert!(aggregate_maximum(&misdemeanours, imprisonment, p).is_none());
    }

    #[test]
    fn the_range_runs_from_absorption_to_addition_within_the_limit() {
        let p = &RulePack::embedded().provisions;
        let v = &p.cc_art58_several_offences.value;
        let from = NaiveDate::from_ymd_opt(2022, 1, 6).unwrap();
        let years = |y| Measure::Term(Term::new(y, 0, 0));
        let imprisonment = Punishment::Imprisonment;
        let grave = [
            (weighed(272, 2, Category::Grave), years(2)),
            (
                weighed(188, 3, Category::Grave),
                Measure::Term(Term::new(1, 3, 0)),
            ),
        ];
        let r = range(&grave, imprisonment, from, p).value.unwrap();
        assert_eq!(
            (r.least, r.most, r.capped),
            (years(2), Measure::Term(Term::new(3, 3, 0)), false)
        );
        // Above the limit: the limit is the most.
        let long = [
            (weighed(291, 4, Category::EspeciallyGrave), years(15)),
            (weighed(132, 5, Category::EspeciallyGrave), years(12)),
        ];
        let r = range(&long, imprisonment, from, p).value.unwrap();
        let limit = years(u32::from(v.with_grave.imprisonment_years));
        assert_eq!((r.least, r.most, r.capped), (years(15), limit, true));
        // Nothing graver than medium: absorption alone.
        let lesser = [
            (weighed(107, 1, Category::Small), years(1)),
            (weighed(188, 1, Category::Medium), years(2)),
        ];
        let r = range(&lesser, imprisonment, from, p).value.unwrap();
        assert_eq!((r.least, r.most), (years(2), years(2)));
        assert_eq!(r.cite.paragraph, Some(v.absorption.paragraph));
        assert!(range(&[], imprisonment, from, p).value.is_none());
    }
}
