import type { PagedList } from './usePagedList.ts';
import { shownLabel } from './pages.ts';

/** Under a paged list: how much is shown, a "Show more" button, and a retry when a page failed to load. */
export function ShowMore({ list, noun }: { list: PagedList<unknown>; noun: string }) {
  if (list.total <= list.items.length && !list.hasMore && !list.error) return null;
  return (
    <div className="show-more">
      <p className="meta" role="status">
        {shownLabel(list.items.length, list.total, noun)}
      </p>
      {list.error ? (
        <div className="error-box" role="alert">
          <p className="error-title">Could not load more {noun}.</p>
          <p className="error-detail">{list.error.message}</p>
          <button type="button" className="button" onClick={list.retry} disabled={list.loadingMore}>
            {list.loadingMore ? 'Retrying…' : 'Retry'}
          </button>
        </div>
      ) : (
        (list.hasMore || list.loadingMore) && (
          <button type="button" className="button" onClick={list.showMore} disabled={list.loadingMore} aria-busy={list.loadingMore}>
            {list.loadingMore ? `Loading more ${noun}…` : `Show more ${noun}`}
          </button>
        )
      )}
    </div>
  );
}
