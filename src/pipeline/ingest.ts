// The ingest run: read → clean → annotate → link related → aggregate → validate → write. A bad article is
// reported with its source and reason and never stops the others.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Article, ArticleSummary, RelatedLink, SlugMap } from '../shared/schema.ts';
import { articleSlug } from './article/buildArticle.ts';
import { cacheKey, codeVersion, contentHash, RELATED_CODE, ResultCache } from './cache/resultCache.ts';
import { cleanArticle, type CleanArticle } from './clean/cleanArticle.ts';
import type { DateWindow, RefusedDate } from './clean/dates.ts';
import { applyCorrectionsCounting, CORRECTIONS_FILE, parseCorrections, staleCorrections, type Correction } from './corrections/corrections.ts';
import { EntityViewsBuilder, indexOfSummaries, summarize, type PlacedSummary } from './output/siteData.ts';
import { assignSlugs, emptySlugMap, nextSlugMap, readSlugMap } from './output/slugs.ts';
import { JsonSpool } from './output/spool.ts';
import type { EntityLayoutOptions } from './output/entityLayout.ts';
import { articleFile, corpusFiles, Generation, readRunRecord, searchBudget, searchDocumentJson, type CorpusData, type SearchBudget, type SiteData } from './output/writeSiteData.ts';
import { prepareArticle, relatedDoc, type PrepareTask, type PreparedArticle } from './prepareArticle.ts';
import { defaultWorkerCount, WorkerPool, type TaskResult } from './parallel/pool.ts';
import { readInputs } from './read/readInputs.ts';
import type { Rejection } from './read/types.ts';
import { extractFeatures, ModelBuilder, type DocFeatures } from './related/model.ts';
import { rankModel } from './related/rank.ts';
import type { RelatedHit } from './related/types.ts';

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
  /**
   * Keep every article in memory and return it (`articles`, `site`): for the site build and tests. By default only
   * when nothing is written; an ingest into a folder streams, holding the corpus views but never all articles.
   */
  keepArticles?: boolean;
  /** Which entities get files of their own (src/pipeline/output/entityLayout.ts); default `auto`. */
  entityLayout?: EntityLayoutOptions;
  /** Articles annotated per batch (default 512); only a batch of articles is in memory at a time. */
  batchSize?: number;
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
  /** Articles kept undated because the date they offered was refused (outside --date-window, after today, …). */
  refusedDates: RefusedDate[];
  warnings: string[];
  /** Every article, when kept (see IngestOptions.keepArticles); otherwise empty. */
  articles: Article[];
  /** All the site's data, when articles are kept; otherwise null. */
  site: SiteData | null;
  /** The output was already exactly what this run would write, and was left alone. */
  unchanged: boolean;
  entityCount: number;
  quoteCount: number;
  /** Articles whose annotation came from the cache. */
  reused: number;
  times: StageTimes;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What ingest keeps of each article read: enough to name it, give it a slug and know whether it changed. */
interface ReadEntry {
  id: string;
  title: string;
  source: string;
  /** Hash of the clean article but its source (see cache/resultCache.ts contentHash). */
  content: string;
}

/**
 * Reads and cleans every input; rejections keep their source. The clean articles are parked on disk in input
 * order (a big corpus is not held in memory); what stays in memory is one small entry per article.
 */
async function readAndClean(options: IngestOptions, rejected: Rejection[], warnings: string[], refusedDates: RefusedDate[], spool: JsonSpool<CleanArticle>): Promise<ReadEntry[]> {
  const entries: ReadEntry[] = [];
  for await (const result of readInputs(options.input)) {
    if (!result.ok) {
      rejected.push(result.rejection);
      continue;
    }
    warnings.push(...result.warnings);
    let clean: CleanArticle;
    try {
      clean = cleanArticle(result.article, { today: options.today, window: options.window });
    } catch (error) {
      rejected.push({ source: result.article.source, reason: reason(error) });
      continue;
    }
    if (clean.dateRejection) refusedDates.push({ source: clean.source, id: clean.id, ...clean.dateRejection });
    // where the text came from does not change its annotation: a moved or renamed input still hits the cache
    const { source, ...content } = clean;
    entries.push({ id: clean.id, title: clean.title, source, content: contentHash(JSON.stringify(content)) });
    await spool.write(clean);
    options.onProgress?.({ stage: 'reading', done: entries.length, total: 0 });
  }
  return entries;
}

/** The next `size` values of an iterator, or fewer at its end. */
async function take<T>(iterator: AsyncIterator<T>, size: number): Promise<T[]> {
  const values: T[] = [];
  while (values.length < size) {
    const next = await iterator.next();
    if (next.done) break;
    values.push(next.value);
  }
  return values;
}

