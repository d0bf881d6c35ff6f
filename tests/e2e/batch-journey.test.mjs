// The batch page as an NGO uses it: a spreadsheet dropped or chosen, the caseload at a glance, the
// rows with problems, the table filtered and sorted, a case explained by the one-case page's own
// result component, a case opened in the one-case form and a fact changed there, the results and
// the template downloaded, the summary printed, the language switched and kept — with no request
// outside the page's origin, and no accessibility violation in any language. Every expected
// figure and message comes from the command-line tool or the native rules on the same input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ROOT, BATCH_DATA, LANGS, launch, startServer, assertOnlyOwnOrigin, axe, words, fill, native, amnestyCli, openBatch,
  openSpreadsheet, downloadFrom, batchTableCases, parseCsv, inLanguage, setLanguage,
} from './helpers.mjs';

const BAD_ROWS = join(BATCH_DATA, 'caseload-bad-rows-ru.csv');
let browser, site;
const opened = [];

before(async () => {
  browser = await launch();
  site = await startServer();
});
after(async () => {
  for (const s of opened) {
    assertOnlyOwnOrigin(s.requests, site.origin);
    assert.deepEqual(s.errors, [], 'errors in the page');
    await s.context.close();
  }
  await browser?.close();
  site?.server.close();
});

async function batchPage(lang, options) {
  const session = await openBatch(browser, site.url, lang, options);
  opened.push(session);
  return session;
}

function cli(path, lang, today) {
  return JSON.parse(amnestyCli(['batch', path, '--lang', lang, '--as-of', today, '--json']).toString('utf8'));
}

const selectedValues = (page, id) => page.locator(`#${id} option`).evaluateAll((os) => os.map((o) => o.value).filter(Boolean));

