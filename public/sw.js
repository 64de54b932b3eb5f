// Dossier's service worker: read again without a network.
// - Built assets (/assets/*, content-hashed, never change): cache first.
// - Pages and data files: network first, so nothing is served stale while online; the cache is only the
//   fallback when the network fails. Every page and data file fetched through here is kept, so every
//   article a reader opened can be read again offline.
// - An opened article's data also brings its page into the cache, so a reload of that URL works offline
//   even when the article was reached by in-app navigation.
const CACHE = 'dossier-v1';
const SHELL = ['/'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

function isAsset(url) {
  return url.pathname.startsWith('/assets/');
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/** The page that shows an article's data: /data/articles/<slug>.json → /articles/<slug>. */
function pageOfData(url) {
  const match = /^\/data\/articles\/([^/]+)\.json$/.exec(url.pathname);
  return match ? `/articles/${match[1]}` : null;
}

async function keepPage(cache, path) {
  if (await cache.match(path)) return;
  try {
    const response = await fetch(path, { credentials: 'same-origin' });
    if (response.ok) await cache.put(path, response);
  } catch {
    // Offline already: nothing to keep.
  }
}

async function networkFirst(request, event) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    // Only good answers are kept: a 404 page must not replace an article read before.
    if (response.ok) {
      await cache.put(request, response.clone());
      const page = pageOfData(new URL(request.url));
      if (page) event.waitUntil(keepPage(cache, page));
    }
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
    if (cached) return cached;
    // An unopened page offline: the home page shell, which shows the offline note.
    if (request.mode === 'navigate') {
      const shell = await cache.match('/');
      if (shell) return shell;
    }
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (isAsset(url)) event.respondWith(cacheFirst(request));
  else if (request.mode === 'navigate' || url.pathname.startsWith('/data/')) event.respondWith(networkFirst(request, event));
});

// The page tells the worker what it loaded before the worker was in control.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'cache-urls' || !Array.isArray(data.urls)) return;
  const paths = data.urls.filter((path) => typeof path === 'string' && path.startsWith('/'));
  if (typeof data.page === 'string' && data.page.startsWith('/')) paths.push(data.page);
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        paths.map(async (path) => {
          if (await cache.match(path)) return;
          try {
            const response = await fetch(path, { credentials: 'same-origin' });
            if (response.ok) await cache.put(path, response);
          } catch {
            // Skipped; the next visit fills it.
          }
        }),
      ),
    ),
  );
});
