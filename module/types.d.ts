// The types of the amnesty module's values, written by hand to follow the rules' serde shapes
// (rules/src/decision.rs, rules/src/case/, module/src/lib.rs). They are checked against real
// outputs (every case of the legal case table, every kind of step, warning, condition and
// problem) by tests/e2e/module.test.mjs, and each enum's names against the Rust types by the
// module crate's native tests.

/** A language of the calculator: Kazakh, Russian, English. */
export type Lang = "kk" | "ru" | "en";

/** A calendar date written `YYYY-MM-DD` (as every date the module gives). */
export type IsoDate = `${number}-${number}-${number}`;

/** A Criminal Code article: a number (`188`) or, with a dash number, a string (`"269-1"`). */
export type ArticleNo = number | `${number}-${number}`;

// ---------------------------------------------------------------- the case file (input)

export type Stage = "investigation" | "trial" | "serving" | "served";
export type Recidivism = "none" | "recidivism" | "dangerous_recidivism";
/** How an offence relates to the events of January 2022 (Law Art. 1). */
export type Context = "riots" | "suppression" | "other";
/** Gravity (CC Art. 10–11), lightest first. */
export type Category = "misdemeanour" | "small" | "medium" | "grave" | "especially_grave";
/** The facts of Law Art. 2 items 1–7, asked plainly. */
export type ExclusionFact =
  | "terrorist"
  | "extremist"
  | "corruption"
  | "treason"
  | "torture"
  | "organising_riots"
  | "sexual_offence_against_minor";
export type Punishment =
  | "imprisonment"
  | "restriction_of_freedom"
  | "correctional_works"
  | "community_service"
  | "arrest"
  | "fine";

/**
 * A case in the public case-file format (README, "The case-file format"). Dates are
 * `2022-01-05`, or as people write them (`05.01.2022`, `5 января 2022 г.`, `January 5, 2022`).
 * An optional field may be left out or given as `null`; a field not listed here is refused.
 */
export interface CaseFile {
  /** Date of the calculation; default today in Kazakhstan (UTC+5). */
  as_of?: string | null;
  birth_date?: string | null;
  recidivism?: Recidivism | null;
  stage: Stage;
  /** One to 50. */
  offences: OffenceFile[];
  /** Required when serving or served; optional at trial; refused at investigation. */
  sentence?: SentenceFile | null;
  /** Time held before `sentence.start`, both days included; periods may not overlap. */
  custody?: CustodyFile[] | null;
  /** Facts parole and replacement depend on; each optional. */
  parole_facts?: ParoleFacts | null;
}

/** How a person was held before the verdict took effect (CC Art. 62 parts 3–4). */
export type CustodyKind = "detention" | "house_arrest";

export interface CustodyFile {
  from: string;
  to: string;
  kind: CustodyKind;
}

/** The institution's security level (CC Art. 46 part 5); "maximum" covers extraordinary and full. */
export type Institution = "minimum" | "medium" | "maximum";

export interface ParoleFacts {
  /** CC Art. 72 part 4: pregnant, young children, aged 58 (women) or 63 (men), disability I–II. */
  special_group?: boolean | null;
  /** Every condition of a plea agreement fulfilled. */
  plea_agreement?: boolean | null;
  /** An especially grave crime linked to an attempt on a person's life. */
  attempt_on_life?: boolean | null;
  damage_repaid?: boolean | null;
  malicious_violations?: boolean | null;
}

export interface OffenceFile {
  article: ArticleNo;
  part?: number | null;
  committed_on: string;
  context: Context;
  /** From the verdict, used instead of the Code's. */
  category?: Category | null;
  exclusions?: ExclusionFact[] | null;
  /** In whole years. */
  victim_age?: number | null;
  /** The punishment the verdict gives this offence on its own (CC Art. 58 part 1). */
  sentence?: OwnSentenceFile | null;
}

