//! A golden corpus for refactoring the rules: `golden generate N` writes N varied case files (one
//! JSON line each; most valid) to standard output; `golden decide` reads such lines and writes,
//! one line each, the decision (or the field errors) `amnesty_rules::check` gives with a fixed
//! date of calculation. Run `decide` before and after a change that must not change any result
//! and compare the two outputs byte for byte:
//!
//! ```sh
//! cargo run -p amnesty-rules --release --example golden -- generate 20000 > cases.jsonl
//! cargo run -p amnesty-rules --release --example golden -- decide < cases.jsonl > before.jsonl
//! # ...change the rules...
//! cargo run -p amnesty-rules --release --example golden -- decide < cases.jsonl > after.jsonl
//! cmp before.jsonl after.jsonl
//! ```
//!
//! The generator covers what `tests/properties.rs` covers (every stage and punishment, several
//! offences, missing parts and dates of birth, victims' ages, exclusions, entered categories),
//! with dates packed around the boundaries: the period's ends, the 18th birthday, the day the
//! law came into force and the one-year rule's last day; and custody before the verdict, the
//! institution, probation and the facts of parole (the dates after the verdict).

use std::io::{BufRead, Write};

use amnesty_rules::case::{
    CaseFile, CustodyFile, CustodyKind, Institution, OffenceFile, ParoleFacts, Recidivism,
    SentenceFile, Stage,
};
use amnesty_rules::vocab::{ArticleNo, Category, Context, ExclusionFact, Measured, Punishment};
use chrono::{Days, NaiveDate};

#[path = "../tests/support/generating.rs"]
mod generating;
use generating::{art, day, listed_articles, text, EXCLUDING_ARTICLES};

/// A small deterministic generator (SplitMix64): the corpus is the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A number from 0 to `n - 1`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn pick<T: Clone>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize].clone()
    }
    fn date(&mut self, from: NaiveDate, max_days: u64) -> NaiveDate {
        from.checked_add_days(Days::new(self.below(max_days + 1)))
            .unwrap_or(from)
    }
}

fn article(rng: &mut Rng, listed: &[(ArticleNo, u8)]) -> (ArticleNo, Option<u8>) {
    match rng.below(20) {
        0..=10 => {
            let (article, parts) = rng.pick(listed);
            let part = match (parts, rng.below(100)) {
                (0, 0..=2) => Some(1),
                (0, _) => None,
                (_, 0..=11) => None,
                (n, 12..=13) => Some(n + 1),
                (n, r) => Some(1 + (r as u8) % n),
            };
            (article, part)
        }
        11..=15 => {
            let article = if rng.chance(50) {
                ArticleNo::new(269, 1)
            } else {
                art(272)
            };
            let part = (!rng.chance(12)).then(|| 1 + rng.below(3) as u8);
            (article, part)
        }
        16..=17 => rng.pick(&EXCLUDING_ARTICLES),
        _ => (
            art(1 + rng.below(500) as u16),
            (!rng.chance(30)).then(|| 1 + rng.below(5) as u8),
        ),
    }
}

fn offence(rng: &mut Rng, listed: &[(ArticleNo, u8)]) -> OffenceFile {
    let (article, part) = article(rng, listed);
    let committed_on = match rng.below(20) {
        0..=14 => rng.date(day(2022, 1, 4), 3),
        15..=17 => rng.date(day(2022, 1, 1), 9),
        18 => rng.date(day(2021, 12, 1), 70),
        _ => rng.date(day(2015, 1, 1), 2800),
    };
    let context = match rng.below(18) {
        0..=9 => Context::Riots,
        10..=15 => Context::Suppression,
        _ => Context::Other,
    };
    let category = rng.chance(25).then(|| rng.pick(&Category::ALL));
    let exclusions = if rng.chance(7) {
        let n = 1 + rng.below(2);
        (0..n).map(|_| rng.pick(&ExclusionFact::ALL)).collect()
    } else {
        Vec::new()
    };
    let victim_age = rng
        .chance(20)
        .then(|| if rng.chance(60) { 12 + rng.below(8) } else { rng.below(31) } as u8);
    OffenceFile {
        article,
        part,
        committed_on: text(committed_on),
        context,
        category,
        exclusions,
        victim_age,
        sentence: None,
    }
}

