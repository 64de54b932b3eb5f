// One article's share of an ingest that can run on any thread: its annotation (from the cache when the cache has
// it), as JSON text ready to park and write, and its related-article features. The main thread only folds results.
import type { Article } from '../../shared/schema.ts';
import { annotateArticle } from './annotateArticle.ts';
import { ResultCache } from '../cache/resultCache.ts';
import type { CleanArticle } from '../clean/cleanArticle.ts';
import { extractFeatures, type DocFeatures } from '../related/model.ts';
import type { RelatedDoc } from '../related/types.ts';

export interface PrepareTask {
  clean: CleanArticle;
  slug: string;
  /** The article's cache key (see cache/resultCache.ts cacheKey). */
  key: string;
  cacheDir: string | null;
  /** Whether the related ranker needs this article's features. */
  features: boolean;
}

export interface PreparedArticle {
  /** The annotated Article as JSON (without related links). */
  json: string;
  fromCache: boolean;
  features: DocFeatures | null;
}

/** What the related-article ranker reads of an article. */
export function relatedDoc(article: Article): RelatedDoc {
  return {
    id: article.slug,
    title: article.title,
    body: article.blocks.map((b) => b.text).join('\n\n'),
    date: article.date,
    entities: article.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: e.mentions.length })),
  };
}

export function prepareArticle(task: PrepareTask): PreparedArticle {
  const cache = task.cacheDir ? new ResultCache(task.cacheDir) : null;
  const cached = cache ? parsedOrNull(cache.getTextSync(task.key)) : null;
  let article: Article;
  let json: string;
  if (cached) {
    [json, article] = cached;
  } else {
    article = annotateArticle(task.clean, task.slug);
    json = JSON.stringify(article);
    cache?.putTextSync(task.key, json);
  }
  return { json, fromCache: cached !== null, features: task.features ? extractFeatures(relatedDoc(article)) : null };
}

/** A cache entry and its parse; a damaged entry (a killed write, a full disk) is a miss, recomputed. */
function parsedOrNull(json: string | null): [string, Article] | null {
  if (json === null) return null;
  try {
    return [json, JSON.parse(json) as Article];
  } catch {
    return null;
  }
}
