// The ingest run, as its list of stages (each in stages/): read → prepare (annotate) → fold → link related →
// resolve the corpus's entities → write. A bad article is reported with its source and reason and never stops
// the others.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Article } from '../shared/schema.ts';
import { articleSlug } from './article/buildArticle.ts';
import { cacheKey, ResultCache } from './cache/resultCache.ts';
import type { CleanArticle } from './clean/cleanArticle.ts';
import type { RefusedDate } from './clean/dates.ts';
import { assignSlugs, emptySlugMap, readSlugMap } from './output/slugs.ts';
import { JsonSpool } from './output/spool.ts';
import { withWriterLock } from './output/writerLock.ts';
import { Generation, readRunRecord, type SiteData } from './output/writeSiteData.ts';
import type { Rejection } from './read/types.ts';
import { ModelBuilder } from './related/model.ts';
import type { RelatedHit } from './related/types.ts';
import { loadCorrections } from './stages/corrections.ts';
import { CorpusBuilder, foldArticles } from './stages/fold.ts';
import { rankingState, rankRelated, RANKING_STATE, type RankingState } from './stages/link.ts';
import { prepareInBatches } from './stages/prepare.ts';
import { readAndClean } from './stages/read.ts';
import { rankerKey, relatedKey, runKey, writerKey } from './stages/runKey.ts';
import type { IngestOptions, IngestResult, StageTimes } from './stages/types.ts';
import { writeArticles, writeCorpusFiles } from './stages/write.ts';

export type { IngestedEntry, IngestOptions, IngestResult, ListedEntity, Progress, StageTimes } from './stages/types.ts';

export async function ingest(options: IngestOptions): Promise<IngestResult> {
  return options.out ? withWriterLock(options.out, () => ingestLocked(options)) : ingestLocked(options);
}

async function ingestLocked(options: IngestOptions): Promise<IngestResult> {
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
  const times: StageTimes = { read: 0, annotate: 0, link: 0, entities: 0, write: 0 };
  let mark = performance.now();
  const lap = (stage: keyof StageTimes) => {
    const now = performance.now();
    times[stage] += now - mark;
    mark = now;
  };

  // read
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
    return { ingested: previousRun.ingested, rejected, refusedDates, warnings, articles: [], site: null, unchanged: true, entityCount: previousRun.entities, entities: [], quoteCount: previousRun.quotes, reused: read.length, ranked: 0, times };
  }

  // prepare and fold (pass 1)
  const cache = options.cacheDir ? new ResultCache(options.cacheDir) : null;
  const rankingKey = cache && options.relatedCount > 0 ? await relatedKey(keys, options) : '';
  const settingsKey = await rankerKey(options);
  const cachedRanking = cache && rankingKey ? await cache.get<Array<[string, RelatedHit[]]>>(rankingKey) : null;
  const corrections = await loadCorrections(options, rejected);
  const corpus = new CorpusBuilder(cachedRanking || options.relatedCount <= 0 ? null : new ModelBuilder());
  const prepared = prepareInBatches(cleanSpool, read.length, slugs, keys, options, corpus.model !== null);
  const reused = await foldArticles(prepared, { corpus, corrections, spool, sources, rejected });
  lap('annotate');

  // link related articles
  options.onProgress?.({ stage: 'linking', done: 0, total: corpus.size });
  const parkedKeys = corpus.ordinals.map((ordinal) => keys[ordinal]!);
  const previousRanking = cache && !cachedRanking && options.out ? await readRankingState(options.out, settingsKey) : null;
  const { ranking, ranked } = await rankRelated({ model: corpus.model, ids: corpus.ids, keys: parkedKeys, k: options.relatedCount, cache, key: rankingKey, cached: cachedRanking, previous: previousRanking, incrementalFrom: options.incrementalRankingFrom });
  lap('link');

  // the corpus's entities, once
  const changed = corpus.entityStage.resolve(corrections?.entityCorrections ?? []);
  corrections?.countEntityChanges(changed);
  if (corrections) warnings.push(...corrections.stale());
  lap('entities');

  // write (pass 2); with nothing good to write, the previous output is left exactly as it was
  const keep = options.keepArticles ?? options.out === null;
  const generation = options.out && corpus.size > 0 ? await Generation.open(options.out) : null;
  let articles: Article[];
  let views: ReturnType<CorpusBuilder['views']>;
  let keptPages: SiteData['entityPages'] | null = null;
  try {
    articles = await writeArticles(spool, { corpus, ranking, generation, keep, keys, writerKey: await writerKey(options), onProgress: options.onProgress });
    const all = corpus.views(previousSlugs);
    // pages are built as they are written, unless the caller keeps everything
    keptPages = keep ? [...all.entityPages] : null;
    views = keptPages ? { ...all, entityPages: keptPages } : all;
    await writeCorpusFiles(generation, views, options.entityLayout);
    if (cache && options.relatedCount > 0) await generation?.put(RANKING_STATE, JSON.stringify(rankingState(settingsKey, corpus.ingested.map((entry) => entry.slug), parkedKeys, ranking)));
    await generation?.commit({ key, ingested: views.ingested, entities: views.entityIndex.entities.length, quotes: corpus.quoteCount });
  } catch (error) {
    await generation?.abort();
    throw error;
  }
  lap('write');
  const site: SiteData | null = keptPages ? { articles, index: views.index, entityIndex: views.entityIndex, entityPages: keptPages, slugs: views.slugs } : null;
  return { ingested: views.ingested, rejected, refusedDates, warnings, articles, site, unchanged: false, entityCount: views.entityIndex.entities.length, entities: views.listed, quoteCount: corpus.quoteCount, reused, ranked, times };
}

/** The ranking the previous run left in the output, when it was ranked with the same settings. */
async function readRankingState(out: string, key: string): Promise<RankingState | null> {
  try {
    const state = JSON.parse(await readFile(join(out, RANKING_STATE), 'utf8')) as RankingState;
    return state.key === key ? state : null;
  } catch {
    return null;
  }
}
