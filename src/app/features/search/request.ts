// A search as it lives in the URL: the words and the filters. Small and pure: the home page carries it, while the
// engine (engine.ts) is loaded only once the reader starts searching.

export interface SearchRequest {
  /** The words typed; every one must match, the last one as the start of a word while it is being typed. */
  q: string;
  /** Only articles of this section. */
  section: string;
  /** Only quotes by a speaker with this name (the words then must be in such a quote). */
  speaker: string;
  /** Only articles mentioning someone or something with this name. */
  mentions: string;
  /** Only articles dated from / to these days (YYYY-MM-DD), inclusive. */
  from: string;
  to: string;
}

export const FILTER_KEYS = ['section', 'speaker', 'mentions', 'from', 'to'] as const;
const KEYS = ['q', ...FILTER_KEYS] as const;

export const emptyRequest: SearchRequest = { q: '', section: '', speaker: '', mentions: '', from: '', to: '' };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function requestFromParams(params: URLSearchParams): SearchRequest {
  const request = { ...emptyRequest };
  for (const key of KEYS) request[key] = params.get(key) ?? '';
  // a malformed date in a shared link is ignored, not an error
  if (!ISO_DAY.test(request.from)) request.from = '';
  if (!ISO_DAY.test(request.to)) request.to = '';
  return request;
}

/** `params` with the request's non-empty parts set and its empty ones removed (other parameters are kept). */
export function withRequest(params: URLSearchParams, request: SearchRequest): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of KEYS) {
    if (request[key]) next.set(key, request[key]);
    else next.delete(key);
  }
  return next;
}

export const sameRequest = (a: SearchRequest, b: SearchRequest) => KEYS.every((key) => a[key] === b[key]);

/** True when the request asks for anything: words or a filter. */
export const isActive = (request: SearchRequest) => KEYS.some((key) => request[key].trim() !== '');

export const hasFilters = (request: SearchRequest) => FILTER_KEYS.some((key) => request[key].trim() !== '');
