//! Invariants of the rules (docs/rules.md), each checked on at least 10,000 generated case files
//! in the public format, decided with `amnesty_rules::check_file` as the command-line tool and the
//! app decide them.
//!
//! The generator makes mostly valid files around 4–7 January 2022 with articles mostly from the
//! law's list (269-1 and 272 parts 1–3 often), every stage and punishment, conditional sentences,
//! dates of birth around 2004 and earlier, victims' ages, answers to the exclusion questions,
//! recidivism and verdict categories; some files are invalid on purpose, and the properties then
//! only ask that they be refused cleanly. `the_generator_makes_mostly_valid_and_covered_cases`
//! checks that enough of them are decided and covered for the properties to bite.

use amnesty_rules::case::{
    CaseFile, CustodyFile, CustodyKind, Institution, OffenceFile, Recidivism, SentenceFile, Stage,
};
use amnesty_rules::decision::{Coverage, Decision, OffenceEffect, Outcome, WarningDetail};
use amnesty_rules::pack::{ProvisionId, RulePack};
use amnesty_rules::term::Term;
use amnesty_rules::vocab::{ArticleNo, Category, Context, ExclusionFact, Fraction, Punishment};
use chrono::{Datelike, Days, NaiveDate};
use proptest::prelude::*;
use proptest::sample::select;

#[path = "support/generating.rs"]
mod generating;
use generating::{art, day, listed_articles, text, EXCLUDING_ARTICLES};

const CASES: u32 = 10_000;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: CASES,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// The date of the calculation when a file gives none.
fn today() -> NaiveDate {
    day(2025, 6, 1)
}

/// The law came into force on 3 November 2022 (Art. 4; the date is reported).
fn in_force() -> NaiveDate {
    day(2022, 11, 3)
}

/// Six months later (Art. 3 part 5).
fn deadline() -> NaiveDate {
    day(2023, 5, 3)
}

fn period() -> (NaiveDate, NaiveDate) {
    (day(2022, 1, 4), day(2022, 1, 7))
}

/// A date from `from` to `from + max_days`.
fn date_from(from: NaiveDate, max_days: u64) -> impl Strategy<Value = NaiveDate> {
    (0..=max_days).prop_map(move |d| from.checked_add_days(Days::new(d)).unwrap())
}

fn read(date: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()
}

// ---------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------

/// An article on the list, with a part it has; now and then no part (a missing fact) or a part
/// it does not have (an input error).
fn listed_article() -> impl Strategy<Value = (ArticleNo, Option<u8>)> {
    (select(listed_articles()), 0u8..100).prop_map(|((article, parts), roll)| {
        let part = match (parts, roll) {
            (0, 0..=2) => Some(1),
            (0, _) => None,
            (_, 0..=9) => None,
            (n, 10..=11) => Some(n + 1),
            (n, r) => Some(1 + r % n),
        };
        (article, part)
    })
}

/// Articles whose parts decide the most: 269-1 and the mass riots.
fn riots_article() -> impl Strategy<Value = (ArticleNo, Option<u8>)> {
    prop_oneof![
        (
            Just(ArticleNo::new(269, 1)),
            prop::option::weighted(0.9, 1u8..=3)
        ),
        (Just(art(272)), prop::option::weighted(0.9, 1u8..=3)),
    ]
}

/// Articles of the groups Law Art. 2 excludes (the list the golden corpus draws from too).
fn excluding_article() -> impl Strategy<Value = (ArticleNo, Option<u8>)> {
    select(EXCLUDING_ARTICLES.to_vec())
}

/// Every article of the Code of January 2022 in force then, with its number of parts.
fn code_articles() -> Vec<(ArticleNo, u8)> {
    amnesty_rules::code_index::articles()
        .filter(|c| !c.repealed)
        .map(|c| (c.article, c.parts))
        .collect()
}

/// Numbers near the Code's, which it did not have: 0, 272-2 (for 272.2), 999, 2722 (for 272)…
fn missing_near() -> Vec<ArticleNo> {
    (0u16..=3000)
        .flat_map(|n| (0u8..=3).map(move |d| ArticleNo::new(n, d)))
        .filter(|a| amnesty_rules::code_index::find(*a).is_none())
        .collect()
}

/// Any article the Code had, listed or not, with a part it has (or none).
fn other_article() -> impl Strategy<Value = (ArticleNo, Option<u8>)> {
    (
        select(code_articles()),
        any::<prop::sample::Index>(),
        any::<bool>(),
    )
        .prop_map(|((article, parts), part, given)| {
            let part = (given && parts > 0).then(|| 1 + part.index(usize::from(parts)) as u8);
            (article, part)
        })
}

fn article() -> impl Strategy<Value = (ArticleNo, Option<u8>)> {
    prop_oneof![
        12 => listed_article(),
        5 => riots_article(),
        1 => excluding_article(),
        1 => other_article(),
    ]
}

fn committed_on() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        16 => date_from(day(2022, 1, 4), 3),
        3 => date_from(day(2021, 12, 25), 25),
        1 => date_from(day(2015, 1, 1), 2800),
    ]
}

fn context() -> impl Strategy<Value = Context> {
    prop_oneof![
        10 => Just(Context::Riots),
        6 => Just(Context::Suppression),
        2 => Just(Context::Other),
    ]
}

fn offence() -> impl Strategy<Value = OffenceFile> {
    (
        article(),
        committed_on(),
        context(),
        prop::option::weighted(0.25, select(Category::ALL.to_vec())),
        prop_oneof![
            14 => Just(Vec::new()),
            1 => prop::collection::vec(select(ExclusionFact::ALL.to_vec()), 1..=2),
        ],
        prop::option::weighted(0.2, 0u8..=30),
    )
        .prop_map(
            |((article, part), committed_on, context, category, exclusions, victim_age)| {
                OffenceFile {
                    context,
                    category,
                    exclusions,
                    victim_age,
                    ..OffenceFile::in_riots(article, part, text(committed_on))
                }
            },
        )
}

