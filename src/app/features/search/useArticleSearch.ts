// Runs the search for the request in the URL. Nothing is fetched until the reader shows intent (focus, typing, or a
// search link opened): then the engine's chunk and the index's table of contents, and per query only the term
// chunks and result fragments it needs. A failed file is an error with Retry, never an endless wait.
import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchJson } from '../../api/fetchJson.ts';
import type { Loader, SearchEngine, SearchResults } from './engine.ts';
import { isActive, type SearchRequest } from './request.ts';

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Results are shown this many at a time. */
export const RESULTS_PAGE = 10;
/** Quiet time after the last keystroke before a query runs. */
const SETTLE_MS = 120;

const loadData: Loader = (path, schema) => fetchJson(`/data/${path}`, schema);

export function useArticleSearch(request: SearchRequest) {
  const [status, setStatus] = useState<SearchStatus>('idle');
  const [results, setResults] = useState<SearchResults | null>(null);
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [count, setCount] = useState(RESULTS_PAGE);
  const [attempt, setAttempt] = useState(0);
  const opening = useRef<Promise<SearchEngine> | null>(null);
  const latest = useRef(0);

  /** Starts loading the engine and the index's table of contents (once; again after a failure). */
  const prepare = useCallback((): Promise<SearchEngine> => {
    if (!opening.current) {
      const open = import('./engine.ts').then(({ openSearch }) => openSearch(loadData));
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
  return { status, results, engine, prepare, retry, showMore };
}
