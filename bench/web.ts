// npm run bench:web [-- --runs N (default 20)] [--dist DIR] [--against DIR] [--identity] [--trace]: a cold deep link to the sample
// article in headless Chromium with 4× CPU slowdown and a slow network (150 ms latency, 1.6 Mbit/s), against the
// floor: a plain static HTML page of the same article text (headline + paragraphs, minimal inline CSS), both served
// by the same static server (src/pipeline/serve.ts, the one `npm start` runs), which compresses text as hosts do
// (Brotli for browsers, which all accept it).
// Runs alternate app / floor, each after a pause that lets the previous page's process exit (otherwise its
// teardown slows the next load); prints medians of LCP, FCP, CLS and bytes on the wire, and the LCP ratio to the floor
// with its 95 % interval (bench/stats.ts).
// --against DIR: another built site (say, of an earlier commit) measured in the same rounds, for an A/B of two builds.
// --identity: a what-if with nothing compressed, for both pages.
// --trace: also records a Chromium trace of every load and prints the main thread's parse, style, layout and paint
// before the first contentful paint (bench/mainThread.ts); tracing slows every load a little. Figures, not assertions.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.mjs';
import type { Article } from '../src/shared/schema.ts';
import { buildSite } from '../src/pipeline/cli/build.ts';
import { escapeHtml } from '../src/pipeline/site/pages.ts';
import { createStaticServer, listen } from '../src/pipeline/serve.ts';
import { workBeforeFirstPaint, type MainThreadWork, type TraceEvent } from './mainThread.ts';
import { median, ratioInterval } from './stats.ts';

const SLUG = 'russia-seeks-to-expand-security-ties-with-china-calls-it-unconditional-priority';
const CPU_SLOWDOWN = 4;
const LATENCY_MS = 150;
const THROUGHPUT_BYTES_PER_S = (1.6 * 1_000_000) / 8;
const VIEWPORT = { width: 1280, height: 720 };
/** A pause after each load, so the closed page's process has exited and every load starts on a quiet machine. */
const SETTLE_MS = 1000;

interface RunResult {
  lcp: number;
  fcp: number;
  cls: number;
  lcpElement: string;
  bytes: { html: number; js: number; css: number; json: number; total: number };
  work: MainThreadWork | null;
}

const TRACE_CATEGORIES = ['devtools.timeline', 'loading', 'disabled-by-default-devtools.timeline'];

