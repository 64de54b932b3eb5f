// Prerendered pages: readable without JavaScript, hydrated without a fetch or a mismatch, deep links on a
// cold load, quote preview pages, and page data that cannot break out of its script element.
import type { Page } from '@playwright/test';
import { seedScriptTag } from '../src/app/ssr/seed.ts';
import { expect, gold, hydrated, samplePath, test } from './fixtures.ts';

/** Requests for data files made by the page from now on. */
function recordDataRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/data/')) urls.push(request.url());
  });
  return urls;
}


test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the article shows headline, quote highlights, entity sidebar and related links', async ({ page, browser }) => {
    const probe = await browser.newPage();
    const path = await samplePath(probe);
    await probe.close();
    await page.goto(path);
    await expect(page.locator('main article h1')).toHaveText(gold.title);
    const quoteCount = Number((await page.locator('#quotes-title').textContent())?.match(/\d+/)?.[0]);
    expect(quoteCount).toBeGreaterThan(0);
    const quoteIds = await page.locator('main [data-quote]').evaluateAll((marks) => new Set(marks.map((mark) => mark.getAttribute('data-quote'))).size);
    expect(quoteIds).toBe(quoteCount);
    await expect(page.locator('main [data-quote]').first()).toBeVisible();
    const sidebar = page.locator('aside#entities');
    await expect(sidebar.getByRole('heading', { name: 'In this article' })).toBeVisible();
    expect(await sidebar.locator('.entity-item').count()).toBeGreaterThan(3);
    await expect(sidebar.locator('.entity-item').first()).toBeVisible();
    const related = page.locator('#related .card-title a');
    expect(await related.count()).toBeGreaterThan(0);
    await expect(related.first()).toHaveAttribute('href', /^\/articles\/[\w-]+$/);
    await expect(page.locator('.skeleton-line')).toHaveCount(0);
    await expect(page.locator('main')).not.toHaveAttribute('aria-busy', 'true');
    // Mentions are marked but offer no button that could do nothing without the app.
    expect(await page.locator('main article .mention-static[data-entity]').count()).toBeGreaterThan(3);
    await expect(page.locator('main article .mention-button')).toHaveCount(0);
    await expect(page.locator('main article [data-entity] [role="button"]')).toHaveCount(0);
  });

  test('home, entity index and entity pages are there, and links lead to full pages', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: gold.title, exact: true }).click();
    await expect(page.locator('main article h1')).toHaveText(gold.title);
    await page.getByRole('link', { name: 'People & places' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('People, organisations and places');
    const firstEntity = page.locator('main .entity-index a').first();
    const name = await firstEntity.textContent();
    await firstEntity.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name ?? '');
  });

  test('an unknown path answers 404 with the not-found page', async ({ page, consoleWatch }) => {
    consoleWatch.allow(/Failed to load resource: the server responded with a status of 404/);
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page).toHaveTitle('Not found · Dossier');
  });
});

/** Every element of #root with the computed values that show how it looks: equal lists, equal pages. */
const computedLooks = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('#root *')].map((element) => {
    const style = getComputedStyle(element);
    return `${element.tagName}.${element.className} ${style.display} ${style.color} ${style.backgroundColor} ${style.fontSize} ${style.fontWeight} ${style.padding} ${style.margin} ${style.borderTopWidth} ${style.borderBottomColor} ${style.outlineStyle}`;
  }));

/** The page's stylesheets: inline ones as null, each with its number of rules. */
const styleSheets = (page: Page) =>
  page.evaluate(() => [...document.styleSheets].map((sheet) => ({ href: sheet.href ? new URL(sheet.href).pathname : null, rules: sheet.cssRules.length })));

