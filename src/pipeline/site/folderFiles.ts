// The file walking and linking the site build does over many small files: a bounded number at once (100,000 at
// once fail with EMFILE), hard links where the bytes are already on disk.
import { copyFile, link, mkdir, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Files linked, copied or removed at once. */
const IO_CONCURRENCY = 64;

/** Runs `work` on every item, at most IO_CONCURRENCY at once. */
export async function inPool<T>(items: AsyncIterable<T> | Iterable<T>, work: (item: T) => Promise<unknown>): Promise<void> {
  const running = new Set<Promise<unknown>>();
  for await (const item of items) {
    while (running.size >= IO_CONCURRENCY) await Promise.race(running);
    const job: Promise<unknown> = work(item).finally(() => running.delete(job));
    running.add(job);
  }
  await Promise.all(running);
}

/** Every file under `folder`, as a path relative to it with forward slashes. */
export async function* filesUnder(folder: string, prefix = ''): AsyncGenerator<string> {
  for (const entry of await readdir(join(folder, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) yield* filesUnder(folder, path);
    else if (entry.isFile()) yield path;
  }
}

/** A hard link (no bytes copied), or a copy across devices; false when the source is missing. */
export async function linkOrCopy(from: string, to: string): Promise<boolean> {
  await mkdir(dirname(to), { recursive: true });
  try {
    await link(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    await copyFile(from, to);
    return true;
  }
}
