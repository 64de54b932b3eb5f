import { hashKey, queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { bucketOf } from '../../shared/entityBuckets.ts';
import { EntityBucket, EntityLayout, EntityPage, parseOrThrow } from '../../shared/schema.ts';
import { seedFromHtml } from '../ssr/seed.ts';
import { dataPath, fetchJson, HttpError, NotFoundError, staysInPlace } from './fetchJson.ts';

/** `entity-layout.json`: how many buckets the site's entities share (every prerendered page's seed carries it). */
export const entityLayoutQuery = () =>
  queryOptions({
    queryKey: ['entityLayout'],
    queryFn: ({ signal }) => fetchJson(dataPath('entity-layout'), EntityLayout, signal),
  });

/** `entity-buckets/<n>.json`: the entities of one bucket, kept while the reader browses its neighbours. */
export const entityBucketQuery = (n: number) =>
  queryOptions({
    queryKey: ['entityBucket', n],
    queryFn: ({ signal }) => fetchJson(dataPath('entity-buckets', String(n)), EntityBucket, signal),
  });

export const entityPageQuery = (id: string) =>
  queryOptions({ queryKey: ['entity', id], queryFn: ({ client, signal }) => fetchEntityPage(client, id, signal) });

/**
 * An entity's first pages: from its bucket when it has no page of its own (src/pipeline/output/entityLayout.ts),
 * else from `entities/<id>.json`, or, where the site keeps no such file, from the seed of its prerendered page.
 * A site without buckets gives every entity its own file.
 */
export async function fetchEntityPage(client: QueryClient, id: string, signal?: AbortSignal): Promise<EntityPage> {
  const layout = await client.fetchQuery(entityLayoutQuery());
  const own = () => (layout.ownData === 'page' ? fetchSeededEntity(id, signal) : fetchJson(dataPath('entities', id), EntityPage, signal));
  if (layout.buckets === 0) return own();
  const bucket = await client.fetchQuery(entityBucketQuery(bucketOf(id, layout.buckets)));
  const shared = bucket.entities.find((entity) => entity.id === id);
  if (shared) return shared;
  if (bucket.own.includes(id)) return own();
  throw new NotFoundError(dataPath('entities', id));
}

/** The entity's data from the seed of its prerendered page, validated like a data file. */
async function fetchSeededEntity(id: string, signal?: AbortSignal): Promise<EntityPage> {
  const url = `/entities/${encodeURIComponent(id)}`;
  if (!staysInPlace(url)) throw new NotFoundError(url);
  const response = await fetch(url, { signal, headers: { accept: 'text/html' } });
  if (response.status === 404) throw new NotFoundError(url);
  if (!response.ok) throw new HttpError(url, response.status);
  const key = hashKey(entityPageQuery(id).queryKey);
  const seeded = seedFromHtml(await response.text())?.queries.find((query) => hashKey(query.key) === key);
  if (!seeded) throw new Error(`${url}: the page carries no data for entity ${id}`);
  return parseOrThrow(EntityPage, seeded.data, url);
}

export const useEntityPage = (id: string) => useQuery(entityPageQuery(id));
