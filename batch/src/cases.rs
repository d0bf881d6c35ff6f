//! Rows to cases, and cases to decisions. One row per offence; rows with the same case id are one
//! person, whose own facts (stage, date of birth, recidivism, sentence, date of calculation) come
//! from the case's first row; the name, only carried into the results, from the first row that
//! has one. Every cell is read on its own, so a bad one is named with its row
//! and column and the other rows and cases go on.

use amnesty_rules::case::{
    CaseFile, FieldError, OffenceFile, Problem, Recidivism, SentenceFile, Stage, MAX_OFFENCES,
};
use amnesty_rules::vocab::Punishment;
use amnesty_words::{fill, keys, t, text, Lang};
use chrono::NaiveDate;
use serde::Serialize;

use crate::cells::*;
use crate::protocol::CaseDecision;
use crate::sheet::{excerpt, Cell, Header, Row};
use crate::vocab::{column_key, vocabularies, Column, FastMap};

/// What is wrong with a cell or a row.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "issue", rename_all = "snake_case")]
pub enum Issue {
    /// A problem the case's own validation names, as for a case file or the form.
    Rules(Problem),
    /// Not a date in any of the accepted forms.
    NotADate { value: String },
    /// Not one of the values the column takes; `accepted` are their keys.
    UnknownValue {
        value: String,
        accepted: Vec<&'static str>,
    },
    /// A fact about the person that differs from the case's first row.
    Differs {
        value: String,
        first_row: u32,
        first: String,
    },
    /// An Excel error value (`#N/A`) in the cell.
    CellError { value: String },
}

/// One problem in one row, in the reader's language.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RowError {
    /// The row as the spreadsheet numbers it.
    pub row: u32,
    /// The column's header as written in the file, or the column's name where the file lacks it.
    pub column: String,
    /// The column's key (`committed_on`); `case` for the case as a whole.
    pub field: &'static str,
    pub issue: Issue,
    pub message: String,
}

impl RowError {
    /// "row 5, Date of the offence: …"
    pub fn line(&self, lang: Lang) -> String {
        fill(
            t!(lang, batch.problems.line),
            &[
                ("row", self.row.to_string()),
                ("column", self.column.clone()),
                ("message", self.message.clone()),
            ],
        )
    }
}

/// A column's name in the templates, in a language.
pub fn column_title(column: Column, lang: Lang) -> &'static str {
    text(lang, column_key!(column, batch::columns))
}

fn message(issue: &Issue, field: &str, lang: Lang) -> String {
    use keys::batch::problems as k;
    match issue {
        Issue::Rules(problem) => {
            // The rules' sentence names its field first ("Part: …"); here the column says it.
            let full = amnesty_words::problem(&FieldError::new(field, problem.clone()), lang);
            let label = amnesty_words::field_label(field, lang);
            match full.strip_prefix(&label).and_then(|s| s.strip_prefix(": ")) {
                Some(rest) => rest.to_string(),
                None => full,
            }
        }
        Issue::NotADate { value } => fill(text(lang, k::not_a_date), &[("value", value.clone())]),
        Issue::UnknownValue { value, accepted } => fill(
            text(lang, k::unknown_value),
            &[
                ("value", value.clone()),
                ("accepted", accepted_words(field, accepted, lang)),
            ],
        ),
        Issue::Differs {
            value,
            first_row,
            first,
        } => fill(
            text(lang, k::differs),
            &[
                ("value", value.clone()),
                ("first_row", first_row.to_string()),
                ("first", first.clone()),
            ],
        ),
        Issue::CellError { value } => fill(text(lang, k::cell_error), &[("value", value.clone())]),
    }
}

