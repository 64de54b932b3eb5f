// A site whose entities mentioned in one or two articles have no page of their own (`--entity-pages recurring`, the
// layout of a big corpus): their URLs still open, cold, through the not-found page, which loads them from a shared
// bucket file; a recurring entity keeps its prerendered page, which is also where the app reads its data. So does
// every article: its page's seed is the only copy of its data, for a cold link, in-app navigation and offline reading.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { FREQUENT_PERSON, inventedCorpusJsonl } from './fixtures/hostile/bigCorpus.ts';
import { buildAndServeJsonl, siteFolder, type ServedSite } from './fixtures/hostile/site.ts';
import { expect, hydrated, test } from './fixtures.ts';

const OUT = siteFolder('footprint-site');
const ROOT = new URL('../', import.meta.url).pathname;

test.describe.configure({ mode: 'serial' });
// page.route and the response log cannot see requests a service worker makes
test.use({ serviceWorkers: 'block' });

let site: ServedSite;

interface EntityRow {
  id: string;
  name: string;
  articleCount: number;
}

/** The site's entities, as its entity index lists them. */
function entities(): EntityRow[] {
  const data = resolve(ROOT, OUT, 'data');
  const first = JSON.parse(readFileSync(join(data, 'entities', 'index.json'), 'utf8')) as { entities: EntityRow[]; paging?: { pageCount: number } };
  const rest = Array.from({ length: (first.paging?.pageCount ?? 1) - 1 }, (_, i) => (JSON.parse(readFileSync(join(data, 'entities', 'index', `${i + 2}.json`), 'utf8')) as { entities: EntityRow[] }).entities);
  return [...first.entities, ...rest.flat()];
}

interface ArticleRow {
  slug: string;
  title: string;
}

/** The newest articles, as the home page lists them. */
function articles(): ArticleRow[] {
  return (JSON.parse(readFileSync(resolve(ROOT, OUT, 'data', 'index.json'), 'utf8')) as { articles: ArticleRow[] }).articles;
}

const hasDataFile = (slug: string) => existsSync(resolve(ROOT, OUT, 'data', 'articles', `${slug}.json`));

/** The quote preview pages of an article, as paths. */
const quotePaths = (slug: string) => readdirSync(resolve(ROOT, OUT, 'articles', slug)).map((file) => `/articles/${slug}/${file.replace(/\.html$/, '')}`);

const hasPage = (id: string) => existsSync(resolve(ROOT, OUT, 'entities', `${id}.html`));

function requestsOf(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  site = await buildAndServeJsonl(OUT, inventedCorpusJsonl(150), { timeoutMs: 290_000, args: ['--entity-pages', 'recurring'] });
});

test.afterAll(async () => {
  await site?.close();
});

const at = (path: string) => `${site.origin}${path}`;

test('an entity without a page of its own, opened cold, shows the entity', async ({ page, consoleWatch }) => {
  // the host answers the URL with 404.html, as file-only hosts do: that is the cost of having no file
  consoleWatch.allow(/status of 404/);
  const once = entities().find((entity) => entity.articleCount === 1)!;
  expect(once, 'an entity mentioned in one article').toBeTruthy();
  expect(hasPage(once.id)).toBe(false);
  const requests = requestsOf(page);
  const response = await page.goto(at(`/entities/${encodeURIComponent(once.id)}`));
  expect(response?.status()).toBe(404);
  await hydrated(page);
  await expect(page.locator('main h1')).toHaveText(once.name, { timeout: 15_000 });
  await expect(page.locator('main .card-list a')).toHaveCount(1);
  // from one shared bucket, never a missing entity file
  expect(requests.filter((path) => path.startsWith('/data/entity-buckets/'))).toHaveLength(1);
  expect(requests.filter((path) => path.startsWith('/data/entities/'))).toEqual([]);

  // Back and forth keeps showing it
  await page.locator('main .card-list a').first().click();
  await expect(page.locator('main article h1')).toBeVisible();
  await page.goBack();
  await expect(page.locator('main h1')).toHaveText(once.name);
});

test('a recurring entity keeps its prerendered page, and the app reads its data from that page', async ({ page }) => {
  const frequent = entities().find((entity) => entity.name === FREQUENT_PERSON)!;
  expect(hasPage(frequent.id)).toBe(true);
  expect(existsSync(resolve(ROOT, OUT, 'data', 'entities', `${frequent.id}.json`))).toBe(false);
  await page.goto(at('/entities'));
  await hydrated(page);
  const requests = requestsOf(page);
  await page.locator('main .entity-index').getByRole('link', { name: FREQUENT_PERSON, exact: true }).first().click();
  await expect(page.locator('main h1')).toHaveText(FREQUENT_PERSON);
  await expect(page.locator('main .card-list a').first()).toBeVisible();
  expect(requests).toContain(`/entities/${frequent.id}`);
});

test('an unknown entity says so, without fetching a file that does not exist', async ({ page, consoleWatch }) => {
  consoleWatch.allow(/status of 404/);
  const requests = requestsOf(page);
  await page.goto(at('/entities/no-such-person-here'));
  await expect(page.getByRole('heading', { name: 'Entity not found' })).toBeVisible({ timeout: 15_000 });
  expect(requests.filter((path) => path.startsWith('/data/entities/'))).toEqual([]);
});

