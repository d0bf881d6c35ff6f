// Shared helpers for the browser tests: Debian's Chromium driven by playwright-core, the built
// dist/ served on 127.0.0.1, every request the page makes recorded and checked (`useSite`),
// axe-core audits, the words of the locale files (so that no test copies a translation), and the
// native rules' decisions (so that no test copies a figure the rules compute).
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { execFileSync, spawnSync } from 'node:child_process';
import { before, after, afterEach } from 'node:test';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import assert from 'node:assert/strict';
import { serve } from '../../tools/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '../..');
export const DIST = process.env.AMNESTY_DIST ?? join(ROOT, 'dist');
export const ARTIFACTS = join(here, 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/// How cargo runs the native tools, in the workspace: the one place that names their packages
/// and targets.
const CARGO_RUN = {
  cli: ['run', '-q', '--locked', '-p', 'amnesty-cli', '--'],
  caseload: ['run', '-q', '--locked', '-p', 'amnesty-batch', '--example', 'caseload', '--'],
  hostile: ['run', '-q', '--locked', '-p', 'amnesty-batch', '--example', 'hostile', '--'],
  decide: ['run', '-q', '--locked', '-p', 'amnesty-rules', '--example', 'decide'],
};

/// The date the journeys are calculated on, as in the legal case table.
export const AS_OF = '2023-03-01';
export const LANGS = ['kk', 'ru', 'en'];

/// Flags that keep headless Chromium quiet and unable to reach any host but this machine.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/// Serves `dir` under `prefix`; `served` lists every path the server was asked for, whoever asked
/// (the page or its service worker).
export async function startServer(dir = DIST, prefix = '/') {
  const server = await serve(dir, 0, prefix);
  const served = [];
  server.on('request', (req) => served.push(req.url));
  const { port } = server.address();
  return { server, served, origin: `http://127.0.0.1:${port}`, url: `http://127.0.0.1:${port}${prefix}` };
}

/// A fresh page in its own context, recording every request it makes. `ready` is what shows the
/// page is usable (the result panel appears once the reader's language is loaded).
export async function openPage(browser, url, options = {}, ready = '#result-heading') {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    acceptDownloads: true,
    ...options,
  });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/integrity/.test(m.text())) errors.push(m.text());
  });
  await page.goto(url);
  if (ready) await page.waitForSelector(ready);
  return { context, page, requests, errors };
}

/// Every request went to the page's own origin (or never left the page: data: and blob:).
export function assertOnlyOwnOrigin(requests, origin) {
  const outside = requests.filter((u) => !u.startsWith(origin + '/') && !/^(data|blob):/.test(u));
  assert.deepEqual(outside, [], `requests outside ${origin}`);
}

// ---- one test file's browser and site ----

/// Registers `setUp` as a `before` hook and returns a promise of its end, for a hook that needs
/// what it makes: node:test 20 starts a file's top-level `before` hooks at once, side by side.
function beforeTests(setUp) {
  let start;
  const ready = new Promise((resolve) => { start = resolve; }).then(setUp);
  ready.catch(() => {}); // the hook reports the failure; a hook that waits for it gets it too
  before(() => {
    start();
    return ready;
  });
  return ready;
}

/// Launches Chromium before the file's tests (after `first`) and closes it after them:
/// `chrome.browser`, once `chrome.ready`.
export function useBrowser(first = async () => {}) {
  const chrome = {};
  chrome.ready = beforeTests(async () => {
    await first();
    chrome.browser = await launch();
  });
  after(async () => { await chrome.browser?.close(); });
  return chrome;
}

