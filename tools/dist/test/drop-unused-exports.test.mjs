// tools/drop-unused-exports.mjs, a build step beside amnesty-dist: the glue loses exactly the unused
// classes, and refuses to be half cut.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropFromGlue } from '../../drop-unused-exports.mjs';

const glue = [
  'export class Kept {',
  '    go() { wasm.kept_go(); }',
  '}',
  'export class Unused {',
  '    free() {',
  '        wasm.__wbg_unused_free(0);',
  '    }',
  '}',
  'if (Symbol.dispose) Unused.prototype[Symbol.dispose] = Unused.prototype.free;',
  'function other() { return 1; }',
  "const UnusedFinalization = (typeof FinalizationRegistry === 'undefined')",
  '    ? { register: () => {}, unregister: () => {} }',
  '    : new FinalizationRegistry(ptr => wasm.__wbg_unused_free(ptr, 1));',
  'export { other };',
  '',
].join('\n');

test('the unused class, its disposer and its registry leave; the rest stays as it was', () => {
  const out = dropFromGlue(glue, ['Unused'], ['__wbg_unused_free']);
  assert.equal(out, [
    'export class Kept {',
    '    go() { wasm.kept_go(); }',
    '}',
    'function other() { return 1; }',
    'export { other };',
    '',
  ].join('\n'));
});

test('a class the glue does not have, or a dropped export still called, fails', () => {
  assert.throws(() => dropFromGlue(glue, ['Missing'], []), /no class Missing/);
  const calledElsewhere = `${glue}function late() { wasm.__wbg_unused_free(0); }\n`;
  assert.throws(() => dropFromGlue(calledElsewhere, ['Unused'], ['__wbg_unused_free']), /still names/);
});
