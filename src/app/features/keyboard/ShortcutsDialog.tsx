// "?" shows the keyboard shortcuts in a modal dialog; "/" focuses the search box where there is one.
import { Fragment, useEffect, useRef } from 'react';
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

export function ShortcutsDialog() {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (shouldIgnoreKey(event, event.target)) return;
      if (event.key === '?') {
        event.preventDefault();
        if (!dialog.current?.open) dialog.current?.showModal();
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
      <button type="button" className="link-button" onClick={() => dialog.current?.showModal()}>
        Keyboard shortcuts
      </button>
      <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby="shortcuts-title">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <ShortcutList title="Anywhere" shortcuts={globalShortcuts} />
        <ShortcutList title="In an article" shortcuts={articleShortcuts} />
        <p className="hint">Tab moves through every link and button; the first Tab on a page offers skip links.</p>
        <form method="dialog">
          <button type="submit" className="button">
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
