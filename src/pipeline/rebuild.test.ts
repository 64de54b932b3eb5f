// A rebuild after one changed article gives what a cold build of the same input gives, while reusing what the
// change does not reach (docs/performance.md, "One-article rebuild").
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '../shared/schema.ts';
import { ARTICLES, CHANGED, editedCorpus, jsonl } from '../test-fixtures/rebuildCorpus.ts';
import { folderWith } from '../test-fixtures/tempFolder.ts';
import { ingest } from './ingest.ts';

const options = { today: '2026-11-26', window: null, relatedCount: 2, workers: 1 };


/** Every file a reader gets (the generation's own bookkeeping, dot files, left out), path → text. */
function filesOf(folder: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(join(folder, prefix), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [p, text] of filesOf(folder, path)) files.set(p, text);
    else files.set(path, readFileSync(join(folder, path), 'utf8'));
  }
  return files;
}

const article = (out: string, slug: string): Article => JSON.parse(readFileSync(join(out, 'articles', `${slug}.json`), 'utf8')) as Article;
const slugOf = (out: string, id: string): string => (JSON.parse(readFileSync(join(out, 'slugs.json'), 'utf8')) as { articles: Record<string, string> }).articles[id]!;

const work = folderWith({ 'before.jsonl': jsonl(ARTICLES), 'after.jsonl': jsonl(editedCorpus) }, 'dossier-rebuild-');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A build of the original corpus, then a rebuild of the edited one in the same folder; and a cold build of the edited one. */
async function rebuildAndCold(name: string, extra: { incrementalRankingFrom?: number } = {}) {
  const out = join(work, name, 'data');
  const cacheDir = join(work, name, 'cache');
  await ingest({ ...options, ...extra, input: join(work, 'before.jsonl'), out, cacheDir });
  const inodes = new Map([...filesOf(out).keys()].map((path) => [path, statSync(join(out, path)).ino]));
  const rebuild = await ingest({ ...options, ...extra, input: join(work, 'after.jsonl'), out, cacheDir });
  const coldOut = join(work, name, 'cold');
  const cold = await ingest({ ...options, ...extra, input: join(work, 'after.jsonl'), out: coldOut, cacheDir: join(work, name, 'cold-cache') });
  return { out, coldOut, rebuild, cold, inodes };
}

describe('a rebuild after one changed article', () => {
  it('writes exactly what a cold build of the same input writes, reusing the files the change does not reach', async () => {
    const { out, coldOut, rebuild, cold, inodes } = await rebuildAndCold('small');
    expect(rebuild.reused).toBe(ARTICLES.length - 1);
    // slugs.json alone remembers history (the changed headline's old slug): the rest is file for file the same
    const [rebuilt, fresh] = [filesOf(out), filesOf(coldOut)];
    for (const files of [rebuilt, fresh]) files.delete('slugs.json');
    expect(rebuilt).toEqual(fresh);
    expect(JSON.parse(readFileSync(join(out, 'slugs.json'), 'utf8')).articles).toEqual(JSON.parse(readFileSync(join(coldOut, 'slugs.json'), 'utf8')).articles);
    expect(cold.ranked).toBe(ARTICLES.length);
    // the changed article's file is new; an article far from the change keeps its very file
    const changed = `articles/${slugOf(out, 'storm-1')}.json`;
    const far = `articles/${slugOf(out, 'ferry-2')}.json`;
    expect(statSync(join(out, changed)).ino).not.toBe(inodes.get(changed));
    expect(statSync(join(out, far)).ino).toBe(inodes.get(far));
    expect(article(out, slugOf(out, 'storm-1')).title).toBe(CHANGED.title);
  }, 120_000);

  it('re-ranks only the related lists the change reaches, each as a cold ranking gives it', async () => {
    const { out, coldOut, rebuild } = await rebuildAndCold('incremental', { incrementalRankingFrom: 0 });
    const related = (folder: string, id: string) => article(folder, slugOf(folder, id)).related.map((link) => link.slug);
    // the ferry articles are out of the change's reach: their lists were kept
    expect(rebuild.ranked).toBeLessThan(ARTICLES.length);
    expect(rebuild.ranked).toBeGreaterThanOrEqual(1 + 2);
    // the changed article, and the lists it left or entered, are those of a cold build
    for (const id of ['storm-1', 'storm-2', 'storm-3', 'fair-1', 'fair-2', 'fair-3']) expect(related(out, id), id).toEqual(related(coldOut, id));
    expect(related(out, 'storm-1').every((slug) => slug.includes('fair') || slug.includes('dunmorrow') || slug.includes('potters'))).toBe(true);
    for (const id of ['storm-2', 'storm-3']) expect(related(out, id)).not.toContain(slugOf(out, 'storm-1'));
    // a kept list still names the same articles
    for (const id of ['ferry-1', 'ferry-2', 'ferry-3']) expect(related(out, id)).toEqual(related(coldOut, id));
  }, 120_000);
});
