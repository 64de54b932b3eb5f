// Figures of a benchmark run with their uncertainty: timings on a 2-core machine vary by ±30 % per load, so a
// ratio of medians is printed with the interval it could plausibly have had.

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A seeded generator of numbers in [0, 1) (mulberry32): the same seed, the same numbers on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The 95 % interval of median(a) / median(b), by resampling the rounds with replacement (bootstrap). Round i's
 * a[i] and b[i] stay together: they ran one after the other and shared the machine's load at that moment.
 */
export function ratioInterval(a: readonly number[], b: readonly number[], resamples = 2000, seed = 1): { low: number; high: number } {
  if (a.length !== b.length || a.length === 0) throw new Error('ratioInterval needs two lists of the same, non-zero length');
  const random = seededRandom(seed);
  const ratios: number[] = [];
  for (let resample = 0; resample < resamples; resample++) {
    const picks = a.map(() => Math.floor(random() * a.length));
    ratios.push(median(picks.map((i) => a[i]!)) / median(picks.map((i) => b[i]!)));
  }
  ratios.sort((x, y) => x - y);
  return { low: ratios[Math.floor(resamples * 0.025)]!, high: ratios[Math.ceil(resamples * 0.975) - 1]! };
}