test('a caseload from file to explanation, form, downloads and print, in Russian then Kazakh', { timeout: 300000 }, async () => {
  const { context, page, requests } = await batchPage('ru', { locale: 'ru-RU' });
  const w = words('ru');

  // A workbook dropped on the page is read at once.
  const workbook = readFileSync(join(BATCH_DATA, 'caseload-ru.xlsx')).toString('base64');
  await page.evaluate(({ name, data }) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], name));
    document.querySelector('.drop-zone').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, { name: 'caseload-ru.xlsx', data: workbook });
  await page.waitForFunction(() => document.querySelector('#results-heading')?.textContent.includes('caseload-ru.xlsx'));

  // Then the file with bad rows, from the file picker.
  const today = await openSpreadsheet(page, BAD_ROWS);
  const expected = cli(BAD_ROWS, 'ru', today);
  assert.equal(await page.locator('#results-heading').textContent(), fill(w('batch.page.results_heading'), { file: 'caseload-bad-rows-ru.csv' }));

  // The caseload at a glance: the tool's counts per outcome, releases and their dates.
  const figures = await page.locator('.outcome-table tbody tr').evaluateAll((rows) => rows.map((r) => Number(r.querySelector('td').textContent)));
  const counts = expected.summary.outcomes.map((o) => o.count);
  if (expected.summary.not_decided) counts.push(expected.summary.not_decided);
  assert.deepEqual(figures, counts);
  const chart = await page.locator('.outcome-chart svg').getAttribute('aria-label');
  for (const o of expected.summary.outcomes) assert.ok(chart.includes(`${w(`outcome.${o.outcome}`)}: ${o.count}`), chart);
  assert.equal(await page.locator('.outcome-chart rect').count(), counts.length);
  const releaseRows = await page.locator('.release-dates tbody tr td').allTextContents();
  assert.deepEqual(releaseRows.map(Number), expected.summary.release_dates.map((d) => d.count));
  assert.ok(expected.summary.released > 0, 'the file releases someone');

  // Each bad row: its row, its column as written and the tool's message, in Russian.
  const problems = await page.locator('.problems-table tbody tr').evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.textContent)));
  const errors = expected.cases.flatMap((c) => c.errors).sort((a, b) => a.row - b.row);
  assert.ok(errors.length >= 3);
  assert.deepEqual(problems.map(([row, column, , message]) => ({ row: Number(row), column, message })),
    errors.map((e) => ({ row: e.row, column: e.column, message: e.message })));

  // Filters: by outcome, by article, by how sure; every kept case is one the tool gives.
  const all = await batchTableCases(page);
  assert.equal(all.length, expected.cases.length);
  for (const outcome of await selectedValues(page, 'filter-outcome')) {
    await page.selectOption('#filter-outcome', outcome);
    const kept = await batchTableCases(page);
    const wanted = expected.cases.filter((c) => (c.decision?.outcome ?? 'not_decided') === outcome).map((c) => c.case);
    assert.deepEqual(kept.map((c) => c.case), wanted, `outcome ${outcome}`);
  }
  await page.selectOption('#filter-outcome', '');
  const articles = await selectedValues(page, 'filter-article');
  assert.ok(articles.includes('272') && articles.includes('269-1'), articles.join());
  await page.selectOption('#filter-article', '272');
  const with272 = expected.cases.filter((c) => c.case_file?.offences.some((o) => String(o.article) === '272'));
  const kept272 = (await batchTableCases(page)).map((c) => c.case);
  for (const c of with272) assert.ok(kept272.includes(c.case), `case ${c.case} has art. 272`);
  await page.selectOption('#filter-article', '');
  for (const status of await selectedValues(page, 'filter-status')) {
    await page.selectOption('#filter-status', status);
    const kept = (await batchTableCases(page)).map((c) => c.case);
    assert.deepEqual(kept, expected.cases.filter((c) => c.decision?.status === status).map((c) => c.case), `status ${status}`);
  }
  await page.selectOption('#filter-status', '');

  // Sorting by outcome: in the order of the outcome filter, cases not decided last; again reverses.
  const order = await selectedValues(page, 'filter-outcome');
  await page.click('button[data-sort="outcome"]');
  assert.equal(await page.locator('th:has(button[data-sort="outcome"])').getAttribute('aria-sort'), 'ascending');
  const sorted = (await batchTableCases(page)).map((c) => order.indexOf(c.outcome));
  assert.deepEqual(sorted, [...sorted].sort((a, b) => a - b));
  await page.click('button[data-sort="outcome"]');
  assert.equal(await page.locator('th:has(button[data-sort="outcome"])').getAttribute('aria-sort'), 'descending');
  await page.click('button[data-sort="row"]');

  // A case explained by the one-case page's result component: the tool's decision.
  const shown = expected.cases.find((c) => c.decision?.new_term && c.case_file);
  assert.ok(shown, 'a case with a new term');
  await page.click(`tr[data-case="${shown.case}"] .explain-button`);
  const panel = page.locator('.explanation-panel');
  await panel.locator('.headline').waitFor();
  assert.equal(await panel.getAttribute('data-case'), shown.case);
  assert.equal(await panel.locator('.headline').getAttribute('data-outcome'), shown.decision.outcome);
  assert.equal(await panel.locator('.headline').getAttribute('data-release-on') ?? '', shown.decision.release_on ?? '');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'explanation-heading', 'focus moves to the explanation');
  // A case that could not be read shows its problems instead.
  const broken = expected.cases.find((c) => c.errors.length);
  await page.click(`tr[data-case="${broken.case}"] .explain-button`);
  await page.locator(`.explanation-panel[data-case="${broken.case}"] .case-problems li`).first().waitFor();
  assert.equal(await page.locator('.explanation-panel .headline').count(), 0);
  await page.click(`tr[data-case="${shown.case}"] .explain-button`);

  // Opened in the one-case form: the same case, decided the same; then a fact changed there.
  const href = await page.locator('.open-in-form').getAttribute('href');
  assert.match(href, /^\.\.\/\?lang=ru#case=/);
  const [form] = await Promise.all([context.waitForEvent('page'), page.click('.open-in-form')]);
  form.on('request', (r) => requests.push(r.url()));
  await form.waitForSelector('#result-heading');
  await inLanguage(form, 'ru');
  const file = shown.case_file;
  assert.equal(await form.locator('#f-offences-0-article').inputValue(), String(file.offences[0].article));
  const headline = form.locator('.headline');
  assert.equal(await headline.getAttribute('data-outcome'), shown.decision.outcome);
  const changed = { ...file, as_of: today, offences: file.offences.map((o, i) => (i === 0 ? { ...o, context: o.context === 'other' ? 'riots' : 'other' } : o)) };
  await form.locator('fieldset.offence').nth(0).locator(`input[type="radio"][value="${changed.offences[0].context}"]`).check();
  const after = native(changed);
  await form.waitForFunction((o) => document.querySelector('.headline')?.dataset.outcome === o, after.outcome);
  await form.close();

  // The downloads: results as CSV for Russian-locale Excel and as a workbook; the template.
  const csv = await downloadFrom(page, w('batch.page.export_csv'));
  assert.match(csv.name, /^caseload-bad-rows-ru-amnesty-ru-\d{4}-\d\d-\d\d\.csv$/);
  assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte-order mark');
  const header = parseCsv(csv.bytes.toString('utf8').slice(1), ';')[0];
  assert.equal(header[0], w('batch.results.case'), 'separated by ";"');
  const xlsx = await downloadFrom(page, w('batch.page.export_xlsx'));
  assert.match(xlsx.name, /\.xlsx$/);
  assert.equal(xlsx.bytes.subarray(0, 2).toString(), 'PK');
  const template = await downloadFrom(page, w('batch.page.template_csv'));
  assert.ok(template.bytes.equals(amnestyCli(['template', 'csv', '--lang', 'ru'])), 'the template is the tool\'s');

  // The printed summary: the figures, not the table or the controls.
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('.batch-print-header').isVisible());
  assert.ok(await page.locator('.overview').isVisible());
  assert.ok(!(await page.locator('.cases').isVisible()) && !(await page.locator('.open-file').isVisible()));
  await page.emulateMedia({ media: 'screen' });

  // Another language: the same cases, the messages in Kazakh, the language kept in the address.
  await setLanguage(page, 'kk');
  const kk = cli(BAD_ROWS, 'kk', today);
  const kkErrors = kk.cases.flatMap((c) => c.errors).sort((a, b) => a.row - b.row).map((e) => e.message);
  await page.waitForFunction((m) => document.querySelector('.problems-table tbody tr td:last-child')?.textContent === m, kkErrors[0]);
  assert.deepEqual(await page.locator('.problems-table tbody tr td:last-child').allTextContents(), kkErrors);
  assert.equal(new URL(page.url()).searchParams.get('lang'), 'kk');
  await page.reload();
  await inLanguage(page, 'kk');
  assert.equal(await page.locator('h1').textContent(), words('kk')('batch.page.title'));
});

