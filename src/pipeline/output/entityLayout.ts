// Which entities earn files of their own. An entity page costs a prerendered HTML file (~18 KB: the page's
// critical CSS, header, lists and co-mention chart) and a data file; on the BBC corpus two in three entities are
// mentioned in a single article, and their pages were 60 % of the site's bytes. So on a big site only entities that
// recur earn a page and a data file; the others share bucket files (src/shared/entityBuckets.ts) and their URLs
// open through the app shell (404.html), which loads them from their bucket.
import { bucketCountFor } from '../../shared/entityBuckets.ts';
import type { EntityIndex } from '../../shared/schema.ts';

/**
 * `auto` (the default): every entity on a site with up to SMALL_SITE_ENTITIES entities, where the pages cost
 * little; on a bigger one, those in at least RECURRING_ARTICLES articles. `all` and `recurring` force either rule.
 */
export type EntityPagePolicy = 'auto' | 'all' | 'recurring';
export const entityPagePolicies: readonly EntityPagePolicy[] = ['auto', 'all', 'recurring'];

/**
 * An entity in this many articles recurs: it earns a prerendered page and a data file of its own. On BBC, 3 kept
 * ~2,200 pages of ~20 KB and the site at 81 KB an article, over its 80 KB budget; 4 keeps ~1,500 and 76 KB.
 */
export const RECURRING_ARTICLES = 4;
/** Up to this many entities, `auto` gives every entity its own page (a few MB at most). */
export const SMALL_SITE_ENTITIES = 2000;

export interface EntityLayoutPlan {
  /** Buckets the entities without their own files share; 0 when every entity has its own. */
  buckets: number;
  /**
   * Where an item with its own page — every article, an entity with a page — keeps its data: its file, or only the
   * seed of its prerendered page (the static site of a big corpus, where the file would repeat the seed: one file per
   * article and per recurring entity). A small site keeps every data file.
   */
  ownData: 'file' | 'page';
  /** Whether an entity (by its article count) has its own data file and prerendered page. */
  ownsPage(articleCount: number): boolean;
}

export interface EntityLayoutOptions {
  policy?: EntityPagePolicy;
  /** The output is a static site whose own entity pages are prerendered (their seed holds their data). */
  prerendered?: boolean;
}

export function entityLayoutPlan(index: EntityIndex, { policy = 'auto', prerendered = false }: EntityLayoutOptions = {}): EntityLayoutPlan {
  const everyEntity = policy === 'all' || (policy === 'auto' && index.entities.length <= SMALL_SITE_ENTITIES);
  if (everyEntity) return { buckets: 0, ownData: 'file', ownsPage: () => true };
  const ownsPage = (articleCount: number) => articleCount >= RECURRING_ARTICLES;
  const shared = index.entities.filter((entity) => !ownsPage(entity.articleCount)).length;
  const buckets = shared === 0 ? 0 : bucketCountFor(shared);
  return { buckets, ownData: prerendered && buckets > 0 ? 'page' : 'file', ownsPage };
}
