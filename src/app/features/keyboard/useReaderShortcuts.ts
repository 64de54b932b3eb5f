// Article keyboard travel: j/k next/previous quote (focus, scroll, URL hash follows), t/T next/previous turn of a
// transcript (the same way), n/p next/previous mention of the selected name, Esc clears the selection. Reads the DOM
// only in event handlers.
import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { quoteIdFromHash, turnIdFromHash } from '../../article/readerState.ts';
import { shouldIgnoreKey, stepIndex } from './keys.ts';

/** Where quote travel starts: the focused quote if any, else the one in the URL hash, else nowhere. */
export function currentQuoteIndex(anchorIds: readonly string[], hashQuote: string | null, focusedQuote: string | null): number {
  if (focusedQuote !== null && anchorIds.includes(focusedQuote)) return anchorIds.indexOf(focusedQuote);
  return hashQuote === null ? -1 : anchorIds.indexOf(hashQuote);
}

function mentionTargets(entityId: string): HTMLElement[] {
  const mentions = document.querySelectorAll<HTMLElement>(`.article-main .mention[data-entity="${CSS.escape(entityId)}"]`);
  return [...mentions].flatMap((mention) => {
    const button = mention.querySelector<HTMLElement>('.mention-button');
    return button ? [button] : [];
  });
}

export function useReaderShortcuts(selectedEntity: string | null, selectedName: string | null, clearEntity: () => void): string {
  const navigate = useNavigate();
  const location = useLocation();
  const mentionIndex = useRef(-1);
  // The quote just navigated to, until focus lands somewhere: keys pressed before the focus moves still
  // step from there, not from the previously focused quote.
  const pendingQuote = useRef<string | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    mentionIndex.current = -1;
    setStatus('');
  }, [selectedEntity]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (shouldIgnoreKey(event, event.target) || document.querySelector('dialog[open]')) return;
      const key = event.key;
      if (key === 'j' || key === 'k') {
        const anchors = [...document.querySelectorAll<HTMLElement>('.article-main mark[data-quote][id]')];
        const focused = pendingQuote.current ?? document.activeElement?.closest('mark[data-quote]')?.getAttribute('data-quote') ?? null;
        const ids = anchors.map((anchor) => anchor.id);
        // The live hash, not the rendered one: keys pressed faster than React renders still step one by one.
        const next = stepIndex(currentQuoteIndex(ids, quoteIdFromHash(window.location.hash), focused), ids.length, key === 'j' ? 1 : -1);
        if (next < 0) return;
        event.preventDefault();
        // Replace, not push: walking through quotes should not fill the Back button's history.
        pendingQuote.current = ids[next] ?? null;
        navigate({ pathname: location.pathname, search: location.search, hash: ids[next] }, { replace: true, preventScrollReset: true });
      } else if (key === 't' || key === 'T') {
        const ids = [...document.querySelectorAll<HTMLElement>('.article-main [data-turn]')].map((turn) => turn.id);
        const focused = pendingQuote.current ?? document.activeElement?.closest('[data-turn]')?.id ?? null;
        const next = stepIndex(currentQuoteIndex(ids, turnIdFromHash(window.location.hash), focused), ids.length, key === 't' ? 1 : -1);
        if (next < 0) return;
        event.preventDefault();
        pendingQuote.current = ids[next] ?? null;
        navigate({ pathname: location.pathname, search: location.search, hash: ids[next] }, { replace: true, preventScrollReset: true });
      } else if (key === 'n' || key === 'p') {
        event.preventDefault();
        if (!selectedEntity) {
          setStatus('Select a name first: press Enter on a name in the text or in the list.');
          return;
        }
        const targets = mentionTargets(selectedEntity);
        const next = stepIndex(mentionIndex.current, targets.length, key === 'n' ? 1 : -1);
        const target = targets[next];
        if (!target) return;
        mentionIndex.current = next;
        target.scrollIntoView({ block: 'center' });
        target.focus({ preventScroll: true });
        setStatus(`Mention ${next + 1} of ${targets.length} of ${selectedName ?? 'the selected name'}.`);
      } else if (key === 'Escape' && selectedEntity) {
        event.preventDefault();
        clearEntity();
      }
    };
    const onFocus = () => {
      pendingQuote.current = null;
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('focusin', onFocus);
    };
  }, [location.pathname, location.search, navigate, selectedEntity, selectedName, clearEntity]);

  return status;
}
