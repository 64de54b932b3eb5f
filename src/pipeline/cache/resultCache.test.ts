import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../shared/schema.ts';
import type { CleanArticle } from '../clean/cleanArticle.ts';
import { cacheKey, codeVersion, contentHash, RELATED_CODE, ResultCache } from './resultCache.ts';

const clean: CleanArticle = { source: 'a.txt', id: 'a', title: 'T', section: null, date: null, dateText: null, fiction: false, blocks: [{ kind: 'paragraph', text: 'Body.' }] };
const article: Article = { id: 'a', slug: 't', title: 'T', section: null, date: null, dateText: null, fiction: false, readingMinutes: 1, blocks: [{ id: 'p-1', kind: 'paragraph', text: 'Body.' }], quotes: [], entities: [], related: [] };

describe('result cache', () => {
  it('keys on content, slug and code version', () => {
    const content = contentHash(JSON.stringify(clean));
    expect(cacheKey(contentHash(JSON.stringify({ ...clean })), 't', 'v1')).toBe(cacheKey(content, 't', 'v1'));
    expect(cacheKey(contentHash(JSON.stringify({ ...clean, title: 'U' })), 't', 'v1')).not.toBe(cacheKey(content, 't', 'v1'));
    expect(cacheKey(content, 't-2', 'v1')).not.toBe(cacheKey(content, 't', 'v1'));
    expect(cacheKey(content, 't', 'v2')).not.toBe(cacheKey(content, 't', 'v1'));
    expect(codeVersion()).toMatch(/^[0-9a-f]{16}$/);
    expect(codeVersion(RELATED_CODE)).not.toBe(codeVersion());
    // a single source file counts like a folder
    expect(codeVersion([...RELATED_CODE, '../ingest.ts'])).not.toBe(codeVersion(RELATED_CODE));
  });
  it('returns what was put, and treats a corrupt entry as a miss', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'dossier-cache-'));
    const cache = new ResultCache(folder);
    const key = cacheKey(contentHash(JSON.stringify(clean)), 't');
    expect(await cache.get(key)).toBeNull();
    await cache.put(key, article);
    expect(await cache.get(key)).toEqual(article);
    const other = `ab${key.slice(2)}`;
    mkdirSync(join(folder, 'ab'), { recursive: true });
    writeFileSync(join(folder, 'ab', `${other}.json`), '{"truncated": ');
    expect(await cache.get(other)).toBeNull();
  });
});
