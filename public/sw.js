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
    // A page never opened, offline: say so, and list what can be read.
    if (request.mode === 'navigate') return offlinePage(cache);
    throw error;
  }
}

const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]);

const decodeHtml = (text) =>
  text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[name]);

/** The headline of a cached page, from its <title> ("Headline · Dossier"); escaped again when shown. */
async function titleOf(response, fallback) {
  const match = /<title>([^<]*)<\/title>/i.exec(await response.text());
  return match ? decodeHtml(match[1]).replace(/ · Dossier$/, '').trim() : fallback;
}

/** A plain page (no app, so nothing to hydrate) naming the saved articles. */
async function offlinePage(cache) {
  const keys = await cache.keys();
  const saved = [];
  for (const request of keys) {
    const path = new URL(request.url).pathname;
    if (!/^\/articles\/[^/]+$/.test(path)) continue;
    const response = await cache.match(request);
    if (response) saved.push({ path, title: await titleOf(response, path) });
  }
  const list = saved.length
    ? `<ul>${saved.map((item) => `<li><a href="${escapeHtml(item.path)}">${escapeHtml(item.title)}</a></li>`).join('')}</ul>`
    : '<p>No articles have been saved yet: articles you open while online are kept for reading offline.</p>';
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><title>Offline · Dossier</title><style>body{font:1.05rem/1.6 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1.25rem}a{min-height:44px;display:inline-flex;align-items:center}</style></head><body><main><h1>You are offline</h1><p>This page has not been saved for offline reading.</p><h2>Saved articles</h2>${list}<p><a href="/">Home</a></p></main></body></html>`;
  return new Response(html, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
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
