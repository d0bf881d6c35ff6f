// The batch page's honest caseload figures (issue 15 part 3, issue 14 part 5): a case whose
// readings give different release days shows the earliest and the latest, not one date; the
// overview splits "released" into every reading and some reading only, counts a release after the
// date of calculation as "to be released" and a sentence without custody as "punishment ends";
// the table gives each case's status in words and its custody credit and early-release dates; the
// chart gives each outcome its own colour, errors never the colour of "not covered", every bar at
// least 3:1 against the page; the CSV carries release_earliest and release_latest (and the
// parole's, which case G's readings give differently); the printed
// summary starts on its first page. In kk, ru and en, with no accessibility violation and nothing
// off the page's origin. Every expected figure comes from `amnesty batch --json` on the same file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BATCH_DATA, LANGS, ROOT, useSite, axe, words, fill, dateWords, amnestyCli, openBatch, openSpreadsheet, downloadFrom,
  parseCsv, writeCsv,
} from './helpers.mjs';

const AS_OF = '2023-03-01';
/// A caseload an NGO could send: custody credited by CC Art. 62 (issue 14's example, whose
/// readings release on different days), a term still running on the date of calculation, a
/// conditional sentence, one released in every reading, one not covered, and a row with an error.
const RIOTS = 'connected with the mass riots';
/// A row of someone serving an imprisonment, as of AS_OF: the offence (article, part, date,
/// context), the sentence (years, first day, conditional, institution) and the custody before it.
const serving = (id, name, [article, part, committed, context], [years, start, conditional = 'no', institution = ''],
  custody = ['', '', '']) => [id, name, 'serving the sentence', article, part, committed, context, 'imprisonment', years,
  start, conditional, AS_OF, institution, ...custody];
const ROWS = [
  ['Case', 'Name', 'Stage of the case', 'Article', 'Part', 'Date of the offence', 'Context', 'Punishment', 'Years',
    'First day of the term', 'Conditional sentence', 'Date of calculation', 'Institution', 'Custody from', 'Custody to', 'Custody kind'],
  serving('A', 'Айдос', ['272', '2', '2022-01-05', RIOTS], ['8', '2022-06-20', 'no', 'medium'], ['2022-01-06', '2022-06-19', 'detention']),
  serving('B', 'Бахыт', ['272', '2', '2022-01-05', RIOTS], ['8', '2022-01-06', 'no', 'medium']),
  serving('C', 'Вера', ['293', '1', '2022-01-06', RIOTS], ['2', '2022-03-01', 'yes']),
  serving('D', 'Гани', ['293', '1', '2022-01-06', RIOTS], ['1', '2022-01-07']),
  serving('E', 'Дана', ['188', '2', '2022-01-05', 'not connected with the riots'], ['3', '2022-01-06']),
  serving('F', 'Ерлан', ['272', '2', '2022-13-45', RIOTS], ['5', '2022-01-07']),
  // The legal table's RD-06: not covered, the institution not given, so each level credits the
  // custody differently and gives its own parole day.
  serving('G', 'Жанар', ['293', '2', '2022-01-05', 'not connected with the riots'], ['3', '2022-03-01'], ['2022-02-01', '2022-02-28', 'detention']),
];

let scratch;
let caseload;
before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'amnesty-figures-'));
  caseload = join(scratch, 'figures-en.csv');
  writeFileSync(caseload, writeCsv(ROWS, ','));
});
after(() => { if (scratch) rmSync(scratch, { recursive: true, force: true }); });
const site = useSite();

const cli = (lang) => JSON.parse(amnestyCli(['batch', caseload, '--lang', lang, '--as-of', AS_OF, '--json']).toString('utf8'));
const FREED = ['released', 'released_in_some_reading', 'to_be_released', 'to_be_released_in_some_reading', 'punishment_ends'];

