// The one-file edition: every language's texts are inside the page.
const amnestyWordsInline = __WORDS_TEXTS__;
window.amnestyWords = (lang, bundle = 'page') => Promise.resolve(amnestyWordsInline[lang][bundle]);
