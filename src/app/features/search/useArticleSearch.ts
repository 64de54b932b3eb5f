// Runs the search for the request in the URL. Nothing is fetched until the reader shows intent (focus, typing, or a
// search link opened): then the engine's chunk, the results' components and the index's table of contents, and per query only the term
// chunks and result fragments it needs. A failed file is an error with Retry, never an endless wait.
import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchJson, jsonOf } from '../../api/fetchJson.ts';
import { searchPaths } from '../../../shared/searchPaths.ts';
import type { Loader, SearchEngine, SearchResults } from './engine.ts';
import type { SearchUi } from './searchUi.tsx';
import { isActive, type SearchRequest } from './request.ts';

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Results are shown this many at a time. */
export const RESULTS_PAGE = 10;
/** Quiet time after the last keystroke before a query runs. */
const SETTLE_MS = 120;

const loadData: Loader = (path, schema) => fetchJson(`/data/${path}`, schema);

/**
 * Loads the engine's code and, at the same time rather than after it, the index's table of contents (the file
 * every search reads first): one round trip less before the first results.
 */
function openEngine(): Promise<SearchEngine> {
  const manifestUrl = `/data/${searchPaths.manifest}`;
  const manifest = fetch(manifestUrl, { headers: { accept: 'application/json' } });
  manifest.catch(() => undefined); // a failure is reported by the load below
  let first = true;
  const load: Loader = (path, schema) => {
    if (path !== searchPaths.manifest || !first) return loadData(path, schema);
    first = false;
    return manifest.then((response) => jsonOf(manifestUrl, response, schema));
  };
  return import('./engine.ts').then(({ openSearch }) => openSearch(load));
}

export function useArticleSearch(request: SearchRequest) {
  const [status, setStatus] = useState<SearchStatus>('idle');
  const [results, setResults] = useState<SearchResults | null>(null);
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [ui, setUi] = useState<SearchUi | null>(null);
  const [count, setCount] = useState(RESULTS_PAGE);
  const [attempt, setAttempt] = useState(0);
  const opening = useRef<Promise<SearchEngine> | null>(null);
  const latest = useRef(0);

  /** Starts loading the engine and the index's table of contents (once; again after a failure). */
  const prepare = useCallback((): Promise<SearchEngine> => {
    if (!opening.current) {
      // the engine (with the index's table of contents) and the components showing its results, side by side
      const open = Promise.all([openEngine(), import('./searchUi.tsx')]).then(([ready, components]) => {
        setUi(() => components);
        return ready;
      });
      opening.current = open;
      open.then(setEngine, () => {
        if (opening.current === open) opening.current = null;
      });
    }
    return opening.current;
  }, []);

  // a new query starts again from the first page of results
  const requestKey = JSON.stringify(request);
  useEffect(() => setCount(RESULTS_PAGE), [requestKey]);

  useEffect(() => {
    const run = ++latest.current;
    if (!isActive(request)) {
      setStatus('idle');
      setResults(null);
      return;
    }
    setStatus('loading');
    const timer = setTimeout(() => {
      prepare()
        .then((ready) => ready.search(request, count))
        .then(
          (found) => {
            if (run !== latest.current) return;
            setResults(found);
            setStatus('ready');
          },
          () => {
            if (run === latest.current) setStatus('error');
          },
        );
    }, SETTLE_MS);
    return () => clearTimeout(timer);
    // requestKey stands for the request's fields
  }, [requestKey, count, attempt, prepare]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const showMore = useCallback(() => setCount((n) => n + RESULTS_PAGE), []);
  return { status, results, engine, ui, prepare, retry, showMore };
}
