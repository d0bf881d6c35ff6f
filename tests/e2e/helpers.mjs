// Shared helpers for the browser tests: Debian's Chromium driven by playwright-core, the built
// dist/ served on 127.0.0.1, every request the page makes recorded, and axe-core audits.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { serve } from '../../tools/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '../..');
export const DIST = process.env.AMNESTY_DIST ?? join(ROOT, 'dist');
export const ARTIFACTS = join(here, 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

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

export async function startServer(dir = DIST, prefix = '/') {
  const server = await serve(dir, 0, prefix);
  const { port } = server.address();
  return { server, origin: `http://127.0.0.1:${port}`, url: `http://127.0.0.1:${port}${prefix}` };
}

/// A fresh page in its own context, recording every request it makes.
export async function openPage(browser, url, options = {}) {
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
  await page.waitForSelector('#result-heading');
  return { context, page, requests, errors };
}

/// Every request went to the page's own origin (or never left the page: data: and blob:).
export function assertOnlyOwnOrigin(requests, origin) {
  const outside = requests.filter((u) => !u.startsWith(origin + '/') && !/^(data|blob):/.test(u));
  assert.deepEqual(outside, [], `requests outside ${origin}`);
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

/// Fills one offence row (0-based) of the form.
export async function fillOffence(page, i, { article, part, date, context = 'riots', category, exclusions = [] }) {
  const row = page.locator('fieldset.offence').nth(i);
  await row.locator('input[id$="-article"]').fill(String(article));
  if (part !== undefined) await row.locator('input[id$="-part"]').fill(String(part));
  await row.locator('input[id$="-committed_on"]').fill(date);
  await row.locator(`input[type="radio"][value="${context}"]`).check();
  if (category) await row.locator('select').selectOption(category);
  for (const fact of exclusions) await row.locator(`input[type="checkbox"][id$="-${fact}"]`).check();
}

export async function fillSentence(page, { punishment = 'imprisonment', years = '', months = '', days = '', start, conditional = false }) {
  await page.selectOption('#punishment', punishment);
  await page.fill('#f-sentence-years', String(years));
  await page.fill('#f-sentence-months', String(months));
  await page.fill('#f-sentence-days', String(days));
  await page.fill('#f-sentence-start', start);
  if (conditional) await page.check('#conditional');
}

export async function setStage(page, stage) {
  await page.check(`input[name="stage"][value="${stage}"]`);
}

/// The decision's figures as the page states them.
export async function result(page) {
  const headline = page.locator('.headline');
  await headline.waitFor();
  return {
    outcome: await headline.getAttribute('data-outcome'),
    newTerm: await headline.getAttribute('data-new-term'),
    newEnd: await headline.getAttribute('data-new-end'),
    releaseOn: await headline.getAttribute('data-release-on'),
    readings: Number(await headline.getAttribute('data-readings')),
    text: (await page.locator('.headline .outcome').textContent()).trim(),
  };
}
