// The home page search: narrows the article list as you type and says why each article matched.
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { MatchReason, Snippet } from './documents.ts';
import type { SearchStatus } from './useArticleSearch.ts';

function Passage({ snippet }: { snippet: Snippet }) {
  return (
    <>
      {snippet.before}
      {snippet.hit && <mark className="search-hit">{snippet.hit}</mark>}
      {snippet.after}
    </>
  );
}

function reasonContent(reason: MatchReason, slug: string): ReactNode {
  switch (reason.field) {
    case 'title':
      return <>Headline: <Passage snippet={reason.snippet} /></>;
    case 'entity':
      return <>Mentions {reason.names.join(', ')}</>;
    case 'quote':
      return (
        <>
          Quote{reason.speaker ? ` by ${reason.speaker}` : ''}:{' '}
          <Link to={`/articles/${encodeURIComponent(slug)}#${reason.quoteId}`}>
            “<Passage snippet={reason.snippet} />”
          </Link>
        </>
      );
    case 'text':
      return <>Text: <Passage snippet={reason.snippet} /></>;
  }
}

export function MatchReasons({ reasons, slug }: { reasons: readonly MatchReason[]; slug: string }) {
  if (reasons.length === 0) return null;
  return (
    <ul className="match-reasons" aria-label="Why it matched">
      {reasons.map((reason, index) => (
        <li key={`${reason.field}-${index}`}>{reasonContent(reason, slug)}</li>
      ))}
    </ul>
  );
}

export function SearchBox({ query, onQuery, onPrepare, status, resultCount, total }: {
  query: string;
  onQuery: (query: string) => void;
  onPrepare: () => void;
  status: SearchStatus;
  resultCount: number;
  total: number;
}) {
  const hintId = useId();
  const trimmed = query.trim();
  let message = '';
  if (trimmed && status === 'loading') message = 'Preparing the search…';
  else if (trimmed && status === 'error') message = 'The search could not be loaded. Check your connection and try again.';
  else if (trimmed && status === 'ready') {
    message =
      resultCount === 0
        ? `No articles match “${trimmed}”. Try a name, a word from a headline, or part of a quote.`
        : `${resultCount} of ${total} articles match “${trimmed}”.`;
  }
  return (
    <form role="search" className="search" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor="search" className="search-label">
        Search articles
      </label>
      <div className="search-row">
        <input
          id="search"
          type="search"
          className="search-input"
          value={query}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={hintId}
          placeholder="Headlines, text, names, quotes"
          onFocus={onPrepare}
          onChange={(event) => {
            onPrepare();
            onQuery(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && query) {
              event.preventDefault();
              onQuery('');
            }
          }}
        />
      </div>
      <p id={hintId} className="search-hint">
        Press <kbd>/</kbd> to search from anywhere on this page.
      </p>
      <p role="status" className={trimmed && status === 'ready' && resultCount === 0 ? 'search-status no-results' : 'search-status'}>
        {message}
      </p>
    </form>
  );
}
