//! Criminal Code, Art. 52 part 1 — punishment within the sanction. Status: VERIFIED (no amendment
//! up to January 2022).
//!
//! A court imposes punishment within the limits the article of the Special Part sets; a heavier
//! one only for several offences or several verdicts together (Art. 58, 60). So for one offence,
//! a sentence of imprisonment longer than a part's sanction allows rules that part out — and a
//! category that cannot carry it rules out the category.

use crate::case::{Case, Measure};
use crate::criminal_code::art11_categories::CodeCategory;
use crate::decision::StepDetail;
use crate::finding::{Found, Note};
use crate::pack::{Bands, CodePart, ProvisionId, Rule, RulePack};
use crate::term::Term;
use crate::vocab::{ArticleNo, Category, Intent, Punishment};

const ID: ProvisionId = ProvisionId::CcArt52WithinSanction;

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