/** An offence's own punishment: a term, hours or an amount, measured as the sentence is. */
export interface OwnSentenceFile {
  punishment: Punishment;
  years?: number | null;
  months?: number | null;
  days?: number | null;
  /** Community service. */
  hours?: number | null;
  /** A fine or correctional works, in MCI. */
  amount?: number | null;
}

/** The sentence: its measure, as an offence's own is given, and how a term is served. */
export interface SentenceFile extends OwnSentenceFile {
  /** First day of the term (required for a term). */
  start?: string | null;
  /** Imprisonment only. */
  conditional?: boolean | null;
  /** Imprisonment only (not conditional): the level the verdict names. */
  institution?: Institution | null;
  /** A minor's conditional sentence: the probation the court set, in months (6–12). */
  probation_months?: number | null;
}

// ---------------------------------------------------------------- the decision (output)

export type Outcome =
  | "release_from_liability"
  | "partly_covered"
  | "reduction_at_sentencing"
  | "release_at_sentencing"
  | "release_from_punishment"
  | "conviction_expunged"
  | "term_reduced"
  | "punishment_reduced"
  | "release"
  | "nothing_to_apply"
  | "not_covered"
  | "excluded"
  | "needs_review";

/** How sure: read in the text, reported by officials or the press, or left open by the text. */
export type Status = "verified" | "reported" | "open";

export type Act = "law" | "criminal_code" | "practice" | "convention" | "procedure_code";

/** A provision as lawyers cite it; the words are in `Explanation`. */
export interface Citation {
  act: Act;
  article?: ArticleNo;
  part?: number;
  paragraph?: number;
  item?: number;
}

export interface Term {
  years: number;
  months: number;
  days: number;
}

/** A cut as the law states it: 3/4 or 1/2. */
export interface Fraction {
  numerator: number;
  denominator: number;
}

export type Intent = "intentional" | "negligent";
/** When an age is reached (open: both are computed). */
export type AgeCounting = "day_after_birthday" | "on_birthday";
/** What the one-year rule counts on (open: both are computed). */
export type OneYearBase = "reduced" | "imposed";
/** How half a day of credit is counted (open). */
export type HalfDay = "up" | "down";
/** Whether the day the law came into force counts as still to serve or as served (open). */
export type BoundaryDay = "day_left" | "day_served";
/** Whether the one-year rule reaches a term begun after the law (open). */
export type LaterTerm = "not_applied" | "applied";

export type ProvisionId =
  | "art1_period"
  | "art1_context"
  | "art1_list"
  | "art2_exclusions"
  | "art2_item1_terrorist"
  | "art2_item2_extremist"
  | "art2_item3_torture"
  | "art2_item4_sexual_minors"
  | "art2_item5_treason"
  | "art2_item6_corruption"
  | "art2_item7_organising_riots"
  | "art2_item8_recidivism"
  | "art3_no_conditions"
  | "art3_part1_pending_cases"
  | "art3_part2_release"
  | "art3_part3_reduction"
  | "art3_part3_one_year_rule"
  | "art3_part4_expungement"
  | "art3_part5_deadline"
  | "art3_part6_social_help"
  | "art4_in_force"
  | "cc_art3_item29_corruption"
  | "cc_art3_item30_terrorist"
  | "cc_art3_item39_extremist"
  | "cc_art3_item42_sexual_minors"
  | "cc_art146_torture"
  | "cc_art175_treason"
  | "cc_art272_part1_organising"
  | "cc_art11_categories"
  | "cc_art52_within_sanction"
  | "cc_art79_record"
  | "cc_art80_minors"
  | "cc_art89_record_minors"
  | "cc_art46_institution"
  | "cc_art62_custody_credit"
  | "cc_art63_probation_minors"
  | "cc_art64_probation_cancel"
  | "cc_art72_parole"
  | "cc_art72_part4_special_groups"
  | "cc_art72_part5_floor"
  | "cc_art72_part8_exclusions"
  | "cc_art72_part8_corruption"
  | "cc_art73_replacement"
  | "cc_art79_part4_after_release"
  | "cc_art86_parole_minors"
  | "cc_art87_replacement_minors"
  | "cc_art40_punishments"
  | "cc_art58_several_offences"
  | "practice_conditional_sentences"
  | "practice_age_counting"
  | "practice_continuing_offences"
  | "open_several_offences"
  | "open_parole_base"
  | "open_half_day"
  | "open_one_year_boundary"
  | "open_term_began_after_law"
  | "cpc_art476_procedure"
  | "convention_term_arithmetic"
  | "convention_release_day";

