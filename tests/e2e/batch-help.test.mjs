// The batch page explains itself, in Kazakh, Russian and English: its help (what it does, the
// files it reads, its limits, privacy, one person's several offences, every column with what it
// holds, the values it takes and an example, what the table of results says), reached from the
// keyboard and closed with the focus back; the notes at the table's headings, on a tap, a click or
// from the keyboard, and named to screen readers; and the template downloaded from the page, with
// its second sheet and its drop-down lists. The columns are checked against the template's second
// sheet and the documented tables (batch/COLUMNS.md), the help's example against the command-line
// tool, and every word against the locale files: nothing here is copied from the code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BATCH_DATA, LANGS, ROOT, useSite, axe, words, fill, amnestyCli, openBatch, openSpreadsheet,
  downloadFrom, writeCsv, xlsxSheets, xlsxRows,
} from './helpers.mjs';

const site = useSite();
const BAD_ROWS = join(BATCH_DATA, 'caseload-bad-rows-ru.csv');
const HEADINGS = ['what_heading', 'files_heading', 'limits_heading', 'privacy_heading', 'several_heading', 'columns_heading', 'results_heading'];
const TEXTS = ['what_text', 'file_workbook', 'file_csv', 'file_header', 'file_values', 'limits_intro', 'privacy_text', 'several_text', 'columns_intro', 'results_intro'];
/// The notes at the table's headings, in the order of the columns: each note's key, the heading's
/// words and its sort button (`data-sort`). Every column a newcomer may misread has one.
const NOTES = [
  ['rows', 'batch.results.rows', 'row'],
  ['outcome', 'batch.results.outcome', 'outcome'],
  ['status', 'batch.results.status', 'status'],
  ['release_on', 'batch.results.release_on', 'release'],
  ['freed', 'batch.results.freed', 'freed'],
  ['years_cut', 'batch.results.years_cut', 'yearscut'],
  ['after_verdict', 'batch.page.after_verdict', 'parole'],
];
/// The columns that take fixed values, and the locale group of their words
/// (batch/COLUMNS.md: "a drop-down list in each column that takes fixed values").
const LISTED = {
  stage: 'stage', context: 'context', category: 'category', exclusions: 'exclusion', recidivism: 'recidivism', punishment: 'punishment',
  conditional: null, institution: 'institution', custody_kind: 'custody_kind', offence_punishment: 'punishment',
};

const locale = (lang) => JSON.parse(readFileSync(join(ROOT, 'locales', `${lang}.json`), 'utf8'));

/// A note's text as the page fills it: the marks named as the result names them.
function noteText(lang, key) {
  const w = words(lang);
  return fill(w(`batch.notes.${key}`), { verified: w('status.verified'), reported: w('status.reported'), open: w('status.open') });
}

/// The documented columns of a language (batch/COLUMNS.md, between `guide:LANG` marks): each
/// row's header, key, meaning, values and example.
function documentedColumns(lang) {
  const text = readFileSync(join(ROOT, 'batch', 'COLUMNS.md'), 'utf8');
  const table = text.split(`<!-- guide:${lang} -->`)[1].split(`<!-- /guide:${lang} -->`)[0];
  return table.trim().split('\n').slice(2).map((line) => {
    const [column, meaning, values, example] = line.slice(2, -2).split(' | ');
    const [, header, key] = column.match(/^(.*) \(`(\w+)`\)$/);
    return { header, key, meaning, values, example };
  });
}

/// Tabs from the top of the page until the help button has the focus: how many presses.
async function tabToHelp(page) {
  for (let i = 1; i <= 12; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.id === 'help-open')) return i;
  }
  assert.fail('the help button is not among the first 12 stops of the keyboard');
}

