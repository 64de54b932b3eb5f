// Async work over many items with a bounded number in flight: 100,000 files opened at once fail with EMFILE.

export const IO_CONCURRENCY = 64;

/** Like Promise.all(items.map(fn)), keeping order, with at most `limit` calls running at a time. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
