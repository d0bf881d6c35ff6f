//! What a spreadsheet's headers and values may say, in Kazakh, Russian or English or as the
//! case-file keys, and how a typed text is matched against them.
//!
//! A text is matched after normalising it (letter case, «ё», spaces, underscores, a trailing
//! full stop or colon), then by its shape when it mixes look-alike Latin and Cyrillic letters
//! («сase» with a Cyrillic «с»), then transliterated («серving» is read as "serving"). The tables
//! are data in this crate rather than the page's texts, so that a spreadsheet reads the same
//! whichever language's texts the browser has loaded; a test checks that every text the app
//! shows for a value (and every header the templates write) is recognised.

use std::sync::OnceLock;

use amnesty_rules::case::{CustodyKind, Institution, Recidivism, Stage};
use amnesty_rules::vocab::{Category, Context, ExclusionFact, Named, Punishment};
use amnesty_words::{t, Lang};
use serde::Serialize;

use crate::normalise::{is_cyrillic, skeleton, transliterate};
pub use crate::normalise::{normalise, FastMap};

/// A column of the spreadsheet format (one row per offence).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Column {
    Case,
    Name,
    Stage,
    Article,
    Part,
    CommittedOn,
    Context,
    Category,
    Exclusions,
    VictimAge,
    BirthDate,
    Recidivism,
    Punishment,
    Years,
    Months,
    Days,
    Hours,
    Amount,
    Start,
    Conditional,
    AsOf,
    Institution,
    CustodyFrom,
    CustodyTo,
    CustodyKind,
    /// An offence's own punishment, before the punishments of several are combined.
    OffencePunishment,
    OffenceYears,
    OffenceMonths,
    OffenceDays,
    OffenceHours,
    OffenceAmount,
}

impl Column {
    /// Every column, in the templates' order.
    pub const ALL: [Column; 31] = [
        Column::Case,
        Column::Name,
        Column::Stage,
        Column::Article,
        Column::Part,
        Column::CommittedOn,
        Column::Context,
        Column::Category,
        Column::Exclusions,
        Column::VictimAge,
        Column::BirthDate,
        Column::Recidivism,
        Column::Punishment,
        Column::Years,
        Column::Months,
        Column::Days,
        Column::Hours,
        Column::Amount,
        Column::Start,
        Column::Conditional,
        Column::AsOf,
        Column::Institution,
        Column::CustodyFrom,
        Column::CustodyTo,
        Column::CustodyKind,
        Column::OffencePunishment,
        Column::OffenceYears,
        Column::OffenceMonths,
        Column::OffenceDays,
        Column::OffenceHours,
        Column::OffenceAmount,
    ];

    /// The column's key, as the case file names the field (`committed_on`).
    pub fn key(self) -> &'static str {
        match self {
            Column::Case => "case",
            Column::Name => "name",
            Column::Stage => "stage",
            Column::Article => "article",
            Column::Part => "part",
            Column::CommittedOn => "committed_on",
            Column::Context => "context",
            Column::Category => "category",
            Column::Exclusions => "exclusions",
            Column::VictimAge => "victim_age",
            Column::BirthDate => "birth_date",
            Column::Recidivism => "recidivism",
            Column::Punishment => "punishment",
            Column::Years => "years",
            Column::Months => "months",
            Column::Days => "days",
            Column::Hours => "hours",
            Column::Amount => "amount",
            Column::Start => "start",
            Column::Conditional => "conditional",
            Column::AsOf => "as_of",
            Column::Institution => "institution",
            Column::CustodyFrom => "custody_from",
            Column::CustodyTo => "custody_to",
            Column::CustodyKind => "custody_kind",
            Column::OffencePunishment => "offence_punishment",
            Column::OffenceYears => "offence_years",
            Column::OffenceMonths => "offence_months",
            Column::OffenceDays => "offence_days",
            Column::OffenceHours => "offence_hours",
            Column::OffenceAmount => "offence_amount",
        }
    }

    /// A fact about the person, not the offence: the same in every row of a case.
    pub fn is_personal(self) -> bool {
        !matches!(
            self,
            Column::Case
                | Column::Article
                | Column::Part
                | Column::CommittedOn
                | Column::Context
                | Column::Category
                | Column::Exclusions
                | Column::VictimAge
                // One period of custody a row: a case's rows hold its periods.
                | Column::CustodyFrom
                | Column::CustodyTo
                | Column::CustodyKind
                | Column::OffencePunishment
                | Column::OffenceYears
                | Column::OffenceMonths
                | Column::OffenceDays
                | Column::OffenceHours
                | Column::OffenceAmount
        )
    }
}

