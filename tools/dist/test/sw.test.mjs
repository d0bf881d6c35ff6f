// The service worker (js/sw.js): it caches the page's files, answers for them alone, and on a
// new version deletes its own old caches and no other page's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cacheStorage, FakeRequest, listeners, run } from './harness.mjs';

const SCOPE = 'https://ngo.example/amnesty/';

function worker({ prefix = 'amnesty-', version = '0123456789abcdef', caches = cacheStorage() } = {}) {
  const scope = { ...listeners(), location: new URL(`${SCOPE}sw.js`), clients: { claim: async () => { scope.claimed = true; } } };
  const fetched = [];
  run('sw.js', {
    self: scope,
    caches,
    Request: FakeRequest,
    fetch: async (request) => { fetched.push(request.url); return `network ${request.url}`; },
    __CACHE_PREFIX__: prefix,
    __VERSION__: version,
    __FILES__: ['./', './index.html', './app-1.js', '../main-1.css'],
  });
  return { scope, caches, fetched };
}

/// What the worker does with a request: the answer it gives, or undefined when it lets the
/// browser go to the network as if there were no worker.
async function answer(scope, url, method = 'GET') {
  let answered;
  scope.on.fetch[0]({ request: new FakeRequest(url, { method }), respondWith: (p) => { answered = p; } });
  return answered && (await answered);
}

test('install caches every file of the list, the page itself afresh', async () => {
  const { scope, caches } = worker();
  let waited;
  scope.on.install[0]({ waitUntil: (p) => { waited = p; } });
  await waited;
  const [name] = await caches.keys();
  assert.equal(name, 'amnesty-0123456789abcdef');
  assert.deepEqual([...caches.stores.get(name).keys()], ['./', './index.html', './app-1.js', '../main-1.css']);
});

test('it answers for its own files, the page with any query, and nothing else of the site', async () => {
  const { scope, caches } = worker();
  const store = await caches.open('amnesty-0123456789abcdef');
  await store.addAll([new FakeRequest(`${SCOPE}app-1.js`), new FakeRequest(SCOPE)]);
  assert.equal(await answer(scope, `${SCOPE}app-1.js`), `cached ${SCOPE}app-1.js`);
  assert.equal(await answer(scope, `${SCOPE}?lang=ru#result`), `cached ${SCOPE}`);
  assert.equal(await answer(scope, `${SCOPE}index.html?lang=kk`), `network ${SCOPE}index.html?lang=kk`, 'a file not cached yet comes from the network');
  assert.equal(await answer(scope, 'https://ngo.example/main-1.css'), 'network https://ngo.example/main-1.css', 'a borrowed file from the folder above');
  for (const other of ['https://ngo.example/', 'https://ngo.example/news.html', `${SCOPE}missing.html`, `${SCOPE}batch/`, 'https://elsewhere.example/amnesty/app-1.js']) {
    assert.equal(await answer(scope, other), undefined, other);
  }
  assert.equal(await answer(scope, `${SCOPE}app-1.js`, 'POST'), undefined, 'only GET');
});

test('a new version deletes its own old caches, never another page\'s, and takes over', async () => {
  const caches = cacheStorage(['amnesty-old', 'amnesty-0123456789abcdef', 'amnesty.batch-old', 'site-cache']);
  const { scope } = worker({ caches });
  let waited;
  scope.on.activate[0]({ waitUntil: (p) => { waited = p; } });
  await waited;
  assert.deepEqual(await caches.keys(), ['amnesty-0123456789abcdef', 'amnesty.batch-old', 'site-cache']);
  assert.equal(scope.claimed, true);
});

test('the batch page\'s worker leaves the one-case page\'s caches alone', async () => {
  const caches = cacheStorage(['amnesty-0123456789abcdef', 'amnesty.batch-old']);
  const { scope } = worker({ prefix: 'amnesty.batch-', version: 'fedcba9876543210', caches });
  let waited;
  scope.on.activate[0]({ waitUntil: (p) => { waited = p; } });
  await waited;
  assert.deepEqual(await caches.keys(), ['amnesty-0123456789abcdef']);
});