test('an article opened cold is its prerendered page, whose seed is the only copy of its data', async ({ page }) => {
  const [newest] = articles();
  expect(hasDataFile(newest!.slug)).toBe(false);
  const requests = requestsOf(page);
  const response = await page.goto(at(`/articles/${newest!.slug}`));
  expect(response?.status()).toBe(200);
  await hydrated(page);
  await expect(page.locator('main article h1')).toHaveText(newest!.title);
  await expect(page.locator('mark[data-quote]').first()).toBeVisible();
  expect(requests.filter((path) => path.startsWith('/data/articles/') || (path.startsWith('/articles/') && path !== `/articles/${newest!.slug}`))).toEqual([]);
});

test('a quote’s link answers 200 with its preview, then shows the quote in its article', async ({ page }) => {
  const [newest] = articles();
  const [quotePath] = quotePaths(newest!.slug);
  expect(quotePath, 'a quote preview page').toBeTruthy();
  const preview = await page.request.get(at(quotePath!));
  expect(preview.status()).toBe(200);
  const quoteId = quotePath!.split('/').at(-1)!;
  expect(await preview.text()).toMatch(/<meta property="og:title" content="“[^"]+” — [^"]+">/);
  await page.goto(at(quotePath!));
  await page.waitForURL(`**/articles/${newest!.slug}#${quoteId}`);
  await hydrated(page);
  await expect(page.locator('main article h1')).toHaveText(newest!.title);
  await expect(page.locator(`mark#${quoteId}`)).toBeVisible();
});

test('in-app navigation between articles reads each one from its page, and Back returns', async ({ page }) => {
  const [newest, second] = articles();
  await page.goto(at(`/articles/${newest!.slug}`));
  await hydrated(page);
  const requests = requestsOf(page);
  const related = page.locator('#related a[href^="/articles/"]').first();
  const relatedTitle = ((await related.textContent()) ?? '').trim();
  const relatedPath = (await related.getAttribute('href'))!;
  await related.click();
  await expect(page.locator('main article h1')).toHaveText(relatedTitle);
  await expect(page.locator('mark[data-quote]').first()).toBeVisible();
  expect(requests).toContain(relatedPath);
  await page.goBack();
  await expect(page.locator('main article h1')).toHaveText(newest!.title);

  // from the home page, too
  await page.getByRole('link', { name: 'Articles', exact: true }).click();
  await page.locator('main li.card h2 a', { hasText: second!.title }).click();
  await expect(page.locator('main article h1')).toHaveText(second!.title);
  expect(requests).toContain(`/articles/${second!.slug}`);
  expect(requests.filter((path) => path.startsWith('/data/articles/'))).toEqual([]);
});

test('a failed article page, fetched in the app for its data, shows an error, and Retry recovers', async ({ page, consoleWatch }) => {
  consoleWatch.allow(/Failed to load resource: the server responded with a status of 500/);
  const [newest, second] = articles();
  await page.goto(at(`/articles/${newest!.slug}`));
  await hydrated(page);
  let failing = true;
  // only the app's fetch of the page: a navigation to it would be the reader's own
  await page.route(`**/articles/${second!.slug}`, (route) => (failing && route.request().resourceType() === 'fetch' ? route.fulfill({ status: 500, body: 'server error' }) : route.continue()));
  await page.getByRole('link', { name: 'Articles', exact: true }).click();
  await page.locator('main li.card h2 a', { hasText: second!.title }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not load the article');
  failing = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('main article h1')).toHaveText(second!.title);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('an unknown article says so', async ({ page, consoleWatch }) => {
  consoleWatch.allow(/status of 404/);
  const response = await page.goto(at('/articles/no-such-story-here'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Article not found' })).toBeVisible({ timeout: 15_000 });
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('an article opened in the app, whose data is in its page only, reads again offline', async ({ page, context, consoleWatch }) => {
    consoleWatch.allow(/ERR_INTERNET_DISCONNECTED|Failed to load resource|Failed to fetch|net::ERR/);
    const [newest] = articles();
    await page.goto(at(`/articles/${newest!.slug}`));
    await hydrated(page);
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 20_000 }).toBe(true);
    const related = page.locator('#related a[href^="/articles/"]').first();
    const relatedTitle = ((await related.textContent()) ?? '').trim();
    const relatedPath = (await related.getAttribute('href'))!;
    await related.click();
    await expect(page.locator('main article h1')).toHaveText(relatedTitle);
    // the page the app fetched for its data is what the worker kept
    await expect.poll(() => page.evaluate((path) => caches.open('dossier-v1').then((cache) => cache.match(path)).then(Boolean), relatedPath), { timeout: 10_000 }).toBe(true);

    await context.setOffline(true);
    await page.goto(at(relatedPath));
    await hydrated(page);
    await expect(page.locator('main article h1')).toHaveText(relatedTitle);
    await expect(page.locator('mark[data-quote]').first()).toBeVisible();
    await context.setOffline(false);
  });
});
