// The ingest run: read → clean → annotate → link related → aggregate → validate → write. A bad article is
// reported with its source and reason and never stops the others.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Article, RelatedLink } from '../shared/schema.ts';
import { annotateArticle } from './annotateArticle.ts';
import { articleSlug } from './article/buildArticle.ts';
import { cacheKey, codeVersion, RELATED_CODE, relatedCacheKey, ResultCache } from './cache/resultCache.ts';
import { cleanArticle, type CleanArticle } from './clean/cleanArticle.ts';
import { applyCorrections, CORRECTIONS_FILE, parseCorrections } from './corrections/corrections.ts';
import type { DateWindow } from './clean/dates.ts';
import { articleIndex, entityViews } from './output/siteData.ts';
import type { SlugMap } from '../shared/schema.ts';
import { assignSlugs, emptySlugMap, nextSlugMap, readSlugMap } from './output/slugs.ts';
import { readRunRecord, writeSiteData, type SiteData } from './output/writeSiteData.ts';
import type { AnnotateTask } from './parallel/annotateWorker.ts';
import { IO_CONCURRENCY, mapLimit } from './parallel/mapLimit.ts';
import { defaultWorkerCount, runInWorkers, type TaskResult } from './parallel/pool.ts';
import { readInputs } from './read/readInputs.ts';
import type { Rejection } from './read/types.ts';
import { rankRelated } from './related/rank.ts';
import type { RelatedDoc, RelatedHit } from './related/types.ts';

export interface IngestOptions {
  input: string;
  /** Output folder; nothing is written when null, or when no article could be ingested. */
  out: string | null;
  today: string;
  window: DateWindow | null;
  relatedCount: number;
  /** A corrections file (see corrections/corrections.ts); default `corrections.json` in the input folder. */
  corrections?: string | null;
  /** Slugs of the previous output (read from `out` when not given), so links survive re-ingests. */
  previousSlugs?: SlugMap;
  /** Folder of the annotation cache (content-addressed); null to annotate everything afresh. */
  cacheDir?: string | null;
  /** Worker threads for annotation; defaults to the number of cores. */
  workers?: number;
  onProgress?: (progress: Progress) => void;
}

export interface Progress {
  stage: 'reading' | 'annotating' | 'linking' | 'writing';
  done: number;
  total: number;
}

export interface IngestedEntry {
  source: string;
  id: string;
  slug: string;
}

