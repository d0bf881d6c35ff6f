// User journeys through the built page in Chromium. Every test records every request the page
// makes and fails if one goes anywhere but the page's own origin.
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ARTIFACTS, launch, startServer, openPage, assertOnlyOwnOrigin, axe, setLanguage,
  fillOffence, fillSentence, setStage, result,
} from './helpers.mjs';

let browser, site, session;

before(async () => {
  browser = await launch();
  site = await startServer();
});
after(async () => {
  await browser?.close();
  site?.server.close();
});
beforeEach(() => { session = undefined; });
afterEach(async () => {
  if (!session) return;
  assertOnlyOwnOrigin(session.requests, site.origin);
  assert.deepEqual(session.errors, [], 'errors in the page');
  await session.context.close();
});

async function open(options) {
  session = await openPage(browser, site.url, options);
  return session.page;
}

const GRAVE_8_YEARS = { article: 106, part: 1, date: '2022-01-05', category: 'grave' };

test('a grave crime, 8 years: the term is cut to 2 years (English), with no axe violations', async () => {
  const page = await open();
  await fillOffence(page, 0, GRAVE_8_YEARS);
  await fillSentence(page, { years: 8, start: '2022-01-06' });
  const r = await result(page);
  assert.equal(r.outcome, 'term_reduced');
  assert.equal(r.text, 'Covered: the sentence is reduced');
  assert.equal(r.newTerm, '2y0m0d');
  assert.equal(r.releaseOn, '2024-01-05');
  assert.match(await page.locator('.key-figures').textContent(), /2 years.*5 January 2024/s);
  const steps = page.locator('.steps > li');
  assert.ok((await steps.count()) >= 8);
  assert.match(await steps.first().textContent(), /verified in the law's text.*Law No\. 152-VII, Art\. 1.*Committed on 5 January 2022/s);
  assert.equal(await steps.first().locator('a').getAttribute('href'), 'https://adilet.zan.kz/eng/docs/Z2200000152');
  assert.equal(await page.locator('.timeline svg').count(), 1);
  await page.screenshot({ path: join(ARTIFACTS, 'desktop-result.png'), fullPage: true });
  await axe(page, 'result (en)');
});

test('a grave crime, 5 years: released by the one-year rule, readings side by side (Russian)', async () => {
  const page = await open({ locale: 'ru-RU' });
  await fillOffence(page, 0, { article: 191, part: 3, date: '05.01.2022', category: 'grave' });
  await fillSentence(page, { years: 5, start: '06.01.2022' });
  const r = await result(page);
  assert.equal(r.outcome, 'release');
  assert.equal(r.text, 'Амнистия применяется: освобождение в день вступления закона в силу');
  assert.equal(r.releaseOn, '2022-11-03');
  assert.equal(r.readings, 2);
  const rows = page.locator('.readings tbody tr');
  assert.equal(await rows.count(), 3);
  assert.match(await rows.nth(1).textContent(), /считая от срока, назначенного судом.*срок наказания сокращается.*1 год 3 месяца.*5 апреля 2023 г\./s);
  await axe(page, 'result with readings (ru)');
});

test('a medium-gravity case at trial is closed (Kazakh)', async () => {
  const page = await open({ locale: 'kk-KZ' });
  await setStage(page, 'trial');
  await fillOffence(page, 0, { article: 188, part: 2, date: '2022-01-06', category: 'medium' });
  const r = await result(page);
  assert.equal(r.outcome, 'release_from_liability');
  assert.equal(r.text, 'Рақымшылық қолданылады: іс тоқтатылады, қылмыстық жауаптылық жоқ');
  assert.equal(await page.locator('html').getAttribute('lang'), 'kk');
  await axe(page, 'result (kk)');
});

test('a small-gravity convict is released from the punishment', async () => {
  const page = await open();
  await fillOffence(page, 0, { article: 149, date: '2022-01-06', category: 'small' });
  await fillSentence(page, { years: 2, start: '2022-01-06' });
  const r = await result(page);
  assert.equal(r.outcome, 'release_from_punishment');
  assert.equal(r.releaseOn, '2022-11-03');
});

test('a punishment served before the law: the conviction is expunged (Russian)', async () => {
  const page = await open({ locale: 'ru' });
  await setStage(page, 'served');
  await fillOffence(page, 0, { article: 188, part: 2, date: '2022-01-05', category: 'medium' });
  await fillSentence(page, { months: 6, start: '2022-01-06' });
  const r = await result(page);
  assert.equal(r.outcome, 'conviction_expunged');
  assert.equal(r.text, 'Амнистия применяется: судимость снимается');
});

test('8 January is outside the period: not covered (Kazakh)', async () => {
  const page = await open({ locale: 'kk' });
  await setStage(page, 'trial');
  await fillOffence(page, 0, { article: 188, part: 2, date: '2022-01-08', category: 'medium' });
  const r = await result(page);
  assert.equal(r.outcome, 'not_covered');
  assert.equal(r.text, 'Бұл рақымшылық бұл жағдайға қолданылмайды');
});

test('a terrorist crime, asked as a plain question, excludes the person', async () => {
  const page = await open();
  await fillOffence(page, 0, { ...GRAVE_8_YEARS, exclusions: ['terrorist'] });
  await fillSentence(page, { years: 8, start: '2022-01-06' });
  const r = await result(page);
  assert.equal(r.outcome, 'excluded');
  assert.equal(r.releaseOn, '');
  assert.match(await page.locator('.steps').textContent(), /Terrorist crime: the amnesty does not apply/);
});

test('hooliganism lies beyond the recovered list: needs review, with the reading "if listed" (Russian)', async () => {
  const page = await open({ locale: 'ru' });
  await fillOffence(page, 0, { article: 293, part: 2, date: '2022-01-05', category: 'medium' });
  await fillSentence(page, { years: 2, start: '2022-01-07' });
  const r = await result(page);
  assert.equal(r.outcome, 'needs_review');
  assert.equal(r.readings, 1);
  assert.match(await page.locator('.readings').textContent(), /Если статья есть в перечне закона.*освобождение от наказания.*3 ноября 2022 г\./s);
});

test('the article picker finds articles by number and by words in every language', async () => {
  const page = await open();
  const input = page.locator('#f-offences-0-article');
  for (const [query, expected] of [['кража', '188'], ['ұрлық', '188'], ['riots', '272'], ['10', '102']]) {
    await input.fill(query);
    const matches = page.locator('.article-matches .match-number');
    assert.ok((await matches.allTextContents()).includes(expected), `${query} → ${expected}`);
  }
  await input.fill('theft');
  assert.deepEqual(await page.locator('.article-matches .match-number').allTextContents(), ['187', '188', '191']);
  await page.locator('.article-matches .match', { has: page.locator('.match-number', { hasText: /^188$/ }) }).click();
  assert.equal(await input.inputValue(), '188');
  assert.match(await page.locator('.article-chosen').textContent(), /Theft · on the law's list/);
  await input.fill('999');
  assert.match(await page.locator('.article-chosen').textContent(), /Not in the calculator's catalogue/);
});

test('a second offence: the gravest one decides, and removing it restores the first result', async () => {
  const page = await open();
  await fillOffence(page, 0, { article: 188, part: 2, date: '2022-01-05', category: 'medium' });
  await fillSentence(page, { years: 6, start: '2022-01-06' });
  assert.equal((await result(page)).outcome, 'release_from_punishment');
  await page.click('text=Add another offence');
  assert.equal(await page.locator('fieldset.offence').count(), 2);
  assert.equal(await page.locator('#f-offences-1-committed_on').inputValue(), '2022-01-05', 'date carried over');
  await fillOffence(page, 1, { article: 106, part: 1, date: '2022-01-05', category: 'grave' });
  const r = await result(page);
  assert.equal(r.outcome, 'release');
  assert.match(await page.locator('.warnings').textContent(), /several offences/);
  assert.match(await page.locator('.steps').textContent(), /Offence 2: Of the offences, Art\. 106 part 1/);
  await page.locator('fieldset.offence').nth(1).locator('button.remove').click();
  assert.equal(await page.locator('fieldset.offence').count(), 1);
  assert.equal((await result(page)).outcome, 'release_from_punishment');
  assert.equal(await page.locator('#f-offences-0-article').inputValue(), '188');
});

test('switching language mid-form keeps everything typed', async () => {
  const page = await open();
  await fillOffence(page, 0, { article: 106, part: 1, date: '31.02.2022', category: 'grave' });
  await page.fill('#f-sentence-years', '8');
  for (const [code, label] of [['kk', 'Қылмыстық кодекстің бабы'], ['ru', 'Статья Уголовного кодекса'], ['en', 'Article of the Criminal Code']]) {
    await setLanguage(page, code);
    assert.equal(await page.locator('label[for="f-offences-0-article"]').textContent(), label);
    assert.equal(await page.locator('#f-offences-0-article').inputValue(), '106');
    assert.equal(await page.locator('#f-offences-0-committed_on').inputValue(), '31.02.2022');
    assert.equal(await page.locator('#f-sentence-years').inputValue(), '8');
    assert.equal(await page.locator('select[id^="category-"]').inputValue(), 'grave');
  }
  assert.match(await page.locator('#f-offences-0-committed_on-error').textContent(), /"2022-02-31" is not a date/);
});

test('a wrong date gets a message beside its field, in the current language, and keeps the text', async () => {
  const page = await open({ locale: 'ru' });
  const date = page.locator('#f-offences-0-committed_on');
  await date.fill('31.02.2022');
  const message = page.locator('#f-offences-0-committed_on-error');
  assert.match(await message.textContent(), /^Деяние 1 — Дата деяния: «2022-02-31» — не дата/);
  assert.equal(await date.getAttribute('aria-invalid'), 'true');
  assert.match(await date.getAttribute('aria-describedby'), /f-offences-0-committed_on-error/);
  assert.equal(await date.inputValue(), '31.02.2022');
  await date.fill('05.01.2022');
  assert.equal(await message.count(), 0);
  assert.equal(await date.getAttribute('aria-invalid'), 'false');
  // The result panel lists what is still missing, each linking to its field.
  assert.match(await page.locator('.incomplete a[href="#f-offences-0-article"]').textContent(), /Статья: обязательное поле/);
});

test('export then import: the case file round-trips and gives the same result', async () => {
  const page = await open();
  await fillOffence(page, 0, { article: 191, part: 3, date: '2022-01-05', category: 'grave' });
  await fillSentence(page, { years: 5, start: '2022-01-06' });
  const before = await result(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Save the case as a file')]);
  assert.match(download.suggestedFilename(), /^amnesty-case-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = await readFile(await download.path(), 'utf8');
  const file = JSON.parse(saved);
  assert.equal(file.stage, 'serving');
  assert.deepEqual(file.offences[0], { article: 191, part: 3, committed_on: '2022-01-05', context: 'riots', category: 'grave', exclusions: [] });
  assert.deepEqual(file.sentence, { punishment: 'imprisonment', years: 5, months: 0, days: 0, start: '2022-01-06', conditional: false });

  await page.click('text=Start a new case');
  assert.equal(await page.locator('#f-offences-0-article').inputValue(), '');
  await page.setInputFiles('#import-file', { name: 'case.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
  await page.locator('.import-notice', { hasText: 'The case was opened from the file.' }).waitFor();
  assert.equal(await page.locator('#f-offences-0-article').inputValue(), '191');
  assert.deepEqual(await result(page), before);
});

test('a broken or hostile import file shows a clear message and changes nothing', async () => {
  const page = await open();
  await fillOffence(page, 0, GRAVE_8_YEARS);
  await fillSentence(page, { years: 8, start: '2022-01-06' });
  const before = await result(page);
  const files = [
    ['garbage.json', Buffer.from([0xff, 0xfe, 0x00, 0x7b]), /The file:/],
    ['wrong.json', Buffer.from('{"stage":"serving","offences":[{"article":106,"committed_on":"2022-01-05","context":"party"}]}'), /Offence 1 — Context: the file cannot be read/],
    ['nested.json', Buffer.from('['.repeat(50000)), /The file: the file cannot be read/],
    ['huge.json', Buffer.alloc(400 * 1024, 0x20), /too large to be a case file/],
    ['empty.json', Buffer.from('{}'), /Stage of the case: required/],
  ];
  for (const [name, buffer, message] of files) {
    await page.setInputFiles('#import-file', { name, mimeType: 'application/json', buffer });
    await page.locator('.import-notice', { hasText: message }).waitFor();
    assert.match(await page.locator('.import-notice').textContent(), /^The file could not be opened, so nothing was changed:/);
    assert.deepEqual(await result(page), before, name);
    assert.equal(await page.locator('#f-offences-0-article').inputValue(), '106');
  }
});

test('the print view: one or two A4 pages with the facts, the decision, every step and the versions', async () => {
  const page = await open();
  await fillOffence(page, 0, GRAVE_8_YEARS);
  await fillSentence(page, { years: 8, start: '2022-01-06' });
  await result(page);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.case-form').isVisible(), false);
  assert.equal(await page.locator('.file-actions').isVisible(), false);
  assert.ok(await page.locator('.print-header').isVisible());
  const header = await page.locator('.print-header').textContent();
  assert.match(header, /Calculation under the amnesty law.*rule pack 2026\.11\.25-1, app 0\.1\.0/s);
  assert.match(await page.locator('.print-facts').textContent(), /Offence 1.*Article 106\.1.*2022-01-05.*grave crime/s);
  assert.ok((await page.locator('.steps > li').count()) >= 8);
  await page.screenshot({ path: join(ARTIFACTS, 'print-view.png'), fullPage: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
  await axe(page, 'print view (en)');
});

test('remember on this device is off by default, keeps the case when ticked, forgets it when unticked', async () => {
  const page = await open();
  await fillOffence(page, 0, GRAVE_8_YEARS);
  const stored = () => page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
  assert.deepEqual(await stored(), { local: 0, session: 0, cookie: '' }, 'nothing stored without opting in');
  assert.equal(await page.isChecked('#remember'), false);
  await page.check('#remember');
  assert.equal((await stored()).local, 1);
  await page.reload();
  await page.waitForSelector('#result-heading');
  assert.equal(await page.locator('#f-offences-0-article').inputValue(), '106');
  assert.equal(await page.isChecked('#remember'), true);
  await page.uncheck('#remember');
  assert.deepEqual(await stored(), { local: 0, session: 0, cookie: '' });
  await page.reload();
  await page.waitForSelector('#result-heading');
  assert.equal(await page.locator('#f-offences-0-article').inputValue(), '');
});

test("the language follows the browser's, and falls back to English", async () => {
  for (const [locale, lang, title] of [['ru-RU', 'ru', 'Калькулятор амнистии'], ['kk-KZ', 'kk', 'Рақымшылық калькуляторы'], ['de-DE', 'en', 'Amnesty calculator']]) {
    const { context, page, requests } = await openPage(browser, site.url, { locale });
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    assert.equal(await page.locator('.site-header h1').textContent(), title);
    assertOnlyOwnOrigin(requests, site.origin);
    await context.close();
  }
});

test('phone-sized: works from 320 px wide and with text enlarged to 200 %', async () => {
  const page = await open({ viewport: { width: 320, height: 720 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await page.screenshot({ path: join(ARTIFACTS, 'phone-form.png'), fullPage: true });
  await fillOffence(page, 0, GRAVE_8_YEARS);
  await fillSentence(page, { years: 8, start: '2022-01-06' });
  assert.equal((await result(page)).outcome, 'term_reduced');
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(await overflow(), 0, 'no sideways scrolling at 320 px');
  await page.locator('#result').screenshot({ path: join(ARTIFACTS, 'phone-result.png') });
  // 200 % text on a 640 px window, the same CSS width as 320 px at 200 % zoom.
  await page.setViewportSize({ width: 640, height: 900 });
  await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
  assert.equal(await overflow(), 0, 'no sideways scrolling with text at 200 %');
  await axe(page, 'phone form and result');
});

test('desktop-sized form and the keyboard: skip link, visible focus, sensible order', async () => {
  const page = await open();
  await page.screenshot({ path: join(ARTIFACTS, 'desktop-form.png'), fullPage: true });
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('lang')), 'kk');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(outline, 'solid', 'focus is visible');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.name), 'stage', 'then the first question');
  await axe(page, 'form (en)');
});

test('axe-core finds nothing on the form in Kazakh and Russian, nor on their print views', async () => {
  for (const locale of ['kk', 'ru']) {
    const { context, page, requests } = await openPage(browser, site.url, { locale });
    await axe(page, `form (${locale})`);
    await fillOffence(page, 0, GRAVE_8_YEARS);
    await fillSentence(page, { years: 5, start: '2022-01-06' });
    await result(page);
    await page.emulateMedia({ media: 'print' });
    await axe(page, `print view (${locale})`);
    assertOnlyOwnOrigin(requests, site.origin);
    await context.close();
  }
});

test('the page forbids every outside origin in its Content-Security-Policy and stores nothing', async () => {
  const page = await open();
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
  session.requests = session.requests.filter((u) => u !== 'https://example.com/x.js');
  session.errors = session.errors.filter((e) => !/Content Security Policy|example\.com/.test(e));
});