/** The floor: the article's headline and paragraphs as the simplest page that could show them. */
export function floorPage(article: Article): string {
  const blocks = article.blocks
    .map((block) => (block.kind === 'subheading' ? `<h2>${escapeHtml(block.text)}</h2>` : `<p>${escapeHtml(block.text)}</p>`))
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title)}</title>
<style>body{font:18px/1.6 Georgia,serif;max-width:40rem;margin:2rem auto;padding:0 1rem}h1{font-size:2rem;line-height:1.2}</style>
</head>
<body>
<main><article><h1>${escapeHtml(article.title)}</h1>
${blocks}
</article></main>
</body>
</html>
`;
}

/** Collects LCP (last candidate), FCP and CLS from the page's own performance observers. */
const OBSERVE_VITALS = () => {
  const vitals = { lcp: 0, lcpElement: '', fcp: 0, cls: 0 };
  (window as unknown as { __vitals: typeof vitals }).__vitals = vitals;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<PerformanceEntry & { element?: Element | null }>) {
      vitals.lcp = entry.startTime;
      const element = entry.element;
      vitals.lcpElement = element ? `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}` : '?';
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') vitals.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
      if (!entry.hadRecentInput) vitals.cls += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

async function measure(browser: Browser, url: string, isApp: boolean, trace: boolean): Promise<RunResult> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: LATENCY_MS,
    downloadThroughput: THROUGHPUT_BYTES_PER_S,
    uploadThroughput: THROUGHPUT_BYTES_PER_S,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const kinds = new Map<string, string>();
  const bytes = { html: 0, js: 0, css: 0, json: 0, total: 0 };
  cdp.on('Network.responseReceived', (event) => {
    const path = new URL(event.response.url).pathname;
    kinds.set(event.requestId, path.endsWith('.json') ? 'json' : event.type === 'Script' ? 'js' : event.type === 'Stylesheet' ? 'css' : event.type === 'Document' ? 'html' : 'other');
  });
  cdp.on('Network.loadingFinished', (event) => {
    const kind = kinds.get(event.requestId);
    bytes.total += event.encodedDataLength;
    if (kind === 'html' || kind === 'js' || kind === 'css' || kind === 'json') bytes[kind] += event.encodedDataLength;
  });
  await page.addInitScript(OBSERVE_VITALS);
  if (trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  if (isApp) await page.waitForFunction(() => document.getElementById('root')?.hasAttribute('data-hydrated'), undefined, { timeout: 120_000 });
  await page.waitForTimeout(1000); // late layout shifts and LCP candidates
  const vitals = await page.evaluate(() => (window as unknown as { __vitals: { lcp: number; lcpElement: string; fcp: number; cls: number } }).__vitals);
  const work = trace ? workBeforeFirstPaint((JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents) : null;
  await context.close();
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  return { ...vitals, bytes, work };
}

/** Each kind of main-thread work's median over the runs; null unless every run was traced to a paint. */
function medianWork(works: Array<MainThreadWork | null>): MainThreadWork | null {
  if (!works.every((work) => work !== null)) return null;
  const of = (kind: keyof MainThreadWork) => median(works.map((work) => work[kind]));
  return { parse: of('parse'), style: of('style'), layout: of('layout'), paint: of('paint') };
}

function summary(label: string, runs: RunResult[]) {
  const elements = [...new Set(runs.map((run) => run.lcpElement))].join(', ');
  return {
    label,
    lcp: median(runs.map((run) => run.lcp)),
    fcp: median(runs.map((run) => run.fcp)),
    cls: median(runs.map((run) => run.cls)),
    html: median(runs.map((run) => run.bytes.html)),
    js: median(runs.map((run) => run.bytes.js)),
    css: median(runs.map((run) => run.bytes.css)),
    json: median(runs.map((run) => run.bytes.json)),
    total: median(runs.map((run) => run.bytes.total)),
    elements,
    work: medianWork(runs.map((run) => run.work)),
  };
}

const kb = (value: number) => `${(value / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string' }, dist: { type: 'string' }, against: { type: 'string' }, identity: { type: 'boolean' }, trace: { type: 'boolean' } } });
  const trace = values.trace ?? false;
  // 30 rounds by default: single loads vary by ±30 % on a 2-core machine, so fewer make the median ratio jumpy.
  const runs = Math.max(5, Number(values.runs ?? 30));
  const executable = await findChromium();
  if (!executable) {
    console.log('bench:web skipped: no Chromium found (set CHROMIUM_PATH)');
    return;
  }
  const work = await mkdtemp(join(tmpdir(), 'dossier-bench-web-'));
  const dist = values.dist ?? join(work, 'site');
  const floorRoot = join(work, 'floor');
  try {
    if (!values.dist) {
      process.stderr.write(`building the site into ${dist}…\n`);
      await buildSite({ input: 'content', out: dist, baseUrl: null, noindex: false, window: null, quiet: true });
    }
    const article = JSON.parse(await readFile(join(dist, 'data', 'articles', `${SLUG}.json`), 'utf8')) as Article;
    await mkdir(join(floorRoot, 'articles'), { recursive: true });
    await writeFile(join(floorRoot, 'articles', `${SLUG}.html`), floorPage(article));

    const serve = (root: string) => createStaticServer(root, { compress: !values.identity });
    const servers = [serve(dist), ...(values.against ? [serve(values.against)] : []), serve(floorRoot)];
    for (const server of servers) await listen(server, 0, '127.0.0.1');
    const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/articles/${SLUG}`;
    const appUrl = urlOf(servers[0]!);
    const againstUrl = values.against ? urlOf(servers[1]!) : null;
    const floorUrl = urlOf(servers.at(-1)!);
    const browser = await chromium.launch({ ...executable, args: CHROMIUM_ARGS });
    const app: RunResult[] = [];
    const against: RunResult[] = [];
    const floor: RunResult[] = [];
    try {
      // One discarded round first: the browser's own start-up work (font and process caches) is not the page's.
      await measure(browser, appUrl, true, trace);
      if (againstUrl) await measure(browser, againstUrl, true, trace);
      await measure(browser, floorUrl, false, trace);
      for (let run = 0; run < runs; run++) {
        // The order alternates round by round, so neither page always follows the other's teardown.
        const loadApps = async () => {
          app.push(await measure(browser, appUrl, true, trace));
          if (againstUrl) against.push(await measure(browser, againstUrl, true, trace));
        };
        const loadFloor = async () => void floor.push(await measure(browser, floorUrl, false, trace));
        if (run % 2 === 0) {
          await loadApps();
          await loadFloor();
        } else {
          await loadFloor();
          await loadApps();
        }
        const a = app.at(-1)!;
        const f = floor.at(-1)!;
        const b = againstUrl ? `, --against LCP ${against.at(-1)!.lcp.toFixed(0)} ms` : '';
        process.stderr.write(`run ${run + 1}/${runs}: app LCP ${a.lcp.toFixed(0)} ms (${a.lcpElement})${b}, floor LCP ${f.lcp.toFixed(0)} ms\n`);
      }
    } finally {
      await browser.close();
      for (const server of servers) server.close();
    }
    const rows = [summary('app (prerendered)', app), ...(againstUrl ? [summary('app (--against)', against)] : []), summary('floor (plain HTML)', floor)];
    console.log(`\nCold deep link /articles/${SLUG}`);
    console.log(`Chromium headless, CPU ${CPU_SLOWDOWN}× slower, ${LATENCY_MS} ms latency, ${THROUGHPUT_BYTES_PER_S * 8 / 1e6} Mbit/s, ${VIEWPORT.width}×${VIEWPORT.height}, medians of ${runs} runs each, ${values.identity ? 'no compression (--identity what-if: every file as it is on disk)' : 'text compressed by the static server (Brotli), as hosts do'}\n`);
    console.log(['page'.padEnd(20), 'LCP'.padStart(9), 'FCP'.padStart(9), 'CLS'.padStart(7), 'HTML'.padStart(10), 'JS'.padStart(10), 'CSS'.padStart(9), 'JSON'.padStart(8), 'total'.padStart(10), '  LCP element'].join(' '));
    for (const row of rows) {
      console.log([
        row.label.padEnd(20),
        `${row.lcp.toFixed(0)} ms`.padStart(9),
        `${row.fcp.toFixed(0)} ms`.padStart(9),
        row.cls.toFixed(4).padStart(7),
        kb(row.html).padStart(10),
        kb(row.js).padStart(10),
        kb(row.css).padStart(9),
        kb(row.json).padStart(8),
        kb(row.total).padStart(10),
        `  ${row.elements}`,
      ].join(' '));
    }
    const range = (results: RunResult[]) => `${Math.min(...results.map((r) => r.lcp)).toFixed(0)}–${Math.max(...results.map((r) => r.lcp)).toFixed(0)} ms`;
    console.log(`\nLCP range: app ${range(app)},${againstUrl ? ` --against ${range(against)},` : ''} floor ${range(floor)} (a busy machine widens it; the medians are the figures)`);
    // A round's app and floor loads run back to back, so a pair shares the machine's load at that moment.
    const floorRow = rows.at(-1)!;
    const pairedRatio = (results: RunResult[]) => median(results.map((run, i) => run.lcp / floor[i]!.lcp)).toFixed(2);
    const interval = (results: RunResult[]) => {
      const { low, high } = ratioInterval(results.map((run) => run.lcp), floor.map((run) => run.lcp));
      return `95 % interval ${low.toFixed(2)}–${high.toFixed(2)} by resampling the pairs`;
    };
    console.log(`LCP ratio app / floor: ${(rows[0]!.lcp / floorRow.lcp).toFixed(2)} (goal ≤ 1.2; ${interval(app)}); median of paired runs' ratios: ${pairedRatio(app)}`);
    if (againstUrl) console.log(`--against / floor: ${(rows[1]!.lcp / floorRow.lcp).toFixed(2)} (${interval(against)}); median of paired runs' ratios: ${pairedRatio(against)}`);
    if (trace) {
      console.log(`\nMain-thread work before the first contentful paint (traced, medians, ms under the ${CPU_SLOWDOWN}× slowdown):`);
      console.log(['page'.padEnd(20), 'parse'.padStart(7), 'style'.padStart(7), 'layout'.padStart(7), 'paint'.padStart(7), 'total'.padStart(7)].join(' '));
      for (const row of rows) {
        const work = row.work;
        const cells = work ? [work.parse, work.style, work.layout, work.paint, work.parse + work.style + work.layout + work.paint] : [];
        console.log([row.label.padEnd(20), ...cells.map((value) => value.toFixed(1).padStart(7))].join(' ') + (work ? '' : ' (no paint recorded in some run)'));
      }
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
