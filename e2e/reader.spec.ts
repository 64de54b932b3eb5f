// Browser tests against the built site (npm start) with the real sample content.
import { expect, gold, hydrated, normalizeQuote, openSampleFromHome, quotesInText, samplePath, test } from './fixtures.ts';

// Some tests stub data with page.route, which cannot see requests a service worker makes on the page's
// behalf: keep the offline worker out of this file (e2e/features.spec.ts tests it).
test.use({ serviceWorkers: 'block' });

test.describe('sample article', () => {
  test('opens from the home page with every quote highlighted for the right speaker', async ({ page }) => {
    await openSampleFromHome(page);
    const shown = await quotesInText(page);

    for (const expected of gold.quotes) {
      const where = expected.where ?? 'body';
      const match = shown.find(
        (quote) => quote.where === where && normalizeQuote(quote.text) === normalizeQuote(expected.text),
      );
      expect(match, `quote “${expected.text}” in ${where}`).toBeTruthy();
      expect(match?.speaker, `speaker of “${expected.text}”`).toBe(expected.speaker);
      expect(match?.hasAnchor, `first fragment of “${expected.text}” has the quote id`).toBe(true);
    }
    const bySpeaker = (id: string) => shown.filter((quote) => quote.speaker === id).length;
    expect(bySpeaker('nikolai-patrushev')).toBe(3);
    expect(bySpeaker('xi-jinping')).toBe(3);
    expect(bySpeaker('vladimir-putin')).toBe(2);
    for (const quote of shown) expect(quote.id).toMatch(/^quote-[0-9a-f]{6}(-\d+)?$/);
  });

  test('gives each speaker a distinct colour and shows the name on focus', async ({ page }) => {
    await openSampleFromHome(page);
    const colourOf = (speaker: string) =>
      page.locator(`[data-quote][data-speaker="${speaker}"]`).first().evaluate((el) => getComputedStyle(el).backgroundColor);
    const colours = await Promise.all(['nikolai-patrushev', 'xi-jinping', 'vladimir-putin'].map(colourOf));
    expect(new Set(colours).size).toBe(3);

    const xiQuote = page.locator('[data-quote][data-speaker="xi-jinping"]').first();
    await xiQuote.focus();
    const label = await xiQuote.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(label).toContain('Xi Jinping');
    // The quotes list names the speaker in words too (identity is never colour alone).
    const quoteId = await xiQuote.getAttribute('data-quote');
    await expect(page.locator(`#qinfo-${quoteId}`)).toContainText('Xi Jinping');
  });

  test('marks nested mentions in the text, and none in the sidebar', async ({ page }) => {
    await openSampleFromHome(page);
    const article = page.locator('main article');
    await expect(article.locator('[data-entity="xi-jinping"]').first()).toBeVisible();
    // "Chinese" inside "Chinese President Xi Jinping" nests inside Xi's mention.
    await expect(article.locator('[data-entity="xi-jinping"] [data-entity="china"]').first()).toHaveText('Chinese');
    await expect(page.locator('aside [data-entity]')).toHaveCount(0);
  });

  test('selecting an entity highlights its mentions, survives reload, and Back clears it', async ({ page }) => {
    await openSampleFromHome(page);
    const path = new URL(page.url()).pathname;
    const toggle = page.locator('aside').getByRole('button', { name: /^Vladimir Putin\b/ });
    await toggle.click();

    await expect(page).toHaveURL(`${path}?entity=vladimir-putin`);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const putinMentions = page.locator('main [data-entity="vladimir-putin"]');
    expect(await putinMentions.count()).toBeGreaterThan(1);
    for (const mention of await putinMentions.all()) await expect(mention).toHaveClass(/is-selected/);
    await expect(page.locator('main [data-entity="xi-jinping"].is-selected')).toHaveCount(0);

    await page.reload();
    await expect(page.locator('main [data-entity="vladimir-putin"]').first()).toHaveClass(/is-selected/);
    await expect(page.locator('aside').getByRole('button', { name: /^Vladimir Putin\b/ })).toHaveAttribute('aria-pressed', 'true');

    await page.goBack();
    await expect(page).toHaveURL(path);
    await expect(page.locator('main [data-entity].is-selected')).toHaveCount(0);
  });

  test('clicking a mention in the text selects it, clicking again clears it', async ({ page }) => {
    await openSampleFromHome(page);
    const mention = page.locator('main article [data-entity="nikolai-patrushev"] [role="button"]').first();
    await mention.click();
    await expect(page).toHaveURL(/\?entity=nikolai-patrushev$/);
    await expect(mention).toHaveAttribute('aria-pressed', 'true');
    await mention.press('Enter');
    await expect(page).not.toHaveURL(/entity=/);
    await expect(mention).toHaveAttribute('aria-pressed', 'false');
  });

  test('entity page lists quotes that link back to the quote in the article', async ({ page }) => {
    await openSampleFromHome(page);
    await page.locator('aside').getByRole('link', { name: /about Nikolai Patrushev/ }).click();
    await expect(page).toHaveURL(/\/entities\/nikolai-patrushev$/);
    await expect(page.locator('h1')).toHaveText('Nikolai Patrushev');
    const quoteLinks = page.locator('main .entity-page-quotes a[href*="#quote-"]');
    expect(await quoteLinks.count()).toBeGreaterThanOrEqual(3);

    const href = (await quoteLinks.nth(1).getAttribute('href')) as string;
    const quoteId = href.split('#')[1] as string;
    await quoteLinks.nth(1).click();
    await expect(page.locator('h1')).toHaveText(gold.title);
    const target = page.locator(`#${quoteId}`);
    await expect(target).toBeInViewport();
    await expect(target).toHaveClass(/is-target/);
    await expect(target).toBeFocused();
  });

  test('a cold #quote link scrolls to the quote and marks it', async ({ page, browser }) => {
    await openSampleFromHome(page);
    // The last quote sits low on the page, so scrolling is needed to see it.
    const lastQuote = page.locator('main article [data-quote][id]').last();
    const quoteId = (await lastQuote.getAttribute('id')) as string;
    const url = `${new URL(page.url()).pathname}#${quoteId}`;

    const cold = await browser.newPage({ viewport: { width: 1280, height: 600 } });
    await cold.goto(url);
    const target = cold.locator(`#${quoteId}`);
    await expect(target).toBeInViewport();
    await expect(target).toHaveClass(/is-target/);
    expect(await cold.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await cold.close();
  });

  test('copy link copies the quote URL and confirms it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openSampleFromHome(page);
    const first = page.locator('#quotes li').first();
    await first.getByRole('button', { name: /Copy link/ }).click();
    await expect(first.getByText('Link copied')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/articles\/[^#]+#quote-[0-9a-f]{6}/);
  });

  test('quotes list shows speaker, cue, confidence and evidence on demand', async ({ page }) => {
    await openSampleFromHome(page);
    const items = page.locator('#quotes li.quote-item');
    await expect(items).toHaveCount(gold.quotes.length);
    const first = items.first();
    await expect(first).toContainText('Confidence');
    await first.getByText('Evidence').click();
    await expect(first.locator('dl')).toBeVisible();
  });

  test('a related article link navigates, and Back returns to the article', async ({ page }) => {
    await openSampleFromHome(page);
    await page.locator('aside').getByRole('link', { name: /Related articles/ }).click();
    await expect(page).toHaveURL(/#related$/);
    const related = page.locator('#related a').first();
    const title = (await related.textContent()) as string;
    await related.click();
    await expect(page.locator('h1')).toHaveText(title);
    await page.goBack();
    await expect(page.locator('h1')).toHaveText(gold.title);
  });
});

test.describe('history and loading', () => {
  test('Back and Forward restore the selected entity and the targeted quote', async ({ page }) => {
    await openSampleFromHome(page);
    const quoteLink = page.locator('aside a[href*="#quote-"]').first();
    const quoteId = ((await quoteLink.getAttribute('href')) as string).split('#')[1] as string;
    await quoteLink.click();
    await expect(page.locator(`#${quoteId}`)).toHaveClass(/is-target/);
    await page.locator('aside').getByRole('button', { name: /^Nikolai Patrushev\b/ }).click();
    await expect(page).toHaveURL(/\?entity=nikolai-patrushev$/);
    await expect(page.locator(`#${quoteId}`)).not.toHaveClass(/is-target/);

    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`#${quoteId}$`));
    await expect(page.locator(`#${quoteId}`)).toHaveClass(/is-target/);
    await expect(page.locator('main [data-entity].is-selected')).toHaveCount(0);
    await page.goForward();
    await expect(page.locator('main [data-entity="nikolai-patrushev"]').first()).toHaveClass(/is-selected/);
  });

  test('shows a skeleton, not a blank page, while the article loads', async ({ page }) => {
    const path = await samplePath(page);
    await hydrated(page);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/articles/*.json', async (route) => {
      await held;
      await route.continue();
    });
    // Opened from the home page: a cold load of the article is prerendered and needs no fetch.
    await page.getByRole('link', { name: gold.title, exact: true }).click();
    await expect(page).toHaveURL(path);
    const main = page.locator('main');
    await expect(main).toHaveAttribute('aria-busy', 'true');
    await expect(main.locator('.skeleton-line').first()).toBeVisible();
    // Polled: the route's own skeleton may replace the one shown while its code loads.
    await expect.poll(async () => (await main.boundingBox())?.height ?? 0).toBeGreaterThan(300);
    release();
    await expect(page.locator('main article h1')).toHaveText(gold.title);
  });
});

test.describe('not found and failures', () => {
  test('unknown article, entity and path show the not-found page', async ({ page, consoleWatch }) => {
    // The browser itself logs the expected 404 responses.
    consoleWatch.allow(/Failed to load resource: the server responded with a status of 404/);
    await page.goto('/articles/no-such-article-here');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Article not found');
    await page.goto('/entities/no-such-entity-here');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Entity not found');
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });

  test('a failed article load shows an error, and Retry recovers', async ({ page, consoleWatch }) => {
    consoleWatch.allow(/Failed to load resource: the server responded with a status of 500/);
    const path = await samplePath(page);
    let failing = true;
    await page.route('**/data/articles/*.json', (route) =>
      failing ? route.fulfill({ status: 500, body: 'server error' }) : route.continue(),
    );
    // Opened from the home page: a cold load of the article is prerendered and needs no fetch.
    await page.getByRole('link', { name: gold.title, exact: true }).click();
    await expect(page).toHaveURL(path);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Could not load the article');
    failing = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.locator('h1')).toHaveText(gold.title);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test('data that fails validation shows an error instead of a broken page', async ({ page }) => {
  const path = await samplePath(page);
  await page.route('**/data/articles/*.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ title: 42 }) }),
  );
  // Opened from the home page: a cold load of the article is prerendered and needs no fetch.
  await page.getByRole('link', { name: gold.title, exact: true }).click();
  await expect(page).toHaveURL(path);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not load the article');
  await expect(alert).toContainText('invalid data');
  await expect(page.locator('header')).toBeVisible();
});

test.describe('layout and accessibility', () => {
  test('home lists articles with fiction badges and the sample article', async ({ page }) => {
    await page.goto('/');
    const cards = page.locator('main li.card');
    await expect(cards.filter({ hasText: gold.title })).toBeVisible();
    expect(await cards.count()).toBeGreaterThanOrEqual(2);
    const fictionCards = cards.filter({ hasText: 'Sample · fiction' });
    expect(await fictionCards.count()).toBeGreaterThanOrEqual(1);
    const sampleCard = cards.filter({ hasText: gold.title });
    await expect(sampleCard).toHaveCount(1);
    await expect(sampleCard).not.toContainText('Sample · fiction');
    const dates = await page.locator('main li.card time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('has landmarks and working skip links', async ({ page }) => {
    await openSampleFromHome(page);
    for (const role of ['banner', 'main', 'complementary', 'contentinfo', 'navigation'] as const) {
      expect(await page.getByRole(role).count(), role).toBeGreaterThanOrEqual(1);
    }
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to article' })).toBeFocused();
    await page.keyboard.press('Tab');
    const skipToEntities = page.getByRole('link', { name: 'Skip to entities' });
    await expect(skipToEntities).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('aside#entities')).toBeFocused();
  });

  test('at 375px there is no sideways scroll and the sidebar is below the article', async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await openSampleFromHome(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const mainBox = await page.locator('main').boundingBox();
    const asideBox = await page.locator('aside').boundingBox();
    expect(asideBox && mainBox && asideBox.y >= mainBox.y + mainBox.height - 1).toBe(true);
    await page.close();
  });

  test('the article page has no serious accessibility violations (axe), light and dark', async ({ page }) => {
    test.setTimeout(90_000); // two axe runs over a long article take a while on a busy machine
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await openSampleFromHome(page);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.length} × ${violation.nodes[0]?.target.join(' ')}`);
      expect(serious, colorScheme).toEqual([]);
    }
  });
});
