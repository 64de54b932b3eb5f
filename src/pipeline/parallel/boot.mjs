// Worker entry: worker threads do not inherit tsx's TypeScript loader, so register it here, then load the task.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
