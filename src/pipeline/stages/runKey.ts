// What an output depends on, as one hash: an identical re-run leaves the output alone, and the related ranking is
// reused while its inputs are the same.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { codeVersion, RELATED_CODE } from '../cache/resultCache.ts';
import { correctionsPath } from './corrections.ts';
import type { IngestOptions } from './types.ts';

/** Hash of the code of `folders`, the settings, every article's key and the corrections. */
async function inputsKey(folders: readonly string[], articleKeys: readonly string[], options: IngestOptions): Promise<string> {
  const hash = createHash('sha256').update(codeVersion(folders)).update(`\0${options.relatedCount}\0`);
  for (const key of articleKeys) hash.update(key);
  const corrections = await correctionsPath(options);
  if (corrections) hash.update(await readFile(corrections).catch(() => Buffer.from('unreadable')));
  return hash.digest('hex');
}

/** Everything an output depends on: each article (its cache key covers text, slug and code), the code of the ranker,
 * of the corpus stages, of the output layout and of corrections, the settings, and the corrections file. */
export const runKey = (articleKeys: readonly string[], options: IngestOptions) =>
  inputsKey([...RELATED_CODE, '../output', '../search', '../../shared/searchIndex.ts', '../corrections', '../corpus', '../stages', '../ingest.ts', '../article/prepareArticle.ts'], articleKeys, options);

/** What the related ranking depends on: the articles as annotated and corrected, k, and the ranker's code. */
export const relatedKey = (articleKeys: readonly string[], options: IngestOptions) => inputsKey([...RELATED_CODE, '../corrections'], articleKeys, options);

/** What the ranker's settings depend on, whatever the articles: its code, k and the corrections. */
export const rankerKey = (options: IngestOptions) => inputsKey([...RELATED_CODE, '../corrections'], [], options);

/** What the written files depend on besides each article's own inputs: the code writing them and the corrections. */
export const writerKey = (options: IngestOptions) => inputsKey(['../output', '../search', '../../shared', '../corpus', '../stages', '../corrections', '../ingest.ts'], [], options);
