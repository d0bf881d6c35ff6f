//! Criminal Code, Art. 52 part 1 — punishment within the sanction. Status: VERIFIED (no amendment
//! up to January 2022).
//!
//! A court imposes punishment within the limits the article of the Special Part sets; a heavier
//! one only for several offences or several verdicts together (Art. 58, 60). So for one offence,
//! a sentence of imprisonment longer than a part's sanction allows rules that part out — and a
//! category that cannot carry it rules out the category. Where the part is given, a sentence
//! beyond its sanction (more of a punishment than the sanction allows, or a punishment it does
//! not have) cannot be the verdict's: it is most likely mistyped, and a warning says so.

use chrono::NaiveDate;

use crate::case::{Case, Measure};
use crate::criminal_code::art11_categories::CodeCategory;
use crate::criminal_code::art40_punishments;
use crate::criminal_code::art58_several_offences::{self, Weighed};
use crate::decision::{SanctionLimit, StepDetail, WarningDetail};
use crate::finding::{Caution, Found, Note};
use crate::pack::{Bands, CodePart, ProvisionId, Provisions, Rule, RulePack};
use crate::term::Term;
use crate::vocab::{ArticleNo, Category, Intent, Punishment};

const ID: ProvisionId = ProvisionId::CcArt52WithinSanction;

/// The most a part's sanction allows of a punishment; `None` where the sanction does not have it.
pub fn sanction_maximum(row: &CodePart, punishment: Punishment) -> Option<Measure> {
    let years = |y: u8| Measure::Term(Term::new(u32::from(y), 0, 0));
    match punishment {
        Punishment::Imprisonment => row.max_imprisonment_years.map(years),
        Punishment::RestrictionOfFreedom => row.max_restriction_of_freedom_years.map(years),
        Punishment::Arrest => row
            .max_arrest_days
            .map(|d| Measure::Term(Term::new(0, 0, u32::from(d)))),
        Punishment::CommunityService => row
            .max_community_service_hours
            .map(|h| Measure::Hours(u32::from(h))),
        Punishment::CorrectionalWorks => row
            .max_correctional_works_mci
            .map(|a| Measure::Amount(u32::from(a))),
        Punishment::Fine => row.max_fine_mci.map(|a| Measure::Amount(u32::from(a))),
    }
}

/// Whether `entered` is more than `maximum` (any at all where `maximum` is `None`). Terms are
/// compared by their last days from `from`, so a month is as long as the calendar makes it; a
/// measure not stated is never more.
pub fn exceeds(entered: Measure, maximum: Option<Measure>, from: NaiveDate) -> bool {
    match (entered, maximum) {
        (Measure::Unstated, _) => false,
        (_, None) => true,
        (Measure::Term(entered), Some(Measure::Term(max))) => {
            match (entered.last_day(from), max.last_day(from)) {
                (Some(entered), Some(max)) => entered > max,
                (None, Some(_)) => true,
                _ => false,
            }
        }
        (Measure::Hours(entered), Some(Measure::Hours(max)))
        | (Measure::Amount(entered), Some(Measure::Amount(max))) => entered > max,
        _ => false,
    }
}

/// The warning's detail: `entered` is more than `maximum` allows (`None`: the punishment is not
/// allowed at all), under `limit`.
pub fn above(
    (punishment, entered): (Punishment, Measure),
    maximum: Option<Measure>,
    limit: SanctionLimit,
) -> WarningDetail {
    WarningDetail::TermAboveSanction {
        punishment,
        entered,
        maximum,
        limit,
    }
}

/// The day terms are measured from: the sentence's first day, else the earliest offence's.
pub fn measured_from(case: &Case) -> Option<NaiveDate> {
    let start = case.sentence.as_ref().and_then(|s| s.start);
    start.or(case.offences.iter().map(|o| o.committed_on).min())
}

