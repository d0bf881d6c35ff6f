// The page decides every case of the legal case table exactly as the command-line tool does:
// the wasm engine gives the same decision JSON as the native one, and the published page, after
// importing each case file through the form, shows the same outcome, status, new term, hours,
// amount, dates, readings, steps and per-offence effects.
// The case files and native decisions are written by `cargo test -p amnesty-rules --test legal_cases`
// (target/legal-cases/). The JSON comparison runs in the engine-hook build
// (scripts/build-engine-hook.sh): the same program built the same way, plus the JSON entry point
// the published page leaves out. That build is not finished by `amnesty-dist` (it has no words
// files), so its page shows no form: only its entry point is used.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, LANGS, useSite, result, expectedResult, effects, legalCases, words } from './helpers.mjs';

const HOOK_DIST = process.env.AMNESTY_HOOK_DIST ?? join(ROOT, 'target', 'dist-engine-hook');
const site = useSite();
let sessions, hookSession, cases;

before(async () => {
  await site.ready;
  cases = legalCases();
  // The published page, once per language: the words differ, the figures may not.
  sessions = {};
  for (const lang of LANGS) {
    sessions[lang] = await site.visit(`?lang=${lang}`, {}, { keep: true });
    // "Start a new case?" is answered yes.
    sessions[lang].page.on('dialog', (d) => d.accept());
  }
  // Not finished by `amnesty-dist` (see above): its requests are checked, not what it logs.
  const hookSite = await site.serve(HOOK_DIST);
  hookSession = await site.visit(hookSite.url, {}, { ready: null, keep: true, errors: () => [] });
  await hookSession.page.waitForFunction(() => typeof window.wasmBindings?.decide_case_file === 'function', null, { timeout: 30000 });
});

test('the legal case table is all there', () => {
  assert.ok(cases.length >= 231, `${cases.length} cases; run cargo test -p amnesty-rules --test legal_cases first`);
  const outcomes = new Set(cases.map((c) => c.native.outcome));
  assert.equal(outcomes.size, 13, `every outcome: ${[...outcomes]}`);
});

test('the published page carries no test entry point', async () => {
  const exported = await sessions.en.page.evaluate(() => Object.keys(window.wasmBindings));
  assert.ok(!exported.includes('decide_case_file'), exported.join(', '));
  const hook = await hookSession.page.evaluate(() => Object.keys(window.wasmBindings));
  assert.ok(hook.includes('decide_case_file'), 'the engine-hook build exports it');
});

test('the wasm engine gives the same decision JSON as the native one, for every case', async () => {
  const mismatched = [];
  for (const c of cases) {
    const wasm = await hookSession.page.evaluate(([json, today]) => window.wasmBindings.decide_case_file(json, today), [c.text, c.file.as_of]);
    try {
      assert.deepEqual(JSON.parse(wasm), c.native);
    } catch (e) {
      mismatched.push(`${c.id}: ${e.message.slice(0, 400)}`);
    }
  }
  assert.deepEqual(mismatched, []);
});

test('the page shows the same figures, readings, steps and effects as the native rules, for every case, in kk, ru and en', async () => {
  const mismatched = [];
  for (const [n, c] of cases.entries()) {
    // Each case in one language, the three in turn; every case in every language would triple the time.
    const lang = LANGS[n % 3];
    const { page } = sessions[lang];
    // A new case first, so that no result is left from the case before.
    await page.getByRole('button', { name: words(lang)('app.new_case'), exact: true }).click();
    await page.locator('.headline').waitFor({ state: 'detached', timeout: 5000 });
    await page.setInputFiles('#import-file', { name: `${c.id}.json`, mimeType: 'application/json', buffer: Buffer.from(c.text) });
    await page.locator('.headline').waitFor({ timeout: 5000 });
    const shown = {
      ...(await result(page)),
      steps: await page.locator('.steps > li').count(),
      effects: c.native.offences.length > 1 ? await effects(page) : [],
      readingRows: await page.locator('.readings tbody tr').count(),
    };
    const expected = {
      ...expectedResult(c.native, lang),
      steps: c.native.steps.length,
      effects: c.native.offences.length > 1 ? c.native.offences.map((o) => o.effect) : [],
      readingRows: c.native.readings.length ? c.native.readings.length + (c.native.shown_reading.length ? 1 : 0) : 0,
    };
    try {
      assert.deepEqual(shown, expected);
    } catch (e) {
      mismatched.push(`${c.id} (${lang}): ${e.message.slice(0, 600)}`);
    }
  }
  assert.deepEqual(mismatched, []);
});
