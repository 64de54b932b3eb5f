// A rebuild after a few articles changed re-ranks only the lists the change can touch, and keeps the previous
// ranking of every other article (see docs/performance.md, "One-article rebuild").
import type { FeatureModel } from './model.ts';
import { buildInvertedIndex, type InvertedIndex } from './inverted-index.ts';
import { findNeighbours } from './neighbours.ts';
import { defaultRankSettings, rankRows, type RankSettings } from './rank.ts';
import type { RelatedHit } from './types.ts';

/** What the previous run ranked: each article's input key and its list. */
export interface PreviousRanking {
  keys: ReadonlyMap<string, string>;
  hits: ReadonlyMap<string, readonly RelatedHit[]>;
}

/**
 * A changed article enters another's list when their first-pass score reaches this share of that list's last score
 * (the second pass moves scores a little either way, so the margin errs on re-ranking one list too many).
 */
const ENTRY_MARGIN = 0.9;

/** The articles whose lists a change can alter: the changed, those that listed a changed or removed article, and
 * those a changed article may now enter. Doc numbers of the model. */
export function touchedRows(model: FeatureModel, ids: readonly string[], keys: readonly string[], previous: PreviousRanking, k: number, settings: RankSettings = defaultRankSettings, index: InvertedIndex = buildInvertedIndex(model)): { rows: number[]; changed: number } {
  const current = new Set(ids);
  const changedIds = new Set<string>();
  ids.forEach((id, a) => {
    if (previous.keys.get(id) !== keys[a] || !previous.hits.has(id)) changedIds.add(id);
  });
  const changed = changedIds.size;
  for (const id of previous.keys.keys()) if (!current.has(id)) changedIds.add(id);
  const rows = new Set<number>();
  ids.forEach((id, a) => {
    if (changedIds.has(id) || previous.hits.get(id)!.some((hit) => changedIds.has(hit.id))) rows.add(a);
  });
  const changedRows = ids.flatMap((id, a) => (changedIds.has(id) ? [a] : []));
  if (changedRows.length) {
    const pool = findNeighbours(model, Math.max(k + 1, settings.pool), settings.search, index, changedRows);
    for (const c of changedRows) {
      for (let j = 0; j < pool.k; j++) {
        const b = pool.items[c * pool.k + j]!;
        if (b < 0) break;
        const list = previous.hits.get(ids[b]!) ?? [];
        const last = list.length < k ? 0 : list[list.length - 1]!.score;
        if (pool.scores[c * pool.k + j]! >= ENTRY_MARGIN * last) rows.add(b);
      }
    }
  }
  return { rows: [...rows].sort((a, b) => a - b), changed };
}

/**
 * The ranking after a change: the touched lists re-ranked against the whole current corpus (each exactly what a
 * cold ranking gives it), every other list as the previous run left it.
 */
export function rerankTouched(model: FeatureModel, ids: readonly string[], keys: readonly string[], previous: PreviousRanking, k: number, settings: RankSettings = defaultRankSettings): { ranking: Map<string, RelatedHit[]>; reranked: number } {
  const index = buildInvertedIndex(model);
  const { rows } = touchedRows(model, ids, keys, previous, k, settings, index);
  const fresh = rankRows(model, ids, rows, { k }, settings, index);
  const ranking = new Map<string, RelatedHit[]>();
  for (const id of ids) ranking.set(id, fresh.get(id) ?? [...previous.hits.get(id)!]);
  return { ranking, reranked: rows.length };
}
