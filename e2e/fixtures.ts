// Shared browser-test fixtures: every test fails on console errors and page errors, except network
// messages a test expects (a 404 for an unknown article, a 500 it injects itself).
import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

export interface GoldQuote {
  text: string;
  where?: 'title' | 'subheading';
  speaker: string;
}

export const gold = JSON.parse(readFileSync(new URL('./fixtures/seed.gold.json', import.meta.url), 'utf8')) as {
  title: string;
  quotes: GoldQuote[];
};

/** Headline as shown: the sample article's title. */
export const SAMPLE_TITLE = gold.title;

interface ConsoleWatch {
  /** Allows console errors matching this pattern for the rest of the test. */
  allow(pattern: RegExp): void;
}

export const test = base.extend<{ consoleWatch: ConsoleWatch }>({
  consoleWatch: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const allowed: RegExp[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      await use({ allow: (pattern) => allowed.push(pattern) });
      const unexpected = errors.filter((error) => !allowed.some((pattern) => pattern.test(error)));
      expect(unexpected, 'console errors and page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Words of a quote, for comparing: curly/straight quotes, spacing and trailing punctuation ignored. */
export function normalizeQuote(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.,;:!?]+$/u, '');
}

/**
 * Waits until the prerendered page has hydrated (main.tsx marks #root), so clicks and keys reach React. The app
 * first loads the whole stylesheet (the page inlines only what its first paint needs), so this can follow `load`.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('root')?.hasAttribute('data-hydrated') ?? false, undefined, { timeout: 20_000 });
}

/** Opens the sample article the way a reader would: from the home page, by its headline. */
export async function openSampleFromHome(page: Page): Promise<void> {
  await page.goto('/');
  await hydrated(page);
  await page.getByRole('link', { name: SAMPLE_TITLE, exact: true }).click();
  await expect(page.locator('h1')).toHaveText(SAMPLE_TITLE);
}

/** The sample article's path, found from the home page (not hard-coded). */
export async function samplePath(page: Page): Promise<string> {
  await page.goto('/');
  const href = await page.getByRole('link', { name: SAMPLE_TITLE, exact: true }).getAttribute('href');
  if (!href) throw new Error('sample article link has no href');
  return href;
}

/** Each quote shown in the text: id, speaker, joined fragment text and where its first fragment is. */
export async function quotesInText(page: Page) {
  return page.locator('[data-quote]').evaluateAll((elements) => {
    const byId = new Map<string, { id: string; speaker: string | null; text: string[]; where: string; hasAnchor: boolean }>();
    for (const element of elements) {
      const id = element.getAttribute('data-quote') as string;
      let entry = byId.get(id);
      if (!entry) {
        const where = element.closest('h1') ? 'title' : element.closest('h2') ? 'subheading' : 'body';
        entry = { id, speaker: element.getAttribute('data-speaker'), text: [], where, hasAnchor: false };
        byId.set(id, entry);
      }
      entry.text.push(element.textContent ?? '');
      if (element.id === id) entry.hasAnchor = true;
    }
    return [...byId.values()].map((entry) => ({ ...entry, text: entry.text.join(' ') }));
  });
}
