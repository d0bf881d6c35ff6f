//! Values in words: dates, terms, hours, amounts, fractions, articles, citations, and the names
//! of the law's categories, in the reader's language.

use amnesty_rules::case::{Measure, Recidivism, Stage};
use amnesty_rules::pack::RulePack;
use amnesty_rules::term::Term;
use amnesty_rules::vocab::{
    Act, ArticleNo, Category, Citation, Context, ExclusionFact, Fraction, Intent, Punishment,
    Status,
};
use chrono::{Datelike, NaiveDate};

use crate::{fill, keys, t, text, Key, Lang, Plural};

/// "5 January 2022", "5 января 2022 г.", "05.01.2022".
pub fn date(d: NaiveDate, lang: Lang) -> String {
    let month = month_key(d.month());
    match lang {
        Lang::En => format!("{} {} {}", d.day(), text(lang, month), d.year()),
        Lang::Ru => format!("{} {} {} г.", d.day(), text(lang, month), d.year()),
        // Numbers keep Kazakh case endings out of the way of the sentence.
        Lang::Kk => dotted_date(d),
    }
}

/// A day as `05.01.2022`: the form's date fields, a spreadsheet's example, a Kazakh sentence.
/// Not chrono's `format`: its strftime machinery costs the page's download some 3 KB.
pub fn dotted_date(d: NaiveDate) -> String {
    format!("{:02}.{:02}.{}", d.day(), d.month(), d.year())
}

/// The month's name as it follows a day ("January", «января», «қаңтар»), `month` from 1 to 12.
pub fn month_key(month: u32) -> Key {
    use keys::calendar::*;
    [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12][(month.clamp(1, 12) - 1) as usize]
}

fn counted(n: u64, lang: Lang, [one, few, many]: [Key; 3]) -> String {
    let word = match lang.plural(n) {
        Plural::One => one,
        Plural::Few => few,
        Plural::Many => many,
    };
    format!("{n} {}", text(lang, word))
}

/// "2 years 1 month 15 days".
pub fn term(t: Term, lang: Lang) -> String {
    use keys::units::*;
    let t = t.normalized();
    let parts: Vec<String> = [
        (t.years, [one_year, few_years, many_years]),
        (t.months, [one_month, few_months, many_months]),
        (t.days, [one_day, few_days, many_days]),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, words)| counted(u64::from(n), lang, words))
    .collect();
    if parts.is_empty() {
        counted(0, lang, [one_day, few_days, many_days])
    } else {
        parts.join(" ")
    }
}

/// A number of years as it follows "up to" or "after": "1 year", «1 года», «6 лет», "6 жыл".
pub fn years_after(n: u8, lang: Lang) -> String {
    let n = u64::from(n);
    let singular = n % 10 == 1 && n % 100 != 11;
    let word = if singular {
        t!(lang, units.gen_one_year)
    } else {
        t!(lang, units.gen_many_years)
    };
    format!("{n} {word}")
}

/// "240 hours".
pub fn hours(n: u32, lang: Lang) -> String {
    use keys::units::*;
    counted(u64::from(n), lang, [one_hour, few_hours, many_hours])
}

/// "200 MCI".
pub fn amount(n: u32, lang: Lang) -> String {
    format!("{n} {}", t!(lang, units.mci))
}

/// A term, hours or an amount in words; `None` for a measure the case does not state.
pub fn quantity(m: Measure, lang: Lang) -> Option<String> {
    match m {
        Measure::Term(x) => Some(term(x, lang)),
        Measure::Hours(x) => Some(hours(x, lang)),
        Measure::Amount(x) => Some(amount(x, lang)),
        Measure::Unstated => None,
    }
}

/// "three quarters", "half".
pub fn fraction(f: Fraction, lang: Lang) -> String {
    match (f.numerator, f.denominator) {
        (3, 4) => t!(lang, fraction.three_quarters).to_string(),
        (1, 2) => t!(lang, fraction.half).to_string(),
        (n, d) => format!("{n}/{d}"),
    }
}

/// At most `max` characters of `text`, then "…" where it went on: what a message quotes of
/// what was typed or read, and a label drawn where room is short.
pub fn excerpt(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((end, _)) => format!("{}…", text[..end].trim_end()),
        None => text.to_string(),
    }
}

/// A part of a term to serve before an early release, "1/2", "2/3": a share, never the words of
/// an amnesty's cut ("by half" reads as cutting the term).
pub fn share(f: Fraction) -> String {
    format!("{}/{}", f.numerator, f.denominator)
}

/// An article of the Code and its part, as lawyers write them: "CC Art. 272 part 2",
/// «ч. 2 ст. 272 УК РК», «ҚР ҚК 272-бабының 2-бөлігі».
pub fn article(article: ArticleNo, part: Option<u8>, lang: Lang) -> String {
    citation(&Citation::code(article, part), lang)
}

