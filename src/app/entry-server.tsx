// Server rendering for the static build: the same App, router and react-query cache as in the browser,
// rendered to HTML for one path with that page's data already in the cache.
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import type { Article, ArticleIndex, EntityIndex, EntityPage } from '../shared/schema.ts';
import { articleQuery } from './api/article.ts';
import { articleIndexQuery } from './api/articleIndex.ts';
import { entityIndexQuery } from './api/entityIndex.ts';
import { entityPageQuery } from './api/entityPage.ts';
import { createQueryClient } from './api/queryClient.ts';
import { App } from './App.tsx';
import { loadRoute, routeTable } from './routeTable.tsx';
import { seedQueryClient, type PageSeed, type SeedQuery } from './ssr/seed.ts';
import { StylesheetsContext } from './ssr/WholeStylesheets.tsx';

/** What a page shows, with the data it needs for its first paint. */
export type PrerenderPage =
  | { kind: 'home'; index: ArticleIndex }
  | { kind: 'article'; article: Article }
  | { kind: 'entities'; entityIndex: EntityIndex }
  | { kind: 'entity'; entity: EntityPage }
  | { kind: 'notFound' };

export interface PrerenderedPage {
  /** Markup for inside #root. */
  html: string;
  /** The data the markup was rendered from, for the page's JSON block. */
  seed: PageSeed;
}

/** The path and the react-query entries of a page, keyed exactly as the app's own queries. */
function pathAndQueries(page: PrerenderPage): Omit<PageSeed, 'stylesheets'> {
  const entry = (key: readonly unknown[], data: unknown): SeedQuery => ({ key: [...key], data });
  switch (page.kind) {
    case 'home':
      return { path: '/', queries: [entry(articleIndexQuery().queryKey, page.index)] };
    case 'article':
      return { path: `/articles/${page.article.slug}`, queries: [entry(articleQuery(page.article.slug).queryKey, page.article)] };
    case 'entities':
      return { path: '/entities', queries: [entry(entityIndexQuery().queryKey, page.entityIndex)] };
    case 'entity':
      return { path: `/entities/${page.entity.id}`, queries: [entry(entityPageQuery(page.entity.id).queryKey, page.entity)] };
    case 'notFound':
      return { path: '/404', queries: [] };
  }
}

/** What the page is rendered from: its path, its data and its whole stylesheets (URLs of the built app's sheets). */
export function pageSeed(page: PrerenderPage, stylesheets: readonly string[]): PageSeed {
  return { ...pathAndQueries(page), stylesheets: [...stylesheets] };
}

let routesLoaded: Promise<unknown> | null = null;

/**
 * React hoists <title> out of the tree and writes it first; the page's <head> already carries the title,
 * and a <title> inside #root would not be hydrated, so it is left out.
 */
function withoutHoistedTitle(html: string): string {
  return html.replace(/^<title>[^<]*<\/title>/, '');
}

export async function prerender(page: PrerenderPage, stylesheets: readonly string[]): Promise<PrerenderedPage> {
  // Every route's code first, so the render below never suspends on a lazy route.
  routesLoaded ??= Promise.all(routeTable.map(({ name }) => loadRoute(name)));
  await routesLoaded;
  const seed = pageSeed(page, stylesheets);
  const client = createQueryClient();
  seedQueryClient(client, seed);
  const html = renderToString(
    <StrictMode>
      <QueryClientProvider client={client}>
        <StaticRouter location={seed.path}>
          <StylesheetsContext value={seed.stylesheets}>
            <App />
          </StylesheetsContext>
        </StaticRouter>
      </QueryClientProvider>
    </StrictMode>,
  );
  client.clear();
  return { html: withoutHoistedTitle(html), seed };
}
