// The printout for court, in Kazakh, Russian and English: the details typed for it appear on the
// paper and nowhere else; the facts come before the decision; every page says "N / M" and the
// case number; a lawyer's two-offence case fits two A4 pages; Print waits for a result; axe-core
// finds nothing on the print view; and the page asks no one else for anything.
//
// The PDF is the one Chromium's own print makes (`page.pdf`); its text is read with pdftotext
// (Debian's poppler-utils), which also sees the page margins, where "N / M" is written.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTIFACTS, ROOT, PACK, useSite, axe, fillOffence, fillSentence, words, fill, dateWords } from './helpers.mjs';

before(() => {
  assert.equal(spawnSync('pdftotext', ['-v']).error, undefined, 'pdftotext is needed: apt-get install -y poppler-utils');
});
const site = useSite();

const LOCALES = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-US' };

/// The page in a language, with the browser's locale of that language.
const open = (lang) => site.open(lang, { locale: LOCALES[lang] });

/// What each language's printout says, where a test reads it.
const WORDS = {
  kk: {
    page: 'Бет', case: 'Іс №', facts: 'Енгізілген мәліметтер', sources: 'Дереккөздер', signature: 'Қолы:',
    theft: 'ҚР ҚК 188-бабының 2-бөлігі', riots: 'ҚР ҚК 272-бабының 2-бөлігі', committed: 'жасалған күні 05.01.2022',
    term: '6 жыл', start: '06.01.2022',
  },
  ru: {
    page: 'Стр.', case: 'Дело №', facts: 'Введённые сведения', sources: 'Источники', signature: 'Подпись:',
    theft: 'ч. 2 ст. 188 УК РК', riots: 'ч. 2 ст. 272 УК РК', committed: 'совершено 5 января 2022 г.',
    term: '6 лет', start: '6 января 2022 г.',
  },
  en: {
    page: 'Page', case: 'Case No.', facts: 'Facts entered', sources: 'Sources', signature: 'Signature:',
    theft: 'CC Art. 188 part 2', riots: 'CC Art. 272 part 2', committed: 'committed on 5 January 2022',
    term: '6 years', start: '6 January 2022',
  },
};

/// Details that no saved file or storage may ever contain.
const DETAILS = {
  person: 'Сериков Марат Ерланұлы',
  caseNumber: '2-1234/2022',
  court: 'Алматы қаласының аудандық соты',
  verdictCourt: 'Медеу аудандық соты',
  verdictDate: '12.05.2022',
  verdictInForce: '27 мая 2022',
  preparedBy: 'Ахметова Айгүл Бекқызы',
  role: 'қорғаушы',
};

async function fillDetails(page, d = DETAILS) {
  await page.click('.print-details > summary');
  await page.fill('#print-person', d.person);
  await page.fill('#print-case-number', d.caseNumber);
  await page.fill('#print-court', d.court);
  await page.fill('#print-verdict-court', d.verdictCourt);
  await page.fill('#print-verdict-date', d.verdictDate);
  await page.fill('#print-verdict-in-force', d.verdictInForce);
  await page.fill('#print-prepared-by', d.preparedBy);
  await page.fill('#print-role', d.role);
}

/// The program's version: the rules crate's (`amnesty_rules::ENGINE_VERSION`).
const APP_VERSION = readFileSync(join(ROOT, 'rules/Cargo.toml'), 'utf8').match(/^version\s*=\s*"([^"]+)"/m)[1];

/// A lawyer's case: theft and participation in the riots, 6 years from 6 January 2022.
async function fillTwoOffences(page) {
  await fillOffence(page, 0, { article: 188, part: 2, date: '2022-01-05' });
  await page.click('section[aria-labelledby="offences-heading"] > button.secondary');
  await fillOffence(page, 1, { article: 272, part: 2, date: '2022-01-05' });
  await fillSentence(page, { years: 6, start: '2022-01-06' });
  await page.locator('.headline').waitFor();
}

/// One offence: participation in the riots, 8 years from 6 January 2022.
async function fillOneOffence(page) {
  await fillOffence(page, 0, { article: 272, part: 2, date: '2022-01-05' });
  await fillSentence(page, { years: 8, start: '2022-01-06' });
  await page.locator('.headline').waitFor();
}

