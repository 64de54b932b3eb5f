// npm run bench:search [-- --sizes 1000,10000] [--big] [--site DIR --label N] [--runs N (default 3)] [--no-pagefind]
//   [--pagefind-minutes N (default 45)] [--keep DIR]
// Search on synthetic sites made from the BBC texts (bench/synthetic.ts): for each size, the bytes a search moves
// and the time from the moment typing stops to the first results on screen, in headless Chromium with 4× CPU
// slowdown, once on an unthrottled network and once on bench:web's slow one (150 ms latency, 1.6 Mbit/s), served
// compressed by the project's static server. Five queries: a rare phrase from the middle of an article's body, a
// common word, a person's name, a quote's word with its speaker (`speaker:NAME word`), and the rare phrase again in
// quotes. "first" is a query on a freshly loaded home page (the search code, the index's table of contents, its
// term chunks and the result fragments); "further" is the next query on the same page. The same queries run through
// Pagefind (npm `pagefind`, default settings) on the same built article pages, where the site has them (up to
// 10,000 articles the bench builds every page; --big adds 100,000, built as the data and the app only).
// `--site DIR --label N` measures a site built earlier (e.g. `npm run build -- --out DIR` on 100,000 articles,
// which takes half an hour) instead of building one; DIR is only read. Either way the app measured is the one
// checked out, built and its home page prerendered from the site's data, with the site's data files served behind
// it; the queries are picked from the site's data, never a fixed list.
// Before measuring, each query runs once unmeasured: the static server compresses a file the first time it is asked
// for (Brotli at its best, ~0.1–0.4 s a file), as a static host does ahead of time or once for all its readers.
// Figures, not assertions.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.mjs';
import { createStaticServer, listen } from '../src/pipeline/serve.ts';
import type { EntityIndex, SearchFragment, SearchManifest } from '../src/shared/schema.ts';
import { buildFront } from './searchFront.ts';
import { median } from './stats.ts';
import { folderSize, syntheticCorpus } from './synthetic.ts';

const BBC = new URL('../../shared/corpus/bbc/articles.jsonl', import.meta.url).pathname;
const ROOT = new URL('../', import.meta.url).pathname;
const CPU_SLOWDOWN = 4;
const SLOW_NETWORK = { latency: 150, throughput: (1.6 * 1_000_000) / 8 };
/** Sites up to this size are fully built (every page), so Pagefind can index their article pages. */
const FULL_BUILD_MAX = 10_000;

interface Query {
  label: string;
  /** What is typed into the search box. */
  typed: string;
  /** The same for Pagefind, which has no speaker filter by default: the speaker's name becomes a word. */
  pagefind: string;
}

interface Measure {
  bytes: number;
  ms: number;
  results: number;
}

function run(command: string, args: string[], label: string, timeoutMs?: number): number {
  const started = performance.now();
  const child = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, DOSSIER_STATS: '1' }, timeout: timeoutMs });
  if (child.error) throw new Error(`${label} failed: ${child.error.message}`);
  if (child.status !== 0) throw new Error(`${label} failed (exit ${child.status}${child.signal ? `, ${child.signal}` : ''}): ${(child.stderr ?? '').slice(-3000)}`);
  return (performance.now() - started) / 1000;
}

/** The site: a full build when small enough, else the app with the data written by a streaming ingest. */
function buildSite(corpus: string, out: string, n: number): { seconds: number; full: boolean } {
  if (n <= FULL_BUILD_MAX) return { seconds: run(process.execPath, ['--import', 'tsx', 'src/pipeline/cli/build.ts', '--input', corpus, '--out', out, '--noindex'], `build of ${n}`), full: true };
  const app = `import { buildApp } from './src/pipeline/site/buildSite.ts'; await buildApp(${JSON.stringify(out)}, true);`;
  let seconds = run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', app], 'app build');
  seconds += run(process.execPath, ['--import', 'tsx', 'src/pipeline/cli/ingest.ts', '--input', corpus, '--out', join(out, 'data'), '--no-cache'], `ingest of ${n}`);
  return { seconds, full: false };
}

