// Clippings' service worker. The post-build step (crates/clippings-dist) writes the build's own
// file list and a version made from those files' contents in place of the two markers below,
// so hashed file names are always right and a new build always means a new cache.
const VERSION = '__CLIPPINGS_VERSION__';
const FILES = __CLIPPINGS_FILES__;
// A collection in parts: the parts' file names (in parts/). None is fetched at install; each is
// kept when the page first fetches it, in a cache of its own that outlives builds, because a
// part's name is made from its contents: a new build keeps the parts it did not change.
const PARTS = __CLIPPINGS_PARTS__;
const CACHE = `clippings-${VERSION}`;
const PARTS_CACHE = 'clippings-parts';
const PARTS_URL = new URL('./parts/', self.registration.scope).href;
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
        names.filter((name) => name.startsWith('clippings-') && name !== CACHE && name !== PARTS_CACHE)
          .map((name) => caches.delete(name)),
      ))
      .then(() => forgetOtherParts())
      .then(() => self.clients.claim()),
  );
});

// The page asks for this when the reader chose to load the waiting update.
self.addEventListener('message', (event) => {
  if (event.data === 'activate-update') self.skipWaiting();
});

/** Parts of earlier builds that this one no longer has go; a build without parts keeps none, and
 * has no cache for them. */
function forgetOtherParts() {
  if (PARTS.length === 0) return caches.delete(PARTS_CACHE);
  const current = new Set(PARTS.map((name) => PARTS_URL + name));
  return caches.open(PARTS_CACHE)
    .then((cache) => cache.keys()
      .then((kept) => Promise.all(kept.filter((r) => !current.has(r.url)).map((r) => cache.delete(r)))));
}

/** A part from the cache, else from the network and then kept; offline and never fetched, the
 * page's fetch fails and the page says so. */
function part(request) {
  return caches.open(PARTS_CACHE).then((cache) => cache.match(request).then((kept) => kept ?? fetch(request)
    .then((response) => {
      if (response.ok) cache.put(request, response.clone());
      return response;
    })));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  if (request.url.startsWith(PARTS_URL)) {
    event.respondWith(part(request));
    return;
  }
  // Navigations of this app are its one page; the hash holds the rest of the state.
  const key = request.mode === 'navigate' ? PAGE : request;
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(key, { ignoreSearch: request.mode === 'navigate' }))
      .then((cached) => cached ?? fetch(request)),
  );
});
