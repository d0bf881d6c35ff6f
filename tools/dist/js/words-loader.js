// Each language's texts, by bundle: [file, integrity]. window.amnestyWords(lang, bundle) fetches
// one bundle once, integrity-checked; the reader's language is fetched at once, in parallel with
// the program.
const amnestyWordsFiles = __WORDS_FILES__;
const amnestyWordsLoading = {};
window.amnestyWords = (lang, bundle = 'page') => amnestyWordsLoading[lang + '/' + bundle] ??= fetch(amnestyWordsFiles[lang][bundle][0], { integrity: amnestyWordsFiles[lang][bundle][1] })
  .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))));
{
  const asked = new URLSearchParams(location.search).get('lang');
  const wanted = [asked, ...(navigator.languages ?? []), navigator.language].map((l) => (l ?? '').slice(0, 2).toLowerCase());
  window.amnestyWords(wanted.find((l) => l in amnestyWordsFiles) ?? 'en').catch(() => {});
}
