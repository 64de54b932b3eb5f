// Which entities earn files of their own, and that every entity is found where the app looks for it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchEntityPage } from '../../app/api/entityPage.ts';
import { createQueryClient } from '../../app/api/queryClient.ts';
import { seedScriptTag } from '../../app/ssr/seed.ts';
import { bucketCountFor, bucketOf, ENTITIES_PER_BUCKET, idHash } from '../../shared/entityBuckets.ts';
import { EntityBucket, EntityLayout, parseOrThrow, type EntityIndex, type EntityPage } from '../../shared/schema.ts';
import { sitePages } from '../site/pages.ts';
import { entityLayoutPlan, RECURRING_ARTICLES, SMALL_SITE_ENTITIES } from './entityLayout.ts';
import { corpusFiles, dataPaths, type SiteData } from './writeSiteData.ts';
import { SearchIndexBuilder } from '../search/indexBuilder.ts';

/** An invented entity mentioned in `articleCount` invented articles. */
function entity(id: string, articleCount: number): EntityPage {
  return {
    id,
    name: `Name ${id}`,
    type: 'person',
    roles: [],
    articles: Array.from({ length: articleCount }, (_, i) => ({ slug: `story-${i}`, title: `Story ${i}`, section: 'Sample', date: '2022-09-01', fiction: true, mentionCount: 1 })),
    quotes: [],
    coMentions: [],
  };
}

function corpus(pages: EntityPage[]): { entityIndex: EntityIndex; entityPages: EntityPage[] } {
  const entities = pages.map((page) => ({ id: page.id, name: page.name, type: page.type, articleCount: page.articles.length, mentionCount: page.articles.length, quoteCount: 0 }));
  return { entityIndex: { entities }, entityPages: pages };
}

/** A big site's entities: most in one article, as in real news corpora, a few recurring. */
const bigSite = corpus(Array.from({ length: SMALL_SITE_ENTITIES + 500 }, (_, i) => entity(`entity-${i}`, i % 5 === 0 ? RECURRING_ARTICLES + (i % 3) : 1 + (i % 2))));

function files(site: { entityIndex: EntityIndex; entityPages: EntityPage[] }, policy: 'auto' | 'all' | 'recurring' = 'auto', prerendered = false): Map<string, string> {
  const data = { ...site, index: { articles: [] }, search: new SearchIndexBuilder(), slugs: { articles: {}, aliases: {} } };
  return new Map(corpusFiles(data, { policy, prerendered }));
}

describe('bucket arithmetic', () => {
  it('hashes ids stably and spreads them over the buckets', () => {
    expect(idHash('ada-quill')).toBe(idHash('ada-quill'));
    expect(idHash('ada-quill')).not.toBe(idHash('ada-quil1'));
    const counts = new Array(64).fill(0);
    for (let i = 0; i < 64 * 32; i++) counts[bucketOf(`entity-${i}`, 64)]++;
    expect(Math.max(...counts)).toBeLessThan(3 * 32);
    expect(Math.min(...counts)).toBeGreaterThan(0);
  });
  it('keeps about ENTITIES_PER_BUCKET entities per bucket, in a power of two of buckets', () => {
    for (const n of [1, 31, 32, 33, 1000, 9857, 250_000]) {
      const count = bucketCountFor(n);
      expect(Math.log2(count) % 1).toBe(0);
      expect(n / count).toBeLessThanOrEqual(ENTITIES_PER_BUCKET);
      if (count > 1) expect(n / count).toBeGreaterThan(ENTITIES_PER_BUCKET / 2);
    }
  });
});

