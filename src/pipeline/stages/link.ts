// Stage 4, link: related articles ranked across the corpus (or the ranking reused when its inputs are unchanged).
import type { ArticleSummary, RelatedLink } from '../../shared/schema.ts';
import type { ResultCache } from '../cache/resultCache.ts';
import type { ModelBuilder } from '../related/model.ts';
import { rankModel } from '../related/rank.ts';
import type { RelatedHit } from '../related/types.ts';

export async function rankRelated(run: { model: ModelBuilder | null; ids: readonly string[]; k: number; cache: ResultCache | null; key: string; cached: Array<[string, RelatedHit[]]> | null }): Promise<Map<string, RelatedHit[]>> {
  const ranking = run.cached ? new Map(run.cached) : run.model ? rankModel(run.model.finish(), [...run.ids], { k: run.k }) : new Map<string, RelatedHit[]>();
  if (run.cache && run.key && !run.cached) await run.cache.put(run.key, [...ranking]);
  return ranking;
}

/** An article's related links, from the ranking and the summaries of the other articles. */
export function relatedLinks(hits: readonly RelatedHit[], summaries: ReadonlyMap<string, ArticleSummary>): RelatedLink[] {
  return hits.flatMap((hit): RelatedLink[] => {
    const other = summaries.get(hit.id);
    if (!other) return [];
    return [{ slug: other.slug, title: other.title, section: other.section, date: other.date, fiction: other.fiction, score: Math.round(hit.score * 1000) / 1000, reasons: hit.reasons }];
  });
}
