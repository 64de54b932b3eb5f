// Where the app reads an article's data: its data file, or, on a static site that keeps it only in the seed of the
// article's prerendered page (layout ownData 'page'), that page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inventedArticle, inventedSecondArticle } from '../fixtures/invented.ts';
import { seedScriptTag } from '../ssr/seed.ts';
import { articleQuery, fetchArticle } from './article.ts';
import { entityLayoutQuery } from './entityPage.ts';
import { NotFoundError } from './fetchJson.ts';
import { createQueryClient } from './queryClient.ts';

const requested: string[] = [];

/** A page as the build writes it: markup, then the seed with the article's query and the site's layout. */
const pageOf = (queries: Array<{ key: unknown[]; data: unknown }>) =>
  `<!doctype html><html><body><div id="root"><h1>rendered</h1></div>${seedScriptTag({ path: '/articles/x', queries, stylesheets: [] })}</body></html>`;

function serve(files: Record<string, { type: string; body: string }>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      requested.push(url);
      const file = files[url];
      return file ? new Response(file.body, { headers: { 'content-type': file.type } }) : new Response('<!doctype html>not found', { status: 404, headers: { 'content-type': 'text/html' } });
    }),
  );
}

const json = (value: unknown) => ({ type: 'application/json', body: JSON.stringify(value) });
const html = (body: string) => ({ type: 'text/html; charset=utf-8', body });

/** A client that knows the site's layout, as every prerendered page's seed tells it. */
function clientOnSite(layout: { buckets: number; ownData?: 'file' | 'page' }) {
  const client = createQueryClient();
  client.setQueryData(entityLayoutQuery().queryKey, layout);
  return client;
}

afterEach(() => {
  vi.unstubAllGlobals();
  requested.length = 0;
});

describe('fetchArticle', () => {
  it('reads the data file where the site keeps one (a small site, the dev server)', async () => {
    serve({ [`/data/articles/${inventedArticle.slug}.json`]: json(inventedArticle) });
    expect(await fetchArticle(clientOnSite({ buckets: 0 }), inventedArticle.slug)).toEqual(inventedArticle);
    expect(requested).toEqual([`/data/articles/${inventedArticle.slug}.json`]);
  });

  it('reads the data file when no page told the layout (the dev server), without asking for it', async () => {
    serve({ '/data/entity-layout.json': json({ buckets: 8, ownData: 'page' }), [`/data/articles/${inventedArticle.slug}.json`]: json(inventedArticle) });
    expect(await fetchArticle(createQueryClient(), inventedArticle.slug)).toEqual(inventedArticle);
    expect(requested).toEqual([`/data/articles/${inventedArticle.slug}.json`]);
  });

  it('reads the seed of the article page where that is the only copy, and never asks for a data file', async () => {
    const page = pageOf([
      { key: ['entityLayout'], data: { buckets: 8, ownData: 'page' } },
      { key: [...articleQuery(inventedSecondArticle.slug).queryKey], data: inventedSecondArticle },
      { key: [...articleQuery(inventedArticle.slug).queryKey], data: inventedArticle },
    ]);
    serve({ [`/articles/${inventedArticle.slug}`]: html(page) });
    expect(await fetchArticle(clientOnSite({ buckets: 8, ownData: 'page' }), inventedArticle.slug)).toEqual(inventedArticle);
    expect(requested).toEqual([`/articles/${inventedArticle.slug}`]);
  });

  it('says an article without a page is not found, and sends no crafted path', async () => {
    serve({});
    const client = clientOnSite({ buckets: 8, ownData: 'page' });
    await expect(fetchArticle(client, 'no-such-story')).rejects.toBeInstanceOf(NotFoundError);
    await expect(fetchArticle(client, '..')).rejects.toBeInstanceOf(NotFoundError);
    expect(requested).toEqual(['/articles/no-such-story']);
  });

  it('refuses a page whose seed lacks the article or holds data that is not an article', async () => {
    serve({
      '/articles/other-story': html(pageOf([{ key: ['article', 'another-slug'], data: inventedArticle }])),
      '/articles/broken-story': html(pageOf([{ key: ['article', 'broken-story'], data: { ...inventedArticle, blocks: 'none' } }])),
      '/articles/plain-page': html('<!doctype html><p>no seed here</p>'),
    });
    const client = clientOnSite({ buckets: 8, ownData: 'page' });
    await expect(fetchArticle(client, 'other-story')).rejects.toThrow(/carries no data/);
    await expect(fetchArticle(client, 'broken-story')).rejects.toThrow(/\/articles\/broken-story/);
    await expect(fetchArticle(client, 'plain-page')).rejects.toThrow(/carries no data/);
  });

  it('is what the article query runs, so a page load shares the layout with the rest of the app', async () => {
    serve({ [`/articles/${inventedArticle.slug}`]: html(pageOf([{ key: ['article', inventedArticle.slug], data: inventedArticle }])) });
    const client = clientOnSite({ buckets: 8, ownData: 'page' });
    expect(await client.fetchQuery(articleQuery(inventedArticle.slug))).toEqual(inventedArticle);
    expect(requested).toEqual([`/articles/${inventedArticle.slug}`]);
  });
});
