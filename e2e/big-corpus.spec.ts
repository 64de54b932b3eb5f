// The app on a big corpus: 3,000 invented articles built with the real build CLI and served by the project's
// static server. Lists load page by page, and opening an article downloads a small, bounded amount of data.
import type { Page } from '@playwright/test';
import { FREQUENT_PERSON, inventedArticle, inventedCorpusJsonl } from './fixtures/hostile/bigCorpus.ts';
import { buildAndServeJsonl, siteFolder, type ServedSite } from './fixtures/hostile/site.ts';
import { expect, test } from './fixtures.ts';

const ARTICLES = 3000;
const OUT = siteFolder('big-site');
/** What the first load of an article may download from /data/, at most. */
const FIRST_LOAD_BUDGET = 100 * 1024;

test.describe.configure({ mode: 'serial' });
// page.route cannot see requests a service worker makes; the worker's caching is tested elsewhere.
test.use({ serviceWorkers: 'block' });

let site: ServedSite;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  site = await buildAndServeJsonl(OUT, inventedCorpusJsonl(ARTICLES), { timeoutMs: 590_000 });
});

test.afterAll(async () => {
  await site?.close();
});

const at = (path: string) => `${site.origin}${path}`;

/**
 * Every /data/ response of the page, and every page the app fetches for the data in its seed (an article or entity
 * of this big site), by path at once (the page may render it before its body is read here).
 */
function recordData(page: Page): { paths: string[]; sizes: () => Promise<Array<{ path: string; bytes: number }>> } {
  const paths: string[] = [];
  const bodies: Array<Promise<{ path: string; bytes: number }>> = [];
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    const seededPage = response.request().resourceType() === 'fetch' && /^\/(articles|entities)\//.test(pathname);
    if (!pathname.startsWith('/data/') && !seededPage) return;
    paths.push(pathname);
    bodies.push(response.body().then((body) => ({ path: pathname, bytes: body.length }), () => ({ path: pathname, bytes: 0 })));
  });
  return { paths, sizes: () => Promise.all(bodies) };
}

const total = (responses: ReadonlyArray<{ bytes: number }>) => responses.reduce((sum, { bytes }) => sum + bytes, 0);