/// A test file's browser and site: registers the hooks that launch Chromium and serve `dir` under
/// `prefix` before the file's tests (`dir` may be an async function that makes the folder) and
/// close both after them; a `before` hook of the file that uses them waits for `site.ready`. Every
/// page opened with `visit` or `open` is checked when its test ends (with `keep`, when the file
/// ends, for a page several tests share): no request left its site's origin, no error in the page
/// (`errors` picks the logged errors that count). node:test runs the `after` hooks in the order
/// they are registered and skips the rest once one fails: a file registers its own clean-up first.
export function useSite({ dir = DIST, prefix = '/' } = {}) {
  const servers = [];
  /// Serves another folder for the file's tests, closed with the site: `{ url, origin, served }`.
  const serve = async (folder, under = '/') => {
    const server = await startServer(folder, under);
    servers.push(server);
    return server;
  };
  const chrome = useBrowser(async () => { await serve(typeof dir === 'function' ? await dir() : dir, prefix); });
  let current;
  const open = [];
  const kept = [];

  const check = (session, label) => {
    assertOnlyOwnOrigin(session.requests, session.origin);
    assert.deepEqual(session.countedErrors(session.errors), [], `errors in the page${label ? ` (${label})` : ''}`);
  };
  /// Checks and closes a page; closed even when the check fails.
  const checkAndClose = async (session, label) => {
    try {
      check(session, label);
    } finally {
      await session.context.close();
    }
  };

  afterEach(async () => {
    current = undefined;
    let failure;
    for (const session of open.splice(0)) await checkAndClose(session).catch((e) => { failure ??= e; });
    if (failure) throw failure;
  });
  // The browser has closed the pages kept: their records are checked.
  after(() => {
    try {
      for (const session of kept) check(session);
    } finally {
      for (const { server } of servers) server.close();
    }
  });

  /// Opens `address` (after the site's url: `?lang=ru`, `batch/`; or a whole URL, of a folder
  /// `serve` serves) in a fresh context, as `openPage` does.
  const visit = async (address = '', options = {}, { ready = '#result-heading', keep = false, errors = (logged) => logged } = {}) => {
    const url = /^\w+:/.test(address) ? address : servers[0].url + address;
    current = await openPage(chrome.browser, url, options, ready);
    current.origin = new URL(url).origin;
    current.countedErrors = errors;
    (keep ? kept : open).push(current);
    return current;
  };
  return {
    ready: chrome.ready,
    get browser() { return chrome.browser; },
    get origin() { return servers[0].origin; },
    get url() { return servers[0].url; },
    /// Every path the server was asked for, whoever asked (the page or its service worker).
    get served() { return servers[0].served; },
    /// The page the running test opened last: its `requests` and `errors` may be pruned before the check.
    get session() { return current; },
    visit,
    serve,

    /// The one-case page in a language (`?lang=`), as a fresh visitor: its page.
    async open(lang = 'en', options = {}) {
      const { page } = await visit(`?lang=${lang}`, options);
      await inLanguage(page, lang);
      return page;
    },

    /// Checks and closes the page opened last, before its test ends (a test that opens one after another).
    async close(label) {
      const session = current;
      current = undefined;
      if (open.includes(session)) open.splice(open.indexOf(session), 1);
      await checkAndClose(session, label);
    },
  };
}

export async function axe(page, label) {
  // Evaluated through the DevTools protocol: the page's own policy rightly refuses inline scripts.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
  assert.deepEqual(result, [], `axe violations on ${label}`);
}

export async function setLanguage(page, code) {
  await page.click(`.languages button[lang="${code}"]`);
  await page.waitForFunction((c) => document.documentElement.lang === c, code);
}

/// Waits until the page is in `code` (after `?lang=` or the browser's language).
export async function inLanguage(page, code) {
  await page.waitForFunction((c) => document.documentElement.lang === c, code);
}

export const ADD_OFFENCE = 'section[aria-labelledby="offences-heading"] > button';

/// Fills one offence row (0-based) of the form. `category` is the verdict's (left to the Code
/// when not given); `victimAge` waits for its field, which the form shows only where it decides.
export async function fillOffence(page, i, { article, part, date, context = 'riots', category, exclusions = [], victimAge }) {
  const row = page.locator('fieldset.offence').nth(i);
  await row.locator('input[id$="-article"]').fill(String(article));
  await row.locator('input[id$="-part"]').fill(part === undefined || part === null ? '' : String(part));
  await row.locator('input[id$="-committed_on"]').fill(date);
  await row.locator(`input[type="radio"][value="${context}"]`).check();
  await row.locator('select[id^="category-"]').selectOption(category ?? '');
  for (const fact of exclusions) await row.locator(`input[type="checkbox"][id$="-${fact}"]`).check();
  if (victimAge !== undefined && victimAge !== null) {
    const field = page.locator(`#f-offences-${i}-victim_age`);
    await field.waitFor({ timeout: 3000 });
    await field.fill(String(victimAge));
  }
}

/// Fills the sentence: the fields of the punishment's measure (term, hours or amount) and the
/// start; the conditional box only exists for imprisonment.
export async function fillSentence(page, { punishment = 'imprisonment', years, months, days, hours, amount, start, conditional = false }) {
  await page.selectOption('#punishment', punishment);
  const fill = async (selector, value) => {
    if (await page.locator(selector).count()) await page.fill(selector, value === undefined || value === null ? '' : String(value));
  };
  await fill('#f-sentence-years', years);
  await fill('#f-sentence-months', months);
  await fill('#f-sentence-days', days);
  await fill('#f-sentence-hours', hours);
  await fill('#f-sentence-amount', amount);
  if (start !== undefined) await page.fill('#f-sentence-start', start ?? '');
  if (await page.locator('#f-sentence-conditional').count()) await page.setChecked('#f-sentence-conditional', conditional);
}

