// The page as NGOs will host it: under any sub-path, offline after one visit, updated cleanly,
// beside the rest of an NGO's site without taking it over, removable, as a single file opened
// from disk, and checkable against its published SHA-256 sums.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DIST, AS_OF, LANGS, useBrowser, startServer, openPage, assertOnlyOwnOrigin, fillOffence, setStage, setLanguage,
  typeCase, result, expectedResult, native, words,
} from './helpers.mjs';

/// Each test serves the pages its own way.
const chrome = useBrowser();

/// CC Art. 272 part 2, 8 years' imprisonment from 6 January 2022, while serving.
const CASE = {
  as_of: AS_OF, stage: 'serving', offences: [{ article: 272, part: 2, committed_on: '2022-01-05', context: 'riots' }],
  sentence: { punishment: 'imprisonment', years: 8, start: '2022-01-06' },
};
let decision;

/// The page computes the case as the native rules do: cut to 2 years, release on 5 January 2024.
async function computesACase(page) {
  decision ??= native(CASE);
  const lang = await page.evaluate(() => document.documentElement.lang);
  await typeCase(page, CASE);
  const r = await result(page);
  assert.deepEqual(r, expectedResult(decision, lang));
  assert.deepEqual([r.outcome, r.newTerm, r.releaseOn], ['term_reduced', '2y0m0d', '2024-01-05']);
}

/// The page's language switched to each of the others, with its words at hand (from the cache
/// when offline).
async function everyLanguageLoads(page) {
  for (const lang of [...LANGS, 'en']) {
    await setLanguage(page, lang);
    assert.equal((await page.locator('.site-header h1').textContent()).trim(), words(lang)('app.title'));
    assert.equal((await result(page)).text, words(lang)(`outcome.${decision.outcome}`));
  }
}

for (const prefix of ['/', '/amnesty/', '/a/b/c/']) {
  test(`the same dist/ works unchanged under ${prefix}`, async () => {
    const site = await startServer(DIST, prefix);
    try {
      const { context, page, requests, errors } = await openPage(chrome.browser, site.url);
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

/// Waits until `check`, run in the page, resolves to true. (`waitForFunction` takes a returned
/// promise itself for a true value, so it cannot wait on `caches` or the registrations.)
async function until(page, check, timeout = 15000) {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(check))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${check}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

test('after one visit the page reloads and computes with the network off, caching nothing else', async () => {
  const site = await startServer(DIST, '/offline/');
  try {
    const { context, page, requests } = await openPage(chrome.browser, site.url);
    await controlled(page);
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names[0]);
      return { names, urls: (await cache.keys()).map((r) => new URL(r.url).pathname) };
    });
    assert.equal(cached.names.length, 1);
    assert.match(cached.names[0], /^amnesty-[0-9a-f]{16}$/);
    for (const url of cached.urls) assert.match(url, /^\/offline\/(index\.html|amnesty-web-[0-9a-f]+(\.js|_bg\.wasm)|[a-z]+-[0-9a-f]+\.css|words-(help-)?(kk|ru|en)-[0-9a-f]+\.txt)?$/);
    const cachedWords = cached.urls.map((u) => u.match(/words-([a-z]{2})-/)?.[1]).filter(Boolean).sort();
    assert.deepEqual(cachedWords, ['en', 'kk', 'ru'], 'every language is kept, to switch offline');
    const loaded = [...new Set(requests.filter((u) => u.startsWith(site.origin)).map((u) => new URL(u).pathname))];
    assert.deepEqual(loaded.filter((path) => !cached.urls.includes(path)), [], 'every file the page loaded is kept for offline use');
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('#result-heading');
    const unstyled = await page.evaluate(() => [...document.querySelectorAll('link[rel="stylesheet"]')].filter((l) => !l.sheet).map((l) => l.href));
    assert.deepEqual(unstyled, [], 'every stylesheet loads offline');
    await computesACase(page);
    await everyLanguageLoads(page);
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
    const { context, page } = await openPage(chrome.browser, site.url);
    await controlled(page);
    await setStage(page, 'trial');
    await fillOffence(page, 0, { article: 188, part: 2, date: '2022-01-05' });
    // Publish a new version: any change to the cached files changes the worker's version.
    const worker = readFileSync(join(copy, 'sw.js'), 'utf8');
    writeFileSync(join(copy, 'sw.js'), worker.replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = 'ffff$1'"));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.locator('.update-notice', { hasText: words('en')('app.update_ready') }).waitFor({ timeout: 15000 });
    assert.equal(await page.locator('#f-offences-0-article').inputValue(), '188', 'what was typed is untouched');
    assert.equal((await result(page)).outcome, 'release_from_liability');
    // Once the old page is closed, the next visit runs the new version, and only its cache is kept.
    await page.close();
    const next = await context.newPage();
    await next.goto(site.url);
    await next.waitForSelector('#result-heading');
    await until(next, () => caches.keys().then((k) => k.length === 1 && k[0].startsWith('amnesty-ffff')));
    await context.close();
  } finally {
    site.server.close();
  }
});

/// A copy of dist/ at the root of an NGO's site, beside the site's own pages.
function ngoSite() {
  const root = mkdtempSync(join(tmpdir(), 'amnesty-ngo-'));
  cpSync(DIST, root, { recursive: true });
  writeFileSync(join(root, 'news.html'), '<!doctype html><title>News</title><h1 id="ngo">NGO news</h1>');
  mkdirSync(join(root, 'blog'));
  writeFileSync(join(root, 'blog', 'index.html'), '<!doctype html><title>Blog</title><h1 id="ngo">NGO blog</h1>');
  return root;
}

/// The site's own page at `path`, fetched from the network and not answered by the worker.
async function sitePage(page, origin, path, heading) {
  const response = await page.goto(origin + path);
  assert.equal(response.status(), 200, path);
  assert.equal(response.fromServiceWorker(), false, `${path} is not answered by the worker`);
  assert.equal(await page.locator('h1#ngo').textContent(), heading, path);
  assert.equal(await page.locator('#result-heading').count(), 0, `${path} does not show the calculator`);
}

test('at the root of a site the worker answers only for the calculator: the site keeps its pages and its 404s, online and offline', async () => {
  const site = await startServer(ngoSite(), '/');
  try {
    const { context, page, requests } = await openPage(chrome.browser, site.url);
    await controlled(page);
    await sitePage(page, site.origin, '/news.html', 'NGO news');
    await sitePage(page, site.origin, '/blog/', 'NGO blog');
    await sitePage(page, site.origin, '/blog/index.html', 'NGO blog');
    const missing = await page.goto(`${site.origin}/nope.html`);
    assert.equal(missing.status(), 404, 'an unknown address is a 404');
    assert.equal(missing.fromServiceWorker(), false);
    // Nor does it answer other methods, even for its own files.
    const [head] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'HEAD'),
      page.evaluate(() => fetch('/index.html', { method: 'HEAD' })),
    ]);
    assert.equal(head.fromServiceWorker(), false, 'HEAD goes to the network');
    // The calculator's own addresses still come from its cache.
    for (const path of ['/', '/index.html', '/?lang=ru']) {
      assert.equal((await page.goto(site.origin + path)).fromServiceWorker(), true, path);
    }

    await context.setOffline(true);
    for (const path of ['/', '/index.html', '/index.html?lang=ru']) {
      await page.goto(site.origin + path);
      await page.waitForSelector('#result-heading');
    }
    await computesACase(page);
    for (const path of ['/news.html', '/blog/', '/nope.html']) {
      // A network error, as with no worker at all: not the calculator in the site's place.
      await assert.rejects(page.goto(site.origin + path), /ERR_INTERNET_DISCONNECTED/, path);
    }
    await context.setOffline(false);
    assertOnlyOwnOrigin(requests, site.origin);
    await context.close();
  } finally {
    site.server.close();
  }
});

