// The page's whole stylesheets as <link>s, rendered where an article's secondary regions begin. Chromium holds the
// HTML parser at a stylesheet in <body> until it has loaded and paints what came before meanwhile: the first frame
// is the main text alone, laid out before the parser has even read the quotes, related list and entity sidebar.
// (Other engines go on parsing; the head's rules keep those regions hidden until this sheet arrives and reveals them.)
// Prerendered pages name their sheets in the seed (src/app/ssr/seed.ts); the dev server's pages have none.
// Once the app is live the sheets are linked at the end of <body> (src/app/ssr/fullStyles.ts), so these links go:
// an article opened later in the app adds no second link to a sheet already applied.
import { createContext, use } from 'react';
import { useIsLive } from './useIsLive.ts';

export const StylesheetsContext = createContext<readonly string[]>([]);

export function WholeStylesheets() {
  const urls = use(StylesheetsContext);
  // The server's answer while hydrating, so the markup matches; none once live (the app went live after linking them).
  if (useIsLive()) return null;
  return urls.map((url) => <link key={url} rel="stylesheet" href={url} />);
}
