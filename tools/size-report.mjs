// Sizes of the built page: every file in dist/ raw, gzip and brotli, and what a first visit
// downloads (the page, its script, wasm and stylesheet, the service worker, and the texts of one
// language — the largest, to count the worst case).
//   node tools/size-report.mjs [DIR] [--check BUDGET.json] [--json OUT.json]
// With --check, exits 1 if the first visit's brotli total exceeds the budget.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

export function sizes(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const referenced = new Set(['index.html', 'sw.js']);
  for (const m of html.matchAll(/(?:href|from|fetch\()\s*=?\s*['"]\.\/([^'"]+)['"]/g)) referenced.add(m[1]);
  for (const m of html.matchAll(/module_or_path: fetch\('\.\/([^']+)'/g)) referenced.add(m[1]);
  // The texts: one language per first visit; the largest counts.
  const words = [...html.matchAll(/\w\w: \['\.\/(words-[^']+)'/g)].map((m) => m[1]);
  const largest = words
    .map((name) => [name, brotliCompressSync(readFileSync(join(dir, name)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length])
    .sort((a, b) => b[1] - a[1])[0];
  if (largest) referenced.add(largest[0]);
  const files = readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile()).sort().map((name) => {
    const bytes = readFileSync(join(dir, name));
    return {
      name,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      firstVisit: referenced.has(name),
    };
  });
  const sum = (key) => files.filter((f) => f.firstVisit).reduce((n, f) => n + f[key], 0);
  return { files, firstVisit: { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') } };
}

const kb = (n) => (n / 1024).toFixed(1);

export function table({ files, firstVisit }) {
  const rows = files.map((f) => `| ${f.name}${f.firstVisit ? ' *' : ''} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`);
  return [
    '| file (* = downloaded on a first visit) | raw KB | gzip KB | brotli KB |',
    '|---|---:|---:|---:|',
    ...rows,
    `| **first visit, total** | **${kb(firstVisit.raw)}** | **${kb(firstVisit.gzip)}** | **${kb(firstVisit.brotli)}** |`,
  ].join('\n');
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
    console.log(`\nFirst visit: ${report.firstVisit.brotli} bytes brotli, ${verdict} the budget of ${limit} bytes.`);
    if (report.firstVisit.brotli > limit) process.exit(1);
  }
}