/// A text of the locale files for each column, from a module of keys named by the columns' keys:
/// `column_key!(column, batch::columns)` is `keys::batch::columns::case` for `Column::Case`.
macro_rules! column_key {
    ($column:expr, $($module:ident)::+) => {{
        use amnesty_words::keys::$($module)::+ as k;
        match $column {
            Column::Case => k::case,
            Column::Name => k::name,
            Column::Stage => k::stage,
            Column::Article => k::article,
            Column::Part => k::part,
            Column::CommittedOn => k::committed_on,
            Column::Context => k::context,
            Column::Category => k::category,
            Column::Exclusions => k::exclusions,
            Column::VictimAge => k::victim_age,
            Column::BirthDate => k::birth_date,
            Column::Recidivism => k::recidivism,
            Column::Punishment => k::punishment,
            Column::Years => k::years,
            Column::Months => k::months,
            Column::Days => k::days,
            Column::Hours => k::hours,
            Column::Amount => k::amount,
            Column::Start => k::start,
            Column::Conditional => k::conditional,
            Column::AsOf => k::as_of,
            Column::Institution => k::institution,
            Column::CustodyFrom => k::custody_from,
            Column::CustodyTo => k::custody_to,
            Column::CustodyKind => k::custody_kind,
            Column::OffencePunishment => k::offence_punishment,
            Column::OffenceYears => k::offence_years,
            Column::OffenceMonths => k::offence_months,
            Column::OffenceDays => k::offence_days,
            Column::OffenceHours => k::offence_hours,
            Column::OffenceAmount => k::offence_amount,
        }
    }};
}
pub(crate) use column_key;

impl Column {
    /// The values of a column that takes a fixed set of them, as the app words them, each with
    /// its key (`«отбывает наказание», serving`): for the template's drop-down lists and guide,
    /// and for the message naming what a column takes. `None` for a column of free values.
    pub fn values(self, lang: Lang) -> Option<Vec<(&'static str, &'static str)>> {
        use amnesty_words as w;
        fn pairs<V: Named + Copy>(
            all: &[V],
            words: impl Fn(V) -> &'static str,
        ) -> Vec<(&'static str, &'static str)> {
            all.iter().map(|v| (words(*v), v.name())).collect()
        }
        let stages = [
            Stage::Investigation,
            Stage::Trial,
            Stage::Serving,
            Stage::Served,
        ];
        let recidivisms = [
            Recidivism::None,
            Recidivism::Recidivism,
            Recidivism::DangerousRecidivism,
        ];
        let contexts = [Context::Riots, Context::Suppression, Context::Other];
        Some(match self {
            Column::Stage => pairs(&stages, |v| w::stage(v, lang)),
            Column::Context => pairs(&contexts, |v| w::context(v, lang)),
            Column::Category => pairs(&Category::ALL, |v| w::category(v, lang)),
            Column::Exclusions => pairs(&ExclusionFact::ALL, |v| w::exclusion(v, lang)),
            Column::Recidivism => pairs(&recidivisms, |v| w::recidivism(v, lang)),
            Column::Punishment | Column::OffencePunishment => {
                pairs(&Punishment::ALL, |v| w::punishment(v, lang))
            }
            Column::Conditional => vec![(t!(lang, app.yes), "yes"), (t!(lang, app.no), "no")],
            Column::Institution => pairs(&Institution::ALL, |v| w::institution(v, lang)),
            Column::CustodyKind => pairs(&CustodyKind::ALL, |v| w::custody_kind(v, lang)),
            _ => return None,
        })
    }
}

impl Column {
    /// [`Column::values`] as a message or the guide lists them: «word» (key); …
    pub fn values_listed(self, lang: Lang) -> Option<String> {
        let values = self.values(lang)?;
        let listed: Vec<String> = values
            .iter()
            .map(|(word, key)| format!("{word} ({key})"))
            .collect();
        Some(listed.join("; "))
    }
}