/** Below this many articles, starting worker threads costs more than it saves. */
const PARALLEL_FROM = 64;
/** Articles prepared per batch: each batch is folded into the corpus views and parked before the next. */
const BATCH = 512;

type PreparePool = WorkerPool<PrepareTask, PreparedArticle>;

function prepareInProcess(tasks: readonly PrepareTask[], progress: (done: number) => void): TaskResult<PreparedArticle>[] {
  return tasks.map((task, i) => {
    let result: TaskResult<PreparedArticle>;
    try {
      result = { ok: true, value: prepareArticle(task) };
    } catch (error) {
      result = { ok: false, error: reason(error) };
    }
    progress(i + 1);
    return result;
  });
}

/**
 * Every article prepared (annotated, or taken from the cache, with its features) in input order, one batch at a
 * time from the parked clean articles: only a batch is ever in memory. A big corpus goes through the worker
 * threads, cache reads and writes included.
 */
async function* prepareInBatches(clean: JsonSpool<CleanArticle>, total: number, slugs: readonly string[], keys: readonly string[], options: IngestOptions, features: boolean): AsyncGenerator<{ index: number; result: TaskResult<PreparedArticle> }> {
  const batch = Math.max(1, options.batchSize ?? BATCH);
  const workers = options.workers ?? defaultWorkerCount();
  const pool: PreparePool | null = workers >= 2 && total >= PARALLEL_FROM ? new WorkerPool(new URL('./parallel/prepareWorker.ts', import.meta.url), workers) : null;
  const articles = clean.read();
  try {
    for (let from = 0; from < total; from += batch) {
      const tasks = (await take(articles, batch)).map((article, j) => ({ clean: article, slug: slugs[from + j]!, key: keys[from + j]!, cacheDir: options.cacheDir ?? null, features }));
      const progress = (done: number) => options.onProgress?.({ stage: 'annotating', done: from + done, total });
      const results = pool ? await pool.map(tasks, progress) : prepareInProcess(tasks, progress);
      for (const [j, result] of results.entries()) yield { index: from + j, result };
    }
  } finally {
    await articles.return(undefined);
    await pool?.close();
  }
}

/** An article's related links, from the ranking and the summaries of the other articles. */
function relatedLinks(hits: readonly RelatedHit[], summaries: ReadonlyMap<string, ArticleSummary>): RelatedLink[] {
  return hits.flatMap((hit): RelatedLink[] => {
    const other = summaries.get(hit.id);
    if (!other) return [];
    return [{ slug: other.slug, title: other.title, section: other.section, date: other.date, fiction: other.fiction, score: Math.round(hit.score * 1000) / 1000, reasons: hit.reasons }];
  });
}

/** `corrections.json` in the input folder unless a file is given; null when there is none. */
async function correctionsPath(options: IngestOptions): Promise<string | null> {
  if (options.corrections !== undefined) return options.corrections;
  const beside = join(options.input, CORRECTIONS_FILE);
  return (await stat(options.input).then((s) => s.isDirectory()).catch(() => false)) && (await stat(beside).catch(() => null)) ? beside : null;
}

interface LoadedCorrections {
  path: string;
  list: Correction[];
  /** How many things each correction changed so far, summed over batches. */
  changed: number[];
}

/** The person's corrections, parsed once; a broken file is a rejected input (and nothing of it is applied). */
async function loadCorrections(options: IngestOptions, rejected: Rejection[]): Promise<LoadedCorrections | null> {
  const path = await correctionsPath(options);
  if (!path) return null;
  try {
    const list = parseCorrections(await readFile(path, 'utf8'), path);
    return { path, list, changed: list.map(() => 0) };
  } catch (error) {
    rejected.push({ source: path, reason: `corrections not applied: ${reason(error).replace(`${path}: `, '')}` });
    return null;
  }
}

/** Applies the corrections to one article; true when any of them changed it. */
function applyLoadedCorrections(corrections: LoadedCorrections | null, article: Article): boolean {
  if (!corrections) return false;
  const changed = applyCorrectionsCounting([article], corrections.list);
  changed.forEach((n, i) => (corrections.changed[i]! += n));
  return changed.some((n) => n > 0);
}

/** Hash of the code of `folders`, the settings, every article's key and the corrections. */
async function inputsKey(folders: readonly string[], articleKeys: readonly string[], options: IngestOptions): Promise<string> {
  const hash = createHash('sha256').update(codeVersion(folders)).update(`\0${options.relatedCount}\0`);
  for (const key of articleKeys) hash.update(key);
  const corrections = await correctionsPath(options);
  if (corrections) hash.update(await readFile(corrections).catch(() => Buffer.from('unreadable')));
  return hash.digest('hex');
}

