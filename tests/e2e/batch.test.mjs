// The batch page (dist/batch/): the browser and the command-line tool give the same results for
// the same files — workbooks (.xlsx and .ods), CSV in UTF-8 with and without a byte-order mark and in Windows-1251,
// delimited by commas, semicolons and tabs, files with bad rows — byte for byte in the exported
// CSV, cell for cell in the exported workbook, and case for case in the page's table. The
// expected results always come from `amnesty batch` run natively on the same file, never from
// this file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import {
  BATCH_DATA as DATA, useSite, words, fill, amnestyCli, openBatch, openSpreadsheet,
  downloadFrom, parseCsv, writeCsv, toWindows1251, xlsxSheets, batchTableCases,
} from './helpers.mjs';

let scratch;
before(() => { scratch = mkdtempSync(join(tmpdir(), 'amnesty-batch-')); });
after(() => { if (scratch) rmSync(scratch, { recursive: true, force: true }); });
const site = useSite();
const sessions = {};

/// The batch page in a language, one for every test of the file.
async function session(lang) {
  sessions[lang] ??= await openBatch(site, lang, {}, { keep: true });
  return sessions[lang];
}

/// The same caseload in every encoding and with every delimiter, made here from the Russian file
/// with bad rows (the CSV is parsed and written again, quoting what the new delimiter needs).
function variants() {
  const source = readFileSync(join(DATA, 'caseload-bad-rows-ru.csv'), 'utf8').replace(/^\uFEFF/, '');
  const rows = parseCsv(source, ';');
  const made = [];
  for (const [delimiter, label] of [[',', 'comma'], [';', 'semicolon'], ['\t', 'tab']]) {
    const text = writeCsv(rows, delimiter);
    for (const encoding of ['utf8', 'utf8-bom', 'windows-1251']) {
      const bytes = encoding === 'utf8' ? Buffer.from(text, 'utf8')
        : encoding === 'utf8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])
          : toWindows1251(text);
      const path = join(scratch, `bad-rows-ru-${encoding}-${label}.csv`);
      writeFileSync(path, bytes);
      made.push({ path, lang: 'ru', encoding, delimiter });
    }
  }
  return made;
}

/// Every file of the parity check, with the language to read it in.
function files() {
  const template = join(scratch, 'template-kk.xlsx');
  writeFileSync(template, amnestyCli(['template', 'xlsx', '--lang', 'kk']));
  return [
    { path: join(DATA, 'caseload-ru.xlsx'), lang: 'ru' },
    { path: join(DATA, 'caseload-ru-libreoffice.ods'), lang: 'ru' },
    { path: template, lang: 'kk' },
    { path: join(DATA, 'caseload-en-utf8.csv'), lang: 'en' },
    { path: join(DATA, 'caseload-kk-utf8-bom-semicolon.csv'), lang: 'kk' },
    { path: join(DATA, 'caseload-ru-windows-1251-semicolon.csv'), lang: 'ru' },
    { path: join(DATA, 'caseload-keys-tab.csv'), lang: 'en' },
    { path: join(DATA, 'caseload-bad-rows-ru.csv'), lang: 'en' },
    ...variants(),
  ];
}

test('the fixtures are what they claim: both encodings, every delimiter, bad rows', () => {
  const made = variants();
  const bytes = (v) => readFileSync(v.path);
  const cp1251 = made.filter((v) => v.encoding === 'windows-1251');
  assert.equal(cp1251.length, 3);
  for (const v of cp1251) {
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes(v)), 'not UTF-8');
    assert.match(new TextDecoder('windows-1251').decode(bytes(v)), /Дело/);
  }
  for (const v of made.filter((v) => v.encoding === 'utf8-bom')) assert.deepEqual([...bytes(v).subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  for (const v of made) {
    const header = new TextDecoder(v.encoding === 'windows-1251' ? 'windows-1251' : 'utf-8').decode(bytes(v)).split('\n')[0];
    assert.equal(header.split(v.delimiter).length, 14, `${basename(v.path)} is ${JSON.stringify(v.delimiter)}-delimited`);
  }
  // The native tool finds bad rows in them and still reads the file (exit 0).
  const results = parseCsv(amnestyCli(['batch', made[0].path, '--lang', 'en']).toString('utf8').replace(/^\uFEFF/, ''), ',');
  const errors = results[0].indexOf(words('en')('batch.results.errors'));
  assert.ok(errors > 0, results[0].join());
  assert.ok(results.slice(1).filter((r) => r[errors]).length >= 3, 'rows with errors');
});