export type Coverage = "covered" | "not_covered" | "unknown";
export type CategorySource = "code" | "verdict" | "none";

/** What the amnesty does to one offence. */
export type OffenceEffect =
  | { effect: "not_covered" }
  | { effect: "excluded" }
  | { effect: "unknown" }
  | { effect: "case_closed" }
  | { effect: "cut_at_sentencing"; cut: Fraction }
  | { effect: "released_from_punishment" }
  | { effect: "conviction_expunged" }
  | { effect: "main_punishment_cut"; cut: Fraction }
  | { effect: "nothing_to_apply" };

export type OffenceDecision = {
  article: ArticleNo;
  part: number | null;
  coverage: Coverage;
  category: Category | null;
  category_source: CategorySource;
  /** The Code's category, where it differs from the one used or none was given. */
  code_category: Category | null;
  /** The provision behind the effect. */
  provision: ProvisionId | null;
  /** The offence's own punishment, where the case gives it, and what the amnesty leaves of it. */
  own_sentence: OwnPunishment | null;
} & OffenceEffect;

/** An offence's own punishment as the verdict gives it (CC Art. 58 part 1). */
export interface OwnPunishment {
  punishment: Punishment;
  imposed: Measure;
  /** Cut, or as imposed (not covered); `null`: nothing left of it (released) or not known. */
  new: Measure | null;
}

/** The range a court sets the new aggregate within (CC Art. 58). */
export interface AggregateRange {
  punishment: Punishment;
  /** By absorption: the longest of the new punishments. */
  least: Measure;
  /** By full addition, within Art. 58's limit (as `least` where only absorption is allowed). */
  most: Measure;
  /** Whether the limit cut the full addition. */
  capped: boolean;
  /** The part of Art. 58 that applies. */
  cite: Citation;
}

/** What is left of the criminal record. */
export type CriminalRecord =
  | { kind: "no_conviction" }
  | { kind: "expunged" }
  | { kind: "no_record" }
  | { kind: "expires"; years: number; on: IsoDate | null; minor: boolean }
  | { kind: "on_serving"; on: IsoDate | null }
  | { kind: "end_of_probation"; on: IsoDate | null };

export type OneYearSkip = "began_after_law" | "at_trial" | "not_a_term";