test.describe('the first paint needs only the page', () => {
  test('inline CSS holds only what the page can use; without JavaScript the whole sheet follows from <noscript>', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    const sheets = await styleSheets(page);
    const inline = sheets.find((sheet) => sheet.href === null);
    const whole = sheets.find((sheet) => sheet.href?.startsWith('/assets/'));
    expect(inline && whole && inline.rules < whole.rules, JSON.stringify(sheets)).toBe(true);
    await context.close();
  });

  test('the parser stops after the article text until the whole sheet is in: the text paints first, alone', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const path = await samplePath(page);
    let releaseSheet = () => {};
    const sheetHeld = new Promise<void>((release) => (releaseSheet = release));
    await page.route('**/assets/*.css', async (route) => {
      await sheetHeld;
      await route.continue();
    });
    await page.goto(path, { waitUntil: 'commit' });
    await expect(page.locator('#article-text p').last()).toBeVisible();
    // Painted, not merely parsed: the browser shows a frame with the text (its paint entry follows the frame).
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length)).toBe(1);
    expect(await page.evaluate(() => document.querySelectorAll('[data-secondary]').length)).toBe(0);
    releaseSheet();
    const regions = page.locator('[data-secondary]');
    await expect(regions).toHaveCount(3);
    for (const region of await regions.all()) await expect(region).toBeVisible();
    await context.close();
  });

  test('on a slow device the first frame of an article already holds its text, never an empty page', async ({ browser }) => {
    // A CPU this slow parses <head> past the parser's time slice; without the page's render-blocking
    // <link rel=expect>, Chromium would paint the empty body then (first-paint before first-contentful-paint).
    const probe = await browser.newPage();
    const path = await samplePath(probe);
    await probe.close();
    for (let load = 0; load < 3; load++) {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
      await page.goto(path);
      await expect.poll(() => page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length)).toBe(1);
      const paints = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('paint').map((entry) => [entry.name, entry.startTime])));
      expect(paints['first-paint'], JSON.stringify(paints)).toBe(paints['first-contentful-paint']);
      await context.close();
    }
  });

  test('the top of an article paints on its own rules; the regions after it stay hidden until the whole sheet reveals them', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const path = await samplePath(page);
    // The page as a browser that went on parsing holds it before the whole sheet has arrived.
    await page.route('**/assets/*.css', (route) => route.abort());
    await page.goto(path);
    const regions = page.locator('[data-secondary]');
    expect(await regions.count()).toBe(3); // quotes, related, entity sidebar
    await expect(page.locator('footer')).toBeVisible();
    for (const region of await regions.all()) await expect(region).toBeHidden();
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('mark.quote').first()).toHaveCSS('text-decoration-line', 'underline');
    // No second copy of the regions' rules in the page: the one <style> is the head's.
    expect(await page.evaluate(() => [...document.querySelectorAll('style')].map((style) => style.parentElement?.tagName))).toEqual(['HEAD']);
    await page.unroute('**/assets/*.css');
    await page.goto(path);
    for (const region of await regions.all()) await expect(region).toBeVisible();
    // Styled by the whole sheet, not merely shown.
    await expect(page.locator('aside#entities')).toHaveCSS('padding-bottom', '16px');
    await context.close();
  });

  test('a whole sheet that fails to load hides the regions only until the app is live', async ({ page, consoleWatch }) => {
    consoleWatch.allow(/ERR_FAILED/);
    await page.route('**/assets/*.css', (route) => route.abort());
    await page.goto(await samplePath(page));
    await hydrated(page);
    const regions = page.locator('[data-secondary]');
    expect(await regions.count()).toBe(3);
    for (const region of await regions.all()) await expect(region).toBeVisible();
  });

  test('once the whole sheet is in, the page looks as it did: it cascades after every inlined rule', async ({ page, consoleWatch }) => {
    const path = await samplePath(page);
    // The prerendered page as it is before the app starts (the app would change it), with script on for the probe.
    consoleWatch.allow(/ERR_FAILED/);
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto(path);
    const before = await computedLooks(page);
    await page.evaluate(async () => {
      const { stylesheets } = JSON.parse(document.getElementById('dossier-data')!.textContent!) as { stylesheets: string[] };
      for (const url of stylesheets) {
        const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: url });
        await new Promise((settle) => { link.onload = settle; document.body.append(link); });
      }
    });
    expect(await computedLooks(page)).toEqual(before);
  });

  test('live states look as the whole sheet alone would style them: the inlined rules never override it', async ({ page }) => {
    const path = await samplePath(page);
    await page.goto(path);
    await hydrated(page);
    // A state the first paint has no rules for: a selected entity, its mentions highlighted.
    await page.locator('aside').getByRole('button', { name: /^Vladimir Putin\b/ }).click();
    await expect(page.locator('aside').getByRole('button', { name: /^Vladimir Putin\b/ })).toHaveAttribute('aria-pressed', 'true');
    const live = await computedLooks(page);
    await page.evaluate(() => document.querySelectorAll('style').forEach((style) => style.remove()));
    expect(await computedLooks(page)).toEqual(live);
  });

  test('with JavaScript the app loads the whole sheet before it goes live', async ({ page }) => {
    const path = await samplePath(page);
    await page.goto(path);
    await hydrated(page);
    const sheets = await styleSheets(page);
    // One sheet, linked in the article and again last in the document: it cascades after every inlined rule.
    expect(new Set(sheets.filter((sheet) => sheet.href?.startsWith('/assets/')).map((sheet) => sheet.href)).size, JSON.stringify(sheets)).toBe(1);
    expect(sheets.at(-1)?.href, JSON.stringify(sheets)).toMatch(/^\/assets\/index-[\w-]+\.css$/);
    // A rule that is in no first paint (the open Display panel) is styled once live.
    await page.getByRole('button', { name: 'Display' }).click();
    await expect(page.locator('.settings-group').first()).toHaveCSS('border-top-width', '0px');
  });
});

