import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TopK } from './topk.ts';

describe('TopK', () => {
  it('keeps the k best, best first, lower item first on ties', () => {
    const top = new TopK(3);
    [[5, 0.2], [1, 0.9], [7, 0.5], [2, 0.5], [9, 0.1]].forEach(([item, score]) => top.push(item!, score!));
    expect(top.sorted()).toEqual([
      { item: 1, score: 0.9 },
      { item: 2, score: 0.5 },
      { item: 7, score: 0.5 },
    ]);
  });

  it('agrees with a full sort', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 60 }), fc.integer({ min: 1, max: 8 }), (scores, k) => {
        const top = new TopK(k);
        scores.forEach((score, item) => top.push(item, score));
        const expected = scores
          .map((score, item) => ({ item, score }))
          .sort((a, b) => b.score - a.score || a.item - b.item)
          .slice(0, k);
        expect(top.sorted()).toEqual(expected);
      }),
    );
  });
});
