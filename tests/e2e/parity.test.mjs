// The page decides every case of the legal case table exactly as the command-line tool does:
// the wasm engine gives the same decision JSON as the native one, and the published page, after
// importing each case file through the form, shows the same outcome, term and dates.
// The case files and native decisions are written by `cargo test --test legal_cases`. The JSON
// comparison runs in the engine-hook build (scripts/build-engine-hook.sh): the same page built the
// same way, plus the JSON entry point the published page leaves out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, launch, startServer, openPage, assertOnlyOwnOrigin, result } from './helpers.mjs';

const CASES = join(ROOT, 'target', 'legal-cases');
const HOOK_DIST = process.env.AMNESTY_HOOK_DIST ?? join(ROOT, 'target', 'dist-engine-hook');
let browser, site, session, hookSite, hookSession, cases;

before(async () => {
  const names = (await readdir(CASES)).filter((n) => n.endsWith('.json') && !n.endsWith('.decision.json')).sort();
  cases = await Promise.all(names.map(async (name) => ({
    id: name.replace(/\.json$/, ''),
    file: await readFile(join(CASES, name), 'utf8'),
    native: JSON.parse(await readFile(join(CASES, name.replace(/\.json$/, '.decision.json')), 'utf8')),
  })));
  browser = await launch();
  site = await startServer();
  session = await openPage(browser, site.url);
  hookSite = await startServer(HOOK_DIST);
  hookSession = await openPage(browser, hookSite.url);
});
after(async () => {
  if (session) assertOnlyOwnOrigin(session.requests, site.origin);
  if (hookSession) assertOnlyOwnOrigin(hookSession.requests, hookSite.origin);
  await browser?.close();
  site?.server.close();
  hookSite?.server.close();
});

test('the legal case table is all there', () => {
  assert.ok(cases.length >= 80, `${cases.length} cases; run cargo test first`);
});

test('the published page carries no test entry point', async () => {
  const exported = await session.page.evaluate(() => Object.keys(window.wasmBindings));
  assert.ok(!exported.includes('decide_case_file'), exported.join(', '));
  const hook = await hookSession.page.evaluate(() => Object.keys(window.wasmBindings));
  assert.ok(hook.includes('decide_case_file'), 'the engine-hook build exports it');
});

test('the wasm engine gives the same decision JSON as the native one, for every case', async () => {
  for (const c of cases) {
    const asOf = JSON.parse(c.file).as_of;
    const wasm = await hookSession.page.evaluate(([json, today]) => window.wasmBindings.decide_case_file(json, today), [c.file, asOf]);
    assert.deepEqual(JSON.parse(wasm), c.native, c.id);
  }
});

test('the page shows the same outcome, term and dates as the command-line tool, for every case', async () => {
  const { page } = session;
  const term = (t) => (t ? `${t.years}y${t.months}m${t.days}d` : '');
  for (const c of cases) {
    await page.setInputFiles('#import-file', { name: `${c.id}.json`, mimeType: 'application/json', buffer: Buffer.from(c.file) });
    await page.locator(`.headline[data-outcome="${c.native.outcome}"]`).waitFor({ timeout: 5000 });
    const shown = await result(page);
    assert.deepEqual(
      [shown.outcome, shown.newTerm, shown.newEnd, shown.releaseOn, shown.readings],
      [c.native.outcome, term(c.native.new_term), c.native.new_end ?? '', c.native.release_on ?? '', c.native.readings.length],
      c.id,
    );
    assert.equal(await page.locator('.steps > li').count(), c.native.steps.length, `${c.id} steps`);
  }
});
