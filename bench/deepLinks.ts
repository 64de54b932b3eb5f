// npx tsx bench/deepLinks.ts -- --dist DIR [--runs N (default 5)]: what a cold deep link costs on a built site, for each
// kind of URL the footprint decisions treat differently (docs/performance.md, "Site footprint"): an article, a quote
// preview (which sends the reader to the quote), an entity with its own prerendered page, and an entity without one
// (opened through 404.html, its data from a shared bucket file). Headless Chromium under bench:web's throttling
// (4× CPU slowdown, 150 ms latency, 1.6 Mbit/s), served by src/pipeline/serve.ts (Brotli); medians of the bytes on
// the wire, the requests, and the time until the page's heading shows what the link names. Also in-app navigation
// from the home page to an article (the app live, only what the click fetches counted): on a big static site the
// article's data comes from the seed of its page, elsewhere from its data file. Figures, not assertions.
import { readdir, readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.mjs';
import { createStaticServer, listen } from '../src/pipeline/serve.ts';
import { readBuiltArticle } from '../src/pipeline/site/builtArticle.ts';
import type { ArticleIndex, EntityIndex } from '../src/shared/schema.ts';
import { median } from './stats.ts';

const CPU_SLOWDOWN = 4;
const LATENCY_MS = 150;
const THROUGHPUT_BYTES_PER_S = (1.6 * 1_000_000) / 8;

interface Link {
  label: string;
  path: string;
  /** Opened by clicking a link to `path` on this page once the app is live, instead of cold. */
  from?: string;
  /** The heading the page shows once it shows what the link names. */
  heading: string;
}

interface Cost {
  ms: number;
  bytes: Record<'html' | 'js' | 'css' | 'json' | 'total', number>;
  requests: number;
  status: number;
}

async function links(dist: string): Promise<Link[]> {
  const read = async <T>(path: string) => JSON.parse(await readFile(join(dist, 'data', path), 'utf8')) as T;
  const index = await read<ArticleIndex>('index.json');
  const entities = (await read<EntityIndex>('entities/index.json')).entities;
  const article = await readBuiltArticle(dist, index.articles[0]!.slug);
  const quoted = (await Promise.all(index.articles.slice(0, 50).map((a) => readBuiltArticle(dist, a.slug)))).find((a) => a.quotes.length > 0) ?? article;
  const next = index.articles[1] ?? index.articles[0]!;
  const own = entities[0]!;
  const result: Link[] = [
    { label: 'article (prerendered)', path: `/articles/${article.slug}`, heading: article.title },
    ...(quoted.quotes[0] ? [{ label: 'quote preview → article', path: `/articles/${quoted.slug}/${quoted.quotes[0].id}`, heading: quoted.title }] : []),
    { label: `entity with a page (${own.articleCount} articles)`, path: `/entities/${own.id}`, heading: own.name },
    { label: 'in the app: home → article', path: `/articles/${next.slug}`, heading: next.title, from: '/' },
  ];
  // the entity index lists the most-covered first: the last page holds entities of one article
  const layout = await read<{ buckets: number }>('entity-layout.json');
  if (layout.buckets > 0) {
    const first = await read<EntityIndex>('entities/index.json');
    const last = first.paging ? await read<{ entities: EntityIndex['entities'] }>(`entities/index/${first.paging.pageCount}.json`) : first;
    const shared = last.entities.at(-1)!;
    result.push({ label: `entity without a page (${shared.articleCount} article)`, path: `/entities/${shared.id}`, heading: shared.name });
  }
  return result;
}

async function measure(browser: Browser, origin: string, link: Link): Promise<Cost> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: LATENCY_MS, downloadThroughput: THROUGHPUT_BYTES_PER_S, uploadThroughput: THROUGHPUT_BYTES_PER_S });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const kinds = new Map<string, keyof Cost['bytes']>();
  const bytes: Cost['bytes'] = { html: 0, js: 0, css: 0, json: 0, total: 0 };
  let requests = 0;
  cdp.on('Network.responseReceived', (event) => {
    const path = new URL(event.response.url).pathname;
    kinds.set(event.requestId, path.endsWith('.json') ? 'json' : event.type === 'Script' ? 'js' : event.type === 'Stylesheet' ? 'css' : event.type === 'Document' || event.type === 'Fetch' ? 'html' : 'total');
  });
  cdp.on('Network.loadingFinished', (event) => {
    const kind = kinds.get(event.requestId);
    requests += 1;
    bytes.total += event.encodedDataLength;
    if (kind && kind !== 'total') bytes[kind] += event.encodedDataLength;
  });
  let response = null;
  if (link.from) {
    await page.goto(`${origin}${link.from}`, { timeout: 120_000 });
    await page.waitForFunction(() => document.getElementById('root')?.hasAttribute('data-hydrated'), undefined, { timeout: 120_000 });
    await page.waitForLoadState('networkidle', { timeout: 120_000 });
    Object.assign(bytes, { html: 0, js: 0, css: 0, json: 0, total: 0 });
    requests = 0;
  }
  const started = Date.now();
  if (link.from) await page.locator(`main a[href="${link.path}"]`).first().click();
  else response = await page.goto(`${origin}${link.path}`, { waitUntil: 'commit', timeout: 120_000 });
  await page.locator('main h1').filter({ hasText: link.heading }).first().waitFor({ state: 'visible', timeout: 120_000 });
  const ms = Date.now() - started;
  await page.waitForFunction(() => document.getElementById('root')?.hasAttribute('data-hydrated'), undefined, { timeout: 120_000 });
  await context.close();
  return { ms, bytes, requests, status: link.from ? 200 : (response?.status() ?? 0) };
}