for (const lang of LANGS) {
  test(`no accessibility violation on the batch page in ${lang}, empty and with a file explained`, { timeout: 120000 }, async () => {
    const { page } = await batchPage(lang);
    await axe(page, `the batch page in ${lang}`);
    const today = await openSpreadsheet(page, BAD_ROWS);
    const expected = cli(BAD_ROWS, lang, today);
    const decided = expected.cases.find((c) => c.decision);
    await page.click(`tr[data-case="${decided.case}"] .explain-button`);
    await page.locator('.explanation-panel .headline').waitFor();
    await axe(page, `the batch page in ${lang} with results`);
  });
}

test('a file that is not a spreadsheet is refused with the reason, and what was loaded stays', { timeout: 120000 }, async () => {
  const { page } = await batchPage('en');
  await openSpreadsheet(page, join(BATCH_DATA, 'caseload-en-utf8.csv'));
  await page.setInputFiles('#batch-file', { name: 'photo.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a workbook at all') });
  const alert = page.locator('.batch-notice');
  await alert.waitFor();
  const text = await alert.textContent();
  assert.ok(text.startsWith(fill(words('en')('batch.page.file_failed'), { file: 'photo.xlsx', reason: '' }).trim().split(':')[0]), text);
  assert.ok(text.includes(fill(words('en')('batch.page.still_shown'), { file: 'caseload-en-utf8.csv' })), text);
  assert.ok((await page.locator('#results-heading').textContent()).includes('caseload-en-utf8.csv'));
});

