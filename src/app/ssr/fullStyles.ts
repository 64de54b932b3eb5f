// Prerendered pages inline only the rules their own markup can use (src/pipeline/site/criticalCss.ts) and name
// the whole stylesheets in <noscript data-full-css>. The app loads those before it goes live, so every state it
// can show (buttons, selections, panels, other routes) is styled; the rules it adds repeat, in the same order,
// the ones already inlined, so nothing on screen changes.

const GIVE_UP_MS = 8000;

/** Stylesheet URLs the page asks to be loaded in full. */
export function fullStyleUrls(doc: Document): string[] {
  const holder = doc.querySelector<HTMLElement>('noscript[data-full-css]');
  return (holder?.dataset.fullCss ?? '').split(' ').filter((url) => url.startsWith('/'));
}

/** Adds each stylesheet to <head> and settles when all have loaded or failed (or after a while: never stuck). */
export function loadFullStyles(doc: Document): Promise<void> {
  const loads = fullStyleUrls(doc).map(
    (url) =>
      new Promise<void>((settle) => {
        const link = doc.createElement('link');
        link.rel = 'stylesheet';
        link.href = url;
        link.addEventListener('load', () => settle());
        link.addEventListener('error', () => settle());
        setTimeout(settle, GIVE_UP_MS);
        doc.head.append(link);
      }),
  );
  return Promise.all(loads).then(() => undefined);
}
