// Stage 6, write (pass 2): each parked article takes the corpus's entities and its related links, goes into the
// entity views and the search index, and is written (with its search fragment) into the new generation (and kept, when asked) one at a time;
// then the corpus-wide files.
import type { Article, ArticleSummary } from '../../shared/schema.ts';
import { applyToArticle } from '../corpus/apply.ts';
import type { JsonSpool } from '../output/spool.ts';
import { articleFile, corpusFiles, type Generation } from '../output/writeSiteData.ts';
import type { RelatedHit } from '../related/types.ts';
import { searchFragmentFile } from '../search/fragments.ts';
import { summarize } from '../output/siteData.ts';
import type { CorpusBuilder } from './fold.ts';
import { relatedLinks } from './link.ts';
import type { Progress } from './types.ts';

export async function writeArticles(
  spool: JsonSpool<Article>,
  run: { corpus: CorpusBuilder; ranking: ReadonlyMap<string, RelatedHit[]>; generation: Generation | null; keep: boolean; onProgress?: (progress: Progress) => void },
): Promise<Article[]> {
  const { corpus, generation } = run;
  // related links show the other articles' cards: title, section and date are known since pass 1
  const cards = new Map<string, ArticleSummary>(corpus.summaries.map((s) => [s.slug, s]));
  const articles: Article[] = [];
  const total = corpus.size;
  run.onProgress?.({ stage: 'writing', done: 0, total });
  let at = 0;
  for await (const article of spool.read()) {
    applyToArticle(article, corpus.entityStage.targetsOf(corpus.ordinals[at]!));
    corpus.addResolved(article, at);
    article.related = relatedLinks(run.ranking.get(article.slug) ?? [], cards);
    if (generation) {
      await generation.put(...articleFile(article));
      // its number in the search index is its place in this pass (CorpusBuilder.addResolved)
      await generation.put(...searchFragmentFile(article, summarize(article), at));
    }
    if (run.keep) articles.push(article);
    at++;
    run.onProgress?.({ stage: 'writing', done: at, total });
  }
  return articles;
}

/** The corpus-wide files, after every article. */
export async function writeCorpusFiles(generation: Generation | null, views: Parameters<typeof corpusFiles>[0]): Promise<void> {
  if (generation) await generation.putAll(corpusFiles(views));
}