/** What one step found, as typed values (`Explanation.steps` has it in words). */
export type StepDetail =
  | { kind: "period_inside"; date: IsoDate; from: IsoDate; to: IsoDate }
  | { kind: "period_outside"; date: IsoDate; from: IsoDate; to: IsoDate }
  | { kind: "context_covered"; context: Context }
  | { kind: "context_not_covered"; context: Context }
  | { kind: "listed"; article: ArticleNo; part: number | null; whole_article: boolean }
  | { kind: "listed_if_minor"; article: ArticleNo; part: number; minor: boolean }
  | { kind: "part_not_listed"; article: ArticleNo; part: number; listed: number[] }
  | { kind: "not_listed"; article: ArticleNo }
  | { kind: "part_unknown"; article: ArticleNo; parts: number }
  | { kind: "minor"; birth: IsoDate; date: IsoDate; age: number; counting: AgeCounting }
  | { kind: "adult"; birth: IsoDate; date: IsoDate; age: number; counting: AgeCounting }
  | { kind: "age_unknown"; date: IsoDate }
  | {
      kind: "category_from_code";
      article: ArticleNo;
      part: number | null;
      category: Category;
      intent: Intent;
      max_years: number | null;
      restriction_of_freedom: boolean;
    }
  | { kind: "category_from_verdict"; category: Category; code: Category | null }
  | { kind: "category_entered_ruled_out"; entered: Category; code: Category; imposed: Term }
  | { kind: "part_ruled_out"; article: ArticleNo; part: number; max_years: number | null; imposed: Term }
  | { kind: "in_group"; fact: ExclusionFact; article: ArticleNo; part: number | null }
  | { kind: "excluded_by_article"; fact: ExclusionFact; article: ArticleNo; part: number | null }
  | { kind: "excluded_by_answer"; fact: ExclusionFact }
  | { kind: "exclusion_exception"; fact: ExclusionFact; age: number | null; victim_age: number | null }
  | { kind: "victim_age_unknown"; fact: ExclusionFact }
  | { kind: "no_exclusion" }
  | { kind: "recidivism_excludes"; recidivism: Recidivism }
  | { kind: "recidivism_not_yet_imposed"; recidivism: Recidivism }
  | { kind: "no_recidivism" }
  | { kind: "no_conditions" }
  | { kind: "case_closed"; category: Category }
  | { kind: "cut_at_sentencing"; category: Category; cut: Fraction }
  | { kind: "released_from_punishment"; category: Category }
  | { kind: "conviction_expunged"; category: Category }
  | { kind: "no_record_for_misdemeanour" }
  | { kind: "no_expungement_for_grave"; category: Category }
  | { kind: "main_punishment_cut"; category: Category; cut: Fraction }
  | { kind: "partly_closed"; closed: number[]; going_on: number[] }
  | { kind: "aggregate_needs_court" }
  | { kind: "every_reading_agrees"; readings: number }
  | { kind: "term_cut"; imposed: Term; cut: Fraction; new: Term }
  | { kind: "hours_cut"; imposed: number; cut: Fraction; new: number }
  | { kind: "amount_cut"; imposed: number; cut: Fraction; new: number }
  | { kind: "measure_not_stated"; punishment: Punishment; cut: Fraction }
  | { kind: "additional_not_cut" }
  | { kind: "new_last_day"; start: IsoDate; term: Term; end: IsoDate }
  | { kind: "served_before_law"; end: IsoDate; in_force: IsoDate }
  | { kind: "reduced_term_over"; end: IsoDate; in_force: IsoDate }
  | { kind: "one_year_met"; in_force: IsoDate; end: IsoDate; latest: IsoDate; base: OneYearBase }
  | { kind: "one_year_not_met"; in_force: IsoDate; end: IsoDate; latest: IsoDate; base: OneYearBase }
  | { kind: "one_year_not_applicable"; reason: OneYearSkip }
  | { kind: "release_at_sentencing"; end: IsoDate }
  | { kind: "release_on_last_day"; date: IsoDate }
  | { kind: "released_when_law_in_force"; date: IsoDate }
  | { kind: "conditional_as_real" }
  | { kind: "record_expires"; years: number; on: IsoDate | null; category: Category; minor: boolean }
  | { kind: "record_on_serving"; on: IsoDate | null; conditional: boolean }
  | { kind: "deadline"; in_force: IsoDate; deadline: IsoDate }
  | { kind: "social_help" }
  | {
      kind: "custody_credited";
      detention_days: number;
      house_arrest_days: number;
      institution: Institution | null;
      credited: Credited;
    }
  | { kind: "custody_not_credited" }
  | { kind: "half_day_counted"; half_days: number; days: number; half_day: HalfDay }
  | {
      kind: "early_release_on";
      early: EarlyKind;
      fraction: Fraction;
      of_term: Term;
      on: IsoDate;
      six_month_floor: boolean;
      base: OneYearBase;
    }
  | { kind: "early_release_unavailable"; early: EarlyKind; reason: Unavailable }
  | { kind: "each_record_on_its_own" }
  | { kind: "spent_in_custody"; end: IsoDate; start: IsoDate }
  | { kind: "last_day_credited"; end: IsoDate; days: number; credited: IsoDate }
  | {
      kind: "aggregate_range";
      punishment: Punishment;
      least: Measure;
      most: Measure;
      capped: boolean;
      absorption_only: boolean;
    }
  | { kind: "aggregate_kinds_differ" };

