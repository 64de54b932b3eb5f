// Accessibility: zero serious or critical axe-core violations (WCAG 2.1 AA) on every kind of page, every state of
// the entity charts, the search results and the open Display menu, in the light and the dark theme, both as the
// system setting and as the reader's own choice.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { expect, hydrated, samplePath, test } from './fixtures.ts';

// Axe on a long article takes a while on a busy machine.
test.describe.configure({ timeout: 90_000 });

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.length} × ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`);
}

const pageKinds = [
  { name: 'home page', path: '/' },
  { name: 'article', path: 'ARTICLE' },
  { name: 'article with a selected name', path: 'ARTICLE?entity=xi-jinping' },
  { name: 'entity page', path: '/entities/xi-jinping' },
  { name: 'entity index', path: '/entities' },
  { name: 'not-found page', path: '/no-such-page' },
] as const;

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} system theme`, () => {
    test.use({ colorScheme });
    for (const kind of pageKinds) {
      test(`${kind.name} has no serious violations`, async ({ page, consoleWatch }) => {
        consoleWatch.allow(/404/);
        const path = kind.path.startsWith('ARTICLE') ? kind.path.replace('ARTICLE', await samplePath(page)) : kind.path;
        await page.goto(path);
        await hydrated(page);
        await expect(page.locator('main h1').first()).toBeVisible();
        await page.waitForLoadState('networkidle');
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  });
}

interface IndexedEntity {
  id: string;
  articleCount: number;
  quoteCount: number;
}

/**
 * Entity pages whose charts differ — marks on both rows, articles alone, a single article — chosen from the built
 * data rather than by name, so the states stay covered whatever the annotation finds.
 */
async function chartStates(page: Page): Promise<Array<{ name: string; path: string }>> {
  const { entities } = (await (await page.request.get('/data/entities/index.json')).json()) as { entities: IndexedEntity[] };
  const kinds: Array<[string, (entity: IndexedEntity) => boolean]> = [
    ['articles and quotes on several days', (entity) => entity.articleCount > 1 && entity.quoteCount > 1],
    ['articles and no quotes', (entity) => entity.articleCount > 1 && entity.quoteCount === 0],
    ['a single article', (entity) => entity.articleCount === 1],
  ];
  return kinds.map(([name, fits]) => {
    const entity = entities.find(fits);
    if (!entity) throw new Error(`no entity in the sample data with ${name}`);
    return { name, path: `/entities/${encodeURIComponent(entity.id)}` };
  });
}

async function pageIn(browser: Browser, colorScheme: 'light' | 'dark'): Promise<Page> {
  const context = await browser.newContext({ colorScheme });
  return context.newPage();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every state of the entity charts, ${colorScheme} system theme: drawn, as a list, with the Display menu open`, async ({ browser }) => {
    const page = await pageIn(browser, colorScheme);
    for (const state of await chartStates(page)) {
      await page.goto(state.path);
      await hydrated(page);
      await expect(page.locator('figure.chart svg').first()).toBeVisible();
      expect(await seriousViolations(page), state.name).toEqual([]);
      await page.getByText('Timeline as a list').click();
      await expect(page.locator('details.chart-list ol')).toBeVisible();
      expect(await seriousViolations(page), `${state.name}, timeline as a list`).toEqual([]);
    }
    await page.getByRole('button', { name: 'Display' }).click();
    await expect(page.getByRole('group', { name: 'Display settings' })).toBeVisible();
    expect(await seriousViolations(page), 'Display menu open over the charts').toEqual([]);
    await page.context().close();
  });

  test(`search results and the Display menu, ${colorScheme} system theme`, async ({ browser }) => {
    const page = await pageIn(browser, colorScheme);
    await page.goto('/');
    await hydrated(page);
    await page.getByRole('searchbox').fill('harbour');
    await expect(page.getByRole('list', { name: 'Why it matched' }).first()).toBeVisible();
    expect(await seriousViolations(page), 'search results').toEqual([]);
    await page.getByRole('button', { name: 'Display' }).click();
    await expect(page.getByRole('group', { name: 'Display settings' })).toBeVisible();
    expect(await seriousViolations(page), 'Display menu open over the search results').toEqual([]);
    await page.context().close();
  });
}

test('dark mode switched on from the header: charts, search results and the open Display menu', async ({ browser }) => {
  const page = await pageIn(browser, 'light');
  const [state] = await chartStates(page);
  await page.goto(state!.path);
  await hydrated(page);
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('figure.chart svg').first()).toBeVisible();
  expect(await seriousViolations(page), 'charts').toEqual([]);
  await page.getByRole('button', { name: 'Display' }).click();
  await expect(page.getByRole('group', { name: 'Display settings' })).toBeVisible();
  expect(await seriousViolations(page), 'Display menu open').toEqual([]);
  await page.goto('/');
  await hydrated(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('searchbox').fill('harbour');
  await expect(page.getByRole('list', { name: 'Why it matched' }).first()).toBeVisible();
  expect(await seriousViolations(page), 'search results').toEqual([]);
  await page.context().close();
});

test.describe('axe, theme chosen by the reader', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`${theme} theme against the opposite system setting: article, search results, settings and shortcuts`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: theme === 'dark' ? 'light' : 'dark' });
      await context.addInitScript((chosen) => localStorage.setItem('dossier-prefs', JSON.stringify({ theme: chosen })), theme);
      const page = await context.newPage();
      await page.goto(await samplePath(page));
      await hydrated(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.getByRole('button', { name: 'Display' }).click();
      expect(await seriousViolations(page)).toEqual([]);

      await page.goto('/');
      await hydrated(page);
      await page.getByRole('searchbox').fill('Patrushev');
      await expect(page.getByRole('list', { name: 'Why it matched' }).first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });
  }
});

test('quote highlights and mention selection meet contrast in both themes', async ({ browser }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`${await samplePath(page)}?entity=xi-jinping`);
    await hydrated(page);
    await expect(page.locator('mark[data-quote]').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).include('main article').withRules(['color-contrast']).analyze();
    expect(results.violations.map((violation) => violation.nodes.length), colorScheme).toEqual([]);
    // Axe cannot judge text on a background it cannot see through; every highlight must have been checked.
    expect(results.incomplete.flatMap((rule) => rule.nodes).filter((node) => node.target.join(' ').includes('mark')), colorScheme).toEqual([]);
    await context.close();
  }
});

test('phone layout (375 px) has no serious violations on the article and the entity page, dark', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, colorScheme: 'dark', hasTouch: true, isMobile: true });
  const page = await context.newPage();
  for (const path of [await samplePath(page), '/entities/xi-jinping']) {
    await page.goto(path);
    await hydrated(page);
    await expect(page.locator('main h1').first()).toBeVisible();
    expect(await seriousViolations(page), path).toEqual([]);
  }
  await context.close();
});
