// Binary search over sorted arrays: the engine looks things up by offset in lists that can hold millions of items
// (a one-million-character paragraph), so every lookup must be logarithmic.

/** The first index whose item does not satisfy `before` (items satisfying it must all come first). */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
