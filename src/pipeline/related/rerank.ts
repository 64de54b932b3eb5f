// Second pass: judge each candidate also by how close it is to the article's nearest neighbours.
// Articles on one story support each other; a look-alike from another story matches the article by chance but
// its neighbours less. This is pseudo-relevance feedback, with no labels and nothing corpus-specific.
import type { FeatureModel } from './model.ts';
import { allRows, dot, type Neighbours } from './neighbours.ts';
import { TopK } from './topk.ts';
import { defaultTimeSettings, timeFactor, type TimeSettings } from './time.ts';

export interface RerankSettings {
  /** How many of the first-pass neighbours speak for the article. 0 turns the second pass off. */
  support: number;
  /** Share of the final score that comes from the neighbours (the rest is the article's own cosine). */
  blend: number;
}

export const defaultRerankSettings: RerankSettings = { support: 3, blend: 0.2 };

/**
 * Re-scores every article's first-pass pool: (1 - blend) · cos(a, b) + blend · mean cos(c, b), the mean over a's
 * `support` nearest neighbours c other than b, weighted by their first-pass scores; then the date factor of (a, b).
 * Scores stay in [0, 1]. With `rows`, only those rows (each needs only its own pool row).
 */
export function rerankNeighbours(
  model: FeatureModel,
  pool: Neighbours,
  k: number,
  settings: RerankSettings = defaultRerankSettings,
  time: TimeSettings = defaultTimeSettings,
  rows: Iterable<number> = allRows(model),
): Neighbours {
  const n = model.docCount;
  const items = new Int32Array(n * k).fill(-1);
  const scores = new Float32Array(n * k);
  const dense = new Float32Array(model.df.length);
  const best = new TopK(k);
  const support = Math.min(settings.support, pool.k);

  for (const a of rows) {
    const row = a * pool.k;
    // dense = Σ w_c · c over the supporting neighbours.
    let weightSum = 0;
    for (let j = 0; j < support; j++) {
      const c = pool.items[row + j]!;
      if (c < 0) break;
      const w = pool.scores[row + j]!;
      weightSum += w;
      for (let i = model.docStart[c]!; i < model.docStart[c + 1]!; i++) dense[model.docFeatures[i]!]! += w * model.docWeights[i]!;
    }
    best.clear();
    for (let j = 0; j < pool.k; j++) {
      const b = pool.items[row + j]!;
      if (b < 0) break;
      const own = pool.scores[row + j]!;
      // The pool's scores carry the date factor; the blend works on plain similarities and applies it once after.
      const factor = timeFactor(model.days[a]!, model.days[b]!, time);
      const ownCosine = own / factor;
      // A supporting neighbour does not vote for itself: remove its own term, w_b · (b · b) over the stored part
      // of b (features no other article has are not stored, so that is not quite 1).
      const selfWeight = j < support ? own : 0;
      const others = weightSum - selfWeight;
      const selfTerm = selfWeight > 0 ? selfWeight * storedNormSquared(model, b) : 0;
      const neighbourhood = others > 0 ? (dot(model, dense, b) - selfTerm) / others : ownCosine;
      const score = factor * ((1 - settings.blend) * ownCosine + settings.blend * neighbourhood);
      best.push(b, Math.min(1, Math.max(0, score)));
    }
    best.sorted().forEach(({ item, score }, j) => {
      items[a * k + j] = item;
      scores[a * k + j] = score;
    });
    for (let j = 0; j < support; j++) {
      const c = pool.items[row + j]!;
      if (c < 0) break;
      for (let i = model.docStart[c]!; i < model.docStart[c + 1]!; i++) dense[model.docFeatures[i]!] = 0;
    }
  }
  return { k, items, scores };
}

/** b · b over the features stored for b. */
function storedNormSquared(model: FeatureModel, b: number): number {
  let sum = 0;
  for (let i = model.docStart[b]!; i < model.docStart[b + 1]!; i++) sum += model.docWeights[i]! ** 2;
  return sum;
}
