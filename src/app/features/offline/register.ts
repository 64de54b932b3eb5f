// Registers the service worker (public/sw.js) and hands it what this page has already loaded, so the
// article opened cold, before the worker existed, is available offline too.

/** A page the app fetched for the data in its seed (src/app/api/fetchJson.ts): an article's or an entity's. */
const SEEDED_PAGE = /^\/(?:articles|entities)\/[^/]+$/;

/**
 * Same-origin files worth keeping: built assets, data files and the pages fetched for their seed's data (not the
 * page's analytics, fonts, etc.).
 */
export function cacheableUrls(urls: readonly string[], origin: string): string[] {
  const keep = new Set<string>();
  for (const raw of urls) {
    let url: URL;
    try {
      url = new URL(raw, origin);
    } catch {
      continue;
    }
    if (url.origin !== origin) continue;
    if (url.pathname.startsWith('/assets/') || url.pathname.startsWith('/data/') || SEEDED_PAGE.test(url.pathname)) keep.add(url.pathname);
  }
  return [...keep];
}

export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
  const worker = registration.active ?? (await navigator.serviceWorker.ready).active;
  const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
  worker?.postMessage({
    type: 'cache-urls',
    urls: cacheableUrls(loaded, location.origin),
    page: location.pathname,
  });
}

/** How long after load the worker waits: its install downloads files, which must not compete with the
 * reader's first clicks. */
export const REGISTER_DELAY_MS = 4000;

/** Registers a while after the page has loaded, when the browser is idle. */
export function registerWhenLoaded(): void {
  const go = () => void registerServiceWorker().catch(() => {});
  const later = () =>
    window.setTimeout(() => {
      if ('requestIdleCallback' in window) window.requestIdleCallback(go, { timeout: 2000 });
      else go();
    }, REGISTER_DELAY_MS);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