test('the caseload has what the page must show honestly', () => {
  const { summary, cases } = cli('en');
  const by = (id) => cases.find((c) => c.case === id).decision;
  const a = by('A');
  assert.ok(a.release_earliest && a.release_latest && a.release_earliest !== a.release_latest, JSON.stringify(a));
  assert.equal(a.freed, 'released_in_some_reading', 'released on 3 November 2022 in one reading, later in another');
  assert.ok(a.custody?.credited, 'custody credited');
  assert.equal(by('B').freed, 'to_be_released');
  assert.ok(by('B').release_earliest > AS_OF, 'released after the date of calculation');
  assert.equal(by('C').freed, 'punishment_ends');
  assert.equal(by('D').freed, 'released');
  assert.equal(by('E').outcome, 'not_covered');
  assert.equal(cases.find((c) => c.case === 'F').decision, null);
  const g = by('G');
  assert.equal(g.outcome, 'not_covered');
  assert.ok(g.parole_earliest < g.parole.eligible_on && g.parole.eligible_on < g.parole_latest, JSON.stringify(g));
  for (const key of ['released', 'released_in_some_reading', 'to_be_released', 'punishment_ends']) assert.ok(summary[key] > 0, key);
  assert.ok(summary.not_decided > 0);
});

/// The relative luminance of a CSS colour `rgb(r, g, b)` (WCAG 2).
function luminance(rgb) {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map((v) => Number(v) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (x, y) => {
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p);
  return (hi + 0.05) / (lo + 0.05);
};

/// The text of each page of a PDF, by poppler's pdftotext (Chromium writes glyphs, not words).
function pdfPages(pdf) {
  const path = join(scratch, 'summary.pdf');
  writeFileSync(path, pdf);
  const count = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  return Array.from({ length: count }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), path, '-'])
    .toString('utf8').replace(/\s+/g, ' ').trim());
}

