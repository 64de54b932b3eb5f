// Dossier's service worker: read again without a network.
// - Built assets (/assets/*, content-hashed, never change): cache first.
// - Pages and data files: network first, so nothing is served stale while online; the cache is only the
//   fallback when the network fails. Every page and data file fetched through here is kept, so every
//   article a reader opened can be read again offline.
// - An opened article's data also brings its page into the cache, so a reload of that URL works offline
//   even when the article was reached by in-app navigation. On a big static site the app reads an article's (or a
//   recurring entity's) data from the seed of its page (src/app/api/fetchJson.ts): that fetch is kept like data,
//   under the page's own URL, so the page itself is what is saved.
// - When a page names a built asset the cache does not hold (a new build), assets no cached page needs any more
//   are deleted, so old builds do not pile up; those an older saved page still needs stay for offline reading.
// - The reader's saved display preferences are written onto <html> of every page served here, so a returning
//   reader's theme and text size apply before the first paint with no script in the page's <head>.
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

/** Where the build's content-hashed files are. */
const ASSETS = '/assets/';

function isAsset(url) {
  return url.pathname.startsWith(ASSETS);
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

/** Where the preferences sent by the page (src/app/features/prefs/prefs.ts) are kept: a cache key, never fetched. */
const PREFS_KEY = '/__dossier/prefs';

/** Each preference attribute with the values it may take; the absence of one is the default. The worker cannot
 * import the app's modules: this mirrors prefsAttributes in src/app/features/prefs/prefs.ts (a test keeps them equal). */
const PREF_VALUES = {
  'data-theme': ['light', 'dark'],
  'data-text-size': ['small', 'large', 'x-large'],
  'data-line-width': ['narrow', 'wide'],
};

/** Only known attributes with known values: whatever a message holds, nothing else is ever written into a page. */
function knownPrefAttributes(attributes) {
  const kept = {};
  if (!attributes || typeof attributes !== 'object') return kept;
  for (const [name, values] of Object.entries(PREF_VALUES)) {
    if (values.includes(attributes[name])) kept[name] = attributes[name];
  }
  return kept;
}

/** `text` with its <html> start tag carrying exactly `attributes` as preferences; null while that tag is incomplete. */
function withPrefAttributes(text, attributes) {
  const match = /<html\b[^>]*>/i.exec(text);
  if (!match) return null;
  const bare = match[0].replace(/\s+data-(?:theme|text-size|line-width)=(?:"[^"]*"|'[^']*'|[^\s>]*)/gi, '');
  const added = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  return text.slice(0, match.index) + bare.replace(/\/?>$/, (end) => `${added}${end}`) + text.slice(match.index + match[0].length);
}

/** The <html> tag is in a page's first bytes; past this much text without one, the page is passed on untouched. */
const HTML_TAG_WITHIN = 4096;

/** A page streamed on with the preferences on its <html> tag; anything that is not an HTML page, unchanged. */
function withPrefs(response, attributes) {
  const isPage = (response.headers.get('content-type') || '').includes('text/html');
  if (!Object.keys(attributes).length || !isPage || !response.body) return response;
  let start = '';
  let passing = false;
  const rewrite = new TransformStream({
    transform(chunk, controller) {
      if (passing) return controller.enqueue(chunk);
      start += chunk;
      const rewritten = withPrefAttributes(start, attributes);
      if (rewritten === null && start.length < HTML_TAG_WITHIN) return;
      controller.enqueue(rewritten ?? start);
      passing = true;
    },
    flush(controller) {
      if (!passing) controller.enqueue(withPrefAttributes(start, attributes) ?? start);
    },
  });
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  const body = response.body.pipeThrough(new TextDecoderStream()).pipeThrough(rewrite).pipeThrough(new TextEncoderStream());
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

async function savedPrefs() {
  try {
    const saved = await (await caches.open(CACHE)).match(PREFS_KEY);
    return saved ? knownPrefAttributes(await saved.json()) : {};
  } catch {
    return {};
  }
}

/** A page with the reader's preferences; pages are network-first like data. */
async function pageWithPrefs(request, event) {
  const [response, prefs] = await Promise.all([networkFirst(request, event), savedPrefs()]);
  return withPrefs(response, prefs);
}

/** File names of built assets in a text: hashed names, as pages, scripts and stylesheets refer to them. */
function assetNamesIn(text) {
  return new Set(text.match(/[\w.-]+\.(?:m?js|css|woff2?|ttf|otf|svg|png|jpe?g|gif|webp|avif)(?![\w-])/g) ?? []);
}

/** Asset names a page links from /assets/ (its scripts and stylesheets). */
function pageAssetNames(text) {
  return new Set([...text.matchAll(/\/assets\/([\w.-]+)/g)].map((match) => match[1]));
}

/**
 * The cached assets still needed: those the cached pages link, then those the needed scripts and stylesheets
 * name (lazy chunks, fonts), followed to the end. `assets` maps each cached asset's name to its text (null when
 * it is not text). Pure.
 */
function assetsStillNeeded(pageTexts, assets) {
  const needed = new Set();
  const queue = [];
  const need = (names) => {
    for (const name of names) {
      if (!assets.has(name) || needed.has(name)) continue;
      needed.add(name);
      queue.push(name);
    }
  };
  for (const text of pageTexts) need(pageAssetNames(text));
  while (queue.length > 0) {
    const text = assets.get(queue.pop());
    if (text) need(assetNamesIn(text));
  }
  return needed;
}

const isTextAsset = (name) => /\.(?:m?js|css|svg)$/.test(name);

/** Deletes the cached assets that no cached page needs any more; returns their paths. */
async function pruneAssets(cache) {
  const pageTexts = [];
  const assets = new Map();
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (path.startsWith(ASSETS)) {
      const name = path.slice(ASSETS.length);
      assets.set(name, isTextAsset(name) ? ((await (await cache.match(request))?.text()) ?? null) : null);
      continue;
    }
    const response = await cache.match(request);
    if ((response?.headers.get('content-type') || '').includes('text/html')) pageTexts.push(await response.text());
  }
  const needed = assetsStillNeeded(pageTexts, assets);
  const unneeded = [...assets.keys()].filter((name) => !needed.has(name)).map((name) => ASSETS + name);
  await Promise.all(unneeded.map((path) => cache.delete(path)));
  return unneeded;
}

/** Prunes once a fresh page names an asset the cache does not hold: a new build has been deployed. */
async function pruneAfterNewBuild(cache, page) {
  const named = pageAssetNames(await page.text());
  const cached = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
  if ([...named].some((name) => !cached.has(ASSETS + name))) await pruneAssets(cache);
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
      if (request.mode === 'navigate') event.waitUntil(pruneAfterNewBuild(cache, response.clone()).catch(() => {}));
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

/** A page the app fetches for the data in its seed: an article's or an entity's own page. */
function isSeededPage(url) {
  return /^\/(?:articles|entities)\/[^/]+$/.test(url.pathname);
}

/** How a same-origin GET is answered: 'asset' (cache first), 'page' (network first, with the preferences), 'data'
 * (network first), or null (left to the browser). Pure. */
function strategyFor(url, mode) {
  if (isAsset(url)) return 'asset';
  if (mode === 'navigate') return 'page';
  if (url.pathname.startsWith('/data/') || isSeededPage(url)) return 'data';
  return null;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const strategy = strategyFor(url, request.mode);
  if (strategy === 'asset') event.respondWith(cacheFirst(request));
  else if (strategy === 'page') event.respondWith(pageWithPrefs(request, event));
  else if (strategy === 'data') event.respondWith(networkFirst(request, event));
});

// The page sends the reader's preferences whenever it starts or they change.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'prefs') return;
  const body = JSON.stringify(knownPrefAttributes(data.attributes));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.put(PREFS_KEY, new Response(body, { headers: { 'content-type': 'application/json' } }))));
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
