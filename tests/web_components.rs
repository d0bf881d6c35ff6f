//! Component tests of the browser app, compiled to wasm32 and run by wasm-bindgen-test in
//! headless Chromium, with every language built in:
//! `cargo test --locked --target wasm32-unknown-unknown --features embedded-words,batch-page --test web_components`.
//!
//! Expected values come from the rules (`check_file` on the same facts as a case file) and every
//! expected text from the words layer, so these tests check the app's wiring, not copies of either.
// In a browser only: natively there is no document to mount on.
#![cfg(target_arch = "wasm32")]

#[path = "../rules/tests/support/mod.rs"]
mod support;

use amnesty::app::result::DecisionView;
use amnesty::app::App;
use amnesty::draft::CaseDraft;
use amnesty::frame::I18n;
use amnesty::rules::case::parse_case_file;
use amnesty::rules::case::{FieldError, Problem};
use amnesty::rules::decision::{Decision, Outcome};
use amnesty::rules::vocab::{ArticleNo, Category, Named};
use amnesty::rules::CaseFile;
use amnesty::words::{self as words, fill, t, Lang};
use chrono::NaiveDate;
use leptos::prelude::*;
use serde_json::{json, Value};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The date every case here is calculated on, as in the legal case table.
const AS_OF: &str = "2023-03-01";

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Lets the reactive system run its effects and spawned tasks.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// A new, empty element on the page to mount into. What an earlier test left (a test that
/// failed never reaches its clean-up) is removed first: the app finds some of its elements by id.
fn fresh_container() -> web_sys::HtmlElement {
    let body = document().body().unwrap();
    for old in all(&body, "[data-test-root]") {
        old.remove();
    }
    let container: web_sys::HtmlElement = document()
        .create_element("div")
        .unwrap()
        .dyn_into()
        .unwrap();
    container.set_attribute("data-test-root", "").unwrap();
    body.append_child(&container).unwrap();
    container
}

/// Mounts the whole app in a fresh container, in English whatever the browser's language.
async fn mount_app() -> web_sys::HtmlElement {
    let container = fresh_container();
    leptos::mount::mount_to(container.clone(), App).forget();
    settle().await;
    click(&container, ".languages button[lang=en]").await;
    container
}

fn try_find(root: &web_sys::HtmlElement, selector: &str) -> Option<web_sys::Element> {
    root.query_selector(selector).unwrap()
}

fn find(root: &web_sys::HtmlElement, selector: &str) -> web_sys::Element {
    try_find(root, selector).unwrap_or_else(|| panic!("no {selector}"))
}

/// Every element under `root` matching `selector` (through JavaScript: the crate's web-sys
/// features leave `NodeList` out).
fn all(root: &web_sys::HtmlElement, selector: &str) -> Vec<web_sys::Element> {
    let query: js_sys::Function = js_sys::Reflect::get(root, &"querySelectorAll".into())
        .unwrap()
        .dyn_into()
        .unwrap();
    let list = query.call1(root, &selector.into()).unwrap();
    js_sys::Array::from(&list)
        .iter()
        .map(|node| node.dyn_into().unwrap())
        .collect()
}

fn count(root: &web_sys::HtmlElement, selector: &str) -> u32 {
    all(root, selector).len() as u32
}

/// An event as the browser sends it when the user acts: it bubbles, so delegated handlers see it.
fn bubbling(kind: &str) -> web_sys::Event {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    web_sys::Event::new_with_event_init_dict(kind, &init).unwrap()
}

async fn type_into(root: &web_sys::HtmlElement, selector: &str, value: &str) {
    let input: web_sys::HtmlInputElement = find(root, selector).dyn_into().unwrap();
    input.set_value(value);
    input.dispatch_event(&bubbling("input")).unwrap();
    settle().await;
}

async fn choose(root: &web_sys::HtmlElement, selector: &str, value: &str) {
    let select: web_sys::HtmlSelectElement = find(root, selector).dyn_into().unwrap();
    select.set_value(value);
    assert_eq!(select.value(), value, "{selector} has no option {value}");
    select.dispatch_event(&bubbling("change")).unwrap();
    settle().await;
}

/// A click as the user makes it (a checkbox or radio toggles and sends its change event).
async fn click(root: &web_sys::HtmlElement, selector: &str) {
    let element: web_sys::HtmlElement = find(root, selector).dyn_into().unwrap();
    element.click();
    settle().await;
}

fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

fn value(root: &web_sys::HtmlElement, selector: &str) -> String {
    let element = find(root, selector);
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        return input.value();
    }
    element
        .dyn_into::<web_sys::HtmlSelectElement>()
        .map(|s| s.value())
        .unwrap_or_else(|_| panic!("{selector} is not an input"))
}

fn attr(element: &web_sys::Element, name: &str) -> String {
    element.get_attribute(name).unwrap_or_default()
}

fn date(text: &str) -> NaiveDate {
    support::date(text).unwrap()
}

/// What the rules decide for a case file given as JSON.
fn decide(file: Value) -> Decision {
    let as_of = file["as_of"].as_str().map(date).unwrap();
    let file: CaseFile = parse_case_file(file.to_string().as_bytes()).unwrap();
    amnesty::rules::check_file(&file, as_of).unwrap()
}

/// The headline's figures, as the page states them for machines.
fn headline(root: &web_sys::HtmlElement) -> [String; 8] {
    let h = find(root, ".headline");
    [
        "data-outcome",
        "data-status",
        "data-new-term",
        "data-new-hours",
        "data-new-amount",
        "data-new-end",
        "data-release-on",
        "data-readings",
    ]
    .map(|name| attr(&h, name))
}

/// The same figures read from a decision.
fn expected_headline(d: &Decision) -> [String; 8] {
    let day = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let n = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
    [
        d.outcome.name().to_string(),
        d.status.name().to_string(),
        d.figures
            .term()
            .map(|t| format!("{}y{}m{}d", t.years, t.months, t.days))
            .unwrap_or_default(),
        n(d.figures.hours()),
        n(d.figures.amount()),
        day(d.figures.end),
        day(d.figures.release_on),
        d.readings.len().to_string(),
    ]
}

/// The facts of the brief's first example: CC Art. 272 part 2, 8 years from 6 January 2022.
fn riots_8_years() -> Value {
    json!({
        "as_of": AS_OF,
        "stage": "serving",
        "offences": [{ "article": 272, "part": 2, "committed_on": "2022-01-05", "context": "riots" }],
        "sentence": { "punishment": "imprisonment", "years": 8, "start": "2022-01-06" }
    })
}

/// The app mounted, with the riots case of 8 years typed in.
async fn app_with_riots_8_years() -> web_sys::HtmlElement {
    let root = mount_app().await;
    type_riots_8_years(&root).await;
    root
}

/// Types the same facts into the form (the start date in the DD.MM.YYYY form people use).
async fn type_riots_8_years(root: &web_sys::HtmlElement) {
    type_into(root, "#f-as_of", AS_OF).await;
    type_into(root, "#f-offences-0-article", "272").await;
    type_into(root, "#f-offences-0-part", "2").await;
    type_into(root, "#f-offences-0-committed_on", "2022-01-05").await;
    type_into(root, "#f-sentence-years", "8").await;
    type_into(root, "#f-sentence-start", "06.01.2022").await;
}