async function cardDates(page: Page): Promise<string[]> {
  return page.locator('main ul[aria-label="All articles"] li.card time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
}

test('home page: the first 100 articles, newest first, and Show more loads the next pages', async ({ page }) => {
  const data = recordData(page);
  await page.goto(at('/'));
  await expect(page.locator('#root[data-hydrated]')).toBeAttached();
  const cards = page.locator('main ul[aria-label="All articles"] > li.card');
  await expect(cards).toHaveCount(100);
  await expect(page.getByText('Showing 100 of 3,000 articles')).toBeVisible();
  // The newest article leads; the first screen needs no further page.
  await expect(cards.first()).toContainText(inventedArticle(0).title);
  expect(data.paths.filter((path) => path.startsWith('/data/index/'))).toEqual([]);

  await page.getByRole('button', { name: 'Show more articles' }).click();
  await expect(cards).toHaveCount(200);
  await expect(page.getByText('Showing 200 of 3,000 articles')).toBeVisible();
  await page.getByRole('button', { name: 'Show more articles' }).click();
  await expect(cards).toHaveCount(300);
  expect(data.paths.filter((path) => path.startsWith('/data/index/'))).toEqual(['/data/index/2.json', '/data/index/3.json']);
  const dates = await cardDates(page);
  expect(dates).toHaveLength(300);
  expect(dates).toEqual([...dates].sort().reverse());

  // An article from the third page opens, and Back returns to the list as far as it was opened.
  const title = inventedArticle(250).title;
  await page.getByRole('link', { name: title, exact: true }).click();
  await expect(page.locator('main article h1')).toHaveText(title);
  await page.goBack();
  await expect(cards).toHaveCount(300);
});

test('a failed page of the list says so, and Retry loads it', async ({ page, consoleWatch }) => {
  consoleWatch.allow(/status of 503/);
  await page.goto(at('/'));
  await expect(page.locator('#root[data-hydrated]')).toBeAttached();
  let failing = true;
  await page.route('**/data/index/2.json', (route) => (failing ? route.fulfill({ status: 503, body: 'busy' }) : route.fallback()));
  await page.getByRole('button', { name: 'Show more articles' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not load more articles', { timeout: 10_000 });
  await expect(page.locator('main ul[aria-label="All articles"] > li.card')).toHaveCount(100);
  failing = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('main ul[aria-label="All articles"] > li.card')).toHaveCount(200);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the entity page of a frequent person pages its articles and quotes', async ({ page }) => {
  const data = recordData(page);
  await page.goto(at('/entities'));
  await page.getByRole('link', { name: FREQUENT_PERSON, exact: true }).click();
  await expect(page.locator('main h1')).toHaveText(FREQUENT_PERSON);
  const path = new URL(page.url()).pathname;
  const id = decodeURIComponent(path.split('/').pop() as string);

  const articles = page.locator('section[aria-labelledby="entity-articles"] li.card');
  await expect(page.getByRole('heading', { name: 'Articles (1,200)' })).toBeVisible();
  await expect(articles).toHaveCount(50);
  // The timeline says it shows only what is loaded, and grows with the list.
  const timelineNote = page.locator('section[aria-labelledby="entity-timeline"] figcaption');
  await expect(timelineNote).toContainText('It shows the newest 50 of 1,200 articles');
  await page.getByRole('button', { name: 'Show more articles' }).click();
  await expect(articles).toHaveCount(100);
  expect(data.paths).toContain(`/data/entities/${id}/articles/2.json`);
  await expect(timelineNote).toContainText('It shows the newest 100 of 1,200 articles');

  const quotes = page.locator('.entity-page-quotes > li');
  await expect(quotes).toHaveCount(50);
  await page.getByRole('button', { name: 'Show more quotes' }).click();
  await expect(quotes).toHaveCount(100);
  expect(data.paths).toContain(`/data/entities/${id}/quotes/2.json`);

  // An article from the second page opens with the person selected.
  const link = articles.nth(75).getByRole('link');
  const title = (await link.textContent()) as string;
  await link.click();
  await expect(page.locator('main article h1')).toHaveText(title);
  await expect(page).toHaveURL(new RegExp(`\\?entity=${id}$`));
  await expect(page.locator(`main [data-entity="${id}"]`).first()).toHaveClass(/is-selected/);
});

test('the entity index shows its first page and Show more loads the next', async ({ page }) => {
  const data = recordData(page);
  await page.goto(at('/'));
  await expect(page.locator('#root[data-hydrated]')).toBeAttached();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People & places' }).click();
  const entities = page.locator('main .entity-index > li');
  await expect(entities).toHaveCount(200);
  await expect(page.getByText(/^Showing 200 of \d{3} entities$/)).toBeVisible();
  await page.getByRole('button', { name: 'Show more entities' }).click();
  await expect.poll(() => entities.count()).toBeGreaterThan(200);
  expect(data.paths).toContain('/data/entities/index/2.json');
  // The list is regrouped by type as pages arrive; every entry still opens its page.
  const last = entities.last().getByRole('link');
  const name = (await last.textContent()) as string;
  await last.click();
  await expect(page.locator('main h1')).toHaveText(name);
});

test('the first load of an article downloads a small, bounded amount of data', async ({ page }) => {
  // Cold: the prerendered page carries its data.
  const cold = recordData(page);
  const slug = 'corrowby-council-approved-plan-for-ferry-fares-number-0';
  await page.goto(at(`/articles/${slug}`));
  await expect(page.locator('#root[data-hydrated]')).toBeAttached();
  await expect(page.locator('main article h1')).toHaveText(inventedArticle(0).title);
  await page.waitForLoadState('networkidle');
  const coldSizes = await cold.sizes();
  expect(total(coldSizes), JSON.stringify(coldSizes)).toBeLessThan(FIRST_LOAD_BUDGET);

  // Opened from the home page: the list's first file and the article's data only (its page, on this big site).
  const fresh = await page.context().newPage();
  const warm = recordData(fresh);
  await fresh.goto(at('/'));
  const warmLink = fresh.getByRole('link', { name: inventedArticle(5).title, exact: true });
  const warmSlug = ((await warmLink.getAttribute('href')) ?? '').replace(/^\/articles\//, '');
  await warmLink.click();
  await expect(fresh.locator('main article h1')).toHaveText(inventedArticle(5).title);
  await fresh.waitForLoadState('networkidle');
  const warmSizes = await warm.sizes();
  expect(total(warmSizes), JSON.stringify(warmSizes)).toBeLessThan(FIRST_LOAD_BUDGET);
  const opened = [`/data/articles/${warmSlug}.json`, `/articles/${warmSlug}`];
  expect(warm.paths.filter((path) => path !== '/data/index.json')).toHaveLength(1);
  expect(warm.paths.filter((path) => path !== '/data/index.json' && !opened.includes(path))).toEqual([]);
  await fresh.close();
});

test('search finds an article from a page of the list that is not loaded, moving a few small files', async ({ page }) => {
  await page.goto(at('/'));
  await expect(page.locator('#root[data-hydrated]')).toBeAttached();
  const data = recordData(page);
  const oldest = inventedArticle(ARTICLES - 1);
  await page.getByRole('searchbox').fill(`number ${ARTICLES - 1}`);
  const results = page.getByRole('list', { name: 'Search results' });
  const link = results.getByRole('link', { name: oldest.title, exact: true });
  // a busy machine is slow, not broken: a generous wait on the result itself
  await expect(link).toBeVisible({ timeout: 60_000 });
  // the search's files: its table of contents, the chunks of two words and the results' fragments, never one big file
  const sizes = await data.sizes();
  expect(sizes.every(({ path }) => path.startsWith('/data/search/')), JSON.stringify(sizes)).toBe(true);
  expect(total(sizes), JSON.stringify(sizes)).toBeLessThan(150 * 1024);
  await link.click();
  await expect(page.locator('main article h1')).toHaveText(oldest.title);
});