/** Everything an output depends on: each article (its cache key covers text, slug and code), the code of the
 * ranker, of the output layout and of corrections, the settings, and the corrections file. */
const runKey = (articleKeys: readonly string[], options: IngestOptions) => inputsKey([...RELATED_CODE, '../output', '../corrections', '../ingest.ts', '../prepareArticle.ts'], articleKeys, options);

/** What the related ranking depends on: the articles as annotated and corrected, k, and the ranker's code. */
const relatedKey = (articleKeys: readonly string[], options: IngestOptions) => inputsKey([...RELATED_CODE, '../corrections'], articleKeys, options);

/** Milliseconds spent in each stage, for the benchmark. */
export interface StageTimes {
  read: number;
  annotate: number;
  link: number;
  aggregate: number;
  write: number;
}

/**
 * The corpus-wide views folded one article at a time (see EntityViewsBuilder), with the related-article features:
 * what the output needs besides the article files, without keeping the articles.
 */
class CorpusBuilder {
  readonly summaries: PlacedSummary[] = [];
  readonly entities = new EntityViewsBuilder();
  /** In input order, like `ingested` (articles are added in input order). */
  readonly search: string[] = [];
  readonly ingested: IngestedEntry[] = [];
  readonly ids: string[] = [];
  quoteCount = 0;

  constructor(
    private readonly searchBudget: SearchBudget,
    readonly model: ModelBuilder | null,
  ) {}

  /** Folds in one article; `features` are its related-article features when the ranker needs them. */
  add(article: Article, ordinal: number, source: string, features: DocFeatures | null): void {
    this.summaries.push({ ...summarize(article), ordinal });
    this.entities.add(article, ordinal);
    this.search.push(searchDocumentJson(article, this.searchBudget));
    this.ingested.push({ source, id: article.id, slug: article.slug });
    this.quoteCount += article.quotes.length;
    if (this.model) {
      this.model.addFeatures(features ?? extractFeatures(relatedDoc(article)));
      this.ids.push(article.slug);
    }
  }

  get size(): number {
    return this.ingested.length;
  }

  views(previousSlugs: SlugMap): CorpusData & { ingested: IngestedEntry[] } {
    const views = this.entities.views();
    return {
      index: indexOfSummaries(this.summaries),
      entityIndex: views.index,
      entityPages: views.pages,
      search: this.search,
      slugs: nextSlugMap(this.ingested, previousSlugs),
      ingested: this.ingested,
    };
  }
}

export async function ingest(options: IngestOptions): Promise<IngestResult> {
  const cleanSpool = await JsonSpool.create<CleanArticle>();
  const articleSpool = await JsonSpool.create<Article>();
  try {
    return await ingestParked(options, cleanSpool, articleSpool);
  } finally {
    await cleanSpool.remove();
    await articleSpool.remove();
  }
}