fn term() -> impl Strategy<Value = (u32, u32, u32)> {
    prop_oneof![
        6 => (0u32..=12, 0u32..=11, 0u32..=40),
        2 => (0u32..=1, 0u32..=14, 0u32..=70),
        1 => (Just(0u32), Just(0u32), 1u32..=6),
        1 => (13u32..=25, 0u32..=11, 0u32..=30),
    ]
    .prop_map(|(y, m, d)| if y + m + d == 0 { (0, 0, 1) } else { (y, m, d) })
}

fn start() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        6 => date_from(day(2022, 1, 5), 30),
        3 => date_from(day(2022, 1, 5), 700),
        1 => date_from(day(2022, 11, 1), 700),
    ]
}

fn sentence() -> impl Strategy<Value = SentenceFile> {
    (
        prop_oneof![
            8 => Just(Punishment::Imprisonment),
            6 => select(Punishment::ALL.to_vec()),
        ],
        term(),
        prop::option::weighted(0.9, 1u32..=1200),
        prop::option::weighted(0.9, 1u32..=5000),
        prop::option::weighted(0.95, start()),
        0u8..100,
    )
        .prop_map(
            |(punishment, (years, months, days), hours, amount, start, roll)| {
                let term = punishment.measured() == amnesty_rules::vocab::Measured::Term;
                let mut s = SentenceFile {
                    start: start.map(text),
                    conditional: punishment == Punishment::Imprisonment && roll < 20,
                    ..SentenceFile::of(punishment)
                };
                match punishment {
                    Punishment::CommunityService => s.hours = hours,
                    Punishment::Fine | Punishment::CorrectionalWorks => s.amount = amount,
                    _ => (s.years, s.months, s.days) = (years, months, days),
                }
                if !term && roll >= 50 {
                    // Hours and amounts need no first day.
                    s.start = None;
                }
                if roll == 99 {
                    // Now and then a measure the punishment does not have.
                    s.hours = Some(100);
                }
                if roll == 98 {
                    s.conditional = true;
                }
                s
            },
        )
}

/// Time held before the sentence, as a shape: where it ends before the first day, how long, and
/// whether it is house arrest (and a second, earlier period now and then).
#[derive(Clone, Copy, Debug)]
struct Held {
    gap: u32,
    days: u32,
    house_arrest: bool,
    second: Option<u32>,
}

impl Held {
    /// The periods, ending `gap` days before `start` (none without a first day).
    fn before(self, start: Option<NaiveDate>) -> Vec<CustodyFile> {
        let Some(start) = start else {
            return Vec::new();
        };
        let to = start - Days::new(u64::from(self.gap) + 1);
        let from = to - Days::new(u64::from(self.days.max(1) - 1));
        let kind = if self.house_arrest {
            CustodyKind::HouseArrest
        } else {
            CustodyKind::Detention
        };
        let mut out = vec![CustodyFile {
            from: text(from),
            to: text(to),
            kind,
        }];
        if let Some(days) = self.second {
            let to = from - Days::new(1);
            out.push(CustodyFile {
                from: text(to - Days::new(u64::from(days.max(1) - 1))),
                to: text(to),
                kind: CustodyKind::Detention,
            });
        }
        out
    }
}

fn custody() -> impl Strategy<Value = Option<Held>> {
    prop::option::weighted(
        0.3,
        (
            0u32..20,
            1u32..400,
            any::<bool>(),
            prop::option::weighted(0.2, 1u32..60),
        )
            .prop_map(|(gap, days, house_arrest, second)| Held {
                gap,
                days,
                house_arrest,
                second,
            }),
    )
}

/// The institution given now and then (otherwise CC Art. 46 part 5's default is assumed).
fn h_institution(roll: u8) -> Option<Institution> {
    match roll % 4 {
        0 => Some(Institution::Minimum),
        1 => Some(Institution::Medium),
        2 => Some(Institution::Maximum),
        _ => None,
    }
}

fn birth_date() -> impl Strategy<Value = Option<NaiveDate>> {
    prop::option::weighted(
        0.75,
        prop_oneof![
            4 => date_from(day(1955, 1, 1), 17_500),
            3 => date_from(day(2003, 6, 1), 600),
            // The 18th birthday during the riots: the counting of age decides.
            1 => date_from(day(2004, 1, 3), 6),
        ],
    )
}

fn stage() -> impl Strategy<Value = Stage> {
    select(vec![
        Stage::Investigation,
        Stage::Trial,
        Stage::Serving,
        Stage::Served,
    ])
}

fn recidivism() -> impl Strategy<Value = Recidivism> {
    prop_oneof![
        12 => Just(Recidivism::None),
        1 => Just(Recidivism::Recidivism),
        1 => Just(Recidivism::DangerousRecidivism),
    ]
}

fn general_case() -> impl Strategy<Value = CaseFile> {
    (
        prop::option::weighted(0.35, date_from(day(2022, 3, 1), 1200)),
        birth_date(),
        recidivism(),
        stage(),
        prop_oneof![
            14 => prop::collection::vec(offence(), 1..=1),
            4 => prop::collection::vec(offence(), 2..=2),
            2 => prop::collection::vec(offence(), 3..=4),
        ],
        sentence(),
        0u8..100,
        custody(),
    )
        .prop_map(
            |(as_of, birth, recidivism, stage, offences, mut sentence, roll, held)| {
                let with_sentence = match stage {
                    Stage::Serving | Stage::Served => roll >= 3,
                    Stage::Trial => roll >= 50,
                    Stage::Investigation => roll < 3,
                };
                let start = sentence.start.as_deref().and_then(read);
                let custody = held.map_or_else(Vec::new, |h| h.before(start));
                if !custody.is_empty() && sentence.punishment == Punishment::Imprisonment {
                    sentence.institution = h_institution(roll);
                }
                CaseFile {
                    as_of: as_of.map(text),
                    birth_date: birth.map(text),
                    recidivism,
                    stage,
                    offences,
                    sentence: with_sentence.then_some(sentence),
                    custody,
                    parole_facts: Default::default(),
                }
            },
        )
}