for (const lang of LANGS) {
  test(`the batch page gives the honest figures in ${lang}`, { timeout: 240000 }, async () => {
    const w = words(lang);
    const { page } = await openBatch(site, lang);
    await openSpreadsheet(page, caseload);
    const expected = cli(lang);
    const { summary } = expected;

    // The overview: released split by reading, to be released, punishment ends, to check.
    const shown = await page.locator('.freed-figures > div').evaluateAll((divs) => divs.map((d) => ({
      key: d.dataset.freed, label: d.querySelector('dt').textContent, count: Number(d.querySelector('dd').textContent),
    })));
    assert.deepEqual(shown, [
      ...FREED.map((key) => ({ key, label: w(`batch.summary.${key}`), count: summary[key] })),
      { key: 'to_check', label: w('batch.summary.sentences_to_check'), count: summary.sentences_to_check },
    ]);
    // The release days: a day after the date of calculation marked "to be released", in words a
    // screen reader hears with the day (the row's own header), and the marked days counting the
    // overview's "to be released".
    const dates = await page.locator('.release-dates tbody tr').evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.textContent)));
    const later = w('batch.freed.to_be_released');
    assert.deepEqual(dates, summary.release_dates.map((d) => [
      d.date > AS_OF ? `${dateWords(d.date, lang)} ${later}` : dateWords(d.date, lang), String(d.count),
    ]));
    const marked = await page.locator('.release-dates tbody tr').evaluateAll((rows) => rows
      .filter((r) => r.querySelector('th[scope="row"] .to-be-released')?.checkVisibility())
      .map((r) => Number(r.cells[1].textContent)));
    assert.ok(marked.length > 0, 'a day still to come is in the file (case B)');
    assert.equal(marked.reduce((a, b) => a + b, 0), summary.to_be_released);

    // The table: each case's release day (earliest and latest where readings differ), its
    // status in words, its custody credit and early-release dates.
    for (const c of expected.cases) {
      const row = page.locator(`.cases-table tr[data-case="${c.case}"]`);
      const d = c.decision;
      const release = await row.locator('td.release').textContent();
      const freed = await row.locator('td.freed').textContent();
      if (!d) {
        assert.equal(release, '—');
        continue;
      }
      if (d.release_earliest && d.release_latest && d.release_earliest !== d.release_latest) {
        assert.equal(release, fill(w('batch.page.release_range'), { earliest: dateWords(d.release_earliest, lang), latest: dateWords(d.release_latest, lang) }), c.case);
      } else if (d.release_earliest && !d.release_latest) {
        assert.equal(release, fill(w('batch.page.release_earliest_only'), { earliest: dateWords(d.release_earliest, lang) }), c.case);
      } else if (d.release_on) {
        assert.equal(release, dateWords(d.release_earliest ?? d.release_on, lang), c.case);
      }
      assert.equal(freed, d.freed ? w(`batch.freed.${d.freed}`) : '—', c.case);
      const later = await row.locator('td.later').textContent();
      if (d.custody?.credited) assert.ok(later.includes(`${w('batch.results.credited')}: `), `${c.case}: ${later}`);
      // Parole where the readings give different days: the earliest and the latest.
      const [first, last] = [d.parole_earliest, d.parole_latest].map((day) => day && dateWords(day, lang));
      const paroleRange = first && !last ? fill(w('batch.page.parole_earliest_only'), { earliest: first })
        : first && d.parole_earliest !== d.parole_latest ? fill(w('batch.page.parole_range'), { earliest: first, latest: last }) : null;
      if (paroleRange) assert.ok(later.includes(`${w('batch.results.parole')}: ${paroleRange}`), `${c.case}: ${later}`);
      for (const kind of ['parole', 'replacement', 'probation_cancel']) {
        if (kind === 'parole' && paroleRange) continue;
        if (d[kind]?.eligible_on) assert.ok(later.includes(`${w(`batch.results.${kind}`)}: ${dateWords(d[kind].eligible_on, lang)}`), `${c.case}: ${later}`);
      }
    }
    const a = page.locator('.cases-table tr[data-case="A"] td.release');
    assert.notEqual(await a.textContent(), dateWords(expected.cases[0].decision.release_on, lang), 'not one date for case A');
    assert.equal(await page.locator('.cases-table tr[data-case="C"] td.freed').textContent(), w('batch.freed.punishment_ends'));

    // Sorted by the release day: the earliest of each case first, cases without one last.
    await page.click('button.sort[data-sort="release"]');
    await page.waitForFunction(() => document.querySelector('th[aria-sort] button.sort')?.dataset.sort === 'release');
    const order = await page.locator('.cases-table tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.case));
    const first = (c) => c.decision?.release_earliest ?? c.decision?.release_on;
    const want = expected.cases.map((c, i) => ({ c, i })).sort((x, y) => {
      const [p, q] = [first(x.c), first(y.c)];
      if (p && q) return p < q ? -1 : p > q ? 1 : x.i - y.i;
      return p ? -1 : q ? 1 : x.i - y.i;
    }).map(({ c }) => c.case);
    assert.deepEqual(order, want);
    await page.click('button.sort[data-sort="freed"]');
    await page.waitForFunction(() => document.querySelector('th[aria-sort] button.sort')?.dataset.sort === 'freed');
    const freedOrder = await page.locator('.cases-table tbody tr td.freed').evaluateAll((cells) => cells.map((c) => c.dataset.freed ?? null));
    const ranks = freedOrder.map((f) => (f ? FREED.indexOf(f) : Infinity));
    assert.deepEqual(ranks, [...ranks].sort((x, y) => x - y), freedOrder.join());

    // The chart: each bar its own colour, at least 3:1 against the page; the error's bar never
    // the colour of "not covered"; each swatch of the table the colour of its bar.
    const bars = await page.locator('.outcome-chart rect').evaluateAll((rects) => rects.map((r) => ({
      kind: r.getAttribute('class'), fill: getComputedStyle(r).fill,
    })));
    const background = await page.locator('.overview').evaluate((e) => getComputedStyle(e).backgroundColor);
    assert.equal(new Set(bars.map((b) => b.fill)).size, bars.length, JSON.stringify(bars));
    for (const b of bars) assert.ok(contrast(b.fill, background) >= 3, `${b.kind} ${b.fill} on ${background}`);
    const notCovered = bars.find((b) => b.kind.includes('outcome-not_covered'));
    const notDecided = bars.find((b) => b.kind.includes('not-decided'));
    assert.ok(notCovered && notDecided && notCovered.fill !== notDecided.fill);
    const swatches = await page.locator('.outcome-table .swatch').evaluateAll((s) => s.map((e) => getComputedStyle(e).backgroundColor));
    assert.deepEqual(swatches, bars.map((b) => b.fill));

    // The CSV download carries the earliest and the latest release and parole day of every case.
    const csv = await downloadFrom(page, w('batch.page.export_csv'));
    const table = parseCsv(csv.bytes.toString('utf8').replace(/^\uFEFF/, ''), lang === 'en' ? ',' : ';');
    const ranges = ['release_earliest', 'release_latest', 'parole_earliest', 'parole_latest'];
    const columns = ranges.map((k) => table[0].indexOf(w(`batch.results.${k}`)));
    assert.ok(columns.every((i) => i > 0), table[0].join());
    assert.deepEqual(table.slice(1).map((r) => columns.map((i) => r[i])),
      expected.cases.map((c) => ranges.map((k) => c.decision?.[k] ?? '')));
    assert.ok(expected.cases.some((c) => c.decision?.parole_earliest !== c.decision?.parole_latest), 'a parole range (case G)');

    // Kazakh: a reading of the law is «оқылу», the one-case page's word, never «нұсқа» (a
    // version of the program).
    if (lang === 'kk') {
      const reading = w('app.reading_column').toLowerCase();
      const text = await page.locator('main').textContent();
      assert.ok(!/нұсқа/i.test(text), 'no «нұсқа» on the page of results');
      assert.ok(text.includes(`${reading}да`), `«${reading}» on the page of results`);
    }

    await axe(page, `the batch page's figures in ${lang}`);
  });
}