/** One step of the reasoning: the provision it applies, how sure, and what it found. */
export type Step = {
  provision: ProvisionId;
  cite: Citation;
  /** A second provision the step rests on. */
  also?: Citation;
  status: Status;
  /** The offence it is about (0-based), where it is about one. */
  offence?: number;
} & StepDetail;

export type WarningDetail =
  | { kind: "as_of_before_in_force"; as_of: IsoDate; in_force: IsoDate }
  | { kind: "served_but_term_runs"; end: IsoDate; as_of: IsoDate }
  | { kind: "serving_but_ended"; end: IsoDate; in_force: IsoDate }
  | { kind: "category_differs"; verdict: Category; code: Category }
  | { kind: "corruption_item_to_check"; article: ArticleNo; part: number; item: number }
  | { kind: "victim_age_to_check"; article: ArticleNo }
  | { kind: "adult_assumed_for_record" }
  | { kind: "arithmetic_rounded" }
  | { kind: "release_day_convention" }
  | { kind: "in_force_date_reported"; date: IsoDate }
  | { kind: "conditional_reported" }
  | { kind: "additional_extends_record" }
  | { kind: "readings_differ" }
  | { kind: "release_within_deadline"; deadline: IsoDate }
  | { kind: "institution_assumed"; institution: Institution; ground: InstitutionGround }
  | { kind: "served_assumed"; punishment: Punishment }
  | { kind: "probation_months_needed" }
  | { kind: "other_cases_exclude" }
  | { kind: "continuing_offence"; article: ArticleNo }
  | { kind: "adult_assumed_for_early_release" }
  | { kind: "one_year_on_conditional_unsourced" }
  | {
      kind: "term_above_sanction";
      punishment: Punishment;
      entered: Measure;
      /** `null`: the punishment is not in the sanction at all. */
      maximum: Measure | null;
      limit: SanctionLimit;
    }
  | { kind: "if_still_held"; release: IsoDate };

/** How much of a punishment: a term, hours (community service) or an amount in MCI. */
export type Measure = { term: Term } | { hours: number } | { amount: number } | "unstated";

/** Whose maximum a sentence is measured against. */
export type SanctionLimit =
  /** The sanction of the article's part (CC Art. 52 part 1). */
  | { within: "sanction"; article: ArticleNo; part: number | null }
  /** The General Part's longest for one crime, where the sanction is not known. */
  | { within: "general_part"; cite: Citation }
  /** CC Art. 58, for several offences together. */
  | { within: "several_offences"; cite: Citation };

/** Why CC Art. 46 part 5 gives the institution assumed. */
export type InstitutionGround =
  | "negligent"
  | "first_short_term"
  | "first_longer_term"
  | "especially_grave_man"
  | "recidivism_man"
  | "dangerous_recidivism"
  | "minor";

/** An assumption, convention or thing to check, shown beside the result. */
export type Warning = {
  provision: ProvisionId;
  status: Status;
  offence?: number;
} & WarningDetail;

/** One assumption a reading makes (offences are 0-based). */
export type Condition =
  | { kind: "one_year_base"; base: OneYearBase }
  | { kind: "part"; offence: number; part: number }
  | { kind: "minor"; offence: number; minor: boolean }
  | { kind: "victim_aged14_to18"; offence: number; yes: boolean }
  | { kind: "code_category"; offence: number; category: Category }
  | { kind: "age_counting"; counting: AgeCounting }
  | { kind: "recidivism_at_sentencing" }
  | { kind: "whole_as_gravest"; category: Category }
  | { kind: "institution"; institution: Institution }
  | { kind: "half_day"; half_day: HalfDay }
  | { kind: "one_year_boundary"; day: BoundaryDay }
  | { kind: "later_term"; reading: LaterTerm };

