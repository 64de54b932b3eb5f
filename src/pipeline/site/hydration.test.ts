// Hydration in a real Chromium with React's development build, which reports every mismatch between the
// prerendered HTML and the first client render (the production build ignores attribute mismatches silently).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/browser.mjs';
import { inventedArticle, inventedEntityIndex, inventedEntityPage, inventedIndex, inventedSecondArticle } from '../../app/fixtures/invented.ts';
import { createStaticServer, listen } from '../serve.ts';
import { buildApp, writeSite } from './buildSite.ts';

const chromiumLaunch = await findChromium();
const withBrowser = chromiumLaunch ? describe : describe.skip;
if (!chromiumLaunch) console.warn('hydration.test: skipped, no Chromium found (set CHROMIUM_PATH)');

withBrowser('hydration of prerendered pages (React development build)', () => {
  let out = '';
  let browser: Browser;
  let base = '';
  const server = { close: () => {} };

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'dossier-hydration-'));
    await buildApp(out, true, { development: true });
    await writeSite(
      {
        articles: [inventedArticle, inventedSecondArticle],
        index: inventedIndex,
        entityIndex: inventedEntityIndex,
        entityPages: [inventedEntityPage],
        slugs: { articles: {}, aliases: {} },
      },
      { out, baseUrl: null, noindex: false, quiet: true },
    );
    const http = createStaticServer(out);
    await listen(http, 0, '127.0.0.1');
    server.close = () => http.close();
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const { chromium } = await import('@playwright/test');
    browser = await chromium.launch({ ...chromiumLaunch, args: CHROMIUM_ARGS });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    server.close();
    rmSync(out, { recursive: true, force: true });
  });

  const entity = inventedArticle.entities[0]!.id;
  const quote = inventedArticle.quotes[0]!.id;
  const paths = [
    '/',
    '/entities',
    `/entities/${inventedEntityPage.id}`,
    `/articles/${inventedArticle.slug}`,
    `/articles/${inventedArticle.slug}?entity=${entity}#${quote}`,
    '/no/such/page',
  ];

  it('runs React’s development code, which reports mismatches', () => {
    const code = readdirSync(join(out, 'assets'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join(out, 'assets', name), 'utf8'))
      .join('\n');
    expect(code).toContain("didn't match the client properties");
  });

  it.each(paths)('%s hydrates with no warning or error', async (path) => {
    const page = await browser.newPage();
    const messages: string[] = [];
    page.on('console', (message) => {
      const text = message.text();
      const expected404 = path.startsWith('/no/') && /status of 404/.test(text);
      if ((message.type() === 'error' || message.type() === 'warning') && !expected404) messages.push(`${message.type()}: ${text}`);
    });
    page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
    await page.goto(`${base}${path}`);
    await page.waitForFunction(() => document.getElementById('root')?.hasAttribute('data-hydrated'), undefined, { timeout: 20_000 });
    await page.waitForTimeout(300);
    await page.close();
    expect(messages).toEqual([]);
  }, 60_000);
});
