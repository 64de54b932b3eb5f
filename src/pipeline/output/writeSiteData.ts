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
  EntityLayout,
  EntityPage,
  EntityQuotesPage,
  parseOrThrow,
  SlugMap,
  type Paging,
  type Article as ArticleData,
  type ArticleIndex as ArticleIndexData,
  type EntityIndex as EntityIndexData,
  type EntityPage as EntityPageData,
  type EntityLayout as EntityLayoutData,
} from '../../shared/schema.ts';
import { SearchIndexBuilder } from '../search/indexBuilder.ts';
import { searchFragmentFile } from '../search/fragments.ts';
import { summarize } from './siteData.ts';
import { bucketOf } from '../../shared/entityBuckets.ts';
import { entityLayoutPlan, type EntityLayoutOptions, type EntityLayoutPlan } from './entityLayout.ts';
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
  /** Outside entities/, so no entity id can collide with them. */
  entityLayout: 'entity-layout.json',
  entityBucket: (n: number) => `entity-buckets/${n}.json`,
  slugs: SLUGS_FILE,
};

/** Page sizes: the first page of every list is in its main file, so the first screen needs one small file. */
export const PAGE_SIZE = { articles: 100, entities: 200, entityArticles: 50, entityQuotes: 50 };

/** The first page and the rest, split into pages; paging is undefined when everything fits on the first page. */
export function paginate<T>(items: readonly T[], pageSize: number): { first: T[]; rest: T[][]; paging: Paging | undefined } {
  if (items.length <= pageSize) return { first: [...items], rest: [], paging: undefined };
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += pageSize) pages.push(items.slice(i, i + pageSize));
  return { first: pages[0]!, rest: pages.slice(1), paging: { total: items.length, pageSize, pageCount: pages.length } };
}

type FileEntry = [path: string, content: string];

function validated<T>(schema: z.ZodMiniType<T>, path: string, value: T): FileEntry {
  return [path, JSON.stringify(parseOrThrow(schema, value, path))];
}

/** One article's file, validated against the shared schema. */
export function articleFile(article: ArticleData): FileEntry {
  return validated(Article, dataPaths.article(article.slug), article);
}

/** Everything but the article files: the corpus-wide views, each validated, produced one file at a time. */
export interface CorpusData {
  index: ArticleIndexData;
  entityIndex: EntityIndexData;
  entityPages: Iterable<EntityPageData>;
  /** The search index, folded article by article; its files are written with the corpus views. */
  search: SearchIndexBuilder;
  slugs: SlugMap;
}

export function* corpusFiles(data: CorpusData, layout: EntityLayoutOptions = {}): Generator<FileEntry> {
  const articleList = paginate(data.index.articles, PAGE_SIZE.articles);
  yield validated(ArticleIndex, dataPaths.index, { articles: articleList.first, ...(articleList.paging ? { paging: articleList.paging } : {}) });
  for (const [i, articles] of articleList.rest.entries()) yield validated(ArticleIndexPage, dataPaths.indexPage(i + 2), { page: i + 2, articles });

  const entityList = paginate(data.entityIndex.entities, PAGE_SIZE.entities);
  yield validated(EntityIndex, dataPaths.entityIndex, { entities: entityList.first, ...(entityList.paging ? { paging: entityList.paging } : {}) });
  for (const [i, entities] of entityList.rest.entries()) yield validated(EntityIndexPage, dataPaths.entityIndexPage(i + 2), { page: i + 2, entities });

  yield* entityFiles(data, layout);
  yield* data.search.files();
  yield validated(SlugMap, dataPaths.slugs, data.slugs);
}

/** An entity as its file (or bucket, or page seed) holds it: the first page of each list, with their paging. */
export function entityFirstPages(page: EntityPageData): EntityPageData {
  const articles = paginate(page.articles, PAGE_SIZE.entityArticles);
  const quotes = paginate(page.quotes, PAGE_SIZE.entityQuotes);
  return {
    ...page,
    articles: articles.first,
    quotes: quotes.first,
    ...(articles.paging ? { articlePaging: articles.paging } : {}),
    ...(quotes.paging ? { quotePaging: quotes.paging } : {}),
  };
}

/**
 * Each entity's first pages (in its own file, or in its bucket: src/pipeline/output/entityLayout.ts), the further
 * pages of its long lists, then the buckets and the layout. Buckets hold validated JSON text, not objects, so a big
 * corpus's entities never sit in memory as objects.
 */
