// Writes the app's data files. Everything is validated against the shared schema before anything is written.
import { createHash } from 'node:crypto';
import { link, lstat, mkdir, readdir, readFile, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { z } from 'zod/mini';
import {
  Article,
  ArticleIndex,
  ArticleIndexPage,
  EntityArticlesPage,
  EntityIndex,
  EntityIndexPage,
  EntityPage,
  EntityQuotesPage,
  parseOrThrow,
  SearchIndex,
  SlugMap,
  type Paging,
  type SearchIndex as SearchIndexData,
  type Article as ArticleData,
  type ArticleIndex as ArticleIndexData,
  type EntityIndex as EntityIndexData,
  type EntityPage as EntityPageData,
} from '../../shared/schema.ts';
import { IO_CONCURRENCY, mapLimit } from '../parallel/mapLimit.ts';
import { SLUGS_FILE } from './slugs.ts';

export interface SiteData {
  articles: ArticleData[];
  index: ArticleIndexData;
  entityIndex: EntityIndexData;
  entityPages: EntityPageData[];
  slugs: SlugMap;
}

/** Relative file paths of the data layout (also used by the build to know every route). */
export const dataPaths = {
  index: 'index.json',
  indexPage: (n: number) => `index/${n}.json`,
  article: (slug: string) => `articles/${slug}.json`,
  entityIndex: 'entities/index.json',
  entityIndexPage: (n: number) => `entities/index/${n}.json`,
  entity: (id: string) => `entities/${id}.json`,
  entityArticlesPage: (id: string, n: number) => `entities/${id}/articles/${n}.json`,
  entityQuotesPage: (id: string, n: number) => `entities/${id}/quotes/${n}.json`,
  search: 'search.json',
  slugs: SLUGS_FILE,
};

/** Page sizes: the first page of every list is in its main file, so the first screen needs one small file. */
export const PAGE_SIZE = { articles: 100, entities: 200, entityArticles: 50, entityQuotes: 50 };
/** Search text per article is capped so the search index stays loadable on big corpora. */
const SEARCH_TEXT_CHARS = 4000;

/** The first page and the rest, split into pages; paging is undefined when everything fits on the first page. */
export function paginate<T>(items: readonly T[], pageSize: number): { first: T[]; rest: T[][]; paging: Paging | undefined } {
  if (items.length <= pageSize) return { first: [...items], rest: [], paging: undefined };
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += pageSize) pages.push(items.slice(i, i + pageSize));
  return { first: pages[0]!, rest: pages.slice(1), paging: { total: items.length, pageSize, pageCount: pages.length } };
}

export function searchIndex(articles: readonly ArticleData[]): SearchIndexData {
  return {
    documents: articles.map((a) => ({
      slug: a.slug,
      title: a.title,
      text: a.blocks.map((b) => b.text).join('\n\n').slice(0, SEARCH_TEXT_CHARS),
      entities: a.entities.map((e) => e.name),
      quotes: a.quotes.map((q) => ({ id: q.id, text: q.text, speaker: q.speaker?.name ?? null })),
    })),
  };
}

/** Every file of the output with its content, validated against the shared schema. */
export function siteFiles(data: SiteData): Map<string, string> {
  const files = new Map<string, string>();
  const put = <T>(schema: z.ZodMiniType<T>, path: string, value: T) => files.set(path, JSON.stringify(parseOrThrow(schema, value, path)));

  const articleList = paginate(data.index.articles, PAGE_SIZE.articles);
  put(ArticleIndex, dataPaths.index, { articles: articleList.first, ...(articleList.paging ? { paging: articleList.paging } : {}) });
  articleList.rest.forEach((articles, i) => put(ArticleIndexPage, dataPaths.indexPage(i + 2), { page: i + 2, articles }));

  const entityList = paginate(data.entityIndex.entities, PAGE_SIZE.entities);
  put(EntityIndex, dataPaths.entityIndex, { entities: entityList.first, ...(entityList.paging ? { paging: entityList.paging } : {}) });
  entityList.rest.forEach((entities, i) => put(EntityIndexPage, dataPaths.entityIndexPage(i + 2), { page: i + 2, entities }));

  for (const article of data.articles) put(Article, dataPaths.article(article.slug), article);
  for (const page of data.entityPages) {
    const articles = paginate(page.articles, PAGE_SIZE.entityArticles);
    const quotes = paginate(page.quotes, PAGE_SIZE.entityQuotes);
    put(EntityPage, dataPaths.entity(page.id), {
      ...page,
      articles: articles.first,
      quotes: quotes.first,
      ...(articles.paging ? { articlePaging: articles.paging } : {}),
      ...(quotes.paging ? { quotePaging: quotes.paging } : {}),
    });
    articles.rest.forEach((list, i) => put(EntityArticlesPage, dataPaths.entityArticlesPage(page.id, i + 2), { page: i + 2, articles: list }));
    quotes.rest.forEach((list, i) => put(EntityQuotesPage, dataPaths.entityQuotesPage(page.id, i + 2), { page: i + 2, quotes: list }));
  }
  put(SearchIndex, dataPaths.search, searchIndex(data.articles));
  put(SlugMap, dataPaths.slugs, data.slugs);
  return files;
}

