// Each offence's own punishment typed in the form (issue 15 part 6): asked in an offence's row only
// when there are two or more, of the sentence's kind, with the sentence's own fields; the result
// then gives each offence's new term and the range of the new aggregate (CC Art. 58), word for word
// as the command-line tool writes them for the same case file; a figure that is not a number is
// named at its field and kept as typed; the own terms go into the saved file, the device's memory
// and back. In Kazakh, Russian and English, with no accessibility violation and nothing off the
// page's origin. The expected words come from the native tool, never from this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AS_OF, LANGS, useSite, axe, typeCase, result, expectedResult, native, words, amnestyCli,
} from './helpers.mjs';

const site = useSite();

/// A grave and an especially grave crime, each with its own term in the verdict, and the
/// aggregate the court set (OS-04 of the legal case table, its facts only).
const FILE = {
  as_of: AS_OF,
  stage: 'serving',
  offences: [
    { article: 272, part: 2, committed_on: '2022-01-05', context: 'riots', sentence: { punishment: 'imprisonment', years: 8 } },
    { article: 291, part: 4, committed_on: '2022-01-05', context: 'riots', sentence: { punishment: 'imprisonment', years: 12, months: 6 } },
  ],
  sentence: { punishment: 'imprisonment', years: 14, start: '2022-01-06' },
};

/// What the command-line tool says of the case in a language: each offence's own punishment and
/// what is left of it, and the new aggregate's range, as its explanation writes them.
function toolSays(lang) {
  const dir = mkdtempSync(join(tmpdir(), 'amnesty-own-'));
  try {
    const path = join(dir, 'case.json');
    writeFileSync(path, JSON.stringify(FILE));
    const lines = amnestyCli(['check', '--explain', '--lang', lang, path]).toString('utf8').split('\n');
    const w = words(lang);
    // The list of offences: the lines after its heading, up to the aggregate's.
    const heading = lines.indexOf(`${w('explain.offences')}:`);
    const listed = lines.slice(heading + 1, heading + 1 + FILE.offences.length);
    assert.ok(heading > 0 && listed.every((l) => l.startsWith(' - ')), listed.join('\n'));
    const own = listed.map((l) => l.slice(l.lastIndexOf('; ') + 2));
    const aggregate = lines.find((l) => l.startsWith(`${w('explain.aggregate')}: `));
    return { own, aggregate };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/// Types each offence's own term into its row.
async function typeOwnTerms(page, offences) {
  for (const [i, o] of offences.entries()) {
    for (const name of ['years', 'months', 'days']) {
      await page.fill(`#f-offences-${i}-sentence-${name}`, o.sentence[name] === undefined ? '' : String(o.sentence[name]));
    }
  }
}

for (const lang of LANGS) {
  test(`each offence's own term, typed in the form, gives its new term and the aggregate's range (${lang})`, { timeout: 240000 }, async () => {
    const w = words(lang);
    const page = await site.open(lang);
    const decision = native(FILE);
    assert.ok(decision.offences.every((o) => o.own_sentence?.new), 'each offence has a new term');
    assert.ok(decision.aggregate_range, 'the aggregate has a range');
    const { own, aggregate } = toolSays(lang);
    assert.equal(own.length, 2);
    assert.ok(aggregate);

    // One offence: nothing to combine, no field for its own term.
    assert.equal(await page.locator('fieldset.own-sentence').count(), 0);
    await typeCase(page, FILE);
    const rows = page.locator('fieldset.offence');
    for (const i of [0, 1]) {
      const fields = rows.nth(i).locator('fieldset.own-sentence');
      assert.equal(await fields.count(), 1, `offence ${i + 1} asks for its own term`);
      assert.equal((await fields.locator('legend').textContent()).trim(),
        `${w('app.own_sentence_legend')} ${w('punishment.imprisonment')}`);
      assert.deepEqual(await fields.locator('label').allTextContents(), ['years', 'months', 'days'].map((k) => w(`fields.${k}`)));
    }
    await typeOwnTerms(page, FILE.offences);

    // The result: as the rules decide the file, each offence's new term, and the range.
    assert.deepEqual(await result(page), expectedResult(decision, lang));
    const items = (await page.locator('.offences-result li[data-effect]').allTextContents()).map((t) => t.trim());
    for (const [i, said] of own.entries()) assert.ok(items[i].endsWith(said), `offence ${i + 1}: «${items[i]}» ends with «${said}»`);
    assert.equal((await page.locator('[data-aggregate-range]').textContent()).trim(), aggregate);
    await axe(page, `each offence's own term, in ${lang}`);

    // A figure that is not a number: named at its field, kept as typed, the result waits.
    const months = page.locator('#f-offences-1-sentence-months');
    await months.fill('шесть');
    assert.equal(await months.getAttribute('aria-invalid'), 'true');
    const message = (await page.locator('#f-offences-1-sentence-months-error').textContent()).trim();
    assert.ok(message.includes('шесть') && message.includes(w('fields.months')), message);
    assert.equal(await months.inputValue(), 'шесть');
    assert.equal(await page.locator('[data-aggregate-range]').count(), 0);
    await axe(page, `an own term that is not a number, in ${lang}`);
    await months.fill('6');
    assert.equal((await page.locator('[data-aggregate-range]').textContent()).trim(), aggregate);

    // Removing an offence hides the other's field, which keeps its figures for when one is added.
    if (lang === 'en') {
      await rows.nth(1).locator('button.remove').click();
      assert.equal(await page.locator('fieldset.own-sentence').count(), 0);
      await page.click('#undo-remove');
      assert.equal(await page.inputValue('#f-offences-1-sentence-years'), '12');
      assert.equal(await page.inputValue('#f-offences-0-sentence-years'), '8');
    }
  });
}

test('the own terms are saved in the file, remembered on the device and read back (English)', { timeout: 240000 }, async () => {
  const page = await site.open('en');
  await typeCase(page, FILE);
  await typeOwnTerms(page, FILE.offences);
  const before = await result(page);
  // Each offence's own, its absent figures as zeros (a saved file may write them or not).
  const owns = (file) => file.offences.map(({ sentence: s }) => s && ({
    punishment: s.punishment, years: s.years ?? 0, months: s.months ?? 0, days: s.days ?? 0,
  }));

  const button = page.getByRole('button', { name: words('en')('app.export'), exact: true });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.deepEqual(owns(saved), owns(FILE));

  await page.check('#remember');
  const kept = JSON.parse(await page.evaluate(() => localStorage.getItem(localStorage.key(0))));
  assert.deepEqual(owns(kept), owns(FILE));
  await page.reload();
  await page.waitForSelector('#result-heading');
  assert.equal(await page.inputValue('#f-offences-1-sentence-years'), '12');
  assert.equal(await page.inputValue('#f-offences-1-sentence-months'), '6');
  assert.deepEqual(await result(page), before);
  await page.uncheck('#remember');
  await site.close('own terms saved and remembered');

  // A visit with the case in the address (as the batch page links a row) shows them too.
  const { page: linked } = await site.visit(`?lang=en#case=${encodeURIComponent(JSON.stringify(FILE))}`);
  await linked.locator('.headline').waitFor();
  assert.equal(await linked.inputValue('#f-offences-0-sentence-years'), '8');
  assert.equal(await linked.inputValue('#f-offences-1-sentence-months'), '6');
  assert.deepEqual(await result(linked), before);
});