/// The printout as Chromium prints it on A4, and its text page by page (with the margins).
async function print(page, name) {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const path = join(ARTIFACTS, `${name}.pdf`);
  await writeFile(path, pdf);
  const text = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).stdout;
  const pages = text.split('\f').filter((p) => p.trim() !== '');
  return { pdf, pages, text: pages.join('\n') };
}

/// pdftotext lays text out as on paper: a phrase may be broken across lines and padded.
const flat = (text) => text.replace(/\s+/g, ' ');

test('Print waits for a result: disabled with an empty form, enabled once there is one (kk, ru, en)', async () => {
  for (const lang of ['kk', 'ru', 'en']) {
    const page = await open(lang);
    const button = page.locator('button.print-button');
    assert.equal(await button.isDisabled(), true, `${lang}: disabled with an empty form`);
    await fillOffence(page, 0, { article: 272, part: 2, date: '2022-01-05' });
    assert.equal(await button.isDisabled(), true, `${lang}: still disabled while the sentence is missing`);
    await fillSentence(page, { years: 8, start: '2022-01-06' });
    await page.locator('.headline').waitFor();
    assert.equal(await button.isDisabled(), false, `${lang}: enabled with a result`);
    await page.fill('#f-sentence-start', '2022-13-45');
    await page.locator('.incomplete').waitFor();
    assert.equal(await button.isDisabled(), true, `${lang}: disabled again when a field is wrong`);
    await site.close(lang);
  }
});

for (const lang of ['kk', 'ru', 'en']) {
  test(`the lawyer's two-offence case (${lang}): at most two A4 pages, facts first, details, "N / M" and the case number on every page`, async () => {
    const w = WORDS[lang];
    const page = await open(lang);
    await fillTwoOffences(page);
    await fillDetails(page);
    const { pages, text } = await print(page, `print-two-offences-${lang}`);
    assert.ok(pages.length >= 1 && pages.length <= 2, `${pages.length} pages`);

    // Every page: "Page N / M" and the case number, in the margins.
    pages.forEach((p, i) => {
      assert.ok(flat(p).includes(`${w.page} ${i + 1} / ${pages.length}`), `page ${i + 1} is numbered: ${flat(p).slice(-120)}`);
      assert.ok(flat(p).includes(`${w.case} ${DETAILS.caseNumber}`), `page ${i + 1} carries the case number`);
    });

    // The details typed for the printout are on it, the verdict's dates as the language writes them.
    const all = flat(text);
    const l = words(lang);
    for (const value of [DETAILS.person, DETAILS.court, DETAILS.verdictCourt, DETAILS.preparedBy, DETAILS.role,
      `${l('print.verdict_date')}: ${dateWords('2022-05-12', lang)}`, `${l('print.verdict_in_force')}: ${dateWords('2022-05-27', lang)}`]) {
      assert.ok(all.includes(value), `the printout shows ${value}`);
    }

    // When, with which rules and which version of the program; the Code's address said to be its
    // current text; what each mark means.
    const today = await page.evaluate(() => {
      const d = new Date();
      return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-');
    });
    const calculated = fill(l('print.calculated'), { date: dateWords(today, lang), pack: PACK.pack_version, app: APP_VERSION });
    assert.ok(all.includes(calculated), `«${calculated}» is printed`);
    assert.ok(all.includes(l('print.code_current')), 'the Code\'s address is labelled as its current text');
    for (const mark of ['verified', 'reported', 'open', 'convention', 'entered']) {
      assert.ok(all.includes(l(`app.legend_${mark}`)), `the legend says what «${mark}» means`);
    }
    // The legend is a list on paper, a mark a line (QA: run together, it read as one paragraph):
    // each mark starts a line and stays one box.
    await page.emulateMedia({ media: 'print' });
    const marks = await page.locator('.legend li').evaluateAll((items) => items.map((li) => {
      const lines = li.getClientRects();
      return { lines: lines.length, left: Math.round(lines[0].left) };
    }));
    await page.emulateMedia({ media: 'screen' });
    assert.equal(marks.length, 5);
    assert.ok(marks.every((m) => m.lines === 1), `each mark is a box of its own: ${JSON.stringify(marks)}`);
    assert.equal(new Set(marks.map((m) => m.left)).size, 1, `each mark starts a line: ${JSON.stringify(marks)}`);

    // The facts, cited as lawyers write them, with their dates and the sentence.
    for (const fact of [w.theft, w.riots, w.committed, w.term, w.start]) {
      assert.ok(all.includes(fact), `the facts show ${fact}`);
    }

    // The order: heading, facts, then the decision and its reasoning, sources, the signature.
    const outcome = flat(await page.locator('.headline .outcome').textContent()).trim();
    const order = [w.facts, w.theft, outcome, w.sources, w.signature].map((s) => all.indexOf(s));
    assert.ok(order.every((at) => at >= 0), `everything is printed: ${order}`);
    assert.deepEqual([...order].sort((a, b) => a - b), order, 'facts, then the decision, the sources and the signature');
    const firstStep = flat(await page.locator('.steps > li .step-text').first().textContent()).trim().slice(0, 30);
    assert.ok(all.indexOf(firstStep) > all.indexOf(w.riots), 'the reasoning follows the facts');

    if (lang === 'kk') {
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: join(ARTIFACTS, 'print-two-offences-kk.png'), fullPage: true });
    }
  });

  test(`a one-offence case (${lang}) prints on one or two A4 pages, numbered, with no details given`, async () => {
    const w = WORDS[lang];
    const page = await open(lang);
    await fillOneOffence(page);
    const { pages, text } = await print(page, `print-one-offence-${lang}`);
    assert.ok(pages.length >= 1 && pages.length <= 2, `${pages.length} pages`);
    pages.forEach((p, i) => assert.ok(flat(p).includes(`${w.page} ${i + 1} / ${pages.length}`), `page ${i + 1} is numbered`));
    assert.equal(flat(text).includes(w.case), false, 'no case number given, none printed');
    assert.ok(flat(text).includes(w.riots));
  });

  test(`axe-core finds nothing on the print view (${lang})`, async () => {
    const page = await open(lang);
    await fillTwoOffences(page);
    await fillDetails(page);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.case-form').isVisible(), false);
    assert.equal(await page.locator('.print-details').isVisible(), false);
    assert.ok(await page.locator('.print-header').isVisible());
    assert.ok(await page.locator('.print-facts').isVisible());
    for (const control of ['.languages', '.help-bar', '.result-bar', '.file-actions', '.print-button']) {
      assert.equal(await page.locator(control).first().isVisible(), false, `${control} is not printed`);
    }
    await axe(page, `print view (${lang})`);
  });
}

