// URL-held reader state: the selected entity (?entity=) and the targeted quote (#quote-…) or turn (#turn-…).
// Keeping both in the URL makes them survive reload and lets Back/Forward restore them.
import { useCallback, useEffect } from 'react';
import { useLocation, useSearchParams } from 'react-router';

/** The toggled value: selecting the selected entity again clears the selection. */
export function toggledEntity(current: string | null, clicked: string): string | null {
  return current === clicked ? null : clicked;
}

/** The anchor a location hash points at when it has the given prefix ("#quote-3fa2c1" → "quote-3fa2c1"), or null. */
function anchorFromHash(hash: string, prefix: 'quote-' | 'turn-'): string | null {
  if (!hash.startsWith(`#${prefix}`)) return null;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
}

/** The quote id a location hash points at ("#quote-3fa2c1" → "quote-3fa2c1"), or null. */
export function quoteIdFromHash(hash: string): string | null {
  return anchorFromHash(hash, 'quote-');
}

/** The turn id a location hash points at ("#turn-3fa2c1" → "turn-3fa2c1"), or null. */
export function turnIdFromHash(hash: string): string | null {
  return anchorFromHash(hash, 'turn-');
}

/** The selected entity, when it belongs to the article, and a toggle that pushes a history entry. */
export function useSelectedEntity(validIds: ReadonlySet<string>): [string | null, (id: string) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('entity');
  const selected = raw !== null && validIds.has(raw) ? raw : null;
  const toggle = useCallback(
    (id: string) => {
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        const value = toggledEntity(next.get('entity'), id);
        if (value === null) next.delete('entity');
        else next.set('entity', value);
        return next;
      });
    },
    [setParams],
  );
  return [selected, toggle];
}

/**
 * The quote targeted by the hash. Once the article is shown, scrolls it into view and focuses it —
 * also when the page was opened cold on the link, and again when the same link is followed twice.
 */
export function useQuoteTarget(ready: boolean): string | null {
  const location = useLocation();
  const quoteId = quoteIdFromHash(location.hash);
  useScrollToAnchor(ready, quoteId, 'center', location.key);
  return quoteId;
}

/** The turn targeted by the hash, scrolled to its start (a turn can be longer than the screen) and focused. */
export function useTurnTarget(ready: boolean): string | null {
  const location = useLocation();
  const turnId = turnIdFromHash(location.hash);
  useScrollToAnchor(ready, turnId, 'start', location.key);
  return turnId;
}

function useScrollToAnchor(ready: boolean, id: string | null, block: ScrollLogicalPosition, locationKey: string): void {
  useEffect(() => {
    if (!ready || !id) return;
    const element = document.getElementById(id);
    if (!element) return;
    element.scrollIntoView({ block });
    element.focus({ preventScroll: true });
  }, [ready, id, block, locationKey]);
}