/** What the custody counts for: days of a term, hours or MCI (CC Art. 62). */
export type Credited =
  | { kind: "days"; days: number }
  | { kind: "hours"; hours: number }
  | { kind: "amount"; amount: number };

/** The custody credited. */
export interface CustodyCredit {
  detention_days: number;
  house_arrest_days: number;
  /** The institution whose ratio was used (imprisonment), given or assumed. */
  institution: Institution | null;
  institution_assumed: boolean;
  /** Null: not credited (a conditional sentence, or no sentence yet). */
  credited: Credited | null;
  imposed_end_credited: IsoDate | null;
}

export type EarlyKind = "parole" | "replacement" | "probation_cancel";

/** Why an early release has no date. */
export type Unavailable =
  | "aggregate_needed"
  | "not_this_punishment"
  | "excluded_group"
  | "corruption"
  | "especially_grave"
  | "amnesty_frees"
  | "after_release"
  | "category_unknown"
  | "dates_unknown"
  | "probation_needed";

/** The earliest date of parole, replacement or cancelling a conditional sentence. */
export interface EarlyRelease {
  kind: EarlyKind;
  provision: ProvisionId;
  cite: Citation;
  /** The first day the required part has been actually served (custody counted); null: see `unavailable`. */
  eligible_on: IsoDate | null;
  fraction: Fraction | null;
  of_term: Term | null;
  /** Which term the fraction is taken of (open): as cut, or as imposed. */
  base: OneYearBase;
  /** The date under the other reading, where it differs and comes before the release. */
  other_reading: IsoDate | null;
  /** Present (true) where the other reading's date would be no earlier than the release: none there. */
  other_reading_after_release?: true;
  six_month_floor: boolean;
  /** The court shall (true) or may (false) release; null: depends on facts not given. */
  shall: boolean | null;
  unavailable: Unavailable | null;
  /** The record if released that day (CC Art. 79 part 4). */
  record: CriminalRecord | null;
}

export type NextStep =
  | "amnesty_application"
  | "parole"
  | "replacement"
  | "custody_credit"
  | "probation_cancel";
export type Court = "where_served" | "sentencing" | "applying" | "on_probation_submission";

/** What a further article of the procedure says of a step. */
export type ProcedureRole = "court_decides" | "on_petition" | "institution_reports";

/** A further article of the procedure for a step (CPC Art. 476's item, 478, 480). */
export interface ProcedureCite {
  role: ProcedureRole;
  cite: Citation;
}

/** A step a person can take and who decides it (CPC Arts. 476–478, 480). */
export interface Petition {
  step: NextStep;
  /** The provision that says who decides it. */
  provision: ProvisionId;
  court: Court;
  cite: Citation;
  from: IsoDate | null;
  /** The other articles of the procedure for it; absent where there are none. */
  also?: ProcedureCite[];
}

/** What the result would be under one reading of an open question or a missing fact. */
export interface Reading {
  conditions: Condition[];
  outcome: Outcome;
  new_term: Term | null;
  new_hours: number | null;
  new_amount: number | null;
  new_end: IsoDate | null;
  release_on: IsoDate | null;
  record: CriminalRecord | null;
  /** The early releases under this reading; each absent where the punishment has none. */
  parole?: EarlyRelease;
  replacement?: EarlyRelease;
  probation_cancel?: EarlyRelease;
}