/** The queries, taken from the site's search data (never a fixed list of names): see the header. */
function pickQueries(site: string): Query[] {
  const data = join(site, 'data');
  const { docCount } = JSON.parse(readFileSync(join(data, 'search', 'index.json'), 'utf8')) as SearchManifest;
  const fragmentAt = (i: number) => JSON.parse(readFileSync(join(data, 'search', 'docs', `${i % docCount}.json`), 'utf8')) as SearchFragment;
  // rare phrase: five words from the middle of the middle paragraph of an article in the middle of the corpus
  const middle = fragmentAt(Math.floor(docCount / 2));
  const paragraph = middle.text[Math.floor(middle.text.length / 2)]!;
  const words = paragraph.match(/[\p{L}\p{N}]+/gu) ?? [];
  const from = Math.max(0, Math.floor(words.length / 2) - 2);
  const phrase = words.slice(from, from + 5).join(' ');
  // a name: the person with the most articles, else the name found in most of a sample of articles
  const name = mostFrequentPerson(data) ?? mostFrequentName(Array.from({ length: Math.min(docCount, 500) }, (_, i) => fragmentAt(Math.floor((i * docCount) / Math.min(docCount, 500))))) ?? 'minister';
  // a quote with its speaker: the longest word of the first attributed quote found, by the speaker's last name
  let said: Query | null = null;
  for (let i = 0; i < 200 && !said; i++) {
    const quote = fragmentAt(i * 7).quotes.find((candidate) => candidate.speaker && /\s/.test(candidate.speaker));
    if (!quote?.speaker) continue;
    const surname = quote.speaker.split(/\s+/).at(-1)!;
    const word = (quote.text.match(/\p{L}+/gu) ?? []).sort((a, b) => b.length - a.length)[0];
    if (word) said = { label: 'quote by a speaker', typed: `speaker:${surname} ${word}`, pagefind: `${surname} ${word}` };
  }
  return [
    { label: 'rare body phrase', typed: phrase, pagefind: phrase },
    // the same words as a phrase in quotes: side by side and in order (both engines read quotes so)
    { label: 'quoted phrase', typed: `"${phrase}"`, pagefind: `"${phrase}"` },
    { label: 'common word', typed: 'government', pagefind: 'government' },
    { label: 'a name', typed: name, pagefind: name },
    said ?? { label: 'quote by a speaker', typed: 'said', pagefind: 'said' },
  ];
}

function mostFrequentPerson(data: string): string | null {
  try {
    const entities = JSON.parse(readFileSync(join(data, 'entities', 'index.json'), 'utf8')) as EntityIndex;
    return entities.entities.filter((entity) => entity.type === 'person').sort((a, b) => b.articleCount - a.articleCount)[0]?.name ?? null;
  } catch {
    return null;
  }
}