#[wasm_bindgen_test]
async fn the_app_starts_with_the_form_and_a_list_of_what_is_missing() {
    let root = mount_app().await;
    assert_eq!(count(&root, "fieldset.offence"), 1);
    assert_eq!(count(&root, "input[name=stage]"), 4);
    assert_eq!(count(&root, "#f-offences-0-article"), 1);
    assert_eq!(count(&root, ".headline"), 0, "no result before the facts");
    let article_missing = message_in_english("offences[0].article", Problem::Missing);
    let items: Vec<(String, String)> = all(&root, ".incomplete li a")
        .iter()
        .map(|a| (a.text_content().unwrap_or_default(), attr(a, "href")))
        .collect();
    assert_eq!(
        items.first(),
        Some(&(article_missing, "#f-offences-0-article".to_string())),
        "{items:?}"
    );
    let date_missing = message_in_english("offences[0].committed_on", Problem::Missing);
    assert!(items.iter().any(|(t, _)| *t == date_missing), "{items:?}");
    root.remove();
}

#[wasm_bindgen_test]
async fn every_item_of_the_missing_list_links_to_a_field_on_the_page() {
    let root = mount_app().await;
    let links = all(&root, ".incomplete li a");
    assert!(links.len() >= 3);
    for link in links {
        let href = attr(&link, "href");
        assert!(
            try_find(&root, &href).is_some(),
            "«{}» links to {href}, which is not on the page",
            link.text_content().unwrap_or_default()
        );
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn typing_a_case_shows_the_decision_with_the_category_from_the_code() {
    let root = app_with_riots_8_years().await;
    let decision = decide(riots_8_years());
    assert_eq!(headline(&root), expected_headline(&decision));
    // The brief's figures, so that the rules and the page cannot drift together unnoticed.
    assert_eq!(
        headline(&root)[..3],
        ["term_reduced", "verified", "2y0m0d"].map(String::from)
    );
    assert_eq!(headline(&root)[6], "2024-01-05");
    assert_eq!(
        text(&root, ".headline .outcome"),
        t!(Lang::En, outcome.term_reduced)
    );
    assert_eq!(
        count(&root, ".steps > li") as usize,
        decision.steps.len(),
        "every step is shown"
    );
    assert_eq!(
        count(&root, ".timeline svg rect"),
        2,
        "imposed and new term"
    );
    let release = words::date(decision.figures.release_on.unwrap(), Lang::En);
    assert!(text(&root, ".key-figures .release-on").contains(&release));

    // The category comes from the Code; the select's empty option means "as the Code says".
    let article = ArticleNo::new(272, 0);
    let code = amnesty::rules::code_category(article, Some(2)).unwrap();
    assert_eq!(code, Category::Grave);
    assert_eq!(
        text(&root, ".category-from-code"),
        fill(
            t!(Lang::En, app.category_from_code),
            &[
                ("category", words::category(code, Lang::En).to_string()),
                ("article", words::article(article, Some(2), Lang::En)),
            ],
        )
    );
    assert_eq!(value(&root, "select[id^=category-]"), "");
    assert_eq!(
        text(&root, "select[id^=category-] option[value='']"),
        t!(Lang::En, app.category_as_code)
    );

    // A category entered from the verdict goes to the rules, which decide with it.
    let step_texts = |root: &web_sys::HtmlElement| -> Vec<String> {
        all(root, ".steps > li .step-text")
            .iter()
            .map(|p| p.text_content().unwrap_or_default())
            .collect()
    };
    let written = |d: &Decision| -> Vec<String> {
        d.steps
            .iter()
            .map(|s| words::step(s, false, Lang::En))
            .collect()
    };
    assert_eq!(step_texts(&root), written(&decision));
    choose(&root, "select[id^=category-]", "medium").await;
    let mut file = riots_8_years();
    file["offences"][0]["category"] = json!("medium");
    let overridden = decide(file);
    assert_ne!(
        written(&overridden),
        written(&decision),
        "the entry matters"
    );
    assert_eq!(headline(&root), expected_headline(&overridden));
    assert_eq!(step_texts(&root), written(&overridden));
    assert!(
        count(&root, ".category-from-code") == 1,
        "the Code's category stays in view"
    );
    choose(&root, "select[id^=category-]", "").await;
    assert_eq!(headline(&root), expected_headline(&decision));
    assert_eq!(step_texts(&root), written(&decision));
    root.remove();
}

#[wasm_bindgen_test]
async fn offences_added_and_removed_keep_the_other_rows_values() {
    let root = mount_app().await;
    let add = "section[aria-labelledby=offences-heading] > button";
    type_into(&root, "#f-as_of", AS_OF).await;
    type_into(&root, "#f-offences-0-article", "188").await;
    type_into(&root, "#f-offences-0-part", "2").await;
    type_into(&root, "#f-offences-0-committed_on", "2022-01-05").await;
    type_into(&root, "#f-sentence-years", "6").await;
    type_into(&root, "#f-sentence-start", "2022-01-06").await;
    assert_eq!(count(&root, ".offences-result"), 0, "one offence: no list");

    click(&root, add).await;
    assert_eq!(count(&root, "fieldset.offence"), 2);
    type_into(&root, "#f-offences-1-article", "272").await;
    type_into(&root, "#f-offences-1-part", "2").await;
    type_into(&root, "#f-offences-1-committed_on", "2022-01-05").await;
    click(&root, add).await;
    type_into(&root, "#f-offences-2-article", "106").await;
    type_into(&root, "#f-offences-2-part", "1").await;
    type_into(&root, "#f-offences-2-committed_on", "2022-01-05").await;
    assert_eq!(count(&root, "fieldset.offence"), 3);

    // Each offence's own effect, as the rules give it.
    let offence = |article: u16, part: u8| json!({ "article": article, "part": part, "committed_on": "2022-01-05", "context": "riots" });
    let case = |offences: Vec<Value>| {
        json!({
            "as_of": AS_OF,
            "stage": "serving",
            "offences": offences,
            "sentence": { "punishment": "imprisonment", "years": 6, "start": "2022-01-06" }
        })
    };
    let effects = |root: &web_sys::HtmlElement| -> Vec<String> {
        all(root, ".offences-result li[data-effect]")
            .iter()
            .map(|li| attr(li, "data-effect"))
            .collect()
    };
    let three = decide(case(vec![
        offence(188, 2),
        offence(272, 2),
        offence(106, 1),
    ]));
    let names = |d: &Decision| -> Vec<String> {
        d.offences
            .iter()
            .map(|o| o.effect.name().to_string())
            .collect()
    };
    assert_eq!(effects(&root), names(&three));
    assert_eq!(headline(&root), expected_headline(&three));

    // Removing the middle row moves the third up, with everything typed in it.
    let remove = all(&root, "fieldset.offence button.remove");
    assert_eq!(remove.len(), 3);
    remove[1].dyn_ref::<web_sys::HtmlElement>().unwrap().click();
    settle().await;
    assert_eq!(count(&root, "fieldset.offence"), 2);
    assert_eq!(value(&root, "#f-offences-0-article"), "188");
    assert_eq!(value(&root, "#f-offences-0-part"), "2");
    assert_eq!(value(&root, "#f-offences-1-article"), "106");
    assert_eq!(value(&root, "#f-offences-1-part"), "1");
    assert_eq!(value(&root, "#f-offences-1-committed_on"), "2022-01-05");
    let hints: Vec<String> = all(&root, ".category-from-code")
        .iter()
        .map(|p| p.text_content().unwrap_or_default())
        .collect();
    assert_eq!(hints.len(), 2);
    assert!(hints[1].contains(&words::article(ArticleNo::new(106, 0), Some(1), Lang::En)));
    let two = decide(case(vec![offence(188, 2), offence(106, 1)]));
    assert_eq!(effects(&root), names(&two));
    assert_eq!(headline(&root), expected_headline(&two));

    // Back to one offence: no remove button, no list of effects.
    all(&root, "fieldset.offence button.remove")[1]
        .dyn_ref::<web_sys::HtmlElement>()
        .unwrap()
        .click();
    settle().await;
    assert_eq!(count(&root, "fieldset.offence button.remove"), 0);
    assert_eq!(count(&root, ".offences-result"), 0);
    assert_eq!(value(&root, "#f-offences-0-article"), "188");
    root.remove();
}

#[wasm_bindgen_test]
async fn switching_language_changes_the_words_and_keeps_the_values() {
    let root = app_with_riots_8_years().await;
    type_into(&root, "#f-offences-0-committed_on", "31.02.2022").await;
    // The problem the form's own model finds with that date, written out in each language.
    let mut draft = CaseDraft::new(date(AS_OF));
    draft.as_of = AS_OF.into();
    draft.offences[0].article = "272".into();
    draft.offences[0].part = "2".into();
    draft.offences[0].committed_on = "31.02.2022".into();
    draft.sentence.years = "8".into();
    draft.sentence.start = "06.01.2022".into();
    let bad_date = draft
        .decide(date(AS_OF))
        .unwrap_err()
        .into_iter()
        .find(|e| e.field == "offences[0].committed_on")
        .expect("31 February is refused");
    for lang in [Lang::Ru, Lang::Kk, Lang::En] {
        click(&root, &format!(".languages button[lang={}]", lang.code())).await;
        let html = document().document_element().unwrap();
        assert_eq!(attr(&html, "lang"), lang.code());
        assert_eq!(document().title(), t!(lang, app.page_title));
        assert_eq!(
            text(&root, "label[for=f-offences-0-article]"),
            t!(lang, app.article_label)
        );
        assert_eq!(text(&root, ".site-header h1"), t!(lang, app.title));
        assert_eq!(
            text(&root, "#f-offences-0-committed_on-error"),
            words::problem(&bad_date, lang),
            "the message follows the language"
        );
        let pressed = find(&root, ".languages button[aria-pressed=true]");
        assert_eq!(attr(&pressed, "lang"), lang.code());
        // The address says the language too, the rest of it as it was.
        let location = web_sys::window().unwrap().location();
        assert_eq!(
            amnesty::frame::with_language(&location.search().unwrap(), lang),
            location.search().unwrap(),
            "?lang={} in the address",
            lang.code()
        );
        assert!(location
            .search()
            .unwrap()
            .contains(&format!("lang={}", lang.code())));
        assert_eq!(value(&root, "#f-offences-0-article"), "272");
        assert_eq!(value(&root, "#f-offences-0-part"), "2");
        assert_eq!(value(&root, "#f-offences-0-committed_on"), "31.02.2022");
        assert_eq!(value(&root, "#f-sentence-years"), "8");
        assert_eq!(value(&root, "#f-sentence-start"), "06.01.2022");
        assert_eq!(value(&root, "#f-as_of"), AS_OF);
    }
    type_into(&root, "#f-offences-0-committed_on", "05.01.2022").await;
    let decision = decide(riots_8_years());
    for lang in [Lang::Ru, Lang::Kk, Lang::En] {
        click(&root, &format!(".languages button[lang={}]", lang.code())).await;
        assert_eq!(headline(&root), expected_headline(&decision));
        assert_eq!(
            text(&root, ".headline .outcome"),
            words::outcome(decision.outcome, lang)
        );
        assert_eq!(
            text(&root, ".headline .outcome"),
            t!(lang, outcome.term_reduced)
        );
        let release = words::date(decision.figures.release_on.unwrap(), lang);
        assert!(text(&root, ".key-figures .release-on").contains(&release));
        let first_step = words::step(&decision.steps[0], false, lang);
        assert_eq!(text(&root, ".steps > li .step-text"), first_step);
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn the_dash_article_269_1_is_found_and_its_title_shown() {
    let root = mount_app().await;
    let article = ArticleNo::new(269, 1);
    type_into(&root, "#f-offences-0-article", "269-1").await;
    assert_eq!(
        text(&root, ".article-chosen .article-name"),
        words::article_title(article, Lang::En).unwrap()
    );
    assert_eq!(count(&root, "#f-offences-0-article-error"), 0);
    // "269.1": Art. 269-1, or part 1 of Art. 269? Both are offered; neither is taken.
    type_into(&root, "#f-offences-0-article", "269.1").await;
    let offered: Vec<String> = all(&root, ".article-matches .match")
        .iter()
        .map(|m| text_of(m, ".match-number"))
        .collect();
    let part_1 = fill(
        t!(Lang::En, app.use_citation),
        &[(
            "article",
            words::article(ArticleNo::new(269, 0), Some(1), Lang::En),
        )],
    );
    assert!(offered.contains(&"269-1".to_string()), "{offered:?}");
    assert!(offered.contains(&part_1), "{offered:?}");
    assert_eq!(count(&root, ".article-chosen"), 0);
    // By words of its title, in each language; choosing it writes the article as the law does.
    for lang in [Lang::Ru, Lang::Kk, Lang::En] {
        click(&root, &format!(".languages button[lang={}]", lang.code())).await;
        let title = words::article_title(article, lang).unwrap();
        let word = title
            .split_whitespace()
            .max_by_key(|w| w.chars().count())
            .unwrap();
        type_into(&root, "#f-offences-0-article", word).await;
        let matches = all(&root, ".article-matches .match");
        let found = matches
            .iter()
            .find(|m| text_of(m, ".match-number") == "269-1")
            .unwrap_or_else(|| panic!("«{word}» does not find 269-1"));
        assert!(found.text_content().unwrap_or_default().contains(title));
        found.dyn_ref::<web_sys::HtmlElement>().unwrap().click();
        settle().await;
        assert_eq!(value(&root, "#f-offences-0-article"), "269-1");
        assert_eq!(text(&root, ".article-chosen .article-name"), title);
    }
    // With its part, the Code's category for it.
    type_into(&root, "#f-offences-0-part", "3").await;
    let code = amnesty::rules::code_category(article, Some(3)).unwrap();
    assert!(text(&root, ".category-from-code").contains(words::category(code, Lang::En)));
    assert!(text(&root, ".category-from-code").contains(&words::article(
        article,
        Some(3),
        Lang::En
    )));
    root.remove();
}

fn text_of(element: &web_sys::Element, selector: &str) -> String {
    element
        .query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_citation_typed_whole_offers_to_fill_article_and_part() {
    let root = mount_app().await;
    type_into(&root, "#f-offences-0-article", "ст. 272 ч. 2").await;
    let offer = fill(
        t!(Lang::En, app.use_citation),
        &[(
            "article",
            words::article(ArticleNo::new(272, 0), Some(2), Lang::En),
        )],
    );
    // The offer, whether a button or an option of the article's list.
    let offer_selector = "li.article-citation, .article-citation button";
    assert_eq!(text(&root, offer_selector), offer);
    click(&root, offer_selector).await;
    assert_eq!(value(&root, "#f-offences-0-article"), "272");
    assert_eq!(value(&root, "#f-offences-0-part"), "2");
    assert_eq!(count(&root, ".article-citation"), 0, "the offer is taken");
    assert_eq!(
        text(&root, ".article-chosen .article-name"),
        words::article_title(ArticleNo::new(272, 0), Lang::En).unwrap()
    );
    // A number the Code did not have is named at the field once the field is left.
    type_into(&root, "#f-offences-0-article", "999").await;
    find(&root, "#f-offences-0-article")
        .dispatch_event(&web_sys::Event::new("blur").unwrap())
        .unwrap();
    settle().await;
    assert_eq!(count(&root, ".article-chosen"), 0);
    let no_such = FieldError::new(
        "offences[0].article",
        Problem::NoSuchArticle {
            article: ArticleNo::new(999, 0),
        },
    );
    assert_eq!(
        text(&root, "#f-offences-0-article-error"),
        words::problem(&no_such, Lang::En)
    );
    // Another article of the Code, off the list, is accepted as typed, and is not covered.
    type_into(&root, "#f-offences-0-article", "99").await;
    assert_eq!(count(&root, "#f-offences-0-article-error"), 0);
    assert!(text(&root, ".article-chosen").contains(t!(Lang::En, app.not_on_list)));
    type_into(&root, "#f-as_of", AS_OF).await;
    type_into(&root, "#f-offences-0-part", "").await;
    type_into(&root, "#f-offences-0-committed_on", "2022-01-05").await;
    type_into(&root, "#f-sentence-years", "3").await;
    type_into(&root, "#f-sentence-start", "2022-01-06").await;
    assert_eq!(headline(&root)[0], "not_covered");
    root.remove();
}

#[wasm_bindgen_test]
async fn the_hours_and_amount_fields_follow_the_punishment() {
    let root = app_with_riots_8_years().await;
    let shown = |root: &web_sys::HtmlElement| {
        [
            "#f-sentence-years",
            "#f-sentence-months",
            "#f-sentence-days",
            "#f-sentence-hours",
            "#f-sentence-amount",
            "#f-sentence-conditional",
        ]
        .map(|s| count(root, s) == 1)
    };
    let term = [true, true, true, false, false, false];
    assert_eq!(
        shown(&root),
        [true, true, true, false, false, true],
        "imprisonment"
    );
    for (punishment, fields) in [
        ("restriction_of_freedom", term),
        ("arrest", term),
        (
            "community_service",
            [false, false, false, true, false, false],
        ),
        ("fine", [false, false, false, false, true, false]),
        (
            "correctional_works",
            [false, false, false, false, true, false],
        ),
    ] {
        choose(&root, "#punishment", punishment).await;
        assert_eq!(shown(&root), fields, "{punishment}");
    }
    let case = |sentence: Value| {
        let mut file = riots_8_years();
        file["sentence"] = sentence;
        decide(file)
    };
    choose(&root, "#punishment", "community_service").await;
    type_into(&root, "#f-sentence-hours", "240").await;
    let hours =
        case(json!({ "punishment": "community_service", "hours": 240, "start": "2022-01-06" }));
    assert_eq!(hours.figures.hours(), Some(60));
    assert_eq!(headline(&root), expected_headline(&hours));
    assert!(text(&root, ".key-figures .new-term").contains(&words::hours(60, Lang::En)));

    choose(&root, "#punishment", "fine").await;
    type_into(&root, "#f-sentence-amount", "1000").await;
    let fine = case(json!({ "punishment": "fine", "amount": 1000, "start": "2022-01-06" }));
    assert_eq!(fine.figures.amount(), Some(250));
    assert_eq!(headline(&root), expected_headline(&fine));
    assert!(text(&root, ".key-figures .new-term").contains(&words::amount(250, Lang::En)));

    // What was typed for another measure waits for its punishment to come back.
    choose(&root, "#punishment", "community_service").await;
    assert_eq!(value(&root, "#f-sentence-hours"), "240");
    assert_eq!(headline(&root), expected_headline(&hours));
    choose(&root, "#punishment", "imprisonment").await;
    assert_eq!(value(&root, "#f-sentence-years"), "8");
    assert_eq!(headline(&root), expected_headline(&decide(riots_8_years())));
    root.remove();
}

#[wasm_bindgen_test]
async fn the_victims_age_is_asked_with_the_sexual_crime_question() {
    let root = mount_app().await;
    let question = "input[id$=-sexual_offence_against_minor]";
    assert_eq!(count(&root, "#f-offences-0-victim_age"), 0);
    click(&root, question).await;
    assert_eq!(count(&root, "#f-offences-0-victim_age"), 1);
    assert_eq!(
        text(&root, "label[for=f-offences-0-victim_age]"),
        t!(Lang::En, fields.victim_age)
    );
    click(&root, question).await;
    assert_eq!(count(&root, "#f-offences-0-victim_age"), 0);
    click(&root, question).await;
    type_into(&root, "#f-offences-0-victim_age", "15").await;
    click(&root, question).await;
    assert_eq!(
        value(&root, "#f-offences-0-victim_age"),
        "15",
        "an age typed stays in view"
    );
    root.remove();
}

/// The message the form gives, in English, for `problem` at the field `path`.
fn message_in_english(path: &str, problem: Problem) -> String {
    words::problem(&FieldError::new(path, problem), Lang::En)
}

/// The message shown under a field, if any.
fn message(root: &web_sys::HtmlElement, field: &str) -> Option<String> {
    let id = format!("#{}-error", amnesty::app::state::field_id(field));
    try_find(root, &id).map(|e| e.text_content().unwrap_or_default())
}

/// Focuses an element and leaves it, as a person tabbing through the form does.
async fn pass_through(root: &web_sys::HtmlElement, selector: &str) {
    let input: web_sys::HtmlElement = find(root, selector).dyn_into().unwrap();
    input.focus().unwrap();
    input.blur().unwrap();
    settle().await;
}

#[wasm_bindgen_test]
async fn a_fresh_form_shows_no_error_until_a_field_is_typed_in() {
    let root = mount_app().await;
    let red = |root: &web_sys::HtmlElement| {
        count(root, ".field-error")
            + count(root, "[aria-invalid=true]")
            + count(root, ".field.invalid")
    };
    assert_eq!(red(&root), 0, "nothing red on a fresh form");
    // Passing through the fields says nothing either: the result lists what is missing.
    for field in [
        "#f-offences-0-article",
        "#f-offences-0-part",
        "#f-offences-0-committed_on",
        "#f-sentence-years",
        "#f-sentence-start",
        "#f-birth_date",
    ] {
        pass_through(&root, field).await;
    }
    assert_eq!(red(&root), 0, "nothing red after tabbing through");
    assert!(count(&root, ".incomplete li") >= 3);
    // A field typed in and emptied again says what it needs.
    type_into(&root, "#f-sentence-start", "1").await;
    type_into(&root, "#f-sentence-start", "").await;
    assert_eq!(
        message(&root, "sentence.start"),
        Some(message_in_english("sentence.start", Problem::Missing))
    );
    // The sentence's own message (no term) waits for a figure of it to be typed.
    assert_eq!(message(&root, "sentence"), None);
    type_into(&root, "#f-sentence-years", "0").await;
    assert_eq!(
        message(&root, "sentence"),
        Some(message_in_english("sentence", Problem::ZeroTerm))
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_negative_number_is_said_to_be_negative_and_kept() {
    let root = app_with_riots_8_years().await;
    for (selector, field) in [
        ("#f-sentence-years", "sentence.years"),
        ("#f-offences-0-part", "offences[0].part"),
    ] {
        type_into(&root, selector, "-3").await;
        let negative = FieldError::new(field, Problem::Negative { value: "-3".into() });
        for lang in [Lang::Kk, Lang::Ru, Lang::En] {
            click(&root, &format!(".languages button[lang={}]", lang.code())).await;
            assert_eq!(message(&root, field), Some(words::problem(&negative, lang)));
        }
        assert_eq!(value(&root, selector), "-3", "kept as typed");
        assert_eq!(attr(&find(&root, selector), "aria-invalid"), "true");
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn an_impossible_day_is_named_as_such_in_every_language() {
    let root = app_with_riots_8_years().await;
    for typed in ["31.02.2022", "29.02.2023", "31 апреля 2022"] {
        type_into(&root, "#f-sentence-start", typed).await;
        let problem = amnesty::rules::case::parse_date(typed).unwrap_err();
        assert!(matches!(problem, Problem::NoSuchDay { .. }), "{problem:?}");
        let error = FieldError::new("sentence.start", problem);
        for lang in [Lang::Kk, Lang::Ru, Lang::En] {
            click(&root, &format!(".languages button[lang={}]", lang.code())).await;
            assert_eq!(
                message(&root, "sentence.start"),
                Some(words::problem(&error, lang)),
                "{typed}"
            );
        }
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn a_removed_offence_comes_back_with_everything_typed_in_it() {
    let root = mount_app().await;
    let add = "section[aria-labelledby=offences-heading] > button";
    type_into(&root, "#f-offences-0-article", "188").await;
    type_into(&root, "#f-offences-0-part", "2").await;
    type_into(&root, "#f-offences-0-committed_on", "05.01.2022").await;
    click(&root, "input[id$='-terrorist']").await;
    click(&root, add).await;
    type_into(&root, "#f-offences-1-article", "272").await;
    type_into(&root, "#f-offences-1-part", "2").await;
    assert_eq!(text(&root, ".rows-notice span"), "", "nothing to say yet");
    assert_eq!(attr(&find(&root, ".rows-notice"), "role"), "status");

    all(&root, "fieldset.offence button.remove")[0]
        .dyn_ref::<web_sys::HtmlElement>()
        .unwrap()
        .click();
    settle().await;
    settle().await;
    assert_eq!(count(&root, "fieldset.offence"), 1);
    assert_eq!(value(&root, "#f-offences-0-article"), "272");
    let removed = fill(
        t!(Lang::En, app.offence_removed),
        &[("offence", words::offence_number(1, Lang::En))],
    );
    assert_eq!(text(&root, ".rows-notice span"), removed);
    assert!(!find(&root, "#undo-remove").has_attribute("hidden"));
    assert_eq!(text(&root, "#undo-remove"), t!(Lang::En, app.undo_remove));
    let focused = document().active_element().map(|e| e.id());
    assert_eq!(
        focused.as_deref(),
        Some("undo-remove"),
        "the keyboard can undo at once"
    );

    click(&root, "#undo-remove").await;
    settle().await;
    assert_eq!(count(&root, "fieldset.offence"), 2);
    assert_eq!(value(&root, "#f-offences-0-article"), "188");
    assert_eq!(value(&root, "#f-offences-0-part"), "2");
    assert_eq!(value(&root, "#f-offences-0-committed_on"), "05.01.2022");
    let ticked: web_sys::HtmlInputElement =
        find(&root, "input[id$='-terrorist']").dyn_into().unwrap();
    assert!(ticked.checked(), "the answers come back too");
    assert_eq!(value(&root, "#f-offences-1-article"), "272");
    assert_eq!(
        text(&root, ".rows-notice span"),
        fill(
            t!(Lang::En, app.offence_restored),
            &[("offence", words::offence_number(1, Lang::En))],
        )
    );
    assert!(find(&root, "#undo-remove").has_attribute("hidden"));
    let focused = document().active_element().map(|e| e.id());
    assert_eq!(focused.as_deref(), Some("f-offences-0-article"));
    // Another change to the list ends what there was to say.
    click(&root, add).await;
    assert_eq!(text(&root, ".rows-notice span"), "");
    root.remove();
}

#[wasm_bindgen_test]
async fn an_added_offence_takes_the_focus_at_its_article() {
    let root = mount_app().await;
    let add = "section[aria-labelledby=offences-heading] > button";
    for row in 1..3 {
        click(&root, add).await;
        settle().await;
        let focused = document().active_element().map(|e| e.id());
        assert_eq!(focused, Some(format!("f-offences-{row}-article")));
    }
    root.remove();
}

/// The phone's bar: the release day first (two lines on a phone keep it), and while a field is
/// wrong, that field named and linked, not "not enough facts yet".
#[wasm_bindgen_test]
async fn the_bar_says_the_release_day_first_or_the_field_to_check() {
    let root = mount_app().await;
    // A fresh form: nothing is wrong, facts are missing.
    click(&root, ".languages button[lang=en]").await;
    assert_eq!(
        text(&root, ".result-bar-text"),
        t!(Lang::En, app.result_bar_incomplete)
    );
    type_riots_8_years(&root).await;
    let decision = decide(riots_8_years());
    let release = decision.figures.release_on.unwrap();
    let link = |root: &web_sys::HtmlElement| attr(&find(root, ".result-bar a"), "href");
    for lang in [Lang::Kk, Lang::Ru, Lang::En] {
        click(&root, &format!(".languages button[lang={}]", lang.code())).await;
        let bar = text(&root, ".result-bar-text");
        assert_eq!(
            bar,
            fill(
                t!(lang, app.result_bar_release),
                &[
                    (
                        "outcome",
                        words::outcome(decision.outcome, lang).to_string()
                    ),
                    ("date", release.format("%d.%m.%Y").to_string()),
                ],
            )
        );
        assert!(
            bar.find(&release.format("%d.%m.%Y").to_string())
                < bar.find(words::outcome(decision.outcome, lang)),
            "the day before the outcome: {bar}"
        );
        assert_eq!(link(&root), "#result");
    }
    type_into(&root, "#f-offences-0-part", "300").await;
    for lang in [Lang::Kk, Lang::Ru, Lang::En] {
        click(&root, &format!(".languages button[lang={}]", lang.code())).await;
        assert_eq!(
            text(&root, ".result-bar-text"),
            fill(
                t!(lang, app.result_bar_check),
                &[("field", words::field_label("offences[0].part", lang))],
            )
        );
        assert_eq!(
            text(&root, ".result-bar a"),
            t!(lang, app.result_bar_field_link)
        );
        assert_eq!(link(&root), "#f-offences-0-part");
    }
    // Only missing facts: not enough yet, and the link to the result's list of them.
    type_into(&root, "#f-offences-0-part", "2").await;
    type_into(&root, "#f-offences-0-article", "").await;
    assert_eq!(
        text(&root, ".result-bar-text"),
        t!(Lang::En, app.result_bar_incomplete)
    );
    assert_eq!(link(&root), "#result");
    root.remove();
}

#[wasm_bindgen_test]
async fn a_date_of_calculation_before_the_law_is_said_beside_the_field() {
    let root = mount_app().await;
    let note = |root: &web_sys::HtmlElement| {
        let field = find(root, "#f-as_of").closest(".field").unwrap().unwrap();
        let hint = field.next_element_sibling().unwrap();
        hint.query_selector(".date-near")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap_or_default()
    };
    let in_force = amnesty::rules::RulePack::embedded()
        .provisions
        .art4_in_force
        .value
        .date;
    let before = in_force.pred_opt().unwrap();
    type_into(&root, "#f-as_of", &before.format("%d.%m.%Y").to_string()).await;
    let warning = amnesty::rules::as_of_warning(before).unwrap();
    for lang in [Lang::Kk, Lang::Ru, Lang::En] {
        click(&root, &format!(".languages button[lang={}]", lang.code())).await;
        assert_eq!(note(&root), words::warning(&warning, false, lang));
    }
    // Said before the case is complete, and the same as the result's warning once it is.
    assert_eq!(count(&root, ".headline"), 0);
    type_into(&root, "#f-offences-0-article", "188").await;
    type_into(&root, "#f-offences-0-part", "2").await;
    type_into(&root, "#f-offences-0-committed_on", "05.01.2022").await;
    type_into(&root, "#f-sentence-years", "3").await;
    type_into(&root, "#f-sentence-start", "06.01.2022").await;
    let warnings: Vec<String> = all(&root, ".warnings li")
        .iter()
        .map(|li| li.text_content().unwrap_or_default())
        .collect();
    // Each warning follows its mark.
    assert!(
        warnings
            .iter()
            .any(|w| w.ends_with(&format!(" {}", note(&root)))),
        "{warnings:?}"
    );
    type_into(&root, "#f-as_of", &in_force.format("%d.%m.%Y").to_string()).await;
    assert_eq!(note(&root), "");
    root.remove();
}

#[wasm_bindgen_test]
async fn date_fields_bring_up_the_keypad_their_hint_asks_for() {
    let root = mount_app().await;
    click(&root, ".print-details > summary").await;
    for field in [
        "#f-offences-0-committed_on",
        "#f-sentence-start",
        "#f-birth_date",
        "#f-as_of",
        "#print-verdict-date",
        "#print-verdict-in-force",
    ] {
        assert_eq!(attr(&find(&root, field), "inputmode"), "decimal", "{field}");
    }
    for field in [
        "#f-offences-0-part",
        "#f-sentence-years",
        "#f-sentence-months",
        "#f-sentence-days",
    ] {
        assert_eq!(attr(&find(&root, field), "inputmode"), "numeric", "{field}");
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn the_printout_carries_the_verdicts_details_the_legend_and_the_codes_wording() {
    let root = app_with_riots_8_years().await;
    type_into(&root, "#print-verdict-court", "Алматы қалалық соты").await;
    type_into(&root, "#print-verdict-date", "12.05.2022").await;
    type_into(&root, "#print-verdict-in-force", "not yet").await;
    for lang in [Lang::Kk, Lang::Ru, Lang::En] {
        click(&root, &format!(".languages button[lang={}]", lang.code())).await;
        // The printout is written when the page is about to be printed, as a browser says it.
        let window = web_sys::window().unwrap();
        window
            .dispatch_event(&web_sys::Event::new("beforeprint").unwrap())
            .unwrap();
        let given: Vec<String> = all(&root, ".print-details-given div")
            .iter()
            .map(|d| d.text_content().unwrap_or_default())
            .collect();
        assert_eq!(
            given,
            [
                format!("{}Алматы қалалық соты", t!(lang, print.verdict_court)),
                format!(
                    "{}{}",
                    t!(lang, print.verdict_date),
                    words::date(date("2022-05-12"), lang)
                ),
                format!("{}not yet", t!(lang, print.verdict_in_force)),
            ],
            "{lang:?}"
        );
        assert!(text(&root, ".print-sources").contains(t!(lang, print.code_current)));
        // The legend is the result's own, printed open (style/main.css).
        let legend = text(&root, ".legend");
        for meaning in [
            t!(lang, app.legend_verified),
            t!(lang, app.legend_reported),
            t!(lang, app.legend_open),
        ] {
            assert!(legend.contains(meaning), "{meaning}");
        }
    }
    root.remove();
}

/// QA: with offences of their own terms, the facts printed showed only the total («8 жыл»).
#[wasm_bindgen_test]
async fn the_printed_facts_give_each_offences_own_term() {
    let root = app_with_riots_8_years().await;
    click(&root, "section[aria-labelledby=offences-heading] > button").await;
    type_into(&root, "#f-offences-1-article", "188").await;
    type_into(&root, "#f-offences-1-part", "2").await;
    type_into(&root, "#f-offences-1-committed_on", "05.01.2022").await;
    type_into(&root, "#f-offences-0-sentence-years", "5").await;
    type_into(&root, "#f-offences-1-sentence-years", "4").await;
    type_into(&root, "#f-offences-1-sentence-months", "6").await;
    for lang in [Lang::Kk, Lang::Ru, Lang::En] {
        click(&root, &format!(".languages button[lang={}]", lang.code())).await;
        web_sys::window()
            .unwrap()
            .dispatch_event(&web_sys::Event::new("beforeprint").unwrap())
            .unwrap();
        let offences: Vec<String> = all(&root, ".print-facts tr")
            .iter()
            .map(|d| d.text_content().unwrap_or_default())
            .filter(|d| {
                d.starts_with(&words::offence_number(1, lang))
                    || d.starts_with(&words::offence_number(2, lang))
            })
            .collect();
        assert_eq!(offences.len(), 2, "{offences:?}");
        for (offence, (years, months)) in offences.iter().zip([(5, 0), (4, 6)]) {
            let own = format!(
                "{}, {}",
                words::punishment(amnesty::rules::vocab::Punishment::Imprisonment, lang),
                words::term(amnesty::rules::term::Term::new(years, months, 0), lang)
            );
            let said = fill(t!(lang, print.own_sentence), &[("sentence", own)]);
            assert!(offence.contains(&said), "{lang:?}: {offence}");
        }
    }
    root.remove();
}

/// Mounts the result view alone with a decision, in a language; dropping the handle unmounts it.
fn mount_decision(
    decision: Decision,
    lang: Lang,
) -> (web_sys::HtmlElement, Box<dyn std::any::Any>) {
    let container = fresh_container();
    let handle = leptos::mount::mount_to(container.clone(), move || {
        provide_context(I18n::new(lang));
        view! { <DecisionView decision=decision /> }
    });
    (container, Box::new(handle))
}

/// The result as the person types replaces only the parts that changed: after each edit, and
/// after a change of language, it is the markup of the decision rendered whole.
#[wasm_bindgen_test]
async fn the_result_updated_in_parts_is_the_decision_rendered_whole() {
    let root = app_with_riots_8_years().await;
    // Rendered apart from the page (a fresh test container would take the app away).
    let whole = |file: &Value, lang: Lang| {
        let apart: web_sys::HtmlElement =
            document().create_element("div").unwrap().unchecked_into();
        let decision = decide(file.clone());
        let handle = leptos::mount::mount_to(apart.clone(), move || {
            provide_context(I18n::new(lang));
            view! { <DecisionView decision=decision /> }
        });
        let markup = find(&apart, ".decision").inner_html();
        drop(handle);
        markup
    };
    let mut file = riots_8_years();
    let mut outcomes = std::collections::BTreeSet::new();
    for (years, lang) in [
        ("8", "en"),
        ("5", "en"),
        ("1", "en"),
        ("12", "ru"),
        ("5", "kk"),
        ("8", "kk"),
    ] {
        click(&root, &format!(".languages button[lang={lang}]")).await;
        type_into(&root, "#f-sentence-years", years).await;
        file["sentence"]["years"] = json!(years.parse::<u32>().unwrap());
        let lang = Lang::ALL.into_iter().find(|l| l.code() == lang).unwrap();
        let (live, whole) = (find(&root, ".decision").inner_html(), whole(&file, lang));
        let apart = live
            .chars()
            .zip(whole.chars())
            .take_while(|(a, b)| a == b)
            .count();
        assert!(
            live == whole,
            "{years} years, {lang:?}: differs from the whole decision at {:?}",
            live.chars().skip(apart).take(200).collect::<String>()
        );
        outcomes.insert(attr(&find(&root, ".headline"), "data-outcome"));
    }
    assert!(
        outcomes.len() > 1,
        "the edits change the outcome: {outcomes:?}"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn the_result_view_renders_every_decision_of_the_case_table() {
    let (cases, errors) = support::parse_table(include_str!("legal_cases.md"));
    assert!(errors.is_empty(), "{errors:?}");
    assert!(cases.len() >= 200, "{} cases", cases.len());
    let mut seen = std::collections::BTreeSet::new();
    // Each case in one language, the three in turn (every case in every language would take the
    // test runner's whole time budget); each language still renders some of every kind of step.
    for (n, case) in cases.iter().enumerate() {
        let lang = Lang::ALL[n % 3];
        {
            let file: CaseFile = parse_case_file(case.file.to_string().as_bytes())
                .unwrap_or_else(|e| panic!("{}: {e:?}", case.id));
            let decision = amnesty::rules::check_file(&file, case.as_of)
                .unwrap_or_else(|e| panic!("{}: {e:?}", case.id));
            seen.insert(decision.outcome.name());
            let (root, handle) = mount_decision(decision.clone(), lang);
            let id = format!("{} ({})", case.id, lang.code());
            assert_eq!(headline(&root), expected_headline(&decision), "{id}");
            assert_eq!(
                text(&root, ".headline .outcome"),
                words::outcome(decision.outcome, lang),
                "{id}"
            );
            assert_eq!(
                count(&root, ".steps > li") as usize,
                decision.steps.len(),
                "{id}: steps"
            );
            let several = decision.offences.len() > 1;
            let steps = all(&root, ".steps > li .step-text");
            for (step, shown) in decision.steps.iter().zip(&steps) {
                let expected = words::step(step, several, lang);
                assert!(
                    !expected.is_empty() && !expected.contains('{'),
                    "{id}: {expected}"
                );
                assert_eq!(shown.text_content().unwrap_or_default(), expected, "{id}");
            }
            assert_eq!(
                count(&root, ".warnings li") as usize,
                decision.warnings.len(),
                "{id}: warnings"
            );
            for warning in &decision.warnings {
                let sentence = words::warning(warning, several, lang);
                assert!(
                    !sentence.is_empty() && !sentence.contains('{'),
                    "{id}: {sentence}"
                );
            }
            let shown_reading = usize::from(!decision.shown_reading.is_empty());
            assert_eq!(
                count(&root, ".readings tbody tr") as usize,
                if decision.readings.is_empty() {
                    0
                } else {
                    decision.readings.len() + shown_reading
                },
                "{id}: readings"
            );
            let effects: Vec<String> = all(&root, ".offences-result li[data-effect]")
                .iter()
                .map(|li| attr(li, "data-effect"))
                .collect();
            let expected: Vec<String> = if several {
                decision
                    .offences
                    .iter()
                    .map(|o| o.effect.name().to_string())
                    .collect()
            } else {
                Vec::new()
            };
            assert_eq!(effects, expected, "{id}: effects");
            assert_eq!(
                count(&root, ".key-figures .deadline"),
                u32::from(decision.outcome.is_covered()),
                "{id}: deadline"
            );
            let page = root.text_content().unwrap_or_default();
            assert!(!page.contains('{'), "{id}: a placeholder left: {page}");
            drop(handle);
            root.remove();
        }
    }
    let every: std::collections::BTreeSet<&str> = Outcome::ALL.iter().map(|o| o.name()).collect();
    assert_eq!(seen, every, "the table reaches every outcome");
}

/// The batch page and its worker (feature `batch-page`).
#[cfg(feature = "batch-page")]
mod batch_page {
    use super::*;
    use amnesty::batch_app::BatchApp;
    use amnesty_batch::protocol::{Reply, Request};
    use wasm_bindgen::JsValue;

    /// One message of each kind the page sends, as JSON.
    const REQUESTS: [&str; 4] = [
        r#"{"kind":"decide","job":1,"lang":"kk","today":"2023-03-01","words":["page words","batch words"]}"#,
        r#"{"kind":"redecide","job":2,"lang":"ru","words":["page words","batch words"]}"#,
        r#"{"kind":"export","job":3,"format":"xlsx"}"#,
        r#"{"kind":"template","job":4,"format":"csv","lang":"en","words":[]}"#,
    ];

    /// One message of each kind the worker sends, as JSON: a decided file with a case decided
    /// and one with a bad row, read from a CSV file, and every kind of failure.
    const REPLIES: [&str; 11] = [
        r#"{"kind":"ready"}"#,
        r#"{"kind":"broken"}"#,
        r#"{"kind":"progress","job":1,"stage":"rows","done":200,"total":10000}"#,
        r#"{"kind":"decided","job":1,"result":{"lang":"ru","today":"2023-03-01","source":{"format":"csv","encoding":"windows-1251","delimiter":";"},"header_row":1,"ignored_columns":["Примечание"],"summary":{"rows":3,"cases":2,"decided":1,"not_decided":1,"outcomes":[{"outcome":"term_reduced","count":1}],"released":0,"released_in_some_reading":0,"to_be_released":1,"to_be_released_in_some_reading":0,"punishment_ends":0,"release_dates":[{"date":"2024-01-05","count":1}],"sentences_to_check":0,"years_cut":5.5,"rows_with_errors":1},"cases":[{"case":"7","name":"Ерлан","rows":[2,3],"offences":[{"article":272,"part":2},{"article":"269-1","part":null}],"decision":{"outcome":"term_reduced","status":"open","category":"grave","new_term":{"years":2,"months":0,"days":0},"new_hours":null,"new_amount":null,"new_end":"2024-01-05","release_on":"2024-01-05","record":{"kind":"expires","years":6,"on":"2030-01-05","minor":false},"deadline":"2023-05-03","readings":2,"years_cut":5.5,"custody":{"detention_days":165,"house_arrest_days":0,"institution":"medium","institution_assumed":false,"credited":{"kind":"days","days":248},"imposed_end_credited":"2029-10-22"},"parole":null,"replacement":null,"probation_cancel":null,"release_earliest":"2022-11-03","release_latest":"2024-01-05","freed":"released_in_some_reading","own_sentences":[null,null],"aggregate_range":null,"to_check":[]},"problems":[],"case_file":"{}"},{"case":"","name":"","rows":[4],"offences":[],"decision":null,"problems":[{"row":4,"column":"Дата деяния","message":"32.01.2022"}],"case_file":null}]}}"#,
        r#"{"kind":"decided","job":2,"result":{"lang":"en","today":"2023-03-01","source":{"format":"xlsx","sheet":"Sheet1"},"header_row":2,"ignored_columns":[],"summary":{"rows":0,"cases":0,"decided":0,"not_decided":0,"outcomes":[],"released":0,"released_in_some_reading":0,"to_be_released":0,"to_be_released_in_some_reading":0,"punishment_ends":0,"release_dates":[],"sentences_to_check":0,"years_cut":0.0,"rows_with_errors":0},"cases":[]}}"#,
        r#"{"kind":"failed","job":1,"failure":{"reason":"file","message":"not a spreadsheet"}}"#,
        r#"{"kind":"failed","job":1,"failure":{"reason":"unreadable"}}"#,
        r#"{"kind":"failed","job":1,"failure":{"reason":"words"}}"#,
        r#"{"kind":"failed","job":3,"failure":{"reason":"nothing_decided"}}"#,
        r#"{"kind":"failed","job":3,"failure":{"reason":"writing","detail":"full"}}"#,
        r#"{"kind":"file","job":3,"format":"csv"}"#,
    ];

    /// Every message, written as one side writes it in the browser (serde-wasm-bindgen) and read
    /// back as the other side reads it: the same value.
    #[wasm_bindgen_test]
    fn every_message_of_the_protocol_reads_back_as_written_in_the_browser() {
        for json in REQUESTS {
            let request: Request<'static> = serde_json::from_str(json).unwrap();
            let value = serde_wasm_bindgen::to_value(&request).unwrap();
            let back: Request<'static> = serde_wasm_bindgen::from_value(value).unwrap();
            assert_eq!(back, request, "{json}");
        }
        for json in REPLIES {
            let reply: Reply = serde_json::from_str(json).unwrap();
            let value = serde_wasm_bindgen::to_value(&reply).unwrap();
            let back: Reply = serde_wasm_bindgen::from_value(value).unwrap();
            assert_eq!(back, reply, "{json}");
        }
    }

    /// Chooses a file in the page's file input, as a user does.
    fn choose_file(root: &web_sys::HtmlElement, name: &str, text: &str) {
        let choose = js_sys::Function::new_with_args(
            "input, name, text",
            "const files = new DataTransfer(); \
             files.items.add(new File([text], name, { type: 'text/csv' })); \
             input.files = files.files; \
             input.dispatchEvent(new Event('change', { bubbles: true }));",
        );
        choose
            .call3(
                &JsValue::NULL,
                &find(root, "#batch-file"),
                &name.into(),
                &text.into(),
            )
            .unwrap();
    }

    /// A worker of another build: it starts and says it is ready, then answers a decision with
    /// a result this page cannot read. The page says so and stops waiting.
    #[wasm_bindgen_test]
    async fn a_reply_the_page_cannot_read_is_said_and_the_page_is_not_left_busy() {
        let window = web_sys::window().unwrap();
        let worker = "postMessage({ kind: 'ready' }); \
            onmessage = (e) => postMessage({ kind: 'decided', job: e.data.job, result: { cases: 'many' } });";
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("text/javascript");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(
            &js_sys::Array::of1(&worker.into()),
            &options,
        )
        .unwrap();
        let url = web_sys::Url::create_object_url_with_blob(&blob).unwrap();
        // Where the page finds its worker, and its texts for the worker, as the published
        // page's start-up script gives them.
        js_sys::Reflect::set(&window, &"amnestyBatchWorker".into(), &url.into()).unwrap();
        let words = js_sys::Function::new_with_args(
            "lang, bundle",
            "return Promise.resolve(lang + bundle);",
        );
        js_sys::Reflect::set(&window, &"amnestyWords".into(), &words).unwrap();

        let root = fresh_container();
        leptos::mount::mount_to(root.clone(), BatchApp).forget();
        settle().await;
        click(&root, ".languages button[lang=en]").await;
        choose_file(&root, "caseload.csv", "case;article\n1;272\n");
        let said = || {
            try_find(&root, ".batch-notice")
                .and_then(|n| n.text_content())
                .unwrap_or_default()
        };
        for _ in 0..200 {
            if !said().is_empty() {
                break;
            }
            settle().await;
        }
        assert_eq!(said(), t!(Lang::En, batch.page.worker_unreadable));
        assert_eq!(attr(&find(&root, ".progress"), "data-busy"), "false");
        assert_eq!(
            count(&root, ".progress progress"),
            0,
            "no progress bar left running"
        );
        root.remove();
    }
}

/// Issue 14's example: 8 years for Art. 272 part 2, held 6 January – 19 June 2022, the term from
/// 20 June 2022, medium security; calculated in 2024.
fn held_before_the_verdict() -> Value {
    json!({
        "as_of": "2024-03-01",
        "stage": "serving",
        "offences": [{ "article": 272, "part": 2, "committed_on": "2022-01-05", "context": "riots" }],
        "sentence": { "punishment": "imprisonment", "years": 8, "start": "2022-06-20", "institution": "medium" },
        "custody": [{ "from": "2022-01-06", "to": "2022-06-19", "kind": "detention" }]
    })
}

/// Types a period held, as a family would, into the row `i` (added first).
async fn type_custody(root: &web_sys::HtmlElement, i: usize, from: &str, to: &str) {
    click(root, "button.add-custody").await;
    type_into(root, &format!("#f-custody-{i}-from"), from).await;
    type_into(root, &format!("#f-custody-{i}-to"), to).await;
}

#[wasm_bindgen_test]
async fn custody_typed_in_the_form_gives_the_credited_dates_in_order() {
    // The riots case of 8 years, its term begun on 20 June 2022, as of 1 March 2024.
    let root = app_with_riots_8_years().await;
    type_into(&root, "#f-as_of", "2024-03-01").await;
    type_into(&root, "#f-sentence-start", "20.06.2022").await;
    type_custody(&root, 0, "06.01.2022", "19.06.2022").await;
    click(&root, "#institution-medium").await;
    let expected = decide(held_before_the_verdict());
    assert!(expected.custody.is_some());
    assert_eq!(headline(&root), expected_headline(&expected));
    let day = |event: &str| -> Vec<String> {
        all(&root, &format!(".dates-timeline li[data-event={event}]"))
            .iter()
            .map(|li| attr(li, "data-date"))
            .collect()
    };
    assert_eq!(day("held"), ["2022-01-06"]);
    assert_eq!(day("term-start"), ["2022-06-20"]);
    let mut releases = day("release");
    releases.extend(day("release-other"));
    let mut wanted: Vec<String> = std::iter::once(expected.figures.release_on)
        .chain(expected.readings.iter().map(|r| r.figures.release_on))
        .flatten()
        .map(|d| d.to_string())
        .collect();
    wanted.sort();
    wanted.dedup();
    releases.sort();
    assert_eq!(releases, wanted);
    let parole = expected.parole.as_ref().and_then(|p| p.eligible_on);
    assert_eq!(
        day("parole"),
        parole
            .map(|d| d.to_string())
            .into_iter()
            .collect::<Vec<_>>()
    );
    // Every line in the order of its day.
    let days: Vec<String> = all(&root, ".dates-timeline li")
        .iter()
        .map(|li| attr(li, "data-date"))
        .collect();
    let mut sorted = days.clone();
    sorted.sort();
    assert_eq!(days, sorted);
    // Which court for each petition.
    assert_eq!(
        count(&root, ".what-next li.petition"),
        expected.next_steps.len() as u32
    );
    assert!(text(&root, ".what-next li[data-step=custody-credit]")
        .contains(t!(Lang::En, after.court_sentencing)));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_period_in_the_wrong_order_is_named_at_its_field_and_kept() {
    let root = app_with_riots_8_years().await;
    type_into(&root, "#f-sentence-start", "20.06.2022").await;
    type_custody(&root, 0, "19.06.2022", "06.01.2022").await;
    let message = message_in_english(
        "custody[0].to",
        Problem::CustodyOrder {
            from: "2022-06-19".into(),
        },
    );
    assert_eq!(text(&root, "#f-custody-0-to-error"), message);
    assert_eq!(value(&root, "#f-custody-0-to"), "06.01.2022");
    assert_eq!(count(&root, ".headline"), 0);
    // The missing list links to the field.
    assert!(all(&root, ".incomplete li a")
        .iter()
        .any(|a| attr(a, "href") == "#f-custody-0-to"));
    // Removing the period brings the result back; adding one starts empty.
    click(&root, ".custody-period button.remove-custody").await;
    assert_eq!(count(&root, ".custody-period"), 0);
    assert_eq!(count(&root, ".headline"), 1);
    click(&root, "button.add-custody").await;
    assert_eq!(value(&root, "#f-custody-0-from"), "");
    root.remove();
}

#[wasm_bindgen_test]
async fn a_term_beyond_the_sanction_is_warned_of_beside_the_term() {
    let root = app_with_riots_8_years().await;
    assert_eq!(
        count(&root, ".sanction-warning"),
        0,
        "8 years is within the sanction"
    );
    // Art. 272 part 2 allows at most 8 years: 30 is a typo the decision warns of.
    type_into(&root, "#f-sentence-years", "30").await;
    let mut file = riots_8_years();
    file["sentence"]["years"] = json!(30);
    let expected = decide(file);
    let warned: Vec<String> = expected
        .warnings
        .iter()
        .filter(|w| w.detail.is_beyond_the_law())
        .map(|w| words::warning(w, false, Lang::En))
        .collect();
    assert_eq!(warned.len(), 1, "{:?}", expected.warnings);
    assert_eq!(text(&root, ".sanction-warning"), warned[0]);
    // It sits with the sentence's fields, in the form.
    assert!(try_find(&root, "#f-sentence .sanction-warning").is_some());
    type_into(&root, "#f-sentence-years", "8").await;
    assert_eq!(count(&root, ".sanction-warning"), 0);
    root.remove();
}
