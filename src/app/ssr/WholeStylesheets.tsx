// The page's whole stylesheets as <link>s, rendered where an article's secondary regions begin. Chromium holds the
// HTML parser at a stylesheet in <body> until it has loaded and paints what came before meanwhile: the first frame
// is the main text alone, laid out before the parser has even read the quotes, related list and entity sidebar.
// (Other engines go on parsing; the head's rules keep those regions hidden until this sheet arrives and reveals them.)
// Prerendered pages name their sheets in the seed (src/app/ssr/seed.ts); the dev server's pages have none.
import { createContext, use } from 'react';

export const StylesheetsContext = createContext<readonly string[]>([]);

export function WholeStylesheets() {
  return use(StylesheetsContext).map((url) => <link key={url} rel="stylesheet" href={url} />);
}
