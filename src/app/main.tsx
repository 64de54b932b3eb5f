import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { matchPath } from 'react-router';
import { articleQuery } from './api/article.ts';
import { entityLayoutQuery, entityPageQuery } from './api/entityPage.ts';
import { dataPath, NotFoundError } from './api/fetchJson.ts';
import { createQueryClient } from './api/queryClient.ts';
import { App } from './App.tsx';
import { applyPrefs, loadPrefs, sharePrefsWithServiceWorker } from './features/prefs/prefs.ts';
import { loadRoute, routeNameFor } from './routeTable.tsx';
import { loadFullStyles } from './ssr/fullStyles.ts';
import { HydratingRouter } from './ssr/HydratingRouter.tsx';
import { LIVE_ATTRIBUTE } from './ssr/secondaryRegions.ts';
import { readSeed, seedQueryClient } from './ssr/seed.ts';
import { StylesheetsContext } from './ssr/WholeStylesheets.tsx';
import './styles.css';

const NOT_FOUND_PATH = '/404';

/**
 * The not-found page is served for every unknown path. Under /articles/ the file's absence already says the article
 * does not exist, so the app shows that at once instead of a skeleton; so under /entities/ on a site where every
 * entity has its page. Where entities share bucket files (src/shared/entityBuckets.ts), most entity URLs open through
 * this page by design: their data is fetched at once, beside the route's code.
 */
async function seedMissingItem(client: QueryClient, pathname: string): Promise<void> {
  const article = matchPath('/articles/:slug', pathname)?.params.slug;
  const entity = matchPath('/entities/:id', pathname)?.params.id;
  if (entity !== undefined && (client.getQueryData(entityLayoutQuery().queryKey)?.buckets ?? 0) > 0) {
    void client.prefetchQuery(entityPageQuery(entity));
    return;
  }
  const query = article ? articleQuery(article) : entity ? entityPageQuery(entity) : null;
  if (!query) return;
  const url = article ? dataPath('articles', article) : dataPath('entities', entity ?? '');
  await client.prefetchQuery({ queryKey: query.queryKey, queryFn: () => Promise.reject(new NotFoundError(url)), retry: false });
}

async function start(root: HTMLElement): Promise<void> {
  // Saved display preferences, unless the service worker already wrote them into the page (public/sw.js); the
  // worker gets them too, for the next pages it serves.
  const prefs = loadPrefs();
  applyPrefs(document.documentElement, prefs);
  sharePrefsWithServiceWorker(prefs);
  const client = createQueryClient();
  const seed = readSeed(document);
  const stylesheets = seed?.stylesheets ?? [];
  const { pathname } = window.location;
  if (seed) {
    seedQueryClient(client, seed);
    if (seed.path === NOT_FOUND_PATH && pathname !== NOT_FOUND_PATH) await seedMissingItem(client, pathname);
  }
  // The current route's code before the first render, so hydration never meets a suspended route; and the
  // whole stylesheet, since a prerendered page inlines only what its first paint needs.
  await Promise.all([
    loadRoute(routeNameFor(pathname)),
    seed ? loadRoute(routeNameFor(seed.path)) : null,
    loadFullStyles(document, stylesheets),
  ]).catch(() => {
    // A chunk that failed to load: the lazy route retries and shows the skeleton meanwhile.
  });
  const prerendered = seed !== null && root.firstElementChild !== null;
  // The not-found page renders the same at every unknown path: hydrate at the real one, nothing to switch.
  const samePage = seed?.path === NOT_FOUND_PATH && routeNameFor(pathname) === 'notFound';
  const app = (
    <StrictMode>
      <QueryClientProvider client={client}>
        {/* No sibling beside the router: the tree must have the server's shape, or useId values differ. */}
        <HydratingRouter serverPath={prerendered && !samePage ? seed.path : null} onLive={() => root.setAttribute(LIVE_ATTRIBUTE, '')}>
          <StylesheetsContext value={stylesheets}>
            <App />
          </StylesheetsContext>
        </HydratingRouter>
      </QueryClientProvider>
    </StrictMode>
  );
  // Prerendered pages are hydrated; the dev server's empty shell is rendered from scratch.
  if (prerendered) hydrateRoot(root, app);
  else createRoot(root).render(app);
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
void start(root);
