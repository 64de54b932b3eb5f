// The app's routes, each its own chunk, with a way to load a route's code *before* rendering it.
// Prerendering loads every route first so the server render never suspends; the browser loads the
// current route's chunk before hydrating, so hydration meets resolved components and matches the HTML.
import { lazy, useState, type ComponentType } from 'react';
import { matchPath } from 'react-router';

export type RouteName = 'home' | 'article' | 'entities' | 'entity' | 'notFound';

/** In matching order; the last one matches everything. */
export const routeTable: ReadonlyArray<{ path: string; name: RouteName }> = [
  { path: '/', name: 'home' },
  { path: '/articles/:slug', name: 'article' },
  { path: '/entities', name: 'entities' },
  { path: '/entities/:id', name: 'entity' },
  { path: '*', name: 'notFound' },
];

const loaders: Record<RouteName, () => Promise<ComponentType>> = {
  home: () => import('./routes/HomePage.tsx').then((m) => m.HomePage),
  article: () => import('./routes/ArticlePage.tsx').then((m) => m.ArticlePage),
  entities: () => import('./routes/EntitiesPage.tsx').then((m) => m.EntitiesPage),
  entity: () => import('./routes/EntityPage.tsx').then((m) => m.EntityPage),
  notFound: () => import('./components/NotFound.tsx').then((m) => () => <m.NotFound />),
};

const loaded = new Map<RouteName, ComponentType>();
const loading = new Map<RouteName, Promise<ComponentType>>();

/** Loads a route's code once; the same component is returned every time, so nothing remounts. */
export function loadRoute(name: RouteName): Promise<ComponentType> {
  let promise = loading.get(name);
  if (!promise) {
    promise = loaders[name]().then((component) => {
      loaded.set(name, component);
      return component;
    });
    // A failed chunk load may be retried later (flaky network).
    promise.catch(() => loading.delete(name));
    loading.set(name, promise);
  }
  return promise;
}

const lazyRoute = (name: RouteName) => lazy(() => loadRoute(name).then((component) => ({ default: component })));
const lazyRoutes: Record<RouteName, ComponentType> = {
  home: lazyRoute('home'),
  article: lazyRoute('article'),
  entities: lazyRoute('entities'),
  entity: lazyRoute('entity'),
  notFound: lazyRoute('notFound'),
};

/** The route a path shows, by the same patterns as the router. */
export function routeNameFor(pathname: string): RouteName {
  return routeTable.find(({ path }) => matchPath(path, pathname) !== null)?.name ?? 'notFound';
}

/**
 * A loaded route renders at once; one not loaded yet suspends (the app shows its skeleton). The choice is
 * made once per mount: switching from the lazy wrapper to the loaded component later would remount the page.
 */
export function RouteView({ name }: { name: RouteName }) {
  const [Component] = useState(() => loaded.get(name) ?? lazyRoutes[name]);
  return <Component />;
}