fn term(rng: &mut Rng) -> (u32, u32, u32) {
    let r = |rng: &mut Rng, max: u64| rng.below(max + 1) as u32;
    let (y, m, d) = match rng.below(10) {
        0..=5 => (r(rng, 12), r(rng, 11), r(rng, 40)),
        6..=7 => (r(rng, 1), r(rng, 14), r(rng, 70)),
        8 => (0, 0, 1 + r(rng, 5)),
        _ => (13 + r(rng, 12), r(rng, 11), r(rng, 30)),
    };
    if y + m + d == 0 {
        (0, 0, 1)
    } else {
        (y, m, d)
    }
}

fn start(rng: &mut Rng) -> NaiveDate {
    match rng.below(12) {
        0..=5 => rng.date(day(2022, 1, 5), 30),
        6..=8 => rng.date(day(2022, 1, 5), 700),
        9..=10 => rng.date(day(2022, 10, 25), 20),
        _ => rng.date(day(2022, 11, 1), 700),
    }
}

fn sentence(rng: &mut Rng) -> SentenceFile {
    let punishment = if rng.chance(55) {
        Punishment::Imprisonment
    } else {
        rng.pick(&Punishment::ALL)
    };
    let roll = rng.below(100);
    let mut s = SentenceFile {
        start: rng.chance(95).then(|| text(start(rng))),
        conditional: punishment == Punishment::Imprisonment && roll < 20,
        ..SentenceFile::of(punishment)
    };
    match punishment {
        Punishment::CommunityService => s.hours = rng.chance(90).then(|| rng.below(1200) as u32),
        Punishment::Fine | Punishment::CorrectionalWorks => {
            s.amount = rng.chance(90).then(|| rng.below(5000) as u32)
        }
        _ => (s.years, s.months, s.days) = term(rng),
    }
    if punishment.measured() != Measured::Term && roll >= 50 {
        s.start = None;
    }
    if roll == 99 {
        s.hours = Some(100);
    }
    if roll == 98 {
        s.conditional = true;
    }
    s
}

/// A term whose cut last day falls near the one-year rule's last day (2 November 2023), or near
/// the day the law came into force.
fn near_one_year(rng: &mut Rng, s: &mut SentenceFile) {
    s.punishment = Punishment::Imprisonment;
    s.hours = None;
    s.amount = None;
    let start = rng.date(day(2022, 1, 5), 40);
    s.start = Some(text(start));
    // Grave: a quarter of the term is left; especially grave: half. Aim around 22 months left
    // from January 2022 (to 2023-11) and around 10 months (to 2022-11).
    let target_months = if rng.chance(70) { 22 } else { 10 };
    let (num, den) = if rng.chance(50) { (4, 1) } else { (2, 1) };
    let months = (target_months * num / den) as u32 + rng.below(3) as u32;
    s.years = months / 12;
    s.months = months % 12;
    s.days = rng.below(40) as u32;
}

fn case(rng: &mut Rng, listed: &[(ArticleNo, u8)]) -> CaseFile {
    let stage = rng.pick(&Stage::ALL);
    let birth = match rng.below(20) {
        0..=4 => None,
        5..=12 => Some(rng.date(day(1955, 1, 1), 17_500)),
        13..=17 => Some(rng.date(day(2003, 6, 1), 600)),
        _ => Some(rng.date(day(2004, 1, 2), 8)),
    };
    let recidivism = match rng.below(14) {
        0 => Recidivism::Recidivism,
        1 => Recidivism::DangerousRecidivism,
        _ => Recidivism::None,
    };
    let count = match rng.below(20) {
        0..=13 => 1,
        14..=17 => 2,
        _ => 3 + rng.below(2),
    };
    let mut offences: Vec<OffenceFile> = (0..count).map(|_| offence(rng, listed)).collect();
    let roll = rng.below(100);
    let with_sentence = match stage {
        Stage::Serving | Stage::Served => roll >= 3,
        Stage::Trial => roll >= 50,
        Stage::Investigation => roll < 3,
    };
    let mut sentence = with_sentence.then(|| sentence(rng));
    if let Some(s) = sentence.as_mut() {
        if rng.chance(15) {
            near_one_year(rng, s);
            let first = &mut offences[0];
            first.context = Context::Riots;
            first.committed_on = text(rng.date(day(2022, 1, 4), 3));
            first.exclusions.clear();
            (first.article, first.part) = rng.pick(&[
                (art(272), Some(2)),
                (art(272), Some(3)),
                (ArticleNo::new(269, 1), Some(3)),
                (art(188), Some(4)),
                (art(107), Some(2)),
            ]);
        }
    }
    let as_of = match rng.below(20) {
        0..=12 => None,
        13..=17 => Some(rng.date(day(2022, 3, 1), 1200)),
        _ => Some(rng.date(day(2022, 10, 30), 10)),
    };
    let mut sentence = sentence.take();
    let earliest = offences
        .iter()
        .filter_map(|o| o.committed_on.parse::<NaiveDate>().ok())
        .min();
    CaseFile {
        custody: after_verdict(rng, sentence.as_mut(), earliest),
        parole_facts: parole_facts(rng),
        as_of: as_of.map(text),
        birth_date: birth.map(text),
        recidivism,
        stage,
        offences,
        sentence,
    }
}

