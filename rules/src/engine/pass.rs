//! One pass of the rules over a case, under one set of assumptions: the facts the case lacks and
//! the readings of open questions. The engine runs it once, then again for each other reading.
//!
//! The order, as a court takes it: the custody credited (CC Art. 62); Art. 1 for each offence
//! (period, context, list, and the category from the Code: `scope.rs`); the sentence against what
//! the law allows (CC Arts. 52, 58); Art. 2 for the person (`exclusions.rs`); Art. 3 for each
//! offence by stage and category; then the sentence, the record and the dates (`sentence.rs`),
//! and the early releases after the verdict (`after_verdict.rs`). Each provision returns what it
//! found; the pass puts its notes in the trace and asks its questions.

use chrono::NaiveDate;

use super::assumptions::{Assumptions, Question};
use crate::case::Case;
use crate::criminal_code::art11_categories::OffenceCategory;
use crate::criminal_code::art46_institution;
use crate::criminal_code::art52_within_sanction;
use crate::criminal_code::art58_several_offences::{self, Weighed};
use crate::criminal_code::art62_custody_credit::{self, Credit};
use crate::criminal_code::early_release::AfterVerdict;
use crate::decision::{AggregateRange, Coverage, OffenceDecision, Outcome, Reading};
use crate::decision::{Step, Warning};
use crate::finding::{Caution, Entry, Found, Note, Notes};
use crate::law::art2_exclusions::{self, Exclusion};
use crate::law::{art3_no_conditions, art3_part1_pending_cases, art3_part2_release};
use crate::law::{art3_part3_reduction, art4_in_force};
use crate::pack::{Provisions, RulePack};
use crate::vocab::Category;

/// The explanation trace, assembled from what each provision found: a step is a provision's
/// note placed at the offence it is about; the same warning is given once.
#[derive(Default)]
pub struct Trace {
    pub steps: Vec<Step>,
    pub warnings: Vec<Warning>,
}

impl Trace {
    /// A warning, once.
    pub fn warn(&mut self, caution: Caution, offence: Option<usize>) {
        let (provision, status, detail) = (caution.provision, caution.status, caution.detail);
        let warning = Warning {
            provision,
            status,
            offence,
            detail,
        };
        if !self.warnings.contains(&warning) {
            self.warnings.push(warning);
        }
    }
}

/// What one pass concluded.
pub struct Evaluation {
    pub trace: Trace,
    pub offences: Vec<OffenceDecision>,
    pub questions: Vec<Question>,
    /// The category that decided the treatment.
    pub category: Option<Category>,
    /// The result, as a reading would give it.
    pub result: Reading,
    /// The custody credited, and the early releases after the verdict.
    pub credit: Credit,
    pub after: AfterVerdict,
    /// The range of a new aggregate, from the offences' own punishments.
    pub aggregate: Option<AggregateRange>,
}

/// The state of one pass.
pub(super) struct Pass<'c, 'p> {
    pub case: &'c Case,
    pub pack: &'p RulePack,
    pub p: &'p Provisions,
    pub a: &'c Assumptions,
    pub trace: Trace,
    pub questions: Vec<Question>,
    /// Each offence's minority, once worked out (with its step written once).
    pub minority: Vec<Option<Option<bool>>>,
    /// The custody credited (CC Art. 62), worked out first.
    pub credit: Credit,
    /// The range of a new aggregate, from the offences' own punishments.
    pub aggregate: Option<AggregateRange>,
}

/// Runs the rules once.
pub fn evaluate(case: &Case, pack: &RulePack, a: &Assumptions) -> Evaluation {
    let pass = Pass {
        case,
        pack,
        p: &pack.provisions,
        a,
        trace: Trace::default(),
        questions: Vec::new(),
        minority: vec![None; case.offences.len()],
        credit: Credit::default(),
        aggregate: None,
    };
    pass.run()
}

