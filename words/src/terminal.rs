//! The whole decision as readable text, for the terminal or a plain-text file.

use amnesty_rules::decision::Decision;

use crate::after_verdict::{next_steps, reading_early};
use crate::decision::{
    aggregate_range, conditions, effect, how_sure, limits, outcome, own_sentence, plain_answer,
    reading_result, several, source_line, sources, step, warning,
};
use crate::figures::figures;
use crate::format::*;
use crate::{fill, t, Lang};

pub fn render(decision: &Decision, lang: Lang) -> String {
    let mut out = String::new();
    let mut line = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    let label = |text: &str, value: String| format!("{text}: {value}");

    line(law_heading(lang));
    line(String::new());
    line(plain_answer(decision, lang));
    line(how_sure(decision, lang).to_string());
    line(String::new());
    line(label(
        t!(lang, explain.result),
        outcome(decision.outcome, lang).to_string(),
    ));
    line(label(
        t!(lang, explain.certainty),
        status(decision.status, lang).to_string(),
    ));
    if !decision.shown_reading.is_empty() {
        line(label(
            t!(lang, explain.shown_reading),
            conditions(&decision.shown_reading, several(decision), lang),
        ));
    }
    if let Some(c) = decision.category {
        line(label(
            t!(lang, explain.gravity),
            category(c, lang).to_string(),
        ));
    }
    if let Some(p) = decision.punishment {
        let mut text = punishment(p, lang).to_string();
        if decision.conditional {
            text = format!("{text} ({})", t!(lang, explain.conditional));
        }
        line(label(t!(lang, explain.punishment), text));
    }
    for figure in figures(decision, lang) {
        let value = match figure.note {
            Some(note) => format!("{} ({note})", figure.value),
            None => figure.value,
        };
        line(label(figure.label, value));
    }

    let next = next_steps(decision, lang);
    if !next.is_empty() {
        line(String::new());
        line(format!("{}:", t!(lang, explain.next_steps)));
        for step in next {
            line(format!(" - {step}"));
        }
    }

    if several(decision) {
        line(String::new());
        line(format!("{}:", t!(lang, explain.offences)));
        for (i, o) in decision.offences.iter().enumerate() {
            let own = o
                .own_sentence
                .map(|own| format!("; {}", own_sentence(&own, lang)))
                .unwrap_or_default();
            line(format!(
                " - {}: {} — {}{own}",
                offence_number(i + 1, lang),
                article(o.article, o.part, lang),
                effect(o.effect, lang)
            ));
        }
        if let Some(r) = &decision.aggregate_range {
            line(label(t!(lang, explain.aggregate), aggregate_range(r, lang)));
        }
    }

    line(String::new());
    line(format!("{}:", t!(lang, explain.steps)));
    for (i, s) in decision.steps.iter().enumerate() {
        let mut cite = citation(&s.cite, lang);
        if let Some(also) = &s.also {
            cite = format!("{cite}; {}", citation(also, lang));
        }
        line(format!(
            "{:>2}. [{}] {} — {}",
            i + 1,
            status(s.status, lang),
            cite,
            step(s, several(decision), lang)
        ));
    }
    if !decision.readings.is_empty() {
        line(String::new());
        line(format!("{}:", t!(lang, explain.readings)));
        for r in &decision.readings {
            let early = reading_early(r, decision, lang)
                .map(|e| format!("; {e}"))
                .unwrap_or_default();
            line(format!(
                " - {} → {}{early}",
                conditions(&r.conditions, several(decision), lang),
                reading_result(r, lang)
            ));
        }
    }
    if !decision.warnings.is_empty() {
        line(String::new());
        line(format!("{}:", t!(lang, explain.warnings)));
        for w in &decision.warnings {
            line(format!(
                " - [{}] {}",
                status(w.status, lang),
                warning(w, several(decision), lang)
            ));
        }
    }
    line(String::new());
    line(format!("{}:", t!(lang, explain.sources)));
    for source in sources(decision) {
        line(format!(" - {}", source_line(&source, lang)));
    }
    line(String::new());
    line(t!(lang, explain.disclaimer).to_string());
    line(limits(lang).to_string());
    line(label(
        t!(lang, explain.official_text),
        law_url(lang).to_string(),
    ));
    line(fill(
        t!(lang, explain.versions),
        &[
            ("pack", decision.pack_version.to_string()),
            ("engine", decision.engine_version.to_string()),
        ],
    ));
    out
}