/// The headers a column is recognised by (besides its key). The templates' headers and the
/// single-case form's field names are among them (tested).
#[rustfmt::skip]
const HEADERS: &[(Column, &[&str])] = &[
    (Column::Case, &[
        "case", "case id", "case no", "case number", "id", "дело", "№ дела", "номер дела",
        "дело №", "ид", "іс", "іс №", "№ іс", "іс нөмірі",
    ]),
    (Column::Name, &[
        "name", "label", "person", "full name", "фио", "ф.и.о", "ф. и. о", "имя", "метка", "лицо",
        "осуждённый", "подзащитный", "аты-жөні", "аты жөні", "аты", "тәа", "т.а.ә", "белгі",
        "адам",
    ]),
    (Column::Stage, &[
        "stage", "stage of the case", "стадия", "стадия дела", "саты", "істің сатысы",
    ]),
    (Column::Article, &[
        "article", "art", "cc article", "статья", "ст", "статья ук", "статья ук рк", "бап",
        "қк бабы", "қк бап",
    ]),
    (Column::Part, &[
        "part", "pt", "часть", "ч", "часть статьи", "бөлік", "бөлігі", "бабтың бөлігі",
    ]),
    (Column::CommittedOn, &[
        "date of the offence", "date of offence", "offence date", "committed on", "committed",
        "date", "дата деяния", "дата совершения", "дата преступления", "дата совершения деяния",
        "дата", "әрекет жасалған күн", "әрекет жасалған күні", "жасалған күні", "күні",
    ]),
    (Column::Context, &[
        "context", "connection with the riots", "connection", "связь с беспорядками", "связь",
        "контекст", "тәртіпсіздіктерге қатысы", "байланыс", "қатысы",
    ]),
    (Column::Category, &[
        "category", "gravity", "gravity category", "категория", "категория тяжести", "тяжесть",
        "санат", "ауырлық санаты", "ауырлығы",
    ]),
    (Column::Exclusions, &[
        "exclusions", "exclusion", "excluding facts", "исключения", "исключающие обстоятельства",
        "алып тастайтын мән-жайлар", "алып тастау",
    ]),
    (Column::VictimAge, &[
        "victim's age", "victim age", "age of the victim", "возраст потерпевшего",
        "жәбірленушінің жасы",
    ]),
    (Column::BirthDate, &[
        "date of birth", "birth date", "born", "dob", "дата рождения", "д.р", "туған күні",
        "туған күн",
    ]),
    (Column::Recidivism, &[
        "recidivism", "рецидив", "қылмыстардың қайталануы", "қайталану",
    ]),
    (Column::Punishment, &[
        "punishment", "main punishment", "kind of punishment", "penalty", "наказание",
        "вид наказания", "основное наказание", "жаза", "жаза түрі", "негізгі жаза",
    ]),
    (Column::Years, &[
        "years", "term years", "лет", "годы", "года", "срок лет", "жыл", "жылы",
    ]),
    (Column::Months, &[
        "months", "месяцев", "месяцы", "мес", "ай",
    ]),
    (Column::Days, &[
        "days", "дней", "дни", "дн", "күн",
    ]),
    (Column::Hours, &[
        "hours", "часов", "часы", "сағат",
    ]),
    (Column::Amount, &[
        "amount", "amount (mci)", "mci", "размер", "размер (мрп)", "мрп", "сумма", "мөлшері",
        "мөлшері (аек)", "аек",
    ]),
    (Column::Start, &[
        "start", "first day of the term", "first day", "start of the term", "term start",
        "sentence start", "начало срока", "первый день срока", "начало", "мерзімнің басы",
        "мерзімнің бірінші күні", "басы",
    ]),
    (Column::Conditional, &[
        "conditional", "conditional sentence", "suspended", "условно", "условное осуждение",
        "условный", "шартты", "шартты түрде соттау", "шартты түрде",
    ]),
    (Column::AsOf, &[
        "as of", "date of calculation", "calculation date", "дата расчёта", "на дату",
        "есептеу күні",
    ]),
    (Column::Institution, &[
        "institution", "security level", "regime", "учреждение", "вид учреждения", "режим",
        "мекеме", "мекеме түрі",
    ]),
    (Column::CustodyFrom, &[
        "custody from", "held from", "detained from", "под стражей с", "задержан",
        "содержание с", "ұсталған күні", "күзетпен ұстау басы",
    ]),
    (Column::CustodyTo, &[
        "custody to", "held to", "held until", "под стражей по", "содержание по",
        "күзетпен ұстау соңы",
    ]),
    (Column::CustodyKind, &[
        "custody kind", "kind of custody", "вид содержания", "мера пресечения",
        "бұлтартпау шарасы", "ұстау түрі",
    ]),
    (Column::OffencePunishment, &[
        "offence's own punishment", "offence punishment", "offence's punishment",
        "punishment for the offence", "наказание за деяние", "наказание за преступление",
        "әрекет үшін жаза",
    ]),
    (Column::OffenceYears, &[
        "offence: years", "offence years", "за деяние: лет", "за деяние лет", "әрекет үшін: жыл",
        "әрекет үшін жыл",
    ]),
    (Column::OffenceMonths, &[
        "offence: months", "offence months", "за деяние: месяцев", "за деяние месяцев",
        "әрекет үшін: ай", "әрекет үшін ай",
    ]),
    (Column::OffenceDays, &[
        "offence: days", "offence days", "за деяние: дней", "за деяние дней", "әрекет үшін: күн",
        "әрекет үшін күн",
    ]),
    (Column::OffenceHours, &[
        "offence: hours", "offence hours", "за деяние: часов", "за деяние часов",
        "әрекет үшін: сағат", "әрекет үшін сағат",
    ]),
    (Column::OffenceAmount, &[
        "offence: amount (mci)", "offence amount", "offence amount (mci)",
        "за деяние: размер (мрп)", "за деяние размер", "за деяние мрп",
        "әрекет үшін: мөлшері (аек)", "әрекет үшін мөлшері", "әрекет үшін аек",
    ]),
];