export interface IngestResult {
  ingested: IngestedEntry[];
  rejected: Rejection[];
  warnings: string[];
  articles: Article[];
  /** The data written; null when the output was already exactly what this run would write (then left alone). */
  site: SiteData | null;
  entityCount: number;
  quoteCount: number;
  /** Articles whose annotation came from the cache. */
  reused: number;
  times: StageTimes;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads and cleans every input; rejections keep their source. */
async function readAndClean(options: IngestOptions, rejected: Rejection[], warnings: string[]): Promise<CleanArticle[]> {
  const clean: CleanArticle[] = [];
  for await (const result of readInputs(options.input)) {
    if (!result.ok) {
      rejected.push(result.rejection);
      continue;
    }
    warnings.push(...result.warnings);
    try {
      clean.push(cleanArticle(result.article, { today: options.today, window: options.window }));
    } catch (error) {
      rejected.push({ source: result.article.source, reason: reason(error) });
    }
    options.onProgress?.({ stage: 'reading', done: clean.length, total: 0 });
  }
  return clean;
}

/** Below this many articles, starting worker threads costs more than it saves. */
const PARALLEL_FROM = 64;

function annotateInProcess(clean: readonly CleanArticle[], slugs: readonly string[], progress: (done: number) => void): TaskResult<Article>[] {
  return clean.map((article, i) => {
    let result: TaskResult<Article>;
    try {
      result = { ok: true, value: annotateArticle(article, slugs[i]!) };
    } catch (error) {
      result = { ok: false, error: reason(error) };
    }
    progress(i + 1);
    return result;
  });
}

/** Annotates what the cache does not hold, on all cores for a big corpus; each result is the article or its error. */
async function annotateAll(clean: readonly CleanArticle[], slugs: readonly string[], keys: readonly string[], options: IngestOptions): Promise<{ results: TaskResult<Article>[]; reused: number }> {
  const cache = options.cacheDir ? new ResultCache(options.cacheDir) : null;
  const results: Array<TaskResult<Article> | undefined> = cache
    ? await mapLimit(keys, IO_CONCURRENCY, async (key) => {
        const hit = await cache.get<Article>(key);
        return hit ? { ok: true as const, value: hit } : undefined;
      })
    : new Array(clean.length).fill(undefined);
  const missing = results.flatMap((r, i) => (r ? [] : [i]));
  const reused = clean.length - missing.length;
  const progress = (done: number) => options.onProgress?.({ stage: 'annotating', done: reused + done, total: clean.length });
  const todo = missing.map((i) => clean[i]!);
  const todoSlugs = missing.map((i) => slugs[i]!);
  const fresh =
    todo.length < PARALLEL_FROM || (options.workers ?? defaultWorkerCount()) < 2
      ? annotateInProcess(todo, todoSlugs, progress)
      : await runInWorkers<AnnotateTask, Article>(
          new URL('./parallel/annotateWorker.ts', import.meta.url),
          todo.map((article, j) => ({ clean: article, slug: todoSlugs[j]! })),
          { workers: options.workers, onResult: progress },
        );
  await mapLimit(missing, IO_CONCURRENCY, async (i, j) => {
    const result = fresh[j]!;
    results[i] = result;
    if (cache && result.ok) await cache.put(keys[i]!, result.value);
  });
  return { results: results as TaskResult<Article>[], reused };
}

export function relatedDocs(articles: readonly Article[]): RelatedDoc[] {
  return articles.map((a) => ({
    id: a.slug,
    title: a.title,
    body: a.blocks.map((b) => b.text).join('\n\n'),
    date: a.date,
    entities: a.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: e.mentions.length })),
  }));
}

/** Fills each article's related links from the ranking over the whole corpus (cached for an unchanged corpus). */
export async function linkRelated(articles: Article[], count: number, cacheDir: string | null = null): Promise<void> {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const docs = relatedDocs(articles);
  const cache = cacheDir ? new ResultCache(cacheDir) : null;
  const key = cache ? relatedCacheKey(docs, count) : '';
  const cached = cache ? await cache.get<Array<[string, RelatedHit[]]>>(key) : null;
  const ranking = cached ? new Map(cached) : rankRelated(docs, { k: count });
  if (cache && !cached) await cache.put(key, [...ranking]);
  for (const article of articles) {
    article.related = (ranking.get(article.slug) ?? []).flatMap((hit): RelatedLink[] => {
      const other = bySlug.get(hit.id);
      if (!other) return [];
      return [{ slug: other.slug, title: other.title, section: other.section, date: other.date, fiction: other.fiction, score: Math.round(hit.score * 1000) / 1000, reasons: hit.reasons }];
    });
  }
}

/** `corrections.json` in the input folder unless a file is given; null when there is none. */
async function correctionsPath(options: IngestOptions): Promise<string | null> {
  if (options.corrections !== undefined) return options.corrections;
  const beside = join(options.input, CORRECTIONS_FILE);
  return (await stat(options.input).then((s) => s.isDirectory()).catch(() => false)) && (await stat(beside).catch(() => null)) ? beside : null;
}

/** Applies a person's corrections; a broken file is a rejected input, a stale correction a warning. */
async function applyCorrectionsFile(options: IngestOptions, articles: Article[], rejected: Rejection[], warnings: string[]): Promise<void> {
  const path = await correctionsPath(options);
  if (!path) return;
  try {
    warnings.push(...applyCorrections(articles, parseCorrections(await readFile(path, 'utf8'), path), path));
  } catch (error) {
    rejected.push({ source: path, reason: `corrections not applied: ${reason(error).replace(`${path}: `, '')}` });
  }
}