/// A convict (or a defendant sentenced at trial) for a grave or especially grave offence in the
/// law's scope, without an excluding fact: the cases whose terms, hours and amounts are cut.
fn convict_case() -> impl Strategy<Value = CaseFile> {
    (
        general_case(),
        sentence(),
        select(vec![Stage::Serving, Stage::Served, Stage::Trial]),
        select(vec![Category::Grave, Category::EspeciallyGrave]),
        date_from(day(2022, 1, 4), 3),
        select(grave_listed_parts()),
    )
        .prop_map(
            |(mut file, sentence, stage, category, committed, (article, part))| {
                file.stage = stage;
                file.sentence = Some(sentence);
                file.recidivism = Recidivism::None;
                for o in &mut file.offences {
                    o.exclusions.clear();
                }
                let first = &mut file.offences[0];
                (first.article, first.part) = (article, part);
                first.committed_on = text(committed);
                first.context = Context::Riots;
                first.category = first.category.map(|_| category);
                first.victim_age = None;
                file
            },
        )
}

/// The case files the properties are checked on: the general mix, and one in four a convict
/// whose punishment is cut.
fn case_file() -> impl Strategy<Value = CaseFile> {
    prop_oneof![3 => general_case(), 1 => convict_case()]
}

/// A convict with a grave or especially grave offence and a term of a few days, so that the
/// cut leaves nothing, with the term begun before or after the law came into force.
fn tiny_grave_term_case() -> impl Strategy<Value = CaseFile> {
    (
        select(vec![Category::Grave, Category::EspeciallyGrave]),
        1u32..=4,
        prop_oneof![
            date_from(day(2022, 1, 6), 200),
            date_from(day(2022, 10, 25), 200)
        ],
        select(vec![Stage::Serving, Stage::Served, Stage::Trial]),
        any::<bool>(),
    )
        .prop_map(|(category, days, start, stage, conditional)| {
            let offence = OffenceFile {
                category: Some(category),
                ..OffenceFile::in_riots(art(272), Some(2), "2022-01-05".into())
            };
            CaseFile {
                birth_date: Some("1985-07-01".into()),
                sentence: Some(SentenceFile {
                    days,
                    start: Some(text(start)),
                    conditional,
                    ..SentenceFile::of(Punishment::Imprisonment)
                }),
                ..CaseFile::at(stage, vec![offence])
            }
        })
}

/// One offence on the list, its part given, sentenced to a punishment its part's sanction has and
/// no more of it than the sanction's maximum (`per_mille` of it, at least one unit): what a court
/// may impose (CC Art. 52 part 1).
fn within_sanction_case() -> impl Strategy<Value = CaseFile> {
    let mut sentences: Vec<(ArticleNo, Option<u8>, Punishment, u32)> = Vec::new();
    for row in RulePack::embedded().code.iter() {
        let years = |y: Option<u8>| y.map(|y| u32::from(y) * 12);
        for (punishment, max) in [
            (Punishment::Imprisonment, years(row.max_imprisonment_years)),
            (
                Punishment::RestrictionOfFreedom,
                years(row.max_restriction_of_freedom_years),
            ),
            (Punishment::Arrest, row.max_arrest_days.map(u32::from)),
            (
                Punishment::CommunityService,
                row.max_community_service_hours.map(u32::from),
            ),
            (
                Punishment::CorrectionalWorks,
                row.max_correctional_works_mci.map(u32::from),
            ),
            (Punishment::Fine, row.max_fine_mci.map(u32::from)),
        ] {
            if let Some(max) = max {
                sentences.push((row.article, row.part, punishment, max));
            }
        }
    }
    (
        select(sentences),
        1u32..=1000,
        date_from(day(2022, 1, 7), 300),
        select(vec![Stage::Trial, Stage::Serving, Stage::Served]),
    )
        .prop_map(
            |((article, part, punishment, max), per_mille, start, stage)| {
                let n = (max * per_mille / 1000).max(1);
                let (years, months, days, hours, amount) = match punishment {
                    // Terms of years are counted here in months, arrest in days.
                    Punishment::Imprisonment | Punishment::RestrictionOfFreedom => {
                        (n / 12, n % 12, 0, None, None)
                    }
                    Punishment::Arrest => (0, 0, n, None, None),
                    Punishment::CommunityService => (0, 0, 0, Some(n), None),
                    Punishment::CorrectionalWorks | Punishment::Fine => (0, 0, 0, None, Some(n)),
                };
                let offence = OffenceFile::in_riots(article, part, "2022-01-05".into());
                CaseFile {
                    sentence: Some(SentenceFile {
                        years,
                        months,
                        days,
                        hours,
                        amount,
                        start: Some(text(start)),
                        ..SentenceFile::of(punishment)
                    }),
                    ..CaseFile::at(stage, vec![offence])
                }
            },
        )
}

/// Decides a generated file; `None` for a file the validation refuses.
fn decide(file: &CaseFile) -> Option<Decision> {
    amnesty_rules::check_file(file, today()).ok()
}

// ---------------------------------------------------------------------------------------------
// What the rules say a case is, read from the file independently of the engine (docs/rules.md)
// ---------------------------------------------------------------------------------------------

/// Adult on `date` however an age is counted (§2): past the 18th birthday.
fn surely_adult(birth: Option<NaiveDate>, date: NaiveDate) -> bool {
    let Some(birth) = birth else { return false };
    let years = date.year() - birth.year();
    years > 18 || (years == 18 && (date.month(), date.day()) > (birth.month(), birth.day()))
}

fn birth_of(file: &CaseFile) -> Option<NaiveDate> {
    file.birth_date.as_deref().and_then(read)
}

/// An offence under an article that excludes the person whoever committed it (§3: items 1, 2,
/// 3, 5 and 6 without an item), or that excludes this adult (items 4 and 7).
fn excluding_article_fact(o: &OffenceFile, birth: Option<NaiveDate>) -> bool {
    let n = o.article.number;
    let plain = o.article.dash == 0;
    let adult = read(&o.committed_on).is_some_and(|d| surely_adult(birth, d));
    let terrorist = [
        170, 171, 173, 177, 178, 184, 255, 256, 257, 258, 259, 260, 261, 269, 270,
    ];
    let extremist = [174, 179, 180, 181, 182, 184, 258, 259, 260, 267, 405];
    let corruption = [361, 364, 365, 366, 367, 368, 369, 370, 450, 452];
    let sexual = [120, 121, 122, 123, 124, 134, 144];
    plain
        && (terrorist.contains(&n)
            || extremist.contains(&n)
            || (n == 404 && matches!(o.part, Some(2 | 3)))
            || n == 146
            || n == 175
            || corruption.contains(&n)
            || (adult && n == 272 && o.part == Some(1))
            || (adult
                && o.victim_age.is_some_and(|a| a < 18)
                && (sexual.contains(&n) || (n == 312 && matches!(o.part, Some(2 | 3))))))
}

