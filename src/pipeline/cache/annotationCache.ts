// Content-addressed cache of annotated articles, so re-running ingest on unchanged input skips annotation.
// The key covers the clean article, its slug and the annotator's own source code: any change to either misses.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Article, parseOrThrow, type Article as ArticleData } from '../../shared/schema.ts';
import type { CleanArticle } from '../clean/cleanArticle.ts';

/** Folders whose code decides an Article's content. */
const CODE_FOLDERS = ['../nlp', '../article', '../../shared'];

function sourceFiles(folder: URL): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return sourceFiles(new URL(`${entry.name}/`, folder));
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [new URL(entry.name, folder).pathname] : [];
  });
}

let codeVersionMemo: string | null = null;

/** Hash of the annotator's source (plus installed dependency versions via the lockfile). */
export function codeVersion(): string {
  if (codeVersionMemo) return codeVersionMemo;
  const hash = createHash('sha256');
  for (const folder of CODE_FOLDERS) {
    for (const file of sourceFiles(new URL(`${folder}/`, import.meta.url)).sort()) hash.update(file).update(readFileSync(file));
  }
  try {
    const lock = new URL('../../../package-lock.json', import.meta.url);
    if (statSync(lock).isFile()) hash.update(readFileSync(lock));
  } catch {
    // no lockfile: the source hash alone
  }
  codeVersionMemo = hash.digest('hex').slice(0, 16);
  return codeVersionMemo;
}

export function cacheKey(clean: CleanArticle, slug: string, version = codeVersion()): string {
  return createHash('sha256').update(version).update('\0').update(slug).update('\0').update(JSON.stringify(clean)).digest('hex');
}

export class AnnotationCache {
  constructor(private readonly folder: string) {}

  private path(key: string): string {
    return join(this.folder, key.slice(0, 2), `${key}.json`);
  }

  /** The cached article, or null on a miss or an unreadable entry (which is then simply recomputed). */
  async get(key: string): Promise<ArticleData | null> {
    try {
      return parseOrThrow(Article, JSON.parse(await readFile(this.path(key), 'utf8')), key);
    } catch {
      return null;
    }
  }

  async put(key: string, article: ArticleData): Promise<void> {
    const path = this.path(key);
    await mkdir(join(this.folder, key.slice(0, 2)), { recursive: true });
    const temporary = `${path}.tmp-${process.pid}`;
    await writeFile(temporary, JSON.stringify(article));
    await rename(temporary, path);
  }
}
