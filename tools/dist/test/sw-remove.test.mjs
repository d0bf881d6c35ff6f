// The remover (js/sw-remove.js): installed at once, it deletes its page's caches and unregisters,
// and answers no request.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cacheStorage, listeners, run } from './harness.mjs';

test('it replaces the worker at once, deletes its caches only, and removes itself', async () => {
  const caches = cacheStorage(['amnesty-1', 'amnesty-2', 'amnesty.batch-1', 'site']);
  const scope = {
    ...listeners(),
    skipWaiting: () => { scope.skipped = true; },
    registration: { unregister: async () => { scope.unregistered = true; } },
  };
  run('sw-remove.js', { self: scope, caches, __CACHE_PREFIX__: 'amnesty-' });
  assert.equal(scope.on.fetch, undefined, 'it answers nothing');
  scope.on.install[0]();
  assert.equal(scope.skipped, true);
  let waited;
  scope.on.activate[0]({ waitUntil: (p) => { waited = p; } });
  await waited;
  assert.deepEqual(await caches.keys(), ['amnesty.batch-1', 'site']);
  assert.equal(scope.unregistered, true);
});
