// User journeys through the built page in Chromium, in Kazakh, Russian and English. Expected
// figures come from the native rules (`native`, the legal case table) and expected words from the
// locale files (`words`), so a journey checks the page, not a copy of the rules or of a
// translation; the few figures written out below are the law's own examples. Every test records
// every request the page makes and fails if one goes anywhere but the page's own origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ARTIFACTS, AS_OF, LANGS, ADD_OFFENCE, PACK, useSite, startServer, openPage, assertOnlyOwnOrigin, axe,
  setLanguage, inLanguage, fillOffence, fillSentence, typeCase, typeAndCheck, result, expectedResult,
  effects, words, fill, dateWords, articleWords, listTitle, native, legalCases,
} from './helpers.mjs';

const site = useSite();
const open = site.open;

/// The brief's first example: CC Art. 272 part 2, 8 years' imprisonment from 6 January 2022.
const RIOTS = { article: 272, part: 2, committed_on: '2022-01-05', context: 'riots' };
const case272 = (sentence, extra = {}) => ({
  as_of: AS_OF, stage: 'serving', offences: [{ ...RIOTS, ...extra }],
  sentence: { punishment: 'imprisonment', start: '2022-01-06', ...sentence },
});

const text = async (locator) => (await locator.textContent()).trim();
const texts = async (locator) => (await locator.allTextContents()).map((t) => t.trim());

test('272 part 2, 8 years from 6 January 2022: cut to 2 years, release 5 January 2024, verified (English)', async () => {
  const page = await open('en');
  const { shown: r, decision } = await typeAndCheck(page, case272({ years: 8 }), 'en');
  assert.deepEqual([r.outcome, r.status, r.newTerm, r.releaseOn], ['term_reduced', 'verified', '2y0m0d', '2024-01-05']);
  const w = words('en');
  // The category comes from the Code, and the select leaves it to the Code.
  assert.equal(await text(page.locator('.category-from-code')),
    fill(w('app.category_from_code'), { article: articleWords(272, 2, 'en'), category: w('category.grave') }));
  assert.equal(await page.locator('select[id^="category-"]').inputValue(), '');
  const figures = await text(page.locator('.key-figures'));
  for (const day of ['2024-01-05', decision.deadline]) assert.ok(figures.includes(dateWords(day, 'en')), `${day} in ${figures}`);
  assert.equal(await page.locator('.steps > li').count(), decision.steps.length);
  const links = await page.locator('.steps > li a').evaluateAll((as) => as.map((a) => a.href));
  assert.ok(links.length > 0 && links.every((h) => h.startsWith('https://adilet.zan.kz/')), links.join(' '));
  assert.ok(links.includes(PACK.law.official_text.en));
  assert.equal(await page.locator('.timeline svg rect').count(), 2);
  await page.screenshot({ path: join(ARTIFACTS, 'desktop-result.png'), fullPage: true });
  await axe(page, 'result (en)');
});

test('5 years from 7 January 2022: released when the law came into force, the other reading beside it, open (Russian)', async () => {
  const page = await open('ru', { locale: 'ru-RU' });
  const file = case272({ years: 5, start: '2022-01-07' });
  const { shown: r, decision } = await typeAndCheck(page, file, 'ru', { ...file, sentence: { ...file.sentence, start: '07.01.2022' } });
  assert.deepEqual([r.outcome, r.releaseOn, r.readings, r.status], ['release', '2022-11-03', 1, 'open']);
  const w = words('ru');
  const rows = page.locator('.readings tbody tr');
  assert.equal(await rows.count(), 2, 'the reading shown, then the other');
  assert.equal(await rows.nth(0).getAttribute('class'), 'primary');
  assert.ok((await text(rows.nth(0))).includes(w('condition.one_year_on_reduced')));
  const other = await text(rows.nth(1));
  assert.equal(decision.readings[0].release_on, '2023-04-06');
  for (const part of [w('condition.one_year_on_imposed'), w('outcome.term_reduced'), dateWords('2023-04-06', 'ru')]) {
    assert.ok(other.includes(part), `«${part}» in «${other}»`);
  }
  await axe(page, 'result with readings (ru)');
});

test('188 part 2 at trial: the case is closed (Kazakh, from the browser\'s language)', async () => {
  const { page } = await site.visit('', { locale: 'kk-KZ' });
  await inLanguage(page, 'kk');
  const file = { as_of: AS_OF, stage: 'trial', offences: [{ article: 188, part: 2, committed_on: '2022-01-06', context: 'riots' }] };
  const { shown: r } = await typeAndCheck(page, file, 'kk');
  assert.equal(r.outcome, 'release_from_liability');
  assert.equal(await page.locator('#f-sentence-years').count(), 0, 'no sentence asked at trial unless given');
  await axe(page, 'result (kk)');
});

test('8 January is outside the period: not covered (Kazakh)', async () => {
  const page = await open('kk');
  const file = { as_of: AS_OF, stage: 'trial', offences: [{ article: 188, part: 2, committed_on: '2022-01-08', context: 'riots' }] };
  const { shown: r } = await typeAndCheck(page, file, 'kk');
  assert.equal(r.outcome, 'not_covered');
  assert.equal(await page.locator('.key-figures .deadline').count(), 0, 'no deadline for a case not covered');
});

