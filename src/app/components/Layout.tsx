import { useEffect, useLayoutEffect, type ReactNode } from 'react';
import { useLocation, useMatch, useNavigationType } from 'react-router';
import { NavLink } from './Link.tsx';
import { ShortcutsDialog } from '../features/keyboard/ShortcutsDialog.tsx';
import { OfflineNote } from '../features/offline/OfflineNote.tsx';
import { DisplaySettings } from '../features/prefs/DisplaySettings.tsx';

/**
 * New pages start at the top, with keyboard focus moved to the top too so the next Tab reaches the skip
 * links (as after a full page load). Back/Forward leave the browser's own scroll restoration alone.
 */
function ScrollToTopOnNewPage() {
  const { pathname, hash } = useLocation();
  const navigationType = useNavigationType();
  useLayoutEffect(() => {
    if (navigationType !== 'PUSH' || hash) return;
    window.scrollTo(0, 0);
    document.getElementById('top')?.focus({ preventScroll: true });
    // Only a change of page matters here, not a change of ?entity= or #hash.
  }, [pathname]);
  return null;
}

/** The offline service worker, in production builds only, loaded as its own chunk after the page has loaded. */
function useServiceWorker() {
  useEffect(() => {
    if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
    void import('../features/offline/register.ts').then((module) => module.registerWhenLoaded());
  }, []);
}

export function Layout({ children }: { children: ReactNode }) {
  const onArticle = useMatch('/articles/:slug') !== null;
  useServiceWorker();
  return (
    <>
      <ScrollToTopOnNewPage />
      <div className="skip-links" id="top" tabIndex={-1}>
        <a className="skip-link" href="#main">
          {onArticle ? 'Skip to article' : 'Skip to content'}
        </a>
        {onArticle && (
          <a className="skip-link" href="#entities">
            Skip to entities
          </a>
        )}
      </div>
      <header className="site-header">
        <div className="site-header-inner">
          <NavLink to="/" className="site-name">
            Dossier
          </NavLink>
          <nav aria-label="Main">
            <ul className="nav-list">
              <li>
                <NavLink to="/" end>
                  Articles
                </NavLink>
              </li>
              <li>
                <NavLink to="/entities">People &amp; places</NavLink>
              </li>
            </ul>
          </nav>
          <DisplaySettings />
        </div>
      </header>
      <OfflineNote />
      {children}
      <footer className="site-footer">
        <p>
          Dossier shows who said what in each article. Quotes and speakers are found automatically and can be
          wrong: uncertain attributions are marked. Articles marked “Sample · fiction” are invented.
        </p>
        <div>
          <ShortcutsDialog />
        </div>
      </footer>
    </>
  );
}
