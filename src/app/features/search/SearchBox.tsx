// The home page search box: searches as you type, with filters by section, speaker, name and date. What only a
// search needs (the filter fields, why each result matched) is in searchUi.tsx, loaded with the engine.
import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { SearchEngine } from './engine.ts';
import type { SearchUi } from './searchUi.tsx';
import { hasFilters, type SearchRequest } from './request.ts';
import type { SearchStatus } from './useArticleSearch.ts';

/**
 * The filters' box: the summary is part of the page, the fields come with the search's code (searchUi.tsx), loaded
 * as soon as the reader shows intent (opening the box focuses it).
 */
function Filters({ request, onRequest, onPrepare, engine, ui }: { request: SearchRequest; onRequest: (request: SearchRequest) => void; onPrepare: () => void; engine: SearchEngine | null; ui: SearchUi | null }) {
  const [open, setOpen] = useState(hasFilters(request));
  return (
    <details className="search-filters" open={open || hasFilters(request)} onToggle={(event) => {
        setOpen(event.currentTarget.open);
        // a browser that does not focus a clicked summary still shows intent by opening it
        if (event.currentTarget.open) onPrepare();
      }}>
      <summary>Filters{hasFilters(request) ? ' (on)' : ''}</summary>
      {ui ? <ui.FilterFields request={request} onRequest={onRequest} engine={engine} /> : (open || hasFilters(request)) && <p className="search-hint">Loading the filters…</p>}
    </details>
  );
}

export function SearchBox({ request, onRequest, onPrepare, status, engine, ui, resultCount, approximate = false, shownCount = resultCount, total, retry }: {
  request: SearchRequest;
  onRequest: (request: SearchRequest) => void;
  onPrepare: () => void;
  status: SearchStatus;
  engine: SearchEngine | null;
  /** The search's own components, once loaded. */
  ui: SearchUi | null;
  resultCount: number;
  /** resultCount is an upper bound (a quoted phrase whose candidates were not all checked). */
  approximate?: boolean;
  /** Results on screen. */
  shownCount?: number;
  total: number;
  retry: () => void;
}) {
  const hintId = useId();
  const box = useRef<HTMLInputElement>(null);
  // Text put in the box before it was hydrated (typed before the app's code ran, pasted or filled in without key
  // presses) is in the field but not in the request: React keeps the server's empty value and would wipe it.
  useLayoutEffect(() => {
    const typed = box.current?.value ?? '';
    if (typed && typed !== request.q) onRequest({ ...request, q: typed });
    // once, as the box comes alive
  }, []);
  // until the search's code is here, a search can only be on its way
  const message = ui ? ui.statusMessage(request, status, engine !== null, resultCount, total, approximate, shownCount) : status === 'loading' ? 'Preparing the search…' : '';
  return (
    <form role="search" className="search" onSubmit={(event) => event.preventDefault()} onFocus={onPrepare}>
      <label htmlFor="search" className="search-label">
        Search articles
      </label>
      <div className="search-row">
        <input
          ref={box}
          id="search"
          type="search"
          className="search-input"
          value={request.q}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={hintId}
          placeholder="Any words from the text, names, quotes"
          onChange={(event) => {
            onPrepare();
            onRequest({ ...request, q: event.target.value });
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && request.q) {
              event.preventDefault();
              onRequest({ ...request, q: '' });
            } else if (event.key === 'ArrowDown') {
              // down from the box goes to the first result
              const first = document.querySelector<HTMLAnchorElement>('ul[aria-label="Search results"] a');
              if (first) {
                event.preventDefault();
                first.focus();
              }
            }
          }}
        />
      </div>
      <p id={hintId} className="search-hint">
        Press <kbd>/</kbd> to search from anywhere on this page; <kbd>↓</kbd> goes to the results.
      </p>
      <Filters request={request} onRequest={onRequest} onPrepare={onPrepare} engine={engine} ui={ui} />
      {status === 'error' ? (
        <div className="error-box" role="alert">
          <p className="error-title">The search could not be loaded. Check your connection and try again.</p>
          <button type="button" className="button" onClick={retry}>
            Retry
          </button>
        </div>
      ) : (
        <p role="status" className={status === 'ready' && resultCount === 0 && message ? 'search-status no-results' : 'search-status'}>
          {message}
        </p>
      )}
    </form>
  );
}
