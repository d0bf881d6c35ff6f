//! One pass of the rules over a case, under one set of assumptions: the facts the case lacks and
//! the readings of open questions. The engine runs it once, then again for each other reading.
//!
//! Order, as a court would take it: Art. 1 for each offence (period, context, list, and the
//! category from the Code); Art. 2 for the person; Art. 3 for each offence by stage and category;
//! then the sentence, the record and the dates.

use chrono::NaiveDate;

use super::trace::Trace;
use crate::case::{Case, Measure, Offence, Sentence, Stage};
use crate::criminal_code::art52_within_sanction::Ceiling;
use crate::criminal_code::{art11_categories, art79_record, art80_minors};
use crate::decision::{
    CategorySource, Condition, Coverage, OffenceDecision, OffenceEffect, OneYearSkip, Outcome,
    Record, StepDetail, WarningDetail,
};
use crate::law::art1_scope::{self, Listing};
use crate::law::art2_exclusions::{self, ExceptionTest, GroupMatch, RecidivismTest};
use crate::law::{
    art3_part1_pending_cases, art3_part2_release, art3_part3_one_year_rule, art3_part3_reduction,
    art3_part4_expungement, art3_part5_deadline, art3_part6_social_help, art4_in_force,
};
use crate::pack::{AgeCounting, ArticleRef, OneYearBase, ProvisionId, RulePack};
use crate::practice::conditional_sentences;
use crate::term::Term;
use crate::vocab::{Category, Citation, ExclusionFact, Fraction, Measured, Punishment, Status};

/// The facts assumed where the case is silent, and the reading taken of each open question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assumptions {
    pub part: Vec<Option<u8>>,
    pub minor: Vec<Option<bool>>,
    pub victim_14_to_18: Vec<Option<bool>>,
    pub code_category: Vec<bool>,
    pub age_counting: AgeCounting,
    pub one_year_base: OneYearBase,
    pub recidivism_at_sentencing: bool,
    pub whole_as_gravest: bool,
}

impl Assumptions {
    /// Nothing assumed; each open question read as the pack says to read it first.
    pub fn first(case: &Case, pack: &RulePack) -> Assumptions {
        let n = case.offences.len();
        Assumptions {
            part: vec![None; n],
            minor: vec![None; n],
            victim_14_to_18: vec![None; n],
            code_category: vec![false; n],
            age_counting: pack.provisions.practice_age_counting.value.first_reading,
            one_year_base: pack.provisions.art3_part3_one_year_rule.value.first_reading,
            recidivism_at_sentencing: false,
            whole_as_gravest: false,
        }
    }
}

/// A question a pass met: a fact the case lacks, or an open reading it took.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Question {
    Part { offence: usize, parts: u8 },
    Minor { offence: usize },
    Victim { offence: usize },
    CodeCategory { offence: usize, category: Category },
    AgeCounting,
    OneYearBase,
    RecidivismAtSentencing,
    WholeAsGravest { category: Category },
}

impl Question {
    /// A fact the case does not give: every value is a reading, none comes first.
    pub fn is_missing_fact(self) -> bool {
        matches!(
            self,
            Question::Part { .. } | Question::Minor { .. } | Question::Victim { .. }
        )
    }

    /// Each value a missing fact can take, or the other reading of an open question, with the
    /// condition that names it.
    pub fn alternatives(self, a: &Assumptions) -> Vec<(Assumptions, Condition)> {
        let with = |change: &dyn Fn(&mut Assumptions)| {
            let mut next = a.clone();
            change(&mut next);
            next
        };
        match self {
            Question::Part { offence, parts } => (1..=parts.max(1))
                .map(|part| {
                    (
                        with(&|n| n.part[offence] = Some(part)),
                        Condition::Part { offence, part },
                    )
                })
                .collect(),
            Question::Minor { offence } => [true, false]
                .into_iter()
                .map(|minor| {
                    (
                        with(&|n| n.minor[offence] = Some(minor)),
                        Condition::Minor { offence, minor },
                    )
                })
                .collect(),
            Question::Victim { offence } => [true, false]
                .into_iter()
                .map(|yes| {
                    (
                        with(&|n| n.victim_14_to_18[offence] = Some(yes)),
                        Condition::VictimAged14To18 { offence, yes },
                    )
                })
                .collect(),
            Question::CodeCategory { offence, category } => vec![(
                with(&|n| n.code_category[offence] = true),
                Condition::CodeCategory { offence, category },
            )],
            Question::AgeCounting => {
                let other = match a.age_counting {
                    AgeCounting::DayAfterBirthday => AgeCounting::OnBirthday,
                    AgeCounting::OnBirthday => AgeCounting::DayAfterBirthday,
                };
                vec![(
                    with(&|n| n.age_counting = other),
                    Condition::AgeCounting { counting: other },
                )]
            }
            Question::OneYearBase => {
                let other = match a.one_year_base {
                    OneYearBase::Reduced => OneYearBase::Imposed,
                    OneYearBase::Imposed => OneYearBase::Reduced,
                };
                vec![(
                    with(&|n| n.one_year_base = other),
                    Condition::OneYearBase { base: other },
                )]
            }
            Question::RecidivismAtSentencing => vec![(
                with(&|n| n.recidivism_at_sentencing = true),
                Condition::RecidivismAtSentencing,
            )],
            Question::WholeAsGravest { category } => vec![(
                with(&|n| n.whole_as_gravest = true),
                Condition::WholeAsGravest { category },
            )],
        }
    }

    /// The condition describing the reading taken first, for an open question.
    pub fn first_condition(self, a: &Assumptions) -> Option<Condition> {
        match self {
            Question::OneYearBase => Some(Condition::OneYearBase {
                base: a.one_year_base,
            }),
            Question::AgeCounting => Some(Condition::AgeCounting {
                counting: a.age_counting,
            }),
            _ => None,
        }
    }
}

/// What one pass concluded.
pub struct Evaluation<'p> {
    pub trace: Trace<'p>,
    pub offences: Vec<OffenceDecision>,
    pub questions: Vec<Question>,
    pub outcome: Outcome,
    pub category: Option<Category>,
    pub new_term: Option<Term>,
    pub new_hours: Option<u32>,
    pub new_amount: Option<u32>,
    pub new_end: Option<NaiveDate>,
    pub release_on: Option<NaiveDate>,
    pub imposed_end: Option<NaiveDate>,
    pub record: Option<Record>,
}

