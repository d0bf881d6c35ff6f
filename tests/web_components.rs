//! Component tests of the browser app, compiled to wasm32 and run by wasm-bindgen-test in
//! headless Chromium: `cargo test --target wasm32-unknown-unknown --features web --test web_components`.
#![cfg(all(target_arch = "wasm32", feature = "web"))]

#[path = "../rules/tests/support/mod.rs"]
mod support;

use std::cell::RefCell;

use amnesty::app::i18n::{I18nContextProvider, Locale};
use amnesty::app::{words, App, I18n};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Lets the reactive system run its effects.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// A new, empty element on the page to mount into.
fn fresh_container() -> web_sys::HtmlElement {
    let container: web_sys::HtmlElement = document()
        .create_element("div")
        .unwrap()
        .dyn_into()
        .unwrap();
    document().body().unwrap().append_child(&container).unwrap();
    container
}

/// Mounts the whole app in a fresh container.
async fn mount_app() -> web_sys::HtmlElement {
    let container = fresh_container();
    leptos::mount::mount_to(container.clone(), App).forget();
    settle().await;
    container
}

fn find(root: &web_sys::HtmlElement, selector: &str) -> web_sys::Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
}

fn count(root: &web_sys::HtmlElement, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
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

async fn click(root: &web_sys::HtmlElement, selector: &str) {
    let element: web_sys::HtmlElement = find(root, selector).dyn_into().unwrap();
    element.click();
    settle().await;
}

fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

async fn fill_grave_case(root: &web_sys::HtmlElement) {
    type_into(root, "#f-offences-0-article", "106").await;
    type_into(root, "#f-offences-0-part", "1").await;
    type_into(root, "#f-offences-0-committed_on", "2022-01-05").await;
    let select: web_sys::HtmlSelectElement =
        find(root, "select[id^=category-]").dyn_into().unwrap();
    select.set_value("grave");
    select.dispatch_event(&bubbling("change")).unwrap();
    type_into(root, "#f-sentence-years", "8").await;
    type_into(root, "#f-sentence-start", "06.01.2022").await;
}

#[wasm_bindgen_test]
async fn the_app_starts_with_the_form_and_a_list_of_what_is_missing() {
    let root = mount_app().await;
    assert_eq!(count(&root, "fieldset.offence"), 1);
    assert!(count(&root, "input[name=stage]") == 4);
    assert!(text(&root, ".incomplete").contains("Offence 1 — Article: required."));
    assert_eq!(count(&root, ".headline"), 0);
    root.remove();
}

#[wasm_bindgen_test]
async fn typing_a_case_shows_the_decision() {
    let root = mount_app().await;
    fill_grave_case(&root).await;
    let headline = find(&root, ".headline");
    assert_eq!(
        headline.get_attribute("data-outcome").as_deref(),
        Some("term_reduced")
    );
    assert_eq!(
        headline.get_attribute("data-new-term").as_deref(),
        Some("2y0m0d")
    );
    assert_eq!(
        headline.get_attribute("data-release-on").as_deref(),
        Some("2024-01-05")
    );
    assert!(count(&root, ".steps > li") >= 8);
    assert_eq!(count(&root, ".timeline svg rect"), 2);
    root.remove();
}

#[wasm_bindgen_test]
async fn offences_are_added_and_removed_without_disturbing_the_others() {
    let root = mount_app().await;
    type_into(&root, "#f-offences-0-article", "188").await;
    click(&root, ".form-section button.secondary").await;
    assert_eq!(count(&root, "fieldset.offence"), 2);
    type_into(&root, "#f-offences-1-article", "106").await;
    click(&root, "fieldset.offence button.remove").await;
    assert_eq!(count(&root, "fieldset.offence"), 1);
    let remaining: web_sys::HtmlInputElement =
        find(&root, "#f-offences-0-article").dyn_into().unwrap();
    assert_eq!(
        remaining.value(),
        "106",
        "the second row's text moved up, not the first's"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn switching_language_changes_the_words_and_keeps_the_values() {
    let root = mount_app().await;
    fill_grave_case(&root).await;
    click(&root, ".languages button[lang=ru]").await;
    assert_eq!(
        text(&root, "label[for=f-offences-0-article]"),
        "Статья Уголовного кодекса"
    );
    assert_eq!(
        text(&root, ".headline .outcome"),
        "Амнистия применяется: срок наказания сокращается"
    );
    click(&root, ".languages button[lang=kk]").await;
    assert_eq!(
        text(&root, ".headline .outcome"),
        "Рақымшылық қолданылады: жаза мерзімі қысқартылады"
    );
    let years: web_sys::HtmlInputElement = find(&root, "#f-sentence-years").dyn_into().unwrap();
    assert_eq!(years.value(), "8");
    click(&root, ".languages button[lang=en]").await;
    root.remove();
}

thread_local! {
    static CONTEXT: RefCell<Option<I18n>> = const { RefCell::new(None) };
}

#[component]
fn Grab() -> impl IntoView {
    CONTEXT.with(|c| *c.borrow_mut() = Some(amnesty::app::i18n::use_i18n()));
}

#[wasm_bindgen_test]
async fn every_step_and_warning_of_the_case_table_reads_completely_in_every_language() {
    let container = fresh_container();
    leptos::mount::mount_to(
        container.clone(),
        || view! { <I18nContextProvider><Grab /></I18nContextProvider> },
    )
    .forget();
    settle().await;
    let i18n = CONTEXT.with(|c| c.borrow().expect("context"));
    let cases = support::legal_cases();
    assert!(cases.len() >= 80);
    for locale in [Locale::en, Locale::ru, Locale::kk] {
        i18n.set_locale(locale);
        settle().await;
        for case in &cases {
            let file = serde_json::from_value(case.file.clone()).unwrap();
            let decision = amnesty::check_file(&file, support::date(&case.as_of)).unwrap();
            let sentences = decision
                .steps
                .iter()
                .map(|s| words::step_sentence(i18n, s))
                .chain(
                    decision
                        .warnings
                        .iter()
                        .map(|w| words::warning_sentence(i18n, w)),
                );
            for sentence in sentences {
                assert!(
                    !sentence.is_empty() && !sentence.contains('{'),
                    "{} {locale:?}: {sentence}",
                    case.id
                );
            }
        }
    }
    container.remove();
}
