// Hostile files in the browser, in Kazakh, Russian and English: a workbook whose one shared
// string unpacks to 600 MB, the same one lying about its size, an `.ods` whose cells repeat a
// million times, a cell of 10 MB, a row too many and a file a byte too large — made by
// amnesty-batch's own test helpers (its example `hostile`) and given to the page's worker. Each
// is refused with the command-line tool's own message, short; the results shown before stay,
// the page is not left busy, the tab lives on and reads the next file. The limits the help states
// are the ones the messages name.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BATCH_DATA, LANGS, useSite, words, fill, amnestyRefusal, openBatch, openSpreadsheet,
  writeHostileFiles,
} from './helpers.mjs';

/// Each hostile file, with the message it is refused with and the limit of the help it meets.
const HOSTILE = [
  { name: 'shared-string-bomb.xlsx', message: 'part_too_large', limit: ['limit_unpacked', 'part_mb', 'max_mb'] },
  { name: 'lying-bomb.xlsx', message: 'broken_workbook' },
  { name: 'repeat-bomb.ods', message: 'unpacked_too_large', limit: ['limit_unpacked', 'total_mb', 'max_mb'] },
  { name: 'long-cell.csv', message: 'cell_too_long', limit: ['limit_cell', 'chars', 'max'] },
  { name: 'too-many-rows.csv', message: 'too_many_rows', limit: ['limit_rows', 'rows', 'max'] },
  { name: 'too-large.csv', message: 'too_large', limit: ['limit_file', 'mb', 'max_mb'] },
];
const GOOD = 'caseload-en-utf8.csv';
const NEXT = 'caseload-keys-tab.csv';

let dir;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'amnesty-hostile-'));
  writeHostileFiles(dir);
});
after(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });
const site = useSite();

/// The values a text of the locale files was filled with, by placeholder: the template read
/// back from the text it made.
function filledWith(template, text) {
  const names = [];
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{(\w+)\\?\}/g, (_, name) => {
    names.push(name);
    return '(.+?)';
  });
  const found = text.match(new RegExp(`^${pattern}$`, 's'));
  assert.ok(found, `«${text}» is «${template}» filled`);
  return Object.fromEntries(names.map((n, i) => [n, found[i + 1]]));
}

/// A figure as a number, whatever its digits are grouped with.
const figure = (text) => Number(text.replace(/[\s\u00a0\u202f,]/g, ''));

for (const lang of LANGS) {
  test(`hostile files in ${lang}: refused with the tool's short message, nothing lost, the tab alive`, { timeout: 300000 }, async () => {
    const w = words(lang);
    const { page } = await openBatch(site, lang);
    await openSpreadsheet(page, join(BATCH_DATA, GOOD));
    const cases = await page.locator('.results').getAttribute('data-cases');
    const heading = await page.locator('#results-heading').textContent();
    const busy = () => page.locator('.progress').getAttribute('data-busy');

    const limits = {};
    for (const file of HOSTILE) {
      const path = join(dir, file.name);
      const reason = amnestyRefusal(path, lang);
      await page.setInputFiles('#batch-file', path);
      await page.waitForFunction(
        (n) => document.querySelector('.batch-notice')?.textContent.includes(n)
          && document.querySelector('.progress')?.dataset.busy === 'false',
        file.name,
        { timeout: 120000 },
      );
      const said = await page.locator('.batch-notice').textContent();
      const expected = `${fill(w('batch.page.file_failed'), { file: file.name, reason })} ${fill(w('batch.page.still_shown'), { file: GOOD })}`;
      assert.equal(said, expected, file.name);
      assert.ok(said.length < 800, `${file.name}: a short message (${said.length} characters)`);
      // The message is the one its kind of refusal words.
      const values = filledWith(w(`batch.file.${file.message}`), reason);
      if (file.limit) {
        const [, , placeholder] = file.limit;
        limits[file.name] = figure(values[placeholder]);
      }
      // Nothing lost: the results before, the page not busy.
      assert.equal(await page.locator('.results').getAttribute('data-cases'), cases, file.name);
      assert.equal(await page.locator('#results-heading').textContent(), heading);
      assert.equal(await busy(), 'false');
      assert.equal(await page.locator('.progress progress').count(), 0, 'no progress bar left');
    }

    // The tab and its worker live on: the next file is read and decided.
    await openSpreadsheet(page, join(BATCH_DATA, NEXT));
    assert.equal(await page.locator('.batch-notice').textContent(), '');
    assert.ok((await page.locator('#results-heading').textContent()).includes(NEXT));

    // The help states the limits the reader enforces.
    await page.click('#help-open');
    const lines = await page.locator('#help-limits ~ ul').first().locator('li').allTextContents();
    const stated = {};
    for (const [key, line] of [['limit_file', lines[0]], ['limit_rows', lines[1]], ['limit_unpacked', lines[2]], ['limit_cell', lines[3]]]) {
      for (const [name, value] of Object.entries(filledWith(w(`batch.help.${key}`), line))) stated[`${key}.${name}`] = figure(value);
    }
    for (const file of HOSTILE.filter((f) => f.limit)) {
      const [key, name] = file.limit;
      assert.equal(stated[`${key}.${name}`], limits[file.name], `the help's ${key} (${name}) is the limit ${file.name} meets`);
    }
  });
}