/// The sentences of the case the law does not allow, each warned of with the offence it is about
/// (`None`: several offences' sentence): each offence's own against its part's sanction, and one
/// offence's sentence likewise; several offences' sentence against Art. 58 (each as `weighed`).
pub fn beyond_the_law(
    case: &Case,
    weighed: &[Weighed],
    pack: &RulePack,
) -> Vec<(Caution, Option<usize>)> {
    let p = &pack.provisions;
    let Some(from) = measured_from(case) else {
        return Vec::new();
    };
    let own = |i: usize, entered| {
        let o = &case.offences[i];
        let row = pack.code_part(o.article, o.part);
        beyond_sanction((o.article, o.part), row, entered, from, p)
    };
    let mut out: Vec<(Caution, Option<usize>)> = (case.offences.iter().enumerate())
        .filter_map(|(i, o)| {
            Some((
                own(i, o.sentence.map(|s| (s.punishment, s.measure))?)?,
                Some(i),
            ))
        })
        .collect();
    let Some(s) = case.sentence.as_ref() else {
        return out;
    };
    let entered = (s.punishment, s.measure);
    out.extend(match case.offences.len() {
        1 => own(0, entered).map(|c| (c, Some(0))),
        _ => art58_several_offences::beyond_limits(weighed, entered, from, p).map(|c| (c, None)),
    });
    out
}

/// The warning for one offence's sentence beyond what the law allows it: more than its part's
/// sanction (`row`), or, where the sanction is not in the pack, than the General Part's longest.
/// Terms are measured from `from` (the sentence's first day, or the day of the offence).
pub fn beyond_sanction(
    (article, part): (ArticleNo, Option<u8>),
    row: Option<&CodePart>,
    (punishment, entered): (Punishment, Measure),
    from: NaiveDate,
    p: &Provisions,
) -> Option<Caution> {
    let detail = |maximum, limit| above((punishment, entered), maximum, limit);
    match row {
        Some(row) => {
            let maximum = sanction_maximum(row, punishment);
            let limit = SanctionLimit::Sanction { article, part };
            let rule = &p.cc_art52_within_sanction;
            exceeds(entered, maximum, from).then(|| rule.caution(ID, detail(maximum, limit)))
        }
        None => {
            let rule = &p.cc_art40_punishments;
            let (max, cite) = art40_punishments::general_maximum(punishment, &rule.value)?;
            let id = ProvisionId::CcArt40Punishments;
            let limit = SanctionLimit::GeneralPart { cite };
            exceeds(entered, Some(max), from).then(|| rule.caution(id, detail(Some(max), limit)))
        }
    }
}

/// The term of imprisonment imposed, when the sentence is for a single offence: what that
/// offence's sanction must allow (several offences together may go beyond one sanction).
pub fn imprisonment_for_one_offence(case: &Case) -> Option<Term> {
    let s = case.sentence.as_ref()?;
    match (case.offences.len(), s.punishment, s.measure) {
        (1, Punishment::Imprisonment, Measure::Term(term)) => Some(term),
        _ => None,
    }
}

/// The step ruling out a part of the article, if its sanction does not allow the imprisonment
/// imposed for the offence alone.
pub fn part_ruled_out(
    article: ArticleNo,
    row: &CodePart,
    imposed: Term,
    rule: &Rule<()>,
) -> Option<Note> {
    let part = row.part?;
    let max_years = row.max_imprisonment_years;
    Ceiling::of_sanction(max_years)
        .exceeded_by(imposed)
        .then(|| {
            let detail = StepDetail::PartRuledOut {
                article,
                part,
                max_years,
                imposed,
            };
            rule.note(ID, detail)
        })
}

/// The step ruling out part `part` of offence `i`'s article, if the imprisonment imposed for
/// that offence alone is more than the part's sanction allows.
pub fn sentence_rules_out(case: &Case, i: usize, part: u8, pack: &RulePack) -> Option<Note> {
    let imposed = imprisonment_for_one_offence(case)?;
    let article = case.offences.get(i)?.article;
    let row = pack.code_part(article, Some(part))?;
    part_ruled_out(
        article,
        row,
        imposed,
        &pack.provisions.cc_art52_within_sanction,
    )
}