/** The two-word name most articles of the sample mention. */
function mostFrequentName(sample: readonly SearchFragment[]): string | null {
  const counts = new Map<string, number>();
  for (const fragment of sample) for (const name of new Set(fragment.entities)) if (/^\S+ \S+$/.test(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

async function throttledPage(browser: Browser, slowNetwork: boolean): Promise<{ page: Page; bytes: () => Promise<number>; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (slowNetwork) await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: SLOW_NETWORK.latency, downloadThroughput: SLOW_NETWORK.throughput, uploadThroughput: SLOW_NETWORK.throughput });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  // Playwright's accounting, not the page's DevTools session: it also sees the requests of workers (Pagefind's)
  let total = 0;
  const pending = new Set<Promise<void>>();
  context.on('requestfinished', (request) => {
    const sized = request.sizes().then((sizes) => void (total += sizes.responseBodySize + sizes.responseHeadersSize), () => undefined);
    pending.add(sized);
    void sized.finally(() => pending.delete(sized));
  });
  return {
    page,
    bytes: async () => {
      // a response whose size never comes (a cut connection) is not waited for
      await Promise.race([Promise.all(pending), new Promise((resolve) => setTimeout(resolve, 5000))]);
      return total;
    },
    close: () => context.close(),
  };
}

/** A step that takes this long has failed (a hang), whatever the machine. */
const STEP_TIMEOUT_MS = 120_000;

function withTimeout<T>(promise: Promise<T>, what: string, ms = STEP_TIMEOUT_MS): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: nothing after ${ms / 1000} s`)), ms).unref())]);
}

/**
 * In the page: sets the box to the whole query in one input event, then resolves when the status line reports its
 * results. Plain JavaScript text, so the bench's TypeScript transform adds nothing the page lacks.
 */
const TYPE_AND_WAIT = `async (query) => {
  const box = document.querySelector('#search');
  box.focus();
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const started = performance.now();
  setValue.call(box, query);
  box.dispatchEvent(new Event('input', { bubbles: true }));
  return await new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      const form = document.querySelector('form[role="search"]');
      const failed = form.querySelector('[role="alert"]');
      if (failed) { observer.disconnect(); reject(new Error('search failed: ' + failed.textContent)); return; }
      const status = form.querySelector('[role="status"]')?.textContent ?? '';
      if (!status.includes('match “' + query.trim() + '”')) return;
      observer.disconnect();
      resolve({ ms: performance.now() - started, results: Number((status.match(/^(?:Up to )?([\\d,]+) of/)?.[1] ?? '0').replace(/,/g, '')) });
    });
    observer.observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true });
  });
}`;

/** Types the whole query at once into the box (so everything loads after typing stops) and waits for its results. */
async function dossierQuery(page: Page, typed: string, bytes: () => Promise<number>): Promise<Measure> {
  const before = await bytes();
  const attempt = () => withTimeout(page.evaluate(`(${TYPE_AND_WAIT})(${JSON.stringify(typed)})`) as Promise<{ ms: number; results: number }>, `Dossier's results for "${typed}"`, 30_000);
  const result = await attempt().catch(async (error: Error) => {
    // an input event the page never took (the box is empty, the URL has no query): say so, and type again
    const box = await page.locator('#search').inputValue();
    process.stderr.write(`  (${error.message}; the box holds "${box}", the URL is ${page.url()}; typing again)\n`);
    return attempt();
  });
  await page.waitForTimeout(200); // nothing more should arrive; if it does, it counts
  return { ...result, bytes: (await bytes()) - before };
}

/** Pagefind's own API as its UI uses it: init, search, then the data of the first ten results. */
async function pagefindQuery(page: Page, typed: string, bytes: () => Promise<number>): Promise<Measure> {
  const before = await bytes();
  const result = await withTimeout(page.evaluate(async (query) => {
    const started = performance.now();
    const script = '/pagefind/pagefind.js';
    const pagefind = await import(script);
    await pagefind.init();
    const search = await pagefind.search(query);
    await Promise.all(search.results.slice(0, 10).map((hit: { data: () => Promise<unknown> }) => hit.data()));
    return { ms: performance.now() - started, results: search.results.length as number };
  }, typed), `Pagefind's results for "${typed}"`);
  await page.waitForTimeout(200);
  return { ...result, bytes: (await bytes()) - before };
}

type Engine = 'dossier' | 'pagefind';

