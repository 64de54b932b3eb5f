import { isNotFound } from '../api/fetchJson.ts';

interface QueryErrorProps {
  /** What failed to load, for the message ("the article"). */
  what: string;
  error: unknown;
  retry: () => unknown;
  retrying: boolean;
}

/** A failed data load: what went wrong and a Retry button that refetches. */
export function QueryError({ what, error, retry, retrying }: QueryErrorProps) {
  const detail = error instanceof Error && !isNotFound(error) ? error.message : null;
  return (
    <div className="error-box" role="alert">
      <p className="error-title">Could not load {what}.</p>
      {detail && <p className="error-detail">{detail}</p>}
      <button type="button" className="button" onClick={() => void retry()} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}