/// An answer that excludes the person: items 1, 2, 3, 5, 6 always, items 4 and 7 for an adult.
fn excluding_answer(o: &OffenceFile, birth: Option<NaiveDate>) -> bool {
    let adult = read(&o.committed_on).is_some_and(|d| surely_adult(birth, d));
    o.exclusions.iter().any(|f| match f {
        ExclusionFact::OrganisingRiots | ExclusionFact::SexualOffenceAgainstMinor => adult,
        _ => true,
    })
}

/// Some fact of the case excludes the person (§3), whatever the date or context of the offence.
fn surely_excluded(file: &CaseFile) -> bool {
    let birth = birth_of(file);
    // Item 8: a punishment imposed under recidivism (serving, served, or sentenced at trial).
    let sentenced = file.stage.is_convicted() || file.sentence.is_some();
    let convicted_with_recidivism = file.recidivism != Recidivism::None && sentenced;
    convicted_with_recidivism
        || file
            .offences
            .iter()
            .any(|o| excluding_article_fact(o, birth) || excluding_answer(o, birth))
}

fn outside_scope(o: &OffenceFile) -> bool {
    let (from, to) = period();
    let date = read(&o.committed_on).unwrap();
    date < from || date > to || o.context == Context::Other
}

/// The figures of a result, as the decision shows them or a reading gives them.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
struct Figures {
    outcome: Outcome,
    new_term: Option<Term>,
    new_hours: Option<u32>,
    new_amount: Option<u32>,
    new_end: Option<NaiveDate>,
    release_on: Option<NaiveDate>,
}

fn figures(outcome: Outcome, f: &amnesty_rules::decision::Figures) -> Figures {
    Figures {
        outcome,
        new_term: f.term(),
        new_hours: f.hours(),
        new_amount: f.amount(),
        new_end: f.end,
        release_on: f.release_on,
    }
}

fn shown(d: &Decision) -> Figures {
    figures(d.outcome, &d.figures)
}

