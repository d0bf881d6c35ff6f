// Sizes of the built page: every file in dist/ raw, gzip and brotli, and what a first visit
// downloads (the page, its script, wasm and stylesheet, the service worker, and the texts of one
// language — the largest, to count the worst case). The batch page (dist/batch/, when built) is
// a table of its own: it is never part of the one-case page's first visit, and the budget
// does not count it.
//   node tools/size-report.mjs [DIR] [--check BUDGET.json] [--json OUT.json]
// With --check, exits 1 if the one-case page's first visit's brotli total exceeds the budget.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

export function sizes(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const referenced = new Set(['index.html', 'sw.js']);
  for (const m of html.matchAll(/(?:href|from|fetch\()\s*=?\s*['"]\.\/([^'"]+)['"]/g)) referenced.add(m[1]);
  for (const m of html.matchAll(/module_or_path: fetch\('\.\/([^']+)'/g)) referenced.add(m[1]);
  // The texts: the page's bundle of one language per first visit; the largest counts.
  const largest = largestWords(dir, html, 'page', './');
  if (largest) referenced.add(largest);
  const files = listing(dir, (name) => referenced.has(name));
  const result = { files, firstVisit: total(files) };
  const batch = join(dir, 'batch');
  if (existsSync(join(batch, 'index.html'))) result.batch = batchSizes(dir, batch);
  return result;
}

const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/// The largest (brotli) of the words files of a bundle that a page names (`page: ['./words-…'`).
function largestWords(dir, html, bundle, path) {
  const escaped = path.replace(/\./g, '\\.');
  const names = [...html.matchAll(new RegExp(`${bundle}: \\['${escaped}(words-[^']+)'`, 'g'))].map((m) => m[1]);
  return names.map((name) => [name, brotli(readFileSync(join(dir, name)))]).sort((a, b) => b[1] - a[1])[0]?.[0];
}

function listing(dir, counted) {
  return readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile()).sort().map((name) => {
    const bytes = readFileSync(join(dir, name));
    return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotli(bytes), firstVisit: counted(name) };
  });
}

function total(files) {
  const sum = (key) => files.filter((f) => f.firstVisit).reduce((n, f) => n + f[key], 0);
  return { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}

/// The batch page: every file of its folder (all of them load when it opens: the page, its
/// worker with the spreadsheet readers), the one-case page's stylesheet it shares, and the page
/// and batch texts of its largest language, from the folder above.
function batchSizes(dir, batch) {
  const html = readFileSync(join(batch, 'index.html'), 'utf8');
  // Its remover is published only to take the page down.
  const own = listing(batch, (name) => name !== 'sw-remove.js').filter((f) => f.firstVisit).map((f) => ({ ...f, name: `batch/${f.name}` }));
  const above = new Set();
  for (const m of html.matchAll(/href="\.\.\/([^"]+)"/g)) above.add(m[1]);
  for (const bundle of ['page', 'batch']) {
    const name = largestWords(dir, html, bundle, '../');
    if (name) above.add(name);
  }
  const shared = listing(dir, (name) => above.has(name)).filter((f) => f.firstVisit);
  const files = [...own, ...shared];
  return { files, firstVisit: total(files) };
}

const kb = (n) => (n / 1024).toFixed(1);

export function table({ files, firstVisit, batch }) {
  const rows = files.map((f) => `| ${f.name}${f.firstVisit ? ' *' : ''} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`);
  const lines = [
    '| file (* = downloaded on a first visit) | raw KB | gzip KB | brotli KB |',
    '|---|---:|---:|---:|',
    ...rows,
    `| **first visit, total** | **${kb(firstVisit.raw)}** | **${kb(firstVisit.gzip)}** | **${kb(firstVisit.brotli)}** |`,
  ];
  if (batch) {
    lines.push(
      '',
      'The batch page (batch/; never part of the one-case page\'s first visit, not in its budget):',
      '',
      '| file opened with the batch page | raw KB | gzip KB | brotli KB |',
      '|---|---:|---:|---:|',
      ...batch.files.map((f) => `| ${f.name} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`),
      `| **batch page, total** | **${kb(batch.firstVisit.raw)}** | **${kb(batch.firstVisit.gzip)}** | **${kb(batch.firstVisit.brotli)}** |`,
    );
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dir = args.find((a, i) => !a.startsWith('--') && !['--check', '--json'].includes(args[i - 1])) ?? 'dist';
  const report = sizes(dir);
  console.log(table(report));
  const json = args.indexOf('--json');
  if (json >= 0) writeFileSync(args[json + 1], JSON.stringify(report, null, 2));
  const check = args.indexOf('--check');
  if (check >= 0) {
    const budget = JSON.parse(readFileSync(args[check + 1], 'utf8'));
    const limit = budget.first_visit_brotli_bytes;
    const verdict = report.firstVisit.brotli <= limit ? 'within' : 'OVER';
    console.log(`\nFirst visit of the one-case page: ${report.firstVisit.brotli} bytes brotli, ${verdict} the budget of ${limit} bytes.`);
    if (report.firstVisit.brotli > limit) process.exit(1);
  }
}