impl<'p> Pass<'_, 'p> {
    /// What a provision found about offence `offence` (or about the person): its steps and
    /// warnings go to the trace, its questions are asked; its result is returned.
    pub fn take<T>(&mut self, offence: Option<usize>, found: Found<T>) -> T {
        self.absorb(offence, found.notes);
        found.value
    }

    /// Not generic, so the page carries it once.
    fn absorb(&mut self, offence: Option<usize>, notes: Notes) {
        for entry in notes.entries {
            match entry {
                Entry::Step(note) => self.trace.steps.push(note.at(offence)),
                Entry::Warning(caution) => self.trace.warn(caution, offence),
                Entry::Question(raised) => {
                    let question = Question::raised(raised, offence);
                    if let Some(q) = question.filter(|q| !self.questions.contains(q)) {
                        self.questions.push(q);
                    }
                }
            }
        }
    }

    /// One step of a provision.
    pub fn note(&mut self, offence: Option<usize>, note: Note) {
        self.trace.steps.push(note.at(offence));
    }

    /// The part of offence `i`, given or assumed.
    pub fn part(&self, i: usize) -> Option<u8> {
        self.case.offences[i].part.or(self.a.part[i])
    }

    /// Each offence as CC Art. 58 weighs it, under its part given or assumed.
    fn weighed(&self) -> Vec<Weighed<'p>> {
        let (case, pack) = (self.case, self.pack);
        let weigh = |i| art58_several_offences::weighed(case, i, self.part(i), pack);
        (0..case.offences.len()).map(weigh).collect()
    }

    /// Each offence's part, given or assumed.
    pub fn parts(&self) -> Vec<Option<u8>> {
        (0..self.case.offences.len())
            .map(|i| self.part(i))
            .collect()
    }

    /// The last day of the term imposed, with the custody credited, where it has one and its
    /// first day is given.
    pub fn imposed_end(&self) -> Option<NaiveDate> {
        let end = self.case.sentence.as_ref()?.imposed_end()?;
        Some(crate::term::days_before(end, self.credit.days))
    }

    /// Offence `i` as Art. 1 and its category leave it; its effect is still to be found.
    pub fn scoped(
        &self,
        i: usize,
        coverage: Coverage,
        c: Option<OffenceCategory>,
    ) -> OffenceDecision {
        let (article, part) = (self.case.offences[i].article, self.part(i));
        let used = c.map(|c| (c.category, c.source));
        OffenceDecision::scoped(article, part, coverage, used, c.and_then(|c| c.code))
    }

    /// The custody credited to the sentence (CC Art. 62), first: every date the pass works out
    /// afterwards is on the credited term.
    fn custody_credit(&mut self) -> Credit {
        let (case, a) = (self.case, self.a);
        let parts = self.parts();
        let facts =
            |s: &_| art46_institution::facts(case, s, &parts, a.open.age_counting, self.pack);
        let found =
            art62_custody_credit::of_case(case, facts, a.institution, a.open.half_day, self.p);
        self.take(None, found)
    }

    fn run(mut self) -> Evaluation {
        let (case, p) = (self.case, self.p);
        self.credit = self.custody_credit();
        let dates = art4_in_force::contradictions(
            case.as_of,
            case.stage,
            self.imposed_end(),
            &p.art4_in_force,
        );
        self.take(None, Found::with((), dates));
        let mut offences: Vec<OffenceDecision> =
            (0..case.offences.len()).map(|i| self.scope(i)).collect();
        let weighed = self.weighed();
        for (caution, at) in art52_within_sanction::beyond_the_law(case, &weighed, self.pack) {
            self.trace.warn(caution, at);
        }
        if offences.iter().all(|o| o.coverage == Coverage::NotCovered) {
            return self.finish(offences, None, Reading::only(Outcome::NotCovered));
        }
        let pending = &p.art3_part1_pending_cases;
        let goes_to_sentencing =
            art3_part1_pending_cases::goes_to_sentencing(case.stage, &offences, pending);
        match self.exclusions(goes_to_sentencing) {
            Exclusion::Yes => {
                art2_exclusions::exclude_offences(&mut offences);
                return self.finish(offences, None, Reading::only(Outcome::Excluded));
            }
            Exclusion::Unknown => {
                return self.finish(offences, None, Reading::only(Outcome::NeedsReview));
            }
            Exclusion::No => {}
        }
        self.note(None, art3_no_conditions::none(&p.art3_no_conditions));

        let under_punishment = art3_part2_release::still_under_punishment(
            case.stage,
            self.imposed_end(),
            case.sentence.as_ref().map(|s| s.punishment),
            &p.art4_in_force,
        );
        let under_punishment = self.take(None, under_punishment);
        // Law Art. 3 for each covered offence, by the stage: closed (part 1), released (part 2)
        // or cut (part 3), and for a sentence served before the law, the record (part 4).
        for (i, o) in offences.iter_mut().enumerate() {
            let (Coverage::Covered, Some(category)) = (o.coverage, o.category) else {
                continue;
            };
            let found = art3_part2_release::effect_by_stage(
                case.stage,
                case.sentence.is_some(),
                under_punishment,
                category,
                p,
            );
            let (effect, provision) = self.take(Some(i), found);
            (o.effect, o.provision) = (effect, Some(provision));
        }
        for (i, o) in offences.iter_mut().enumerate() {
            if let Some(own) = case.offences[i].sentence {
                let found = art3_part3_reduction::own_punishment(own, o.effect, p);
                o.own_sentence = Some(self.take(Some(i), found));
            }
        }
        let from = art52_within_sanction::measured_from(case);
        let found = art58_several_offences::of_own_punishments(&offences, &weighed, from, p);
        self.aggregate = self.take(None, found);
        let (category, result) = self.headline(&offences);
        self.closing_steps(result.outcome);
        self.finish(offences, category, result)
    }

    fn finish(
        mut self,
        offences: Vec<OffenceDecision>,
        category: Option<Category>,
        result: Reading,
    ) -> Evaluation {
        let after = self.after_verdict(&offences, &result);
        Evaluation {
            trace: self.trace,
            offences,
            questions: self.questions,
            category,
            result,
            credit: self.credit,
            after,
            aggregate: self.aggregate,
        }
    }
}