/// The result shown and every reading beside it.
fn every_result(d: &Decision) -> Vec<Figures> {
    std::iter::once(shown(d))
        .chain(d.readings.iter().map(|r| figures(r.outcome, &r.figures)))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The properties
// ---------------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(config())]

    /// 0. A sentence within its part's sanction is never said to be beyond it, and the result is
    /// as sure as its provisions make it.
    #[test]
    fn a_sentence_within_the_sanction_is_never_beyond_it(file in within_sanction_case()) {
        let d = decide(&file);
        prop_assert!(d.is_some(), "refused: {file:?}");
        let d = d.unwrap();
        let beyond = d.warnings.iter().any(|w| matches!(w.detail, WarningDetail::TermAboveSanction { .. }));
        prop_assert!(!beyond, "{file:?}: {:?}", d.warnings);
    }

    /// 1. A reduction never lengthens: not the term (its last day from the same first day), not
    /// the hours, not the amount; in the result shown and in every reading.
    #[test]
    fn a_reduction_never_lengthens(file in case_file()) {
        let Some(d) = decide(&file) else { return Ok(()) };
        for r in every_result(&d) {
            if let (Some(new_end), Some(imposed_end)) = (r.new_end, d.imposed_end) {
                prop_assert!(new_end <= imposed_end, "{r:?}: new end {new_end} after {imposed_end}");
            }
            if let (Some(new), Some(imposed), Some(start)) = (r.new_term, d.imposed_term, d.sentence_start) {
                if let (Some(new_last), Some(imposed_last)) = (new.last_day(start), imposed.last_day(start)) {
                    prop_assert!(new_last <= imposed_last, "{r:?}: {new:?} from {start} ends {new_last}, after {imposed_last}");
                }
            }
            if let Some(new) = r.new_hours {
                prop_assert!(d.imposed_hours.is_some_and(|h| new <= h), "{r:?}: {new} hours of {:?}", d.imposed_hours);
            }
            if let Some(new) = r.new_amount {
                prop_assert!(d.imposed_amount.is_some_and(|a| new <= a), "{r:?}: {new} of {:?}", d.imposed_amount);
            }
        }
    }

    /// 2. An offence outside 4–7 January 2022, or in context `other`, is not covered (Law
    /// Art. 1); a case of such offences only is not covered.
    #[test]
    fn outside_the_period_or_context_other_is_never_covered(file in case_file()) {
        let Some(d) = decide(&file) else { return Ok(()) };
        prop_assert_eq!(d.offences.len(), file.offences.len());
        for (i, (o, od)) in file.offences.iter().zip(&d.offences).enumerate() {
            if outside_scope(o) {
                prop_assert_eq!(od.coverage, Coverage::NotCovered, "offences[{}] {:?}", i, o);
                prop_assert!(
                    !matches!(od.effect, OffenceEffect::CaseClosed
                        | OffenceEffect::CutAtSentencing { .. }
                        | OffenceEffect::ReleasedFromPunishment
                        | OffenceEffect::ConvictionExpunged
                        | OffenceEffect::MainPunishmentCut { .. }
                        | OffenceEffect::NothingToApply),
                    "offences[{}] {:?}: {:?}", i, o, od.effect
                );
            }
        }
        if file.offences.iter().all(outside_scope) {
            prop_assert_eq!(d.outcome, Outcome::NotCovered);
            // In every reading (they may differ in the dates after the verdict alone).
            prop_assert!(d.readings.iter().all(|r| r.outcome == Outcome::NotCovered), "{:?}", d.readings);
        }
    }

    /// 2, strictly. An offence outside 4–7 January 2022, or in context `other`, has the effect
    /// `not_covered`, also when another fact excludes the person: the tests of Art. 1 come
    /// first and stop at the first that fails (docs/rules.md §1).
    #[test]
    fn an_offence_outside_the_law_has_the_effect_not_covered(file in case_file()) {
        let Some(d) = decide(&file) else { return Ok(()) };
        for (i, (o, od)) in file.offences.iter().zip(&d.offences).enumerate() {
            if outside_scope(o) {
                prop_assert_eq!(od.effect, OffenceEffect::NotCovered,
                    "offences[{}] {:?} in a case decided {:?}", i, o, d.outcome);
            }
        }
    }

    /// 3. An excluded person is never released nor given a cut; a person with an excluding fact
    /// (Law Art. 2) never gets a covered outcome, in the result or in any reading.
    #[test]
    fn an_excluded_person_is_never_released(file in case_file()) {
        let Some(d) = decide(&file) else { return Ok(()) };
        for r in every_result(&d).into_iter().filter(|r| r.outcome == Outcome::Excluded) {
            prop_assert!(!r.outcome.frees());
            prop_assert_eq!(r.release_on, None);
            prop_assert_eq!(r.new_term, None);
            prop_assert_eq!(r.new_end, None);
            prop_assert_eq!(r.new_hours, None);
            prop_assert_eq!(r.new_amount, None);
        }
        if d.outcome == Outcome::Excluded {
            prop_assert!(d.category.is_none() && d.figures.record.is_none(), "{:?} {:?}", d.category, d.figures.record);
        }
        if surely_excluded(&file) {
            prop_assert!(!d.outcome.is_covered(), "{:?} for an excluded person", d.outcome);
            for r in every_result(&d) {
                prop_assert!(
                    matches!(r.outcome, Outcome::Excluded | Outcome::NotCovered | Outcome::NeedsReview),
                    "{:?} for an excluded person", r
                );
                prop_assert!(!r.outcome.frees());
            }
        }
    }

    /// 3, strictly. A person an excluding fact surely excludes is `excluded` (or `not_covered`
    /// when no offence is covered), not sent to review for a fact that cannot change it: the
    /// exclusions concern the person, whatever the other offences (docs/rules.md §3).
    #[test]
    fn a_surely_excluded_person_is_not_sent_to_review(file in case_file()) {
        let Some(d) = decide(&file) else { return Ok(()) };
        if surely_excluded(&file) {
            prop_assert!(
                matches!(d.outcome, Outcome::Excluded | Outcome::NotCovered),
                "{:?} for an excluded person; readings {:?}", d.outcome, d.readings
            );
        }
    }

    /// 4. Deciding twice gives the same decision, to the byte.
    #[test]
    fn deciding_is_deterministic(file in case_file()) {
        let first = amnesty_rules::check_file(&file, today());
        let second = amnesty_rules::check_file(&file, today());
        prop_assert_eq!(&first, &second);
        if let (Ok(a), Ok(b)) = (&first, &second) {
            prop_assert_eq!(serde_json::to_string(a).unwrap(), serde_json::to_string(b).unwrap());
        }
        // And a file written out and read back decides the same.
        let bytes = serde_json::to_vec(&file).unwrap();
        prop_assert_eq!(amnesty_rules::check(&bytes, today()), first);
    }

    /// 11. A term cut to nothing leaves nothing to serve: the person is released (docs/rules.md
    /// §5, "A cut to zero … released"); a term cut to something has a last day and a release
    /// date.
    #[test]
    fn a_term_cut_to_nothing_frees(file in prop_oneof![case_file(), tiny_grave_term_case()]) {
        let Some(d) = decide(&file) else { return Ok(()) };
        for r in every_result(&d) {
            if r.new_term.is_some_and(|t| t.is_zero()) {
                prop_assert!(r.outcome.frees(), "{:?} for a term cut to nothing", r);
            }
            if r.outcome == Outcome::TermReduced {
                prop_assert!(r.new_end.is_some() && r.release_on.is_some(), "{:?}", r);
            }
        }
    }

    /// 5. Nobody is released before the law came into force, nor before the sentence began.
    #[test]
    fn release_dates_are_never_before_the_law_or_the_sentence(file in case_file()) {
        let Some(d) = decide(&file) else { return Ok(()) };
        prop_assert_eq!(d.in_force, in_force());
        for r in every_result(&d) {
            if let Some(release) = r.release_on {
                prop_assert!(release >= d.in_force, "{r:?}: released {release}, before {}", d.in_force);
                if let Some(start) = d.sentence_start {
                    prop_assert!(release >= start, "{r:?}: released {release}, before the start {start}");
                }
            }
        }
    }

    /// 6. A result a missing fact leaves open is open; readings that differ from the result shown
    /// make it open.
    #[test]
    fn the_status_follows_the_readings(file in case_file()) {
        let Some(d) = decide(&file) else { return Ok(()) };
        if d.outcome == Outcome::NeedsReview {
            prop_assert_eq!(d.status, amnesty_rules::vocab::Status::Open);
        }
        let main = shown(&d);
        let differ = every_result(&d).iter().skip(1).any(|r| *r != main);
        if differ {
            prop_assert!(
                d.status == amnesty_rules::vocab::Status::Open || d.outcome == Outcome::NeedsReview,
                "status {:?} for {:?} with readings {:?}", d.status, main, d.readings
            );
        }
    }

    /// 7. Every covered result gives the deadline of Art. 3 part 5.
    #[test]
    fn every_covered_result_gives_the_deadline(file in case_file()) {
        let Some(d) = decide(&file) else { return Ok(()) };
        prop_assert_eq!(d.deadline, deadline());
        if d.outcome.is_covered() {
            prop_assert!(
                d.steps.iter().any(|s| s.provision == ProvisionId::Art3Part5Deadline),
                "{:?} without the deadline step", d.outcome
            );
        }
    }

    /// 8a. No bytes at all make the reader panic.
    #[test]
    fn no_bytes_make_the_reader_panic(
        bytes in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..400),
            prop::collection::vec(select(b"{}[]\":,0123456789-.eE truefalsnu\\\xEF\xBB\xBF\xFF".to_vec()), 0..400),
        ],
    ) {
        let _ = amnesty_rules::check(&bytes, today());
    }

    /// 8b. A valid case file cut short, with bytes flipped and noise spliced in, with or without
    /// a byte-order mark, is decided or refused, never a panic.
    #[test]
    fn no_mangled_case_file_makes_the_reader_panic(
        file in case_file(),
        cut in any::<prop::sample::Index>(),
        truncate in any::<bool>(),
        flips in prop::collection::vec((any::<prop::sample::Index>(), 1u8..=255), 0..4),
        noise in prop::collection::vec(any::<u8>(), 0..6),
        at in any::<prop::sample::Index>(),
        bom in any::<bool>(),
    ) {
        let mut bytes = serde_json::to_vec(&file).unwrap();
        if truncate {
            let len = cut.index(bytes.len() + 1);
            bytes.truncate(len);
        }
        if !bytes.is_empty() {
            for (i, x) in &flips {
                let i = i.index(bytes.len());
                bytes[i] ^= x;
            }
        }
        let i = at.index(bytes.len() + 1);
        bytes.splice(i..i, noise);
        if bom {
            bytes.splice(0..0, *b"\xEF\xBB\xBF");
        }
        match amnesty_rules::check(&bytes, today()) {
            Ok(d) => prop_assert!(Outcome::ALL.contains(&d.outcome)),
            Err(errors) => prop_assert!(!errors.is_empty()),
        }
    }

    /// 8c. A number the Criminal Code of January 2022 did not have is refused at its field, never
    /// decided ("not covered" would tell a person their slip is an offence).
    #[test]
    fn a_number_the_code_did_not_have_is_refused_never_decided(
        file in case_file(),
        missing in prop_oneof![
            select(missing_near()),
            (468u16..=u16::MAX, 0u8..=9).prop_map(|(n, d)| ArticleNo::new(n, d)),
        ],
        at in any::<prop::sample::Index>(),
    ) {
        prop_assert!(amnesty_rules::code_index::find(missing).is_none());
        let mut file = file;
        let i = at.index(file.offences.len());
        file.offences[i].article = missing;
        let errors = amnesty_rules::check_file(&file, today()).unwrap_err();
        let field = format!("offences[{i}].article");
        prop_assert!(
            errors.iter().any(|e| e.field == field
                && e.problem == amnesty_rules::case::Problem::NoSuchArticle { article: missing }),
            "{:?}", errors
        );
    }

    /// 8d. A byte-order mark changes nothing.
    #[test]
    fn a_byte_order_mark_changes_nothing(file in case_file(), pretty in any::<bool>()) {
        let bytes = if pretty {
            serde_json::to_vec_pretty(&file).unwrap()
        } else {
            serde_json::to_vec(&file).unwrap()
        };
        let mut with_bom = b"\xEF\xBB\xBF".to_vec();
        with_bom.extend_from_slice(&bytes);
        prop_assert_eq!(amnesty_rules::check(&with_bom, today()), amnesty_rules::check(&bytes, today()));
    }

    /// 9a. `Term::between` inverts `last_day`.
    #[test]
    fn term_between_inverts_last_day(start in date_from(day(1990, 1, 1), 40_000), length in 0u64..20_000) {
        let end = start.checked_add_days(Days::new(length)).unwrap();
        let term = Term::between(start, end).unwrap();
        prop_assert_eq!(term.last_day(start), Some(end), "{:?}", term);
        prop_assert!(term.months < 12);
        prop_assert!(term.days < 31, "{:?}", term);
    }

    /// 9b. A share of a term, keeping no more than all of it, never ends later than the term from
    /// any first day, nor has more months. (With the pack's 30 days for a fraction of a month,
    /// this holds for every denominator up to 15; the law's are 4 and 2.)
    #[test]
    fn a_share_never_exceeds_the_term(
        years in 0u32..=40, months in 0u32..=30, days in 0u32..=400,
        keep in (1u32..=12).prop_flat_map(|den| (0..=den, Just(den))),
        start in date_from(day(1990, 1, 1), 40_000),
    ) {
        let term = Term::new(years, months, days);
        let keep = Fraction { numerator: keep.0, denominator: keep.1 };
        let share = term.share(keep, 30).value;
        prop_assert!(share.total_months() <= term.total_months());
        prop_assert!(share.months < 12);
        if let (Some(share_end), Some(end)) = (share.last_day(start), term.last_day(start)) {
            prop_assert!(share_end <= end, "{share:?} of {term:?} from {start}: {share_end} after {end}");
        }
        if term.is_zero() || keep.numerator == 0 {
            prop_assert!(share.is_zero());
        }
        if keep.numerator == keep.denominator {
            prop_assert_eq!(share, term.normalized());
        }
    }

    /// 9c. Halving a term given in days halves the days, rounded down (days are never folded
    /// into months).
    #[test]
    fn a_term_in_days_is_shared_in_days(days in 0u32..=20_000) {
        let half = Fraction::new(1, 2);
        let quarter = Fraction::new(1, 4);
        prop_assert_eq!(Term::new(0, 0, days).share(half, 30).value, Term::new(0, 0, days / 2));
        prop_assert_eq!(Term::new(0, 0, days).share(quarter, 30).value, Term::new(0, 0, days / 4));
    }

    /// 10. For a covered grave offence of a convict serving imprisonment, a longer imposed term
    /// from the same first day never ends earlier after the amnesty. "Longer" is longer in both
    /// months and days: a term of 29 days is a day longer than one month from 1 February, but
    /// its half (14 days) is shorter than the month's (15 days, a month's fraction counting 30):
    /// that is the documented convention, not a lengthening.
    #[test]
    fn a_longer_term_never_ends_earlier(
        (article, part) in select(grave_listed_parts()),
        committed in date_from(day(2022, 1, 4), 3),
        start_after in 0u64..520,
        first in (0u32..=15, 0u32..=11, 0u32..=45),
        extra in (0u32..=5, 0u32..=24, 0u32..=60),
        conditional in any::<bool>(),
        stage in select(vec![Stage::Serving, Stage::Served]),
        verdict in any::<bool>(),
    ) {
        let (y, m, dd) = if first.0 + first.1 + first.2 == 0 { (0, 0, 1) } else { first };
        let start = committed.checked_add_days(Days::new(start_after)).unwrap();
        let offence = OffenceFile {
            category: verdict.then_some(Category::Grave),
            ..OffenceFile::in_riots(article, part, text(committed))
        };
        let file = |years, months, days| CaseFile {
            birth_date: Some("1990-03-15".into()),
            sentence: Some(SentenceFile {
                years,
                months,
                days,
                start: Some(text(start)),
                conditional,
                ..SentenceFile::of(Punishment::Imprisonment)
            }),
            ..CaseFile::at(stage, vec![offence.clone()])
        };
        let shorter = amnesty_rules::check_file(&file(y, m, dd), today()).unwrap();
        let longer = amnesty_rules::check_file(&file(y + extra.0, m + extra.1, dd + extra.2), today()).unwrap();
        for d in [&shorter, &longer] {
            prop_assert_eq!(d.category, Some(Category::Grave), "{:?}", d.outcome);
            prop_assert!(
                matches!(d.outcome, Outcome::TermReduced | Outcome::Release | Outcome::NothingToApply),
                "{:?}", d.outcome
            );
        }
        if shorter.figures.end.is_some() {
            prop_assert!(longer.figures.end.is_some(), "{:?} then {:?}", shorter.outcome, longer.outcome);
        }
        if let (Some(a), Some(b)) = (shorter.figures.end, longer.figures.end) {
            prop_assert!(a <= b, "{:?} ends {a}, the longer {:?} ends {b} ({:?}, {:?})",
                shorter.figures.term(), longer.figures.term(), shorter.outcome, longer.outcome);
        }
        if let (Some(a), Some(b)) = (shorter.figures.release_on, longer.figures.release_on) {
            prop_assert!(a <= b, "released {a}, the longer term {b}");
        }
    }
}