/** The decision for one case: exactly what `amnesty check` writes as JSON. */
export interface Decision {
  outcome: Outcome;
  /** The weakest status among the provisions the outcome rests on. */
  status: Status;
  /** The reading the figures are for, where other readings are given. */
  shown_reading: Condition[];
  category: Category | null;
  punishment: Punishment | null;
  conditional: boolean;
  imposed_term: Term | null;
  imposed_hours: number | null;
  imposed_amount: number | null;
  new_term: Term | null;
  new_hours: number | null;
  new_amount: number | null;
  sentence_start: IsoDate | null;
  imposed_end: IsoDate | null;
  /** The last day of the new term (inclusive). */
  new_end: IsoDate | null;
  release_on: IsoDate | null;
  record: CriminalRecord | null;
  in_force: IsoDate;
  /** The day by which the law had to be applied (Art. 3 part 5). */
  deadline: IsoDate;
  as_of: IsoDate;
  offences: OffenceDecision[];
  /** Where each offence's own punishment is given: the range of the new aggregate (CC Art. 58). */
  aggregate_range: AggregateRange | null;
  steps: Step[];
  warnings: Warning[];
  readings: Reading[];
  pack_version: string;
  engine_version: string;
  /** The custody credited (CC Art. 62), where the case gives custody. */
  custody: CustodyCredit | null;
  /** The earliest parole (CC Art. 72; Art. 86 for minors). */
  parole: EarlyRelease | null;
  /** The earliest replacement of the unserved part (CC Art. 73; Art. 87 for minors). */
  replacement: EarlyRelease | null;
  /** The earliest cancelling of a conditional sentence (CC Art. 64 part 1). */
  probation_cancel: EarlyRelease | null;
  /** What can be asked next, and which court decides it. */
  next_steps: Petition[];
}

// ---------------------------------------------------------------- invalid input

/** What kind of JSON value a field holds. */
export type JsonKind = "object" | "list" | "text" | "whole_number" | "yes_no" | "article";

/** What is wrong with a field, with its values. */
export type Problem =
  | { problem: "malformed"; detail: string }
  | { problem: "wrong_kind"; expected: JsonKind }
  | { problem: "unknown_field"; name: string }
  | { problem: "unknown_value"; value: string; allowed: string[] }
  | { problem: "missing" }
  | { problem: "not_a_date"; value: string }
  | { problem: "no_such_day"; value: string; day: number; month: number; year: number; days_in_month: number }
  | { problem: "date_out_of_range"; value: string }
  | { problem: "after_as_of"; as_of: string }
  | { problem: "before_birth"; birth_date: string }
  | { problem: "too_young"; min_age: number }
  | { problem: "start_before_offence"; committed_on: string }
  | { problem: "out_of_range"; min: number; max: number }
  | { problem: "not_a_number"; value: string }
  | { problem: "negative"; value: string }
  | { problem: "not_an_article"; value: string }
  | { problem: "no_such_part"; article: ArticleNo; parts: number }
  | { problem: "no_such_article"; article: ArticleNo }
  | { problem: "repealed_article"; article: ArticleNo }
  | { problem: "defines_no_offence"; article: ArticleNo }
  | { problem: "repealed_part"; article: ArticleNo; part: number }
  | { problem: "ambiguous_article"; dash: ArticleNo; part: number }
  | { problem: "choose_from_list" }
  | { problem: "part_differs_from_citation"; cited: number }
  | { problem: "no_offences" }
  | { problem: "too_many_offences"; max: number }
  | { problem: "file_too_large"; max_bytes: number }
  | { problem: "sentence_required" }
  | { problem: "sentence_at_investigation" }
  | { problem: "zero_term" }
  | { problem: "term_too_long"; max_years: number }
  | { problem: "wrong_measure"; punishment: Punishment }
  | { problem: "conditional_not_imprisonment" }
  | { problem: "too_many_periods"; max: number }
  | { problem: "custody_order"; from: string }
  | { problem: "custody_after_start"; start: string }
  | { problem: "custody_overlaps"; other: number }
  | { problem: "institution_not_imprisonment" }
  | { problem: "probation_not_conditional" };

/** A text in each language of the calculator. */
export interface InAllLanguages {
  kk: string;
  ru: string;
  en: string;
}