/// The values a column takes, in words and as keys: «отбывает наказание» (serving); …
fn accepted_words(field: &str, keys: &[&'static str], lang: Lang) -> String {
    let column = Column::ALL.into_iter().find(|c| c.key() == field);
    column
        .and_then(|c| c.values_listed(lang))
        .unwrap_or_else(|| keys.join(", "))
}

/// A fact about the person, as read from one row.
#[derive(Clone, Debug, PartialEq)]
enum Value {
    /// A name or label: carried into the results, never compared.
    Text,
    Date(NaiveDate),
    Count(u32),
    Stage(Stage),
    Recidivism(Recidivism),
    Punishment(Punishment),
    Yes(bool),
    Institution(amnesty_rules::case::Institution),
}

/// A personal column's cell in one row.
#[derive(Clone, Debug, PartialEq)]
enum Slot<'a> {
    Empty,
    /// Unreadable: already reported.
    Bad,
    /// The value and the cell it was read from.
    Given(Value, Cell<'a>),
}

/// One row, read.
struct RowFacts<'a> {
    number: u32,
    id: Option<String>,
    personal: Vec<(Column, Slot<'a>)>,
    offence: Option<OffenceFile>,
    /// The period of custody the row gives, if any.
    custody: Option<amnesty_rules::case::CustodyFile>,
    errors: Vec<RowError>,
}

impl<'a> RowFacts<'a> {
    fn slot(&self, column: Column) -> &Slot<'a> {
        self.personal
            .iter()
            .find(|(c, _)| *c == column)
            .map_or(&Slot::Empty, |(_, s)| s)
    }
}

/// Reads the cells of one row against the header.
struct Reader<'a> {
    header: &'a Header,
    row: &'a Row,
    lang: Lang,
    errors: Vec<RowError>,
}

impl<'a> Reader<'a> {
    fn cell(&self, column: Column) -> Option<Cell<'a>> {
        let cell = self.row.cell(self.header.index(column)?);
        (!cell.is_empty()).then_some(cell)
    }

    fn error(&mut self, column: Column, issue: Issue) {
        self.errors.push(error(
            self.header,
            self.row.number,
            column,
            issue,
            self.lang,
        ));
    }

    /// A required cell that is empty.
    fn missing(&mut self, column: Column) {
        self.error(column, Issue::Rules(Problem::Missing));
    }

    /// Reads a cell with `parse`; `None` when empty or unreadable (reported).
    fn read<T>(
        &mut self,
        column: Column,
        parse: impl FnOnce(&Cell<'a>) -> Result<T, Issue>,
    ) -> Option<T> {
        let cell = self.cell(column)?;
        let result = match cell {
            Cell::Error(e) => Err(Issue::CellError { value: excerpt(e) }),
            cell => parse(&cell),
        };
        result.map_err(|issue| self.error(column, issue)).ok()
    }

    fn personal(
        &mut self,
        column: Column,
        parse: impl FnOnce(&Cell<'a>) -> Result<Value, Issue>,
    ) -> Slot<'a> {
        let Some(cell) = self.cell(column) else {
            return Slot::Empty;
        };
        match self.read(column, parse) {
            Some(value) => Slot::Given(value, cell),
            None => Slot::Bad,
        }
    }
}

fn error(header: &Header, row: u32, column: Column, issue: Issue, lang: Lang) -> RowError {
    let field = column.key();
    RowError {
        row,
        column: header
            .written(column)
            .unwrap_or_else(|| column_title(column, lang))
            .to_string(),
        field,
        message: message(&issue, field, lang),
        issue,
    }
}

/// The case id: text as written, a number without its ".0".
fn case_id(cell: Cell<'_>) -> String {
    cell.text().into_owned()
}