/// A list of part numbers: "1, 2".
pub fn parts(parts: &[u8]) -> String {
    parts
        .iter()
        .map(u8::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// A citation as lawyers in Kazakhstan write it, in the reader's language.
pub fn citation(c: &Citation, lang: Lang) -> String {
    let law = RulePack::embedded().law.number.to_string();
    let number = |n: Option<u8>| n.map(|n| n.to_string()).unwrap_or_default();
    let values = [
        ("law", law),
        (
            "article",
            c.article.map(|a| a.to_string()).unwrap_or_default(),
        ),
        ("part", number(c.part)),
        ("paragraph", number(c.paragraph)),
        ("item", number(c.item)),
    ];
    let template = match (c.act, c.part, c.paragraph, c.item) {
        (Act::Law, Some(_), Some(_), _) => keys::cite::law_part_paragraph,
        (Act::Law, Some(_), None, _) => keys::cite::law_part,
        (Act::Law, None, _, Some(_)) => keys::cite::law_item,
        (Act::Law, None, _, None) => keys::cite::law,
        (Act::CriminalCode, Some(_), _, _) => keys::cite::code_part,
        (Act::CriminalCode, None, _, Some(_)) => keys::cite::code_item,
        (Act::CriminalCode, None, _, None) => keys::cite::code,
        (Act::Practice, ..) => keys::cite::practice,
        (Act::Convention, ..) => keys::cite::convention,
        (Act::ProcedureCode, _, _, Some(_)) => keys::cite::procedure_item,
        (Act::ProcedureCode, ..) => keys::cite::procedure,
    };
    fill(text(lang, template), &values)
}

/// The official text of the act a citation is in, in the reader's language.
pub fn official_url(c: &Citation, lang: Lang) -> &'static str {
    let pack = RulePack::embedded();
    let texts = match c.act {
        Act::CriminalCode => &pack.criminal_code.official_text,
        // The Criminal Procedure Code of 4 July 2014 No. 231-V, on Adilet.
        Act::ProcedureCode => {
            return match lang {
                Lang::Kk => "https://adilet.zan.kz/kaz/docs/K1400000231",
                Lang::Ru => "https://adilet.zan.kz/rus/docs/K1400000231",
                Lang::En => "https://adilet.zan.kz/eng/docs/K1400000231",
            }
        }
        _ => &pack.law.official_text,
    };
    match lang {
        Lang::Kk => &texts.kk,
        Lang::Ru => &texts.ru,
        Lang::En => &texts.en,
    }
}

/// The heading of every result: the law's number, date and title in the reader's language.
pub fn law_heading(lang: Lang) -> String {
    let law = &RulePack::embedded().law;
    let title = match lang {
        Lang::Kk => &law.title.kk,
        Lang::Ru => &law.title.ru,
        Lang::En => &law.title.en,
    };
    fill(
        t!(lang, explain.title),
        &[
            ("law", law.number.to_string()),
            ("signed", date(law.signed, lang)),
            ("title", title.to_string()),
        ],
    )
}

/// The law's official text in the reader's language.
pub fn law_url(lang: Lang) -> &'static str {
    let texts = &RulePack::embedded().law.official_text;
    match lang {
        Lang::Kk => &texts.kk,
        Lang::Ru => &texts.ru,
        Lang::En => &texts.en,
    }
}

/// The article's title on the law's list, in the reader's language (`titles.*` of the words:
/// the rules built into the page carry no titles).
pub fn article_title(article: ArticleNo, lang: Lang) -> Option<&'static str> {
    let (_, _, key) = crate::generated::TITLES
        .iter()
        .find(|(number, dash, _)| (*number, *dash) == (article.number, article.dash))?;
    Some(text(lang, *key))
}

/// Articles of the law's list matching what was typed (`amnesty_rules::search`), by their
/// titles in every language at hand: all three where the texts are built in; in the page, the
/// reader's language and any other it has shown.
pub fn search_articles(typed: &str, limit: usize) -> Vec<(ArticleNo, Option<u8>)> {
    let langs: Vec<Lang> = Lang::ALL
        .into_iter()
        .filter(|lang| crate::is_bundle_loaded(*lang, crate::Bundle::Page))
        .collect();
    amnesty_rules::search::search_in(RulePack::embedded(), typed, limit, |article| {
        langs
            .iter()
            .filter_map(|lang| article_title(article, *lang))
            .collect()
    })
}

words_of! {
    pub fn category(Category) from keys::category {
        Misdemeanour => misdemeanour,
        Small => small,
        Medium => medium,
        Grave => grave,
        EspeciallyGrave => especially_grave,
    }
}

words_of! {
    pub fn context(Context) from keys::context {
        Riots => riots,
        Suppression => suppression,
        Other => other,
    }
}

words_of! {
    pub fn exclusion(ExclusionFact) from keys::exclusion {
        Terrorist => terrorist,
        Extremist => extremist,
        Corruption => corruption,
        Treason => treason,
        Torture => torture,
        OrganisingRiots => organising_riots,
        SexualOffenceAgainstMinor => sexual_offence_against_minor,
    }
}

words_of! {
    pub fn recidivism(Recidivism) from keys::recidivism {
        None => none,
        Recidivism => recidivism,
        DangerousRecidivism => dangerous_recidivism,
    }
}

words_of! {
    pub fn punishment(Punishment) from keys::punishment {
        Imprisonment => imprisonment,
        RestrictionOfFreedom => restriction_of_freedom,
        CorrectionalWorks => correctional_works,
        CommunityService => community_service,
        Arrest => arrest,
        Fine => fine,
    }
}

words_of! {
    pub fn stage(Stage) from keys::stage {
        Investigation => investigation,
        Trial => trial,
        Serving => serving,
        Served => served,
    }
}

words_of! {
    pub fn status(Status) from keys::status {
        Verified => verified,
        Reported => reported,
        Open => open,
    }
}

words_of! {
    pub fn intent(Intent) from keys::intent {
        Intentional => intentional,
        Negligent => negligent,
    }
}

/// "Offence 2", "2-әрекет".
pub fn offence_number(n: usize, lang: Lang) -> String {
    fill(t!(lang, fields.offence_n), &[("n", n.to_string())])
}

/// The first letter in upper case (a sentence built from a lower-case phrase).
pub fn capitalised(text: String) -> String {
    amnesty_rules::letter_case::capitalised(text)
}
