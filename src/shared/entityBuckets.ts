// Where an entity's data lives. Entities mentioned in few articles (most of them) share bucket files: the
// entity's id, hashed, names its bucket, so the app finds any entity with one small file and the site holds a few
// hundred bucket files instead of one file per entity. Shared by the pipeline (which writes the buckets) and the
// app (which reads them).

/** FNV-1a over the id's UTF-16 code units: tiny, stable across runtimes, spreads similar ids apart. */
export function idHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The bucket of an id among `count` buckets (a power of two). */
export function bucketOf(id: string, count: number): number {
  return idHash(id) % count;
}

/** Entities per bucket the layout aims at, on average: between half and all of it. */
export const ENTITIES_PER_BUCKET = 32;

/** Enough buckets that each holds at most about ENTITIES_PER_BUCKET entities on average; a power of two. */
export function bucketCountFor(entities: number): number {
  let count = 1;
  while (count * ENTITIES_PER_BUCKET < entities) count *= 2;
  return count;
}
