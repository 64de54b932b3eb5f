// The first-load JavaScript of an article route stays within 120 KB gzip.
import { gzipSync } from 'node:zlib';
import { expect, samplePath, test } from './fixtures.ts';

const BUDGET_BYTES = 120 * 1024;

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

test('opening an article cold causes little layout shift (CLS < 0.1)', async ({ browser }) => {
  const probe = await browser.newPage();
  const path = await samplePath(probe);
  await probe.close();

  const page = await browser.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!entry.hadRecentInput) w.__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // Slow the article data down so the skeleton is shown first and the swap to content is measured.
  await page.route('**/data/articles/*.json', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 700));
    await route.continue();
  });
  await page.goto(path);
  await expect(page.locator('main .skeleton-line').first()).toBeVisible();
  await expect(page.locator('main article h1')).toBeVisible();
  await page.waitForTimeout(300);
  const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
  console.log(`CLS on cold article load: ${cls.toFixed(4)}`);
  expect(cls).toBeLessThan(0.1);
  await page.close();
});
