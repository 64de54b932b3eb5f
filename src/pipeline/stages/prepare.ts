// Stage 2, prepare: every article annotated (or taken from the cache, with its features) in input order, one batch
// at a time from the parked clean articles: only a batch is ever in memory. A big corpus goes through the worker
// threads, cache reads and writes included.
import type { CleanArticle } from '../clean/cleanArticle.ts';
import type { JsonSpool } from '../output/spool.ts';
import { defaultWorkerCount, WorkerPool, type TaskResult } from '../parallel/pool.ts';
import { prepareArticle, type PrepareTask, type PreparedArticle } from '../article/prepareArticle.ts';
import { reason, type IngestOptions } from './types.ts';

/** Below this many articles, starting worker threads costs more than it saves. */
const PARALLEL_FROM = 64;
/** Articles prepared per batch: each batch is folded into the corpus views and parked before the next. */
const BATCH = 512;

type PreparePool = WorkerPool<PrepareTask, PreparedArticle>;

/** The next `size` values of an iterator, or fewer at its end. */
async function take<T>(iterator: AsyncIterator<T>, size: number): Promise<T[]> {
  const values: T[] = [];
  while (values.length < size) {
    const next = await iterator.next();
    if (next.done) break;
    values.push(next.value);
  }
  return values;
}

function prepareInProcess(tasks: readonly PrepareTask[], progress: (done: number) => void): TaskResult<PreparedArticle>[] {
  return tasks.map((task, i) => {
    let result: TaskResult<PreparedArticle>;
    try {
      result = { ok: true, value: prepareArticle(task) };
    } catch (error) {
      result = { ok: false, error: reason(error) };
    }
    progress(i + 1);
    return result;
  });
}

export async function* prepareInBatches(clean: JsonSpool<CleanArticle>, total: number, slugs: readonly string[], keys: readonly string[], options: IngestOptions, features: boolean): AsyncGenerator<{ index: number; result: TaskResult<PreparedArticle> }> {
  const batch = Math.max(1, options.batchSize ?? BATCH);
  const workers = options.workers ?? defaultWorkerCount();
  const pool: PreparePool | null = workers >= 2 && total >= PARALLEL_FROM ? new WorkerPool(new URL('../parallel/prepareWorker.ts', import.meta.url), workers) : null;
  const articles = clean.read();
  try {
    for (let from = 0; from < total; from += batch) {
      const tasks = (await take(articles, batch)).map((article, j) => ({ clean: article, slug: slugs[from + j]!, key: keys[from + j]!, cacheDir: options.cacheDir ?? null, features }));
      const progress = (done: number) => options.onProgress?.({ stage: 'annotating', done: from + done, total });
      const results = pool ? await pool.map(tasks, progress) : prepareInProcess(tasks, progress);
      for (const [j, result] of results.entries()) yield { index: from + j, result };
    }
  } finally {
    await articles.return(undefined);
    await pool?.close();
  }
}