#[rustfmt::skip]
const INSTITUTIONS: &[(Institution, &[&str])] = &[
    (Institution::Minimum, &[
        "minimum", "minimum security", "минимальной безопасности", "минимальная",
        "минималды", "минималды қауіпсіздік",
    ]),
    (Institution::Medium, &[
        "medium", "medium security", "средней безопасности", "средняя", "орташа",
        "орташа қауіпсіздік",
    ]),
    (Institution::Maximum, &[
        "maximum", "maximum security", "максимальной безопасности", "максимальная",
        "чрезвычайной безопасности", "полной безопасности", "максималды",
        "максималды қауіпсіздік", "maximum (extraordinary, full) security",
        "максимальной (чрезвычайной, полной) безопасности",
        "максималды (төтенше, толық) қауіпсіздік",
    ]),
];

#[rustfmt::skip]
const CUSTODY_KINDS: &[(CustodyKind, &[&str])] = &[
    (CustodyKind::Detention, &[
        "detention", "in custody", "под стражей", "содержание под стражей", "арест",
        "күзетпен ұстау", "қамау",
    ]),
    (CustodyKind::HouseArrest, &[
        "house arrest", "домашний арест", "под домашним арестом", "үй қамағы",
    ]),
];

#[rustfmt::skip]
const STAGES: &[(Stage, &[&str])] = &[
    (Stage::Investigation, &[
        "under investigation", "pre-trial", "pre-trial investigation", "расследование",
        "идёт расследование", "досудебное расследование", "следствие", "предварительное следствие",
        "тергеу", "тергеу жүріп жатыр", "сотқа дейінгі тергеп-тексеру",
    ]),
    (Stage::Trial, &[
        "at trial", "court", "in court", "суд", "в суде", "дело в суде",
        "судебное разбирательство", "сот", "сотта", "іс сотта",
    ]),
    (Stage::Serving, &[
        "serving the sentence", "serving a sentence", "отбывает", "отбывает наказание",
        "отбывание наказания", "отбывание", "өтеп жатыр", "жазаны өтеп жатыр", "өтеуде",
    ]),
    (Stage::Served, &[
        "sentence served", "отбыто", "отбыл", "отбыла", "наказание отбыто", "отбыл наказание",
        "өтелген", "жаза өтелген", "өтеді",
    ]),
];

#[rustfmt::skip]
const CONTEXTS: &[(Context, &[&str])] = &[
    (Context::Riots, &[
        "connected with the mass riots", "mass riots", "riot", "массовые беспорядки", "беспорядки",
        "связано с массовыми беспорядками", "связано с беспорядками", "связано",
        "жаппай тәртіпсіздіктерге байланысты", "жаппай тәртіпсіздіктер", "тәртіпсіздіктер",
        "байланысты",
    ]),
    (Context::Suppression, &[
        "committed while suppressing the riots", "suppressing", "while suppressing", "пресечение",
        "при пресечении", "пресечение беспорядков",
        "совершено при пресечении массовых беспорядков", "при пресечении беспорядков",
        "жаппай тәртіпсіздіктердің жолын кесу кезінде жасалған", "жолын кесу",
        "жолын кесу кезінде",
    ]),
    (Context::Other, &[
        "not connected with the riots", "not connected", "none", "no", "другое", "иное",
        "не связано", "не связано с массовыми беспорядками", "нет",
        "жаппай тәртіпсіздіктерге байланысты емес", "байланысты емес", "басқа", "жоқ",
    ]),
];

