// Prerendered pages inline only the rules their own markup can use (src/pipeline/site/criticalCss.ts), in <head>
// and after the markup, and name the whole stylesheets in <noscript data-full-css>. The app loads those before it
// goes live, so every state it can show (buttons, selections, panels, other routes) is styled. They go at the end
// of <body>, after every inlined rule: each inlined rule is repeated there in its original order, so the cascade
// is the whole sheet's and nothing on screen changes.

const GIVE_UP_MS = 8000;

/** Stylesheet URLs the page asks to be loaded in full. */
export function fullStyleUrls(doc: Document): string[] {
  const holder = doc.querySelector<HTMLElement>('noscript[data-full-css]');
  return (holder?.dataset.fullCss ?? '').split(' ').filter((url) => url.startsWith('/'));
}

/** Adds each stylesheet at the end of <body> and settles when all have loaded or failed (or after a while: never stuck). */
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
        doc.body.append(link);
      }),
  );
  return Promise.all(loads).then(() => undefined);
}
