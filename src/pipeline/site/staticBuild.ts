// The static site of a corpus of any size, from the data files ingest wrote (never the whole corpus in memory), and
// incremental: a page whose inputs — its data file and the app build — are those of the previous build is
// hard-linked from it, so a rebuild after one changed article renders only the pages that article touches (its own,
// its quote previews, the articles whose related lists changed, the entities it mentions, the lists).
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type * as z from 'zod/mini';
import { entityLayoutQuery } from '../../app/api/entityPage.ts';
import type { PrerenderPage } from '../../app/entry-server.tsx';
import { Article, ArticleIndex, ArticleIndexPage, EntityIndex, EntityIndexPage, EntityLayout, EntityPage, parseOrThrow, type EntitySummary } from '../../shared/schema.ts';
import { entityLayoutPlan, type EntityPagePolicy } from '../output/entityLayout.ts';
import { dataPaths, entityLayoutData } from '../output/writeSiteData.ts';
import { buildApp, loadAssets, renderPage, type BuildSiteOptions, type RenderContext } from './buildSite.ts';
import { articlePage, entityListPage, entityPage, holdNotFoundMessage, homePage, notFoundPage, quotePageHtml, quotePages, type HeadOptions, type Page } from './pages.ts';
import { removeBuildFiles, SHELL_FILE } from './prerender.ts';

/** The folder beside `out` where builds keep what the next one reuses: the ingested data and the page keys. */
export function buildWorkFolder(out: string): string {
  const site = resolve(out);
  return join(dirname(site), `.${basename(site)}.build`);
}

const PAGE_MANIFEST = 'pages.json';

/** What the last build wrote: the key of the app build, and each page's key (the hash of its inputs). */
interface PageManifest {
  build: string;
  pages: Record<string, string>;
  /** Each article's quote preview pages, reused with its page. */
  quotes: Record<string, string[]>;
}

export interface SiteWriteResult {
  pages: number;
  rendered: number;
  reused: number;
}