describe('entity layout', () => {
  it('gives every entity its own page on a small site', () => {
    const small = corpus([entity('once', 1), entity('often', 4)]);
    const plan = entityLayoutPlan(small.entityIndex);
    expect(plan.buckets).toBe(0);
    expect([...files(small).keys()].filter((path) => path.startsWith('entit'))).toEqual(['entities/index.json', 'entities/once.json', 'entities/often.json', dataPaths.entityLayout]);
    expect(JSON.parse(files(small).get(dataPaths.entityLayout)!)).toEqual({ buckets: 0 });
  });

  it('on a big site, only recurring entities get a data file and a page; the others share buckets', () => {
    const plan = entityLayoutPlan(bigSite.entityIndex);
    const written = files(bigSite);
    const recurring = bigSite.entityPages.filter((page) => page.articles.length >= RECURRING_ARTICLES);
    const shared = bigSite.entityPages.filter((page) => page.articles.length < RECURRING_ARTICLES);
    expect(plan.buckets).toBe(bucketCountFor(shared.length));
    expect([...written.keys()].filter((path) => /^entities\/(?!index)[^/]+\.json$/.test(path)).sort()).toEqual(recurring.map((page) => dataPaths.entity(page.id)).sort());
    expect([...written.keys()].filter((path) => path.startsWith('entity-buckets/'))).toHaveLength(plan.buckets);
    // every entity is in the bucket its id names: whole, or named as having its own file
    for (const page of bigSite.entityPages) {
      const bucket = parseOrThrow(EntityBucket, JSON.parse(written.get(dataPaths.entityBucket(bucketOf(page.id, plan.buckets)))!), page.id);
      if (page.articles.length >= RECURRING_ARTICLES) expect(bucket.own).toContain(page.id);
      else expect(bucket.entities.find((e) => e.id === page.id)).toEqual(page);
    }
    // a bucket stays small: a cold link to a shared entity fetches one of them
    const sizes = [...written].filter(([path]) => path.startsWith('entity-buckets/')).map(([, json]) => json.length);
    expect(Math.max(...sizes)).toBeLessThan(40_000);
    const pages = sitePages({ ...bigSite, articles: [], index: { articles: [] }, slugs: { articles: {}, aliases: {} } } as SiteData, plan);
    expect(pages.filter((page) => page.route.kind === 'entity')).toHaveLength(recurring.length);
  });

  it('can be forced either way', () => {
    expect(entityLayoutPlan(bigSite.entityIndex, { policy: 'all' }).buckets).toBe(0);
    const small = corpus([entity('once', 1), entity('often', 4)]);
    const plan = entityLayoutPlan(small.entityIndex, { policy: 'recurring' });
    expect(plan.buckets).toBe(1);
    expect(plan.ownsPage(1)).toBe(false);
    expect(plan.ownsPage(RECURRING_ARTICLES)).toBe(true);
    parseOrThrow(EntityLayout, JSON.parse(files(small, 'recurring').get(dataPaths.entityLayout)!), 'layout');
  });
});

describe('the app finds every entity', () => {
  const requested: string[] = [];
  /** Serves the data files, and (for a static site) each recurring entity's prerendered page with its seed. */
  function serveFiles(written: Map<string, string>, pages = false) {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        requested.push(url);
        const entity = /^\/entities\/([^/]+)$/.exec(url)?.[1];
        const page = pages && entity ? bigSite.entityPages.find((p) => p.id === entity && p.articles.length >= RECURRING_ARTICLES) : undefined;
        if (page) return new Response(`<!doctype html><div id="root"></div>${seedScriptTag({ path: url, queries: [{ key: ['entity', page.id], data: page }], stylesheets: [] })}`, { headers: { 'content-type': 'text/html' } });
        const body = written.get(url.replace(/^\/data\//, ''));
        return body === undefined ? new Response('missing', { status: 404 }) : new Response(body, { headers: { 'content-type': 'application/json' } });
      }),
    );
  }
  afterEach(() => {
    vi.unstubAllGlobals();
    requested.length = 0;
  });

  it('a shared entity from its bucket, a recurring one from its own file, an unknown one as not found without a 404', async () => {
    serveFiles(files(bigSite));
    const client = createQueryClient();
    const shared = bigSite.entityPages.find((page) => page.articles.length === 1)!;
    const recurring = bigSite.entityPages.find((page) => page.articles.length >= RECURRING_ARTICLES)!;
    expect(await fetchEntityPage(client, shared.id)).toEqual(shared);
    expect(requested).toEqual(['/data/entity-layout.json', `/data/entity-buckets/${bucketOf(shared.id, entityLayoutPlan(bigSite.entityIndex).buckets)}.json`]);
    expect((await fetchEntityPage(client, recurring.id)).id).toBe(recurring.id);
    expect(requested).toContain(`/data/entities/${recurring.id}.json`);
    requested.length = 0;
    await expect(fetchEntityPage(client, 'no-such-entity')).rejects.toThrow(/Not found/);
    expect(requested.filter((url) => url.startsWith('/data/entities/'))).toEqual([]);
  });

  it('on a static site, a recurring entity from its prerendered page, whose data no file repeats', async () => {
    const written = files(bigSite, 'auto', true);
    const recurring = bigSite.entityPages.find((page) => page.articles.length >= RECURRING_ARTICLES)!;
    expect(written.has(dataPaths.entity(recurring.id))).toBe(false);
    expect(JSON.parse(written.get(dataPaths.entityLayout)!)).toEqual({ buckets: entityLayoutPlan(bigSite.entityIndex).buckets, ownData: 'page' });
    serveFiles(written, true);
    expect(await fetchEntityPage(createQueryClient(), recurring.id)).toEqual(recurring);
    expect(requested).toContain(`/entities/${recurring.id}`);
  });
});
