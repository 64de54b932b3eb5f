// Prerendered pages inline in <head> only the rules their own markup can use (src/pipeline/site/criticalCss.ts);
// their seed names the whole stylesheets. The app loads those before it goes live, so every state it can show
// (buttons, selections, panels, other routes) is styled. They go at the end of <body>, after every inlined rule: each
// inlined rule is repeated there in its original order, so the cascade is the whole sheet's and nothing on screen
// changes.

const GIVE_UP_MS = 8000;

/** Adds each stylesheet at the end of <body> and settles when all have loaded or failed (or after a while: never stuck). */
export function loadFullStyles(doc: Document, urls: readonly string[]): Promise<void> {
  const loads = urls.map(
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