export async function setStage(page, stage) {
  await page.check(`input[name="stage"][value="${stage}"]`);
}

export async function setAsOf(page, date = AS_OF) {
  await page.fill('#f-as_of', date);
}

/// Types a whole case file into the form, field by field, as a person would.
export async function typeCase(page, file) {
  await setStage(page, file.stage);
  while ((await page.locator('fieldset.offence').count()) < file.offences.length) await page.click(ADD_OFFENCE);
  for (const [i, o] of file.offences.entries()) {
    await fillOffence(page, i, {
      article: o.article, part: o.part, date: o.committed_on, context: o.context, category: o.category,
      exclusions: o.exclusions ?? [], victimAge: o.victim_age,
    });
  }
  if (file.sentence) {
    if (file.stage === 'trial') await page.check('#sentence-given');
    await fillSentence(page, { ...file.sentence, start: file.sentence.start ?? '' });
  } else if (file.stage === 'trial' && (await page.locator('#sentence-given').count())) {
    await page.uncheck('#sentence-given');
  }
  await page.fill('#f-birth_date', file.birth_date ?? '');
  await page.check(`input[name="recidivism"][value="${file.recidivism ?? 'none'}"]`);
  await setAsOf(page, file.as_of ?? AS_OF);
}

/// The decision's figures as the page states them.
export async function result(page) {
  const headline = page.locator('.headline');
  await headline.waitFor();
  return {
    outcome: await headline.getAttribute('data-outcome'),
    status: await headline.getAttribute('data-status'),
    newTerm: await headline.getAttribute('data-new-term'),
    newHours: await headline.getAttribute('data-new-hours'),
    newAmount: await headline.getAttribute('data-new-amount'),
    newEnd: await headline.getAttribute('data-new-end'),
    releaseOn: await headline.getAttribute('data-release-on'),
    readings: Number(await headline.getAttribute('data-readings')),
    text: (await page.locator('.headline .outcome').textContent()).trim(),
  };
}

/// The same figures from a native decision (JSON), in the page's notation.
export function expectedResult(decision, lang) {
  const t = decision.new_term;
  return {
    outcome: decision.outcome,
    status: decision.status,
    newTerm: t ? `${t.years}y${t.months}m${t.days}d` : '',
    newHours: decision.new_hours == null ? '' : String(decision.new_hours),
    newAmount: decision.new_amount == null ? '' : String(decision.new_amount),
    newEnd: decision.new_end ?? '',
    releaseOn: decision.release_on ?? '',
    readings: decision.readings.length,
    text: words(lang)(`outcome.${decision.outcome}`),
  };
}

/// Types a case file into the form (or `typed`: the same case as a person may write it) and checks
/// that the page decides it as the native rules decide the file: the page's figures and the decision.
export async function typeAndCheck(page, file, lang, typed = file) {
  await typeCase(page, typed);
  const decision = native(file);
  const shown = await result(page);
  assert.deepEqual(shown, expectedResult(decision, lang));
  return { shown, decision };
}

/// Each offence's effect as the page lists it (several offences only).
export async function effects(page) {
  return page.locator('.offences-result li[data-effect]').evaluateAll((lis) => lis.map((li) => li.dataset.effect));
}

// ---- the words ----

function flatten(prefix, node, out) {
  for (const [key, value] of Object.entries(node)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else flatten(path, value, out);
  }
}

const wordsCache = new Map();
/// The texts of a language, as `words/build.rs` merges them (`locales/LANG.json` and
/// `locales/*/LANG.json`, key by key): `words('ru')('outcome.term_reduced')`.
export function words(lang) {
  if (!wordsCache.has(lang)) {
    const dir = join(ROOT, 'locales');
    const files = [join(dir, `${lang}.json`)];
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory() && existsSync(join(dir, entry.name, `${lang}.json`))) files.push(join(dir, entry.name, `${lang}.json`));
    }
    const flat = new Map();
    for (const file of files) flatten('', JSON.parse(readFileSync(file, 'utf8')), flat);
    wordsCache.set(lang, (key) => {
      assert.ok(flat.has(key), `no text ${key} in ${lang}`);
      return flat.get(key);
    });
  }
  return wordsCache.get(lang);
}

