//! Help and about, inside the page: what the law covers, what the calculator does not do, where
//! to find the article and part in a verdict, what each status means, what to do when someone
//! who should be free is still held, the versions and sources, and the one-file edition to take
//! away.
//!
//! The help is a list of blocks naming texts of the locale files (section `help`), written out
//! by one small function as HTML: the words cost nothing until the reader's language is loaded,
//! and the code does not grow with every paragraph.

use amnesty_rules::RulePack;
use amnesty_words::{
    date, fill, is_bundle_loaded, keys, keys::help as h, law_url, text, Bundle, Key, Lang,
};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::frame::use_i18n;

/// The link to the one-file edition, which `amnesty-dist` publishes beside the page. A plain
/// link, so the file is fetched only when the reader asks for it.
const ONE_FILE_LINK: &str =
    " class=\"help-download\" href=\"./amnesty-calculator.html\" download=\"amnesty-calculator.html\"";

/// The public mirror of the official legal bank that the rule pack was built from.
const MIRROR: &str = "https://github.com/quyse/kz-laws";

/// Each language named in itself, for the law's official text in all three.
const LANGUAGES: [(Lang, &str); 3] = [
    (Lang::Kk, "Қазақша"),
    (Lang::Ru, "Русский"),
    (Lang::En, "English"),
];