/** Articles sampled for the page-versus-JSON comparison: evenly spread over the site. */
const SAMPLED_ARTICLES = 200;

/**
 * What in-app navigation to an article transfers for its data, compressed as served (Brotli quality 11): its page,
 * read for its seed, against the same data as a JSON file. Medians over articles spread evenly over the site.
 */
async function pageAgainstJson(dist: string): Promise<string> {
  const slugs = (await readdir(join(dist, 'articles'))).filter((name) => name.endsWith('.html')).map((name) => name.slice(0, -'.html'.length)).sort();
  const step = Math.max(1, Math.floor(slugs.length / SAMPLED_ARTICLES));
  const sampled = slugs.filter((_, i) => i % step === 0).slice(0, SAMPLED_ARTICLES);
  const brotli = (text: string) => brotliCompressSync(Buffer.from(text), { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const pages: number[] = [];
  const jsons: number[] = [];
  for (const slug of sampled) {
    pages.push(brotli(await readFile(join(dist, 'articles', `${slug}.html`), 'utf8')));
    jsons.push(brotli(JSON.stringify(await readBuiltArticle(dist, slug))));
  }
  const kb = (values: number[]) => `${(median(values) / 1024).toFixed(1)} KB`;
  return `in-app navigation to an article, its data (Brotli, median of ${sampled.length} articles): the page ${kb(pages)}, the same data as JSON ${kb(jsons)}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ args: process.argv.slice(2).filter((arg) => arg !== '--'), options: { dist: { type: 'string' }, runs: { type: 'string' } } });
  if (!values.dist) throw new Error('usage: npx tsx bench/deepLinks.ts -- --dist DIR [--runs N]');
  const launch = await findChromium();
  if (!launch) throw new Error('no Chromium found (node scripts/ensure-browser.mjs)');
  const server = createStaticServer(values.dist);
  await listen(server, 0, '127.0.0.1');
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ ...launch, args: CHROMIUM_ARGS });
  const runs = Number(values.runs ?? 5);
  try {
    console.log(`cold deep links on ${values.dist}, ${runs} runs each (medians; bytes on the wire, Brotli)`);
    console.log(`${'link'.padEnd(40)} ${'status'.padStart(6)} ${'heading shown'.padStart(13)} ${'requests'.padStart(8)}   html + js + css + json = total KB`);
    for (const link of await links(values.dist)) {
      const costs: Cost[] = [];
      for (let i = 0; i < runs; i++) costs.push(await measure(browser, origin, link));
      const kb = (kind: keyof Cost['bytes']) => (median(costs.map((c) => c.bytes[kind])) / 1024).toFixed(1);
      console.log(`${link.label.padEnd(40)} ${String(costs[0]!.status).padStart(6)} ${`${median(costs.map((c) => c.ms)).toFixed(0)} ms`.padStart(13)} ${String(median(costs.map((c) => c.requests))).padStart(8)}   ${kb('html')} + ${kb('js')} + ${kb('css')} + ${kb('json')} = ${kb('total')}`);
    }
    console.log(await pageAgainstJson(values.dist));
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
