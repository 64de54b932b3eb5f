// Fetches a JSON data file and validates it at the boundary. A missing file is a NotFoundError,
// so routes can show the not-found page instead of a generic error. On the static site of a big corpus an article's
// or a recurring entity's data exists only in the seed of its prerendered page (src/pipeline/output/entityLayout.ts,
// ownData 'page'): a data file would repeat it byte for byte, one more file per article. The site's layout says which;
// in-app navigation then fetches the page and reads its seed. (These live here, in the module every data query
// imports, rather than in a module of their own: Rolldown then keeps the app's first chunk whole.)
import { hashKey, queryOptions, type QueryKey } from '@tanstack/react-query';
import type * as z from 'zod/mini';
import { EntityLayout, parseOrThrow } from '../../shared/schema.ts';
import { seedFromHtml } from '../ssr/seed.ts';

export class NotFoundError extends Error {
  constructor(readonly url: string) {
    super(`Not found: ${url}`);
    this.name = 'NotFoundError';
  }
}

export class HttpError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`Could not load ${url} (HTTP ${status})`);
    this.name = 'HttpError';
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof NotFoundError;
}

export async function fetchJson<T>(url: string, schema: z.ZodMiniType<T>, signal?: AbortSignal): Promise<T> {
  if (!staysInPlace(url)) throw new NotFoundError(url);
  return jsonOf(url, await fetch(url, { signal, headers: { accept: 'application/json' } }), schema);
}

/** The validated JSON of a response to `url` (one already on its way, or fetchJson's). */
export async function jsonOf<T>(url: string, response: Response, schema: z.ZodMiniType<T>): Promise<T> {
  if (response.status === 404) throw new NotFoundError(url);
  if (!response.ok) throw new HttpError(url, response.status);
  // A dev server may answer an unknown path with the HTML app shell: that is a missing file too.
  if ((response.headers.get('content-type') ?? '').includes('text/html')) throw new NotFoundError(url);
  return parseOrThrow(schema, await response.json(), url);
}

/**
 * False when a segment of the path would be read by a server as a separate segment or a step up: an id like
 * "../slugs" is sent as "..%2Fslugs", but many static servers decode that and serve /data/slugs.json, so a
 * crafted link could show another file's content under its address. No real slug or id looks like that.
 */
export function staysInPlace(url: string): boolean {
  return url.split('/').every((segment, index) => {
    if (index === 0) return segment === '';
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return false;
    }
    // No slug or id starts with a dot; "." and ".." (and the empty id's ".json") must never be sent.
    return decoded !== '' && !/[/\\]/.test(decoded) && !decoded.startsWith('.');
  });
}

/** Data file names come from ids and slugs: encode them so a crafted id cannot leave /data/. */
export function dataPath(...segments: string[]): string {
  return `/data/${segments.map(encodeURIComponent).join('/')}.json`;
}

/** A page file must hold the page it is named for: a mixed-up file would repeat or skip items. */
export function checkPageNumber<T extends { page: number }>(data: T, page: number, list: string): T {
  if (data.page !== page) throw new Error(`${list}/${page}.json: holds page ${data.page} instead`);
  return data;
}

/** The page's own path of an item ("/articles/<slug>", "/entities/<id>"), its segment encoded like a data path. */
export const pagePath = (folder: 'articles' | 'entities', id: string) => `/${folder}/${encodeURIComponent(id)}`;

/** The data the page at `url` was rendered with for the query `key`, validated like a data file. */
export async function fetchSeededData<T>(url: string, key: QueryKey, schema: z.ZodMiniType<T>, signal?: AbortSignal): Promise<T> {
  if (!staysInPlace(url)) throw new NotFoundError(url);
  const response = await fetch(url, { signal, headers: { accept: 'text/html' } });
  if (response.status === 404) throw new NotFoundError(url);
  if (!response.ok) throw new HttpError(url, response.status);
  const wanted = hashKey(key);
  const seeded = seedFromHtml(await response.text())?.queries.find((query) => hashKey(query.key) === wanted);
  if (!seeded) throw new Error(`${url}: the page carries no data for ${JSON.stringify(key)}`);
  return parseOrThrow(schema, seeded.data, url);
}

/**
 * `entity-layout.json`: how many buckets the site's entities share, and whether items with a prerendered page keep
 * their data only in its seed (every prerendered page's seed carries it).
 */
export const entityLayoutQuery = () =>
  queryOptions({
    queryKey: ['entityLayout'],
    queryFn: ({ signal }) => fetchJson(dataPath('entity-layout'), EntityLayout, signal),
  });

