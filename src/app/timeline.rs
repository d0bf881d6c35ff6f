//! The timeline: the imposed term and the new term as bars, with the day the law came into force,
//! the calculation date and the release marked. An SVG with a text equivalent beside it.

use amnesty_rules::decision::Decision;
use amnesty_words::{self as words, t, Lang};
use chrono::NaiveDate;
use leptos::prelude::*;

use super::use_i18n;

/// The drawing's coordinates (SVG units; the SVG scales to its box). Whole numbers keep
/// floating-point formatting out of the app.
const WIDTH: i64 = 600;
const LEFT: i64 = 10;
const RIGHT: i64 = 590;

/// Where each date falls on the axis.
struct Axis {
    from: NaiveDate,
    days: i64,
}

impl Axis {
    fn new(dates: &[NaiveDate]) -> Option<Axis> {
        let from = *dates.iter().min()?;
        let to = *dates.iter().max()?;
        Some(Axis {
            from,
            days: (to - from).num_days().max(1),
        })
    }

    fn x(&self, date: NaiveDate) -> i64 {
        LEFT + (RIGHT - LEFT) * (date - self.from).num_days() / self.days
    }
}

#[component]
pub fn Timeline(decision: Decision) -> impl IntoView {
    let lang = use_i18n().lang_untracked();
    let start = decision.sentence_start?;
    let imposed_end = decision.imposed_end?;
    let new_end = decision.new_end;
    let release = decision.release_on;
    let (in_force, as_of) = (decision.in_force, decision.as_of);
    let mut dates = vec![start, imposed_end, in_force, as_of];
    dates.extend(new_end);
    dates.extend(release);
    let axis = Axis::new(&dates)?;

    let bar = |y: i64, to: NaiveDate, class: &'static str| {
        let (x1, x2) = (axis.x(start), axis.x(to));
        view! { <rect class=class x=x1 y=y width=(x2 - x1).max(2) height="18" rx="3" /> }
    };
    let marker = |date: NaiveDate, class: &'static str| {
        let x = axis.x(date);
        view! { <line class=class x1=x x2=x y1="4" y2="86" /> }
    };
    let legend_item = move |class: &'static str, label: fn(Lang) -> &'static str, text: String| {
        view! {
            <li>
                <span class=format!("swatch {class}") aria-hidden="true"></span>
                {label(lang)}
                ": "
                {text}
            </li>
        }
    };
    let period =
        |to: NaiveDate| format!("{} – {}", words::date(start, lang), words::date(to, lang));
    Some(view! {
        <figure class="timeline">
            <figcaption id="timeline-title">{t!(lang, app.timeline_title)}</figcaption>
            <svg
                viewBox=format!("0 0 {WIDTH} 90")
                role="img"
                aria-labelledby="timeline-title"
                preserveAspectRatio="none"
            >
                {bar(14, imposed_end, "bar-imposed")}
                {new_end.map(|end| bar(46, end, "bar-new"))}
                {marker(in_force, "mark-in-force")}
                {marker(as_of, "mark-as-of")}
                {release.map(|day| view! { <circle class="mark-release" cx=axis.x(day) cy="55" r="6" /> })}
            </svg>
            <ul class="timeline-legend">
                {legend_item("bar-imposed", |l| t!(l, app.timeline_imposed), period(imposed_end))}
                {new_end.map(|end| legend_item("bar-new", |l| t!(l, app.timeline_new), period(end)))}
                {legend_item("mark-in-force", |l| t!(l, app.timeline_in_force), words::date(in_force, lang))}
                {legend_item("mark-as-of", |l| t!(l, app.timeline_as_of), words::date(as_of, lang))}
                {release
                    .map(|day| {
                        legend_item("mark-release", |l| t!(l, explain.release_on), words::date(day, lang))
                    })}
            </ul>
        </figure>
    })
}
