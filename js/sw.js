// Clippings' service worker. The post-build step (crates/clippings-dist) writes the build's own
// file list and a version made from those files' contents in place of the two markers below,
// so hashed file names are always right and a new build always means a new cache.
const VERSION = '__CLIPPINGS_VERSION__';
const FILES = __CLIPPINGS_FILES__;
const CACHE = `clippings-${VERSION}`;
const PAGE = new URL('./', self.registration.scope).href;

self.addEventListener('install', (event) => {
  // Every file or none: a cache missing one file would break the app offline.
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  // Old builds' caches go as a whole, so old and new files never mix.
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(
        names.filter((name) => name.startsWith('clippings-') && name !== CACHE).map((name) => caches.delete(name)),
      ))
      .then(() => self.clients.claim()),
  );
});

// The page asks for this when the reader chose to load the waiting update.
self.addEventListener('message', (event) => {
  if (event.data === 'activate-update') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  // Navigations of this app are its one page; the hash holds the rest of the state.
  const key = request.mode === 'navigate' ? PAGE : request;
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(key, { ignoreSearch: request.mode === 'navigate' }))
      .then((cached) => cached ?? fetch(request)),
  );
});