/// What the result is, for comparing readings.
pub type ResultKey = (
    Outcome,
    Option<Term>,
    Option<u32>,
    Option<u32>,
    Option<NaiveDate>,
    Option<NaiveDate>,
    Option<Record>,
);

impl Evaluation<'_> {
    pub fn key(&self) -> ResultKey {
        (
            self.outcome,
            self.new_term,
            self.new_hours,
            self.new_amount,
            self.new_end,
            self.release_on,
            self.record,
        )
    }
}

/// An offence after Art. 1 and the Code's category.
struct Scoped {
    coverage: Coverage,
    category: Option<Category>,
    source: CategorySource,
    code_category: Option<Category>,
}

/// The state of one pass.
struct Pass<'c, 'p> {
    case: &'c Case,
    pack: &'p RulePack,
    a: &'c Assumptions,
    t: Trace<'p>,
    questions: Vec<Question>,
    /// Each offence's minority, once worked out (with its step written once).
    minority: Vec<Option<Option<bool>>>,
}

/// Runs the rules once.
pub fn evaluate<'p>(case: &Case, pack: &'p RulePack, a: &Assumptions) -> Evaluation<'p> {
    let pass = Pass {
        case,
        pack,
        a,
        t: Trace::new(pack),
        questions: Vec::new(),
        minority: vec![None; case.offences.len()],
    };
    pass.run()
}

