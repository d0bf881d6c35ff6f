// The help inside the page, in Kazakh, Russian and English: reached from the keyboard near the top,
// every part shown in the reader's language (its words are read from the locale files, the
// versions from the rule pack and the crate), the links to the official texts and to the one-file
// edition, closed by Escape or its button with the focus back on the help button. The one-file
// edition is fetched only when its link is clicked; the server itself records every request,
// the service worker's included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ARTIFACTS, DIST, ROOT, useSite, openPage, axe, fillOffence, fillSentence, fill, dateWords, native } from './helpers.mjs';

const ONE_FILE = 'amnesty-calculator.html';
const json = (path) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const pack = json('rules/pack.json');
/// The app's version is the rules crate's (`amnesty_rules::ENGINE_VERSION`).
const appVersion = readFileSync(join(ROOT, 'rules/Cargo.toml'), 'utf8').match(/^version\s*=\s*"([^"]+)"/m)[1];

/// The texts of a language, as the page has them.
function words(lang) {
  return {
    help: json(`locales/help/${lang}.json`).help,
    status: json(`locales/${lang}.json`).status,
    app: { ...json(`locales/${lang}.json`).app, ...json(`locales/app/${lang}.json`).app },
  };
}

const HEADINGS = ['law_heading', 'limits_heading', 'verdict_heading', 'status_heading', 'decides_heading', 'held_heading',
  'privacy_heading', 'offline_heading', 'facts_heading', 'versions_heading'];
/// Shown only in special cases, or filled in: checked on their own.
const SPECIAL = new Set(['offline_already', 'offline_lang', 'versions', 'held_text']);
/// What the calculator does not do, in this order, as a list.
const LIMITS = ['limit_other_acts', 'limit_appeal', 'limit_additional', 'limit_discretion', 'limit_not_decision'];
/// The day the law had to be applied by, as the native rules give it with any decision.
const DEADLINE = native({
  as_of: '2023-03-01', stage: 'trial', offences: [{ article: 188, part: 2, committed_on: '2022-01-05', context: 'riots' }],
}).deadline;

const site = useSite();

/// Tabs from the top of the page until the help button has the focus: it must come early.
async function tabToHelp(page) {
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('help-open'))) return i + 1;
  }
  assert.fail('the help button is not among the first 12 stops of the keyboard');
}

const focusInHelp = (page) => page.evaluate(() => Boolean(document.activeElement?.closest('dialog.help')));
const helpOpen = (page) => page.evaluate(() => document.querySelector('dialog.help').open);