/** Each generation lists its files' hashes, so the next one can hard-link what did not change. */
const MANIFEST = '.manifest.json';

type Manifest = Record<string, string>;

function contentHash(content: string): string {
  return createHash('sha1').update(content).digest('hex');
}

async function readManifest(generation: string | null): Promise<Manifest> {
  if (!generation) return {};
  try {
    return JSON.parse(await readFile(join(generation, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return {};
  }
}

/** Writes `files` into `folder`; a file identical to the previous generation's is hard-linked, not written. */
async function writeAll(folder: string, files: Map<string, string>, previous: string | null = null): Promise<void> {
  try {
    const before = await readManifest(previous);
    const manifest: Manifest = {};
    const folders = new Set([...files.keys()].map((path) => dirname(join(folder, path))));
    for (const sub of folders) await mkdir(sub, { recursive: true });
    const put = async (path: string, content: string) => {
      const hash = (manifest[path] = contentHash(content));
      if (previous && before[path] === hash) {
        try {
          await link(join(previous, path), join(folder, path));
          return;
        } catch {
          // the old file is gone or on another device: write it
        }
      }
      await writeFile(join(folder, path), content);
    };
    // many small files: keep a few writes in flight rather than one at a time
    await mapLimit([...files], IO_CONCURRENCY, ([path, content]) => put(path, content));
    await writeFile(join(folder, MANIFEST), JSON.stringify(manifest));
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}

async function linkTarget(path: string): Promise<string | null> {
  try {
    return await readlink(path);
  } catch {
    return null;
  }
}

/**
 * Writes all files as a new generation and switches `outDir` (a symbolic link) to it with one atomic rename:
 * readers see the old output or the new one, never a mix, and a run killed at any moment — kill -9 included —
 * leaves the previous output exactly as it was. Older and half-written generations are removed afterwards.
 */
export async function writeSiteData(outDir: string, data: SiteData, record: RunRecord | null = null): Promise<void> {
  const files = siteFiles(data);
  if (record) files.set(RUN_RECORD, JSON.stringify(record));
  const parent = dirname(outDir);
  const name = basename(outDir);
  const generations = join(parent, `.${name}.generations`);
  const stamp = `${Date.now()}-${process.pid}`;
  const fresh = join(generations, stamp);
  await mkdir(generations, { recursive: true });
  const info = await lstat(outDir).catch(() => null);
  const current = info?.isSymbolicLink() ? resolve(parent, (await linkTarget(outDir)) ?? '') : null;
  await writeAll(fresh, files, current);
  if (info && !info.isSymbolicLink()) {
    // an output folder from before generations: move it aside once so the link can take its place
    await rename(outDir, join(generations, `legacy-${stamp}`));
  }
  const link = join(parent, `.${name}.link-${stamp}`);
  await symlink(relative(parent, fresh), link, 'dir');
  await rename(link, outDir);
  await removeStaleGenerations(generations, parent, name, stamp);
}

/** Deletes every generation but the current one, and links left by killed runs. */
async function removeStaleGenerations(generations: string, parent: string, name: string, current: string): Promise<void> {
  for (const entry of await readdir(generations)) {
    if (entry !== current) await rm(join(generations, entry), { recursive: true, force: true });
  }
  for (const entry of await readdir(parent)) {
    if (entry.startsWith(`.${name}.link-`) && (await linkTarget(join(parent, entry))) !== null) await rm(join(parent, entry), { force: true });
  }
}

/** What a run wrote, kept in its generation so an identical re-run can leave the output as it is. */
export interface RunRecord {
  /** Hash of everything the output depends on (see ingest.ts runKey). */
  key: string;
  ingested: Array<{ source: string; id: string; slug: string }>;
  entities: number;
  quotes: number;
}

const RUN_RECORD = '.run.json';

/** The record of the run that wrote the current output, or null. */
export async function readRunRecord(outDir: string): Promise<RunRecord | null> {
  try {
    return JSON.parse(await readFile(join(outDir, RUN_RECORD), 'utf8')) as RunRecord;
  } catch {
    return null;
  }
}

/** Writes a plain folder (the static site's data, where links may not survive deployment). Not atomic. */
export async function writeSiteDataFolder(outDir: string, data: SiteData): Promise<void> {
  const files = siteFiles(data);
  await rm(outDir, { recursive: true, force: true });
  await writeAll(outDir, files);
}
