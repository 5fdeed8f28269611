// Parallax service worker (template: scripts/postbuild.mjs fills in the version and the file list at
// build time). Precaches every built file, answers from the cache first so the app opens and works
// offline, and waits to take over until the page asks ("skip-waiting"), so a new version is only
// applied when the reader chooses to reload.
const VERSION = '__VERSION__';
const PRECACHE = "__PRECACHE__";
const CACHE = `parallax-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    // 'no-cache': revalidate with the server rather than trust the HTTP cache blindly (a deploy must
    // not precache a stale file), but take the body from the HTTP cache when the server says it has not
    // changed, so the files the page has just downloaded are not downloaded a second time.
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((path) => new Request(path, { cache: 'no-cache' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('parallax-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      let hit = await cache.match(request, { ignoreSearch: true });
      if (!hit && request.mode === 'navigate') hit = (await cache.match('./')) || (await cache.match('index.html'));
      return hit || fetch(request);
    })(),
  );
});