/// The parts of offence `i`'s article (`parts`) less those the sentence rules out, with a step
/// for each ruled out; if the sentence would rule out every part, none is (the facts contradict
/// each other, and the readings show it).
pub fn parts_possible(
    case: &Case,
    i: usize,
    parts: impl Iterator<Item = u8>,
    pack: &RulePack,
) -> (Vec<u8>, Vec<Note>) {
    let ruling = |part| sentence_rules_out(case, i, part, pack);
    let (possible, ruled): (Vec<u8>, Vec<u8>) = parts.partition(|p| ruling(*p).is_none());
    if possible.is_empty() {
        return (ruled, Vec::new());
    }
    (possible, ruled.into_iter().filter_map(ruling).collect())
}

/// The category entered, unless it differs from the Code's and cannot carry the imprisonment
/// imposed for the offence alone: then it is ruled out, and the step says so.
pub fn entered_category(
    entered: Option<Category>,
    code: Option<CodeCategory>,
    imposed: Option<Term>,
    bands: &Bands,
    rule: &Rule<()>,
) -> Found<Option<Category>> {
    let (Some(verdict), Some(code), Some(imposed)) = (entered, code, imposed) else {
        return Found::silent(entered);
    };
    let ceiling = Ceiling::of_category(verdict, code.row.intent, bands);
    if verdict == code.derived.category || !ceiling.exceeded_by(imposed) {
        return Found::silent(entered);
    }
    let detail = StepDetail::CategoryEnteredRuledOut {
        entered: verdict,
        code: code.derived.category,
        imposed,
    };
    Found::noted(None, rule.note(ID, detail))
}

/// The longest imprisonment allowed: none at all, up to some years, or any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ceiling {
    NoImprisonment,
    Years(u8),
    Unbounded,
}

impl Ceiling {
    /// The ceiling of a sanction, from its longest imprisonment.
    pub fn of_sanction(max_years: Option<u8>) -> Ceiling {
        max_years.map_or(Ceiling::NoImprisonment, Ceiling::Years)
    }

    /// The ceiling of a category (CC Art. 10–11): a misdemeanour allows no imprisonment.
    pub fn of_category(category: Category, intent: Intent, bands: &Bands) -> Ceiling {
        if category == Category::Misdemeanour {
            return Ceiling::NoImprisonment;
        }
        let bands = match intent {
            Intent::Intentional => &bands.intentional,
            Intent::Negligent => &bands.negligent,
        };
        match bands.iter().find(|b| b.category == category) {
            Some(b) => b.up_to_years.map_or(Ceiling::Unbounded, Ceiling::Years),
            // A category the form of guilt cannot have (a negligent grave crime): nothing fits.
            None => Ceiling::NoImprisonment,
        }
    }

    /// Whether a term of imprisonment is more than the ceiling allows.
    pub fn exceeded_by(self, term: Term) -> bool {
        match self {
            Ceiling::NoImprisonment => !term.is_zero(),
            Ceiling::Years(years) => {
                let limit = u32::from(years) * 12;
                term.total_months() > limit || (term.total_months() == limit && term.days > 0)
            }
            Ceiling::Unbounded => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::RulePack;

    #[test]
    fn a_sentence_beyond_the_sanction_is_ruled_out() {
        assert!(Ceiling::Years(5).exceeded_by(Term::new(5, 0, 1)));
        assert!(!Ceiling::Years(5).exceeded_by(Term::new(5, 0, 0)));
        assert!(Ceiling::NoImprisonment.exceeded_by(Term::new(0, 0, 1)));
        assert!(!Ceiling::Unbounded.exceeded_by(Term::new(40, 0, 0)));
        let bands = &RulePack::embedded().provisions.cc_art11_categories.value;
        let small = Ceiling::of_category(Category::Small, Intent::Intentional, bands);
        assert_eq!(small, Ceiling::Years(2));
        assert!(small.exceeded_by(Term::new(5, 0, 0)));
        assert_eq!(
            Ceiling::of_category(Category::EspeciallyGrave, Intent::Intentional, bands),
            Ceiling::Unbounded
        );
        assert_eq!(
            Ceiling::of_category(Category::Grave, Intent::Negligent, bands),
            Ceiling::NoImprisonment
        );
    }
}
