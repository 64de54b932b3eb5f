// Regions of a page that can be painted after its main text: an article's quotes and related lists and its entity
// sidebar. Prerendered pages inline the rules for the rest of the page in <head> and the rules these regions need
// after the markup (src/pipeline/site/prerender.ts), so the first frame is the main text alone, as fast as a plain
// page; the regions follow a moment later, styled. In Chromium the article's link to the whole stylesheet, just
// before them (WholeStylesheets.tsx), even holds the parser until then. In the live app the attribute does nothing.

export const SECONDARY_REGION = 'data-secondary';

/** Spread on a region's outermost element. */
export const secondaryRegion = { [SECONDARY_REGION]: '' } as const;