/// When a decision lets the person go: released at sentencing or closed is "now" (the earliest
/// day), otherwise the release day, if any.
fn release_key(d: &Decision) -> Option<NaiveDate> {
    match d.outcome {
        Outcome::ReleaseAtSentencing | Outcome::ReleaseFromLiability => Some(NaiveDate::MIN),
        _ => d.figures.release_on,
    }
}

/// The same case with the custody of `file` lengthened by `more` days (its first period begins
/// earlier), or removed (`None`).
fn with_custody(file: &CaseFile, more: Option<u64>) -> CaseFile {
    let mut f = file.clone();
    match more {
        None => f.custody.clear(),
        Some(days) => {
            if let Some(last) = f.custody.last_mut() {
                // The last period listed is the earliest: begin it earlier.
                let from = read(&last.from).and_then(|d| d.checked_sub_days(Days::new(days)));
                if let Some(from) = from {
                    last.from = text(from);
                }
            }
        }
    }
    f
}

proptest! {
    #![proptest_config(config())]

    /// CC Art. 62: time held before the verdict is credited; it can only bring a release nearer.
    #[test]
    fn credit_never_makes_a_release_later(file in case_file()) {
        if file.custody.is_empty() {
            return Ok(());
        }
        let (Some(with), Some(without)) = (decide(&file), decide(&with_custody(&file, None))) else {
            return Ok(());
        };
        if let (Some(a), Some(b)) = (release_key(&with), release_key(&without)) {
            prop_assert!(a <= b, "with custody {a}, without {b} ({:?} / {:?})", with.outcome, without.outcome);
        }
        if let (Some(a), Some(b)) = (with.figures.end, without.figures.end) {
            prop_assert!(a <= b, "last day with custody {a}, without {b}");
        }
        if let (Some(a), Some(b)) = (with.figures.hours(), without.figures.hours()) {
            prop_assert!(a <= b);
        }
        if let (Some(a), Some(b)) = (with.figures.amount(), without.figures.amount()) {
            prop_assert!(a <= b);
        }
    }

    /// More custody never moves a date later: the release, the last day, parole.
    #[test]
    fn more_custody_never_moves_a_date_later(file in case_file(), more in 1u64..200) {
        if file.custody.is_empty() {
            return Ok(());
        }
        let (Some(less), Some(longer)) = (decide(&file), decide(&with_custody(&file, Some(more)))) else {
            return Ok(());
        };
        if let (Some(a), Some(b)) = (release_key(&longer), release_key(&less)) {
            prop_assert!(a <= b, "more custody released {a}, less {b}");
        }
        if let (Some(a), Some(b)) = (longer.figures.end, less.figures.end) {
            prop_assert!(a <= b, "more custody ends {a}, less {b}");
        }
        let parole = |d: &Decision| d.parole.as_ref().and_then(|p| p.eligible_on);
        if let (Some(a), Some(b)) = (parole(&longer), parole(&less)) {
            prop_assert!(a <= b, "more custody parole {a}, less {b}");
        }
    }

    /// CC Art. 72: parole comes before the release it would shorten, and never before six months
    /// of imprisonment have been actually served (custody credited counts as served).
    #[test]
    fn a_parole_date_is_before_the_release_and_after_six_months(file in case_file()) {
        let Some(d) = decide(&file) else { return Ok(()) };
        let Some(on) = d.parole.as_ref().and_then(|p| p.eligible_on) else { return Ok(()) };
        if let Some(release) = d.figures.release_on.or(d.custody.and_then(|c| c.imposed_end_credited)).or(d.imposed_end) {
            prop_assert!(on < release, "parole {on}, release {release} ({:?})", d.outcome);
        }
        prop_assert!(!d.outcome.frees(), "{:?} frees, yet parole {on}", d.outcome);
        if d.punishment == Some(Punishment::Imprisonment) {
            let start = d.sentence_start.unwrap();
            let credit = match d.custody.and_then(|c| c.credited) {
                Some(amnesty_rules::decision::Credited::Days { days }) => days,
                _ => 0,
            };
            let six_months = start.checked_add_months(chrono::Months::new(6)).unwrap()
                - Days::new(u64::from(credit));
            prop_assert!(on >= six_months, "parole {on} before six months served ({six_months})");
        }
    }

    /// In every reading, as in the result shown, an early release comes before that reading's
    /// own release day — on either term its part is taken of — and a reading that frees him has
    /// none: each reading's dates are its own (issue 14), not the shown reading's.
    #[test]
    fn in_every_reading_parole_comes_before_its_release(file in case_file()) {
        let Some(d) = decide(&file) else { return Ok(()) };
        let shown = (d.figures.release_on, [&d.parole, &d.replacement]);
        let each = d.readings.iter().map(|r| (r.figures.release_on, [&r.early.parole, &r.early.replacement]));
        for (release, early) in std::iter::once(shown).chain(each) {
            for e in early.into_iter().flatten() {
                if let (Some(other), Some(release)) = (e.other_reading, release) {
                    prop_assert!(other < release, "{:?}'s other reading {other}, release {release}", e.kind);
                }
            }
        }
        for r in &d.readings {
            for e in [&r.early.parole, &r.early.replacement].into_iter().flatten() {
                let Some(on) = e.eligible_on else { continue };
                if let Some(release) = r.figures.release_on {
                    prop_assert!(on < release, "{:?} {on}, release {release} under {:?}", e.kind, r.conditions);
                }
                prop_assert!(!r.outcome.frees(), "{:?} frees, yet {:?} {on}", r.outcome, e.kind);
            }
            // A sentence with parole has parole (dated or not) under every reading that cuts it.
            if d.parole.is_some() && r.outcome == d.outcome {
                prop_assert!(r.early.parole.is_some(), "no parole under {:?}", r.conditions);
            }
        }
    }
}