async function ingestParked(options: IngestOptions, cleanSpool: JsonSpool<CleanArticle>, spool: JsonSpool<Article>): Promise<IngestResult> {
  const rejected: Rejection[] = [];
  const warnings: string[] = [];
  const refusedDates: RefusedDate[] = [];
  const times: StageTimes = { read: 0, annotate: 0, link: 0, aggregate: 0, write: 0 };
  let mark = performance.now();
  const lap = (stage: keyof StageTimes) => {
    const now = performance.now();
    times[stage] += now - mark;
    mark = now;
  };
  const read = await readAndClean(options, rejected, warnings, refusedDates, cleanSpool);
  const previousSlugs = options.previousSlugs ?? (options.out ? await readSlugMap(options.out) : emptySlugMap());
  const slugs = assignSlugs(read.map((entry) => ({ id: entry.id, base: articleSlug(entry.title) })), previousSlugs);
  const sources = read.map((entry) => entry.source);
  const keys = read.map((entry, i) => cacheKey(entry.content, slugs[i]!));
  const key = await runKey(keys, options);
  lap('read');
  const previousRun = options.out && options.cacheDir ? await readRunRecord(options.out) : null;
  if (previousRun?.key === key) {
    // nothing this run would write differs from what is there: leave the output (and its readers) alone
    return { ingested: previousRun.ingested, rejected, refusedDates, warnings, articles: [], site: null, unchanged: true, entityCount: previousRun.entities, quoteCount: previousRun.quotes, reused: read.length, times };
  }

  const cache = options.cacheDir ? new ResultCache(options.cacheDir) : null;
  const rankingKey = cache && options.relatedCount > 0 ? await relatedKey(keys, options) : '';
  const cachedRanking = cache && rankingKey ? await cache.get<Array<[string, RelatedHit[]]>>(rankingKey) : null;
  const corrections = await loadCorrections(options, rejected);
  const corpus = new CorpusBuilder(searchBudget(read.length), cachedRanking || options.relatedCount <= 0 ? null : new ModelBuilder());
  const prepared = prepareInBatches(cleanSpool, read.length, slugs, keys, options, corpus.model !== null);
  const reused = await foldArticles(prepared, { corpus, corrections, spool, sources, rejected });
  if (corrections) warnings.push(...staleCorrections(corrections.list, corrections.changed, corrections.path));
  lap('annotate');

  options.onProgress?.({ stage: 'linking', done: 0, total: corpus.size });
  const ranking = cachedRanking ? new Map(cachedRanking) : corpus.model ? rankModel(corpus.model.finish(), corpus.ids, { k: options.relatedCount }) : new Map<string, RelatedHit[]>();
  if (cache && rankingKey && !cachedRanking) await cache.put(rankingKey, [...ranking]);
  lap('link');

  const keep = options.keepArticles ?? options.out === null;
  const corpusViews = corpus.views(previousSlugs);
  // pages are built as they are written, unless the caller keeps everything
  const keptPages = keep ? [...corpusViews.entityPages] : null;
  const views = keptPages ? { ...corpusViews, entityPages: keptPages } : corpusViews;
  lap('aggregate');

  // with nothing good to write, the previous output is left exactly as it was
  const generation = options.out && corpus.size > 0 ? await Generation.open(options.out) : null;
  let articles: Article[];
  try {
    articles = await writeArticles(spool, { ranking, views, generation, keep, total: corpus.size, onProgress: options.onProgress, entityLayout: options.entityLayout });
    await generation?.commit({ key, ingested: views.ingested, entities: views.entityIndex.entities.length, quotes: corpus.quoteCount });
  } catch (error) {
    await generation?.abort();
    throw error;
  }
  lap('write');
  const site: SiteData | null = keptPages ? { articles, index: views.index, entityIndex: views.entityIndex, entityPages: keptPages, slugs: views.slugs } : null;
  return { ingested: views.ingested, rejected, refusedDates, warnings, articles, site, unchanged: false, entityCount: views.entityIndex.entities.length, quoteCount: corpus.quoteCount, reused, times };
}

/**
 * Pass 1: each prepared article corrected, folded into the corpus views and parked on disk; a failed one is
 * rejected with its source. Returns how many came from the cache.
 */
async function foldArticles(
  prepared: AsyncIterable<{ index: number; result: TaskResult<PreparedArticle> }>,
  into: { corpus: CorpusBuilder; corrections: LoadedCorrections | null; spool: JsonSpool<Article>; sources: readonly string[]; rejected: Rejection[] },
): Promise<number> {
  let reused = 0;
  for await (const { index, result } of prepared) {
    if (!result.ok) {
      into.rejected.push({ source: into.sources[index]!, reason: result.error });
      continue;
    }
    const { json, fromCache, features } = result.value;
    if (fromCache) reused++;
    const article = JSON.parse(json) as Article;
    // a corrected article's text and features are redone here; the rest go on as the worker made them
    const corrected = applyLoadedCorrections(into.corrections, article);
    into.corpus.add(article, index, into.sources[index]!, corrected ? null : features);
    await into.spool.writeJson(corrected ? JSON.stringify(article) : json);
  }
  return reused;
}

/**
 * Pass 2: each parked article with its related links, written into the new generation (and kept, when asked) one
 * at a time, then the corpus-wide files.
 */
async function writeArticles(
  spool: JsonSpool<Article>,
  run: { ranking: ReadonlyMap<string, RelatedHit[]>; views: CorpusData; generation: Generation | null; keep: boolean; total: number; onProgress?: (progress: Progress) => void; entityLayout?: EntityLayoutOptions },
): Promise<Article[]> {
  const { generation } = run;
  const summaries = new Map(run.views.index.articles.map((s) => [s.slug, s]));
  const articles: Article[] = [];
  run.onProgress?.({ stage: 'writing', done: 0, total: run.total });
  let written = 0;
  for await (const article of spool.read()) {
    article.related = relatedLinks(run.ranking.get(article.slug) ?? [], summaries);
    if (generation) await generation.put(...articleFile(article));
    if (run.keep) articles.push(article);
    run.onProgress?.({ stage: 'writing', done: ++written, total: run.total });
  }
  if (generation) await generation.putAll(corpusFiles(run.views, run.entityLayout));
  return articles;
}