test('the details stay in the page: not in the saved case file, not in storage, gone after a reload', async () => {
  const page = await open('kk');
  await fillTwoOffences(page);
  await fillDetails(page);
  await axe(page, 'the details open beside the result (kk)');
  await page.check('#remember');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.file-actions .actions button').first().click(),
  ]);
  const saved = await readFile(await download.path(), 'utf8');
  assert.match(saved, /"article": 272/, 'the case file was saved');
  const stored = await page.evaluate(async () => ({
    local: Object.entries(localStorage).flat().join('\n'),
    session: Object.entries(sessionStorage).flat().join('\n'),
    cookie: document.cookie,
    databases: (await indexedDB.databases()).length,
  }));
  assert.ok(stored.local.includes('272'), 'the case is remembered, as asked');
  for (const value of Object.values(DETAILS)) {
    assert.equal(saved.includes(value), false, `${value} is not in the case file`);
    assert.equal(stored.local.includes(value), false, `${value} is not in localStorage`);
    assert.equal(stored.session.includes(value), false, `${value} is not in sessionStorage`);
    assert.equal(stored.cookie.includes(value), false, `${value} is not in a cookie`);
  }
  assert.equal(stored.databases, 0, 'no IndexedDB');
  await page.reload();
  await page.waitForSelector('#result-heading');
  assert.equal(await page.locator('#f-offences-1-article').inputValue(), '272', 'the remembered case is back');
  for (const id of ['#print-person', '#print-case-number', '#print-court', '#print-prepared-by', '#print-role']) {
    assert.equal(await page.locator(id).inputValue(), '', `${id} is empty after a reload`);
  }
  await page.uncheck('#remember');
});
