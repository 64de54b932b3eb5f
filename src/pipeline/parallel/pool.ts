// A small pool of worker threads that maps tasks to results, keeping input order. Used so annotation runs on
// every core; an error inside a task comes back as that task's error, never as a crash of the run. The pool lives
// across calls to `map`, so a big corpus can go through it in batches without starting threads again.
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

export class WorkerPool<T, R> {
  private workers: Promise<Worker>[] = [];
  /** The message handler of the batch in progress (one batch at a time). */
  private onMessage: ((worker: Worker, message: ResultMessage<R>) => void) | null = null;
  private onError: ((error: unknown) => void) | null = null;

  /** `entry` is a module that calls `serveTasks`; threads start on the first batch. */
  constructor(
    private readonly entry: URL,
    private readonly size: number = defaultWorkerCount(),
  ) {}

  private start(): Promise<Worker>[] {
    if (!this.workers.length) {
      this.workers = Array.from({ length: Math.max(1, this.size) }, () => {
        const worker = new Worker(BOOT, { workerData: { entry: this.entry.href } });
        worker.on('message', (message: ResultMessage<R>) => this.onMessage?.(worker, message));
        worker.on('error', (error) => this.onError?.(error));
        return new Promise<Worker>((resolve, reject) => {
          worker.once('online', () => resolve(worker));
          worker.once('error', reject);
        });
      });
    }
    return this.workers;
  }

  /** Results in input order; `onResult` is told how many are done as each arrives. */
  async map(tasks: readonly T[], onResult?: (done: number) => void): Promise<TaskResult<R>[]> {
    const results: TaskResult<R>[] = new Array(tasks.length);
    if (!tasks.length) return results;
    const workers = await Promise.all(this.start());
    let next = 0;
    let done = 0;
    await new Promise<void>((resolve, reject) => {
      const feed = (worker: Worker) => {
        if (next >= tasks.length) return;
        const index = next++;
        worker.postMessage({ index, task: tasks[index]! } satisfies TaskMessage<T>);
      };
      this.onError = reject;
      this.onMessage = (worker, message) => {
        results[message.index] = message.result;
        done++;
        onResult?.(done);
        if (done === tasks.length) resolve();
        else feed(worker);
      };
      for (const worker of workers) feed(worker);
    });
    this.onMessage = null;
    this.onError = null;
    return results;
  }

  async close(): Promise<void> {
    const workers = await Promise.all(this.workers);
    this.workers = [];
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