test('a terrorist crime, asked as a plain question, excludes the person (English)', async () => {
  const page = await open('en');
  const file = case272({ years: 8 }, { exclusions: ['terrorist'] });
  const question = page.locator('fieldset.offence input[id$="-terrorist"]');
  assert.equal(await text(page.locator(`label[for="${await question.getAttribute('id')}"]`)), words('en')('app.q_terrorist'));
  const { shown: r } = await typeAndCheck(page, file, 'en');
  assert.equal(r.outcome, 'excluded');
  assert.equal(r.releaseOn, '');
});

test('106 without its part at trial: needs review, one reading per part (Russian)', async () => {
  const page = await open('ru');
  const file = { as_of: AS_OF, stage: 'trial', offences: [{ article: 106, committed_on: '2022-01-05', context: 'riots' }] };
  const { shown: r, decision } = await typeAndCheck(page, file, 'ru');
  assert.deepEqual([r.outcome, r.readings], ['needs_review', 3]);
  const w = words('ru');
  const rows = await texts(page.locator('.readings tbody tr'));
  assert.equal(rows.length, 3);
  for (const [i, reading] of decision.readings.entries()) {
    const part = reading.conditions.find((c) => c.kind === 'part').part;
    assert.ok(rows[i].includes(fill(w('condition.part'), { part })), rows[i]);
    assert.ok(rows[i].includes(w(`outcome.${reading.outcome}`)), rows[i]);
  }
});

test('every outcome is reachable through the form and decided as the rules decide it (kk, ru, en in turn)', async () => {
  const cases = legalCases();
  const outcomes = ['release_from_liability', 'partly_covered', 'reduction_at_sentencing', 'release_at_sentencing',
    'release_from_punishment', 'conviction_expunged', 'term_reduced', 'punishment_reduced', 'release',
    'nothing_to_apply', 'not_covered', 'excluded', 'needs_review'];
  for (const [n, outcome] of outcomes.entries()) {
    const c = cases.find((x) => x.native.outcome === outcome);
    assert.ok(c, `the legal case table has a case for ${outcome}`);
    const lang = LANGS[n % 3];
    const page = await open(lang);
    await typeCase(page, c.file);
    const r = await result(page);
    assert.deepEqual(r, expectedResult(c.native, lang), `${c.id} typed in ${lang}`);
    assert.equal(await page.locator('.steps > li').count(), c.native.steps.length, `${c.id} steps`);
    if (c.native.offences.length > 1) assert.deepEqual(await effects(page), c.native.offences.map((o) => o.effect), c.id);
    await site.close(c.id);
  }
});

test('several offences: each one\'s own effect, and removing one keeps the other\'s values (English)', async () => {
  const page = await open('en');
  const both = {
    as_of: AS_OF, stage: 'serving',
    offences: [{ article: 188, part: 2, committed_on: '2022-01-05', context: 'riots' }, { ...RIOTS }],
    sentence: { punishment: 'imprisonment', years: 6, start: '2022-01-06' },
  };
  const { decision } = await typeAndCheck(page, both, 'en');
  assert.deepEqual(await effects(page), decision.offences.map((o) => o.effect));
  assert.deepEqual(await effects(page), ['released_from_punishment', 'main_punishment_cut']);
  const w = words('en');
  const items = await texts(page.locator('.offences-result li'));
  assert.ok(items[0].includes(w('effect.released_from_punishment')) && items[0].includes(articleWords(188, 2, 'en')), items[0]);
  assert.ok(items[1].includes(articleWords(272, 2, 'en')), items[1]);
  // A third offence, then the middle one removed: the rows below move up with what was typed.
  await page.click(ADD_OFFENCE);
  await fillOffence(page, 2, { article: 106, part: 1, date: '2022-01-05' });
  assert.equal((await effects(page)).length, 3);
  await page.locator('fieldset.offence').nth(1).locator('button.remove').click();
  assert.equal(await page.locator('fieldset.offence').count(), 2);
  assert.equal(await page.locator('#f-offences-0-article').inputValue(), '188');
  assert.equal(await page.locator('#f-offences-1-article').inputValue(), '106');
  assert.equal(await page.locator('#f-offences-1-part').inputValue(), '1');
  const rest = { ...both, offences: [both.offences[0], { article: 106, part: 1, committed_on: '2022-01-05', context: 'riots' }] };
  assert.deepEqual(await effects(page), native(rest).offences.map((o) => o.effect));
  await page.locator('fieldset.offence').nth(1).locator('button.remove').click();
  const one = { ...both, offences: [both.offences[0]] };
  assert.deepEqual(await result(page), expectedResult(native(one), 'en'));
  assert.equal(await page.locator('.offences-result').count(), 0);
  assert.equal(await page.locator('#f-offences-0-article').inputValue(), '188');
});

