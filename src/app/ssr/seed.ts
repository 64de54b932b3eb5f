// The data a prerendered page was rendered with, embedded in the page as JSON so the browser can seed
// react-query with it: hydration then renders exactly what the server did, with no fetch for the first paint.
// It is a <script type="application/json"> block — data, never executed — so a CSP `script-src 'self'` holds.
import type { QueryClient, QueryKey } from '@tanstack/react-query';

export const SEED_ELEMENT_ID = 'dossier-data';

export interface SeedQuery {
  key: QueryKey;
  data: unknown;
}

export interface PageSeed {
  /** The path the page was rendered for ("/articles/slug"; "/404" for the not-found page). */
  path: string;
  queries: SeedQuery[];
  /**
   * The page's whole stylesheets: linked where an article's secondary regions begin (src/app/ssr/WholeStylesheets.tsx),
   * and loaded by the app before it goes live.
   */
  stylesheets: string[];
}

/**
 * JSON that is safe inside a <script> element: "<" is escaped everywhere, so neither "</script>" nor
 * "<!--" in the data can end or confuse the element; U+2028/2029 for old JavaScript parsers.
 * JSON.parse reads the escapes back to the same text.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function seedScriptTag(seed: PageSeed): string {
  return `<script type="application/json" id="${SEED_ELEMENT_ID}">${scriptSafeJson(seed)}</script>`;
}

function isPageSeed(value: unknown): value is PageSeed {
  if (typeof value !== 'object' || value === null) return false;
  const { path, queries, stylesheets } = value as Partial<PageSeed>;
  return (
    typeof path === 'string' &&
    Array.isArray(queries) &&
    queries.every((query: unknown) => typeof query === 'object' && query !== null && Array.isArray((query as SeedQuery).key)) &&
    Array.isArray(stylesheets) &&
    stylesheets.every((url: unknown) => typeof url === 'string' && url.startsWith('/') && !url.startsWith('//'))
  );
}

/**
 * The seed of a prerendered page's HTML text, or null. The block's JSON escapes every "<" (scriptSafeJson), so the
 * first "<" after it starts its end tag.
 */
export function seedFromHtml(html: string): PageSeed | null {
  const block = new RegExp(`<script type="application/json" id="${SEED_ELEMENT_ID}">([^<]*)</script>`).exec(html);
  if (!block) return null;
  try {
    const value: unknown = JSON.parse(block[1]!);
    return isPageSeed(value) ? value : null;
  } catch {
    return null;
  }
}

/** The page's seed, or null when the page has none (the dev server) or it is unreadable. */
export function readSeed(doc: Document): PageSeed | null {
  const text = doc.getElementById(SEED_ELEMENT_ID)?.textContent;
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isPageSeed(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * Puts the seed's data in the cache. Not validated again: the build validated it against the schema
 * before rendering, and it travels in the same HTML as the code that reads it.
 */
export function seedQueryClient(client: QueryClient, seed: PageSeed): void {
  for (const query of seed.queries) client.setQueryData(query.key, query.data);
}