function countQuotes(articles: readonly Article[]): number {
  return articles.reduce((n, a) => n + a.quotes.length, 0);
}

/** Hash of everything an output depends on: each article (its cache key covers text, slug and code), the code of
 * the ranker and of the output layout, the settings, and the corrections. */
async function runKey(articleKeys: readonly string[], options: IngestOptions): Promise<string> {
  const hash = createHash('sha256').update(codeVersion([...RELATED_CODE, '../output', '../corrections'])).update(`\0${options.relatedCount}\0`);
  for (const key of articleKeys) hash.update(key);
  const corrections = await correctionsPath(options);
  if (corrections) hash.update(await readFile(corrections).catch(() => Buffer.from('unreadable')));
  return hash.digest('hex');
}

/** Milliseconds spent in each stage, for the benchmark. */
export interface StageTimes {
  read: number;
  annotate: number;
  link: number;
  aggregate: number;
  write: number;
}

export async function ingest(options: IngestOptions): Promise<IngestResult> {
  const rejected: Rejection[] = [];
  const warnings: string[] = [];
  const times: StageTimes = { read: 0, annotate: 0, link: 0, aggregate: 0, write: 0 };
  let mark = performance.now();
  const lap = (stage: keyof StageTimes) => {
    const now = performance.now();
    times[stage] += now - mark;
    mark = now;
  };
  const clean = await readAndClean(options, rejected, warnings);
  const previousSlugs = options.previousSlugs ?? (options.out ? await readSlugMap(options.out) : emptySlugMap());
  const slugs = assignSlugs(clean.map((c) => ({ id: c.id, base: articleSlug(c.title) })), previousSlugs);
  const keys = clean.map((article, i) => cacheKey(article, slugs[i]!));
  const key = await runKey(keys, options);
  lap('read');
  const previousRun = options.out && options.cacheDir ? await readRunRecord(options.out) : null;
  if (previousRun?.key === key) {
    // nothing this run would write differs from what is there: leave the output (and its readers) alone
    return { ingested: previousRun.ingested, rejected, warnings, articles: [], site: null, entityCount: previousRun.entities, quoteCount: previousRun.quotes, reused: clean.length, times };
  }
  const articles: Article[] = [];
  const ingested: IngestedEntry[] = [];
  const { results, reused } = await annotateAll(clean, slugs, keys, options);
  results.forEach((result, i) => {
    const source = clean[i]!.source;
    if (result.ok) {
      articles.push(result.value);
      ingested.push({ source, id: clean[i]!.id, slug: slugs[i]! });
    } else {
      rejected.push({ source, reason: result.error });
    }
  });
  await applyCorrectionsFile(options, articles, rejected, warnings);
  lap('annotate');
  options.onProgress?.({ stage: 'linking', done: 0, total: articles.length });
  await linkRelated(articles, options.relatedCount, options.cacheDir ?? null);
  lap('link');
  const views = entityViews(articles);
  const slugMap = nextSlugMap(articles.map((a) => ({ id: a.id, slug: a.slug })), previousSlugs);
  const site: SiteData = { articles, index: articleIndex(articles), entityIndex: views.index, entityPages: views.pages, slugs: slugMap };
  lap('aggregate');
  // with nothing good to write, the previous output is left exactly as it was
  if (options.out && articles.length > 0) {
    options.onProgress?.({ stage: 'writing', done: 0, total: articles.length });
    await writeSiteData(options.out, site, { key, ingested, entities: site.entityIndex.entities.length, quotes: countQuotes(articles) });
  }
  lap('write');
  return { ingested, rejected, warnings, articles, site, entityCount: site.entityIndex.entities.length, quoteCount: countQuotes(articles), reused, times };
}