#[rustfmt::skip]
const CATEGORIES: &[(Category, &[&str])] = &[
    (Category::Misdemeanour, &[
        "criminal misdemeanour", "misdemeanor", "criminal misdemeanor", "уголовный проступок",
        "проступок", "қылмыстық теріс қылық", "теріс қылық",
    ]),
    (Category::Small, &[
        "crime of small gravity", "small gravity", "minor gravity",
        "преступление небольшой тяжести", "небольшой тяжести", "небольшая",
        "онша ауыр емес қылмыс", "онша ауыр емес",
    ]),
    (Category::Medium, &[
        "crime of medium gravity", "medium gravity", "преступление средней тяжести",
        "средней тяжести", "средняя", "ауырлығы орташа қылмыс", "ауырлығы орташа", "орташа",
    ]),
    (Category::Grave, &[
        "grave crime", "тяжкое преступление", "тяжкое", "тяжкий", "ауыр қылмыс", "ауыр",
    ]),
    (Category::EspeciallyGrave, &[
        "especially grave crime", "especially grave", "particularly grave",
        "особо тяжкое преступление", "особо тяжкое", "особо тяжкий", "аса ауыр қылмыс", "аса ауыр",
    ]),
];

#[rustfmt::skip]
const EXCLUSIONS: &[(ExclusionFact, &[&str])] = &[
    (ExclusionFact::Terrorist, &[
        "terrorist crime", "terrorism", "террористическое преступление", "террористическое",
        "терроризм", "террористік қылмыс", "терроризм",
    ]),
    (ExclusionFact::Extremist, &[
        "extremist crime", "extremism", "экстремистское преступление", "экстремистское",
        "экстремизм", "экстремистік қылмыс", "экстремизм",
    ]),
    (ExclusionFact::Corruption, &[
        "corruption crime", "коррупционное преступление", "коррупционное", "коррупция",
        "сыбайлас жемқорлық қылмысы", "сыбайлас жемқорлық",
    ]),
    (ExclusionFact::Treason, &[
        "high treason", "государственная измена", "госизмена", "измена",
        "мемлекетке опасыздық жасау", "опасыздық",
    ]),
    (ExclusionFact::Torture, &[
        "пытки", "пытка", "азаптау",
    ]),
    (ExclusionFact::OrganisingRiots, &[
        "organising the mass riots", "organising riots", "organizing riots",
        "organizing the mass riots", "организация массовых беспорядков", "организация беспорядков",
        "организатор", "жаппай тәртіпсіздіктерді ұйымдастыру", "ұйымдастыру",
    ]),
    (ExclusionFact::SexualOffenceAgainstMinor, &[
        "sexual crime against a minor", "sexual offence against a minor",
        "преступление против половой неприкосновенности несовершеннолетнего",
        "половая неприкосновенность несовершеннолетнего",
        "против половой неприкосновенности несовершеннолетнего",
        "кәмелетке толмағанның жыныстық тиіспеушілігіне қарсы қылмыс",
        "жыныстық тиіспеушілікке қарсы",
    ]),
];

#[rustfmt::skip]
const RECIDIVISMS: &[(Recidivism, &[&str])] = &[
    (Recidivism::None, &[
        "no recidivism", "no", "рецидива нет", "нет", "нет рецидива", "жоқ",
        "қылмыстардың қайталануы жоқ", "қайталану жоқ", "-", "0",
    ]),
    (Recidivism::Recidivism, &[
        "yes", "рецидив", "рецидив преступлений", "да", "есть", "қылмыстардың қайталануы",
        "қайталану", "иә", "бар",
    ]),
    (Recidivism::DangerousRecidivism, &[
        "dangerous recidivism", "dangerous", "особо опасный рецидив", "опасный рецидив",
        "опасный рецидив преступлений", "опасный", "особо опасный",
        "қылмыстардың қауіпті қайталануы", "қауіпті қайталану", "қауіпті",
    ]),
];