fn read_row<'a>(header: &'a Header, row: &'a Row, lang: Lang) -> RowFacts<'a> {
    let v = vocabularies();
    let mut r = Reader {
        header,
        row,
        lang,
        errors: Vec::new(),
    };
    let id = r.cell(Column::Case).map(case_id);
    let mut personal = Vec::new();
    for (_, column, _) in &header.columns {
        let slot = match column {
            Column::Name => r.personal(*column, |_| Ok(Value::Text)),
            Column::Stage => r.personal(*column, |c| word(c, &v.stages).map(Value::Stage)),
            Column::Recidivism => {
                r.personal(*column, |c| word(c, &v.recidivism).map(Value::Recidivism))
            }
            Column::Punishment => {
                r.personal(*column, |c| word(c, &v.punishments).map(Value::Punishment))
            }
            Column::BirthDate | Column::Start | Column::AsOf => {
                r.personal(*column, |c| date(c).map(Value::Date))
            }
            Column::Years | Column::Months | Column::Days | Column::Hours | Column::Amount => {
                r.personal(*column, |c| count(c).map(Value::Count))
            }
            Column::Conditional => r.personal(*column, |c| yes_no(c).map(Value::Yes)),
            Column::Institution => r.personal(*column, |c| {
                word(c, &v.institutions).map(Value::Institution)
            }),
            _ => continue,
        };
        personal.push((*column, slot));
    }

    let cited = r.read(Column::Article, article);
    // The rules check the ranges (a part the article has, a victim's age up to 120); these
    // bounds only name the range when a number is too large to be one.
    let part = r.read(Column::Part, |c| {
        small_number(c, (1, u32::from(amnesty_rules::case::MAX_PART)))
    });
    // The part the article's cell cites fills an empty part cell; one that differs is named.
    let part = match (part, cited.and_then(|c| c.part)) {
        (Some(typed), Some(part)) if typed != part => {
            r.error(
                Column::Part,
                Issue::Rules(Problem::PartDiffersFromCitation { cited: part }),
            );
            Some(typed)
        }
        (typed, part) => typed.or(part),
    };
    let article = cited.map(|c| c.article);
    let committed_on = r.read(Column::CommittedOn, date);
    let context = r.read(Column::Context, |c| word(c, &v.contexts));
    let category = r.read(Column::Category, |c| word(c, &v.categories));
    let exclusions = r.read(Column::Exclusions, |c| {
        let written = c.text();
        if v.yes_no.find(&written) == Some(false) {
            return Ok(Vec::new());
        }
        written
            .split([',', ';', '/', '|', '\n'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| {
                v.exclusions
                    .find(s)
                    .ok_or_else(|| unknown(s, &v.exclusions))
            })
            .collect::<Result<Vec<_>, _>>()
    });
    let victim_age = r.read(Column::VictimAge, |c| small_number(c, (0, 120)));
    let custody = custody_of(&mut r);
    let own_sentence = own_sentence(&mut r);
    for column in [Column::Article, Column::CommittedOn, Column::Context] {
        if r.cell(column).is_none() {
            r.missing(column);
        }
    }
    // A row with any error gives no offence: its case is not decided.
    let offence = match (article, committed_on, context) {
        (Some(article), Some(committed_on), Some(context)) if r.errors.is_empty() => {
            Some(OffenceFile {
                article,
                part,
                committed_on: iso(committed_on),
                context,
                category,
                exclusions: exclusions.unwrap_or_default(),
                victim_age,
                sentence: own_sentence,
            })
        }
        _ => None,
    };
    RowFacts {
        number: row.number,
        id,
        personal,
        offence,
        custody,
        errors: r.errors,
    }
}

/// The row's period of custody: its first and last day and its kind, all three or none.
fn custody_of(r: &mut Reader<'_>) -> Option<amnesty_rules::case::CustodyFile> {
    let v = vocabularies();
    let from = r.read(Column::CustodyFrom, date);
    let to = r.read(Column::CustodyTo, date);
    let kind = r.read(Column::CustodyKind, |c| word(c, &v.custody_kinds));
    let given =
        [Column::CustodyFrom, Column::CustodyTo, Column::CustodyKind].map(|c| r.cell(c).is_some());
    if given.iter().any(|g| *g) {
        for (column, given) in [Column::CustodyFrom, Column::CustodyTo, Column::CustodyKind]
            .into_iter()
            .zip(given)
        {
            if !given {
                r.missing(column);
            }
        }
    }
    Some(amnesty_rules::case::CustodyFile {
        from: iso(from?),
        to: iso(to?),
        kind: kind?,
    })
}

/// What the amnesty does for one case of the spreadsheet.
#[derive(Clone, Debug, Serialize)]
pub struct CaseResult {
    /// The case id as written; empty for a row without one (a case of its own).
    pub case: String,
    /// The name or label as written in the case's first row.
    pub name: String,
    /// The case's rows, as the spreadsheet numbers them.
    pub rows: Vec<u32>,
    /// The decision, when every row of the case could be read and the case is valid.
    pub decision: Option<CaseDecision>,
    pub errors: Vec<RowError>,
    /// The case as a case file, to open it in the calculator's form.
    pub case_file: Option<CaseFile>,
}

/// How many rows or cases go by between two progress reports.
const PROGRESS_EVERY: usize = 512;

/// Reads every row, groups them into cases and decides each, telling `progress` how far it is
/// every few hundred rows and cases.
pub fn decide_rows(
    header: &Header,
    rows: &[Row],
    today: NaiveDate,
    lang: Lang,
    progress: &mut dyn FnMut(crate::Progress),
) -> Vec<CaseResult> {
    let mut facts: Vec<RowFacts> = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        if i % PROGRESS_EVERY == 0 {
            progress(crate::Progress::Rows {
                done: i as u32,
                total: rows.len() as u32,
            });
        }
        facts.push(read_row(header, row, lang));
    }
    let mut groups: Vec<Vec<&RowFacts<'_>>> = Vec::new();
    let mut by_id: FastMap<&str, usize> = FastMap::default();
    for f in &facts {
        match f.id.as_deref() {
            Some(id) => {
                let at = *by_id.entry(id).or_insert_with(|| {
                    groups.push(Vec::new());
                    groups.len() - 1
                });
                groups[at].push(f);
            }
            None => groups.push(vec![f]),
        }
    }
    let total = groups.len() as u32;
    groups
        .into_iter()
        .enumerate()
        .map(|(i, group)| {
            if i % PROGRESS_EVERY == 0 {
                progress(crate::Progress::Cases {
                    done: i as u32,
                    total,
                });
            }
            decide_group(header, &group, today, lang)
        })
        .collect()
}

