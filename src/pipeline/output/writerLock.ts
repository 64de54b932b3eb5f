// One run at a time writes a given output folder. Two runs writing one folder would each delete the other's
// half-written generation when they commit, and the survivor could publish a generation with files missing.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** The lock file of an output folder: beside it, a dot file like its generations. */
export const lockFileOf = (folder: string) => join(dirname(resolve(folder)), `.${basename(resolve(folder))}.lock`);

/** True while a process with this id exists (signal 0 only checks). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Runs `work` holding the folder's lock. A lock left by a run that is no longer running (killed) is taken over; one
 * held by a running process fails at once, naming the folder, the process and the lock file.
 */
export async function withWriterLock<T>(folder: string, work: () => Promise<T>): Promise<T> {
  const file = lockFileOf(folder);
  await mkdir(dirname(file), { recursive: true });
  await takeLock(folder, file);
  try {
    return await work();
  } finally {
    await rm(file, { force: true });
  }
}

async function takeLock(folder: string, file: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(file, String(process.pid), { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number((await readFile(file, 'utf8').catch(() => '')).trim());
    if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
      throw new Error(`${folder} is being written by another run (process ${holder}); wait for it to end, or remove ${file} if no run is writing`);
    }
    await rm(file, { force: true });
  }
  throw new Error(`${folder}: could not take its lock ${file}`);
}