#[rustfmt::skip]
const PUNISHMENTS: &[(Punishment, &[&str])] = &[
    (Punishment::Imprisonment, &[
        "prison", "deprivation of liberty", "лишение свободы", "лс", "л/с", "лишение",
        "бас бостандығынан айыру",
    ]),
    (Punishment::RestrictionOfFreedom, &[
        "restriction of freedom", "restriction of liberty", "ограничение свободы", "огр. свободы",
        "ограничение", "бас бостандығын шектеу",
    ]),
    (Punishment::CorrectionalWorks, &[
        "correctional works", "correctional labour", "correctional labor", "исправительные работы",
        "түзеу жұмыстары",
    ]),
    (Punishment::CommunityService, &[
        "community service", "public works", "community work",
        "привлечение к общественным работам", "общественные работы", "қоғамдық жұмыстарға тарту",
        "қоғамдық жұмыстар",
    ]),
    (Punishment::Arrest, &[
        "арест", "қамаққа алу", "қамақ",
    ]),
    (Punishment::Fine, &[
        "штраф", "айыппұл",
    ]),
];

#[rustfmt::skip]
const YES: &[&str] = &[
    "yes", "y", "true", "1", "+", "x", "да", "д", "иә", "ия", "conditional", "suspended",
    "условно", "условное", "условное осуждение", "шартты", "шартты түрде",
];
#[rustfmt::skip]
const NO: &[&str] = &[
    "no", "none", "n", "false", "0", "-", "нет", "н", "жоқ", "real", "реально", "реальное", "нақты",
];

/// A value typed in a cell, read against a table of the texts that mean it.
pub struct Vocabulary<V> {
    exact: FastMap<String, V>,
    shape: FastMap<String, V>,
    /// What to accept, for a message: the keys.
    pub keys: Vec<&'static str>,
}

