import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateArticle } from './annotateArticle.ts';
import type { CleanArticle } from '../clean/cleanArticle.ts';
import { prepareArticle, relatedDoc } from './prepareArticle.ts';
import { extractFeatures } from '../related/model.ts';

const clean: CleanArticle = {
  source: 'pier.txt',
  id: 'pier',
  title: 'Pier repairs begin in Skerrin',
  section: 'Sample',
  date: '2026-03-02',
  dateText: null,
  fiction: true,
  blocks: [{ kind: 'paragraph', text: '“It will take a year,” said Priya Castellane of the Skerrin pier.' }],
};

describe('preparing one article', () => {
  it('annotates, caches the JSON, and reuses it; a damaged cache entry is recomputed', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'dossier-prepare-'));
    const task = { clean, slug: 'pier-repairs', key: 'ab12', cacheDir, features: true };
    const article = annotateArticle(clean, 'pier-repairs');
    const first = prepareArticle(task);
    expect(first).toEqual({ json: JSON.stringify(article), fromCache: false, features: extractFeatures(relatedDoc(article)) });
    expect(first.features!.keys).toContain('priya castellane'); // a capitalised name
    const again = prepareArticle(task);
    expect(again.fromCache).toBe(true);
    expect(again.json).toBe(first.json);
    const [folder] = readdirSync(cacheDir);
    writeFileSync(join(cacheDir, folder!, 'ab12.json'), '{"id": "pier", "trunc');
    expect(prepareArticle(task)).toMatchObject({ fromCache: false, json: first.json });
    expect(prepareArticle({ ...task, features: false }).features).toBeNull();
  });
});
