// The batch page's speed in headless Chromium (a benchmark, not a test; the tests do not run it):
// 10,000 rows as CSV (Windows-1251, semicolons, as Russian-locale Excel writes it) and as an .xlsx
// workbook, from the file chosen to the full table on the screen. The page itself measures it
// (`data-batch-ms` on the root element: from the file input's change to the first frame after
// the results are drawn); the worker is running before the file is chosen, as it is for a user
// who has the page open. The files are the native benchmark's rows (`cargo bench -p amnesty-batch
// --bench batch`), written by `cargo run -p amnesty-batch --example caseload`.
//   node tools/bench-batch.mjs [DIST] [RUNS] [ROWS]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { serve } from './serve.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// playwright-core is installed with the browser tests.
const { chromium } = createRequire(join(root, 'tests', 'e2e', 'package.json'))('playwright-core');

const [dist = join(root, 'dist'), runs = '5', rows = '10000'] = process.argv.slice(2);
const scratch = mkdtempSync(join(tmpdir(), 'amnesty-bench-batch-'));
execFileSync('cargo', ['run', '-q', '--release', '--locked', '-p', 'amnesty-batch', '--example', 'caseload', '--', rows, scratch], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
});

const server = await serve(dist, 0, '/');
const url = `http://127.0.0.1:${server.address().port}/batch/?lang=en`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const opened = Date.now();
  await page.goto(url);
  await page.waitForSelector('html[data-batch-worker="ready"]', { timeout: 120000 });
  const startup = Date.now() - opened;
  const lines = [
    `Batch page in headless Chromium, ${rows} rows per file, ${runs} runs each (page opened and worker ready in ${startup} ms, first load, uncached).`,
    '',
    '| file | cases | median ms | fastest ms | slowest ms |',
    '|---|---:|---:|---:|---:|',
  ];
  for (const ext of ['csv', 'xlsx']) {
    const file = join(scratch, `caseload-${rows}.${ext}`);
    const times = [];
    let cases = 0;
    for (let i = 0; i < Number(runs); i++) {
      await page.evaluate(() => delete document.documentElement.dataset.batchMs);
      await page.setInputFiles('#batch-file', file);
      await page.waitForFunction(() => document.documentElement.dataset.batchMs !== undefined, null, { timeout: 300000 });
      times.push(Number(await page.evaluate(() => document.documentElement.dataset.batchMs)));
      cases = Number(await page.locator('.results').getAttribute('data-cases'));
      // The same file again must count as newly chosen.
      await page.evaluate(() => { document.querySelector('#batch-file').value = ''; });
    }
    lines.push(`| ${ext === 'csv' ? 'CSV, Windows-1251, `;`' : '.xlsx, date cells'} | ${cases} | ${median(times)} | ${Math.min(...times)} | ${Math.max(...times)} |`);
  }
  console.log(lines.join('\n'));
} finally {
  await browser.close();
  server.close();
  rmSync(scratch, { recursive: true, force: true });
}