/// One piece of the help.
enum Block {
    Heading(Key),
    Para(Key),
    List(&'static [Key]),
    /// Words quoted from a verdict, in the verdict's language (a language code).
    Quote(Key, &'static str),
    /// The marks a result's steps carry: the badge's CSS class, its words, what it means.
    Marks(&'static [(&'static str, Key, Key)]),
    /// A paragraph opened by a badge: its CSS class and words, then the text.
    Marked(&'static str, Key, Key),
    /// A paragraph that is a link to an official text, in the reader's language.
    Link(Key, fn(Lang) -> &'static str),
    /// A paragraph that is a web address, shown as it is.
    Address(&'static str),
    /// A paragraph naming the day by which the law had to be applied (`{deadline}`).
    Deadline(Key),
    /// The law's official text in each of the three languages.
    LawInEveryLanguage(Key),
    Versions,
    OneFile,
    /// The page's own address with `?lang=` for the reader's language, for hosts to link to.
    LanguageLink,
}

use Block::*;

const HELP: &[Block] = &[
    Heading(h::law_heading),
    Para(h::law_period),
    Para(h::law_list),
    Para(h::law_excluded),
    Para(h::law_effects),
    List(&[
        h::effect_closed,
        h::effect_released,
        h::effect_cut,
        h::effect_one_year,
        h::effect_expunged,
    ]),
    Para(h::law_no_conditions),
    Link(h::law_link, law_url),
    Heading(h::limits_heading),
    Para(h::limits_intro),
    List(&[
        h::limit_other_acts,
        h::limit_appeal,
        h::limit_additional,
        h::limit_discretion,
        h::limit_not_decision,
    ]),
    Para(h::limits_covered),
    Heading(h::verdict_heading),
    Para(h::verdict_where),
    Quote(h::verdict_example_ru, "ru"),
    Quote(h::verdict_example_kk, "kk"),
    Para(h::verdict_reading),
    Para(h::verdict_category),
    Heading(h::status_heading),
    Para(h::status_intro),
    // The badges' own words, so the help names each mark exactly as the result shows it.
    Marks(&[
        ("verified", keys::status::verified, h::status_verified),
        ("reported", keys::status::reported, h::status_reported),
        ("open", keys::status::open, h::status_open),
        (
            "convention",
            keys::app::status_convention,
            h::status_convention,
        ),
        (
            "entered",
            keys::app::status_entered,
            h::status_entered_means,
        ),
    ]),
    Heading(h::decides_heading),
    Para(h::decides_text),
    Heading(h::held_heading),
    Deadline(h::held_text),
    Heading(h::privacy_heading),
    Para(h::privacy_text),
    Heading(h::offline_heading),
    OneFile,
    LanguageLink,
    Para(h::offline_hosting),
    Heading(h::facts_heading),
    Marked("reported", keys::status::reported, h::facts_note),
    List(&[
        h::fact_dates,
        h::fact_expected,
        h::fact_prosecutor,
        h::fact_interior,
    ]),
    Heading(h::versions_heading),
    Versions,
    LawInEveryLanguage(h::sources_law),
    Link(h::sources_code, code_url),
    Para(h::sources_mirror),
    Address(MIRROR),
    Para(h::license),
];

fn code_url(lang: Lang) -> &'static str {
    let texts = &RulePack::embedded().criminal_code.official_text;
    match lang {
        Lang::Kk => &texts.kk,
        Lang::Ru => &texts.ru,
        Lang::En => &texts.en,
    }
}

/// The address the page was opened at, without its query.
fn page_address() -> String {
    let mut href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    if let Some(end) = href.bytes().position(|b| b == b'?' || b == b'#') {
        href.truncate(end);
    }
    href
}

/// The help button, right below the header, and the help as a modal dialog: the browser keeps
/// the focus inside it and closes it on Escape (or a phone's back gesture), then gives the focus
/// back to the button. The help's own texts are a bundle of their own, fetched the first time the
/// help is opened (and again in another language): a first visit does not download them. The
/// body is written as HTML (see `help_html`).
#[component]
pub fn Help() -> impl IntoView {
    let i18n = use_i18n();
    // Bumped when a language's help texts arrive, so the body is written again.
    let arrived = RwSignal::new(0u32);
    let asked = RwSignal::new(false);
    Effect::new(move |_| {
        let lang = i18n.lang();
        if asked.get() && !is_bundle_loaded(lang, Bundle::Help) {
            leptos::task::spawn_local(async move {
                if crate::frame::load_words(lang, Bundle::Help).await {
                    arrived.update(|n| *n += 1);
                }
            });
        }
    });
    let body = move || {
        arrived.track();
        let lang = i18n.lang();
        if is_bundle_loaded(lang, Bundle::Help) {
            help_html(lang)
        } else {
            String::new()
        }
    };
    let open = move |_| {
        asked.set(true);
        if let Some(dialog) =
            by_id("help").map(|d| d.unchecked_into::<web_sys::HtmlDialogElement>())
        {
            let _ = dialog.show_modal();
        }
        focus("help-close");
    };
    let close = move |_| {
        if let Some(dialog) =
            by_id("help").map(|d| d.unchecked_into::<web_sys::HtmlDialogElement>())
        {
            dialog.close();
        }
        focus("help-open");
    };
    view! {
        <div class="help-bar">
            <button type="button" id="help-open" class="help-open" aria-haspopup="dialog" on:click=open>
                {crate::frame::tr!(i18n, app.help_open)}
            </button>
        </div>
        <dialog id="help" class="help" aria-labelledby="help-title">
            <div class="help-top">
                <h2 id="help-title">{crate::frame::tr!(i18n, app.help_title)}</h2>
                <button type="button" id="help-close" class="help-close" on:click=close>
                    {crate::frame::tr!(i18n, app.help_close)}
                </button>
            </div>
            <div class="help-body" aria-busy=move || (!is_bundle_loaded(i18n.lang(), Bundle::Help)).to_string() inner_html=body></div>
        </dialog>
    }
}

fn by_id(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

fn focus(id: &str) {
    if let Some(element) = by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Moves the focus to an element once the page has drawn the change that makes it (a row
/// brought back, a button that appears).
pub(super) fn focus_soon(id: String) {
    set_timeout(move || focus(&id), std::time::Duration::ZERO);
}

/// The help as HTML, in the reader's language; every text is escaped, the page's own address
/// included.
struct Html {
    out: String,
    lang: Lang,
}

impl Html {
    fn raw(&mut self, parts: &[&str]) {
        for part in parts {
            self.out.push_str(part);
        }
    }

    fn escaped(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                '&' => self.out.push_str("&amp;"),
                '<' => self.out.push_str("&lt;"),
                '>' => self.out.push_str("&gt;"),
                '"' => self.out.push_str("&quot;"),
                c => self.out.push(c),
            }
        }
    }

    fn words(&mut self, key: Key) {
        self.escaped(text(self.lang, key));
    }

    /// `<tag attributes>text</tag>`; the attributes are the code's own.
    fn element(&mut self, tag: &str, attributes: &str, text: &str) {
        self.raw(&["<", tag, attributes, ">"]);
        self.escaped(text);
        self.raw(&["</", tag, ">"]);
    }

    fn tag(&mut self, tag: &str, attributes: &str, key: Key) {
        self.element(tag, attributes, text(self.lang, key));
    }

    /// A link to another site, opened beside the calculator so nothing typed is lost;
    /// `language` is the language of the page it leads to when it is not the reader's.
    fn external(&mut self, href: &str, language: &str, words: &str) {
        self.raw(&["<a href=\""]);
        self.escaped(href);
        if !language.is_empty() {
            self.raw(&["\" hreflang=\"", language, "\" lang=\"", language]);
        }
        self.raw(&["\" target=\"_blank\" rel=\"noopener noreferrer\">"]);
        self.escaped(words);
        self.raw(&["</a>"]);
    }

    fn badge(&mut self, class: &str, key: Key) {
        self.raw(&["<span class=\"badge status-", class, "\">"]);
        self.words(key);
        self.raw(&["</span>"]);
    }

    fn block(&mut self, block: &Block) {
        let lang = self.lang;
        match block {
            Heading(k) => self.tag("h3", "", *k),
            Para(k) => self.tag("p", "", *k),
            List(keys) => {
                self.raw(&["<ul>"]);
                for k in *keys {
                    self.tag("li", "", *k);
                }
                self.raw(&["</ul>"]);
            }
            Quote(k, code) => {
                self.raw(&["<blockquote class=\"help-quote\" lang=\"", code, "\">"]);
                self.tag("p", "", *k);
                self.raw(&["</blockquote>"]);
            }
            Marks(marks) => {
                self.raw(&["<dl class=\"help-marks\">"]);
                for (class, words, means) in *marks {
                    self.raw(&["<div><dt>"]);
                    self.badge(class, *words);
                    self.raw(&["</dt>"]);
                    self.tag("dd", "", *means);
                    self.raw(&["</div>"]);
                }
                self.raw(&["</dl>"]);
            }
            Marked(class, words, k) => {
                self.raw(&["<p>"]);
                self.badge(class, *words);
                self.raw(&[" "]);
                self.words(*k);
                self.raw(&["</p>"]);
            }
            Link(k, href) => {
                self.raw(&["<p>"]);
                self.external(href(lang), "", text(lang, *k));
                self.raw(&["</p>"]);
            }
            Address(href) => {
                self.raw(&["<p class=\"help-address\">"]);
                self.external(href, "", href);
                self.raw(&["</p>"]);
            }
            Deadline(k) => {
                let deadline = date(amnesty_rules::application_deadline(), lang);
                self.element("p", "", &fill(text(lang, *k), &[("deadline", deadline)]));
            }
            LawInEveryLanguage(k) => {
                self.raw(&["<p class=\"help-law-links\">"]);
                self.words(*k);
                for (i, (l, name)) in LANGUAGES.iter().enumerate() {
                    self.raw(&[if i == 0 { " " } else { " · " }]);
                    self.external(law_url(*l), l.code(), name);
                }
                self.raw(&["</p>"]);
            }
            Versions => {
                let versions = fill(
                    text(lang, h::versions),
                    &[
                        ("pack", RulePack::embedded().pack_version.to_string()),
                        ("app", amnesty_rules::ENGINE_VERSION.to_string()),
                    ],
                );
                self.element("p", " class=\"help-versions\"", &versions);
            }
            // From the file itself there is nothing to download: the reader has it already.
            OneFile if page_address().starts_with("file:") => self.tag("p", "", h::offline_already),
            OneFile => {
                self.raw(&["<p>"]);
                self.tag("a", ONE_FILE_LINK, h::offline_link);
                self.raw(&["</p>"]);
                self.tag("p", "", h::offline_how);
            }
            LanguageLink => {
                let address = page_address() + "?lang=" + lang.code();
                let words = fill(text(lang, h::offline_lang), &[("address", address)]);
                self.element("p", " class=\"help-address\"", &words);
            }
        }
    }
}

/// The whole help, in a language. It is static text, so it is one string: Leptos views for it
/// cost about 4 KB of wasm (brotli), this a fraction of that.
fn help_html(lang: Lang) -> String {
    let mut html = Html {
        out: String::with_capacity(16 * 1024),
        lang,
    };
    for block in HELP {
        html.block(block);
    }
    html.out
}