for (const lang of ['kk', 'ru', 'en']) {
  test(`help in ${lang}: opened from the keyboard, every part in the reader's language, closed with the focus back`, async () => {
    const w = words(lang);
    const { page, requests } = await site.visit(`?lang=${lang}`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    const button = page.locator('button.help-open');
    assert.equal((await button.textContent()).trim(), w.app.help_open);
    assert.equal(await button.getAttribute('aria-haspopup'), 'dialog');

    const stops = await tabToHelp(page);
    assert.ok(stops <= 6, `the help button is reached after ${stops} Tab presses`);
    // The help's words are not part of the first visit: fetched when the help is opened, in the
    // reader's language only.
    const helpWords = () => requests.filter((u) => /\/words-help-/.test(u));
    assert.deepEqual(helpWords(), [], 'no help words before the help is opened');
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog.help');
    await dialog.locator('h3').first().waitFor();
    assert.equal(helpWords().length, 1, `one help file, fetched on opening: ${helpWords()}`);
    assert.match(helpWords()[0], new RegExp(`/words-help-${lang}-[0-9a-f]+\\.txt$`));
    assert.equal(await helpOpen(page), true);
    assert.equal(await page.evaluate(() => document.querySelector('dialog.help').matches(':modal')), true);
    assert.ok(await focusInHelp(page), 'the focus moves into the help');
    // Named by its heading.
    assert.equal(await dialog.getAttribute('aria-labelledby'), 'help-title');
    assert.equal((await page.locator('#help-title').textContent()).trim(), w.app.help_title);

    // Every part, in order, each in the reader's words.
    assert.deepEqual(await dialog.locator('h3').allTextContents(), HEADINGS.map((k) => w.help[k]));
    const shown = await dialog.textContent();
    for (const [key, text] of Object.entries(w.help)) {
      if (SPECIAL.has(key)) continue;
      assert.ok(shown.includes(text), `help.${key} is shown in ${lang}`);
    }
    assert.ok(!shown.includes(w.help.offline_already), 'served over the web, the page offers the download');

    // What it does not do, as a list after its heading and introduction, then what it does count.
    const limits = dialog.locator('h3', { hasText: w.help.limits_heading }).locator('xpath=following-sibling::ul[1]/li');
    assert.deepEqual(await limits.allTextContents(), LIMITS.map((k) => w.help[k]));
    // What to do when someone who should be free is still held, with the rules' deadline.
    assert.ok(shown.includes(fill(w.help.held_text, { deadline: dateWords(DEADLINE, lang) })), `help.held_text with ${DEADLINE}`);

    // The marks, in the badges' own words.
    const marks = await dialog.locator('.help-marks dt .badge').allTextContents();
    assert.deepEqual(marks, [w.status.verified, w.status.reported, w.status.open, w.app.status_convention, w.app.status_entered]);
    assert.equal(await dialog.locator('.badge.status-reported').count(), 2, 'the figures are marked as reported');

    // Versions: the rule pack's and the app's.
    const versions = (await dialog.locator('.help-versions').textContent()).trim();
    assert.equal(versions, w.help.versions.replace('{pack}', pack.pack_version).replace('{app}', appVersion));
    assert.ok(!/\{\w+\}/.test(shown), 'no placeholder left unfilled');

    // The law's official text in the reader's language, then in all three; the Code; the sources.
    const hrefs = await dialog.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const law = pack.law.official_text;
    assert.equal(await dialog.locator(`a:text-is("${w.help.law_link}")`).getAttribute('href'), law[lang]);
    for (const code of ['kk', 'ru', 'en']) {
      const link = dialog.locator(`.help-law-links a[hreflang="${code}"]`);
      assert.equal(await link.getAttribute('href'), law[code]);
      assert.equal(await link.getAttribute('lang'), code);
    }
    assert.ok(hrefs.includes(pack.criminal_code.official_text[lang]), 'the Criminal Code in the reader\'s language');
    assert.ok(hrefs.includes('https://github.com/quyse/kz-laws'), 'the mirror of the legal bank');
    for (const a of await dialog.locator('a[href^="http"]').all()) {
      assert.equal(await a.getAttribute('target'), '_blank', 'an outside link keeps the calculator open');
      assert.match(await a.getAttribute('rel'), /noopener/);
    }

    // The one-file edition: a plain link in the same folder, named to download.
    const download = dialog.locator('a.help-download');
    assert.equal(await download.getAttribute('href'), `./${ONE_FILE}`);
    assert.equal(await download.getAttribute('download'), ONE_FILE);
    assert.equal(await download.evaluate((a) => a.href), `${site.url}${ONE_FILE}`);
    assert.equal((await download.textContent()).trim(), w.help.offline_link);
    // ?lang= for hosts, with this very page's address.
    const address = w.help.offline_lang.replace('{address}', `${site.url}?lang=${lang}`);
    assert.ok((await dialog.locator('.help-address').allTextContents()).includes(address));

    await axe(page, `help open (${lang})`);
    if (lang === 'ru') await page.screenshot({ path: join(ARTIFACTS, 'help-ru-desktop.png') });

    // Escape closes; the focus is back on the help button.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog.help').open);
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('help-open')), true);

    // Open again; the close button closes it, and the focus is back again.
    await page.keyboard.press('Enter');
    await dialog.locator('h3').first().waitFor();
    assert.ok(await focusInHelp(page));
    await dialog.locator('button.help-close').press('Enter');
    await page.waitForFunction(() => !document.querySelector('dialog.help').open);
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('help-open')), true);

    assert.ok(!requests.some((u) => u.includes(ONE_FILE)), 'the one-file edition is not fetched by opening the help');
  });
}

test('the marks in the help are the words of the badges in a result', async () => {
  const page = await site.open('en');
  await fillOffence(page, 0, { article: 106, part: 1, date: '2022-01-05', category: 'grave' });
  await fillSentence(page, { years: 8, start: '2022-01-06' });
  const inResult = await page.locator('.steps .badge').allTextContents();
  await page.click('button.help-open');
  // The help's words are fetched on opening: its marks are there once they have come.
  const marks = page.locator('.help-marks dt .badge');
  await marks.first().waitFor();
  const inHelp = await marks.allTextContents();
  assert.ok(inResult.length > 0);
  for (const badge of new Set(inResult)) assert.ok(inHelp.includes(badge), `"${badge}" is explained in the help`);
});

