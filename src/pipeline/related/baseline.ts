// Reference point for benchmarks: plain TF-IDF cosine over title + body, every pair compared (quadratic).
// Not used by the app; it is what rankRelated must beat.
import type { RelatedDoc } from './types.ts';
import type { Neighbours } from './neighbours.ts';
import { TopK } from './topk.ts';

function plainWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function baselineNeighbours(docs: readonly RelatedDoc[], k: number): Neighbours {
  const counts = docs.map((doc) => {
    const tf = new Map<string, number>();
    for (const word of plainWords(`${doc.title}\n${doc.body}`)) tf.set(word, (tf.get(word) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const word of tf.keys()) df.set(word, (df.get(word) ?? 0) + 1);
  const vectors = counts.map((tf) => {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [word, count] of tf) {
      const weight = count * Math.log(docs.length / df.get(word)!);
      vector.set(word, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [word, weight] of vector) vector.set(word, weight / norm);
    return vector;
  });
  const items = new Int32Array(docs.length * k).fill(-1);
  const scores = new Float32Array(docs.length * k);
  const best = new TopK(k);
  vectors.forEach((a, i) => {
    best.clear();
    vectors.forEach((b, j) => {
      if (i === j) return;
      let sum = 0;
      const [small, large] = a.size < b.size ? [a, b] : [b, a];
      for (const [word, weight] of small) sum += weight * (large.get(word) ?? 0);
      best.push(j, sum);
    });
    best.sorted().forEach(({ item, score }, j) => {
      items[i * k + j] = item;
      scores[i * k + j] = score;
    });
  });
  return { k, items, scores };
}