test('the browser and the command line give identical results for the same files', { timeout: 600000 }, async () => {
  for (const file of files()) {
    const name = basename(file.path);
    const { page } = await session(file.lang);
    const today = await openSpreadsheet(page, file.path);
    const expected = amnestyCli(['batch', file.path, '--lang', file.lang, '--as-of', today]);
    const expectedJson = JSON.parse(amnestyCli(['batch', file.path, '--lang', file.lang, '--as-of', today, '--json']).toString('utf8'));

    // The exported CSV is byte for byte the tool's.
    const csv = await downloadFrom(page, words(file.lang)('batch.page.export_csv'));
    assert.ok(csv.bytes.equals(expected), `${name}: the page's CSV is the tool's\n${csv.bytes.toString('utf8').slice(0, 600)}\n---\n${expected.toString('utf8').slice(0, 600)}`);
    assert.match(csv.name, /\.csv$/);

    // The exported workbook holds the same cells as the tool's (its creation time differs).
    const xlsx = await downloadFrom(page, words(file.lang)('batch.page.export_xlsx'));
    const native = amnestyCli(['batch', file.path, '--lang', file.lang, '--as-of', today, '--xlsx']);
    const [ours, theirs] = [xlsxSheets(xlsx.bytes), xlsxSheets(native)];
    assert.ok(Object.keys(ours).length >= 2, `${name}: a workbook with its sheets`);
    assert.deepEqual(ours, theirs, `${name}: the page's workbook is the tool's`);

    // The table on the page: every case, in the file's order, with the tool's outcome.
    const shown = await batchTableCases(page);
    assert.deepEqual(shown, expectedJson.cases.map((c) => ({
      case: c.case, outcome: c.decision?.outcome ?? 'not_decided',
    })), `${name}: the page's table`);
    const figures = await page.locator('.results').evaluate((e) => Number(e.dataset.cases));
    assert.equal(figures, expectedJson.summary.cases);
  }
});

/// Every row of the page's table, every page of it: the text of each cell.
async function tableText(page) {
  const rows = [];
  for (;;) {
    rows.push(...await page.locator('.cases-table tbody tr').evaluateAll((trs) => trs.map((r) => [...r.cells].map((c) => c.textContent))));
    const next = page.locator('.pager button').last();
    if (await next.isDisabled()) return rows;
    await next.click();
  }
}

test('an .ods reads in the page as the .xlsx of the same caseload does, and says it is one', { timeout: 180000 }, async () => {
  const { page } = await session('ru');
  const w = words('ru');
  const read = {};
  for (const name of ['caseload-ru-libreoffice.xlsx', 'caseload-ru-libreoffice.ods']) {
    const path = join(DATA, name);
    const today = await openSpreadsheet(page, path);
    const native = JSON.parse(amnestyCli(['batch', path, '--lang', 'ru', '--as-of', today, '--json']).toString('utf8'));
    const source = native.source.format === 'ods' ? 'batch.summary.source_ods' : 'batch.summary.source_xlsx';
    assert.equal(await page.locator('.results > .source').first().textContent(),
      fill(w(source), { file: name, sheet: native.source.sheet, row: native.header_row }));
    read[name.split('.').pop()] = {
      table: await tableText(page),
      figures: await page.locator('.batch-figures').textContent(),
      format: native.source.format,
    };
  }
  assert.deepEqual([read.xlsx.format, read.ods.format], ['xlsx', 'ods']);
  assert.ok(read.ods.table.length >= 5, `${read.ods.table.length} cases`);
  assert.deepEqual(read.ods.table, read.xlsx.table, 'the same table');
  assert.equal(read.ods.figures, read.xlsx.figures, 'the same figures');
});
