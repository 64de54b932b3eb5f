// Stage 3, fold (pass 1): each prepared article corrected and folded into what the corpus needs of it — its summary,
// its related-article features, its entity records for the corpus entity stage — then parked on disk. Pass 2
// (write.ts) completes the views once the corpus's entities are resolved.
import type { Article, SlugMap } from '../../shared/schema.ts';
import { CorpusEntityStage } from '../corpus/stage.ts';
import { EntityViewsBuilder, indexOfSummaries, summarize, type PlacedSummary } from '../output/siteData.ts';
import { nextSlugMap } from '../output/slugs.ts';
import type { JsonSpool } from '../output/spool.ts';
import type { CorpusData } from '../output/writeSiteData.ts';
import type { TaskResult } from '../parallel/pool.ts';
import { relatedDoc, type PreparedArticle } from '../article/prepareArticle.ts';
import type { Rejection } from '../read/types.ts';
import { SearchIndexBuilder } from '../search/indexBuilder.ts';
import { extractFeatures, type DocFeatures, type ModelBuilder } from '../related/model.ts';
import type { LoadedCorrections } from './corrections.ts';
import type { IngestedEntry, ListedEntity } from './types.ts';

/**
 * The corpus-wide views folded one article at a time, with the related-article features and the entity records:
 * what the output needs besides the article files, without keeping the articles.
 */
export class CorpusBuilder {
  readonly summaries: PlacedSummary[] = [];
  readonly entities = new EntityViewsBuilder();
  readonly entityStage = new CorpusEntityStage();
  /** Folded in pass 2, in the order articles are parked: an article's number in the index is its place in it. */
  readonly search = new SearchIndexBuilder();
  readonly ingested: IngestedEntry[] = [];
  /** Each parked article's position in the input, in the order they were parked. */
  readonly ordinals: number[] = [];
  readonly ids: string[] = [];
  quoteCount = 0;

  constructor(readonly model: ModelBuilder | null) {}

  /** Pass 1: folds in one article; `features` are its related-article features when the ranker needs them. */
  add(article: Article, ordinal: number, source: string, features: DocFeatures | null): void {
    this.summaries.push({ ...summarize(article), ordinal });
    this.entityStage.add(article, ordinal);
    this.ingested.push({ source, id: article.id, slug: article.slug });
    this.ordinals.push(ordinal);
    this.quoteCount += article.quotes.length;
    if (this.model) {
      this.model.addFeatures(features ?? extractFeatures(relatedDoc(article)));
      this.ids.push(article.slug);
    }
  }

  /** Pass 2: the article as the corpus knows its entities (the `at`-th parked), into the entity views and search. */
  addResolved(article: Article, at: number): void {
    const summary = this.summaries[at]!;
    this.summaries[at] = { ...summarize(article), ordinal: summary.ordinal };
    this.entities.add(article, summary.ordinal);
    this.search.add(article);
  }

  get size(): number {
    return this.ingested.length;
  }

  /** The views, once every article went through pass 2. */
  views(previousSlugs: SlugMap): CorpusData & { ingested: IngestedEntry[]; listed: ListedEntity[] } {
    const aliases = new Map(this.entityStage.entities.map((e) => [e.id, e.aliases]));
    const views = this.entities.views((id) => aliases.get(id) ?? []);
    const slugs = nextSlugMap(this.ingested, previousSlugs);
    const moved = this.entityStage.movedIds(previousSlugs.entities);
    return {
      index: indexOfSummaries(this.summaries),
      entityIndex: views.index,
      entityPages: views.pages,
      search: this.search,
      slugs: Object.keys(moved).length ? { ...slugs, entities: moved } : slugs,
      ingested: this.ingested,
      listed: views.index.entities.map((e) => ({ ...e, aliases: aliases.get(e.id) ?? [] })),
    };
  }
}

/** Pass 1 over every prepared article; a failed one is rejected with its source. Returns how many came from the cache. */
export async function foldArticles(
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
    const corrected = into.corrections?.applyToArticle(article) ?? false;
    into.corpus.add(article, index, into.sources[index]!, corrected ? null : features);
    await into.spool.writeJson(corrected ? JSON.stringify(article) : json);
  }
  return reused;
}