test('the one-file edition is in the folder, never fetched by a page load, and downloaded from the help', async () => {
  const file = join(DIST, ONE_FILE);
  assert.ok(existsSync(file), `${ONE_FILE} is in the dist`);
  const bytes = readFileSync(file);
  const sums = readFileSync(join(DIST, 'SHA256SUMS'), 'utf8');
  assert.ok(sums.includes(`${createHash('sha256').update(bytes).digest('hex')}  ${ONE_FILE}\n`), 'listed in SHA256SUMS');
  assert.ok(!readFileSync(join(DIST, 'sw.js'), 'utf8').includes(ONE_FILE), 'the service worker does not cache it');

  const { served } = site;
  served.length = 0;
  const { page, requests } = await site.visit();
  // Wait until the service worker has installed (it fetches its files then), then reload.
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15000 });
  await page.reload();
  await page.waitForSelector('#result-heading');
  await page.click('button.help-open');
  await page.locator('a.help-download').waitFor();
  assert.ok(served.length >= 4, `the server saw the page load: ${served}`);
  assert.ok(!served.some((u) => u.includes(ONE_FILE)), `not requested on a page load: ${served}`);
  assert.ok(!requests.some((u) => u.includes(ONE_FILE)));

  // Clicking the link downloads exactly the published file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('a.help-download')]);
  assert.equal(download.suggestedFilename(), ONE_FILE);
  assert.ok(readFileSync(await download.path()).equals(bytes), 'the download is the published file');
  assert.ok(served.some((u) => u.endsWith(`/${ONE_FILE}`)), 'fetched on the click');
});

test('opened from the one-file edition itself, the help says to copy this file', async () => {
  const w = words('kk');
  const url = `${pathToFileURL(join(DIST, ONE_FILE)).href}?lang=kk`;
  const { context, page, requests, errors } = await openPage(site.browser, url);
  await tabToHelp(page);
  await page.keyboard.press('Enter');
  const dialog = page.locator('dialog.help');
  await dialog.locator('h3').first().waitFor();
  assert.ok(await focusInHelp(page));
  const shown = await dialog.textContent();
  assert.ok(shown.includes(w.help.offline_already));
  assert.equal(await dialog.locator('a.help-download').count(), 0);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('dialog.help').open);
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('help-open')), true);
  assert.ok(requests.every((u) => u.startsWith('file:') || /^(data|blob):/.test(u)), `nothing but the file: ${requests}`);
  // A separate stylesheet refused by the file's policy is the next test's failure; anything else fails here.
  assert.deepEqual(errors.filter((e) => !/^Loading the stylesheet .* violates the following Content Security Policy/.test(e)), []);
  await context.close();
});

test('the help\'s styles go wherever the page goes: inside the one-file edition and in the offline cache', () => {
  const page = readFileSync(join(DIST, 'index.html'), 'utf8');
  const sheets = [...page.matchAll(/<link rel="stylesheet" href="\.\/([^"]+)"/g)].map((m) => m[1]);
  const help = sheets.find((name) => readFileSync(join(DIST, name), 'utf8').includes('.help-bar'));
  assert.ok(help, `a stylesheet of the page has the help's styles: ${sheets}`);
  assert.ok(readFileSync(join(DIST, 'sw.js'), 'utf8').includes(`'./${help}'`), `the service worker caches ${help} for offline use`);
  const single = readFileSync(join(DIST, ONE_FILE), 'utf8');
  assert.ok(single.includes('.help-bar'), 'the one-file edition carries the help\'s styles inside');
  assert.ok(!/<link rel="stylesheet"/.test(single), 'the one-file edition links no stylesheet (its policy would refuse it)');
});

test('on a phone the help fills the screen and nothing overflows sideways', async () => {
  const { page } = await site.visit('?lang=kk', { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  await page.tap('button.help-open');
  const dialog = page.locator('dialog.help');
  await dialog.locator('h3').first().waitFor();
  const box = await dialog.boundingBox();
  assert.ok(box.x <= 1 && box.width >= 358, `the dialog fills the width: ${JSON.stringify(box)}`);
  const overflow = await dialog.evaluate((d) => d.scrollWidth - d.clientWidth);
  assert.ok(overflow <= 0, `no sideways scrolling (${overflow}px)`);
  // The close button stays in reach while reading.
  await dialog.evaluate((d) => { d.scrollTop = d.scrollHeight; });
  assert.ok(await dialog.locator('button.help-close').isVisible());
  const closeBox = await dialog.locator('button.help-close').boundingBox();
  assert.ok(closeBox.y >= 0 && closeBox.y < 120, `the close button stays at the top: ${JSON.stringify(closeBox)}`);
  await page.screenshot({ path: join(ARTIFACTS, 'help-kk-phone.png') });
});

test('LICENSE exists and is the licence Cargo.toml names', () => {
  const cargo = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8');
  assert.equal(cargo.match(/^license\s*=\s*"([^"]+)"/m)?.[1], 'MIT');
  const license = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
  assert.match(license, /^MIT License\n/);
  assert.match(license, /Copyright \(c\) 2026 the amnesty calculator's authors/);
  assert.match(license, /Permission is hereby granted, free of charge, to any person obtaining a copy/);
  assert.match(license, /THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND/);
});
