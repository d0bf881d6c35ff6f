//! What can be asked next, in plain words: which petition, to which court, from which day, and
//! where the Criminal Procedure Code says so. It renders the decision's `next_steps`; no law here.

use amnesty_rules::decision::{Court, Decision, NextStep, Petition};
use amnesty_words::{self as words, keys, t, text, Html, Key, Lang};

/// The step's class, its name and a sentence in our own words on what it is.
fn step_words(step: NextStep) -> (&'static str, Key, Key) {
    use keys::after as k;
    match step {
        NextStep::AmnestyApplication => (
            "amnesty-application",
            k::step_amnesty_application,
            k::about_amnesty_application,
        ),
        NextStep::Parole => ("parole", k::step_parole, k::about_parole),
        NextStep::Replacement => ("replacement", k::step_replacement, k::about_replacement),
        NextStep::CustodyCredit => (
            "custody-credit",
            k::step_custody_credit,
            k::about_custody_credit,
        ),
        NextStep::ProbationCancel => (
            "probation-cancel",
            k::step_probation_cancel,
            k::about_probation_cancel,
        ),
    }
}

fn court(c: Court) -> Key {
    use keys::after as k;
    match c {
        Court::WhereServed => k::court_where_served,
        Court::Sentencing => k::court_sentencing,
        Court::Applying => k::court_applying,
        Court::OnProbationSubmission => k::court_on_probation_submission,
    }
}

/// One petition as label–value lines.
fn lines(p: &Petition, lang: Lang) -> Vec<(&'static str, String)> {
    let mut out = vec![(
        text(lang, keys::after::label_court),
        text(lang, court(p.court)).to_string(),
    )];
    if let Some(day) = p.from {
        out.push((text(lang, keys::after::label_from), words::date(day, lang)));
    }
    out.push((
        text(lang, keys::after::label_cite),
        words::petition_cites(p, lang),
    ));
    out
}

/// The block "What next", or nothing when the decision has no step to take. Written as markup
/// ([`Html`]), like the decision itself: nothing in it reacts, and the page writes it again only
/// when it differs.
pub fn markup(decision: &Decision, lang: Lang) -> String {
    if decision.next_steps.is_empty() {
        return String::new();
    }
    let mut html = Html::new();
    let heading = t!(lang, after.what_next_heading);
    html.section("what-next", "what-next", heading, |html| {
        html.open("ul", &[]);
        for p in &decision.next_steps {
            let (class, name, about) = step_words(p.step);
            html.open("li", &[("class", "petition"), ("data-step", class)]);
            html.open("p", &[("class", "petition-name")]);
            html.element("strong", &[], text(lang, name));
            html.close("p");
            html.element("p", &[("class", "petition-about")], text(lang, about));
            html.open("dl", &[]);
            for (label, value) in lines(p, lang) {
                html.open("div", &[]);
                html.element("dt", &[], label);
                html.element("dd", &[], &value);
                html.close("div");
            }
            html.close("dl");
            html.close("li");
        }
        html.close("ul");
        html.element("p", &[("class", "hint")], t!(lang, after.what_next_note));
    });
    html.finish()
}
