// Stage 1, read: every input read and cleaned; rejections keep their source. The clean articles are parked on disk
// in input order (a big corpus is not held in memory); what stays in memory is one small entry per article.
import { cleanArticle, type CleanArticle } from '../clean/cleanArticle.ts';
import { contentHash } from '../cache/resultCache.ts';
import type { RefusedDate } from '../clean/dates.ts';
import type { JsonSpool } from '../output/spool.ts';
import { readInputs } from '../read/readInputs.ts';
import type { Rejection } from '../read/types.ts';
import { reason, type IngestOptions } from './types.ts';

/** What ingest keeps of each article read: enough to name it, give it a slug and know whether it changed. */
export interface ReadEntry {
  id: string;
  title: string;
  source: string;
  /** Hash of the clean article but its source (see cache/resultCache.ts contentHash). */
  content: string;
}

export async function readAndClean(options: IngestOptions, rejected: Rejection[], warnings: string[], refusedDates: RefusedDate[], spool: JsonSpool<CleanArticle>): Promise<ReadEntry[]> {
  const entries: ReadEntry[] = [];
  for await (const result of readInputs(options.input)) {
    if (!result.ok) {
      rejected.push(result.rejection);
      continue;
    }
    warnings.push(...result.warnings);
    let clean: CleanArticle;
    try {
      clean = cleanArticle(result.article, { today: options.today, window: options.window });
    } catch (error) {
      rejected.push({ source: result.article.source, reason: reason(error) });
      continue;
    }
    if (clean.dateRejection) refusedDates.push({ source: clean.source, id: clean.id, ...clean.dateRejection });
    // where the text came from does not change its annotation: a moved or renamed input still hits the cache
    const { source, ...content } = clean;
    entries.push({ id: clean.id, title: clean.title, source, content: contentHash(JSON.stringify(content)) });
    await spool.write(clean);
    options.onProgress?.({ stage: 'reading', done: entries.length, total: 0 });
  }
  return entries;
}
