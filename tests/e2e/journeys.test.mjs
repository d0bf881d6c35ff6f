// The two journeys the page was tried with, step by step, with screenshots written to
// tests/e2e/artifacts/ for a person to look at:
// - a mother on a phone, in Russian (her browser's language), whose son was sentenced under
//   Art. 272 part 2: she types what she knows as she would write it, and the outcome in the bar at
//   the bottom of the screen changes as she types, without her scrolling to find it; one tap on the
//   bar shows the plain answer;
// - a lawyer on a desktop, in Kazakh, preparing a printout for court: two offences, the details for
//   the paper, the result beside the form, and a printout of at most two A4 pages.
// Every figure expected comes from the native rules (`native`), every text from the locale files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ARTIFACTS, useSite, axe, inLanguage, fillOffence, fillSentence, setStage, words, fill, dateWords, native, ADD_OFFENCE,
} from './helpers.mjs';

const site = useSite();

const shot = (page, name, fullPage = false) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });

/// Where an element is against the visible part of the page.
async function inView(page, selector) {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
  });
}

/// The case as a file, for the native rules, with the calculation date the page shows (the
/// form's 05.01.2022, the file's 2022-01-05).
async function caseOnPage(page, offences, sentence) {
  const [day, month, year] = (await page.inputValue('#f-as_of')).split('.');
  return {
    as_of: `${year}-${month}-${day}`,
    stage: 'serving',
    offences,
    sentence,
  };
}

test('the mother (phone, ru): the bar at the bottom follows every step she types; one tap shows the plain answer', async () => {
  const { page } = await site.visit('', {
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'ru-RU',
  });
  await inLanguage(page, 'ru');
  const w = words('ru');
  await shot(page, 'mother-ru-1-opened');

  const bar = '.result-bar';
  const barText = () => page.locator(`${bar} .result-bar-text`).innerText();
  // After each thing she types, the bar is on the screen and says where the case stands.
  const seen = [];
  const step = async (label, act) => {
    await act();
    assert.ok(await inView(page, bar), `the bar is on the screen after ${label}`);
    seen.push(await barText());
  };

  await step('the stage', () => setStage(page, 'serving'));
  await step('the article', () => page.locator('fieldset.offence input[id$="-article"]').first().fill('272'));
  await step('the part', () => page.fill('#f-offences-0-part', '2'));
  // As a family member writes a date, and the riots (the form's first context).
  await step('the date', () => page.fill('#f-offences-0-committed_on', '5/1/22'));
  await step('the context', () => page.locator('fieldset.offence input[type="radio"][value="riots"]').first().check());
  await step('the term', () => page.fill('#f-sentence-years', '8'));
  await step('the start', () => page.fill('#f-sentence-start', '06.01.2022'));
  await shot(page, 'mother-ru-2-typed');

  const file = await caseOnPage(
    page,
    [{ article: 272, part: 2, committed_on: '2022-01-05', context: 'riots' }],
    { punishment: 'imprisonment', years: 8, start: '2022-01-06' },
  );
  const decision = native(file);
  assert.equal(decision.outcome, 'term_reduced');
  // The day as the form's fields write it (05.01.2022): short enough for two lines.
  const releaseTyped = decision.release_on.split('-').reverse().join('.');
  const expected = fill(w('app.result_bar_release'), {
    outcome: w(`outcome.${decision.outcome}`),
    date: releaseTyped,
  });
  // At first the bar says facts are missing; with the last one, the outcome and the release day.
  assert.equal(seen[0], w('app.result_bar_incomplete'));
  assert.equal(seen.at(-1), expected);
  // The bar keeps to two lines, and the release day is inside them, not cut off (QA).
  const date = releaseTyped;
  const shown = await page.locator(`${bar} .result-bar-text`).evaluate((box, date) => {
    const text = [...box.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.data.includes(date));
    if (!text) return { at: -1 };
    const at = text.data.indexOf(date);
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + date.length);
    const day = range.getBoundingClientRect();
    const shownBox = box.getBoundingClientRect();
    const line = parseFloat(getComputedStyle(box).lineHeight);
    return { at, inside: day.bottom <= shownBox.bottom + 0.5 && day.right <= shownBox.right + 0.5, lines: Math.round(shownBox.height / line) };
  }, date);
  assert.ok(shown.at >= 0 && shown.inside, `the release day is in view on the bar: ${JSON.stringify(shown)}`);
  assert.ok(shown.lines <= 2, `two lines at most: ${JSON.stringify(shown)}`);
  // The date as typed is kept, and shown as understood.
  assert.equal(await page.inputValue('#f-offences-0-committed_on'), '5/1/22');

  // One tap on the bar: the plain answer is on the screen, with the release day in it.
  await page.locator(`${bar} a`).tap();
  await page.waitForFunction(() => {
    const r = document.querySelector('.answer')?.getBoundingClientRect();
    return r && r.top >= 0 && r.bottom <= window.innerHeight;
  });
  const answer = await page.locator('.answer').innerText();
  assert.ok(answer.includes(dateWords(decision.release_on, 'ru')), answer);
  assert.equal(await page.locator('.headline').getAttribute('data-release-on'), decision.release_on);
  // Nothing on the phone is wider than its screen.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
  await shot(page, 'mother-ru-3-answer');
  await shot(page, 'mother-ru-4-whole-page', true);
  await axe(page, 'the mother’s phone, ru');
});

