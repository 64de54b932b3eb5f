// Regions of a page that can be painted after its main text: an article's quotes and related lists and its entity
// sidebar. Prerendered pages inline in <head> only the rules for the rest of the page and hide these regions until
// the whole stylesheet, linked just before them (WholeStylesheets.tsx), has arrived and reveals them (styles.css;
// src/pipeline/site/prerender.ts). So the first frame is the main text alone, as fast as a plain page, and the regions
// follow a moment later, styled, in every engine; Chromium even holds the parser at that link. Once the app is live
// the hiding rule no longer matches, so a sheet that failed to load never leaves the regions hidden.

export const SECONDARY_REGION = 'data-secondary';

/** Set on #root once the app is live (main.tsx): the page's whole stylesheets have loaded or failed by then. */
export const LIVE_ATTRIBUTE = 'data-hydrated';

/** Spread on a region's outermost element. */
export const secondaryRegion = { [SECONDARY_REGION]: '' } as const;

/**
 * The article's own text (ArticlePage.tsx). A prerendered article's first paint waits until it is parsed
 * (src/pipeline/site/pages.ts), so the first frame holds the text rather than an empty page.
 */
export const ARTICLE_TEXT_ID = 'article-text';