impl<'p> Pass<'_, 'p> {
    fn ask(&mut self, question: Question) {
        if !self.questions.contains(&question) {
            self.questions.push(question);
        }
    }

    fn in_force(&self) -> NaiveDate {
        self.pack.provisions.art4_in_force.value.date
    }

    fn part(&self, i: usize) -> Option<u8> {
        self.case.offences[i].part.or(self.a.part[i])
    }

    /// The term of imprisonment imposed for a single offence: what its sanction must allow (CC
    /// Art. 52 part 1; several offences together may go beyond one sanction).
    fn single_imprisonment(&self) -> Option<Term> {
        imprisonment_for_one_offence(self.case)
    }

    fn run(mut self) -> Evaluation<'p> {
        let case = self.case;
        self.warn_about_dates();
        let scoped: Vec<Scoped> = (0..case.offences.len()).map(|i| self.scope(i)).collect();
        let mut offences: Vec<OffenceDecision> = scoped
            .iter()
            .zip(&case.offences)
            .enumerate()
            .map(|(i, (s, o))| OffenceDecision {
                article: o.article,
                part: self.part(i),
                coverage: s.coverage,
                category: s.category,
                category_source: s.source,
                code_category: s.code_category.filter(|c| Some(*c) != s.category),
                effect: match s.coverage {
                    Coverage::NotCovered => OffenceEffect::NotCovered,
                    _ => OffenceEffect::Unknown,
                },
                provision: None,
            })
            .collect();

        if scoped.iter().all(|s| s.coverage == Coverage::NotCovered) {
            return self.finish(offences, Outcome::NotCovered, Figures::default());
        }
        let goes_to_sentencing = self.goes_to_sentencing(&scoped);
        match self.exclusions(goes_to_sentencing) {
            Excluded::Yes => {
                // Art. 1 comes first: an offence it already ruled out stays not covered.
                for o in offences
                    .iter_mut()
                    .filter(|o| o.coverage != Coverage::NotCovered)
                {
                    o.effect = OffenceEffect::Excluded;
                }
                return self.finish(offences, Outcome::Excluded, Figures::default());
            }
            Excluded::Unknown => {
                return self.finish(offences, Outcome::NeedsReview, Figures::default());
            }
            Excluded::No => {}
        }
        self.t.step(
            ProvisionId::Art3NoConditions,
            None,
            StepDetail::NoConditions,
        );

        let under_punishment = self.under_punishment();
        for (i, s) in scoped.iter().enumerate() {
            if let (Coverage::Covered, Some(category)) = (s.coverage, s.category) {
                let (effect, provision) = self.effect(i, category, under_punishment);
                offences[i].effect = effect;
                offences[i].provision = Some(provision);
            }
        }
        let figures = self.headline(&offences, &scoped);
        let outcome = figures.outcome;
        self.closing_steps(outcome);
        self.finish(offences, outcome, figures)
    }

    fn finish(
        self,
        offences: Vec<OffenceDecision>,
        outcome: Outcome,
        f: Figures,
    ) -> Evaluation<'p> {
        let imposed_end = self.imposed_end();
        Evaluation {
            trace: self.t,
            offences,
            questions: self.questions,
            outcome,
            category: f.category,
            new_term: f.new_term,
            new_hours: f.new_hours,
            new_amount: f.new_amount,
            new_end: f.new_end,
            release_on: f.release_on,
            imposed_end,
            record: f.record,
        }
    }

    fn imposed_end(&self) -> Option<NaiveDate> {
        let s = self.case.sentence.as_ref()?;
        match s.measure {
            Measure::Term(term) => term.last_day(s.start?),
            _ => None,
        }
    }

    /// Inputs that contradict the dates, and a calculation made before the law existed.
    fn warn_about_dates(&mut self) {
        let in_force = self.in_force();
        let as_of = self.case.as_of;
        if !art4_in_force::in_force_on(as_of, in_force) {
            self.t.warn(
                ProvisionId::Art4InForce,
                None,
                WarningDetail::AsOfBeforeInForce { as_of, in_force },
            );
        }
        let Some(end) = self.imposed_end() else {
            return;
        };
        match self.case.stage {
            Stage::Served if end >= as_of => self.t.warn(
                ProvisionId::Art4InForce,
                None,
                WarningDetail::ServedButTermRuns { end, as_of },
            ),
            Stage::Serving if art4_in_force::ended_before(end, in_force) => self.t.warn(
                ProvisionId::Art4InForce,
                None,
                WarningDetail::ServingButEnded { end, in_force },
            ),
            _ => {}
        }
    }

    // ---------------------------------------------------------------------------------------
    // Law Art. 1 and the category (CC Art. 10–11)
    // ---------------------------------------------------------------------------------------

    fn scope(&mut self, i: usize) -> Scoped {
        let o = &self.case.offences[i];
        let p = &self.pack.provisions;
        let not_covered = Scoped {
            coverage: Coverage::NotCovered,
            category: None,
            source: CategorySource::None,
            code_category: None,
        };
        let period = &p.art1_period.value;
        let (date, from, to) = (o.committed_on, period.from, period.to);
        if !art1_scope::within_period(date, period) {
            let detail = StepDetail::PeriodOutside { date, from, to };
            self.t.step(ProvisionId::Art1Period, Some(i), detail);
            return not_covered;
        }
        let detail = StepDetail::PeriodInside { date, from, to };
        self.t.step(ProvisionId::Art1Period, Some(i), detail);
        let context = o.context;
        if !art1_scope::context_covered(context, &p.art1_context.value) {
            let detail = StepDetail::ContextNotCovered { context };
            self.t.step(ProvisionId::Art1Context, Some(i), detail);
            return not_covered;
        }
        let detail = StepDetail::ContextCovered { context };
        self.t.step(ProvisionId::Art1Context, Some(i), detail);

        let part = self.part(i);
        let article = o.article;
        let code_cite = Citation::code(article, part);
        let list_step = |t: &mut Trace, detail| {
            let cite = p.art1_list.cite;
            t.step_cited(
                ProvisionId::Art1List,
                cite,
                Some(code_cite),
                None,
                Some(i),
                detail,
            );
        };
        match art1_scope::listing(article, part, &p.art1_list.value) {
            Listing::NotListed => {
                list_step(&mut self.t, StepDetail::NotListed { article });
                not_covered
            }
            Listing::PartNotListed(entry) => {
                let listed = entry.parts.as_deref().unwrap_or_default().to_vec();
                let part = part.unwrap_or_default();
                list_step(
                    &mut self.t,
                    StepDetail::PartNotListed {
                        article,
                        part,
                        listed,
                    },
                );
                not_covered
            }
            Listing::PartNeeded { parts } => {
                self.part_unknown(i, parts);
                Scoped {
                    coverage: Coverage::Unknown,
                    ..not_covered
                }
            }
            Listing::ListedIfMinor(_) => {
                let part = part.unwrap_or_default();
                match self.minor(i) {
                    Some(minor) => {
                        list_step(
                            &mut self.t,
                            StepDetail::ListedIfMinor {
                                article,
                                part,
                                minor,
                            },
                        );
                        if minor {
                            self.category(i)
                        } else {
                            not_covered
                        }
                    }
                    None => Scoped {
                        coverage: Coverage::Unknown,
                        ..not_covered
                    },
                }
            }
            Listing::Listed(entry) => {
                let whole_article = entry.parts.is_none();
                list_step(
                    &mut self.t,
                    StepDetail::Listed {
                        article,
                        part,
                        whole_article,
                    },
                );
                self.category(i)
            }
        }
    }

    fn part_unknown(&mut self, i: usize, parts: u8) {
        let article = self.case.offences[i].article;
        self.ask(Question::Part { offence: i, parts });
        self.t.step(
            ProvisionId::Art1List,
            Some(i),
            StepDetail::PartUnknown { article, parts },
        );
    }

    /// The category of a covered offence: the Code's (CC Art. 10–11), or the verdict's where the
    /// user gave it.
    fn category(&mut self, i: usize) -> Scoped {
        let o: &Offence = &self.case.offences[i];
        let p = &self.pack.provisions;
        let bands = &p.cc_art11_categories.value;
        let part = self.part(i);
        let article = o.article;
        // The part's own sanction; without a part, the article's, if every part agrees.
        let row = match part {
            Some(_) => self.pack.code_part(article, part),
            None => {
                let mut rows = self.pack.code_parts(article);
                let first = rows.next();
                match first {
                    Some(f)
                        if rows.all(|r| {
                            art11_categories::category(r, bands).category
                                == art11_categories::category(f, bands).category
                        }) =>
                    {
                        Some(f)
                    }
                    _ => None,
                }
            }
        };
        let derived = row.map(|r| (r, art11_categories::category(r, bands)));
        let code_category = derived.map(|(_, d)| d.category);

        let covered = |category, source| Scoped {
            coverage: Coverage::Covered,
            category: Some(category),
            source,
            code_category,
        };
        // A category entered that cannot carry the sentence is ruled out by the sentence itself.
        let mut entered = o.category;
        if let (Some(verdict), Some((row, d)), Some(imposed)) =
            (entered, derived, self.single_imprisonment())
        {
            let ceiling = Ceiling::of_category(verdict, row.intent, bands);
            if verdict != d.category && ceiling.exceeded_by(imposed) {
                let detail = StepDetail::CategoryEnteredRuledOut {
                    entered: verdict,
                    code: d.category,
                    imposed,
                };
                self.t
                    .step(ProvisionId::CcArt52WithinSanction, Some(i), detail);
                entered = None;
            }
        }
        match (entered, self.a.code_category[i], derived) {
            (Some(verdict), false, _) => {
                let detail = StepDetail::CategoryFromVerdict {
                    category: verdict,
                    code: code_category,
                };
                let cite = p.cc_art11_categories.cite;
                self.t.step_cited(
                    ProvisionId::CcArt11Categories,
                    cite,
                    None,
                    None,
                    Some(i),
                    detail,
                );
                if let Some(code) = code_category.filter(|c| *c != verdict) {
                    self.t.warn(
                        ProvisionId::CcArt11Categories,
                        Some(i),
                        WarningDetail::CategoryDiffers { verdict, code },
                    );
                    self.ask(Question::CodeCategory {
                        offence: i,
                        category: code,
                    });
                }
                covered(verdict, CategorySource::Verdict)
            }
            (_, _, Some((row, d))) => {
                let cite = match d.band {
                    Some(band) => p.cc_art11_categories.cite.with_part(band),
                    None => p.cc_art11_categories.value.misdemeanour,
                };
                let detail = StepDetail::CategoryFromCode {
                    article,
                    part: row.part,
                    category: d.category,
                    intent: row.intent,
                    max_years: row.max_imprisonment_years,
                    restriction_of_freedom: row.restriction_of_freedom,
                };
                let also = Some(Citation::code(article, row.part));
                self.t.step_cited(
                    ProvisionId::CcArt11Categories,
                    cite,
                    also,
                    None,
                    Some(i),
                    detail,
                );
                covered(d.category, CategorySource::Code)
            }
            (_, _, None) => {
                let parts = self
                    .pack
                    .list_entries(article)
                    .next()
                    .map_or(0, |e| e.parts_in_code);
                self.part_unknown(i, parts);
                Scoped {
                    coverage: Coverage::Covered,
                    category: None,
                    source: CategorySource::None,
                    code_category: None,
                }
            }
        }
    }

    /// Whether the offender was a minor on the day of offence `i` (CC Art. 80 part 1), with the
    /// step saying so; `None` when no date of birth is given and none is assumed.
    fn minor(&mut self, i: usize) -> Option<bool> {
        if let Some(known) = self.minority[i] {
            return known;
        }
        let date = self.case.offences[i].committed_on;
        let ages = &self.pack.provisions.cc_art80_minors.value;
        let result = match (self.case.birth_date, self.a.minor[i]) {
            (Some(birth), _) => {
                let counting = self.a.age_counting;
                let age = art80_minors::age_on(birth, date, counting);
                let minor = art80_minors::is_minor(birth, date, ages.adult_age, counting);
                let on_the_day = art80_minors::counting_matters(birth, date)
                    && art80_minors::age_on(birth, date, AgeCounting::OnBirthday)
                        == u32::from(ages.adult_age);
                let status = on_the_day.then_some(Status::Open);
                if on_the_day {
                    self.ask(Question::AgeCounting);
                }
                let detail = if minor {
                    StepDetail::Minor {
                        birth,
                        date,
                        age,
                        counting,
                    }
                } else {
                    StepDetail::Adult {
                        birth,
                        date,
                        age,
                        counting,
                    }
                };
                let cite = self.pack.provisions.cc_art80_minors.cite;
                let provision = if on_the_day {
                    ProvisionId::PracticeAgeCounting
                } else {
                    ProvisionId::CcArt80Minors
                };
                self.t
                    .step_cited(provision, cite, None, status, Some(i), detail);
                Some(minor)
            }
            (None, Some(assumed)) => Some(assumed),
            (None, None) => {
                self.ask(Question::Minor { offence: i });
                self.t.step(
                    ProvisionId::CcArt80Minors,
                    Some(i),
                    StepDetail::AgeUnknown { date },
                );
                None
            }
        };
        self.minority[i] = Some(result);
        result
    }

    // ---------------------------------------------------------------------------------------
    // Law Art. 2
    // ---------------------------------------------------------------------------------------

    fn group(&self, provision: ProvisionId) -> &'p [ArticleRef] {
        let p = &self.pack.provisions;
        match provision {
            ProvisionId::CcArt3Item29Corruption => &p.cc_art3_item29_corruption.value,
            ProvisionId::CcArt3Item30Terrorist => &p.cc_art3_item30_terrorist.value,
            ProvisionId::CcArt3Item39Extremist => &p.cc_art3_item39_extremist.value,
            ProvisionId::CcArt3Item42SexualMinors => &p.cc_art3_item42_sexual_minors.value,
            ProvisionId::CcArt146Torture => &p.cc_art146_torture.value,
            ProvisionId::CcArt175Treason => &p.cc_art175_treason.value,
            ProvisionId::CcArt272Part1Organising => &p.cc_art272_part1_organising.value,
            _ => &[],
        }
    }

    fn item_exception(&self, provision: ProvisionId) -> crate::pack::Exception {
        let p = &self.pack.provisions;
        match provision {
            ProvisionId::Art2Item4SexualMinors => p.art2_item4_sexual_minors.value.exception,
            ProvisionId::Art2Item7OrganisingRiots => p.art2_item7_organising_riots.value.exception,
            ProvisionId::Art2Item1Terrorist => p.art2_item1_terrorist.value.exception,
            ProvisionId::Art2Item2Extremist => p.art2_item2_extremist.value.exception,
            ProvisionId::Art2Item3Torture => p.art2_item3_torture.value.exception,
            ProvisionId::Art2Item5Treason => p.art2_item5_treason.value.exception,
            ProvisionId::Art2Item6Corruption => p.art2_item6_corruption.value.exception,
            _ => crate::pack::Exception::None,
        }
    }

    /// The exclusions, for the whole person, from every offence in the case.
    /// Whether a pending case has a covered offence that is not simply closed: one a court will
    /// sentence, where the exclusion of item 8 may yet come to apply.
    fn goes_to_sentencing(&self, scoped: &[Scoped]) -> bool {
        let closed = &self.pack.provisions.art3_part1_pending_cases.value;
        !self.case.stage.is_convicted()
            && scoped.iter().any(|s| {
                s.coverage != Coverage::NotCovered
                    && s.category.is_none_or(|c| !closed.contains(&c))
            })
    }

    fn exclusions(&mut self, goes_to_sentencing: bool) -> Excluded {
        let mut result = Excluded::No;
        let mut found_any = false;
        let adult_age = self.pack.provisions.cc_art80_minors.value.adult_age;
        for i in 0..self.case.offences.len() {
            let o = &self.case.offences[i];
            let part = self.part(i);
            for (fact, item, group_provision) in art2_exclusions::ITEMS {
                let group = self.group(group_provision);
                let answered = o.exclusions.contains(&fact);
                let by_article = match art2_exclusions::in_group(o.article, part, group) {
                    GroupMatch::Yes if fact == ExclusionFact::SexualOffenceAgainstMinor => {
                        // Only a crime against a minor (CC Art. 3 item 42).
                        match o.victim_age {
                            Some(age) => age < adult_age,
                            None => {
                                if !answered {
                                    let article = o.article;
                                    self.t.warn(
                                        item,
                                        Some(i),
                                        WarningDetail::VictimAgeToCheck { article },
                                    );
                                }
                                false
                            }
                        }
                    }
                    GroupMatch::Yes => true,
                    GroupMatch::IfItem { part, item: clause } => {
                        if !answered {
                            let article = o.article;
                            self.t.warn(
                                item,
                                Some(i),
                                WarningDetail::CorruptionItemToCheck {
                                    article,
                                    part,
                                    item: clause,
                                },
                            );
                        }
                        false
                    }
                    GroupMatch::No => false,
                };
                if !(by_article || answered) {
                    continue;
                }
                found_any = true;
                let rule = self.item_exception(item);
                let offender_minor = match rule {
                    crate::pack::Exception::None => Some(false),
                    _ => self.minor(i),
                };
                let victim = o
                    .victim_age
                    .map(|age| art2_exclusions::victim_within_ages(rule, age))
                    .or(self.a.victim_14_to_18[i]);
                let item_cite = self.pack.provision(item).cite;
                let group_cite = self.pack.provision(group_provision).cite;
                if by_article {
                    // The Code names the group; the law's item then speaks of the person.
                    let article = o.article;
                    let detail = StepDetail::InGroup {
                        fact,
                        article,
                        part,
                    };
                    self.t.step(group_provision, Some(i), detail);
                }
                match art2_exclusions::exception(rule, offender_minor, victim) {
                    ExceptionTest::Applies => {
                        let age = self
                            .case
                            .birth_date
                            .map(|b| art80_minors::age_on(b, o.committed_on, self.a.age_counting));
                        let detail = StepDetail::ExclusionException {
                            fact,
                            age,
                            victim_age: o.victim_age,
                        };
                        self.t.step(item, Some(i), detail);
                    }
                    ExceptionTest::DoesNot => {
                        let (detail, also) = if by_article {
                            let article = o.article;
                            (
                                StepDetail::ExcludedByArticle {
                                    fact,
                                    article,
                                    part,
                                },
                                Some(group_cite),
                            )
                        } else {
                            (StepDetail::ExcludedByAnswer { fact }, None)
                        };
                        self.t
                            .step_cited(item, item_cite, also, None, Some(i), detail);
                        result = Excluded::Yes;
                    }
                    ExceptionTest::OffenderAgeNeeded => {
                        if result == Excluded::No {
                            result = Excluded::Unknown;
                        }
                    }
                    ExceptionTest::VictimAgeNeeded => {
                        self.ask(Question::Victim { offence: i });
                        let detail = StepDetail::VictimAgeUnknown { fact };
                        self.t.step(item, Some(i), detail);
                        if result == Excluded::No {
                            result = Excluded::Unknown;
                        }
                    }
                }
            }
        }
        if !found_any {
            self.t
                .step(ProvisionId::Art2Exclusions, None, StepDetail::NoExclusion);
        }

        let imposed = self.case.stage.is_convicted() || self.case.sentence.is_some();
        let recidivism = self.case.recidivism;
        let at_sentencing = self.a.recidivism_at_sentencing && goes_to_sentencing;
        match art2_exclusions::recidivism(recidivism, imposed || at_sentencing) {
            RecidivismTest::Excludes => {
                let detail = StepDetail::RecidivismExcludes { recidivism };
                self.t.step(ProvisionId::Art2Item8Recidivism, None, detail);
                Excluded::Yes
            }
            RecidivismTest::NotYetImposed => {
                if goes_to_sentencing {
                    self.ask(Question::RecidivismAtSentencing);
                }
                let detail = StepDetail::RecidivismNotYetImposed { recidivism };
                self.t.step(ProvisionId::Art2Item8Recidivism, None, detail);
                result
            }
            RecidivismTest::None => {
                self.t.step(
                    ProvisionId::Art2Item8Recidivism,
                    None,
                    StepDetail::NoRecidivism,
                );
                result
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // Law Art. 3, per offence
    // ---------------------------------------------------------------------------------------

    /// Whether a convict was still under the punishment when the law came into force: a term
    /// that had not ended, or (for hours and amounts) as the stage says. Written as a step when it
    /// was over.
    fn under_punishment(&mut self) -> bool {
        if !self.case.stage.is_convicted() {
            return false;
        }
        let in_force = self.in_force();
        match self.imposed_end() {
            Some(end) if art4_in_force::ended_before(end, in_force) => {
                let detail = StepDetail::ServedBeforeLaw { end, in_force };
                self.t.step(ProvisionId::Art4InForce, None, detail);
                false
            }
            Some(_) => true,
            None => self.case.stage == Stage::Serving,
        }
    }

    fn effect(
        &mut self,
        i: usize,
        category: Category,
        under_punishment: bool,
    ) -> (OffenceEffect, ProvisionId) {
        let p = &self.pack.provisions;
        let cut = art3_part3_reduction::cut(category, &p.art3_part3_reduction.value);
        let step = |t: &mut Trace, provision, detail| t.step(provision, Some(i), detail);
        if !self.case.stage.is_convicted() {
            if art3_part1_pending_cases::closes(
                self.case.stage,
                category,
                &p.art3_part1_pending_cases.value,
            ) {
                let provision = ProvisionId::Art3Part1PendingCases;
                step(&mut self.t, provision, StepDetail::CaseClosed { category });
                return (OffenceEffect::CaseClosed, provision);
            }
            let cut = cut.unwrap_or(NO_CUT);
            let provision = ProvisionId::Art3Part3Reduction;
            return if self.case.sentence.is_some() {
                step(
                    &mut self.t,
                    provision,
                    StepDetail::MainPunishmentCut { category, cut },
                );
                (OffenceEffect::MainPunishmentCut { cut }, provision)
            } else {
                step(
                    &mut self.t,
                    provision,
                    StepDetail::CutAtSentencing { category, cut },
                );
                (OffenceEffect::CutAtSentencing { cut }, provision)
            };
        }
        if under_punishment {
            if art3_part2_release::releases(category, &p.art3_part2_release.value) {
                let provision = ProvisionId::Art3Part2Release;
                step(
                    &mut self.t,
                    provision,
                    StepDetail::ReleasedFromPunishment { category },
                );
                self.record_of_small(i, category, true);
                return (OffenceEffect::ReleasedFromPunishment, provision);
            }
            let cut = cut.unwrap_or(NO_CUT);
            let provision = ProvisionId::Art3Part3Reduction;
            step(
                &mut self.t,
                provision,
                StepDetail::MainPunishmentCut { category, cut },
            );
            return (OffenceEffect::MainPunishmentCut { cut }, provision);
        }
        // Served before the law came into force.
        if art3_part4_expungement::expunges(category, &p.art3_part4_expungement.value) {
            let provision = ProvisionId::Art3Part4Expungement;
            step(
                &mut self.t,
                provision,
                StepDetail::ConvictionExpunged { category },
            );
            return (OffenceEffect::ConvictionExpunged, provision);
        }
        if category == Category::Misdemeanour {
            self.no_record_for_misdemeanour(i);
            return (OffenceEffect::NothingToApply, ProvisionId::CcArt79Record);
        }
        let provision = ProvisionId::Art3Part4Expungement;
        step(
            &mut self.t,
            provision,
            StepDetail::NoExpungementForGrave { category },
        );
        (OffenceEffect::NothingToApply, provision)
    }

    /// After a release for a misdemeanour or a small or medium crime: the conviction expunged
    /// (Art. 3 part 4), or none arises (CC Art. 79 part 2).
    fn record_of_small(&mut self, i: usize, category: Category, _released: bool) {
        let p = &self.pack.provisions;
        if art3_part4_expungement::expunges(category, &p.art3_part4_expungement.value) {
            let detail = StepDetail::ConvictionExpunged { category };
            self.t
                .step(ProvisionId::Art3Part4Expungement, Some(i), detail);
        } else {
            self.no_record_for_misdemeanour(i);
        }
    }

    fn no_record_for_misdemeanour(&mut self, i: usize) {
        let cite = self.pack.provisions.cc_art79_record.cite;
        let cite = Citation {
            part: Some(2),
            ..cite
        };
        self.t.step_cited(
            ProvisionId::CcArt79Record,
            cite,
            None,
            None,
            Some(i),
            StepDetail::NoRecordForMisdemeanour,
        );
    }

    // ---------------------------------------------------------------------------------------
    // The headline, the sentence, the record
    // ---------------------------------------------------------------------------------------

    fn headline(&mut self, offences: &[OffenceDecision], scoped: &[Scoped]) -> Figures {
        let needs_review = Figures {
            outcome: Outcome::NeedsReview,
            ..Figures::default()
        };
        if offences.iter().any(|o| o.effect == OffenceEffect::Unknown) {
            return needs_review;
        }
        let covered: Vec<(usize, &OffenceDecision)> = offences
            .iter()
            .enumerate()
            .filter(|(_, o)| o.effect != OffenceEffect::NotCovered)
            .collect();
        let gravest = covered
            .iter()
            .max_by_key(|(_, o)| o.category)
            .map(|(i, o)| (*i, o.category.unwrap_or(Category::EspeciallyGrave)));
        let Some((gravest_index, gravest_category)) = gravest else {
            return Figures {
                outcome: Outcome::NotCovered,
                ..Figures::default()
            };
        };
        let all_covered = covered.len() == offences.len();
        let same = all_covered && covered.iter().all(|(_, o)| o.effect == covered[0].1.effect);
        let all_at_sentencing = covered
            .iter()
            .all(|(_, o)| matches!(o.effect, OffenceEffect::CutAtSentencing { .. }));
        let effect = if same || self.a.whole_as_gravest || (all_covered && all_at_sentencing) {
            // Grave and especially grave at sentencing: each punishment is cut as the court sets it.
            offences[gravest_index].effect
        } else if self.case.sentence.is_none() {
            let (closed, going_on): (Vec<usize>, Vec<usize>) =
                (0..offences.len()).partition(|i| offences[*i].effect == OffenceEffect::CaseClosed);
            if !closed.is_empty() {
                let detail = StepDetail::PartlyClosed { closed, going_on };
                self.t
                    .step(ProvisionId::Art3Part1PendingCases, None, detail);
            }
            return Figures {
                outcome: Outcome::PartlyCovered,
                category: Some(gravest_category),
                ..Figures::default()
            };
        } else {
            self.t.step(
                ProvisionId::OpenSeveralOffences,
                None,
                StepDetail::AggregateNeedsCourt,
            );
            if all_covered {
                self.ask(Question::WholeAsGravest {
                    category: gravest_category,
                });
            }
            return needs_review;
        };
        let _ = scoped;
        let minor = self.minor_for_record(gravest_index);
        let mut f = Figures {
            category: Some(gravest_category),
            ..Figures::default()
        };
        f.outcome = match effect {
            OffenceEffect::CaseClosed => {
                f.record = Some(Record::NoConviction);
                Outcome::ReleaseFromLiability
            }
            OffenceEffect::CutAtSentencing { .. } => Outcome::ReductionAtSentencing,
            OffenceEffect::ReleasedFromPunishment => {
                f.release_on = Some(self.release_day_from_law());
                f.record = Some(if gravest_category == Category::Misdemeanour {
                    Record::NoRecord
                } else {
                    Record::Expunged
                });
                Outcome::ReleaseFromPunishment
            }
            OffenceEffect::ConvictionExpunged => {
                f.record = Some(Record::Expunged);
                Outcome::ConvictionExpunged
            }
            OffenceEffect::NothingToApply => {
                f.record = Some(if gravest_category == Category::Misdemeanour {
                    Record::NoRecord
                } else {
                    let end = self.imposed_end();
                    self.record_for_grave(gravest_category, end, minor)
                });
                Outcome::NothingToApply
            }
            OffenceEffect::MainPunishmentCut { cut } => {
                return self.cut_sentence(f, cut, minor);
            }
            OffenceEffect::NotCovered | OffenceEffect::Excluded | OffenceEffect::Unknown => {
                Outcome::NeedsReview
            }
        };
        f
    }

    /// The day a release under the law takes effect: the day it came into force, or the first
    /// day of a sentence that began later. Written as a step when it is the day of entry into
    /// force, whose date is reported.
    fn release_day_from_law(&mut self) -> NaiveDate {
        let in_force = self.in_force();
        let start = self.case.sentence.as_ref().and_then(|s| s.start);
        match start.filter(|s| *s > in_force) {
            Some(start) => start,
            None => {
                self.released_when_law_in_force();
                in_force
            }
        }
    }

    fn released_when_law_in_force(&mut self) {
        let rule = &self.pack.provisions.art4_in_force;
        let date = rule.value.date;
        let status = Some(rule.value.date_status);
        let detail = StepDetail::ReleasedWhenLawInForce { date };
        self.t.step_cited(
            ProvisionId::Art4InForce,
            rule.cite,
            None,
            status,
            None,
            detail,
        );
        if rule.value.date_status != Status::Verified {
            self.t.warn_status(
                ProvisionId::Art4InForce,
                rule.value.date_status,
                None,
                WarningDetail::InForceDateReported { date },
            );
        }
        let deadline = self.deadline();
        self.t.warn(
            ProvisionId::Art3Part5Deadline,
            None,
            WarningDetail::ReleaseWithinDeadline { deadline },
        );
    }

    fn deadline(&self) -> NaiveDate {
        let months = self.pack.provisions.art3_part5_deadline.value.months;
        art3_part5_deadline::deadline(self.in_force(), months)
    }

    /// Whether the gravest offence was committed under 18, for the record periods (CC Art. 89);
    /// an adult is assumed, and said to be, without a date of birth.
    fn minor_for_record(&mut self, i: usize) -> bool {
        match self.case.birth_date {
            Some(birth) => {
                let adult_age = self.pack.provisions.cc_art80_minors.value.adult_age;
                let date = self.case.offences[i].committed_on;
                if art80_minors::counting_matters(birth, date)
                    && art80_minors::age_on(birth, date, AgeCounting::OnBirthday)
                        == u32::from(adult_age)
                {
                    self.ask(Question::AgeCounting);
                }
                art80_minors::is_minor(birth, date, adult_age, self.a.age_counting)
            }
            None => self.a.minor[i].unwrap_or(false),
        }
    }

    fn record_for_grave(
        &mut self,
        category: Category,
        completed: Option<NaiveDate>,
        minor: bool,
    ) -> Record {
        let Some(s) = self.case.sentence.as_ref() else {
            return Record::OnServing { on: None };
        };
        let p = &self.pack.provisions;
        let (provision, periods) = if minor {
            (
                ProvisionId::CcArt89RecordMinors,
                &p.cc_art89_record_minors.value,
            )
        } else {
            (ProvisionId::CcArt79Record, &p.cc_art79_record.value)
        };
        let record = art79_record::expiry(
            category,
            s.punishment,
            s.conditional,
            completed,
            periods,
            minor,
        );
        let detail = match record {
            Record::Expires { years, on, minor } => {
                if self.case.birth_date.is_none() {
                    self.t.warn(
                        ProvisionId::CcArt89RecordMinors,
                        None,
                        WarningDetail::AdultAssumedForRecord,
                    );
                }
                StepDetail::RecordExpires {
                    years,
                    on,
                    category,
                    minor,
                }
            }
            Record::OnServing { on } => StepDetail::RecordOnServing {
                on,
                conditional: s.conditional,
            },
            _ => return record,
        };
        self.t.step(provision, None, detail);
        self.t.warn(
            ProvisionId::CcArt79Record,
            None,
            WarningDetail::AdditionalExtendsRecord,
        );
        record
    }

    /// Law Art. 3 part 3 applied to the sentence: the new term, hours or amount, the one-year
    /// rule, the release, the record.
    fn cut_sentence(&mut self, mut f: Figures, cut: Fraction, minor: bool) -> Figures {
        let category = f.category.unwrap_or(Category::Grave);
        let Some(s) = self.case.sentence.clone() else {
            f.outcome = Outcome::ReductionAtSentencing;
            return f;
        };
        if conditional_sentences::cut_as_real_term(s.conditional) {
            self.t.step(
                ProvisionId::PracticeConditionalSentences,
                None,
                StepDetail::ConditionalAsReal,
            );
            self.t.warn(
                ProvisionId::PracticeConditionalSentences,
                None,
                WarningDetail::ConditionalReported,
            );
        }
        let p = &self.pack.provisions;
        let reduction = ProvisionId::Art3Part3Reduction;
        match s.measure {
            Measure::Term(term) => return self.cut_term(f, &s, term, cut, minor),
            Measure::Hours(imposed) | Measure::Amount(imposed) => {
                let share = art3_part3_reduction::cut_count(imposed, cut);
                let new = share.value;
                let detail = if s.punishment.measured() == Measured::Hours {
                    f.new_hours = Some(new);
                    StepDetail::HoursCut { imposed, cut, new }
                } else {
                    f.new_amount = Some(new);
                    StepDetail::AmountCut { imposed, cut, new }
                };
                self.t.step(reduction, None, detail);
                self.rounded(share.rounded);
                f.outcome = if new == 0 {
                    f.release_on = Some(self.release_day_from_law());
                    Outcome::Release
                } else {
                    Outcome::PunishmentReduced
                };
            }
            Measure::Unstated => {
                let punishment = s.punishment;
                self.t.step(
                    reduction,
                    None,
                    StepDetail::MeasureNotStated { punishment, cut },
                );
                f.outcome = Outcome::PunishmentReduced;
            }
        }
        self.t.step(reduction, None, StepDetail::AdditionalNotCut);
        let _ = p;
        self.one_year_not_applicable(OneYearSkip::NotATerm);
        // Nothing left to pay or work: served the day of release; otherwise once served.
        f.record = Some(self.record_for_grave(category, f.release_on, minor));
        f
    }

    fn rounded(&mut self, rounded: bool) {
        if rounded {
            self.t.warn(
                ProvisionId::ConventionTermArithmetic,
                None,
                WarningDetail::ArithmeticRounded,
            );
        }
    }

    fn one_year_not_applicable(&mut self, reason: OneYearSkip) {
        let detail = StepDetail::OneYearNotApplicable { reason };
        self.t.step(ProvisionId::Art3Part3OneYearRule, None, detail);
    }

    fn release_on_last_day(&mut self, date: NaiveDate) {
        let detail = StepDetail::ReleaseOnLastDay { date };
        self.t.step(ProvisionId::ConventionReleaseDay, None, detail);
        self.t.warn(
            ProvisionId::ConventionReleaseDay,
            None,
            WarningDetail::ReleaseDayConvention,
        );
    }

    fn cut_term(
        &mut self,
        mut f: Figures,
        s: &Sentence,
        term: Term,
        cut: Fraction,
        minor: bool,
    ) -> Figures {
        let category = f.category.unwrap_or(Category::Grave);
        let p = &self.pack.provisions;
        let in_force = self.in_force();
        let days_per_month = p
            .convention_term_arithmetic
            .value
            .days_per_month_for_fractions;
        let share = art3_part3_reduction::cut_term(term, cut, days_per_month);
        let new = share.value;
        let reduction = ProvisionId::Art3Part3Reduction;
        self.t.step(
            reduction,
            None,
            StepDetail::TermCut {
                imposed: term,
                cut,
                new,
            },
        );
        self.rounded(share.rounded);
        self.t.step(reduction, None, StepDetail::AdditionalNotCut);
        let Some(start) = s.start else {
            f.outcome = Outcome::TermReduced;
            f.new_term = Some(new);
            return f;
        };
        let trial = !self.case.stage.is_convicted();
        let imposed_end = term.last_day(start);
        let new_end = new.last_day(start);
        f.new_term = Some(new);
        f.new_end = new_end;
        if let Some(end) = new_end {
            let detail = StepDetail::NewLastDay {
                start,
                term: new,
                end,
            };
            self.t
                .step(ProvisionId::ConventionTermArithmetic, None, detail);
        }

        if trial {
            self.one_year_not_applicable(OneYearSkip::AtTrial);
            let earliest = in_force.max(self.case.as_of);
            match new_end.filter(|end| *end >= earliest) {
                Some(end) => {
                    self.release_on_last_day(end);
                    f.release_on = Some(end);
                    f.outcome = Outcome::TermReduced;
                }
                None => {
                    let end = new_end.unwrap_or(start);
                    self.t
                        .step(reduction, None, StepDetail::ReleaseAtSentencing { end });
                    f.outcome = Outcome::ReleaseAtSentencing;
                }
            }
            let completed = f
                .release_on
                .filter(|_| !s.conditional)
                .or(if s.conditional { new_end } else { None });
            f.record = Some(self.record_for_grave(category, completed, minor));
            return f;
        }

        let began_after_law = start > in_force;
        match new_end {
            None => {
                // A cut to nothing: the whole punishment is remitted.
                f.release_on = Some(self.release_day_from_law());
                f.outcome = Outcome::Release;
            }
            _ if began_after_law => {
                self.one_year_not_applicable(OneYearSkip::BeganAfterLaw);
                if let Some(end) = new_end {
                    self.release_on_last_day(end);
                }
                f.release_on = new_end;
                f.outcome = Outcome::TermReduced;
            }
            Some(end) if art4_in_force::ended_before(end, in_force) => {
                let detail = StepDetail::ReducedTermOver { end, in_force };
                self.t.step(reduction, None, detail);
                self.released_when_law_in_force();
                f.release_on = Some(in_force);
                f.outcome = Outcome::Release;
            }
            Some(end) => {
                let rule = &p.art3_part3_one_year_rule.value;
                let base = self.a.one_year_base;
                self.ask(Question::OneYearBase);
                let tested = match base {
                    OneYearBase::Reduced => end,
                    OneYearBase::Imposed => imposed_end.unwrap_or(end),
                };
                let test = art3_part3_one_year_rule::test(in_force, tested, rule.at_most_months);
                match test {
                    Some(test) if test.met => {
                        let detail = StepDetail::OneYearMet {
                            in_force,
                            end: tested,
                            latest: test.latest,
                            base,
                        };
                        self.t.step(ProvisionId::Art3Part3OneYearRule, None, detail);
                        self.released_when_law_in_force();
                        f.new_term = Term::between(start, in_force);
                        f.new_end = Some(in_force);
                        f.release_on = Some(in_force);
                        f.outcome = Outcome::Release;
                    }
                    Some(test) => {
                        let detail = StepDetail::OneYearNotMet {
                            in_force,
                            end: tested,
                            latest: test.latest,
                            base,
                        };
                        self.t.step(ProvisionId::Art3Part3OneYearRule, None, detail);
                        self.release_on_last_day(end);
                        f.release_on = Some(end);
                        f.outcome = Outcome::TermReduced;
                    }
                    None => {
                        self.release_on_last_day(end);
                        f.release_on = Some(end);
                        f.outcome = Outcome::TermReduced;
                    }
                }
            }
        }
        let completed = if s.conditional {
            f.new_end
        } else {
            f.release_on
        };
        f.record = Some(self.record_for_grave(category, completed, minor));
        f
    }

    /// The dates every covered result gives, and the help for those released from custody.
    fn closing_steps(&mut self, outcome: Outcome) {
        if !outcome.is_covered() {
            return;
        }
        let in_force = self.in_force();
        let deadline = self.deadline();
        self.t.step(
            ProvisionId::Art3Part5Deadline,
            None,
            StepDetail::Deadline { in_force, deadline },
        );
        let released = matches!(
            outcome,
            Outcome::ReleaseFromPunishment
                | Outcome::Release
                | Outcome::TermReduced
                | Outcome::ReleaseAtSentencing
        );
        let punishment = self
            .case
            .sentence
            .as_ref()
            .map_or(Punishment::Fine, |s| s.punishment);
        let conditional = self.case.sentence.as_ref().is_some_and(|s| s.conditional);
        if art3_part6_social_help::applies(punishment, released && !conditional) {
            self.t.step(
                ProvisionId::Art3Part6SocialHelp,
                None,
                StepDetail::SocialHelp,
            );
        }
    }
}

/// No cut: for a category part 3 does not cut (never reached for a covered offence).
const NO_CUT: Fraction = Fraction {
    numerator: 0,
    denominator: 1,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Excluded {
    Yes,
    No,
    /// A missing fact decides.
    Unknown,
}

/// The figures of the headline.
#[derive(Clone, Debug)]
struct Figures {
    outcome: Outcome,
    category: Option<Category>,
    new_term: Option<Term>,
    new_hours: Option<u32>,
    new_amount: Option<u32>,
    new_end: Option<NaiveDate>,
    release_on: Option<NaiveDate>,
    record: Option<Record>,
}

impl Default for Figures {
    fn default() -> Self {
        Figures {
            outcome: Outcome::NeedsReview,
            category: None,
            new_term: None,
            new_hours: None,
            new_amount: None,
            new_end: None,
            release_on: None,
            record: None,
        }
    }
}

/// The term of imprisonment imposed, when the case has a single offence (the sanction of that
/// offence must allow it).
pub fn imprisonment_for_one_offence(case: &Case) -> Option<Term> {
    let s = case.sentence.as_ref()?;
    match (case.offences.len(), s.punishment, s.measure) {
        (1, Punishment::Imprisonment, Measure::Term(term)) => Some(term),
        _ => None,
    }
}

/// Whether a part of offence `i`'s article is ruled out by the sentence (CC Art. 52 part 1): its
/// sanction does not allow the imprisonment imposed. The step that says so, if it is.
pub fn part_ruled_out(case: &Case, pack: &RulePack, i: usize, part: u8) -> Option<StepDetail> {
    let imposed = imprisonment_for_one_offence(case)?;
    let article = case.offences.get(i)?.article;
    let row = pack.code_part(article, Some(part))?;
    let ceiling = Ceiling::of_sanction(row.max_imprisonment_years);
    ceiling
        .exceeded_by(imposed)
        .then_some(StepDetail::PartRuledOut {
            article,
            part,
            max_years: row.max_imprisonment_years,
            imposed,
        })
}