const sha1 = (...parts: string[]) => {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/** Files linked or copied at once. */
const IO_CONCURRENCY = 64;

async function inPool<T>(items: AsyncIterable<T> | Iterable<T>, work: (item: T) => Promise<void>): Promise<void> {
  const running = new Set<Promise<void>>();
  for await (const item of items) {
    while (running.size >= IO_CONCURRENCY) await Promise.race(running);
    const job: Promise<void> = work(item).finally(() => running.delete(job));
    running.add(job);
  }
  await Promise.all(running);
}

async function* filesUnder(folder: string, prefix = ''): AsyncGenerator<string> {
  for (const entry of await readdir(join(folder, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) yield* filesUnder(folder, path);
    else if (entry.isFile()) yield path;
  }
}

/** A hard link (no bytes copied), or a copy across devices; false when the source is missing. */
async function linkOrCopy(from: string, to: string): Promise<boolean> {
  await mkdir(dirname(to), { recursive: true });
  try {
    await link(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    await copyFile(from, to);
    return true;
  }
}

/** The ingested data into the site, hard-linked; the ingest's own bookkeeping (dot files) stays behind. */
async function linkData(from: string, to: string): Promise<void> {
  await inPool(filesUnder(from), async (path) => {
    if (!path.split('/').some((part) => part.startsWith('.'))) await linkOrCopy(join(from, path), join(to, path));
  });
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

async function readPageManifest(workDir: string): Promise<PageManifest | null> {
  try {
    return JSON.parse(await readFile(join(workDir, PAGE_MANIFEST), 'utf8')) as PageManifest;
  } catch {
    return null;
  }
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
 * Builds the site from a data folder written by ingest (in the layout of `options.entityPages`) into a fresh folder
 * beside `out`, reusing the unchanged pages of the previous build, then puts it in place of `out`.
 */
export async function writeSiteFromData(dataDir: string, options: StaticBuildOptions): Promise<SiteWriteResult> {
  const next = join(options.workDir, 'next');
  await rm(next, { recursive: true, force: true });
  await buildApp(next, options.quiet);
  const siteData = join(next, 'data');
  await linkData(dataDir, siteData);
  const { slugs, entities, listsKey } = await listsOf(siteData);
  const plan = entityLayoutPlan({ entities }, { policy: options.entityPages, prerendered: true });
  const head: HeadOptions = { baseUrl: options.baseUrl, noindex: options.noindex };
  const shell = await readFile(join(next, SHELL_FILE), 'utf8');
  const context: RenderContext = { shell, assets: await loadAssets(next), head, dataDir: siteData, entities: new Map(), siteSeed: [{ key: [...entityLayoutQuery().queryKey], data: entityLayoutData(plan) }] };
  const build = await buildKey(shell, context);
  const before = await readPageManifest(options.workDir);
  const previous = before?.build === build ? before : null;
  const manifest: PageManifest = { build, pages: {}, quotes: {} };
  const result: SiteWriteResult = { pages: 0, rendered: 0, reused: 0 };
  const old = resolve(options.out);

  /** Reuses the previous build's file when its key is the same; else writes what `render` makes. */
  const put = async (file: string, key: string, render: () => Promise<string>, pages = 1): Promise<void> => {
    manifest.pages[file] = key;
    result.pages += pages;
    if (previous?.pages[file] === key && (await linkOrCopy(join(old, file), join(next, file)))) {
      result.reused += pages;
      return;
    }
    await mkdir(dirname(join(next, file)), { recursive: true });
    await writeFile(join(next, file), await render());
    result.rendered += pages;
  };
  const render = (page: Page, input: PrerenderPage, ctx = context) => () => renderPage(page, input, ctx);

  await put(homePage().file, listsKey, async () => renderPage(homePage(), { kind: 'home', index: (await readJson(ArticleIndex, join(siteData, dataPaths.index))).value }, context));
  await put(entityListPage().file, listsKey, async () => renderPage(entityListPage(), { kind: 'entities', entityIndex: (await readJson(EntityIndex, join(siteData, dataPaths.entityIndex))).value }, context));
  // No canonical URL: the not-found page is served at every unknown path (and opens entities without a page).
  await put(notFoundPage().file, build, async () => holdNotFoundMessage(await renderPage(notFoundPage(), { kind: 'notFound' }, { ...context, head: { ...head, baseUrl: null } })));

  for (const slug of slugs) {
    const file = join(siteData, dataPaths.article(slug));
    const { value: article, text } = await readJson(Article, file);
    const key = sha1(text);
    const page = articlePage(article);
    await put(page.file, key, render(page, { kind: 'article', article }));
    const quotes = quotePages(article);
    manifest.quotes[slug] = quotes.map((quote) => quote.file);
    for (const quote of quotes) await put(quote.file, key, async () => quotePageHtml(quote, head));
    // the page's seed holds the article's data: the site does not repeat it in a file
    if (plan.ownData === 'page') await rm(file);
  }

  for (const summary of entities) {
    if (!plan.ownsPage(summary.articleCount)) continue;
    const file = join(siteData, dataPaths.entity(summary.id));
    const { value: entity, text } = await readJson(EntityPage, file);
    const page = entityPage(entity);
    await put(page.file, sha1(text), render(page, { kind: 'entity', entity }));
    // the page's seed holds the entity's data: the site does not repeat it in a file
    if (plan.ownData === 'page') await rm(file);
  }
  await writeFile(join(siteData, dataPaths.entityLayout), JSON.stringify(parseOrThrow(EntityLayout, entityLayoutData(plan), dataPaths.entityLayout)));
  await writeFile(join(next, 'robots.txt'), options.noindex ? 'User-agent: *\nDisallow: /\n' : 'User-agent: *\nAllow: /\n');
  await removeBuildFiles(next);
  await swapInto(next, old, options.workDir);
  await writeFile(join(options.workDir, PAGE_MANIFEST), JSON.stringify(manifest));
  return result;
}

/** Puts the new site in place of the old one: two renames, then the old one is deleted. */
async function swapInto(next: string, out: string, workDir: string): Promise<void> {
  const retired = join(workDir, 'retired');
  await rm(retired, { recursive: true, force: true });
  await rename(out, retired).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await mkdir(dirname(out), { recursive: true });
  await rename(next, out);
  await rm(retired, { recursive: true, force: true });
}
