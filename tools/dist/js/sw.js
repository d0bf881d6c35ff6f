// The offline copy of the page in this folder. It caches exactly the page's own files (listed
// below) and nothing else: no request made by the page about a person is cached or sent anywhere.
const PREFIX = __CACHE_PREFIX__;
const VERSION = __VERSION__;
const CACHE = PREFIX + VERSION;
const FILES = __FILES__;
// Their full addresses: './' is the folder itself, the page's usual address.
const OWN = new Set(FILES.map((f) => new URL(f, self.location).href));

// The page itself is fetched afresh; the hashed files may come from the browser's cache, so the
// program the page has just loaded does not cross the network a second time.
const FRESH = new Set(['./', './index.html']);
self.addEventListener('install', (event) => {
  const requests = FILES.map((f) => new Request(f, { cache: FRESH.has(f) ? 'reload' : 'default' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  // The page is the same with any query (?lang=ru); the other files carry their hash in their name.
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  // The host's other pages, folders and missing addresses are not ours: without respondWith the
  // browser fetches them as if there were no worker (their own page, their 404, offline an error).
  if (request.method !== 'GET' || !OWN.has(url.href)) return;
  event.respondWith(caches.open(CACHE).then(async (cache) => (await cache.match(url.href)) ?? fetch(request)));
});
