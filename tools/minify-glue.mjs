// Minifies the pages' wasm-bindgen glue (Trunk leaves it as wasm-bindgen wrote it): its local
// names shortened and its code compacted by terser, its exports kept by name on a line of their
// own, so the one-file edition (amnesty-dist) still finds `__wbg_init`. −1.1 KB brotli on every
// first visit (README, "Performance and size"). Run by scripts/build.sh after
// tools/drop-unused-exports.mjs, before amnesty-dist finishes the page; with `--batch`, by
// scripts/build-batch.sh on the batch page's two glues (the page's module and its worker's
// classic script), before amnesty-dist gives the worker's files their hashed names.
//   node tools/minify-glue.mjs DIR
//   node tools/minify-glue.mjs --batch DIR/batch
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/// The glue's one export statement (`export { initSync, __wbg_init as default };`), last in the
/// file, and the local names it exports. Fails on any other shape, so that a new wasm-bindgen's
/// glue is never minified half understood.
export function exportsOf(js) {
  const lines = js.trimEnd().split('\n');
  const last = lines[lines.length - 1];
  const names = last.match(/^export \{([^}]*)\};$/)?.[1];
  if (!names) throw new Error('the glue does not end with one export statement');
  if (lines.slice(0, -1).some((line) => line.startsWith('export'))) throw new Error('the glue exports more than its last line');
  const locals = names.split(',').map((n) => n.trim().split(/\s+as\s+/)[0]).filter(Boolean);
  return { statement: last, locals };
}

/// The glue minified: its top-level names shortened except the exported ones, the export
/// statement as it was, on a line of its own.
export async function minifyGlue(js) {
  const { statement, locals } = exportsOf(js);
  const out = await minify(js, {
    module: true,
    compress: { passes: 2 },
    mangle: { reserved: locals },
    format: { comments: false },
  });
  const tail = out.code.match(/export\s*\{[^}]*\};?$/);
  if (!tail) throw new Error('the minified glue does not end with its export statement');
  const code = out.code.slice(0, tail.index);
  for (const name of locals) {
    if (!new RegExp(`\\b${name}\\b`).test(code)) throw new Error(`the minified glue lost ${name}`);
  }
  return `${code}\n${statement}\n`;
}

export async function minifyPageGlue(dir) {
  const htmlPath = join(dir, 'index.html');
  let html = readFileSync(htmlPath, 'utf8');
  const glueName = html.match(/import init, \* as bindings from '\.\/([^']+\.js)'/)?.[1];
  if (!glueName) throw new Error(`${htmlPath}: no glue in the start-up script`);
  const js = readFileSync(join(dir, glueName), 'utf8');
  const glue = await minifyGlue(js);
  writeFileSync(join(dir, glueName), glue);
  // Trunk's preload names the glue's integrity.
  html = html.replaceAll(integrity(js), integrity(glue));
  writeFileSync(htmlPath, html);
  return { before: js.length, after: glue.length };
}

/// The worker's glue as Trunk writes it (`--target no-modules`): a classic script whose one
/// top-level name, `wasm_bindgen`, the worker's loader calls after `importScripts`. Fails on any
/// other shape.
export async function minifyWorkerGlue(js) {
  const global = 'wasm_bindgen';
  if (!js.startsWith(`let ${global} = (function(exports) {`)) throw new Error(`the worker's glue does not begin by defining ${global}`);
  // A script's top-level names are global: terser keeps them unless told `toplevel`.
  const out = await minify(js, { module: false, compress: { passes: 2 }, format: { comments: false } });
  if (!out.code.startsWith(`let ${global}=`)) throw new Error(`the minified worker's glue lost ${global}`);
  return `${out.code}\n`;
}

/// The worker's glue as Trunk names it (amnesty-dist renames it by its content afterwards).
export const WORKER_GLUE = 'amnesty-batch-worker.js';

export async function minifyBatchGlue(dir) {
  const page = await minifyPageGlue(dir);
  const path = join(dir, WORKER_GLUE);
  const js = readFileSync(path, 'utf8');
  const glue = await minifyWorkerGlue(js);
  writeFileSync(path, glue);
  return { page, worker: { before: js.length, after: glue.length } };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const batch = process.argv[2] === '--batch';
  const dir = process.argv[batch ? 3 : 2] ?? 'dist';
  if (batch) {
    const { page, worker } = await minifyBatchGlue(dir);
    console.log(`${dir}: glue minified, page ${page.before} → ${page.after}, worker ${worker.before} → ${worker.after} bytes`);
  } else {
    const { before, after } = await minifyPageGlue(dir);
    console.log(`${dir}: glue minified, ${before} → ${after} bytes`);
  }
}
