// Written by debug builds (`trunk serve`) in place of the offline service worker: a worker left
// over from a release build on the same address would otherwise keep serving old files.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('clippings-')).map((name) => caches.delete(name))))
      .then(() => self.registration.unregister())
      .then(() => self.clients.matchAll({ type: 'window' }))
      .then((windows) => windows.forEach((client) => client.navigate(client.url))),
  );
});