/// Every part of a listed article (not only for minors) that the Code makes grave, as the
/// form would offer it.
fn grave_listed_parts() -> Vec<(ArticleNo, Option<u8>)> {
    let pack = RulePack::embedded();
    let parts: Vec<(ArticleNo, Option<u8>)> = pack
        .code
        .iter()
        .filter(|c| {
            pack.list_entries(c.article).any(|e| {
                !e.only_minor
                    && match (&e.parts, c.part) {
                        (None, _) => true,
                        (Some(parts), Some(p)) => parts.contains(&p),
                        (Some(_), None) => false,
                    }
            })
        })
        .filter(|c| amnesty_rules::code_category(c.article, c.part) == Some(Category::Grave))
        .map(|c| (c.article, c.part))
        .collect();
    assert!(parts.len() >= 5, "grave parts on the list: {parts:?}");
    parts
}

// ---------------------------------------------------------------------------------------------
// Examples and the generator itself
// ---------------------------------------------------------------------------------------------

#[test]
fn the_arithmetic_examples_of_the_rules() {
    let quarter = Fraction::new(1, 4);
    let half = Fraction::new(1, 2);
    let cut = |t: Term, keep| t.share(keep, 30).value;
    assert_eq!(cut(Term::new(0, 0, 62), half), Term::new(0, 0, 31));
    assert_eq!(cut(Term::new(8, 0, 0), quarter), Term::new(2, 0, 0));
    assert_eq!(cut(Term::new(5, 0, 0), quarter), Term::new(1, 3, 0));
    assert_eq!(cut(Term::new(8, 6, 0), quarter), Term::new(2, 1, 15));
    assert_eq!(cut(Term::new(13, 5, 9), half), Term::new(6, 8, 19));
    assert_eq!(
        Term::new(2, 0, 0).last_day(day(2022, 1, 6)),
        Some(day(2024, 1, 5))
    );
    // 31 January + 1 month is 28 February: the month's last day is the 27th.
    assert_eq!(
        Term::new(0, 1, 0).last_day(day(2022, 1, 31)),
        Some(day(2022, 2, 27))
    );
    assert_eq!(Term::new(0, 0, 0).last_day(day(2022, 1, 31)), None);
}