test.describe('cold loads with JavaScript', () => {
  test('every page kind hydrates from its embedded data, with no data request', async ({ page }) => {
    const path = await samplePath(page);
    const entityPath = '/entities';
    for (const target of ['/', path, entityPath]) {
      const fresh = await page.context().newPage();
      const requests = recordDataRequests(fresh);
      await fresh.goto(target);
      await hydrated(fresh);
      await expect(fresh.locator('main h1').first()).toBeVisible();
      expect(requests, target).toEqual([]);
      await fresh.close();
    }
  });

  test('an entity page hydrates without fetching, then in-app navigation fetches as before', async ({ page }) => {
    await page.goto('/entities');
    const href = await page.locator('main .entity-index a').first().getAttribute('href');
    const requests = recordDataRequests(page);
    await page.goto(href ?? '/');
    await hydrated(page);
    expect(requests).toEqual([]);
    await page.locator('main .card-title a').first().click();
    await expect(page.locator('main article h1')).toBeVisible();
    expect(requests.some((url) => url.includes('/data/articles/'))).toBe(true);
  });

  test('once live, the whole stylesheet is linked once, and opening articles in the app adds no second link', async ({ page }) => {
    const path = await samplePath(page);
    const cold = await page.context().newPage();
    await cold.goto(path);
    await hydrated(cold);
    const links = () => cold.locator('link[rel="stylesheet"]').evaluateAll((found) => found.map((link) => ({ href: link.getAttribute('href'), appended: link.parentElement === document.body })));
    // The prerendered link before the regions gives way to the app's own at the end of <body>.
    await expect.poll(links).toEqual([{ href: expect.stringMatching(/^\/assets\/.+\.css$/), appended: true }]);
    await expect(cold.locator('aside#entities')).toBeVisible();
    await expect(cold.locator('aside#entities')).toHaveCSS('padding-bottom', '16px');
    await cold.locator('#related a').first().click();
    await expect(cold.locator('main article h1')).not.toHaveText(gold.title);
    await expect(cold.locator('aside#entities')).toBeVisible();
    expect(await links()).toHaveLength(1);
    await cold.goBack();
    await expect(cold.locator('main article h1')).toHaveText(gold.title);
    expect(await links()).toHaveLength(1);
    await cold.close();
  });

  test('a cold ?entity= and #quote- link shows the selection and the quote at once', async ({ page }) => {
    const path = await samplePath(page);
    await page.goto(path);
    const entityHref = await page.locator('aside#entities .entity-page-link').first().getAttribute('href');
    const entity = decodeURIComponent(entityHref?.split('/').pop() ?? '');
    const quoteId = await page.locator('main article [data-quote]').first().getAttribute('data-quote');
    const cold = await page.context().newPage();
    const requests = recordDataRequests(cold);
    await cold.goto(`${path}?entity=${encodeURIComponent(entity)}#${quoteId}`);
    await hydrated(cold);
    await expect(cold.locator(`#${quoteId}`)).toHaveClass(/is-target/);
    await expect(cold.locator(`#${quoteId}`)).toBeFocused();
    await expect(cold.locator(`main [data-entity="${entity}"]`).first()).toHaveClass(/is-selected/);
    await expect(cold.locator('aside#entities .entity-item.is-selected')).toHaveCount(1);
    expect(requests).toEqual([]);
    await cold.close();
  });

  test('the largest paint of an article is its headline or text, present before any script runs', async ({ page }) => {
    const path = await samplePath(page);
    await page.addInitScript(() => {
      const w = window as unknown as { __lcp: string };
      new PerformanceObserver((list) => {
        const last = list.getEntries().at(-1) as (PerformanceEntry & { element?: Element }) | undefined;
        const element = last?.element;
        if (element) w.__lcp = `${element.tagName.toLowerCase()}${element.closest('main article') ? ' in article' : ''}`;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(path);
    await hydrated(page);
    await page.waitForTimeout(200);
    const lcp = await page.evaluate(() => (window as unknown as { __lcp?: string }).__lcp);
    expect(lcp).toMatch(/^(h1|p|mark|span) in article$/);
  });

  test('a quote preview page sends the reader to the quote in the article', async ({ page }) => {
    const path = await samplePath(page);
    await page.goto(path);
    const quoteId = await page.locator('main article [data-quote]').first().getAttribute('data-quote');
    await page.goto(`${path}/${quoteId}`);
    await expect(page).toHaveURL(new RegExp(`${path}#${quoteId}$`));
    await hydrated(page);
    await expect(page.locator(`#${quoteId}`)).toHaveClass(/is-target/);
  });
});

test('page data with a hostile headline stays inert JSON in a real browser', async ({ page }) => {
  const hostile = 'Budget </script><script>window.__pwned = 1</script><!-- <script>';
  const seed = { path: '/articles/x', queries: [{ key: ['article', 'x'], data: { title: hostile } }], stylesheets: [] };
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.setContent(`<!doctype html><html><body><div id="root"></div>${seedScriptTag(seed)}<p id="after">after</p></body></html>`);
  const result = await page.evaluate(() => ({
    scripts: document.scripts.length,
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
    data: JSON.parse(document.getElementById('dossier-data')?.textContent ?? 'null') as unknown,
    after: document.getElementById('after')?.textContent ?? null,
  }));
  expect(result).toEqual({ scripts: 1, pwned: null, data: seed, after: 'after' });
  expect(dialogs).toBe(0);
});
