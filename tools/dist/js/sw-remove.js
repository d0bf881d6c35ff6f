// Shipped beside each page's sw.js, for whoever takes the calculator down (the text below says how).
/* Removes the amnesty calculator's offline copy. To take the calculator down or move it,
   publish this file as sw.js in the calculator's old folder and keep it there: each browser
   that kept a copy runs it on its next visit to a page in that folder (at a site's root: any
   page of the site), deletes the copy and stops. */
const PREFIX = __CACHE_PREFIX__;
self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX)).map((k) => caches.delete(k))))
      .then(() => self.registration.unregister()),
  );
});