test('the batch texts say a reading of the law in Kazakh as the one-case page does, «оқылу»', () => {
  const [en, kk] = ['en', 'kk'].map((lang) => JSON.parse(readFileSync(join(ROOT, 'locales', 'batch', `${lang}.json`), 'utf8')));
  const reading = words('kk')('app.reading_column').toLowerCase();
  const pairs = [];
  const walk = (e, k, path) => {
    for (const [key, value] of Object.entries(e)) {
      if (typeof value === 'object') walk(value, k[key], `${path}${key}.`);
      else pairs.push([`${path}${key}`, value, k[key]]);
    }
  };
  walk(en, kk, '');
  const aboutReadings = pairs.filter(([, english]) => /\breadings?\b/i.test(english.replace(/Reading the/g, '')));
  assert.ok(aboutReadings.length > 5, aboutReadings.map((p) => p[0]).join());
  for (const [key, , kazakh] of aboutReadings) {
    assert.ok(kazakh.toLowerCase().includes(reading), `${key}: ${kazakh}`);
    assert.ok(!/нұсқа/i.test(kazakh), `${key}: ${kazakh}`);
  }
  // «нұсқа» is kept where it means a version of the program.
  const versions = pairs.filter(([, english]) => /\bversions?\b/i.test(english));
  assert.ok(versions.length > 0 && versions.every(([, , kazakh]) => /нұсқа/i.test(kazakh)), versions.map((p) => p[0]).join());
});

test('the printed summary starts on its first page: the title, the file and the figures, no blank page', { timeout: 240000 }, async () => {
  // The file with bad rows: more outcomes and release dates than fit under the title on page 1.
  const w = words('ru');
  const { page } = await openBatch(site, 'ru');
  await openSpreadsheet(page, join(BATCH_DATA, 'caseload-bad-rows-ru.csv'));
  await page.emulateMedia({ media: 'print' });
  const pages = pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
  await page.emulateMedia({ media: 'screen' });
  const pageOne = pages[0] ?? '';
  for (const text of [w('batch.page.print_title'), fill(w('batch.page.results_heading'), { file: 'caseload-bad-rows-ru.csv' }),
    w('batch.page.overview_heading'), w('batch.summary.cases')]) {
    assert.ok(pageOne.includes(text.replace(/\s+/g, ' ')), `page 1 of ${pages.length} holds “${text}”: ${pageOne}`);
  }
  for (const [i, p] of pages.entries()) assert.ok(p.length > 0, `page ${i + 1} of ${pages.length} is not blank`);
});
