// Stage 4, link: related articles ranked across the corpus. The ranking is reused whole when its inputs are
// unchanged; after a change to a few articles of a big corpus, only the lists the change touches are re-ranked
// (related/incremental.ts) and the others are kept from the previous run.
import type { ArticleSummary, RelatedLink } from '../../shared/schema.ts';
import type { ResultCache } from '../cache/resultCache.ts';
import { rerankTouched, type PreviousRanking } from '../related/incremental.ts';
import type { ModelBuilder } from '../related/model.ts';
import { rankModel } from '../related/rank.ts';
import type { RelatedHit } from '../related/types.ts';

/** Below this many articles a whole ranking is cheap, and a rebuild ranks everything afresh, exactly as cold. */
export const INCREMENTAL_RANKING_FROM = 1000;
/** More changed (added, removed) articles than this share of the corpus, or than the floor: everything is ranked afresh. */
const INCREMENTAL_SHARE = 0.01;
const INCREMENTAL_FLOOR = 16;

/** What a generation keeps for the next run's ranking (a dot file, never deployed). */
export const RANKING_STATE = '.related.json';

export interface RankingState {
  /** The ranker's code, k and the corrections: a state of another key is not used. */
  key: string;
  /** Each article: its slug, its input key (its annotation's cache key) and its list. */
  articles: Array<[slug: string, key: string, hits: RelatedHit[]]>;
}

export interface RankRun {
  model: ModelBuilder | null;
  ids: readonly string[];
  /** Each article's input key, parallel to ids. */
  keys: readonly string[];
  k: number;
  cache: ResultCache | null;
  key: string;
  cached: Array<[string, RelatedHit[]]> | null;
  /** The previous run's ranking (RANKING_STATE), when its key is this run's. */
  previous: RankingState | null;
  incrementalFrom?: number;
}

/** The ranking, and how many lists were ranked in this run (all, none when reused, or the touched ones). */
export async function rankRelated(run: RankRun): Promise<{ ranking: Map<string, RelatedHit[]>; ranked: number }> {
  if (run.cached) return { ranking: new Map(run.cached), ranked: 0 };
  if (!run.model) return { ranking: new Map(), ranked: 0 };
  const model = run.model.finish();
  const previous = usablePrevious(run);
  if (previous) {
    // not cached whole: the next run starts from this run's generation (RANKING_STATE), not from the cache
    const { ranking, reranked } = rerankTouched(model, run.ids, run.keys, previous, run.k);
    return { ranking, ranked: reranked };
  }
  const ranking = rankModel(model, [...run.ids], { k: run.k });
  if (run.cache && run.key) await run.cache.put(run.key, [...ranking]);
  return { ranking, ranked: run.ids.length };
}

/** The previous ranking, when the corpus is big enough and changed little enough to re-rank only what a change touches. */
function usablePrevious(run: RankRun): PreviousRanking | null {
  const state = run.previous;
  if (!state || run.ids.length < (run.incrementalFrom ?? INCREMENTAL_RANKING_FROM)) return null;
  const keys = new Map(state.articles.map(([slug, key]) => [slug, key]));
  let changed = 0;
  run.ids.forEach((id, a) => {
    if (keys.get(id) !== run.keys[a]) changed++;
  });
  const current = new Set(run.ids);
  for (const slug of keys.keys()) if (!current.has(slug)) changed++;
  if (changed > Math.max(INCREMENTAL_FLOOR, run.ids.length * INCREMENTAL_SHARE)) return null;
  return { keys, hits: new Map(state.articles.map(([slug, , hits]) => [slug, hits])) };
}

/** The state the next run's ranking starts from. */
export function rankingState(key: string, ids: readonly string[], keys: readonly string[], ranking: ReadonlyMap<string, RelatedHit[]>): RankingState {
  return { key, articles: ids.map((id, a) => [id, keys[a]!, ranking.get(id) ?? []]) };
}

/** An article's related links, from the ranking and the summaries of the other articles. */
export function relatedLinks(hits: readonly RelatedHit[], summaries: ReadonlyMap<string, ArticleSummary>): RelatedLink[] {
  return hits.flatMap((hit): RelatedLink[] => {
    const other = summaries.get(hit.id);
    if (!other) return [];
    return [{ slug: other.slug, title: other.title, section: other.section, date: other.date, fiction: other.fiction, score: Math.round(hit.score * 1000) / 1000, reasons: hit.reasons }];
  });
}