fn decide_group(
    header: &Header,
    group: &[&RowFacts<'_>],
    today: NaiveDate,
    lang: Lang,
) -> CaseResult {
    let first = group[0];
    let mut errors: Vec<RowError> = group.iter().flat_map(|f| f.errors.clone()).collect();
    // A person's facts are the same in every row: a later row repeats them or leaves them empty.
    for later in &group[1..] {
        for (column, slot) in &later.personal {
            let Slot::Given(value, cell) = slot else {
                continue;
            };
            if *column == Column::Name {
                continue;
            }
            let same = match first.slot(*column) {
                Slot::Given(v, _) => v == value,
                Slot::Bad => true,
                Slot::Empty => false,
            };
            if !same {
                let first_written = match first.slot(*column) {
                    Slot::Given(_, c) => excerpt(&c.text()),
                    _ => String::new(),
                };
                let issue = Issue::Differs {
                    value: excerpt(&cell.text()),
                    first_row: first.number,
                    first: first_written,
                };
                errors.push(error(header, later.number, *column, issue, lang));
            }
        }
    }
    if let Some(extra) = group.get(MAX_OFFENCES) {
        let issue = Issue::Rules(Problem::TooManyOffences {
            max: MAX_OFFENCES as u32,
        });
        errors.push(error(header, extra.number, Column::Case, issue, lang));
    }
    let stage = match first.slot(Column::Stage) {
        Slot::Given(Value::Stage(s), _) => Some(*s),
        Slot::Empty => {
            let issue = Issue::Rules(Problem::Missing);
            errors.push(error(header, first.number, Column::Stage, issue, lang));
            None
        }
        _ => None,
    };
    // The name is only carried into the results: the first one given.
    let name = group
        .iter()
        .find_map(|f| match f.slot(Column::Name) {
            Slot::Given(_, cell) => Some(cell.text().into_owned()),
            _ => None,
        })
        .unwrap_or_default();
    let mut result = CaseResult {
        case: first.id.clone().unwrap_or_default(),
        name,
        rows: group.iter().map(|f| f.number).collect(),
        decision: None,
        errors: Vec::new(),
        case_file: None,
    };
    let offences: Option<Vec<OffenceFile>> = group.iter().map(|f| f.offence.clone()).collect();
    let (Some(stage), Some(offences), true) = (stage, offences, errors.is_empty()) else {
        errors.sort_by_key(|e| e.row);
        result.errors = errors;
        return result;
    };
    let custody = group.iter().filter_map(|f| f.custody.clone()).collect();
    let file = case_file(first, stage, offences, custody);
    match amnesty_rules::check_file(&file, today) {
        Ok(decision) => result.decision = Some(CaseDecision::new(&decision)),
        Err(problems) => {
            result.errors = problems
                .into_iter()
                .map(|p| validation_error(header, group, p, lang))
                .collect()
        }
    }
    result.case_file = Some(file);
    result
}

/// The offence's own punishment, where the row gives one: its measure is checked by the rules.
fn own_sentence(r: &mut Reader<'_>) -> Option<SentenceFile> {
    let punishment = r.read(Column::OffencePunishment, |c| {
        word(c, &vocabularies().punishments)
    });
    let mut number = |column| r.read(column, count);
    let [years, months, days, hours, amount] = [
        Column::OffenceYears,
        Column::OffenceMonths,
        Column::OffenceDays,
        Column::OffenceHours,
        Column::OffenceAmount,
    ]
    .map(&mut number);
    let measured = [years, months, days, hours, amount]
        .iter()
        .any(Option::is_some);
    if punishment.is_none() && measured && r.cell(Column::OffencePunishment).is_none() {
        r.missing(Column::OffencePunishment);
    }
    Some(SentenceFile {
        punishment: punishment?,
        years: years.unwrap_or(0),
        months: months.unwrap_or(0),
        days: days.unwrap_or(0),
        hours,
        amount,
        start: None,
        conditional: false,
        institution: None,
        probation_months: None,
    })
}

/// The case file the first row's facts and every row's offence make.
fn case_file(
    first: &RowFacts<'_>,
    stage: Stage,
    offences: Vec<OffenceFile>,
    custody: Vec<amnesty_rules::case::CustodyFile>,
) -> CaseFile {
    let date = |c| match first.slot(c) {
        Slot::Given(Value::Date(d), _) => Some(iso(*d)),
        _ => None,
    };
    let number = |c| match first.slot(c) {
        Slot::Given(Value::Count(n), _) => Some(*n),
        _ => None,
    };
    let sentence = match first.slot(Column::Punishment) {
        Slot::Given(Value::Punishment(punishment), _) => Some(SentenceFile {
            punishment: *punishment,
            years: number(Column::Years).unwrap_or(0),
            months: number(Column::Months).unwrap_or(0),
            days: number(Column::Days).unwrap_or(0),
            hours: number(Column::Hours),
            amount: number(Column::Amount),
            start: date(Column::Start),
            conditional: matches!(
                first.slot(Column::Conditional),
                Slot::Given(Value::Yes(true), _)
            ),
            institution: match first.slot(Column::Institution) {
                Slot::Given(Value::Institution(i), _) => Some(*i),
                _ => None,
            },
            probation_months: None,
        }),
        _ => None,
    };
    CaseFile {
        as_of: date(Column::AsOf),
        birth_date: date(Column::BirthDate),
        recidivism: match first.slot(Column::Recidivism) {
            Slot::Given(Value::Recidivism(r), _) => *r,
            _ => Recidivism::None,
        },
        stage,
        offences,
        sentence,
        custody,
        parole_facts: Default::default(),
    }
}

/// A problem the validation names by its path in the case file (`offences[1].part`), put back
/// in its row and column.
fn validation_error(
    header: &Header,
    group: &[&RowFacts<'_>],
    e: FieldError,
    lang: Lang,
) -> RowError {
    let indexed = |prefix: &str| {
        let rest = e.field.strip_prefix(prefix)?;
        let (index, field) = rest.split_once("].").unwrap_or((rest, ""));
        Some((index.trim_end_matches(']').parse::<usize>().ok(), field))
    };
    // A period of custody is the row that gave it; its field, the column of that name.
    let periods: Vec<&&RowFacts<'_>> = group.iter().filter(|f| f.custody.is_some()).collect();
    let (row, field, offence) = if let Some((period, field)) = indexed("custody[") {
        let row: &RowFacts<'_> = period
            .and_then(|i| periods.get(i))
            .map_or(group[0], |f| **f);
        let field = match field {
            "from" | "" => "custody_from",
            "to" => "custody_to",
            _ => "custody_kind",
        };
        (row, field, None)
    } else {
        let (offence, field) = indexed("offences[")
            .unwrap_or((None, e.field.strip_prefix("sentence.").unwrap_or(&e.field)));
        let row: &RowFacts<'_> = offence.and_then(|i| group.get(i)).unwrap_or(&group[0]);
        (row, field, offence)
    };
    let row = row.number;
    let column = match field {
        "sentence" if offence.is_some() => Column::OffencePunishment,
        "sentence" => Column::Punishment,
        field => {
            // An offence's own sentence: its fields are the offence's columns.
            let own = field
                .strip_prefix("sentence.")
                .map(|f| format!("offence_{f}"));
            let key = own.as_deref().unwrap_or(field);
            Column::ALL
                .into_iter()
                .find(|c| c.key() == key)
                .unwrap_or(Column::Case)
        }
    };
    error(header, row, column, Issue::Rules(e.problem), lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn dates_in_every_accepted_form() {
        let text = |s: &str| date(&Cell::Text(s)).ok();
        assert_eq!(text("2022-01-05"), d(2022, 1, 5));
        assert_eq!(text("05.01.2022"), d(2022, 1, 5));
        assert_eq!(text("5.1.2022"), d(2022, 1, 5));
        assert_eq!(text("05.01.2022 0:00:00"), d(2022, 1, 5));
        assert_eq!(text("2022-01-05T00:00:00"), d(2022, 1, 5));
        assert_eq!(text("05.01.2022 г."), d(2022, 1, 5));
        assert_eq!(text("44566"), d(2022, 1, 5));
        assert_eq!(date(&Cell::Number(44566.0)).ok(), d(2022, 1, 5));
        assert_eq!(date(&Cell::Number(1.0)).ok(), d(1900, 1, 1));
        assert_eq!(date(&Cell::Number(61.0)).ok(), d(1900, 3, 1));
        for bad in [
            "01/05/2022",
            "2022-13-01",
            "31.02.2022",
            "05.01.22",
            "x",
            "2022-01-05-1",
        ] {
            assert_eq!(text(bad), None, "{bad}");
        }
    }

    #[test]
    fn articles_and_parts_with_words_around_them() {
        let a = |s: &str| {
            article(&Cell::Text(s))
                .ok()
                .map(|c| (c.article.to_string(), c.part))
        };
        assert_eq!(a("272"), Some(("272".into(), None)));
        assert_eq!(a("ст. 269-1 УК РК"), Some(("269-1".into(), None)));
        assert_eq!(a("ч. 2 ст. 272"), Some(("272".into(), Some(2))));
        assert_eq!(a("272-баптың 2-бөлігі"), Some(("272".into(), Some(2))));
        assert_eq!(a("272.2"), Some(("272".into(), Some(2))), "no Art. 272-2");
        let number = |n: f64| article(&Cell::Number(n)).map(|c| (c.article.to_string(), c.part));
        assert_eq!(number(272.2), Ok(("272".into(), Some(2))));
        for ambiguous in [article(&Cell::Text("269.1")), article(&Cell::Number(269.1))] {
            assert!(matches!(
                ambiguous,
                Err(Issue::Rules(Problem::AmbiguousArticle { part: 1, .. }))
            ));
        }
        assert_eq!(a("двести"), None);
        let p = |s: &str| small_number(&Cell::Text(s), (1, 20)).ok();
        assert_eq!(p("ч. 2"), Some(2));
        assert_eq!(p("2-бөлік"), Some(2));
        assert_eq!(p("2 и 3"), None);
        assert_eq!(p("21"), Some(21), "the rules say which parts there are");
        assert_eq!(p("99999999999"), None);
        assert_eq!(p("256"), None);
    }

    #[test]
    fn iso_dates() {
        for (y, m, day) in [(2022, 1, 5), (1900, 12, 31), (2100, 2, 28)] {
            let date = NaiveDate::from_ymd_opt(y, m, day).unwrap();
            assert_eq!(iso(date), date.to_string());
        }
    }

    #[test]
    fn whole_numbers() {
        assert_eq!(count(&Cell::Text("8")), Ok(8));
        assert_eq!(count(&Cell::Text("8,0")), Ok(8));
        assert_eq!(count(&Cell::Text("1 000")), Ok(1000));
        assert_eq!(count(&Cell::Number(8.0)), Ok(8));
        assert!(count(&Cell::Number(8.5)).is_err());
        assert!(count(&Cell::Text("-1")).is_err());
    }
}