// The fetch handler of the builds before issue 9, which answered every navigation in its folder
// with the calculator: a site that published one must be able to remove it too.
const GREEDY_FETCH = `self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) =>
      (await cache.match(request, { ignoreSearch: true }))
      ?? (request.mode === 'navigate' ? await cache.match('./') : undefined)
      ?? fetch(request)),
  );
});
`;

for (const [label, worker] of [
  ["this build's worker", (text) => text],
  ['the greedy worker of earlier builds', (text) => text.replace(/self\.addEventListener\('fetch'[\s\S]*$/, GREEDY_FETCH)],
]) {
  test(`publishing sw-remove.js as sw.js removes ${label} and its cache, even with the calculator open`, async () => {
    const root = ngoSite();
    writeFileSync(join(root, 'sw.js'), worker(readFileSync(join(root, 'sw.js'), 'utf8')));
    const site = await startServer(root, '/');
    try {
      const { context, page } = await openPage(chrome.browser, site.url);
      await controlled(page);
      assert.equal((await page.goto(site.url)).fromServiceWorker(), true, 'the calculator comes from the cache');
      await page.waitForSelector('#result-heading');
      // The NGO takes the calculator down: its files go, the removal worker takes the worker's name.
      for (const name of readdirSync(DIST)) if (name !== 'sw-remove.js') rmSync(join(root, name), { recursive: true, force: true });
      renameSync(join(root, 'sw-remove.js'), join(root, 'sw.js'));
      // Any visit to a page of the site makes the browser look for a newer sw.js.
      const visitor = await context.newPage();
      await visitor.goto(`${site.origin}/news.html`);
      await until(visitor, async () => (await navigator.serviceWorker.getRegistrations()).length === 0
        && (await caches.keys()).length === 0);
      await sitePage(visitor, site.origin, '/news.html', 'NGO news');
      const gone = await visitor.goto(site.url);
      assert.equal(gone.status(), 404, 'the calculator is gone');
      assert.equal(gone.fromServiceWorker(), false);
      await context.close();
    } finally {
      site.server.close();
    }
  });
}

test('the one-file edition computes a result from file:// and makes no request at all', async () => {
  const file = pathToFileURL(join(DIST, 'amnesty-calculator.html')).href;
  const context = await chrome.browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(file);
  await page.waitForSelector('#result-heading');
  await page.waitForFunction(() => document.documentElement.lang === 'ru');
  assert.equal(await page.locator('.site-header h1').textContent(), words('ru')('app.title'));
  await computesACase(page);
  await everyLanguageLoads(page);
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
  for (const name of ['index.html', 'sw.js', 'sw-remove.js', 'amnesty-calculator.html']) assert.ok(listed.has(name), name);
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const [, wasm, integrity] = html.match(/fetch\('\.\/([^']+)', \{ integrity: '([^']+)' \}\)/);
  const expected = 'sha384-' + createHash('sha384').update(readFileSync(join(DIST, wasm))).digest('base64');
  assert.equal(integrity, expected);
  assert.match(html, /<link rel="stylesheet" href="\.\/main-[0-9a-f]+\.css" integrity="sha384-/);
});
