//! Under a date field: the date as it was understood, and a word about where it stands against
//! the law's own dates: for the date of an offence, when it is close to the amnesty's period but
//! outside it (an arrest date, say); for the date of calculation, when the law was not yet in
//! force on it (the rules' own warning, the one the result gives).

use amnesty_rules::pack::RulePack;
use amnesty_rules::term::Term;
use amnesty_words::{self as words, fill, t, Lang};
use chrono::NaiveDate;
use leptos::prelude::*;

use crate::frame::{live, use_i18n};
use crate::rules::case::dates;

/// What the typed date was read as, written as the reader's language writes dates, so a
/// misreading shows; for the date of an offence, how it stands to the period. A polite live
/// region: a screen reader hears the reading once typing pauses. Both lines are always there,
/// empty until they have something to say, so their texts go through the app's one reactive
/// text type (small).
#[component]
pub fn DateHint(
    /// What is typed in the field.
    #[prop(into)]
    value: Signal<String>,
    /// Whether the field is the date of an offence.
    #[prop(optional)]
    offence: bool,
    /// Whether the field is the date of the calculation.
    #[prop(optional)]
    calculation: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let read_as = live(move || {
        let lang = i18n.lang();
        dates::read(&value.get())
            .map(|date| {
                fill(
                    t!(lang, dates.read_as),
                    &[("date", words::date(date, lang))],
                )
            })
            .unwrap_or_default()
    });
    let near = live(move || {
        let lang = i18n.lang();
        let date = dates::read(&value.get());
        let note = if offence {
            date.and_then(|date| near_note(date, lang))
        } else if calculation {
            date.and_then(amnesty_rules::as_of_warning)
                .map(|warning| words::warning(&warning, false, lang))
        } else {
            None
        };
        note.unwrap_or_default()
    });
    view! {
        <div class="date-hint" aria-live="polite">
            <p class="date-read">{read_as}</p>
            <p class="date-near">{near}</p>
        </div>
    }
}

/// The word for an offence date just outside the amnesty's period, or `None`.
fn near_note(date: NaiveDate, lang: Lang) -> Option<String> {
    let period = &RulePack::embedded().provisions.art1_period.value;
    let by = dates::near_miss(date, period.from, period.to)?;
    let template = if by < 0 {
        t!(lang, dates.near_before)
    } else {
        t!(lang, dates.near_after)
    };
    let days = Term::new(0, 0, by.unsigned_abs() as u32);
    Some(fill(
        template,
        &[
            ("days", words::term(days, lang)),
            ("from", words::date(period.from, lang)),
            ("to", words::date(period.to, lang)),
        ],
    ))
}