/// Custody before the sentence's first day, the institution and the probation months: what the
/// credit and the early releases are worked out from.
fn after_verdict(
    rng: &mut Rng,
    sentence: Option<&mut SentenceFile>,
    earliest: Option<NaiveDate>,
) -> Vec<CustodyFile> {
    let Some(s) = sentence else {
        return Vec::new();
    };
    if s.punishment == Punishment::Imprisonment && !s.conditional && rng.chance(30) {
        s.institution = Some(rng.pick(&Institution::ALL));
    }
    if s.conditional && rng.chance(60) {
        s.probation_months = Some(1 + rng.below(60) as u32);
    }
    let start = s.start.as_deref().and_then(|d| d.parse::<NaiveDate>().ok());
    let (Some(start), Some(earliest)) = (start, earliest) else {
        return Vec::new();
    };
    if start <= earliest || !rng.chance(40) {
        return Vec::new();
    }
    // One period, or two apart: each within the days from the offence to the first day served.
    let window = (start - earliest).num_days() as u64;
    let periods = 1 + rng.below(2);
    let share = window / periods;
    (0..periods)
        .filter_map(|n| {
            let first = earliest.checked_add_days(Days::new(n * share))?;
            let from = rng.date(first, share.saturating_sub(1) / 2);
            let held = rng.below(share.saturating_sub(1) / 2);
            let to = from.checked_add_days(Days::new(held))?;
            let kind = if rng.chance(70) {
                CustodyKind::Detention
            } else {
                CustodyKind::HouseArrest
            };
            Some(CustodyFile {
                from: text(from),
                to: text(to),
                kind,
            })
        })
        .collect()
}

/// The facts parole and replacement depend on, each answered or not.
fn parole_facts(rng: &mut Rng) -> ParoleFacts {
    let answer = |rng: &mut Rng| rng.chance(25).then(|| rng.chance(50));
    ParoleFacts {
        special_group: answer(rng),
        plea_agreement: answer(rng),
        attempt_on_life: answer(rng),
        damage_repaid: answer(rng),
        malicious_violations: answer(rng),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    match args.first().map(String::as_str) {
        Some("generate") => {
            let n: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(20_000);
            let listed = listed_articles();
            let mut rng = Rng(152);
            for _ in 0..n {
                let file = case(&mut rng, &listed);
                let line = serde_json::to_string(&file).expect("a case file is JSON");
                let _ = writeln!(out, "{line}");
            }
        }
        Some("decide") => {
            let today = day(2025, 6, 1);
            for line in std::io::stdin().lock().lines().map_while(Result::ok) {
                let result = match amnesty_rules::check(line.as_bytes(), today) {
                    Ok(decision) => serde_json::to_string(&decision),
                    Err(errors) => serde_json::to_string(&errors),
                };
                let _ = writeln!(out, "{}", result.expect("a decision is JSON"));
            }
        }
        _ => {
            eprintln!("usage: golden generate N | golden decide < cases.jsonl");
            std::process::exit(2);
        }
    }
}