test('the dash article 269-1 is found by "269-1" and words of its title, in every language', async () => {
  const file = {
    as_of: AS_OF, stage: 'serving', offences: [{ article: '269-1', part: 3, committed_on: '2022-01-06', context: 'riots' }],
    sentence: { punishment: 'restriction_of_freedom', years: 3, start: '2022-02-01' },
  };
  const decision = native(file);
  for (const lang of LANGS) {
    const page = await open(lang);
    const input = page.locator('#f-offences-0-article');
    const title = listTitle('269-1', lang);
    await input.fill('269-1');
    assert.equal(await text(page.locator('.article-chosen .article-name')), title);
    // The title's longest word finds it; choosing it writes it as the law does.
    const word = title.split(/\s+/).sort((a, b) => b.length - a.length)[0];
    await input.fill(word);
    const match = page.locator('.article-matches .match', { has: page.locator('.match-number', { hasText: /^269-1$/ }) });
    assert.equal(await match.count(), 1, `«${word}» finds 269-1`);
    assert.ok((await text(match)).includes(title));
    await match.click();
    assert.equal(await input.inputValue(), '269-1');
    await typeCase(page, file);
    assert.equal(await text(page.locator('.category-from-code')), fill(words(lang)('app.category_from_code'), {
      article: articleWords('269-1', 3, lang), category: words(lang)(`category.${decision.offences[0].category}`),
    }));
    assert.deepEqual(await result(page), expectedResult(decision, lang));
    await site.close(lang);
  }
});

test('a citation typed whole, «ст. 272 ч. 2», offers to fill article and part (Russian)', async () => {
  const page = await open('ru');
  await page.fill('#f-offences-0-article', 'ст. 272 ч. 2');
  // The offer, whether a button or an option of the article's list.
  const offer = page.locator('li.article-citation, .article-citation button');
  assert.equal(await text(offer), fill(words('ru')('app.use_citation'), { article: articleWords(272, 2, 'ru') }));
  await offer.click();
  assert.equal(await page.locator('#f-offences-0-article').inputValue(), '272');
  assert.equal(await page.locator('#f-offences-0-part').inputValue(), '2');
  assert.equal(await offer.count(), 0);
  assert.equal(await text(page.locator('.article-chosen .article-name')), listTitle(272, 'ru'));
  assert.ok((await text(page.locator('.category-from-code'))).includes(articleWords(272, 2, 'ru')));
  // Any other article of the Code is accepted as typed, and is not covered (a number the Code did
  // not have: picker.test.mjs).
  await page.fill('#f-offences-0-article', '99');
  assert.equal(await page.locator('#f-offences-0-article-error').count(), 0);
  assert.ok((await text(page.locator('.article-chosen'))).includes(words('ru')('app.not_on_list')));
  const file = case272({ years: 3 });
  file.offences[0] = { article: 99, committed_on: '2022-01-05', context: 'riots' };
  const { shown } = await typeAndCheck(page, file, 'ru');
  assert.equal(shown.outcome, 'not_covered');
});

