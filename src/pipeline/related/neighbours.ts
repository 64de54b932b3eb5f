// For every article, its k most similar articles: candidates from the inverted index, then exact cosine.
import type { FeatureModel } from './model.ts';
import { buildInvertedIndex, isIndexed, type InvertedIndex } from './inverted-index.ts';
import { TopK } from './topk.ts';
import { defaultTimeSettings, timeFactor, type TimeSettings } from './time.ts';

export interface SearchSettings {
  /** How many of an article's strongest selective features are looked up in the index. */
  queryFeatures: number;
  /** How many index candidates are re-scored exactly (at least k). */
  candidates: number;
  /** At most this many postings are read per article: bounds the work per article however large the set grows. */
  postingBudget: number;
  time: TimeSettings;
}

export const defaultSearchSettings: SearchSettings = {
  queryFeatures: 40,
  candidates: 60,
  postingBudget: 8_000,
  time: defaultTimeSettings,
};

export interface Neighbours {
  k: number;
  /** Row d holds doc d's neighbours best first: items[d*k + j]; -1 where there are fewer than k. */
  items: Int32Array;
  scores: Float32Array;
}

/** Every doc number of a model, in order. */
export function allRows(model: FeatureModel): Iterable<number> {
  return Array.from({ length: model.docCount }, (_, a) => a);
}

/**
 * Each article's k best matches by cosine × date factor, in [0, 1]: candidates gathered through the index, then
 * scored exactly (unit vectors, so the cosine is a dot product). With `rows`, only those articles' rows are filled
 * (a rebuild re-ranks the few articles a change touches); the others stay empty.
 */
export function findNeighbours(
  model: FeatureModel,
  k: number,
  settings: SearchSettings = defaultSearchSettings,
  index: InvertedIndex = buildInvertedIndex(model),
  rows: Iterable<number> = allRows(model),
): Neighbours {
  const n = model.docCount;
  const items = new Int32Array(n * k).fill(-1);
  const scores = new Float32Array(n * k);
  if (k <= 0) return { k, items, scores };
  const dense = new Float32Array(model.df.length);
  const accumulated = new Float32Array(n);
  const touched = new Int32Array(n);
  const candidates = new TopK(Math.max(k, settings.candidates));
  const best = new TopK(k);

  for (const a of rows) {
    const start = model.docStart[a]!;
    const end = model.docStart[a + 1]!;
    for (let i = start; i < end; i++) dense[model.docFeatures[i]!] = model.docWeights[i]!;

    // Look up only the strongest selective features: cheap, and a real match shares some of them.
    const query = strongestIndexed(model, a, index.maxDf, settings.queryFeatures);
    let touchedCount = 0;
    let budget = settings.postingBudget;
    for (const i of query) {
      const f = model.docFeatures[i]!;
      const weight = model.docWeights[i]!;
      const length = index.featStart[f + 1]! - index.featStart[f]!;
      // Strongest first, so a skipped long list is a weak, common feature.
      if (length > budget) continue;
      budget -= length;
      for (let p = index.featStart[f]!; p < index.featStart[f + 1]!; p++) {
        const b = index.postDocs[p]!;
        if (accumulated[b] === 0) touched[touchedCount++] = b;
        accumulated[b]! += weight * index.postWeights[p]!;
      }
    }
    candidates.clear();
    for (let t = 0; t < touchedCount; t++) {
      const b = touched[t]!;
      if (b !== a) candidates.push(b, accumulated[b]!);
      accumulated[b] = 0;
    }

    best.clear();
    for (const { item: b } of candidates.sorted()) {
      best.push(b, dot(model, dense, b) * timeFactor(model.days[a]!, model.days[b]!, settings.time));
    }
    best.sorted().forEach(({ item, score }, j) => {
      items[a * k + j] = item;
      scores[a * k + j] = Math.min(1, Math.max(0, score));
    });
    for (let i = start; i < end; i++) dense[model.docFeatures[i]!] = 0;
  }
  return { k, items, scores };
}

/** Positions (into docFeatures) of doc a's `limit` heaviest indexed features. */
function strongestIndexed(model: FeatureModel, a: number, maxDf: number, limit: number): number[] {
  const positions: number[] = [];
  for (let i = model.docStart[a]!; i < model.docStart[a + 1]!; i++) {
    if (isIndexed(model.df[model.docFeatures[i]!]!, maxDf)) positions.push(i);
  }
  if (positions.length <= limit) return positions;
  return positions.sort((x, y) => model.docWeights[y]! - model.docWeights[x]! || x - y).slice(0, limit);
}

/** Dot product of doc b's vector with a dense vector. */
export function dot(model: FeatureModel, dense: Float32Array, b: number): number {
  let sum = 0;
  for (let i = model.docStart[b]!; i < model.docStart[b + 1]!; i++) sum += dense[model.docFeatures[i]!]! * model.docWeights[i]!;
  return sum;
}