/// `{name}` placeholders filled as the words layer fills them (a value ending in a full stop
/// swallows the template's own).
export function fill(template, values) {
  return template.replace(/\{(\w+)\}(\.?)/g, (whole, name, dot) => {
    if (!(name in values)) return whole;
    const value = String(values[name]);
    return value + (value.endsWith('.') ? '' : dot);
  });
}

/// A date as the page writes it: "5 January 2024", «5 января 2024 г.», "05.01.2024".
export function dateWords(iso, lang) {
  const [y, m, d] = iso.split('-').map(Number);
  const month = words(lang)(`calendar.m${m}`);
  if (lang === 'kk') return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;
  if (lang === 'ru') return `${d} ${month} ${y} г.`;
  return `${d} ${month} ${y}`;
}

/// "CC Art. 272 part 2", «ч. 2 ст. 272 УК РК», «ҚР ҚК 272-бабының 2-бөлігі».
export function articleWords(article, part, lang) {
  const key = part === undefined || part === null ? 'cite.code' : 'cite.code_part';
  return fill(words(lang)(key), { article, part });
}

/// The rule pack, for the law's list (titles in three languages).
export const PACK = JSON.parse(readFileSync(join(ROOT, 'rules', 'pack.json'), 'utf8'));

export function listTitle(article, lang) {
  const entry = PACK.provisions.art1_list.value.find((e) => e.article === String(article));
  assert.ok(entry, `${article} is on the law's list`);
  return entry.title[lang];
}

// ---- the native rules ----

