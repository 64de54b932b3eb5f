// Fetches a JSON data file and validates it at the boundary. A missing file is a NotFoundError,
// so routes can show the not-found page instead of a generic error.
import type * as z from 'zod/mini';
import { parseOrThrow } from '../../shared/schema.ts';

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
