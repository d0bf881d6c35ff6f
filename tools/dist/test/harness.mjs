// Runs a script of tools/dist/js/ as the browser would, in a context of its own with stubs for
// what it touches (fetch, caches, the service worker's scope…). The placeholders (`__NAME__`)
// are globals here: the files are valid JavaScript as they stand, and amnesty-dist fills each
// with a literal of the same kind.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const JS = join(dirname(fileURLToPath(import.meta.url)), '..', 'js');

export const source = (name) => readFileSync(join(JS, name), 'utf8');

/// Runs `name` with `globals`; a file with a top-level `await` (one inside a module script) is
/// run as the body of an async function. Returns the context and the script's completion.
export function run(name, globals = {}) {
  const context = vm.createContext({ URL, URLSearchParams, Promise, Uint8Array, atob, console, ...globals });
  let code = source(name);
  if (/^\s*(const \w+ = )?await /m.test(code)) code = `(async () => {\n${code}\n})()`;
  const done = vm.runInContext(code, context, { filename: name });
  return { context, done };
}

/// Event listeners by type, as `addEventListener` records them.
export function listeners() {
  const on = {};
  return {
    on,
    addEventListener: (type, listener) => { (on[type] ??= []).push(listener); },
  };
}

/// A Cache Storage of named caches, each a map from URL to response.
export function cacheStorage(names = []) {
  const stores = new Map(names.map((n) => [n, new Map()]));
  return {
    stores,
    keys: async () => [...stores.keys()],
    delete: async (name) => stores.delete(name),
    open: async (name) => {
      if (!stores.has(name)) stores.set(name, new Map());
      const store = stores.get(name);
      return {
        addAll: async (requests) => { for (const r of requests) store.set(r.url, `cached ${r.url}`); },
        match: async (url) => store.get(url),
      };
    },
  };
}

/// A `Request` as the worker makes them for its cache.
export class FakeRequest {
  constructor(url, init = {}) {
    this.url = url;
    this.cache = init.cache;
    this.method = init.method ?? 'GET';
  }
}