function* entityFiles(data: CorpusData, layout: EntityLayoutOptions): Generator<FileEntry> {
  const plan = entityLayoutPlan(data.entityIndex, layout);
  const buckets = Array.from({ length: plan.buckets }, () => ({ entities: [] as string[], own: [] as string[] }));
  for (const page of data.entityPages) {
    const articles = paginate(page.articles, PAGE_SIZE.entityArticles);
    const quotes = paginate(page.quotes, PAGE_SIZE.entityQuotes);
    const [path, json] = validated(EntityPage, dataPaths.entity(page.id), entityFirstPages(page));
    const owns = plan.ownsPage(page.articles.length);
    if (owns && plan.ownData === 'file') yield [path, json];
    const bucket = plan.buckets > 0 ? buckets[bucketOf(page.id, plan.buckets)]! : null;
    if (bucket && owns) bucket.own.push(JSON.stringify(page.id));
    else if (bucket) bucket.entities.push(json);
    for (const [i, list] of articles.rest.entries()) yield validated(EntityArticlesPage, dataPaths.entityArticlesPage(page.id, i + 2), { page: i + 2, articles: list });
    for (const [i, list] of quotes.rest.entries()) yield validated(EntityQuotesPage, dataPaths.entityQuotesPage(page.id, i + 2), { page: i + 2, quotes: list });
  }
  for (const [n, bucket] of buckets.entries()) {
    // each entity was validated above, so the assembled text is an EntityBucket
    yield [dataPaths.entityBucket(n), `{"entities":[${bucket.entities.join(',')}],"own":[${bucket.own.join(',')}]}`];
  }
  yield validated(EntityLayout, dataPaths.entityLayout, entityLayoutData(plan));
}

/** What the app is told of the layout (entity-layout.json, and the seed of every prerendered page). */
export function entityLayoutData(plan: EntityLayoutPlan): EntityLayoutData {
  return plan.ownData === 'page' ? { buckets: plan.buckets, ownData: 'page' } : { buckets: plan.buckets };
}

/** Every file of the output with its content, validated against the shared schema. */
export function siteFiles(data: SiteData, layout: EntityLayoutOptions = {}): Map<string, string> {
  const search = SearchIndexBuilder.of(data.articles);
  return new Map([...data.articles.map(articleFile), ...data.articles.map((article, id) => searchFragmentFile(article, summarize(article), id)), ...corpusFiles({ ...data, search }, layout)]);
}

/** Files written at once: 100,000 opened together fail with EMFILE. */
const IO_CONCURRENCY = 64;

/** Each generation lists its files' hashes, so the next one can hard-link what did not change. */
export const MANIFEST = '.manifest.json';
/** And the key of the inputs of the files put with one (putKeyed), so the next one need not even produce them. */
const INPUTS = '.inputs.json';

type Manifest = Record<string, string>;

function contentHash(content: string): string {
  return createHash('sha1').update(content).digest('hex');
}

async function readManifest(generation: string | null, name = MANIFEST): Promise<Manifest> {
  if (!generation) return {};
  try {
    return JSON.parse(await readFile(join(generation, name), 'utf8')) as Manifest;
  } catch {
    return {};
  }
}

/**
 * Writes files into a folder one at a time as they are produced, a bounded number in flight (many small files;
 * 100,000 at once fail with EMFILE). A file identical to the previous generation's is hard-linked, not written.
 */
export class FolderWriter {
  private readonly manifest: Manifest = {};
  private readonly inputs: Manifest = {};
  private readonly inFlight = new Set<Promise<void>>();
  private readonly folders = new Map<string, Promise<unknown>>();
  private failure: unknown = null;

  private constructor(
    readonly folder: string,
    private readonly previous: string | null,
    private readonly before: Manifest,
    private readonly beforeInputs: Manifest,
    private readonly keepManifest: boolean,
  ) {}

  /** `keepManifest: false` for a folder that is deployed as it is (the static site's data): no next run reads it. */
  static async open(folder: string, previous: string | null = null, { keepManifest = true } = {}): Promise<FolderWriter> {
    await mkdir(folder, { recursive: true });
    return new FolderWriter(folder, previous, await readManifest(previous), await readManifest(previous, INPUTS), keepManifest);
  }

  private ensureFolder(path: string): Promise<unknown> {
    const folder = dirname(join(this.folder, path));
    let made = this.folders.get(folder);
    if (!made) this.folders.set(folder, (made = mkdir(folder, { recursive: true })));
    return made;
  }

  private async write(path: string, content: string): Promise<void> {
    const hash = (this.manifest[path] = contentHash(content));
    await this.ensureFolder(path);
    if (this.previous && this.before[path] === hash) {
      try {
        await link(join(this.previous, path), join(this.folder, path));
        return;
      } catch {
        // the old file is gone or on another device: write it
      }
    }
    await writeFile(join(this.folder, path), content);
  }

  /** Queues one file; waits while the queue is full. A failed write is thrown by a later put or by finish. */
  put(path: string, content: string): Promise<void> {
    return this.enqueue(() => this.write(path, content));
  }

