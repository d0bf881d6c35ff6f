//! The facts entered for the time after the verdict, as the printout lists them: each period
//! held, the institution, the probation and the parole facts answered.

use amnesty_rules::vocab::Punishment;
use amnesty_words::{self as words, fill, t, text, Lang};

use super::after_verdict_fields::{answer, PAROLE_FACTS};
use super::print::typed_date;
use crate::draft::CaseDraft;

/// Label and value of each fact given; nothing for what was left out.
pub fn facts(d: &CaseDraft, lang: Lang) -> Vec<(String, String)> {
    let a = &d.after;
    let imprisonment = d.sentence.punishment == Punishment::Imprisonment;
    let conditional = d.sentence.conditional && imprisonment;
    let mut rows = Vec::new();
    for (i, c) in a.custody.iter().enumerate() {
        let kind = words::custody_kind(c.kind, lang);
        rows.push((
            fill(t!(lang, after.period_number), &[("n", (i + 1).to_string())]),
            format!(
                "{kind}: {} – {}",
                typed_date(&c.from, lang),
                typed_date(&c.to, lang)
            ),
        ));
    }
    // Not given, the result says which level it takes.
    if let Some(level) = a.institution.filter(|_| imprisonment && !conditional) {
        rows.push((
            t!(lang, after.institution_legend).to_string(),
            words::institution(level, lang).to_string(),
        ));
    }
    if conditional && !a.probation_months.trim().is_empty() {
        rows.push((
            t!(lang, after.probation_label).to_string(),
            a.probation_months.trim().to_string(),
        ));
    }
    for (_, question, get, _) in PAROLE_FACTS {
        let value = get(&a.parole_facts);
        if value.is_some() {
            rows.push((
                text(lang, question).to_string(),
                answer(value, lang).to_string(),
            ));
        }
    }
    rows
}
