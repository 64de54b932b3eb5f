// Registers the service worker (public/sw.js) and hands it what this page has already loaded, so the
// article opened cold, before the worker existed, is available offline too.

/** Same-origin files worth keeping: built assets and data files (not the page's analytics, fonts, etc.). */
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
    if (url.pathname.startsWith('/assets/') || url.pathname.startsWith('/data/')) keep.add(url.pathname);
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

/** Registers after the page has loaded, so the worker never competes with the first paint. */
export function registerWhenLoaded(): void {
  const go = () => void registerServiceWorker().catch(() => {});
  if (document.readyState === 'complete') window.setTimeout(go, 0);
  else window.addEventListener('load', go, { once: true });
}
