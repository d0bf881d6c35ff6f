// The page as NGOs will host it: under any sub-path, offline after one visit, updated cleanly,
// as a single file opened from disk, and checkable against its published SHA-256 sums.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DIST, launch, startServer, openPage, assertOnlyOwnOrigin, fillOffence, fillSentence, setStage, result,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function computesACase(page) {
  await fillOffence(page, 0, { article: 106, part: 1, date: '2022-01-05', category: 'grave' });
  await fillSentence(page, { years: 8, start: '2022-01-06' });
  const r = await result(page);
  assert.equal(r.outcome, 'term_reduced');
  assert.equal(r.releaseOn, '2024-01-05');
}

for (const prefix of ['/', '/amnesty/', '/a/b/c/']) {
  test(`the same dist/ works unchanged under ${prefix}`, async () => {
    const site = await startServer(DIST, prefix);
    try {
      const { context, page, requests, errors } = await openPage(browser, site.url);
      await computesACase(page);
      assert.ok(requests.length >= 4);
      assert.ok(requests.every((u) => u.startsWith(site.url) || /^(data|blob):/.test(u)), `all under ${prefix}: ${requests}`);
      assert.deepEqual(errors, []);
      await context.close();
    } finally {
      site.server.close();
    }
  });
}

async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15000 });
}

test('after one visit the page reloads and computes with the network off, caching nothing else', async () => {
  const site = await startServer(DIST, '/offline/');
  try {
    const { context, page, requests } = await openPage(browser, site.url);
    await controlled(page);
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names[0]);
      return { names, urls: (await cache.keys()).map((r) => new URL(r.url).pathname) };
    });
    assert.equal(cached.names.length, 1);
    assert.match(cached.names[0], /^amnesty-[0-9a-f]{16}$/);
    for (const url of cached.urls) assert.match(url, /^\/offline\/(index\.html|amnesty-web-[0-9a-f]+(\.js|_bg\.wasm)|main-[0-9a-f]+\.css)?$/);
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('#result-heading');
    await computesACase(page);
    await context.setOffline(false);
    assertOnlyOwnOrigin(requests, site.origin);
    await context.close();
  } finally {
    site.server.close();
  }
});

test('a newly published version installs in the background; the user is told and keeps what they typed', async () => {
  const copy = mkdtempSync(join(tmpdir(), 'amnesty-site-'));
  cpSync(DIST, copy, { recursive: true });
  const site = await startServer(copy, '/');
  try {
    const { context, page } = await openPage(browser, site.url);
    await controlled(page);
    await setStage(page, 'trial');
    await fillOffence(page, 0, { article: 188, part: 2, date: '2022-01-05', category: 'medium' });
    // Publish a new version: any change to the cached files changes the worker's version.
    const worker = readFileSync(join(copy, 'sw.js'), 'utf8');
    writeFileSync(join(copy, 'sw.js'), worker.replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = 'ffff$1'"));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.locator('.update-notice', { hasText: 'A new version of the calculator has been downloaded' }).waitFor({ timeout: 15000 });
    assert.equal(await page.locator('#f-offences-0-article').inputValue(), '188', 'what was typed is untouched');
    assert.equal((await result(page)).outcome, 'release_from_liability');
    // Once the old page is closed, the next visit runs the new version, and only its cache is kept.
    await page.close();
    const next = await context.newPage();
    await next.goto(site.url);
    await next.waitForSelector('#result-heading');
    await next.waitForFunction(() => caches.keys().then((k) => k.length === 1 && k[0].startsWith('amnesty-ffff')), null, { timeout: 15000 });
    await context.close();
  } finally {
    site.server.close();
  }
});

test('the one-file edition computes a result from file:// and makes no request at all', async () => {
  const file = pathToFileURL(join(DIST, 'amnesty-calculator.html')).href;
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(file);
  await page.waitForSelector('#result-heading');
  assert.equal(await page.locator('.site-header h1').textContent(), 'Калькулятор амнистии');
  await computesACase(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /^default-src 'none'; script-src 'wasm-unsafe-eval' 'sha256-/);
  assert.doesNotMatch(csp, /'self'|https?:|\*/);
  assert.deepEqual(requests, [file], 'the file itself, and nothing else');
  assert.deepEqual(errors, []);
  await context.close();
});

test('SHA256SUMS lists every file of dist/ with its true hash, and the page pins its wasm by integrity', () => {
  const lines = readFileSync(join(DIST, 'SHA256SUMS'), 'utf8').trim().split('\n');
  const listed = new Map(lines.map((l) => l.split(/\s+/).reverse()));
  for (const [name, sum] of listed) {
    assert.equal(createHash('sha256').update(readFileSync(join(DIST, name))).digest('hex'), sum, name);
  }
  for (const name of ['index.html', 'sw.js', 'amnesty-calculator.html']) assert.ok(listed.has(name), name);
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const [, wasm, integrity] = html.match(/fetch\('\.\/([^']+)', \{ integrity: '([^']+)' \}\)/);
  const expected = 'sha384-' + createHash('sha384').update(readFileSync(join(DIST, wasm))).digest('base64');
  assert.equal(integrity, expected);
  assert.match(html, /<link rel="stylesheet" href="\.\/main-[0-9a-f]+\.css" integrity="sha384-/);
});
