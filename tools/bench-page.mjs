// Speed of the built page in headless Chromium (a benchmark, not a test):
//  - time from navigation until the form is usable, with the network throttled to 1.6 Mbit/s
//    down and 150 ms round trip and the CPU slowed 4x, median of LOADS cold loads;
//  - time from a keystroke to the updated result (median and worst of 50 edits, CPU slowed 4x);
//  - decisions per second of the engine inside the page (wasm, through its JSON entry point,
//    which only the engine-hook build of the page has: scripts/build-engine-hook.sh).
//   node tools/bench-page.mjs [DIST] [LOADS] [HOOK_DIST]
import { chromium } from '../tests/e2e/node_modules/playwright-core/index.mjs';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { serve } from './serve.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/helpers.mjs';

const dist = process.argv[2] ?? 'dist';
const loads = Number(process.argv[3] ?? 7);
const hookDist = process.argv[4] ?? 'target/dist-engine-hook';
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

const server = await serve(dist, 0, '/');
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

async function throttledPage({ network }) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  // Marks the moment the first field of the form exists and can take input.
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const input = document.getElementById('f-offences-0-article');
      if (input && !input.disabled) { window.__usable = performance.now(); observer.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8,
    });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page };
}

const usable = [];
for (let i = 0; i < loads; i++) {
  const { context, page } = await throttledPage({ network: true });
  await page.goto(url);
  await page.waitForFunction(() => window.__usable !== undefined, null, { timeout: 60000 });
  usable.push(await page.evaluate(() => window.__usable));
  await context.close();
}

const { context, page } = await throttledPage({ network: false });
await page.goto(url);
await page.waitForSelector('#f-offences-0-article');
await page.fill('#f-offences-0-article', '106');
await page.fill('#f-offences-0-part', '1');
await page.fill('#f-offences-0-committed_on', '2022-01-05');
await page.selectOption('select[id^="category-"]', 'grave');
await page.fill('#f-sentence-start', '2022-01-06');
await page.fill('#f-sentence-years', '8');
const edits = await page.evaluate(async () => {
  const input = document.getElementById('f-sentence-years');
  const headline = () => document.querySelector('.headline');
  const times = [];
  for (let i = 0; i < 50; i++) {
    const [value, outcome] = i % 2 ? ['8', 'term_reduced'] : ['5', 'release'];
    const start = performance.now();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    while (headline()?.dataset.outcome !== outcome) await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => requestAnimationFrame(() => r()));
    times.push(performance.now() - start);
  }
  return times;
});
await context.close();

const cases = readdirSync('examples/cases').filter((f) => f.endsWith('.json')).map((f) => readFileSync(join('examples/cases', f), 'utf8'));
const hookServer = await serve(hookDist, 0, '/');
const plain = await browser.newPage();
await plain.goto(`http://127.0.0.1:${hookServer.address().port}/`);
await plain.waitForSelector('#result-heading');
const inBrowser = await plain.evaluate((files) => {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < 3000) for (const f of files) { window.wasmBindings.decide_case_file(f, '2026-11-25'); n++; }
  return n / ((performance.now() - start) / 1000);
}, cases);
const chromium_version = browser.version();
await browser.close();
server.close();
hookServer.close();

const ms = (x) => `${Math.round(x)} ms`;
console.log(`| measure | result |
|---|---|
| form usable after navigation, 1.6 Mbit/s, 150 ms RTT, CPU 4× slower (median of ${loads} cold loads) | **${ms(median(usable))}** (fastest ${ms(Math.min(...usable))}, slowest ${ms(Math.max(...usable))}) |
| keystroke to updated result, CPU 4× slower (50 edits) | median **${ms(median(edits))}**, worst ${ms(Math.max(...edits))} |
| engine in the page (wasm, JSON in and out) | **${Math.round(inBrowser).toLocaleString('en')} decisions/s** |

Machine: ${cpus()[0].model}, ${cpus().length} cores; Chromium ${chromium_version}.`);
