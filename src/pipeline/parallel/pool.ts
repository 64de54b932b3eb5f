// A small pool of worker threads that maps tasks to results, keeping input order. Used so annotation runs on
// every core; an error inside a task comes back as that task's error, never as a crash of the run.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export type TaskResult<R> = { ok: true; value: R } | { ok: false; error: string };

export interface TaskMessage<T> {
  index: number;
  task: T;
}

export interface ResultMessage<R> {
  index: number;
  result: TaskResult<R>;
}

const BOOT = new URL('./boot.mjs', import.meta.url);

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

/** Runs `tasks` through workers loading `entry` (a module that calls `serveTasks`). */
export async function runInWorkers<T, R>(
  entry: URL,
  tasks: readonly T[],
  options: { workers?: number; onResult?: (done: number) => void } = {},
): Promise<TaskResult<R>[]> {
  const results: TaskResult<R>[] = new Array(tasks.length);
  const count = Math.max(1, Math.min(options.workers ?? defaultWorkerCount(), tasks.length));
  let next = 0;
  let done = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(BOOT, { workerData: { entry: entry.href } });
      const feed = () => {
        if (next >= tasks.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const index = next++;
        worker.postMessage({ index, task: tasks[index]! } satisfies TaskMessage<T>);
      };
      worker.on('message', (message: ResultMessage<R>) => {
        results[message.index] = message.result;
        options.onResult?.(++done);
        feed();
      });
      worker.once('error', reject);
      worker.once('online', feed);
    });
  await Promise.all(Array.from({ length: count }, runWorker));
  return results;
}
