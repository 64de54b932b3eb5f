// Full-text search on a built site of a few hundred invented articles: words deep in an article, filters, a search
// link opened cold, reloaded and passed through Back/Forward, the keyboard, and a failed or corrupt index chunk.
import type { Page } from '@playwright/test';
import { FREQUENT_PERSON, inventedCorpusJsonl } from './fixtures/hostile/bigCorpus.ts';
import { buildAndServeJsonl, siteFolder, type ServedSite } from './fixtures/hostile/site.ts';
import { expect, hydrated, test } from './fixtures.ts';

const OUT = siteFolder('search-site');
/** Generous: a busy machine is slow, not broken; every wait is on a state. */
const RESULTS_TIMEOUT = 30_000;

const DEEP_TITLE = 'Long report on the Corrowby harbour survey';
const DEEP_PHRASE = 'barnacle census of the northern jetty';
/** An article whose last paragraph, far from its start, holds a phrase no other article has. */
function deepArticle(): string {
  const filler = Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1} of the survey describes the tides, the moorings and the old stone steps in some detail.`);
  const body = [...filler, `Finally the divers completed a ${DEEP_PHRASE}, counting more shells than in any year before.`].join('\n\n');
  return JSON.stringify({ id: 'deep-1', title: DEEP_TITLE, section: 'Science', date: '2020-02-02', body });
}

test.describe.configure({ mode: 'serial' });
// page.route cannot see requests a service worker makes
test.use({ serviceWorkers: 'block' });

let site: ServedSite;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  site = await buildAndServeJsonl(OUT, `${inventedCorpusJsonl(300)}${deepArticle()}\n`, { timeoutMs: 590_000 });
});

test.afterAll(async () => {
  await site?.close();
});

const at = (path: string) => `${site.origin}${path}`;
const results = (page: Page) => page.getByRole('list', { name: 'Search results' }).locator(':scope > li');
const status = (page: Page) => page.locator('form[role="search"] [role="status"]');

async function openHome(page: Page, path = '/'): Promise<void> {
  await page.goto(at(path));
  await hydrated(page);
}

test('nothing of the search loads before the reader uses it; a phrase from the end of a long article finds it, marked', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await openHome(page);
  expect(requested.filter((path) => path.startsWith('/data/search/') || /\/engine-[^/]*\.js$/.test(path))).toEqual([]);

  const box = page.getByRole('searchbox', { name: 'Search articles' });
  await box.fill(DEEP_PHRASE);
  await expect(status(page)).toContainText(`1 of 301 articles match “${DEEP_PHRASE}”`, { timeout: RESULTS_TIMEOUT });
  const hit = results(page).first();
  await expect(hit.getByRole('link', { name: DEEP_TITLE, exact: true })).toBeVisible();
  const text = hit.getByRole('listitem').filter({ hasText: /^Text:/ });
  await expect(text.locator('mark.search-hit').first()).toBeVisible();
  const marked = await text.locator('mark.search-hit').allTextContents();
  for (const word of ['barnacle', 'census', 'northern', 'jetty']) expect(marked).toContain(word);
  // only the index's table of contents, a few chunks and the one result's fragment: never the whole index
  const search = requested.filter((path) => path.startsWith('/data/search/'));
  expect(search).toContain('/data/search/index.json');
  expect(search.filter((path) => path.startsWith('/data/search/docs/'))).toHaveLength(1);

  // the keyboard: down from the box to the result, Enter opens it
  await box.press('ArrowDown');
  await expect(hit.getByRole('link', { name: DEEP_TITLE, exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main article h1')).toHaveText(DEEP_TITLE);
  // Back returns to the same search
  await page.goBack();
  await expect(box).toHaveValue(DEEP_PHRASE);
  await expect(results(page)).toHaveCount(1, { timeout: RESULTS_TIMEOUT });
});

test('text typed the moment the page loads is kept and searched, before or right after hydration, on a slow CPU', async ({ page }) => {
  // a slow phone: the page's content hydrates well after the app says it is live, so a box filled without key
  // presses (autofill, paste, a test's fill) meets an input React has not adopted yet
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  const box = page.getByRole('searchbox', { name: 'Search articles' });
  for (const moment of ['box shown', 'app live', 'box shown', 'app live'] as const) {
    await page.goto(at('/'), { waitUntil: 'commit' });
    if (moment === 'app live') await hydrated(page);
    else await page.locator('#search').waitFor({ state: 'attached' });
    await box.fill('barnacle census');
    await expect(page).toHaveURL(/[?&]q=barnacle\+census/, { timeout: RESULTS_TIMEOUT });
    await expect(box).toHaveValue('barnacle census');
    await expect(status(page)).toContainText('1 of 301 articles match “barnacle census”', { timeout: RESULTS_TIMEOUT });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
});

test('a phrase in quotes matches its words in order and side by side; without quotes, anywhere', async ({ page }) => {
  await openHome(page);
  const box = page.getByRole('searchbox', { name: 'Search articles' });
  await box.fill(`"${DEEP_PHRASE}"`);
  await expect(status(page)).toContainText(`1 of 301 articles match “"${DEEP_PHRASE}"”`, { timeout: RESULTS_TIMEOUT });
  await expect(results(page).first().getByRole('link', { name: DEEP_TITLE, exact: true })).toBeVisible();
  // both words are in that article, but never side by side in this order
  await box.fill('jetty census');
  await expect(status(page)).toContainText('1 of 301 articles match “jetty census”', { timeout: RESULTS_TIMEOUT });
  await box.fill('"jetty census"');
  await expect(status(page)).toContainText('No articles match “"jetty census"”', { timeout: RESULTS_TIMEOUT });
  // a phrase beside other words and still being typed: its last word is a prefix
  await box.fill('survey "northern jet');
  await expect(status(page)).toContainText('1 of 301 articles match “survey "northern jet”', { timeout: RESULTS_TIMEOUT });
});

test('filters: section, quoted speaker (typed or chosen), name mentioned and date range', async ({ page }) => {
  await openHome(page);
  const box = page.getByRole('searchbox', { name: 'Search articles' });
  await box.fill('council');
  await expect(status(page)).toContainText('of 301 articles match “council”', { timeout: RESULTS_TIMEOUT });
  const everything = Number((await status(page).textContent())!.match(/^(\d+)/)![1]);

  await page.locator('form[role="search"] summary').click();
  await page.getByLabel('Section', { exact: true }).selectOption({ label: 'Transport' });
  await expect(status(page)).not.toContainText(`${everything} of`, { timeout: RESULTS_TIMEOUT });
  await expect(status(page)).toContainText('match “council”');
  const sections = await results(page).locator('.meta').allTextContents();
  expect(sections.length).toBeGreaterThan(0);
  for (const meta of sections) expect(meta).toContain('Transport');
  expect(new URL(page.url()).searchParams.get('section')).toBe('Transport');
  await page.getByLabel('Section', { exact: true }).selectOption({ label: 'Any section' });

  // what a speaker said: each result shows that speaker's quote with the word marked
  const surname = FREQUENT_PERSON.split(' ')[1]!;
  await box.fill(`speaker:${surname} answer`);
  await expect(status(page)).toContainText(`match “speaker:${surname} answer”`, { timeout: RESULTS_TIMEOUT });
  const quoteReasons = results(page).getByRole('listitem').filter({ hasText: `Quote by ${FREQUENT_PERSON}` });
  await expect(quoteReasons.first()).toBeVisible();
  expect(await quoteReasons.count()).toBe(await results(page).count());
  await expect(quoteReasons.first().locator('mark.search-hit')).toHaveText('answer');
  const typedCount = await status(page).textContent();
  // the same through the filter control
  await box.fill('answer');
  await page.getByLabel('Quoted speaker', { exact: true }).fill(surname);
  await expect(status(page)).toContainText('match “answer”', { timeout: RESULTS_TIMEOUT });
  await expect(status(page)).toContainText(typedCount!.match(/^\d+ of \d+/)![0]);
  await page.getByLabel('Quoted speaker', { exact: true }).fill('');

  // a name mentioned: fewer articles, each naming that person
  await box.fill('council');
  await page.getByLabel('Mentions', { exact: true }).fill(FREQUENT_PERSON);
  await expect(status(page)).toContainText('match “council”', { timeout: RESULTS_TIMEOUT });
  await expect(status(page)).not.toContainText(`${everything} of`);
  const firstMentioning = results(page).first();
  await expect(firstMentioning.locator('main, article, p, li').filter({ hasText: FREQUENT_PERSON.split(' ')[1]! }).first()).toBeAttached();
  await page.getByLabel('Mentions', { exact: true }).fill('');

  // a date range: every result dated inside it
  await box.fill('council');
  await page.getByLabel('From', { exact: true }).fill('2026-06-01');
  await page.getByLabel('To', { exact: true }).fill('2026-06-10');
  await expect(status(page)).toContainText('match “council”', { timeout: RESULTS_TIMEOUT });
  await expect(status(page)).not.toContainText(`${everything} of`);
  const dates = await results(page).locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(0);
  for (const date of dates) expect(date >= '2026-06-01' && date <= '2026-06-10').toBe(true);
});

test('a search link opened cold, reloaded and passed through Back/Forward shows the same results', async ({ page }) => {
  const path = `/?q=${encodeURIComponent('ferry fares')}&section=Politics`;
  await openHome(page, path);
  const box = page.getByRole('searchbox', { name: 'Search articles' });
  await expect(box).toHaveValue('ferry fares');
  await expect(page.getByLabel('Section', { exact: true }).locator('option:checked')).toHaveText('Politics');
  await expect(status(page)).toContainText('match “ferry fares”', { timeout: RESULTS_TIMEOUT });
  const titles = await results(page).locator('h2').allTextContents();
  expect(titles.length).toBeGreaterThan(0);

  await page.reload();
  await hydrated(page);
  await expect(status(page)).toContainText('match “ferry fares”', { timeout: RESULTS_TIMEOUT });
  expect(await results(page).locator('h2').allTextContents()).toEqual(titles);

  await results(page).first().locator('h2 a').click();
  await expect(page.locator('main article h1')).toHaveText(titles[0]!);
  await page.goBack();
  await expect(status(page)).toContainText('match “ferry fares”', { timeout: RESULTS_TIMEOUT });
  expect(await results(page).locator('h2').allTextContents()).toEqual(titles);
  await page.goForward();
  await expect(page.locator('main article h1')).toHaveText(titles[0]!);
  await page.goBack();
  await expect(box).toHaveValue('ferry fares');
  await expect(status(page)).toContainText('match “ferry fares”', { timeout: RESULTS_TIMEOUT });
  expect(await results(page).locator('h2').allTextContents()).toEqual(titles);
});

for (const failure of ['missing', 'corrupt'] as const) {
  test(`a ${failure} index chunk shows an error with Retry, and Retry finds the results`, async ({ page, consoleWatch }) => {
    consoleWatch.allow(/status of 503/);
    let failing = true;
    await page.route('**/data/search/terms/*.json', (route) => {
      if (!failing) return route.fallback();
      return failure === 'missing' ? route.fulfill({ status: 503, body: 'busy' }) : route.fulfill({ status: 200, contentType: 'application/json', body: '{"terms":["zz"],"postings":["AAAA' });
    });
    await openHome(page);
    await page.getByRole('searchbox', { name: 'Search articles' }).fill(DEEP_PHRASE);
    const alert = page.locator('form[role="search"]').getByRole('alert');
    await expect(alert).toContainText('The search could not be loaded', { timeout: RESULTS_TIMEOUT });
    await expect(page.getByRole('list', { name: 'Search results' })).toHaveCount(0);
    failing = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(status(page)).toContainText(`1 of 301 articles match “${DEEP_PHRASE}”`, { timeout: RESULTS_TIMEOUT });
    await expect(results(page).first().getByRole('link', { name: DEEP_TITLE, exact: true })).toBeVisible();
    await expect(alert).toHaveCount(0);
  });
}