/// What the native rules decide for a case file (`as_of` in the file): the same crate the page is
/// built from, run natively, so a journey compares the page with the rules and not with a copy.
export function native(file) {
  const out = execFileSync('cargo', CARGO_RUN.decide, {
    cwd: ROOT,
    input: JSON.stringify(file),
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  return JSON.parse(out);
}

/// The case files of the legal case table and their native decisions, as written by
/// `cargo test -p amnesty-rules --test legal_cases` into target/legal-cases/.
export function legalCases() {
  const dir = join(ROOT, 'target', 'legal-cases');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json') && !n.endsWith('.decision.json'))
    .sort()
    .map((name) => ({
      id: name.replace(/\.json$/, ''),
      text: readFileSync(join(dir, name), 'utf8'),
      file: JSON.parse(readFileSync(join(dir, name), 'utf8')),
      native: JSON.parse(readFileSync(join(dir, name.replace(/\.json$/, '.decision.json')), 'utf8')),
    }));
}

// ---- the batch page ----

/// The spreadsheets of amnesty-batch's own tests, in every format it reads.
export const BATCH_DATA = join(ROOT, 'batch', 'tests', 'data');

/// `amnesty ARGS…` natively (the command-line tool, from the same crates as the page's worker):
/// its standard output as bytes. It fails the test if the tool exits with another status than
/// `statuses` allows (`amnesty batch` exits 2 when a file is invalid).
export function amnestyCli(args, { statuses = [0] } = {}) {
  const run = spawnSync('cargo', [...CARGO_RUN.cli, ...args], { cwd: ROOT, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  assert.ok(statuses.includes(run.status), `amnesty ${args.join(' ')}: ${run.error ?? `exit status ${run.status}`}\n${run.stderr}`);
  return run.stdout;
}

/// Why `amnesty batch` refuses a file in a language: its message on stderr, without the tool's
/// `amnesty: PATH: ` before it (exit status 2, nothing on stdout).
export function amnestyRefusal(path, lang) {
  const run = spawnSync('cargo', [...CARGO_RUN.cli, 'batch', path, '--lang', lang], { cwd: ROOT, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  assert.equal(run.status, 2, `amnesty batch ${path}: exit status ${run.status}\n${run.stderr}`);
  assert.equal(run.stdout.length, 0, 'nothing on stdout');
  const said = run.stderr.toString('utf8').trim();
  const prefix = `amnesty: ${path}: `;
  assert.ok(said.startsWith(prefix), said.slice(0, 300));
  return said.slice(prefix.length);
}

/// Writes into `dir` the hostile files of amnesty-batch's limits tests (its example `hostile`
/// says which), each checked there to be refused natively for its reason.
export function writeHostileFiles(dir) {
  execFileSync('cargo', [...CARGO_RUN.hostile, dir], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/// Writes `DIR/caseload-ROWS.csv` and `.xlsx`, the batch page's benchmark's caseload.
export function writeCaseload(rows, dir) {
  execFileSync('cargo', [...CARGO_RUN.caseload, String(rows), dir], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/// The batch page of a site (`useSite`) in a language, once its worker is running; `keep` as
/// `visit` takes it.
export async function openBatch(site, lang, options = {}, { keep = false } = {}) {
  const session = await site.visit(`batch/?lang=${lang}`, options, { ready: '#batch-file', keep });
  await batchReady(session.page, lang);
  return session;
}

/// Waits for the batch page (opened or reloaded) in a language: its words, its program and its
/// worker's (`data-batch-worker`).
export async function batchReady(page, lang) {
  await page.waitForSelector('#batch-file', { state: 'attached', timeout: 60000 });
  await inLanguage(page, lang);
  await page.waitForSelector('html[data-batch-worker="ready"]', { timeout: 60000 });
}

/// Opens a file on the batch page (as the file picker does) and waits for its results; returns
/// the date the page decided it on (today on this device), for the command-line tool's `--as-of`.
export async function openSpreadsheet(page, path) {
  const name = path.split('/').pop();
  await page.setInputFiles('#batch-file', path);
  await page.waitForFunction(
    (n) => document.querySelector('#results-heading')?.textContent.includes(n)
      && document.querySelector('.progress')?.dataset.busy === 'false',
    name,
    { timeout: 120000 },
  );
  return page.locator('.results').getAttribute('data-today');
}

/// Clicks a button that makes a download and returns the file's name and bytes.
export async function downloadFrom(page, buttonText) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonText, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/// Every case of the page's table, every page of it, in the order shown: its id and outcome.
export async function batchTableCases(page) {
  const cases = [];
  for (;;) {
    // The rows of the page shown, once drawn: as many as the range above the table says.
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('.cases-table tbody tr')];
      const count = Number(document.querySelector('.shown-range')?.dataset.count);
      return rows.every((r) => r.dataset.case !== undefined) && (count === 0 ? rows.length === 0 : rows.length > 0);
    });
    cases.push(...await page.locator('.cases-table tbody tr').evaluateAll((rows) => rows.map((r) => ({
      case: r.dataset.case, outcome: r.dataset.outcome,
    }))));
    const next = page.locator('.pager button').last();
    if (await next.isDisabled()) return cases;
    await next.click();
  }
}

/// CSV as Excel writes it: quoted fields may hold the delimiter, quotes and line breaks.
export function parseCsv(text, delimiter) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) { row.push(field); field = ''; } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

export function writeCsv(rows, delimiter) {
  const quote = (f) => (/["\r\n]/.test(f) || f.includes(delimiter) ? `"${f.replaceAll('"', '""')}"` : f);
  return rows.map((r) => r.map(quote).join(delimiter)).join('\r\n') + '\r\n';
}

/// Text in Windows-1251, by the system's iconv (refuses what the code page cannot hold).
export function toWindows1251(text) {
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', 'WINDOWS-1251'], { input: Buffer.from(text, 'utf8') });
}

/// XML text as it reads: its five entities and character references undone.
export function xmlText(text) {
  return text.replace(/&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]
    ?? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))));
}

/// The rows of a workbook's sheet (its parts as `xlsxSheets` gives them), each a list of cell
/// texts by column (shared strings and inline strings as text, numbers as written).
export function xlsxRows(parts, sheet) {
  const strings = [...(parts['xl/sharedStrings.xml'] ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)]
    .map((si) => [...si[1].matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => xmlText(t[1])).join(''));
  const column = (letters) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  return [...parts[`xl/worksheets/${sheet}.xml`].matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)].map((row) => {
    const cells = [];
    for (const c of row[1].matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const value = c[3]?.match(/<v>([\s\S]*?)<\/v>/)?.[1];
      const inline = c[3]?.match(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/)?.[1];
      cells[column(c[1])] = /t="s"/.test(c[2]) ? strings[Number(value)] : xmlText(inline ?? value ?? '');
    }
    return Array.from(cells, (cell) => cell ?? '');
  });
}

/// The cells of a workbook: the text of its sheets, shared strings and workbook parts (not its
/// properties, which hold the time it was made).
export function xlsxSheets(bytes) {
  const parts = {};
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end--;
  assert.ok(end >= 0, 'a zip file');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    assert.equal(bytes.readUInt32LE(at), 0x02014b50, 'a central directory entry');
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + skip;
    if (!/^xl\/(worksheets\/.*|sharedStrings|workbook)\.xml$/.test(name)) continue;
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    parts[name] = (method === 8 ? inflateRawSync(data) : data).toString('utf8');
  }
  return parts;
}