/** One round: a fresh page, the query, then the next query on the same page. */
async function round(browser: Browser, origin: string, engine: Engine, first: Query, next: Query, slowNetwork: boolean): Promise<[Measure, Measure]> {
  const { page, bytes, close } = await throttledPage(browser, slowNetwork);
  try {
    if (engine === 'dossier') {
      await page.goto(`${origin}/`, { waitUntil: 'load', timeout: 180_000 });
      await page.waitForFunction(() => document.getElementById('root')?.hasAttribute('data-hydrated'), undefined, { timeout: 180_000 });
      // the page's start-up requests done, as when a reader starts typing
      await page.waitForLoadState('networkidle');
      return [await dossierQuery(page, first.typed, bytes), await dossierQuery(page, next.typed, bytes)];
    }
    await page.goto(`${origin}/pagefind-bench.html`, { waitUntil: 'load', timeout: 180_000 });
    return [await pagefindQuery(page, first.pagefind, bytes), await pagefindQuery(page, next.pagefind, bytes)];
  } finally {
    await close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Where a measured site's files come from: the app (front), the data (site), Pagefind's index (its parent folder). */
interface Served {
  front: string;
  site: string;
  pagefind: string | null;
}

/** One origin for the three folders: /data/ from the site, /pagefind/ from Pagefind's output, the rest from the app. */
function serve({ front, site, pagefind }: Served): Server {
  const app = createStaticServer(front);
  const data = createStaticServer(site);
  const search = pagefind ? createStaticServer(pagefind) : app;
  return createServer((request, response) => {
    const path = request.url ?? '/';
    (path.startsWith('/data/') ? data : path.startsWith('/pagefind/') ? search : app).emit('request', request, response);
  });
}

type Row = { engine: Engine; network: string; query: Query; first: Measure; further: Measure };

async function measureSite(browser: Browser, served: Served, engines: Engine[], runs: number): Promise<Row[]> {
  const server = serve(served);
  await listen(server, 0, '127.0.0.1');
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const queries = pickQueries(served.site);
  const rows: Row[] = [];
  try {
    // every file the queries touch, compressed once by the server before anything is timed (see the header)
    for (const engine of engines) for (const [i, query] of queries.entries()) await round(browser, origin, engine, query, queries[(i + 1) % queries.length]!, false);
    for (const slowNetwork of [false, true]) {
      for (const engine of engines) {
        for (const [i, query] of queries.entries()) {
          const next = queries[(i + 1) % queries.length]!;
          const firsts: Measure[] = [];
          const furthers: Measure[] = [];
          for (let r = 0; r < runs; r++) {
            const [first, further] = await round(browser, origin, engine, query, next, slowNetwork);
            firsts.push(first);
            furthers.push(further);
          }
          const med = (list: Measure[]): Measure => ({ bytes: median(list.map((m) => m.bytes)), ms: median(list.map((m) => m.ms)), results: list[0]!.results });
          const row = { engine, network: slowNetwork ? 'slow' : 'fast', query, first: med(firsts), further: med(furthers) };
          rows.push(row);
          process.stderr.write(`  ${engine} ${row.network} ${query.label}: first ${kb(row.first.bytes)} ${row.first.ms.toFixed(0)} ms (${row.first.results} results), then ${kb(row.further.bytes)} ${row.further.ms.toFixed(0)} ms\n`);
        }
      }
    }
  } finally {
    server.close();
  }
  return rows;
}

/** A Pagefind run that takes longer than this (minutes, `--pagefind-minutes`) is stopped and reported. */
const PAGEFIND_MINUTES = 45;
/** Address space Pagefind may take: a site too big for it fails alone instead of starving the machine (24 GB, shared). */
const PAGEFIND_MEMORY_LIMIT = 8 * 1024 ** 3;

/**
 * Pagefind's index of the site's article pages, written beside (never into) the site; null when the site has no
 * article pages or Pagefind could not index them here (said on stderr and under the table).
 */
function pagefindIndex(site: string, out: string, notes: string[], minutes: number): string | null {
  if (!existsSync(join(site, 'articles'))) {
    notes.push('Pagefind: the site has no article pages to index (built as the data and the app only).');
    return null;
  }
  if (!existsSync(join(out, 'pagefind', 'pagefind.js'))) {
    const started = performance.now();
    try {
      const args = ['--site', site, '--glob', 'articles/*.html', '--output-path', join(out, 'pagefind')];
      // Pagefind's own binary under a memory cap where prlimit exists, so a site too big for it fails alone
      const binary = join(ROOT, 'node_modules/@pagefind/linux-x64/bin/pagefind_extended');
      const seconds = existsSync(binary) && existsSync('/usr/bin/prlimit')
        ? run('/usr/bin/prlimit', [`--as=${PAGEFIND_MEMORY_LIMIT}`, '--', binary, ...args], 'pagefind', minutes * 60_000)
        : run(process.execPath, [join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), ...args], 'pagefind', minutes * 60_000);
      notes.push(`Pagefind indexed the article pages in ${seconds.toFixed(0)} s.`);
    } catch (error) {
      notes.push(`Pagefind could not index the article pages here (stopped after ${((performance.now() - started) / 1000).toFixed(0)} s): ${(error as Error).message.split('\n')[0]}`);
      process.stderr.write(`  ${notes.at(-1)}\n`);
      return null;
    }
    process.stderr.write(`  ${notes.at(-1)}\n`);
  }
  return out;
}

function printTable(label: string, site: string, pagefind: string | null, rows: Row[], runs: number): void {
  const ours = folderSize(join(site, 'data', 'search'));
  const theirs = pagefind ? folderSize(join(pagefind, 'pagefind')) : null;
  console.log(`\n## ${label} articles — Dossier's index ${(ours.bytes / 1e6).toFixed(1)} MB in ${ours.files.toLocaleString('en')} files${theirs ? `; Pagefind's ${(theirs.bytes / 1e6).toFixed(1)} MB in ${theirs.files.toLocaleString('en')} files` : ''}`);
  console.log(`Chromium headless, CPU ${CPU_SLOWDOWN}× slower; network "fast" unthrottled, "slow" ${SLOW_NETWORK.latency} ms latency and ${(SLOW_NETWORK.throughput * 8) / 1e6} Mbit/s; medians of ${runs} runs; time from the end of typing to the first results shown (Dossier: in the page; Pagefind: its API's search and the first ten results' data)`);
  console.log(['engine'.padEnd(9), 'network'.padEnd(8), 'query'.padEnd(20), 'results'.padStart(8), 'first: bytes'.padStart(13), 'time'.padStart(9), 'further: bytes'.padStart(15), 'time'.padStart(9), '  typed'].join(' '));
  for (const row of rows) {
    console.log([row.engine.padEnd(9), row.network.padEnd(8), row.query.label.padEnd(20), String(row.first.results).padStart(8), kb(row.first.bytes).padStart(13), `${row.first.ms.toFixed(0)} ms`.padStart(9), kb(row.further.bytes).padStart(15), `${row.further.ms.toFixed(0)} ms`.padStart(9), `  ${row.engine === 'dossier' ? row.query.typed : row.query.pagefind}`].join(' '));
  }
  for (const network of ['fast', 'slow']) {
    const ourRows = rows.filter((row) => row.engine === 'dossier' && row.network === network);
    console.log(`Dossier, ${network} network: largest first query ${kb(Math.max(...ourRows.map((row) => row.first.bytes)))} (goal ≤ 300 KB at 100,000), largest further query ${kb(Math.max(...ourRows.map((row) => row.further.bytes)))} (goal ≤ 100 KB), slowest first results ${Math.max(...ourRows.map((row) => row.first.ms)).toFixed(0)} ms${network === 'fast' ? ' (goal ≤ 1 s)' : ''}`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { sizes: { type: 'string' }, big: { type: 'boolean' }, site: { type: 'string' }, label: { type: 'string' }, runs: { type: 'string' }, 'no-pagefind': { type: 'boolean' }, 'pagefind-minutes': { type: 'string' }, keep: { type: 'string' } } });
  const executable = await findChromium();
  if (!executable) {
    console.log('bench:search skipped: no Chromium found (set CHROMIUM_PATH)');
    return;
  }
  const prebuilt = values.site ? resolve(values.site) : null;
  if (prebuilt && !existsSync(join(prebuilt, 'data', 'search', 'index.json'))) throw new Error(`--site ${prebuilt}: no data/search/index.json (not a built site, or one without the chunked search index)`);
  if (!prebuilt && !existsSync(BBC)) {
    console.log(`bench:search skipped: ${BBC} is missing (the shared corpora are not on this machine; the synthetic sites are made from them)`);
    return;
  }
  const sizes = prebuilt ? [] : (values.sizes ?? '1000,10000').split(',').map(Number).concat(values.big ? [100_000] : []);
  const runs = Math.max(1, Number(values.runs ?? 3));
  const work = values.keep ?? mkdtempSync(join(tmpdir(), 'dossier-bench-search-'));
  mkdirSync(work, { recursive: true });
  const browser = await chromium.launch({ ...executable, args: CHROMIUM_ARGS });
  const firstBytes = new Map<number, number>();
  try {
    const sites: Array<{ label: string; n: number; site: string }> = prebuilt ? [{ label: values.label ?? 'prebuilt', n: Number(values.label?.replace(/\D/g, '') ?? 0), site: prebuilt }] : [];
    if (!prebuilt) {
      const source = readFileSync(BBC, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { title: string; body: string });
      for (const n of sizes) {
        const site = join(work, `site-${n}`);
        if (!existsSync(join(site, 'data', 'search', 'index.json'))) {
          const corpus = join(work, `syn-${n}.jsonl`);
          syntheticCorpus(source, n, corpus);
          process.stderr.write(`building the ${n.toLocaleString('en')}-article site…\n`);
          const built = buildSite(corpus, site, n);
          process.stderr.write(`  ${built.full ? 'full site' : 'app and data'} in ${built.seconds.toFixed(0)} s\n`);
        }
        sites.push({ label: n.toLocaleString('en'), n, site });
      }
    }
    for (const { label, n, site } of sites) {
      const front = join(work, `front-${label.replace(/\W/g, '')}`);
      process.stderr.write(`building the app and the home page for ${site}…\n`);
      const chunks = await buildFront(site, front);
      const engines: Engine[] = ['dossier'];
      const notes: string[] = [];
      const pagefind = values['no-pagefind'] ? null : pagefindIndex(site, join(work, `pagefind-${label.replace(/\W/g, '')}`), notes, Number(values['pagefind-minutes'] ?? PAGEFIND_MINUTES));
      if (pagefind) {
        // a page without the site's CSP: Pagefind needs 'wasm-unsafe-eval', which the site does not allow
        writeFileSync(join(front, 'pagefind-bench.html'), '<!doctype html><meta charset="utf-8"><title>Pagefind</title><p>Pagefind</p>');
        engines.push('pagefind');
      }
      process.stderr.write(`measuring ${label} articles (${runs} runs each)…\n`);
      const rows = await measureSite(browser, { front, site, pagefind }, engines, runs);
      printTable(label, site, pagefind, rows, runs);
      console.log(`App chunks, gzip: ${Object.entries(chunks).map(([label, bytes]) => `${label} ${kb(bytes)}`).join(', ')} (the last two load on intent)`);
      for (const note of notes) console.log(note);
      firstBytes.set(n, Math.max(...rows.filter((row) => row.engine === 'dossier' && row.network === 'fast').map((row) => row.first.bytes)));
      if (!values.keep && !prebuilt) rmSync(site, { recursive: true, force: true });
    }
    const measured = [...firstBytes.keys()];
    for (let i = 1; i < measured.length; i++) {
      const [a, b] = [measured[i - 1]!, measured[i]!];
      console.log(`first-query bytes ${a.toLocaleString('en')} → ${b.toLocaleString('en')} articles: ${(firstBytes.get(b)! / firstBytes.get(a)!).toFixed(2)}× (goal ≤ 1.5× for 1,000 → 10,000)`);
    }
  } finally {
    await browser.close();
    if (!values.keep) rmSync(work, { recursive: true, force: true });
  }
}

await main();