/// The template's drop-down lists: for each, the header of its column and the values its list
/// holds (read from the range of the second sheet it names).
function dropDowns(parts, guideSheet) {
  const header = xlsxRows(parts, 'sheet1')[0];
  const guide = xlsxRows(parts, 'sheet2');
  const index = (letters) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  const sheet1 = parts['xl/worksheets/sheet1.xml'];
  return [...sheet1.matchAll(/<dataValidation ([^>]*)>\s*<formula1>([^<]*)<\/formula1>/g)].map(([, attributes, formula]) => {
    assert.match(attributes, /type="list"/);
    const [, column] = attributes.match(/sqref="([A-Z]+)2:\1\d+"/);
    const [, sheet, from, first, to, last] = formula.match(/^'?([^'!]+)'?!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/);
    assert.equal(sheet, guideSheet, formula);
    assert.equal(from, to);
    const values = guide.slice(Number(first) - 1, Number(last)).map((row) => row[index(from)]);
    return { header: header[index(column)], values };
  });
}

for (const lang of LANGS) {
  test(`the batch page's help in ${lang}: every part, every column as the template's second sheet says it, the example a real caseload`, { timeout: 180000 }, async () => {
    const w = words(lang);
    const { page } = await openBatch(site, lang);

    // The template from the page: its cases sheet, its second sheet, and the drop-down lists.
    const template = await downloadFrom(page, w('batch.page.template_xlsx'));
    const parts = xlsxSheets(template.bytes);
    const sheets = [...parts['xl/workbook.xml'].matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(sheets, [w('batch.sheet.cases'), w('batch.sheet.columns')]);
    const lists = dropDowns(parts, w('batch.sheet.columns'));
    assert.deepEqual(lists.map((l) => l.header).sort(), Object.keys(LISTED).map((k) => w(`batch.columns.${k}`)).sort());
    const words_ = locale(lang);
    for (const [key, group] of Object.entries(LISTED)) {
      const expected = group ? Object.values(words_[group]) : [w('app.yes'), w('app.no')];
      const list = lists.find((l) => l.header === w(`batch.columns.${key}`));
      assert.deepEqual([...list.values].sort(), [...expected].sort(), `the drop-down list of ${key}`);
    }

    // Reached from the keyboard, near the top; a modal dialog with the focus inside.
    const button = page.locator('#help-open');
    assert.equal((await button.textContent()).trim(), w('batch.help.open'));
    assert.ok(await tabToHelp(page) <= 8, 'the help button comes early');
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog#help');
    await dialog.locator('h3').first().waitFor();
    assert.equal(await page.evaluate(() => document.querySelector('dialog#help').matches(':modal')), true);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'help-close');
    assert.equal((await page.locator('#help-title').textContent()).trim(), w('batch.help.title'));

    // Every part in the reader's words.
    assert.deepEqual(await dialog.locator('h3').allTextContents(), HEADINGS.map((k) => w(`batch.help.${k}`)));
    const shown = await dialog.locator('.help-body').textContent();
    for (const key of TEXTS) assert.ok(shown.includes(w(`batch.help.${key}`)), `${key} in the help`);
    const limits = await dialog.locator('#help-limits ~ ul').first().locator('li').allTextContents();
    assert.equal(limits.length, 4);
    for (const line of limits) assert.doesNotMatch(line, /[{}]/, line);

    // Every column: as the template's second sheet says it, and as batch/COLUMNS.md documents it.
    const table = dialog.locator('table.help-columns');
    const head = await table.locator('thead th').allTextContents();
    const guide = xlsxRows(parts, 'sheet2');
    assert.deepEqual(head, guide[0].slice(0, 4));
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => ({
      header: tr.querySelector('th').firstChild.textContent,
      key: tr.querySelector('th code').textContent,
      cells: [...tr.querySelectorAll('td')].map((td) => td.textContent),
    })));
    assert.deepEqual(rows.map((r) => [r.header, ...r.cells]), guide.slice(1).map((row) => row.slice(0, 4)));
    assert.deepEqual(rows.map((r) => ({ header: r.header, key: r.key, meaning: r.cells[0], values: r.cells[1], example: r.cells[2] })),
      documentedColumns(lang));

    // The example of one person's two offences is a caseload the tool reads as one case of two
    // rows, without an error.
    const example = await dialog.locator('table.help-example').evaluate((t) => [...t.rows].map((r) => [...r.cells].map((c) => c.textContent)));
    assert.equal(example.length, 3, 'a header and two rows');
    const dir = mkdtempSync(join(tmpdir(), 'amnesty-help-'));
    try {
      const file = join(dir, 'example.csv');
      writeFileSync(file, writeCsv(example, ';'));
      const read = JSON.parse(amnestyCli(['batch', file, '--lang', lang, '--json']).toString('utf8'));
      assert.equal(read.cases.length, 1, 'one person');
      assert.deepEqual(read.cases[0].rows, [2, 3]);
      assert.deepEqual(read.cases[0].errors, []);
      assert.equal(read.cases[0].case_file.offences.length, 2, 'two offences');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    // What the table of results says, as its headings' notes say it.
    const notes = await dialog.locator('.help-notes div').evaluateAll((ds) => ds.map((d) => [d.querySelector('dt').textContent, d.querySelector('dd').textContent]));
    assert.deepEqual(notes, NOTES.map(([k, column]) => [w(column), noteText(lang, k)]));

    await axe(page, `the batch page's help in ${lang}`);
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => document.querySelector('dialog#help').open), false);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'help-open', 'the focus is back on the help button');
  });

  test(`the table's headings explain themselves in ${lang}: a "?" opens the note, and a screen reader hears it`, { timeout: 120000 }, async () => {
    const w = words(lang);
    const { page } = await openBatch(site, lang);
    await openSpreadsheet(page, BAD_ROWS);
    for (const [key, column, sortKey] of NOTES) {
      const header = page.locator('.cases-table thead th').filter({ has: page.locator(`button.sort[data-sort="${sortKey}"]`) });
      const sort = header.locator('button.sort');
      assert.equal((await sort.textContent()).replace(/[▲▼]/g, '').trim(), w(column));
      const note = header.locator('button.note-button');
      const id = await sort.getAttribute('aria-describedby');
      assert.ok(id, `${key}: the sort button is described by its note`);
      assert.equal(await note.getAttribute('popovertarget'), id);
      assert.equal(await note.getAttribute('aria-label'), fill(w('batch.notes.what'), { column: w(column) }));
      // A screen reader hears the note with the heading's button, the note closed or open.
      const description = () => page.evaluate((i) => document.getElementById(i).textContent, id);
      assert.equal(await description(), noteText(lang, key));
      assert.equal(await page.locator(`#${id}`).isVisible(), false);
      await note.click();
      await page.locator(`#${id}`).waitFor({ state: 'visible' });
      assert.equal(await page.locator(`#${id}`).textContent(), noteText(lang, key));
      if (key === 'status') await axe(page, `the batch page in ${lang} with a note open`);
      await page.keyboard.press('Escape');
      await page.locator(`#${id}`).waitFor({ state: 'hidden' });
    }
  });
}

test('on a phone, a tap on "?" shows the whole note on the screen, and a tap elsewhere closes it', { timeout: 120000 }, async () => {
  const { page } = await openBatch(site, 'kk', { viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });
  await openSpreadsheet(page, BAD_ROWS);
  // The wide table scrolls in its own box: the page stays as wide as the screen.
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360);
  const note = page.locator('#note-status');
  const button = page.locator('button[popovertarget="note-status"]');
  await button.scrollIntoViewIfNeeded();
  await button.tap();
  await note.waitFor({ state: 'visible' });
  const box = await note.boundingBox();
  assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= 360 && box.y + box.height <= 640, `the note fits the screen: ${JSON.stringify(box)}`);
  await page.touchscreen.tap(5, 5);
  await note.waitFor({ state: 'hidden' });
});