test('a large file shows its progress, the page stays responsive, and every case is there', { timeout: 300000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'amnesty-batch-large-'));
  try {
    execFileSync('cargo', ['run', '-q', '--locked', '-p', 'amnesty-batch', '--example', 'caseload', '--', '10000', dir], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    const file = join(dir, 'caseload-10000.csv');
    const { page } = await batchPage('ru');
    // The longest time between two frames while the file is read: the reading is the worker's.
    await page.evaluate(() => {
      window.longestFrame = 0;
      window.progressSeen = new Set();
      let last = performance.now();
      const frame = (now) => {
        window.longestFrame = Math.max(window.longestFrame, now - last);
        last = now;
        const bar = document.querySelector('.progress progress');
        if (bar) window.progressSeen.add(bar.value);
        if (!document.documentElement.dataset.batchMs) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    const today = await openSpreadsheet(page, file);
    await page.waitForFunction(() => document.documentElement.dataset.batchMs !== undefined);
    const { longest, seen } = await page.evaluate(() => ({ longest: window.longestFrame, seen: [...window.progressSeen] }));
    assert.ok(seen.filter((v) => v > 0 && v < 100).length >= 2, `the bar moved: ${seen}`);
    assert.ok(longest < 2000, `the page kept drawing (longest frame ${Math.round(longest)} ms)`);
    const expected = cli(file, 'ru', today);
    assert.equal(Number(await page.locator('.results').getAttribute('data-cases')), expected.summary.cases);
    assert.equal(await page.locator('.shown-range').getAttribute('data-count'), String(expected.cases.length));
    assert.equal(await page.locator('.cases-table tbody tr').count(), 50, 'fifty cases a page');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('after one visit the batch page works offline, from its own cache, and the one-case page\'s cache is untouched', { timeout: 180000 }, async () => {
  const { context, page } = await batchPage('kk');
  // The one-case page visited too, in the same browser: its worker and cache are its own.
  const one = await context.newPage();
  await one.goto(site.url);
  await one.waitForFunction(() => navigator.serviceWorker.controller?.scriptURL.endsWith('/sw.js'), null, { timeout: 60000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller?.scriptURL.endsWith('/batch/sw.js'), null, { timeout: 60000 });
  const cached = () => page.evaluate(async () => {
    const all = {};
    for (const name of await window.caches.keys()) {
      all[name.replace(/[0-9a-f]{16}$/, '')] = (await (await window.caches.open(name)).keys()).map((r) => new URL(r.url).pathname).sort();
    }
    return all;
  });
  const caches = await cached();
  assert.deepEqual(Object.keys(caches).sort(), ['amnesty-', 'amnesty.batch-'], 'the batch page\'s cache apart from the one-case page\'s');
  for (const url of caches['amnesty.batch-']) assert.match(url, /^\/(batch\/.*|main-[0-9a-f]+\.css|words-(batch-)?(kk|ru|en)-[0-9a-f]+\.txt)$/);
  assert.ok(caches['amnesty.batch-'].some((u) => /^\/batch\/amnesty-batch-worker-[0-9a-f]+_bg\.wasm$/.test(u)), 'the worker\'s program');
  assert.ok(!caches['amnesty-'].some((u) => u.includes('batch')), 'nothing of the batch page in the one-case page\'s cache');
  await one.close();
  await context.setOffline(true);
  await page.reload();
  await openBatchReady(page, 'kk');
  const today = await openSpreadsheet(page, BAD_ROWS);
  assert.equal(Number(await page.locator('.results').getAttribute('data-cases')), cli(BAD_ROWS, 'kk', today).summary.cases);
  await setLanguage(page, 'en');
  await context.setOffline(false);
  assert.deepEqual(await cached(), caches, 'both caches as they were');
});

/// The batch page reloaded: its words, its program and its worker's.
async function openBatchReady(page, lang) {
  await page.waitForSelector('#batch-file', { state: 'attached', timeout: 60000 });
  await inLanguage(page, lang);
  await page.waitForSelector('html[data-batch-worker="ready"]', { timeout: 60000 });
}
