// Applies saved display preferences before first paint. Built pages have it inline in <head>, allowed by its hash
// in their CSP (src/pipeline/site/pages.ts); the dev server loads this file. Mirrors src/app/features/prefs/prefs.ts.
(function () {
  try {
    var prefs = JSON.parse(localStorage.getItem('dossier-prefs') || '{}') || {};
    var root = document.documentElement;
    if (prefs.theme === 'light' || prefs.theme === 'dark') root.setAttribute('data-theme', prefs.theme);
    if (['small', 'large', 'x-large'].indexOf(prefs.textSize) >= 0) root.setAttribute('data-text-size', prefs.textSize);
    if (prefs.lineWidth === 'narrow' || prefs.lineWidth === 'wide') root.setAttribute('data-line-width', prefs.lineWidth);
  } catch (error) {
    // Storage disabled or corrupt: system defaults.
  }
})();
