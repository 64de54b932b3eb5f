// A BrowserRouter that first renders the location the page was prerendered for.
// A prerendered file serves every ?entity= and #quote- URL of its path, but the server rendered the path
// alone; hydrating with the full URL would not match the HTML (selected entity, targeted quote). So the
// first render uses the server's location, and a layout effect moves to the real one before the browser
// paints again — the same tree, updated, instead of a mismatch.
import { startTransition, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Router, UNSAFE_createBrowserHistory as createBrowserHistory, type Location, type NavigationType } from 'react-router';

type BrowserHistory = ReturnType<typeof createBrowserHistory>;

interface RouterState {
  action: NavigationType;
  location: Location;
}

/** The location a server render saw: the path only. */
export function serverLocation(pathname: string): Location {
  return { pathname, search: '', hash: '', state: null, key: 'default' };
}

interface HydratingRouterProps {
  serverPath: string | null;
  /** Called once the app is live (hydrated or rendered): tests and measurements wait for it. */
  onLive?: () => void;
  children: ReactNode;
}

export function HydratingRouter({ serverPath, onLive, children }: HydratingRouterProps) {
  const historyRef = useRef<BrowserHistory | null>(null);
  historyRef.current ??= createBrowserHistory({ v5Compat: true });
  const history = historyRef.current;
  const [state, setState] = useState<RouterState>(() => ({
    action: history.action,
    location: serverPath === null ? history.location : serverLocation(serverPath),
  }));
  useLayoutEffect(() => {
    // Synchronous, so the real URL's state is shown before the next paint.
    const { pathname, search, hash } = history.location;
    setState((current) =>
      current.location.pathname === pathname && current.location.search === search && current.location.hash === hash
        ? current
        : { action: history.action, location: history.location },
    );
    // Later navigations as in BrowserRouter: in a transition, so the old page stays while the next loads.
    return history.listen((update) => startTransition(() => setState(update)));
  }, [history]);
  const onLiveRef = useRef(onLive);
  useEffect(() => onLiveRef.current?.(), []);
  return (
    <Router location={state.location} navigationType={state.action} navigator={history}>
      {children}
    </Router>
  );
}
