// A prerendered page inlines only the CSS its own markup needs and loads the whole stylesheet without blocking
// the first paint (media="print": fetched, never render-blocking). The app switches it on before it goes live,
// so states and pages the prerendered markup lacks (a selected name, a targeted quote, the display panel,
// other routes) are styled from the first interactive frame. Not inline script: a CSP of script-src 'self' holds.

/** Marks the stylesheet links the build defers (src/pipeline/site/prerender.ts). */
export const DEFERRED_STYLE_ATTRIBUTE = 'data-deferred-style';

function loaded(link: HTMLLinkElement): Promise<void> {
  if (link.sheet) return Promise.resolve();
  return new Promise((resolve) => {
    // A stylesheet that fails to load must not keep the app from starting: the inline CSS still styles the page.
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
}

/** Applies every deferred stylesheet; resolves once each has loaded (or failed). Nothing to do on the dev server. */
export function applyDeferredStyles(doc: Document): Promise<void> {
  const links = [...doc.querySelectorAll<HTMLLinkElement>(`link[${DEFERRED_STYLE_ATTRIBUTE}]`)];
  return Promise.all(
    links.map((link) => {
      link.media = 'all';
      return loaded(link);
    }),
  ).then(() => undefined);
}
