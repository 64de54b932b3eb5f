import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleIndex } from '../../shared/schema.ts';
import { inventedIndex } from '../fixtures/invented.ts';
import { dataPath, fetchJson, HttpError, isNotFound, NotFoundError, staysInPlace } from './fetchJson.ts';
import { createQueryClient } from './queryClient.ts';

function answer(body: string, status = 200, type = 'application/json') {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { status, headers: { 'content-type': type } })));
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchJson', () => {
  it('returns validated data', async () => {
    answer(JSON.stringify(inventedIndex));
    const index = await fetchJson('/data/index.json', ArticleIndex);
    expect(index.articles.map((article) => article.slug)).toEqual(inventedIndex.articles.map((article) => article.slug));
  });

  it('turns a 404, or an HTML app shell answer, into NotFoundError', async () => {
    answer('missing', 404, 'text/plain');
    await expect(fetchJson('/data/articles/x.json', ArticleIndex)).rejects.toBeInstanceOf(NotFoundError);
    answer('<!doctype html><div id="root"></div>', 200, 'text/html');
    await expect(fetchJson('/data/articles/x.json', ArticleIndex)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('reports other HTTP failures with their status', async () => {
    answer('oops', 503, 'text/plain');
    const error = await fetchJson('/data/index.json', ArticleIndex).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(503);
    expect(isNotFound(error)).toBe(false);
  });

  it('rejects data that does not match the schema, naming the file and the field', async () => {
    answer(JSON.stringify({ articles: [{ slug: 3 }] }));
    await expect(fetchJson('/data/index.json', ArticleIndex)).rejects.toThrow(/\/data\/index\.json: invalid data at articles\.0/);
  });
});

describe('dataPath and retries', () => {
  it('encodes ids so they stay inside /data/', () => {
    expect(dataPath('articles', 'a-b')).toBe('/data/articles/a-b.json');
    expect(dataPath('entities', '../index')).toBe('/data/entities/..%2Findex.json');
  });

  it('retries a failed load once, but never a missing file', () => {
    const retry = createQueryClient().getDefaultOptions().queries?.retry as (count: number, error: Error) => boolean;
    expect(retry(0, new HttpError('/x', 500))).toBe(true);
    expect(retry(1, new HttpError('/x', 500))).toBe(false);
    expect(retry(0, new NotFoundError('/x'))).toBe(false);
  });
});

describe('staysInPlace', () => {
  it('accepts the paths of real slugs and ids', () => {
    for (const path of [dataPath('index'), dataPath('articles', 'ferry-fares-rise-2'), dataPath('entities', 'x-3fa2c1d0', 'quotes', '3'), dataPath('articles', '100%-done')]) {
      expect(staysInPlace(path), path).toBe(true);
    }
  });

  it('refuses ids a server would read as other paths, without fetching', async () => {
    for (const id of ['../slugs', '..', '.', '', 'a/../b', 'a\\..\\b', '.hidden']) {
      expect(staysInPlace(dataPath('articles', id)), id).toBe(false);
    }
    expect(staysInPlace('/data/articles/%E0%A4%A.json')).toBe(false);
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    await expect(fetchJson(dataPath('articles', '../slugs'), ArticleIndex)).rejects.toBeInstanceOf(NotFoundError);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