#[test]
fn a_grave_case_cut_and_released_by_the_one_year_rule() {
    // 272 part 2, 4 years from 6 January 2022: a quarter is 1 year, to 5 January 2023, which is
    // within a year of 3 November 2022: released that day.
    let json = br#"{"as_of":"2023-01-10","birth_date":"1990-05-05","stage":"serving",
        "offences":[{"article":272,"part":2,"committed_on":"2022-01-05","context":"riots"}],
        "sentence":{"punishment":"imprisonment","years":4,"start":"2022-01-06"}}"#;
    let d = amnesty_rules::check(json, today()).unwrap();
    assert_eq!(d.outcome, Outcome::Release, "{:?}", d.readings);
    assert_eq!(d.figures.release_on, Some(in_force()));
    assert_eq!(d.deadline, deadline());
}

#[test]
fn the_generator_makes_mostly_valid_and_covered_cases() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    const SAMPLES: u32 = 2_000;
    let mut runner = TestRunner::deterministic();
    let strategy = case_file();
    let (mut valid, mut covered) = (0u32, 0u32);
    let (mut with_readings, mut differing, mut new_terms, mut released) = (0u32, 0u32, 0u32, 0u32);
    let mut outcomes = std::collections::BTreeMap::<String, u32>::new();
    for _ in 0..SAMPLES {
        let file = strategy.new_tree(&mut runner).unwrap().current();
        if let Some(d) = decide(&file) {
            valid += 1;
            covered += u32::from(d.outcome.is_covered());
            *outcomes.entry(format!("{:?}", d.outcome)).or_default() += 1;
            with_readings += u32::from(!d.readings.is_empty());
            differing += u32::from(d.outcome != Outcome::NeedsReview && !d.readings.is_empty());
            new_terms += u32::from(
                d.figures.term().is_some() || d.readings.iter().any(|r| r.figures.term().is_some()),
            );
            released += u32::from(d.figures.release_on.is_some());
        }
    }
    eprintln!(
        "{valid} valid, {covered} covered of {SAMPLES}: {outcomes:?}; {with_readings} with \
         readings ({differing} beside a result), {new_terms} with a new term, {released} with a \
         release date"
    );
    // The properties about figures, dates and readings have cases to bite on.
    let at_least = |count: u32, percent: u32, what: &str| {
        assert!(
            count * 100 >= SAMPLES * percent,
            "only {count} of {SAMPLES} {what}: {outcomes:?}"
        );
    };
    at_least(new_terms, 8, "with a new term");
    at_least(released, 8, "with a release date");
    at_least(differing, 4, "with readings beside a result");
    at_least(valid, 60, "valid");
    at_least(covered, 25, "covered");
    // Every outcome the engine has comes up, so no property is vacuous for one of them.
    assert_eq!(
        outcomes.len(),
        Outcome::ALL.len(),
        "outcomes generated: {outcomes:?}"
    );
}
