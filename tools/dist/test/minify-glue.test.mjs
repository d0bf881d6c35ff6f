// tools/minify-glue.mjs, a build step beside amnesty-dist: the glue comes out smaller, behaving
// the same, with its export statement as it was on a line of its own (the one-file edition reads
// it), and a glue of another shape is refused rather than half understood.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportsOf, minifyGlue, minifyWorkerGlue } from '../../minify-glue.mjs';

const glue = [
  'let calls = 0;',
  'function helperWithALongName(value) {',
  '    calls += 1;',
  '    return value * 2;',
  '}',
  'function initSync(module) {',
  '    return helperWithALongName(module) + calls;',
  '}',
  'async function __wbg_init(module_or_path) {',
  '    return initSync(module_or_path);',
  '}',
  'export { initSync, __wbg_init as default };',
  '',
].join('\n');

const load = (code) => import(`data:text/javascript,${encodeURIComponent(code)}`);

test('smaller, the exports named and behaving as before, the statement on its last line', async () => {
  const out = await minifyGlue(glue);
  assert.ok(out.length < glue.length, out);
  assert.ok(!out.includes('helperWithALongName'), out);
  assert.match(out, /function __wbg_init\(/);
  assert.ok(out.endsWith('\nexport { initSync, __wbg_init as default };\n'), out);
  const [before, after] = [await load(glue), await load(out)];
  assert.equal(after.initSync(5), before.initSync(5));
  assert.equal(await after.default(7), await before.default(7));
});

test('a glue that exports elsewhere than its last line is refused', () => {
  assert.throws(() => exportsOf(`export function f() {}\n${glue}`), /more than its last line/);
  assert.throws(() => exportsOf('function f() {}\n'), /one export statement/);
});

// The worker's glue: a classic script (wasm-bindgen's `no-modules` target) whose one global the
// worker's loader calls after `importScripts`.
const workerGlue = [
  'let wasm_bindgen = (function(exports) {',
  '    let callsWithALongName = 0;',
  '    function helperWithALongName(value) {',
  '        callsWithALongName += 1;',
  '        return value * 2 + callsWithALongName;',
  '    }',
  '    async function __wbg_init(module_or_path) {',
  '        return helperWithALongName(module_or_path);',
  '    }',
  '    return Object.assign(__wbg_init, { initSync: helperWithALongName }, exports);',
  '})({ __proto__: null });',
  '',
].join('\n');

test('the worker\'s glue: smaller, its global kept and behaving as before', async () => {
  const { runInNewContext } = await import('node:vm');
  const out = await minifyWorkerGlue(workerGlue);
  assert.ok(out.length < workerGlue.length, out);
  assert.ok(!out.includes('helperWithALongName'), out);
  const run = async (code) => {
    const context = {};
    runInNewContext(`${code}\nthis.glue = wasm_bindgen;`, context);
    return [await context.glue(5), context.glue.initSync(1)];
  };
  assert.deepEqual(await run(out), await run(workerGlue));
  await assert.rejects(minifyWorkerGlue('var other = 1;\n'), /wasm_bindgen/);
});
