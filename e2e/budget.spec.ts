// Web budgets of a cold article load: first-load JS ≤ 120 KB gzip, layout shift ≤ 0.002; and little shift
// when an article is opened inside the app and its data arrives late.
import type { Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { expect, gold, samplePath, test } from './fixtures.ts';

const BUDGET_BYTES = 120 * 1024;
const COLD_CLS_BUDGET = 0.002;

test('first-load JS for an article route is at most 120 KB gzip', async ({ browser }) => {
  const probe = await browser.newPage();
  const path = await samplePath(probe);
  await probe.close();

  // A fresh page opened cold on the article, as a reader following a link would.
  const page = await browser.newPage();
  const scripts: Promise<{ url: string; gzip: number }>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(response.body().then((body) => ({ url: response.url(), gzip: gzipSync(body, { level: 9 }).length })));
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await expect(page.locator('main article h1')).toBeVisible();
  const sizes = await Promise.all(scripts);
  const total = sizes.reduce((sum, script) => sum + script.gzip, 0);
  test.info().annotations.push({ type: 'first-load JS (gzip)', description: `${(total / 1024).toFixed(1)} KB in ${sizes.length} files` });
  console.log(`first-load JS: ${(total / 1024).toFixed(1)} KB gzip in ${sizes.length} files`);
  expect(sizes.length).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
  await page.close();
});

/** Sums layout shifts not caused by input, from the very start of the page. */
async function watchLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!entry.hadRecentInput) w.__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const layoutShift = (page: Page) => page.evaluate(() => (window as unknown as { __cls: number }).__cls);

test(`a cold article load shifts nothing (CLS ≤ ${COLD_CLS_BUDGET}), hydration included`, async ({ browser }) => {
  const probe = await browser.newPage();
  const path = await samplePath(probe);
  await probe.close();

  const page = await browser.newPage();
  await watchLayoutShift(page);
  // Slow code: the prerendered page is shown first, hydration comes later and must not move it.
  await page.route('**/assets/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  await page.goto(path, { waitUntil: 'load' });
  await expect(page.locator('main article h1')).toHaveText(gold.title);
  await page.waitForFunction(() => document.getElementById('root')?.hasAttribute('data-hydrated'));
  await page.waitForTimeout(300);
  const cls = await layoutShift(page);
  console.log(`CLS on cold article load: ${cls.toFixed(4)}`);
  expect(cls).toBeLessThanOrEqual(COLD_CLS_BUDGET);
  await page.close();
});

test('opening an article inside the app shows its skeleton, then the article with little shift (CLS < 0.1)', async ({ page }) => {
  await watchLayoutShift(page);
  await page.goto('/');
  // Slow the article data down so the skeleton is shown first and the swap to content is measured.
  await page.route('**/data/articles/*.json', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 700));
    await route.continue();
  });
  await page.getByRole('link', { name: gold.title, exact: true }).click();
  await expect(page.locator('main .skeleton-line').first()).toBeVisible();
  await expect(page.locator('main article h1')).toBeVisible();
  await page.waitForTimeout(300);
  const cls = await layoutShift(page);
  console.log(`CLS on in-app article load: ${cls.toFixed(4)}`);
  expect(cls).toBeLessThan(0.1);
});