test('the lawyer (desktop, kk): two offences, the result beside the form, the printout on at most two A4 pages', async () => {
  const page = await site.open('kk', { viewport: { width: 1366, height: 900 }, locale: 'kk-KZ' });
  await setStage(page, 'serving');
  await fillOffence(page, 0, { article: 272, part: 2, date: '05.01.2022' });
  await page.click(ADD_OFFENCE);
  await fillOffence(page, 1, { article: '269-1', part: 2, date: '05.01.2022' });
  await fillSentence(page, { years: 8, start: '06.01.2022' });
  await page.locator('.headline').waitFor();

  const file = await caseOnPage(
    page,
    [
      { article: 272, part: 2, committed_on: '2022-01-05', context: 'riots' },
      { article: '269-1', part: 2, committed_on: '2022-01-05', context: 'riots' },
    ],
    { punishment: 'imprisonment', years: 8, start: '2022-01-06' },
  );
  const decision = native(file);
  const headline = page.locator('.headline');
  assert.equal(await headline.getAttribute('data-outcome'), decision.outcome);
  assert.equal(await headline.getAttribute('data-release-on'), decision.release_on ?? '');
  // On a desktop the result sits beside the form, in view while the form is filled.
  assert.ok(await inView(page, '.answer'), 'the plain answer is in view beside the form');
  const [form, result] = await Promise.all(['.form-column', '.result-column'].map((s) => page.locator(s).boundingBox()));
  assert.ok(result.x >= form.x + form.width, 'the result column is to the right of the form');
  await shot(page, 'lawyer-kk-1-result');

  await page.click('.print-details > summary');
  await page.fill('#print-person', 'Сериков Марат Ерланұлы');
  await page.fill('#print-case-number', '2-1234/2022');
  await page.fill('#print-court', 'Алматы қаласының аудандық соты');
  await page.fill('#print-prepared-by', 'Ахметова Айгүл Бекқызы');
  await axe(page, 'the lawyer’s desktop, kk');

  await page.emulateMedia({ media: 'print' });
  await shot(page, 'lawyer-kk-2-print', true);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const path = join(ARTIFACTS, 'lawyer-kk-printout.pdf');
  await writeFile(path, pdf);
  const info = spawnSync('pdfinfo', [path], { encoding: 'utf8' }).stdout;
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
  const text = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
  // The details, the facts (the sentence's start) and, where there is one, the release date.
  const dates = [file.sentence.start, decision.release_on].filter(Boolean).map((d) => dateWords(d, 'kk'));
  for (const wanted of ['Сериков Марат Ерланұлы', '2-1234/2022', ...dates]) {
    assert.ok(text.includes(wanted), `the printout has ${wanted}`);
  }
  await page.emulateMedia({ media: 'screen' });
});

test('a case handed over in the address (#case= and the case file as a URI component, as the batch page links a row) opens in the form, once; a broken one is said', async () => {
  const file = {
    as_of: '2023-03-01',
    stage: 'serving',
    offences: [{ article: '269-1', part: 2, committed_on: '2022-01-05', context: 'riots' }],
    sentence: { punishment: 'imprisonment', years: 6, start: '2022-01-06' },
  };
  const encoded = encodeURIComponent(JSON.stringify(file));
  const { page } = await site.visit(`?lang=ru#case=${encoded}`, { locale: 'ru-RU' });
  await inLanguage(page, 'ru');
  await page.locator('.headline').waitFor();
  assert.equal(await page.inputValue('#f-offences-0-article'), '269-1');
  assert.equal(await page.inputValue('#f-offences-0-part'), '2');
  assert.equal(await page.inputValue('#f-sentence-years'), '6');
  const decision = native(file);
  assert.equal(await page.locator('.headline').getAttribute('data-outcome'), decision.outcome);
  assert.equal(await page.locator('.headline').getAttribute('data-release-on'), decision.release_on ?? '');
  // Read once: the address is the page's own again, so a reload keeps what is typed since.
  assert.equal(await page.evaluate(() => location.hash), '');
  await site.close('#case=');

  const { page: broken } = await site.visit('?lang=en#case=%7B%22stage%22%3A%E0%A4%A');
  await broken.locator('.import-notice').waitFor();
  assert.ok((await broken.locator('.import-notice').innerText()).includes(words('en')('app.import_failed')));
  assert.equal(await broken.inputValue('#f-offences-0-article'), '');
});

test('the batch page is reached from the footer of the one-case page, in the reader\'s language, when the language changes too', async () => {
  const page = await site.open('ru', { locale: 'ru-RU' });
  const link = page.locator('.site-footer a', { hasText: words('ru')('app.batch_link') });
  assert.equal(await link.getAttribute('href'), 'batch/?lang=ru');
  await page.click('.languages button[lang="kk"]');
  await inLanguage(page, 'kk');
  const kk = page.locator('.site-footer a', { hasText: words('kk')('app.batch_link') });
  assert.equal(await kk.getAttribute('href'), 'batch/?lang=kk');
  await kk.click();
  await page.waitForURL(/\/batch\/\?lang=kk$/);
  await page.waitForFunction(() => document.documentElement.lang === 'kk' && document.querySelector('.site-header h1'));
});
