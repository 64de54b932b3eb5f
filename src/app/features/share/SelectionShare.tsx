// When the reader selects text in the article, offers a link to exactly that text (#:~:text=…) as a
// secondary way of sharing. Listens to selection changes only in the browser.
import { useEffect, useState } from 'react';
import { CopyLinkButton } from '../../article/CopyLinkButton.tsx';
import { ShareButton } from './ShareButton.tsx';
import { textFragmentUrl } from './textFragment.ts';

/** The selected text when the whole selection lies inside `container`, else null. */
function selectedTextIn(container: Element | null): string | null {
  const selection = document.getSelection();
  if (!container || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  const text = selection.toString().replace(/\s+/g, ' ').trim();
  return text.length >= 2 ? text : null;
}

export function SelectionShare({ containerId, title }: { containerId: string; title: string }) {
  const [selected, setSelected] = useState<string | null>(null);

  useEffect(() => {
    let frame = 0;
    const onChange = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const text = selectedTextIn(document.getElementById(containerId));
        // Keep the last selection while focus moves to the buttons below (which collapses nothing, but be safe).
        if (text !== null) setSelected(text);
        else if (!document.activeElement?.closest('.selection-share')) setSelected(null);
      });
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', onChange);
    };
  }, [containerId]);

  const url = selected && typeof window !== 'undefined' ? textFragmentUrl(window.location.href, selected) : null;
  if (!selected || !url) return null;
  const preview = selected.length > 50 ? `${selected.slice(0, 50)}…` : selected;
  return (
    <div className="selection-share" role="region" aria-label="Share the selected text" onPointerDown={(event) => event.preventDefault()}>
      <p className="selection-share-text">
        Selected: “{preview}”
      </p>
      <CopyLinkButton path={url} label={`Copy link to selection: “${preview}”`} text="Copy link to selection" />
      <ShareButton path={url} title={title} label="Share a link to the selected text" />
      <button type="button" className="button button-small" onClick={() => { document.getSelection()?.removeAllRanges(); setSelected(null); }}>
        Dismiss
      </button>
    </div>
  );
}
