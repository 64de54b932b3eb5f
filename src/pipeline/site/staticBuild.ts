// The static site of a corpus of any size, from the data files ingest wrote (never the whole corpus in memory), and
// incremental, so a rebuild after one changed article costs what the change touches, not what the corpus holds:
// - the site is double-buffered (siteSlots.ts): the build brings the slot not being served up to date — a file
//   whose identity is what the slot holds is left alone, others are replaced or linked from the served slot — and
//   switches to it atomically;
// - a page's identity is its data file's, as ingest recorded it when writing the file, so an unchanged page's data
//   is never read again: only the pages the change touches are rendered (its own, its quote previews, the articles
//   whose related lists changed, the entities it mentions, the lists);
// - the app is built by Vite only when its sources changed (appBuild.ts).
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type * as z from 'zod/mini';
import { entityLayoutQuery } from '../../app/api/entityPage.ts';
import { Article, ArticleIndex, ArticleIndexPage, EntityIndex, EntityIndexPage, EntityLayout, EntityPage, parseOrThrow, type EntitySummary } from '../../shared/schema.ts';
import { entityLayoutPlan, type EntityLayoutPlan, type EntityPagePolicy } from '../output/entityLayout.ts';
import { dataPaths, entityLayoutData, MANIFEST } from '../output/writeSiteData.ts';
import { keptApp, type KeptApp } from './appBuild.ts';
import { filesUnder, inPool, linkOrCopy } from './folderFiles.ts';
import { loadAssets, renderPage, type BuildSiteOptions, type RenderContext } from './buildSite.ts';
import { articlePage, articlePageFile, entityListPage, entityPage, entityPageFile, holdNotFoundMessage, homePage, notFoundPage, quotePageHtml, quotePages, type HeadOptions } from './pages.ts';
import { SHELL_FILE, SSR_DIR } from './prerender.ts';
import { openSlot, serveSlot, type SlotPlan, type SlotRecord } from './siteSlots.ts';

/** The folder beside `out` where builds keep what the next one reuses: the ingested data, the app, the two slots. */
export function buildWorkFolder(out: string): string {
  const site = resolve(out);
  return join(dirname(site), `.${basename(site)}.build`);
}

export interface SiteWriteResult {
  pages: number;
  rendered: number;
  reused: number;
  /** Milliseconds in each step, for the benchmark: the app, placing the data, the pages, the switch. */
  times?: { app: number; data: number; pages: number; swap: number };
}

const sha1 = (...parts: string[]) => {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/** Writes a file of the slot anew. Never through an existing name: it may be a hard link to the served site or the data. */
async function replaceFile(file: string, content: string): Promise<void> {
  await rm(file, { force: true });
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, content);
}

async function readJson<T>(schema: z.ZodMiniType<T>, file: string): Promise<{ value: T; text: string }> {
  const text = await readFile(file, 'utf8');
  return { value: parseOrThrow(schema, JSON.parse(text), file), text };
}

/** Every article slug and every entity, read page by page from the list files. */
async function listsOf(dataDir: string): Promise<{ slugs: string[]; entities: EntitySummary[]; listsKey: string }> {
  const index = await readJson(ArticleIndex, join(dataDir, dataPaths.index));
  const entityIndex = await readJson(EntityIndex, join(dataDir, dataPaths.entityIndex));
  const slugs = index.value.articles.map((article) => article.slug);
  for (let n = 2; n <= (index.value.paging?.pageCount ?? 1); n++) slugs.push(...(await readJson(ArticleIndexPage, join(dataDir, dataPaths.indexPage(n)))).value.articles.map((article) => article.slug));
  const entities = [...entityIndex.value.entities];
  for (let n = 2; n <= (entityIndex.value.paging?.pageCount ?? 1); n++) entities.push(...(await readJson(EntityIndexPage, join(dataDir, dataPaths.entityIndexPage(n)))).value.entities);
  return { slugs, entities, listsKey: sha1(index.text, entityIndex.text) };
}

/**
 * Each data file and its identity: the hash ingest recorded as it wrote the file (its generation's manifest), else
 * the hash of the file's text (a data folder written otherwise). Ingest's own bookkeeping (dot files) is left out.
 */
async function dataFiles(dataDir: string): Promise<Map<string, string>> {
  const written = await readFile(join(dataDir, MANIFEST), 'utf8')
    .then((text) => JSON.parse(text) as Record<string, string>)
    .catch(() => null);
  const files = new Map<string, string>();
  if (written) {
    for (const [path, hash] of Object.entries(written)) if (!isBookkeeping(path)) files.set(path, hash);
    return files;
  }
  for await (const path of filesUnder(dataDir)) if (!isBookkeeping(path)) files.set(path, sha1(await readFile(join(dataDir, path), 'utf8')));
  return files;
}

