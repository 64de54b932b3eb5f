import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { bucketOf } from '../../shared/entityBuckets.ts';
import { EntityBucket, EntityPage } from '../../shared/schema.ts';
import { dataPath, entityLayoutQuery, fetchJson, fetchSeededData, NotFoundError, pagePath } from './fetchJson.ts';

/** Also here, beside the entity queries that read it. */
export { entityLayoutQuery };

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
  const own = () => (layout.ownData === 'page' ? fetchSeededData(pagePath('entities', id), entityPageQuery(id).queryKey, EntityPage, signal) : fetchJson(dataPath('entities', id), EntityPage, signal));
  if (layout.buckets === 0) return own();
  const bucket = await client.fetchQuery(entityBucketQuery(bucketOf(id, layout.buckets)));
  const shared = bucket.entities.find((entity) => entity.id === id);
  if (shared) return shared;
  if (bucket.own.includes(id)) return own();
  throw new NotFoundError(dataPath('entities', id));
}

export const useEntityPage = (id: string) => useQuery(entityPageQuery(id));
