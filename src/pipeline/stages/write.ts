// Stage 6, write (pass 2): each parked article takes the corpus's entities and its related links, goes into the
// entity views and the search index, and is written (with its search fragment) into the new generation (and kept, when asked) one at a time;
// then the corpus-wide files.
import { createHash } from 'node:crypto';
import type { Article, ArticleSummary } from '../../shared/schema.ts';
import { applyToArticle, type ArticleTargets } from '../corpus/apply.ts';
import type { JsonSpool } from '../output/spool.ts';
import type { EntityLayoutOptions } from '../output/entityLayout.ts';
import { articleFile, corpusFiles, dataPaths, type Generation } from '../output/writeSiteData.ts';
import { searchPaths } from '../../shared/searchIndex.ts';
import type { RelatedHit } from '../related/types.ts';
import { searchFragmentFile } from '../search/fragments.ts';
import { summarize } from '../output/siteData.ts';
import type { CorpusBuilder } from './fold.ts';
import { relatedLinks } from './link.ts';
import type { Progress } from './types.ts';

export async function writeArticles(
  spool: JsonSpool<Article>,
  run: {
    corpus: CorpusBuilder;
    ranking: ReadonlyMap<string, RelatedHit[]>;
    generation: Generation | null;
    keep: boolean;
    /** Each article's input key by its place in the input (its annotation's cache key). */
    keys: readonly string[];
    /** What the files depend on besides each article's own inputs: the code writing them, the corrections. */
    writerKey: string;
    onProgress?: (progress: Progress) => void;
  },
): Promise<Article[]> {
  const { corpus, generation } = run;
  // related links show the other articles' cards: title, section and date are known since pass 1
  const cards = new Map<string, ArticleSummary>(corpus.summaries.map((s) => [s.slug, s]));
  const articles: Article[] = [];
  const total = corpus.size;
  run.onProgress?.({ stage: 'writing', done: 0, total });
  let at = 0;
  for await (const article of spool.read()) {
    const ordinal = corpus.ordinals[at]!;
    const targets = corpus.entityStage.targetsOf(ordinal);
    applyToArticle(article, targets);
    corpus.addResolved(article, at);
    article.related = relatedLinks(run.ranking.get(article.slug) ?? [], cards);
    if (generation) {
      // an article whose inputs, entities and related links are those of the previous run keeps its files as they are
      const key = fileKey(run.writerKey, run.keys[ordinal]!, targets, article.related, at);
      const [path, json] = [dataPaths.article(article.slug), () => articleFile(article)[1]];
      await generation.putKeyed(path, key, json);
      // its number in the search index is its place in this pass (CorpusBuilder.addResolved)
      const fragment = searchPaths.doc(at);
      await generation.putKeyed(fragment, key, () => searchFragmentFile(article, summarize(article), at)[1]);
    }
    if (run.keep) articles.push(article);
    at++;
    run.onProgress?.({ stage: 'writing', done: at, total });
  }
  return articles;
}

/** What decides an article's file and its search fragment, as one hash. */
function fileKey(writerKey: string, articleKey: string, targets: ArticleTargets, related: unknown, at: number): string {
  const hash = createHash('sha1').update(writerKey).update('\0').update(articleKey).update('\0').update(String(at));
  for (const [local, entity] of targets) hash.update('\0').update(local).update('\u0001').update(entity ? `${entity.id}\u0001${entity.name}\u0001${entity.type}` : '-');
  return hash.update('\0').update(JSON.stringify(related)).digest('hex');
}

/** The corpus-wide files, after every article. */
export async function writeCorpusFiles(generation: Generation | null, views: Parameters<typeof corpusFiles>[0], layout?: EntityLayoutOptions): Promise<void> {
  if (generation) await generation.putAll(corpusFiles(views, layout));
}
