//! GENERATED from `rules/pack.json` by `cargo run --bin amnesty-dist -- pack-data`.
//! Do not edit: edit the JSON and regenerate. A test checks that the two agree.
//! Citations, statuses and sources are in the JSON and below, value by value.

use std::borrow::Cow;

use crate::case::{Context, ExclusionFact};
use crate::pack::*;

/// A date of the pack, checked when the program is compiled.
const fn date(year: i32, month: u32, day: u32) -> chrono::NaiveDate {
    match chrono::NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => panic!("not a date in the rule pack"),
    }
}

#[rustfmt::skip]
pub static EMBEDDED: RulePack = RulePack {
    pack_version: Cow::Borrowed("2026.11.25-1"),
    law: LawInfo {
        number: Cow::Borrowed("152-VII"),
        signed: date(2022, 11, 2),
        title: Localized {
            kk: Cow::Borrowed("Рақымшылық жасау туралы"),
            ru: Cow::Borrowed("Об амнистии"),
            en: Cow::Borrowed("On Amnesty"),
        },
        official_text: Localized {
            kk: Cow::Borrowed("https://adilet.zan.kz/kaz/docs/Z2200000152"),
            ru: Cow::Borrowed("https://adilet.zan.kz/rus/docs/Z2200000152"),
            en: Cow::Borrowed("https://adilet.zan.kz/eng/docs/Z2200000152"),
        },
    },
    criminal_code: CodeInfo {
        number: Cow::Borrowed("226-V"),
        adopted: date(2014, 7, 3),
        official_text: Localized {
            kk: Cow::Borrowed("https://adilet.zan.kz/kaz/docs/K1400000226"),
            ru: Cow::Borrowed("https://adilet.zan.kz/rus/docs/K1400000226"),
            en: Cow::Borrowed("https://adilet.zan.kz/eng/docs/K1400000226"),
        },
    },
    parameters: Parameters {
        period: Period {
            from: date(2022, 1, 4),
            to: date(2022, 1, 7),
            status: Status::Verified,
            source: Cow::Borrowed("Law 152-VII, Art. 1: offences committed from 4 to 7 January 2022 inclusive (legal brief §1)."),
        },
        covered_contexts: CoveredContexts {
            values: Cow::Borrowed(&[
                Context::Riots,
                Context::Suppression,
            ]),
            status: Status::Verified,
            source: Cow::Borrowed("Law 152-VII, Art. 1: offences connected with the mass riots, or committed while suppressing them (legal brief §1)."),
        },
        in_force: InForce {
            date: date(2022, 11, 3),
            status: Status::Unknown,
            source: Cow::Borrowed("Signed on 2 November 2022; the day of first official publication (early November 2022) was not found. Assumed: the day after signing (legal brief §4)."),
        },
        reductions: Reductions {
            grave: Reduction {
                keep_numerator: 1,
                keep_denominator: 4,
                status: Status::Reported,
                source: Cow::Borrowed("Press release: punishment for grave crimes reduced by three quarters (legal brief §2.2)."),
            },
            especially_grave: Reduction {
                keep_numerator: 1,
                keep_denominator: 2,
                status: Status::Reported,
                source: Cow::Borrowed("Press release: punishment for especially grave crimes reduced by half (legal brief §2.3)."),
            },
        },
        one_year_rule: OneYearRule {
            threshold_months: 12,
            status: Status::Reported,
            source: Cow::Borrowed("Press release: convicts with no more than one year of the main punishment left on the day the law came into force are released (legal brief §2.4). Two reports say 'less than a year'. Whether the test runs before or after the reduction is unknown."),
            primary_threshold: Threshold::NoMoreThan,
            primary_base: TestBase::AfterReduction,
        },
    },
    provisions: Provisions {
        scope_period: Provision {
            act: Act::Law,
            article: Some(1),
            status: Status::Verified,
            source: Cow::Borrowed("Law 152-VII, Art. 1 (legal brief §1)."),
        },
        scope_context: Provision {
            act: Act::Law,
            article: Some(1),
            status: Status::Verified,
            source: Cow::Borrowed("Law 152-VII, Art. 1 (legal brief §1)."),
        },
        scope_list: Provision {
            act: Act::Law,
            article: Some(1),
            status: Status::Verified,
            source: Cow::Borrowed("Law 152-VII, Art. 1; list recovered up to Art. 207 of the Criminal Code (legal brief §1)."),
        },
        exclusions: Provision {
            act: Act::Law,
            article: None,
            status: Status::Reported,
            source: Cow::Borrowed("Press release and parliamentary reporting list the excluded persons; the article number is not verified (legal brief §3)."),
        },
        exclusion_recidivism: Provision {
            act: Act::Law,
            article: None,
            status: Status::Reported,
            source: Cow::Borrowed("Reporting: recidivism and dangerous recidivism are excluded (legal brief §3)."),
        },
        release_small_medium: Provision {
            act: Act::Law,
            article: None,
            status: Status::Reported,
            source: Cow::Borrowed("Press release: criminal misdemeanours and crimes of small or medium gravity — release from liability, from punishment, or expungement of the conviction (legal brief §2.1)."),
        },
        reduction_grave: Provision {
            act: Act::Law,
            article: None,
            status: Status::Reported,
            source: Cow::Borrowed("Press release: grave crimes — imposed punishment reduced by three quarters (legal brief §2.2)."),
        },
        reduction_especially_grave: Provision {
            act: Act::Law,
            article: None,
            status: Status::Reported,
            source: Cow::Borrowed("Press release: especially grave crimes — imposed punishment reduced by half (legal brief §2.3)."),
        },
        one_year_rule: Provision {
            act: Act::Law,
            article: None,
            status: Status::Reported,
            source: Cow::Borrowed("Press release: no more than one year left on the day of entry into force — release (legal brief §2.4)."),
        },
        pending_cases: Provision {
            act: Act::Law,
            article: None,
            status: Status::Reported,
            source: Cow::Borrowed("Reporting: in pending grave-crime cases the court applies the reduction at sentencing (legal brief §2.5)."),
        },
        courts_decide: Provision {
            act: Act::Law,
            article: None,
            status: Status::Reported,
            source: Cow::Borrowed("The amnesty is applied by the courts, case by case (legal brief §2.6)."),
        },
        in_force: Provision {
            act: Act::Law,
            article: None,
            status: Status::Unknown,
            source: Cow::Borrowed("Date of entry into force not found (legal brief §4)."),
        },
        multi_offence: Provision {
            act: Act::Practice,
            article: None,
            status: Status::Unknown,
            source: Cow::Borrowed("How several offences and aggregated sentences are handled is unknown; usual practice assumed (legal brief §4)."),
        },
        non_custodial: Provision {
            act: Act::Law,
            article: None,
            status: Status::Unknown,
            source: Cow::Borrowed("Whether reductions cover non-custodial punishments is unknown (legal brief §4)."),
        },
        conditional: Provision {
            act: Act::Law,
            article: None,
            status: Status::Unknown,
            source: Cow::Borrowed("Whether the amnesty covers conditional sentences and probation is unknown (legal brief §4)."),
        },
        additional_punishments: Provision {
            act: Act::Law,
            article: None,
            status: Status::Unknown,
            source: Cow::Borrowed("Effect on additional punishments is unknown (legal brief §4)."),
        },
        application_period: Provision {
            act: Act::Law,
            article: None,
            status: Status::Unknown,
            source: Cow::Borrowed("A period within which the law must be applied is unknown (legal brief §4)."),
        },
        compensation_condition: Provision {
            act: Act::Law,
            article: None,
            status: Status::Unknown,
            source: Cow::Borrowed("One report names a condition of admitting guilt and compensating damage, a more specific one denies it (legal brief §3)."),
        },
        cc_categories: Provision {
            act: Act::CriminalCode,
            article: Some(11),
            status: Status::Reported,
            source: Cow::Borrowed("Criminal Code Art. 11 thresholds, known from the 1997 Code's equivalent and believed unchanged (legal brief §5)."),
        },
        cc_recidivism: Provision {
            act: Act::CriminalCode,
            article: Some(14),
            status: Status::Reported,
            source: Cow::Borrowed("Criminal Code Art. 14 (legal brief §5)."),
        },
        term_arithmetic: Provision {
            act: Act::Convention,
            article: None,
            status: Status::Unknown,
            source: Cow::Borrowed("Calculator convention; see parameters.term_arithmetic."),
        },
        release_day: Provision {
            act: Act::Convention,
            article: None,
            status: Status::Unknown,
            source: Cow::Borrowed("See parameters.release_day."),
        },
    },
    covered_list: CoveredList {
        verified_through_article: 207,
        entries: Cow::Borrowed(&[
            ListEntry {
                article: 102,
                parts: None,
                status: Status::Verified,
                note: None,
            },
            ListEntry {
                article: 103,
                parts: None,
                status: Status::Verified,
                note: None,
            },
            ListEntry {
                article: 104,
                parts: None,
                status: Status::Verified,
                note: None,
            },
            ListEntry {
                article: 106,
                parts: Some(Cow::Borrowed(&[
                    1,
                    2,
                ])),
                status: Status::Verified,
                note: Some(Cow::Borrowed("Part 3 is not covered.")),
            },
            ListEntry {
                article: 107,
                parts: None,
                status: Status::Verified,
                note: None,
            },
            ListEntry {
                article: 112,
                parts: None,
                status: Status::Verified,
                note: None,
            },
            ListEntry {
                article: 113,
                parts: None,
                status: Status::Verified,
                note: None,
            },
            ListEntry {
                article: 114,
                parts: None,
                status: Status::Verified,
                note: None,
            },
            ListEntry {
                article: 115,
                parts: None,
                status: Status::Verified,
                note: None,
            },
            ListEntry {
                article: 119,
                parts: None,
                status: Status::Verified,
                note: None,
            },
            ListEntry {
                article: 131,
                parts: None,
                status: Status::Verified,
                note: None,
            },
            ListEntry {
                article: 132,
                parts: None,
                status: Status::Verified,
                note: None,
            },
            ListEntry {
                article: 149,
                parts: None,
                status: Status::Verified,
                note: None,
            },
            ListEntry {
                article: 155,
                parts: None,
                status: Status::Verified,
                note: None,
            },
            ListEntry {
                article: 157,
                parts: None,
                status: Status::Verified,
                note: None,
            },
            ListEntry {
                article: 187,
                parts: None,
                status: Status::Verified,
                note: None,
            },
            ListEntry {
                article: 188,
                parts: None,
                status: Status::Verified,
                note: None,
            },
            ListEntry {
                article: 191,
                parts: None,
                status: Status::Verified,
                note: None,
            },
            ListEntry {
                article: 196,
                parts: None,
                status: Status::Verified,
                note: None,
            },
            ListEntry {
                article: 200,
                parts: None,
                status: Status::Verified,
                note: None,
            },
            ListEntry {
                article: 202,
                parts: None,
                status: Status::Verified,
                note: None,
            },
            ListEntry {
                article: 204,
                parts: None,
                status: Status::Verified,
                note: None,
            },
            ListEntry {
                article: 207,
                parts: None,
                status: Status::Verified,
                note: None,
            },
            ListEntry {
                article: 272,
                parts: Some(Cow::Borrowed(&[
                    2,
                ])),
                status: Status::Reported,
                note: Some(Cow::Borrowed("Participation in mass riots: very likely on the list (most defendants were charged under it; the exclusion for organising riots implies Art. 272 is listed), not verified (legal brief §1).")),
            },
        ]),
    },
    exclusions: Cow::Borrowed(&[
        Exclusion {
            id: ExclusionFact::Terrorist,
            status: Status::Reported,
            except_minor: false,
            implied_by: Cow::Borrowed(&[]),
        },
        Exclusion {
            id: ExclusionFact::Extremist,
            status: Status::Reported,
            except_minor: false,
            implied_by: Cow::Borrowed(&[]),
        },
        Exclusion {
            id: ExclusionFact::Corruption,
            status: Status::Reported,
            except_minor: false,
            implied_by: Cow::Borrowed(&[]),
        },
        Exclusion {
            id: ExclusionFact::Treason,
            status: Status::Reported,
            except_minor: false,
            implied_by: Cow::Borrowed(&[]),
        },
        Exclusion {
            id: ExclusionFact::Torture,
            status: Status::Reported,
            except_minor: false,
            implied_by: Cow::Borrowed(&[]),
        },
        Exclusion {
            id: ExclusionFact::OrganisingRiots,
            status: Status::Reported,
            except_minor: true,
            implied_by: Cow::Borrowed(&[
                ArticleRef {
                    article: 272,
                    part: Some(1),
                },
            ]),
        },
        Exclusion {
            id: ExclusionFact::SexualOffenceAgainstMinor,
            status: Status::Reported,
            except_minor: false,
            implied_by: Cow::Borrowed(&[]),
        },
    ]),
    catalogue: Cow::Borrowed(&[
        CatalogueArticle {
            article: 102,
            intent: Intent::Intentional,
            title: Localized {
                kk: Cow::Borrowed("Қажетті қорғаныс шегінен шығу кезінде жасалған адам өлтіру"),
                ru: Cow::Borrowed("Убийство при превышении пределов необходимой обороны"),
                en: Cow::Borrowed("Murder when exceeding the limits of necessary defence"),
            },
            parts: Cow::Borrowed(&[]),
        },
        CatalogueArticle {
            article: 103,
            intent: Intent::Intentional,
            title: Localized {
                kk: Cow::Borrowed("Қылмыс жасаған адамды ұстау үшін қажетті шаралардан асып кету кезінде жасалған адам өлтіру"),
                ru: Cow::Borrowed("Убийство при превышении мер, необходимых для задержания"),
                en: Cow::Borrowed("Murder when exceeding the measures needed to detain an offender"),
            },
            parts: Cow::Borrowed(&[]),
        },
        CatalogueArticle {
            article: 104,
            intent: Intent::Negligent,
            title: Localized {
                kk: Cow::Borrowed("Абайсызда адам өліміне әкеп соғу"),
                ru: Cow::Borrowed("Причинение смерти по неосторожности"),
                en: Cow::Borrowed("Causing death by negligence"),
            },
            parts: Cow::Borrowed(&[
                CataloguePart {
                    part: 1,
                    max_imprisonment_months: None,
                    sanction_status: None,
                    sanction_source: None,
                    note: None,
                },
                CataloguePart {
                    part: 2,
                    max_imprisonment_months: None,
                    sanction_status: None,
                    sanction_source: None,
                    note: None,
                },
            ]),
        },
        CatalogueArticle {
            article: 106,
            intent: Intent::Intentional,
            title: Localized {
                kk: Cow::Borrowed("Денсаулыққа қасақана ауыр зиян келтіру"),
                ru: Cow::Borrowed("Умышленное причинение тяжкого вреда здоровью"),
                en: Cow::Borrowed("Intentional grave harm to health"),
            },
            parts: Cow::Borrowed(&[
                CataloguePart {
                    part: 1,
                    max_imprisonment_months: None,
                    sanction_status: None,
                    sanction_source: None,
                    note: None,
                },
                CataloguePart {
                    part: 2,
                    max_imprisonment_months: None,
                    sanction_status: None,
                    sanction_source: None,
                    note: None,
                },
                CataloguePart {
                    part: 3,
                    max_imprisonment_months: None,
                    sanction_status: None,
                    sanction_source: None,
                    note: None,
                },
            ]),
        },
        CatalogueArticle {
            article: 107,
            intent: Intent::Intentional,
            title: Localized {
                kk: Cow::Borrowed("Денсаулыққа қасақана ауырлығы орташа зиян келтіру"),
                ru: Cow::Borrowed("Умышленное причинение средней тяжести вреда здоровью"),
                en: Cow::Borrowed("Intentional harm to health of medium gravity"),
            },
            parts: Cow::Borrowed(&[
                CataloguePart {
                    part: 1,
                    max_imprisonment_months: Some(24),
                    sanction_status: Some(Status::Verified),
                    sanction_source: Some(Cow::Borrowed("Criminal Code 2014, Art. 107 part 1, as published on pavlodar.com/zakon (document 05552): imprisonment up to two years; also the legal brief §5.")),
                    note: None,
                },
                CataloguePart {
                    part: 2,
                    max_imprisonment_months: None,
                    sanction_status: None,
                    sanction_source: None,
                    note: None,
                },
                CataloguePart {
                    part: 3,
                    max_imprisonment_months: None,
                    sanction_status: None,
                    sanction_source: None,
                    note: None,
                },
            ]),
        },
        CatalogueArticle {
            article: 112,
            intent: Intent::Intentional,
            title: Localized {
                kk: Cow::Borrowed("Қажетті қорғаныс шегінен шығу кезінде денсаулыққа ауыр зиян келтіру"),
                ru: Cow::Borrowed("Причинение тяжкого вреда здоровью при превышении пределов необходимой обороны"),
                en: Cow::Borrowed("Grave harm to health when exceeding the limits of necessary defence"),
            },
            parts: Cow::Borrowed(&[]),
        },
        CatalogueArticle {
            article: 113,
            intent: Intent::Intentional,
            title: Localized {
                kk: Cow::Borrowed("Қылмыс жасаған адамды ұстау кезінде денсаулыққа ауыр зиян келтіру"),
                ru: Cow::Borrowed("Причинение тяжкого вреда здоровью при задержании лица, совершившего уголовное правонарушение"),
                en: Cow::Borrowed("Grave harm to health while detaining an offender"),
            },
            parts: Cow::Borrowed(&[]),
        },
        CatalogueArticle {
            article: 114,
            intent: Intent::Negligent,
            title: Localized {
                kk: Cow::Borrowed("Абайсызда денсаулыққа зиян келтіру"),
                ru: Cow::Borrowed("Неосторожное причинение вреда здоровью"),
                en: Cow::Borrowed("Negligent harm to health"),
            },
            parts: Cow::Borrowed(&[]),
        },
        CatalogueArticle {
            article: 115,
            intent: Intent::Intentional,
            title: Localized {
                kk: Cow::Borrowed("Қорқыту"),
                ru: Cow::Borrowed("Угроза"),
                en: Cow::Borrowed("Threat"),
            },
            parts: Cow::Borrowed(&[]),
        },
        CatalogueArticle {
            article: 119,
            intent: Intent::Intentional,
            title: Localized {
                kk: Cow::Borrowed("Қауіпті жағдайда қалдыру"),
                ru: Cow::Borrowed("Оставление в опасности"),
                en: Cow::Borrowed("Leaving in danger"),
            },
            parts: Cow::Borrowed(&[]),
        },
        CatalogueArticle {
            article: 131,
            intent: Intent::Intentional,
            title: Localized {
                kk: Cow::Borrowed("Қорлау"),
                ru: Cow::Borrowed("Оскорбление"),
                en: Cow::Borrowed("Insult"),
            },
            parts: Cow::Borrowed(&[]),
        },
        CatalogueArticle {
            article: 132,
            intent: Intent::Intentional,
            title: Localized {
                kk: Cow::Borrowed("Кәмелетке толмаған адамды қылмыстық құқық бұзушылықтар жасауға тарту"),
                ru: Cow::Borrowed("Вовлечение несовершеннолетнего в совершение уголовных правонарушений"),
                en: Cow::Borrowed("Involving a minor in criminal offences"),
            },
            parts: Cow::Borrowed(&[]),
        },
        CatalogueArticle {
            article: 149,
            intent: Intent::Intentional,
            title: Localized {
                kk: Cow::Borrowed("Тұрғын үйге қол сұғылмаушылықты бұзу"),
                ru: Cow::Borrowed("Нарушение неприкосновенности жилища"),
                en: Cow::Borrowed("Violation of the inviolability of the home"),
            },
            parts: Cow::Borrowed(&[]),
        },
        CatalogueArticle {
            article: 155,
            intent: Intent::Intentional,
            title: Localized {
                kk: Cow::Borrowed("Бейбіт жиналысты ұйымдастыруға, өткізуге немесе оған қатысуға кедергі келтіру"),
                ru: Cow::Borrowed("Воспрепятствование организации, проведению мирного собрания или участию в нём"),
                en: Cow::Borrowed("Obstructing a peaceful assembly or participation in it"),
            },
            parts: Cow::Borrowed(&[]),
        },
        CatalogueArticle {
            article: 157,
            intent: Intent::Intentional,
            title: Localized {
                kk: Cow::Borrowed("Ереуілге қатысуға немесе одан бас тартуға мәжбүрлеу"),
                ru: Cow::Borrowed("Принуждение к участию в забастовке или к отказу от участия в ней"),
                en: Cow::Borrowed("Coercion to take part, or not to take part, in a strike"),
            },
            parts: Cow::Borrowed(&[]),
        },
        CatalogueArticle {
            article: 187,
            intent: Intent::Intentional,
            title: Localized {
                kk: Cow::Borrowed("Ұсақ жымқыру"),
                ru: Cow::Borrowed("Мелкое хищение"),
                en: Cow::Borrowed("Petty theft"),
            },
            parts: Cow::Borrowed(&[]),
        },
        CatalogueArticle {
            article: 188,
            intent: Intent::Intentional,
            title: Localized {
                kk: Cow::Borrowed("Ұрлық"),
                ru: Cow::Borrowed("Кража"),
                en: Cow::Borrowed("Theft"),
            },
            parts: Cow::Borrowed(&[
                CataloguePart {
                    part: 1,
                    max_imprisonment_months: None,
                    sanction_status: None,
                    sanction_source: None,
                    note: None,
                },
                CataloguePart {
                    part: 2,
                    max_imprisonment_months: None,
                    sanction_status: None,
                    sanction_source: None,
                    note: None,
                },
                CataloguePart {
                    part: 3,
                    max_imprisonment_months: None,
                    sanction_status: None,
                    sanction_source: None,
                    note: None,
                },
                CataloguePart {
                    part: 4,
                    max_imprisonment_months: None,
                    sanction_status: None,
                    sanction_source: None,
                    note: None,
                },
            ]),
        },
        CatalogueArticle {
            article: 191,
            intent: Intent::Intentional,
            title: Localized {
                kk: Cow::Borrowed("Тонау"),
                ru: Cow::Borrowed("Грабёж"),
                en: Cow::Borrowed("Robbery (open theft)"),
            },
            parts: Cow::Borrowed(&[
                CataloguePart {
                    part: 1,
                    max_imprisonment_months: None,
                    sanction_status: None,
                    sanction_source: None,
                    note: None,
                },
                CataloguePart {
                    part: 2,
                    max_imprisonment_months: None,
                    sanction_status: None,
                    sanction_source: None,
                    note: None,
                },
                CataloguePart {
                    part: 3,
                    max_imprisonment_months: None,
                    sanction_status: None,
                    sanction_source: None,
                    note: None,
                },
                CataloguePart {
                    part: 4,
                    max_imprisonment_months: None,
                    sanction_status: None,
                    sanction_source: None,
                    note: None,
                },
            ]),
        },
        CatalogueArticle {
            article: 196,
            intent: Intent::Intentional,
            title: Localized {
                kk: Cow::Borrowed("Қылмыстық жолмен табылғаны көрінеу мүлікті иемдену немесе өткізу"),
                ru: Cow::Borrowed("Приобретение или сбыт имущества, заведомо добытого преступным путём"),
                en: Cow::Borrowed("Acquiring or selling property known to be criminally obtained"),
            },
            parts: Cow::Borrowed(&[]),
        },
        CatalogueArticle {
            article: 200,
            intent: Intent::Intentional,
            title: Localized {
                kk: Cow::Borrowed("Көлік құралын ұрлау мақсатынсыз құқыққа сыйымсыз иелену"),
                ru: Cow::Borrowed("Неправомерное завладение транспортным средством без цели хищения"),
                en: Cow::Borrowed("Taking a vehicle without intent to steal it"),
            },
            parts: Cow::Borrowed(&[]),
        },
        CatalogueArticle {
            article: 202,
            intent: Intent::Intentional,
            title: Localized {
                kk: Cow::Borrowed("Бөтеннің мүлкін қасақана жою немесе бүлдіру"),
                ru: Cow::Borrowed("Умышленное уничтожение или повреждение чужого имущества"),
                en: Cow::Borrowed("Intentional destruction or damage of another's property"),
            },
            parts: Cow::Borrowed(&[
                CataloguePart {
                    part: 1,
                    max_imprisonment_months: Some(24),
                    sanction_status: Some(Status::Reported),
                    sanction_source: Some(Cow::Borrowed("Legal brief §5: Art. 202 part 1, imprisonment up to two years (source page not re-read in this project).")),
                    note: None,
                },
                CataloguePart {
                    part: 2,
                    max_imprisonment_months: None,
                    sanction_status: None,
                    sanction_source: None,
                    note: None,
                },
                CataloguePart {
                    part: 3,
                    max_imprisonment_months: None,
                    sanction_status: None,
                    sanction_source: None,
                    note: None,
                },
            ]),
        },
        CatalogueArticle {
            article: 204,
            intent: Intent::Negligent,
            title: Localized {
                kk: Cow::Borrowed("Бөтеннің мүлкін абайсызда жою немесе бүлдіру"),
                ru: Cow::Borrowed("Неосторожное уничтожение или повреждение чужого имущества"),
                en: Cow::Borrowed("Negligent destruction or damage of another's property"),
            },
            parts: Cow::Borrowed(&[]),
        },
        CatalogueArticle {
            article: 207,
            intent: Intent::Intentional,
            title: Localized {
                kk: Cow::Borrowed("Ақпараттық жүйенің немесе телекоммуникация желілерінің жұмысын бұзу"),
                ru: Cow::Borrowed("Нарушение работы информационной системы или сетей телекоммуникаций"),
                en: Cow::Borrowed("Disrupting an information system or telecommunication networks"),
            },
            parts: Cow::Borrowed(&[]),
        },
        CatalogueArticle {
            article: 272,
            intent: Intent::Intentional,
            title: Localized {
                kk: Cow::Borrowed("Жаппай тәртіпсіздіктер"),
                ru: Cow::Borrowed("Массовые беспорядки"),
                en: Cow::Borrowed("Mass riots"),
            },
            parts: Cow::Borrowed(&[
                CataloguePart {
                    part: 1,
                    max_imprisonment_months: None,
                    sanction_status: None,
                    sanction_source: None,
                    note: Some(Cow::Borrowed("organising")),
                },
                CataloguePart {
                    part: 2,
                    max_imprisonment_months: None,
                    sanction_status: None,
                    sanction_source: None,
                    note: Some(Cow::Borrowed("participation")),
                },
                CataloguePart {
                    part: 3,
                    max_imprisonment_months: None,
                    sanction_status: None,
                    sanction_source: None,
                    note: None,
                },
            ]),
        },
        CatalogueArticle {
            article: 293,
            intent: Intent::Intentional,
            title: Localized {
                kk: Cow::Borrowed("Бұзақылық"),
                ru: Cow::Borrowed("Хулиганство"),
                en: Cow::Borrowed("Hooliganism"),
            },
            parts: Cow::Borrowed(&[]),
        },
        CatalogueArticle {
            article: 294,
            intent: Intent::Intentional,
            title: Localized {
                kk: Cow::Borrowed("Вандализм"),
                ru: Cow::Borrowed("Вандализм"),
                en: Cow::Borrowed("Vandalism"),
            },
            parts: Cow::Borrowed(&[]),
        },
        CatalogueArticle {
            article: 380,
            intent: Intent::Intentional,
            title: Localized {
                kk: Cow::Borrowed("Билік өкіліне қатысты күш қолдану"),
                ru: Cow::Borrowed("Применение насилия в отношении представителя власти"),
                en: Cow::Borrowed("Violence against a representative of authority"),
            },
            parts: Cow::Borrowed(&[]),
        },
    ]),
};