test('hours and amounts: the fields follow the punishment, and are cut as the rules say (English)', async () => {
  const page = await open('en');
  await typeCase(page, case272({ years: 8 }));
  const shown = () => page.evaluate(() => ['#f-sentence-years', '#f-sentence-months', '#f-sentence-days', '#f-sentence-hours', '#f-sentence-amount', '#f-sentence-conditional']
    .filter((s) => document.querySelector(s)).map((s) => s.replace(/^#(f-sentence-)?/, '')));
  assert.deepEqual(await shown(), ['years', 'months', 'days', 'conditional']);
  for (const [punishment, fields] of [
    ['restriction_of_freedom', ['years', 'months', 'days']], ['arrest', ['years', 'months', 'days']],
    ['community_service', ['hours']], ['fine', ['amount']], ['correctional_works', ['amount']],
  ]) {
    await page.selectOption('#punishment', punishment);
    assert.deepEqual(await shown(), fields, punishment);
  }
  const w = words('en');
  for (const sentence of [
    { punishment: 'community_service', hours: 240 },
    { punishment: 'fine', amount: 1000 },
    { punishment: 'correctional_works', amount: 400 },
  ]) {
    const file = case272(sentence);
    await fillSentence(page, file.sentence);
    const decision = native(file);
    assert.deepEqual(await result(page), expectedResult(decision, 'en'), sentence.punishment);
    assert.equal(decision.outcome, 'punishment_reduced');
    const cut = decision.new_hours != null ? `${decision.new_hours} ${w('units.many_hours')}` : `${decision.new_amount} ${w('units.mci')}`;
    assert.ok((await text(page.locator('.key-figures .new-term'))).includes(cut), cut);
  }
  assert.equal((await result(page)).newAmount, '100', 'a quarter of 400 MCI');
  // What was typed for one measure waits while another punishment is chosen.
  await page.selectOption('#punishment', 'community_service');
  assert.equal(await page.locator('#f-sentence-hours').inputValue(), '240');
  assert.equal((await result(page)).newHours, '60');
});

test('the victim\'s age is asked with the sexual-crime question', async () => {
  const page = await open('en');
  const age = page.locator('#f-offences-0-victim_age');
  assert.equal(await age.count(), 0);
  await page.check('fieldset.offence input[id$="-sexual_offence_against_minor"]');
  assert.equal(await age.count(), 1);
  assert.equal(await text(page.locator('label[for="f-offences-0-victim_age"]')), words('en')('fields.victim_age'));
  await page.uncheck('fieldset.offence input[id$="-sexual_offence_against_minor"]');
  assert.equal(await age.count(), 0);
});

test('the print view: at most two A4 pages for one offence, with the facts, the decision, every step and the versions', async () => {
  const page = await open('en');
  const file = case272({ years: 8 });
  await typeCase(page, file);
  const decision = native(file);
  await result(page);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.case-form').isVisible(), false);
  assert.equal(await page.locator('.file-actions').isVisible(), false);
  assert.ok(await page.locator('.print-header').isVisible());
  const header = await text(page.locator('.print-header'));
  for (const part of [words('en')('app.print_title'), decision.pack_version, decision.engine_version]) {
    assert.ok(header.includes(part), `«${part}» in «${header}»`);
  }
  const facts = await text(page.locator('.print-facts'));
  for (const part of [articleWords(272, 2, 'en'), words('en')('punishment.imprisonment')]) {
    assert.ok(facts.includes(part), `«${part}» in «${facts}»`);
  }
  assert.ok(facts.includes(dateWords('2022-01-05', 'en')) || facts.includes('2022-01-05'), `the date of the offence in «${facts}»`);
  assert.equal(await page.locator('.steps > li').count(), decision.steps.length);
  assert.ok(await page.locator('.steps').isVisible());
  await page.screenshot({ path: join(ARTIFACTS, 'print-view.png'), fullPage: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
  await axe(page, 'print view (en)');
});

/// Saves the case as a file through the page's button; returns its text.
async function exportCase(page) {
  const button = page.getByRole('button', { name: words('en')('app.export'), exact: true });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  assert.match(download.suggestedFilename(), /^amnesty-case-([\p{L}\d]+-)*\d{4}-\d{2}-\d{2}\.json$/u);
  return readFile(await download.path(), 'utf8');
}

async function importCase(page, name, text) {
  await page.setInputFiles('#import-file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('export then import: the case file round-trips with hours, amounts, the victim\'s age and "269-1"', async () => {
  const page = await open('en');
  page.on('dialog', (d) => d.accept());
  const w = words('en');
  const withHours = {
    as_of: AS_OF, stage: 'serving', birth_date: '2005-03-01',
    offences: [
      { article: '269-1', part: 3, committed_on: '2022-01-06', context: 'riots' },
      { article: 121, part: 1, committed_on: '2022-01-05', context: 'riots', exclusions: ['sexual_offence_against_minor'], victim_age: 15 },
    ],
    sentence: { punishment: 'community_service', hours: 240, start: '2022-02-01' },
  };
  const withAmount = case272({ punishment: 'fine', amount: 1000 });
  for (const file of [withHours, withAmount]) {
    const { shown: before } = await typeAndCheck(page, file, 'en');
    const saved = JSON.parse(await exportCase(page));
    assert.equal(saved.as_of, file.as_of);
    assert.equal(saved.stage, file.stage);
    for (const [i, o] of file.offences.entries()) {
      for (const key of Object.keys(o)) assert.deepEqual(saved.offences[i][key], o[key], `offences[${i}].${key}`);
    }
    for (const key of Object.keys(file.sentence)) assert.deepEqual(saved.sentence[key], file.sentence[key], `sentence.${key}`);
    assert.deepEqual(expectedResult(native(saved), 'en'), before, 'the saved file decides as the page did');

    await page.getByRole('button', { name: w('app.new_case'), exact: true }).click();
    assert.equal(await page.locator('#f-offences-0-article').inputValue(), '');
    assert.equal(await page.locator('.headline').count(), 0);
    await importCase(page, 'case.json', JSON.stringify(saved));
    await page.locator('.import-notice', { hasText: w('app.import_done') }).waitFor();
    assert.deepEqual(await result(page), before);
    for (const [i, o] of file.offences.entries()) {
      assert.equal(await page.locator(`#f-offences-${i}-article`).inputValue(), String(o.article));
      if (o.victim_age) assert.equal(await page.locator(`#f-offences-${i}-victim_age`).inputValue(), String(o.victim_age));
    }
    if (file.sentence.hours) assert.equal(await page.locator('#f-sentence-hours').inputValue(), '240');
    if (file.sentence.amount) assert.equal(await page.locator('#f-sentence-amount').inputValue(), '1000');
    await page.getByRole('button', { name: w('app.new_case'), exact: true }).click();
  }
});

test('a broken or hostile import file shows a clear message and changes nothing', async () => {
  const page = await open('en');
  const w = words('en');
  await typeCase(page, case272({ years: 8 }));
  const before = await result(page);
  const offence1 = (field) => `${fill(w('fields.offence_n'), { n: 1 })} — ${w(`fields.${field}`)}`;
  const files = [
    ['garbage.json', Buffer.from([0xff, 0xfe, 0x00, 0x7b]), w('fields.file')],
    ['wrong.json', '{"stage":"serving","offences":[{"article":106,"committed_on":"2022-01-05","context":"party"}]}', offence1('context')],
    ['markup.json', '{"stage":"trial","offences":[{"article":"<img src=x onerror=window.pwned=1>","committed_on":"2022-01-05","context":"riots"}]}', offence1('article')],
    ['unknown.json', '{"stage":"trial","__proto__":{"polluted":1},"offences":[]}', w('fields.file')],
    ['nested.json', '['.repeat(50000), w('fields.file')],
    ['huge.json', Buffer.alloc(400 * 1024, 0x20), w('app.import_too_large')],
    ['empty.json', '{}', fill(w('problems.missing'), { field: w('fields.stage') })],
  ];
  for (const [name, content, message] of files) {
    await importCase(page, name, content);
    const notice = page.locator('.import-notice', { hasText: message });
    await notice.waitFor();
    assert.ok((await text(notice)).startsWith(w('app.import_failed')), name);
    assert.deepEqual(await result(page), before, name);
    assert.equal(await page.locator('#f-offences-0-article').inputValue(), '272', name);
  }
  assert.equal(await page.evaluate(() => window.pwned ?? ({}).polluted ?? null), null, 'nothing ran, nothing polluted');
  assert.equal(await page.locator('img[src="x"]').count(), 0);
});

test('remember on this device is off by default, keeps the case when ticked, forgets it when unticked', async () => {
  const page = await open('en');
  const file = case272({ punishment: 'community_service', hours: 240 });
  await typeCase(page, file);
  const stored = () => page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
  assert.deepEqual(await stored(), { local: 0, session: 0, cookie: '' }, 'nothing stored without opting in');
  assert.equal(await page.isChecked('#remember'), false);
  const before = await result(page);
  await page.check('#remember');
  assert.equal((await stored()).local, 1);
  const kept = JSON.parse(await page.evaluate(() => localStorage.getItem(localStorage.key(0))));
  assert.equal(kept.sentence.hours, 240, 'the case file, with its new fields');
  await page.reload();
  await page.waitForSelector('#result-heading');
  assert.equal(await page.locator('#f-offences-0-article').inputValue(), '272');
  assert.equal(await page.locator('#f-sentence-hours').inputValue(), '240');
  assert.deepEqual(await result(page), before);
  assert.equal(await page.isChecked('#remember'), true);
  await page.uncheck('#remember');
  assert.deepEqual(await stored(), { local: 0, session: 0, cookie: '' });
  await page.reload();
  await page.waitForSelector('#result-heading');
  assert.equal(await page.locator('#f-offences-0-article').inputValue(), '');
});

test('the language: ?lang= first, then the browser\'s, then English; the document\'s language and title follow', async () => {
  for (const [query, locale, lang] of [
    ['?lang=kk', 'ru-RU', 'kk'], ['?lang=ru', 'en-US', 'ru'], ['?lang=en', 'kk-KZ', 'en'],
    ['', 'ru-RU', 'ru'], ['', 'kk-KZ', 'kk'], ['?lang=de', 'kk', 'kk'], ['', 'de-DE', 'en'],
  ]) {
    const { page } = await site.visit(query, { locale });
    await inLanguage(page, lang);
    const w = words(lang);
    assert.equal(await page.title(), w('app.page_title'), `${query} ${locale}`);
    assert.equal(await text(page.locator('.site-header h1')), w('app.title'));
    assert.equal(await page.locator(`.languages button[lang="${lang}"]`).getAttribute('aria-pressed'), 'true');
    await site.close(`${query} ${locale}`);
  }
});

test('switching language mid-form keeps everything typed, and the messages follow', async () => {
  const page = await open('en');
  await typeCase(page, case272({ years: 8 }));
  await page.fill('#f-offences-0-committed_on', '31.02.2022');
  for (const lang of ['kk', 'ru', 'en']) {
    await setLanguage(page, lang);
    const w = words(lang);
    assert.equal(await page.title(), w('app.page_title'));
    assert.equal(await text(page.locator('label[for="f-offences-0-article"]')), w('app.article_label'));
    assert.equal(await page.locator('#f-offences-0-article').inputValue(), '272');
    assert.equal(await page.locator('#f-offences-0-part').inputValue(), '2');
    assert.equal(await page.locator('#f-offences-0-committed_on').inputValue(), '31.02.2022');
    assert.equal(await page.locator('#f-sentence-years').inputValue(), '8');
    assert.equal(await page.locator('#f-as_of').inputValue(), AS_OF);
    const message = await text(page.locator('#f-offences-0-committed_on-error'));
    assert.ok(message.startsWith(`${fill(w('fields.offence_n'), { n: 1 })} — ${w('fields.committed_on')}`), message);
  }
  await page.fill('#f-offences-0-committed_on', '05.01.2022');
  for (const lang of ['ru', 'kk']) {
    await setLanguage(page, lang);
    assert.deepEqual(await result(page), expectedResult(native(case272({ years: 8 })), lang));
  }
});

test('the empty form lists what is missing, first the article, each linking to its field (every language)', async () => {
  const links = [];
  for (const lang of LANGS) {
    const page = await open(lang);
    const w = words(lang);
    assert.equal(await page.locator('.headline').count(), 0);
    const items = page.locator('.incomplete li a');
    assert.equal(await text(items.first()),
      fill(w('problems.missing'), { field: `${fill(w('fields.offence_n'), { n: 1 })} — ${w('fields.article')}` }));
    for (const [label, href] of await items.evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]))) {
      links.push([`${label} (${lang}) → ${href}`, await page.locator(href).count()]);
    }
    await site.close(lang);
  }
  assert.deepEqual(links.filter(([, found]) => found !== 1).map(([link]) => link), [], 'links that lead to no field');
});

test('a first visit downloads the words of its language only; another language is fetched when chosen', async () => {
  for (const lang of LANGS) {
    // Without the service worker, which stores every file for offline use once the page is open.
    const visit = await startServer();
    try {
      const { context, page, requests } = await openPage(site.browser, `${visit.url}?lang=${lang}`, { serviceWorkers: 'block' });
      await inLanguage(page, lang);
      const wordsFiles = (list) => list.filter((u) => /words-[a-z]{2}-[0-9a-f]+\.txt$/.test(u)).map((u) => u.match(/words-([a-z]{2})-/)[1]);
      assert.deepEqual(wordsFiles(requests), [lang], `the page asked for ${lang} only`);
      assert.deepEqual(wordsFiles(visit.served), [lang], `the server sent ${lang} only`);
      const other = LANGS.find((l) => l !== lang);
      await setLanguage(page, other);
      assert.deepEqual(wordsFiles(visit.served), [lang, other]);
      await setLanguage(page, lang);
      assert.deepEqual(wordsFiles(visit.served), [lang, other], 'a language once loaded is not fetched again');
      assertOnlyOwnOrigin(requests, visit.origin);
      await context.close();
    } finally {
      visit.server.close();
    }
  }
});

test('phone-sized: works from 320 px wide and with text enlarged to 200 %', async () => {
  const page = await open('ru', { viewport: { width: 320, height: 720 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await page.screenshot({ path: join(ARTIFACTS, 'phone-form.png'), fullPage: true });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(await overflow(), 0, 'no sideways scrolling on the empty form');
  await typeAndCheck(page, case272({ years: 5, start: '2022-01-07' }), 'ru');
  assert.equal(await overflow(), 0, 'no sideways scrolling at 320 px, readings included');
  await page.locator('#result').screenshot({ path: join(ARTIFACTS, 'phone-result.png') });
  // 200 % text on a 640 px window, the same CSS width as 320 px at 200 % zoom.
  await page.setViewportSize({ width: 640, height: 900 });
  await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
  assert.equal(await overflow(), 0, 'no sideways scrolling with text at 200 %');
  await axe(page, 'phone form and result (ru)');
});

test('the keyboard alone: skip link first, visible focus, the form in order, a result without a mouse', async () => {
  const page = await open('en');
  const focused = () => page.evaluate(() => {
    const e = document.activeElement;
    const style = getComputedStyle(e);
    return { id: e.id, name: e.getAttribute('name'), className: e.className, tag: e.tagName, outline: style.outlineStyle, shadow: style.boxShadow };
  });
  await page.keyboard.press('Tab');
  assert.equal((await focused()).className, 'skip-link');
  await page.keyboard.press('Enter');
  assert.equal((await focused()).id, 'result', 'the skip link moves the focus to the result');
  await page.reload();
  await page.waitForSelector('#result-heading');
  /// Tabs forward until the element with this id has the focus; every stop shows its focus.
  const tabTo = async (id, most = 40) => {
    const stops = [];
    for (let i = 0; i < most; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      stops.push(f);
      assert.ok(f.outline === 'solid' || f.shadow !== 'none', `focus visible on ${f.tag} ${f.id} ${f.name} ${f.className}`);
      if (f.id === id) return stops;
    }
    assert.fail(`${id} not reached: ${stops.map((f) => f.id || f.name || f.tag).join(', ')}`);
  };
  const stops = await tabTo('f-offences-0-article', 60);
  assert.ok(stops.some((f) => f.name === 'stage'), 'the stage comes before the article');
  await page.keyboard.type('272');
  await tabTo('f-offences-0-part', 5);
  await page.keyboard.type('2');
  await tabTo('f-offences-0-committed_on', 5);
  await page.keyboard.type('05.01.2022');
  await tabTo('f-sentence-years', 40);
  await page.keyboard.type('8');
  await tabTo('f-sentence-start', 10);
  await page.keyboard.type('06.01.2022');
  await tabTo('f-as_of', 40);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(AS_OF);
  assert.deepEqual(await result(page), expectedResult(native(case272({ years: 8 })), 'en'));
  await page.screenshot({ path: join(ARTIFACTS, 'desktop-form.png'), fullPage: true });
});

test('axe-core finds nothing on the form, the result and the print view, in Kazakh, Russian and English', async () => {
  for (const lang of LANGS) {
    const page = await open(lang);
    await axe(page, `form (${lang})`);
    // A result with readings and several offences: the richest view.
    const file = case272({ years: 5, start: '2022-01-07' });
    file.offences.push({ article: 188, part: 2, committed_on: '2022-01-05', context: 'riots' });
    await typeAndCheck(page, file, lang);
    await axe(page, `result (${lang})`);
    await page.emulateMedia({ media: 'print' });
    await axe(page, `print view (${lang})`);
    await site.close(lang);
  }
});

test('the page forbids every outside origin in its Content-Security-Policy and stores nothing', async () => {
  const page = await open('en');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /^default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+';/);
  for (const directive of csp.split(';')) {
    assert.doesNotMatch(directive, /https?:|\*/, `no outside source in ${directive}`);
  }
  // A script from elsewhere would be refused even if something tried to load one.
  const blocked = await page.evaluate(() => new Promise((ok) => {
    const s = document.createElement('script');
    s.src = 'https://example.com/x.js';
    s.onerror = () => ok(true);
    s.onload = () => ok(false);
    document.head.append(s);
  }));
  assert.equal(blocked, true);
  // The refused script is the test's own request, and its refusal the error it expects.
  const { session } = site;
  session.requests = session.requests.filter((u) => u !== 'https://example.com/x.js');
  session.errors = session.errors.filter((e) => !/Content Security Policy|example\.com/.test(e));
  assert.deepEqual(await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie })),
    { local: 0, session: 0, cookie: '' });
});

// ---- small things a journalist tried (issue 15 part 8) ----

/// The date on this device, as the page counts "today".
const deviceToday = (page) => page.evaluate(() => {
  const d = new Date();
  return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-');
});

/// A field's name as a message names it: "Sentence — Years", «Деяние 1 — Часть».
const fieldWords = (lang, ...parts) => parts.map((p) => (typeof p === 'number' ? fill(words(lang)('fields.offence_n'), { n: p }) : words(lang)(`fields.${p}`))).join(' — ');

test('a fresh form shows nothing red, even tabbed through; the result lists what is missing (kk, ru, en)', async () => {
  for (const lang of LANGS) {
    const page = await open(lang);
    const red = () => page.locator('.field-error, [aria-invalid="true"], .field.invalid').count();
    assert.equal(await red(), 0, `${lang}: a fresh form`);
    for (let i = 0; i < 30; i++) await page.keyboard.press('Tab');
    assert.equal(await red(), 0, `${lang}: after passing through the fields`);
    assert.ok(await page.locator('.incomplete li').count() >= 3, 'the result says what is missing');
    // A field typed in, then emptied, says what it needs.
    await page.fill('#f-sentence-start', '1');
    await page.fill('#f-sentence-start', '');
    assert.equal(await text(page.locator('#f-sentence-start-error')), fill(words(lang)('problems.missing'), { field: fieldWords(lang, 'sentence', 'start') }));
    await site.close(lang);
  }
});

test('a number below zero "cannot be negative", not "not a number", and is kept as typed (kk, ru, en)', async () => {
  for (const lang of LANGS) {
    const page = await open(lang);
    const w = words(lang);
    await page.fill('#f-sentence-years', '-3');
    assert.equal(await text(page.locator('#f-sentence-years-error')), fill(w('problems.negative'), { field: fieldWords(lang, 'sentence', 'years') }));
    assert.equal(await page.inputValue('#f-sentence-years'), '-3');
    // The minus sign a phone may put in instead of the hyphen.
    await page.fill('#f-offences-0-part', '\u22122');
    assert.equal(await text(page.locator('#f-offences-0-part-error')), fill(w('problems.negative'), { field: fieldWords(lang, 1, 'part') }));
    assert.notEqual(w('problems.negative'), w('problems.not_a_number'));
    await site.close(lang);
  }
});

test('a removed offence comes back with everything typed in it, from the keyboard, and both are announced (kk, ru, en)', async () => {
  for (const lang of LANGS) {
    const page = await open(lang);
    const w = words(lang);
    await fillOffence(page, 0, { article: 188, part: 2, date: '05.01.2022', context: 'other', exclusions: ['corruption'] });
    await page.click(ADD_OFFENCE);
    await fillOffence(page, 1, { article: 272, part: 2, date: '06.01.2022' });
    const notice = page.locator('.rows-notice');
    assert.equal(await notice.getAttribute('role'), 'status');
    assert.equal(await notice.getAttribute('aria-live'), 'polite');

    await page.locator('fieldset.offence').first().locator('button.remove').focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('fieldset.offence').count(), 1);
    assert.equal(await page.inputValue('#f-offences-0-article'), '272');
    const first = fill(w('fields.offence_n'), { n: 1 });
    assert.equal(await text(notice.locator('span')), fill(w('app.offence_removed'), { offence: first }));
    await page.waitForFunction(() => document.activeElement?.id === 'undo-remove');
    assert.equal(await text(page.locator('#undo-remove')), w('app.undo_remove'));
    await axe(page, `an offence removed (${lang})`);

    await page.keyboard.press('Enter');
    assert.equal(await page.locator('fieldset.offence').count(), 2);
    assert.equal(await page.inputValue('#f-offences-0-article'), '188');
    assert.equal(await page.inputValue('#f-offences-0-part'), '2');
    assert.equal(await page.inputValue('#f-offences-0-committed_on'), '05.01.2022');
    assert.equal(await page.isChecked('fieldset.offence >> nth=0 >> input[value="other"]'), true);
    assert.equal(await page.isChecked('fieldset.offence >> nth=0 >> input[id$="-corruption"]'), true);
    assert.equal(await page.inputValue('#f-offences-1-article'), '272');
    assert.equal(await text(notice.locator('span')), fill(w('app.offence_restored'), { offence: first }));
    assert.equal(await page.locator('#undo-remove').isVisible(), false, 'nothing left to undo');
    await page.waitForFunction(() => document.activeElement?.id === 'f-offences-0-article');
    await site.close(lang);
  }
});

test('a date of calculation before the law came into force says so beside the field, as the result does (kk, ru, en)', async () => {
  const inForce = PACK.provisions.art4_in_force.value.date;
  for (const lang of LANGS) {
    const page = await open(lang);
    const note = page.locator('#f-as_of').locator('xpath=ancestor::div[contains(@class,"field")][1]/following-sibling::div[1]').locator('.date-near');
    await page.fill('#f-as_of', '01.11.2022');
    const said = fill(words(lang)('warnings.as_of_before_in_force'), { as_of: dateWords('2022-11-01', lang), in_force: dateWords(inForce, lang) });
    assert.equal(await text(note), said);
    assert.ok(await note.isVisible());
    // The result, once there is one, gives the same words.
    await typeCase(page, { ...case272({ years: 8 }), as_of: '2022-11-01' });
    assert.ok((await text(page.locator('.warnings'))).includes(said));
    await page.fill('#f-as_of', inForce);
    assert.equal(await note.isVisible(), false, 'nothing to say from the day it came into force');
    await site.close(lang);
  }
});

test('switching language writes ?lang= into the address, keeping the rest of it; a reload keeps the language', async () => {
  const { page } = await site.visit('?from=ngo', { locale: 'en-US' });
  await inLanguage(page, 'en');
  const entries = await page.evaluate(() => history.length);
  for (const lang of ['kk', 'ru']) {
    await setLanguage(page, lang);
    const address = new URL(page.url());
    assert.equal(address.searchParams.get('lang'), lang);
    assert.equal(address.searchParams.get('from'), 'ngo');
    assert.equal(address.origin + address.pathname, site.url);
  }
  assert.equal(await page.evaluate(() => history.length), entries, 'the address is replaced, no step added to the history');
  await page.reload();
  await inLanguage(page, 'ru');
  assert.equal(await page.title(), words('ru')('app.page_title'));
  assert.equal(await page.locator('.languages button[lang="ru"]').getAttribute('aria-pressed'), 'true');
});

test('on a 360×640 phone the result bar takes at most two lines, with the longest outcome (kk, ru, en)', async () => {
  // The case whose bar says the most in Kazakh, the longest language: its outcome and, with a
  // release day, the day (or the readings' days) before it.
  const said = (c) => words('kk')(`outcome.${c.native.outcome}`).length + (c.native.release_on ? 30 : 0);
  // Only cases the form can type: not the custody, institution, parole or probation facts, nor an
  // offence's own sentence (fields the form does not have yet).
  const typeable = ({ file }) => !file.custody && !file.parole_facts
    && !['institution', 'probation_months'].some((k) => k in (file.sentence ?? {}))
    && !file.offences.some((o) => 'sentence' in o);
  const longest = legalCases().filter(typeable).sort((a, b) => said(b) - said(a))[0];
  const page = await open('kk', { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  await typeCase(page, longest.file);
  await result(page);
  for (const lang of ['kk', 'ru', 'en']) {
    await setLanguage(page, lang);
    const bar = await page.locator('.result-bar').evaluate((el) => {
      const style = getComputedStyle(el);
      const text = el.querySelector('.result-bar-text');
      return {
        inner: el.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom),
        line: parseFloat(getComputedStyle(text).lineHeight),
        words: text.textContent,
      };
    });
    assert.ok(Number.isFinite(bar.line) && bar.line > 0, `a line height: ${bar.line}`);
    assert.ok(bar.inner <= 2 * bar.line + 1, `${lang}: ${bar.inner}px for lines of ${bar.line}px: «${bar.words}»`);
    assert.ok(bar.words.includes(words(lang)(`outcome.${longest.native.outcome}`)), bar.words);
  }
  await page.screenshot({ path: join(ARTIFACTS, 'phone-result-bar-en.png') });
});

test('the saved case file is named after the person, else the first article, then the day; safe for any file system', async () => {
  const page = await open('kk');
  await typeCase(page, case272({ years: 8 }));
  const today = await deviceToday(page);
  const save = async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.file-actions .actions button').first().click()]);
    return download.suggestedFilename();
  };
  assert.equal(await save(), `amnesty-case-272-${today}.json`);
  await page.click('.print-details > summary');
  await page.fill('#print-person', 'Сериков Марат Ерланұлы');
  assert.equal(await save(), `amnesty-case-Сериков-Марат-Ерланұлы-${today}.json`);
  await page.fill('#print-person', '../O\'Brien: "Ivanov" <x>?');
  assert.equal(await save(), `amnesty-case-O-Brien-Ivanov-x-${today}.json`);
});

