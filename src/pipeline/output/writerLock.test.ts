import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith } from '../../test-fixtures/tempFolder.ts';
import { ingest } from '../ingest.ts';
import { lockFileOf, withWriterLock } from './writerLock.ts';

/** A process id no process has: beyond Linux's largest (2^22). */
const GONE = 4_194_400;

describe('one writer per output folder', () => {
  it('holds the lock beside the folder while the work runs, and removes it after, even when the work fails', async () => {
    const out = join(folderWith({}), 'data');
    await withWriterLock(out, async () => {
      expect(readFileSync(lockFileOf(out), 'utf8')).toBe(String(process.pid));
    });
    expect(existsSync(lockFileOf(out))).toBe(false);
    await expect(withWriterLock(out, async () => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
    expect(existsSync(lockFileOf(out))).toBe(false);
  });

  it('refuses a second writer while the first runs, naming the folder, the process and the lock', async () => {
    const out = join(folderWith({}), 'data');
    let second: Promise<unknown> | null = null;
    await withWriterLock(out, async () => {
      second = withWriterLock(out, async () => 'never');
      await expect(second).rejects.toThrow(`${out} is being written by another run (process ${process.pid})`);
    });
    await expect(second).rejects.toThrow(lockFileOf(out));
  });

  it('takes over the lock of a run that is no longer running', async () => {
    const out = join(folderWith({}), 'data');
    writeFileSync(lockFileOf(out), String(GONE));
    await expect(withWriterLock(out, async () => 'done')).resolves.toBe('done');
    expect(existsSync(lockFileOf(out))).toBe(false);
  });

  it('an ingest into a folder another running process is writing stops before touching it', async () => {
    const input = folderWith({ 'one.txt': 'A headline\n\nA body of one paragraph.\n' });
    const out = join(folderWith({}), 'data');
    writeFileSync(lockFileOf(out), String(process.ppid));
    await expect(ingest({ input, out, today: '2026-01-01', window: null, relatedCount: 0, cacheDir: null })).rejects.toThrow(/is being written by another run/);
    expect(existsSync(out)).toBe(false);
  });
});
