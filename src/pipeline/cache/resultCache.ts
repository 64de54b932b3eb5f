// Content-addressed cache of computed results (annotated articles, related rankings), so re-running ingest on
// unchanged input skips the work. A key covers the inputs and the source code that computes the result: any change
// to either misses.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

/** Folders whose code decides an Article's content. */
export const ANNOTATION_CODE = ['../nlp', '../article', '../../shared'];
/** Folders whose code decides the related-article ranking. */
export const RELATED_CODE = ['../related', '../../shared'];

function sourceFiles(folder: URL): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return sourceFiles(new URL(`${entry.name}/`, folder));
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [new URL(entry.name, folder).pathname] : [];
  });
}

const codeVersions = new Map<string, string>();

/** Hash of the source in `folders` (or single `.ts` files), plus installed dependency versions via the lockfile. */
export function codeVersion(folders: readonly string[] = ANNOTATION_CODE): string {
  const memoKey = folders.join('|');
  const memo = codeVersions.get(memoKey);
  if (memo) return memo;
  const hash = createHash('sha256');
  for (const folder of folders) {
    const files = folder.endsWith('.ts') ? [new URL(folder, import.meta.url).pathname] : sourceFiles(new URL(`${folder}/`, import.meta.url));
    for (const file of files.sort()) hash.update(file).update(readFileSync(file));
  }
  try {
    const lock = new URL('../../../package-lock.json', import.meta.url);
    if (statSync(lock).isFile()) hash.update(readFileSync(lock));
  } catch {
    // no lockfile: the source hash alone
  }
  const version = hash.digest('hex').slice(0, 16);
  codeVersions.set(memoKey, version);
  return version;
}

/** Hash of a clean article's JSON: what its annotation is computed from, besides its slug and the code. */
export function contentHash(cleanJson: string): string {
  return createHash('sha256').update(cleanJson).digest('hex');
}

/** Key of an article's annotation: its content (see contentHash), its slug and the annotation code. */
export function cacheKey(content: string, slug: string, version = codeVersion()): string {
  return createHash('sha256').update(version).update('\0').update(slug).update('\0').update(content).digest('hex');
}

export class ResultCache {
  constructor(private readonly folder: string) {}

  private path(key: string): string {
    return join(this.folder, key.slice(0, 2), `${key}.json`);
  }

  /**
   * The cached value, or null on a miss or an unreadable entry (which is then simply recomputed). Not validated
   * here: the key covers the code that wrote it, and everything is validated again before it is written out.
   */
  async get<T>(key: string): Promise<T | null> {
    try {
      return JSON.parse(await readFile(this.path(key), 'utf8')) as T;
    } catch {
      return null;
    }
  }

  /** The cached JSON text, or null: for a worker thread that hands the text on without parsing it. */
  getTextSync(key: string): string | null {
    try {
      return readFileSync(this.path(key), 'utf8');
    } catch {
      return null;
    }
  }

  putTextSync(key: string, json: string): void {
    const path = this.path(key);
    mkdirSync(join(this.folder, key.slice(0, 2)), { recursive: true });
    const temporary = `${path}.tmp-${process.pid}-${threadId}`;
    writeFileSync(temporary, json);
    renameSync(temporary, path);
  }

  async put(key: string, value: unknown): Promise<void> {
    const path = this.path(key);
    await mkdir(join(this.folder, key.slice(0, 2)), { recursive: true });
    const temporary = `${path}.tmp-${process.pid}`;
    await writeFile(temporary, JSON.stringify(value));
    await rename(temporary, path);
  }
}
