// The worker side of the pool: answer each task message with its result or its error.
import { parentPort } from 'node:worker_threads';
import type { ResultMessage, TaskMessage } from './pool.ts';

export function serveTasks<T, R>(handle: (task: T) => R): void {
  if (!parentPort) throw new Error('serveTasks must run inside a worker thread');
  const port = parentPort;
  port.on('message', ({ index, task }: TaskMessage<T>) => {
    let message: ResultMessage<R>;
    try {
      message = { index, result: { ok: true, value: handle(task) } };
    } catch (error) {
      message = { index, result: { ok: false, error: error instanceof Error ? error.message : String(error) } };
    }
    port.postMessage(message);
  });
}