  /**
   * Queues one file whose content is decided by `inputKey`: when the previous generation wrote this path from the
   * same key, its file is hard-linked without producing, validating or hashing the content again.
   */
  putKeyed(path: string, inputKey: string, produce: () => string): Promise<void> {
    this.inputs[path] = inputKey;
    const hash = this.before[path];
    if (!this.previous || hash === undefined || this.beforeInputs[path] !== inputKey) return this.put(path, produce());
    this.manifest[path] = hash;
    return this.enqueue(async () => {
      await this.ensureFolder(path);
      try {
        await link(join(this.previous!, path), join(this.folder, path));
      } catch {
        await this.write(path, produce());
      }
    });
  }

  private async enqueue(job: () => Promise<void>): Promise<void> {
    if (this.failure) throw this.failure;
    while (this.inFlight.size >= IO_CONCURRENCY) await Promise.race(this.inFlight);
    const write: Promise<void> = job()
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => this.inFlight.delete(write));
    this.inFlight.add(write);
  }

  async putAll(files: Iterable<FileEntry>): Promise<void> {
    for (const [path, content] of files) await this.put(path, content);
  }

  /** Waits for every write, then records the manifest. */
  async finish(): Promise<void> {
    await Promise.all(this.inFlight);
    if (this.failure) throw this.failure;
    if (!this.keepManifest) return;
    await writeFile(join(this.folder, MANIFEST), JSON.stringify(this.manifest));
    await writeFile(join(this.folder, INPUTS), JSON.stringify(this.inputs));
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
 * A new generation of `outDir` being written. `commit` switches `outDir` (a symbolic link) to it with one atomic
 * rename: readers see the old output or the new one, never a mix, and a run killed at any moment — kill -9
 * included — leaves the previous output exactly as it was. Older and half-written generations are removed after.
 */
export class Generation {
  private constructor(
    private readonly outDir: string,
    private readonly stamp: string,
    readonly writer: FolderWriter,
  ) {}

  static async open(outDir: string): Promise<Generation> {
    const parent = dirname(outDir);
    const stamp = `${Date.now()}-${process.pid}`;
    const info = await lstat(outDir).catch(() => null);
    const current = info?.isSymbolicLink() ? resolve(parent, (await linkTarget(outDir)) ?? '') : null;
    const writer = await FolderWriter.open(join(generationsOf(outDir), stamp), current);
    return new Generation(outDir, stamp, writer);
  }

  put(path: string, content: string): Promise<void> {
    return this.writer.put(path, content);
  }

  putKeyed(path: string, inputKey: string, produce: () => string): Promise<void> {
    return this.writer.putKeyed(path, inputKey, produce);
  }

  putAll(files: Iterable<FileEntry>): Promise<void> {
    return this.writer.putAll(files);
  }

  async commit(record: RunRecord | null = null): Promise<void> {
    if (record) await this.put(RUN_RECORD, JSON.stringify(record));
    await this.writer.finish();
    const { outDir, stamp } = this;
    const parent = dirname(outDir);
    const name = basename(outDir);
    const info = await lstat(outDir).catch(() => null);
    if (info && !info.isSymbolicLink()) {
      // an output folder from before generations: move it aside once so the link can take its place
      await rename(outDir, join(generationsOf(outDir), `legacy-${stamp}`));
    }
    const link = join(parent, `.${name}.link-${stamp}`);
    await symlink(relative(parent, this.writer.folder), link, 'dir');
    await rename(link, outDir);
    await removeStaleGenerations(generationsOf(outDir), parent, name, stamp);
  }

  /** Removes the half-written generation; the output stays as it was. */
  async abort(): Promise<void> {
    await Promise.allSettled([this.writer.finish()]);
    await rm(this.writer.folder, { recursive: true, force: true });
  }
}

const generationsOf = (outDir: string) => join(dirname(outDir), `.${basename(outDir)}.generations`);

/** Writes all of `data` as a new generation of `outDir` and switches to it atomically (see Generation). */
export async function writeSiteData(outDir: string, data: SiteData, record: RunRecord | null = null): Promise<void> {
  const generation = await Generation.open(outDir);
  try {
    await generation.putAll(siteFiles(data));
    await generation.commit(record);
  } catch (error) {
    await generation.abort();
    throw error;
  }
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

export const RUN_RECORD = '.run.json';

/** The record of the run that wrote the current output, or null. */
export async function readRunRecord(outDir: string): Promise<RunRecord | null> {
  try {
    return JSON.parse(await readFile(join(outDir, RUN_RECORD), 'utf8')) as RunRecord;
  } catch {
    return null;
  }
}

/** Writes a plain folder (the static site's data, where links may not survive deployment). Not atomic. */
export async function writeSiteDataFolder(outDir: string, data: SiteData, layout: EntityLayoutOptions = {}): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  const writer = await FolderWriter.open(outDir, null, { keepManifest: false });
  try {
    await writer.putAll(siteFiles(data, layout));
    await writer.finish();
  } catch (error) {
    await Promise.allSettled([writer.finish()]);
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
}
