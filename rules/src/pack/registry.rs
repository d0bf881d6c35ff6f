//! The one list of provisions. Each line names a provision once: its `ProvisionId` variant (whose
//! snake_case form is its key in `pack.json` and its name in the decision JSON), its field in
//! [`Provisions`](super::types::Provisions) and the type of its figures. Everything else that
//! lists provisions — the `Provisions` struct, the build script's writer of the compiled pack,
//! `ProvisionId`, `ProvisionId::ALL` and `RulePack::provision` — is generated from it.
//!
//! Adding a provision: a line here, its entry in `pack.json` (docs/rules.md, "Adding a
//! provision"). The build script compiles this file too (`build.rs`).

/// Calls `$then!` with every provision, in the order of `pack.json`, as `Id field: Type`.
macro_rules! with_provisions {
    ($then:ident) => {
        $then! {
            Art1Period art1_period: Period,
            Art1Context art1_context: List<Context>,
            Art1List art1_list: List<ListEntry>,
            Art2Exclusions art2_exclusions: (),
            Art2Item1Terrorist art2_item1_terrorist: ExclusionItem,
            Art2Item2Extremist art2_item2_extremist: ExclusionItem,
            Art2Item3Torture art2_item3_torture: ExclusionItem,
            Art2Item4SexualMinors art2_item4_sexual_minors: ExclusionItem,
            Art2Item5Treason art2_item5_treason: ExclusionItem,
            Art2Item6Corruption art2_item6_corruption: ExclusionItem,
            Art2Item7OrganisingRiots art2_item7_organising_riots: ExclusionItem,
            Art2Item8Recidivism art2_item8_recidivism: (),
            Art3NoConditions art3_no_conditions: (),
            Art3Part1PendingCases art3_part1_pending_cases: Categories,
            Art3Part2Release art3_part2_release: Categories,
            Art3Part3Reduction art3_part3_reduction: Cuts,
            Art3Part3OneYearRule art3_part3_one_year_rule: OneYearRule,
            Art3Part4Expungement art3_part4_expungement: Categories,
            Art3Part5Deadline art3_part5_deadline: Deadline,
            Art3Part6SocialHelp art3_part6_social_help: (),
            Art4InForce art4_in_force: InForce,
            CcArt3Item29Corruption cc_art3_item29_corruption: List<ArticleRef>,
            CcArt3Item30Terrorist cc_art3_item30_terrorist: List<ArticleRef>,
            CcArt3Item39Extremist cc_art3_item39_extremist: List<ArticleRef>,
            CcArt3Item42SexualMinors cc_art3_item42_sexual_minors: List<ArticleRef>,
            CcArt146Torture cc_art146_torture: List<ArticleRef>,
            CcArt175Treason cc_art175_treason: List<ArticleRef>,
            CcArt272Part1Organising cc_art272_part1_organising: List<ArticleRef>,
            CcArt11Categories cc_art11_categories: Bands,
            CcArt52WithinSanction cc_art52_within_sanction: (),
            CcArt79Record cc_art79_record: RecordYears,
            CcArt80Minors cc_art80_minors: Minority,
            CcArt89RecordMinors cc_art89_record_minors: RecordYears,
            CcArt46Institution cc_art46_institution: InstitutionDefaults,
            CcArt62CustodyCredit cc_art62_custody_credit: CustodyCredit,
            CcArt63ProbationMinors cc_art63_probation_minors: MonthsRange,
            CcArt64ProbationCancel cc_art64_probation_cancel: Fraction,
            CcArt72Parole cc_art72_parole: Shares,
            CcArt72Part4SpecialGroups cc_art72_part4_special_groups: Shares,
            CcArt72Part5Floor cc_art72_part5_floor: Floor,
            CcArt72Part8Exclusions cc_art72_part8_exclusions: (),
            CcArt72Part8Corruption cc_art72_part8_corruption: (),
            CcArt73Replacement cc_art73_replacement: Shares,
            CcArt79Part4AfterRelease cc_art79_part4_after_release: (),
            CcArt86ParoleMinors cc_art86_parole_minors: Shares,
            CcArt87ReplacementMinors cc_art87_replacement_minors: Shares,
            CcArt40Punishments cc_art40_punishments: GeneralLimits,
            CcArt58SeveralOffences cc_art58_several_offences: SeveralOffencesLimits,
            PracticeConditionalSentences practice_conditional_sentences: (),
            PracticeAgeCounting practice_age_counting: AgeCountingRule,
            PracticeContinuingOffences practice_continuing_offences: List<ArticleRef>,
            OpenSeveralOffences open_several_offences: (),
            OpenParoleBase open_parole_base: TermBaseRule,
            OpenHalfDay open_half_day: HalfDayRule,
            OpenOneYearBoundary open_one_year_boundary: BoundaryRule,
            OpenTermBeganAfterLaw open_term_began_after_law: LaterTermRule,
            CpcArt476Procedure cpc_art476_procedure: Procedure,
            ConventionTermArithmetic convention_term_arithmetic: Arithmetic,
            ConventionReleaseDay convention_release_day: (),
        }
    };
}