/**
 * One problem with the case, as `amnesty check` reports it: the field (a path into the case
 * file, such as `offences[0].part`; empty for the whole file), the problem and its values, and
 * the field's name and the whole message in each language.
 */
export type InputError = {
  field: string;
  /** The field in words: "Offence 1 — Part". */
  label: InAllLanguages;
  /** "Offence 1 — Part: CC Art. 188 has 4 parts in the Criminal Code of January 2022." */
  message: InAllLanguages;
} & Problem;

/** What `decide` gives: the decision, or every problem with the input. */
export type Decided = { ok: true; decision: Decision } | { ok: false; errors: InputError[] };

// ---------------------------------------------------------------- the words

/** A decision in words, in one language. */
export interface Explanation {
  lang: Lang;
  /** The law's number, date and title. */
  heading: string;
  /** One answer a person can act on. */
  plain_answer: string;
  outcome: Outcome;
  outcome_label: string;
  status: Status;
  status_label: string;
  /** How sure the result is, as a sentence. */
  how_sure: string;
  /** The reading the figures are for, where the law leaves a question open. */
  shown_reading: string | null;
  category_label: string | null;
  record: string | null;
  /** The figures — imposed, new punishment, last day, release, record, dates — as every surface
   * lists them. */
  figures: ExplainedFigure[];
  /** What can be asked next and which court decides it, one sentence each. */
  next_steps: string[];
  /** Each offence's own effect. */
  offences: ExplainedOffence[];
  /** The range of a new aggregate, where each offence's own punishment is given. */
  aggregate_range: string | null;
  /** What the calculator does not take into account, and what it does: one line. */
  limits: string;
  steps: ExplainedStep[];
  warnings: ExplainedWarning[];
  readings: ExplainedReading[];
  /** Where each provision the decision rests on was read. */
  sources: string[];
  disclaimer: string;
  /** The law's official text (Adilet) in this language. */
  official_text: string;
  /** The rule pack and engine versions, as a sentence. */
  versions: string;
  /** The whole decision as `amnesty check --explain` prints it. */
  text: string;
}

export interface ExplainedFigure {
  /** Which figure: the page's class for it. */
  kind: FigureKind;
  label: string;
  value: string;
  note: string | null;
}

export type FigureKind =
  | "imposed"
  | "imposed-end"
  | "new-term"
  | "new-end"
  | "release-on"
  | "days-left"
  | "record"
  | "in-force"
  | "deadline"
  | "as-of"
  | "custody-credited"
  | "imposed-end-credited"
  | "parole"
  | "replacement"
  | "probation-cancel";

export interface ExplainedOffence {
  /** "Offence 1". */
  label: string;
  /** "CC Art. 272 part 2". */
  article: string;
  effect: string;
  /** "imprisonment, 6 years → 1 year 6 months", where the offence's own punishment is given. */
  own_sentence: string | null;
}

export interface ExplainedStep {
  provision: ProvisionId;
  status: Status;
  status_label: string;
  /** The provision as lawyers cite it: «ч. 2 п. 3 ст. 3 Закона № 152-VII». */
  cite: string;
  /** A second provision the step rests on. */
  also: string | null;
  /** The official text of the act cited, in this language. */
  official_text: string;
  /** The offence the step is about (0-based), where it is about one. */
  offence: number | null;
  text: string;
}

export interface ExplainedWarning {
  provision: ProvisionId;
  status: Status;
  status_label: string;
  offence: number | null;
  text: string;
}

export interface ExplainedReading {
  outcome: Outcome;
  /** What the reading assumes. */
  conditions: string;
  /** What the result would be under it. */
  result: string;
  /**
   * Its own early releases where their dates differ from the decision's ("Earliest parole:
   * 1 March 2024"), as `amnesty check --explain` writes them under the reading, or null.
   */
  early: string | null;
}

/** What a site runs: show it beside a result. */
export interface Version {
  pack_version: string;
  engine_version: string;
  module_version: string;
}
