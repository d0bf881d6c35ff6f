// After the program started: the service worker, for offline use (not from file://), and word to
// the page when a newer version is waiting (the one-case page shows it; nothing typed is lost).
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register('./sw.js').then((registration) => {
    const ready = () => dispatchEvent(new CustomEvent('amnesty-update-ready'));
    if (registration.waiting && navigator.serviceWorker.controller) ready();
    registration.addEventListener('updatefound', () => {
      const next = registration.installing;
      if (next) next.addEventListener('statechange', () => {
        if (next.state === 'installed' && navigator.serviceWorker.controller) ready();
      });
    });
  }, () => {});
}