impl<V: Copy> Vocabulary<V> {
    fn new(entries: impl IntoIterator<Item = (V, &'static str, &'static [&'static str])>) -> Self {
        let mut exact = FastMap::default();
        let mut shape = FastMap::default();
        let mut keys = Vec::new();
        for (value, key, aliases) in entries {
            keys.push(key);
            for alias in std::iter::once(&key).chain(aliases) {
                let normal = normalise(alias).into_owned();
                shape.entry(skeleton(&normal)).or_insert(value);
                exact.entry(normal).or_insert(value);
            }
        }
        Vocabulary { exact, shape, keys }
    }

    /// The value a text means, if any.
    pub fn find(&self, text: &str) -> Option<V> {
        let normal = normalise(text);
        if let Some(v) = self.exact.get(normal.as_ref()) {
            return Some(*v);
        }
        // Without a parenthesised note: "Amount (MCI)" → "amount".
        if let Some(open) = normal.find('(') {
            if let Some(v) = self.exact.get(normal[..open].trim_end()) {
                return Some(*v);
            }
        }
        let has_cyrillic = normal.chars().any(is_cyrillic);
        if !has_cyrillic && !normal.chars().any(|c| c.is_ascii_alphabetic()) {
            return None;
        }
        self.shape
            .get(&skeleton(&normal))
            .or_else(|| {
                has_cyrillic
                    .then(|| self.exact.get(&transliterate(&normal)))
                    .flatten()
            })
            .copied()
    }
}

fn table<V: amnesty_rules::vocab::Named>(
    rows: &'static [(V, &'static [&'static str])],
) -> Vocabulary<V> {
    Vocabulary::new(rows.iter().map(|(v, aliases)| (*v, v.name(), *aliases)))
}

/// The vocabularies, built once.
pub struct Vocabularies {
    pub columns: Vocabulary<Column>,
    pub stages: Vocabulary<Stage>,
    pub contexts: Vocabulary<Context>,
    pub categories: Vocabulary<Category>,
    pub exclusions: Vocabulary<ExclusionFact>,
    pub recidivism: Vocabulary<Recidivism>,
    pub punishments: Vocabulary<Punishment>,
    pub yes_no: Vocabulary<bool>,
    pub institutions: Vocabulary<Institution>,
    pub custody_kinds: Vocabulary<CustodyKind>,
}

pub fn vocabularies() -> &'static Vocabularies {
    static ALL: OnceLock<Vocabularies> = OnceLock::new();
    ALL.get_or_init(|| Vocabularies {
        columns: Vocabulary::new(HEADERS.iter().map(|(c, a)| (*c, c.key(), *a))),
        stages: table(STAGES),
        contexts: table(CONTEXTS),
        categories: table(CATEGORIES),
        exclusions: table(EXCLUSIONS),
        recidivism: table(RECIDIVISMS),
        punishments: table(PUNISHMENTS),
        yes_no: Vocabulary::new([(true, "yes", YES), (false, "no", NO)]),
        institutions: table(INSTITUTIONS),
        custody_kinds: table(CUSTODY_KINDS),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_numbered_in_order() {
        for (i, column) in Column::ALL.into_iter().enumerate() {
            assert_eq!(column as usize, i, "{column:?}");
        }
    }

    #[test]
    fn headers_in_any_language_and_case() {
        let v = &vocabularies().columns;
        for (text, column) in [
            ("Статья", Column::Article),
            ("БАП", Column::Article),
            ("Article", Column::Article),
            ("Ст.", Column::Article),
            ("Часть", Column::Part),
            ("Бөлік", Column::Part),
            ("part", Column::Part),
            ("committed_on", Column::CommittedOn),
            ("Дата деяния:", Column::CommittedOn),
            ("Amount (MCI)", Column::Amount),
            ("Размер (МРП)", Column::Amount),
            ("Дата расчета", Column::AsOf),
            ("  Date   of birth ", Column::BirthDate),
            ("Сase", Column::Case),
        ] {
            assert_eq!(v.find(text), Some(column), "{text}");
        }
        assert_eq!(v.find("Примечание"), None);
        assert_eq!(v.find(""), None);
    }

    /// Whatever the app writes for a value, and every header the templates write, reads back.
    #[test]
    fn every_text_the_app_writes_is_recognised() {
        use amnesty_words as w;
        let v = vocabularies();
        for lang in amnesty_words::Lang::ALL {
            for column in Column::ALL {
                let title = crate::cases::column_title(column, lang);
                assert_eq!(v.columns.find(title), Some(column), "{title}");
                assert_eq!(v.columns.find(column.key()), Some(column));
                let label = w::field_label(column.key(), lang);
                if !matches!(column, Column::Case | Column::Name) {
                    assert_eq!(v.columns.find(&label), Some(column), "{label}");
                }
            }
            for s in [
                Stage::Investigation,
                Stage::Trial,
                Stage::Serving,
                Stage::Served,
            ] {
                assert_eq!(v.stages.find(w::stage(s, lang)), Some(s));
            }
            for c in [Context::Riots, Context::Suppression, Context::Other] {
                assert_eq!(v.contexts.find(w::context(c, lang)), Some(c));
            }
            for c in Category::ALL {
                assert_eq!(v.categories.find(w::category(c, lang)), Some(c));
            }
            for e in ExclusionFact::ALL {
                assert_eq!(v.exclusions.find(w::exclusion(e, lang)), Some(e));
            }
            for r in [
                Recidivism::None,
                Recidivism::Recidivism,
                Recidivism::DangerousRecidivism,
            ] {
                assert_eq!(v.recidivism.find(w::recidivism(r, lang)), Some(r));
            }
            for p in Punishment::ALL {
                assert_eq!(v.punishments.find(w::punishment(p, lang)), Some(p));
            }
        }
    }

    #[test]
    fn values_in_any_language_as_keys_or_mistyped() {
        let v = vocabularies();
        assert_eq!(v.stages.find("отбывает"), Some(Stage::Serving));
        assert_eq!(v.stages.find("серving"), Some(Stage::Serving));
        assert_eq!(v.stages.find("SERVING"), Some(Stage::Serving));
        assert_eq!(v.stages.find("Іс сотта"), Some(Stage::Trial));
        assert_eq!(v.contexts.find("массовые беспорядки"), Some(Context::Riots));
        assert_eq!(v.contexts.find("riots"), Some(Context::Riots));
        assert_eq!(v.contexts.find("«Riots»"), Some(Context::Riots));
        assert_eq!(
            v.categories.find("Особо тяжкое"),
            Some(Category::EspeciallyGrave)
        );
        assert_eq!(
            v.recidivism.find("опасный рецидив"),
            Some(Recidivism::DangerousRecidivism)
        );
        assert_eq!(
            v.punishments.find("Лишение свободы"),
            Some(Punishment::Imprisonment)
        );
        assert_eq!(v.yes_no.find("Да"), Some(true));
        assert_eq!(v.stages.find("сервис"), None);
        assert_eq!(v.stages.find("12"), None);
    }
}
