// Related articles for every article of a set: the module's entry point.
import type { RankOptions, RelatedDoc, RelatedHit } from './types.ts';
import { buildModel, defaultModelSettings, type FeatureModel, type ModelSettings } from './model.ts';
import { buildInvertedIndex, type InvertedIndex } from './inverted-index.ts';
import { defaultSearchSettings, findNeighbours, type SearchSettings } from './neighbours.ts';
import { defaultRerankSettings, rerankNeighbours, type RerankSettings } from './rerank.ts';
import { defaultReasonSettings, explainLink, type ReasonSettings } from './reasons.ts';

export interface RankSettings {
  model: ModelSettings;
  search: SearchSettings;
  rerank: RerankSettings;
  reasons: ReasonSettings;
  /** First-pass neighbours kept per article for the second pass to re-order. */
  pool: number;
}

export const defaultRankSettings: RankSettings = {
  model: defaultModelSettings,
  search: defaultSearchSettings,
  rerank: defaultRerankSettings,
  reasons: defaultReasonSettings,
  pool: 30,
};

/**
 * For each article, its k most related other articles, best first, with a 0..1 score and readable reasons.
 * Candidates come from an inverted index (never all pairs); ties keep input order. An id that appears twice is
 * never listed as related to itself.
 */
export function rankRelated(
  docs: readonly RelatedDoc[],
  options: RankOptions,
  settings: RankSettings = defaultRankSettings,
): Map<string, RelatedHit[]> {
  if (!docs.length || Math.floor(options.k) <= 0) return new Map(docs.map((doc) => [doc.id, []]));
  return rankModel(buildModel(docs, settings.model), docs.map((doc) => doc.id), options, settings);
}

/** rankRelated over a model already built (see ModelBuilder); `ids[d]` is the id of the model's doc d. */
export function rankModel(
  model: FeatureModel,
  ids: readonly string[],
  options: RankOptions,
  settings: RankSettings = defaultRankSettings,
): Map<string, RelatedHit[]> {
  return rankRows(model, ids, Array.from(ids.keys()), options, settings);
}

/**
 * The ranking of the articles `rows` only (doc numbers of the model), each row exactly what rankModel gives it:
 * a rebuild re-ranks the few articles a change touches.
 */
export function rankRows(
  model: FeatureModel,
  ids: readonly string[],
  rows: readonly number[],
  options: RankOptions,
  settings: RankSettings = defaultRankSettings,
  index: InvertedIndex = buildInvertedIndex(model),
): Map<string, RelatedHit[]> {
  const result = new Map<string, RelatedHit[]>();
  const k = Math.max(0, Math.floor(options.k));
  if (k === 0 || model.docCount === 0) {
    for (const a of rows) result.set(ids[a]!, []);
    return result;
  }
  // One spare, in case a repeated id has to be dropped below.
  const wanted = k + 1;
  const pool = findNeighbours(model, Math.max(wanted, settings.pool), settings.search, index, rows);
  const ranked = settings.rerank.support > 0 ? rerankNeighbours(model, pool, wanted, settings.rerank, settings.search.time, rows) : pool;

  for (const a of rows) {
    const id = ids[a]!;
    const hits: RelatedHit[] = [];
    for (let j = 0; j < ranked.k && hits.length < k; j++) {
      const b = ranked.items[a * ranked.k + j]!;
      const score = ranked.scores[a * ranked.k + j]!;
      if (b < 0) break;
      const other = ids[b]!;
      if (other === id || score <= 0) continue;
      hits.push({ id: other, score: roundScore(score), reasons: explainLink(model, a, b, settings.reasons) });
    }
    result.set(id, hits);
  }
  return result;
}

/** Four decimals: enough to order, short in JSON. */
function roundScore(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 10_000) / 10_000;
}
