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
  const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (response.status === 404) throw new NotFoundError(url);
  if (!response.ok) throw new HttpError(url, response.status);
  // A dev server may answer an unknown path with the HTML app shell: that is a missing file too.
  if ((response.headers.get('content-type') ?? '').includes('text/html')) throw new NotFoundError(url);
  return parseOrThrow(schema, await response.json(), url);
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
