// "?" shows the keyboard shortcuts in a modal dialog; "/" focuses the search box where there is one.
import { Fragment, useEffect, useRef, useState } from 'react';
import { articleShortcuts, globalShortcuts, shouldIgnoreKey, type Shortcut } from './keys.ts';

function ShortcutList({ title, shortcuts }: { title: string; shortcuts: Shortcut[] }) {
  return (
    <>
      <h3>{title}</h3>
      <dl className="shortcut-list">
        {shortcuts.map((shortcut) => (
          <Fragment key={shortcut.action}>
            <dt>
              {shortcut.keys.map((key) => (
                <kbd key={key}>{key}</kbd>
              ))}
            </dt>
            <dd>{shortcut.action}</dd>
          </Fragment>
        ))}
      </dl>
    </>
  );
}

// The closed dialog is an empty element: its list is rendered on opening, so no page carries it (or its rules in the
// first paint's CSS) for a dialog that without JavaScript could not open anyway.
export function ShortcutsDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (shouldIgnoreKey(event, event.target)) return;
      if (event.key === '?') {
        event.preventDefault();
        setOpen(true);
      } else if (event.key === '/') {
        const search = document.getElementById('search');
        if (!search) return;
        event.preventDefault();
        search.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <button type="button" className="link-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Keyboard shortcuts
      </button>
      <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={() => setOpen(false)}>
        {open && (
          <>
            <h2 id="shortcuts-title">Keyboard shortcuts</h2>
            <ShortcutList title="Anywhere" shortcuts={globalShortcuts} />
            <ShortcutList title="In an article" shortcuts={articleShortcuts} />
            <p className="hint">Tab moves through every link and button; the first Tab on a page offers skip links.</p>
            <form method="dialog">
              <button type="submit" className="button">
                Close
              </button>
            </form>
          </>
        )}
      </dialog>
    </>
  );
}
