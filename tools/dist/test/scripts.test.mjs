// The smaller scripts of js/: the one-file edition's texts and start, the service worker's
// registration, the batch page's worker loader and start; and every file is valid JavaScript.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { JS, listeners, run, source } from './harness.mjs';
import { check } from './syntax.mjs';

/// The scripts that go inside a page's module script (the rest are classic scripts of a worker).
const IN_A_PAGE = ['words-loader.js', 'words-inline.js', 'one-file-start.js', 'register-sw.js', 'batch-start.js'];

test('every script is valid JavaScript as it stands (its placeholders are names)', () => {
  const names = readdirSync(JS).filter((n) => n.endsWith('.js')).sort();
  assert.deepEqual(names, ['batch-start.js', 'one-file-start.js', 'register-sw.js', 'sw-remove.js', 'sw.js', 'words-inline.js', 'words-loader.js', 'worker-loader.js']);
  for (const name of names) check(source(name), { module: IN_A_PAGE.includes(name) });
});

test('the one-file edition has every text inside and fetches none', async () => {
  const window = {};
  run('words-inline.js', { window, __WORDS_TEXTS__: { kk: { page: 'kk page', help: 'kk help' } } });
  assert.equal(await window.amnestyWords('kk'), 'kk page');
  assert.equal(await window.amnestyWords('kk', 'help'), 'kk help');
});

test('the one-file edition starts the program from the bytes inside it', async () => {
  const window = {};
  const events = [];
  let given;
  const { done } = run('one-file-start.js', {
    window,
    __WASM_BASE64__: Buffer.from('\0asm').toString('base64'),
    // The build writes the glue's exported functions' names here; each becomes a binding of
    // its own name, as this one does.
    __EXPORTS__: () => 'x',
    __wbg_init: async (options) => { given = options.module_or_path; return 'instance'; },
    dispatchEvent: (e) => events.push(e),
    CustomEvent: class { constructor(type, init) { this.type = type; this.detail = init.detail; } },
  });
  await done;
  assert.deepEqual([...given], [0, 0x61, 0x73, 0x6d]);
  assert.equal(window.wasmBindings.__EXPORTS__(), 'x');
  assert.deepEqual(events.map((e) => [e.type, e.detail.wasm]), [['TrunkApplicationStarted', 'instance']]);
});

/// The registration, on a page at `protocol`, with a registration in `state`.
async function register(protocol, state = {}) {
  const window = listeners();
  const registration = { ...listeners(), waiting: state.waiting ?? null, installing: null };
  const told = [];
  const registered = [];
  run('register-sw.js', {
    location: { protocol },
    navigator: {
      serviceWorker: {
        controller: state.controller ?? null,
        register: async (url) => { registered.push(url); return registration; },
      },
    },
    dispatchEvent: (e) => told.push(e.type),
    CustomEvent: class { constructor(type) { this.type = type; } },
    window,
  });
  await new Promise((resolve) => setImmediate(resolve));
  return { registration, told, registered };
}

test('the service worker is registered from http(s) only, and a waiting version is told', async () => {
  assert.deepEqual((await register('file:')).registered, []);
  const plain = await register('https:');
  assert.deepEqual([plain.registered, plain.told], [['./sw.js'], []]);
  assert.deepEqual((await register('http:', { waiting: {}, controller: {} })).told, ['amnesty-update-ready']);
  // A first visit (no controller) has nothing to update.
  assert.deepEqual((await register('http:', { waiting: {} })).told, []);
});

test('a version found while the page is open is told once it is installed', async () => {
  const { registration, told } = await register('https:', { controller: {} });
  const next = { ...listeners(), state: 'installing' };
  registration.installing = next;
  registration.on.updatefound[0]();
  next.on.statechange[0]();
  assert.deepEqual(told, []);
  next.state = 'installed';
  next.on.statechange[0]();
  assert.deepEqual(told, ['amnesty-update-ready']);
});

/// The worker's loader, with the program's fetch succeeding or not.
async function loader(programLoads) {
  const imported = [];
  const posted = [];
  let started;
  const { context } = run('worker-loader.js', {
    importScripts: (url) => imported.push(url),
    fetch: (url, init) => ({ url, integrity: init.integrity }),
    wasm_bindgen: (options) => { started = options.module_or_path; return programLoads ? Promise.resolve() : Promise.reject(new Error('integrity')); },
    postMessage: (m) => posted.push(m),
    __GLUE__: './glue-1.js',
    __WASM__: './program-1_bg.wasm',
    __INTEGRITY__: 'sha384-x',
    __BROKEN__: { kind: 'broken' },
  });
  await new Promise((resolve) => setImmediate(resolve));
  return { imported, started, posted, context };
}

test('the worker loads its glue, then its program with its integrity, and says when it cannot', async () => {
  const ok = await loader(true);
  assert.deepEqual(ok.imported, ['./glue-1.js']);
  assert.deepEqual(ok.started, { url: './program-1_bg.wasm', integrity: 'sha384-x' });
  assert.deepEqual(ok.posted, []);
  assert.deepEqual((await loader(false)).posted, [{ kind: 'broken' }]);
});

test('the batch page names its worker', () => {
  const window = {};
  run('batch-start.js', { window, __WORKER_LOADER__: './loader-1.js' });
  assert.equal(window.amnestyBatchWorker, './loader-1.js');
});