const isBookkeeping = (path: string) => path.split('/').some((part) => part.startsWith('.'));

/** A value computed on first use, at most once. */
function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | null = null;
  return () => (value ??= compute());
}

/** The build's own code (this folder and the data layout's): a change to how pages are written renders them all. */
async function pipelineCode(): Promise<string> {
  const folders = [new URL('.', import.meta.url), new URL('../output/', import.meta.url)];
  const texts: string[] = [];
  for (const folder of folders) {
    for (const name of (await readdir(folder)).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts')).sort()) texts.push(name, await readFile(new URL(name, folder), 'utf8'));
  }
  return sha1(...texts);
}

/**
 * The key of everything a page shares with the others: the build's code, the shell, the app's code and styles (their
 * file names carry their hashes), the head options and the seed every page carries.
 */
async function buildKey(shell: string, context: RenderContext): Promise<string> {
  return sha1(await pipelineCode(), shell, JSON.stringify(context.assets.manifest), JSON.stringify(context.head), JSON.stringify(context.siteSeed));
}

export interface StaticBuildOptions extends BuildSiteOptions {
  /** Where builds keep their state (buildWorkFolder). */
  workDir: string;
  entityPages?: EntityPagePolicy;
}

/**
 * The app's files the site serves (not the server renderer, nor Vite's manifest, nor index.html, which is the home
 * page) into the slot, unless the slot holds this very app build already.
 */
async function placeApp(app: KeptApp, slot: SlotPlan): Promise<SlotRecord['app']> {
  if (slot.holds?.app.key === app.key) return slot.holds.app;
  for (const file of slot.holds?.app.files ?? []) await rm(join(slot.folder, file), { force: true });
  const files: string[] = [];
  for await (const file of filesUnder(app.folder)) {
    if (file === 'index.html' || file.startsWith(`${SSR_DIR}/`) || file.startsWith('.vite/')) continue;
    await rm(join(slot.folder, file), { force: true });
    await mkdir(dirname(join(slot.folder, file)), { recursive: true });
    await copyFile(join(app.folder, file), join(slot.folder, file));
    files.push(file);
  }
  return { key: app.key, files };
}

/**
 * Whether a data file goes into the site: not one whose only copy is its page's seed (an article's, or an entity's
 * with a page of its own, in a big site's layout), nor the layout (written by the build).
 */
function deploysData(plan: EntityLayoutPlan, entities: readonly EntitySummary[], slugs: readonly string[]): (path: string) => boolean {
  const inPageSeed = new Set(plan.ownData === 'page' ? [...entities.filter((e) => plan.ownsPage(e.articleCount)).map((e) => dataPaths.entity(e.id)), ...slugs.map(dataPaths.article)] : []);
  return (path) => path !== dataPaths.entityLayout && !inPageSeed.has(path);
}

/** The data files into the slot's data/ (hard links), except those it holds already; those gone are removed. */
async function placeData(dataDir: string, files: ReadonlyMap<string, string>, slot: SlotPlan, deploys: (path: string) => boolean): Promise<SlotRecord['data']> {
  const siteData = join(slot.folder, 'data');
  const held = slot.holds?.data ?? {};
  const placed: SlotRecord['data'] = {};
  await inPool(files, async ([path, hash]) => {
    if (!deploys(path)) return;
    placed[path] = hash;
    if (held[path] === hash) return;
    await rm(join(siteData, path), { force: true });
    await linkOrCopy(join(dataDir, path), join(siteData, path));
  });
  await inPool(Object.keys(held), async (path) => {
    if (!(path in placed)) await rm(join(siteData, path), { force: true });
  });
  return placed;
}

/**
 * Builds the site from a data folder written by ingest (in the layout of `options.entityPages`) into the slot not
 * being served, reusing what it and the served slot hold, then serves it at `out`.
 */
export async function writeSiteFromData(dataDir: string, options: StaticBuildOptions): Promise<SiteWriteResult> {
  const times = { app: 0, data: 0, pages: 0, swap: 0 };
  let mark = performance.now();
  const lap = (step: keyof typeof times) => {
    const now = performance.now();
    times[step] += now - mark;
    mark = now;
  };
  const app = await keptApp(options.workDir, options.quiet);
  const slot = await openSlot(options.out, options.workDir);
  const { slugs, entities, listsKey } = await listsOf(dataDir);
  const plan = entityLayoutPlan({ entities }, { policy: options.entityPages, prerendered: true });
  const appFiles = await placeApp(app, slot);
  lap('app');
  const files = await dataFiles(dataDir);
  const data = await placeData(dataDir, files, slot, deploysData(plan, entities, slugs));
  lap('data');

  const head: HeadOptions = { baseUrl: options.baseUrl, noindex: options.noindex };
  const shell = await readFile(join(app.folder, SHELL_FILE), 'utf8');
  const context: RenderContext = { shell, assets: await loadAssets(app.folder), head, dataDir: join(slot.folder, 'data'), entities: new Map(), siteSeed: [{ key: [...entityLayoutQuery().queryKey], data: entityLayoutData(plan) }] };
  const build = await buildKey(shell, context);
  const held = slot.holds?.build === build ? slot.holds : null;
  const served = slot.served?.record?.build === build ? { folder: slot.served.folder, record: slot.served.record } : null;
  const record: SlotRecord = { build, app: appFiles, pages: {}, quotes: {}, data };
  const result: SiteWriteResult = { pages: 0, rendered: 0, reused: 0, times };

  /** Keeps the slot's file when its key is the same, else links the served one of that key, else writes what `render` makes. */
  const put = async (file: string, key: string, render: () => Promise<string>): Promise<void> => {
    record.pages[file] = key;
    result.pages++;
    if (held?.pages[file] === key) {
      result.reused++;
      return;
    }
    const target = join(slot.folder, file);
    await rm(target, { force: true });
    if (served?.record.pages[file] === key && (await linkOrCopy(join(served.folder, file), target))) {
      result.reused++;
      return;
    }
    await replaceFile(target, await render());
    result.rendered++;
  };
  const dataKey = async (path: string) => files.get(path) ?? sha1(await readFile(join(dataDir, path), 'utf8'));

  await put(homePage().file, listsKey, async () => renderPage(homePage(), { kind: 'home', index: (await readJson(ArticleIndex, join(dataDir, dataPaths.index))).value }, context));
  await put(entityListPage().file, listsKey, async () => renderPage(entityListPage(), { kind: 'entities', entityIndex: (await readJson(EntityIndex, join(dataDir, dataPaths.entityIndex))).value }, context));
  // No canonical URL: the not-found page is served at every unknown path (and opens entities without a page).
  await put(notFoundPage().file, build, async () => holdNotFoundMessage(await renderPage(notFoundPage(), { kind: 'notFound' }, { ...context, head: { ...head, baseUrl: null } })));

  for (const slug of slugs) {
    // the article is read only when one of its pages has to be rendered
    const path = dataPaths.article(slug);
    const key = await dataKey(path);
    const article = once(async () => (await readJson(Article, join(dataDir, path))).value);
    const file = articlePageFile(slug);
    const knownQuotes = [held, served?.record].find((r) => r?.pages[file] === key && r.quotes[slug] !== undefined)?.quotes[slug];
    await put(file, key, async () => renderPage(articlePage(await article()), { kind: 'article', article: await article() }, context));
    const quoteFiles = knownQuotes ?? quotePages(await article()).map((quote) => quote.file);
    record.quotes[slug] = quoteFiles;
    for (const quoteFile of quoteFiles) await put(quoteFile, key, async () => quotePageHtml(quotePages(await article()).find((quote) => quote.file === quoteFile)!, head));
  }

  for (const summary of entities) {
    if (!plan.ownsPage(summary.articleCount)) continue;
    const path = dataPaths.entity(summary.id);
    await put(entityPageFile(summary.id), await dataKey(path), async () => {
      const entity = (await readJson(EntityPage, join(dataDir, path))).value;
      return renderPage(entityPage(entity), { kind: 'entity', entity }, context);
    });
  }
  // pages of articles and entities that are gone
  await inPool(Object.keys(slot.holds?.pages ?? {}), async (file) => {
    if (!(file in record.pages)) await rm(join(slot.folder, file), { force: true });
  });
  await replaceFile(join(slot.folder, 'data', dataPaths.entityLayout), JSON.stringify(parseOrThrow(EntityLayout, entityLayoutData(plan), dataPaths.entityLayout)));
  await replaceFile(join(slot.folder, 'robots.txt'), options.noindex ? 'User-agent: *\nDisallow: /\n' : 'User-agent: *\nAllow: /\n');
  lap('pages');
  await serveSlot(options.out, options.workDir, slot, record);
  lap('swap');
  return result;
}
