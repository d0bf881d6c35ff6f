// Takes out of a page built by Trunk the classes wasm-bindgen exports for wasm-streams (Leptos
// 0.8 links it, through server_fn, even in a client-side page, and nothing here calls it): their
// exports leave the wasm with the code only they reach, their classes leave the glue, and the
// page's integrity attributes follow. 1.2 KB brotli of the wasm and 0.4 KB of the glue on every
// first visit (README, "Performance and size"). Run by scripts/build.sh after Trunk, before
// amnesty-dist finishes the page.
//   node tools/drop-unused-exports.mjs DIR
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import binaryen from 'binaryen';

/// wasm-streams' exported classes: a byte source, a source and a sink for Web Streams.
export const UNUSED_CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];

const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/// The wasm's exports of a class as wasm-bindgen names them (`__wbg_name_free`, `name_method`).
const ofClass = (exportName, cls) => {
  const lower = cls.toLowerCase();
  return exportName === `__wbg_${lower}_free` || exportName.startsWith(`${lower}_`);
};

/// The wasm without the classes' exports and what only they reached.
export function dropFromWasm(bytes, classes) {
  const module = binaryen.readBinary(bytes);
  try {
    const names = [];
    for (let i = 0; i < module.getNumExports(); i++) names.push(binaryen.getExportInfo(module.getExportByIndex(i)).name);
    const dropped = names.filter((name) => classes.some((cls) => ofClass(name, cls)));
    for (const name of dropped) module.removeExport(name);
    module.runPasses(['remove-unused-module-elements']);
    if (!module.validate()) throw new Error('the wasm does not validate after dropping exports');
    return { wasm: module.emitBinary(), dropped };
  } finally {
    module.dispose();
  }
}

/// The glue without the classes (their bodies, disposers and finalisation registries). Fails if
/// anything of them is left, so that a new wasm-bindgen's glue cannot be half cut.
export function dropFromGlue(js, classes, dropped) {
  let out = js;
  for (const cls of classes) {
    const start = out.indexOf(`export class ${cls} {\n`);
    if (start < 0) throw new Error(`the glue has no class ${cls}`);
    const end = out.indexOf('\n}\n', start);
    out = out.slice(0, start) + out.slice(end + 3);
    out = out.replace(`if (Symbol.dispose) ${cls}.prototype[Symbol.dispose] = ${cls}.prototype.free;\n`, '');
    out = out.replace(new RegExp(`const ${cls}Finalization = [^;]*;\\n`), '');
  }
  const left = [...classes, ...dropped.map((name) => `wasm.${name}(`)].filter((name) => out.includes(name));
  if (left.length) throw new Error(`the glue still names ${left.join(', ')}`);
  return out;
}

export function dropUnusedExports(dir, classes = UNUSED_CLASSES) {
  const htmlPath = join(dir, 'index.html');
  let html = readFileSync(htmlPath, 'utf8');
  const glueName = html.match(/import init, \* as bindings from '\.\/([^']+\.js)'/)?.[1];
  const wasmName = html.match(/module_or_path: '\.\/([^']+\.wasm)'/)?.[1];
  if (!glueName || !wasmName) throw new Error(`${htmlPath}: no glue or wasm in the start-up script`);
  const js = readFileSync(join(dir, glueName), 'utf8');
  const present = classes.filter((cls) => js.includes(`export class ${cls} {`));
  if (present.length === 0) return [];
  const wasmBytes = readFileSync(join(dir, wasmName));
  const { wasm, dropped } = dropFromWasm(wasmBytes, present);
  const glue = dropFromGlue(js, present, dropped);
  writeFileSync(join(dir, wasmName), wasm);
  writeFileSync(join(dir, glueName), glue);
  // Trunk's preloads name the files' integrity.
  html = html.replaceAll(integrity(wasmBytes), integrity(wasm)).replaceAll(integrity(js), integrity(glue));
  writeFileSync(htmlPath, html);
  return dropped;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const dropped = dropUnusedExports(dir);
  console.log(`${dir}: ${dropped.length} unused exports dropped`);
}
