// Links never rot: an article keeps its slug across re-ingests while its headline gives the same one, and when the
// headline changes, the old slug stays as an alias of the new one (the app redirects, the build writes its page).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseOrThrow, SlugMap } from '../../shared/schema.ts';


export const SLUGS_FILE = 'slugs.json';
export const emptySlugMap = (): SlugMap => ({ articles: {}, aliases: {} });

/** The previous run's slug map from an output folder; empty when there is none or it is unreadable. */
export async function readSlugMap(dataDir: string): Promise<SlugMap> {
  try {
    return parseOrThrow(SlugMap, JSON.parse(await readFile(join(dataDir, SLUGS_FILE), 'utf8')), SLUGS_FILE);
  } catch {
    return emptySlugMap();
  }
}

function derivesFrom(slug: string, base: string): boolean {
  return slug === base || (slug.startsWith(`${base}-`) && /^\d+$/.test(slug.slice(base.length + 1)));
}

/**
 * Unique slugs for articles given as {id, base}: an article keeps its previous slug when that slug still derives
 * from its headline; the others get the base, or base-2, base-3… in order.
 */
export function assignSlugs(items: ReadonlyArray<{ id: string; base: string }>, previous: SlugMap): string[] {
  const taken = new Set<string>();
  const slugs: Array<string | null> = items.map(({ id, base }) => {
    const before = previous.articles[id];
    if (before && derivesFrom(before, base) && !taken.has(before)) {
      taken.add(before);
      return before;
    }
    return null;
  });
  return slugs.map((slug, i) => {
    if (slug) return slug;
    const base = items[i]!.base;
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
    taken.add(candidate);
    return candidate;
  });
}

/** The new slug map: current slugs, plus every earlier slug of a still-present article that is not a current slug. */
export function nextSlugMap(current: ReadonlyArray<{ id: string; slug: string }>, previous: SlugMap): SlugMap {
  const articles = Object.fromEntries(current.map(({ id, slug }) => [id, slug]));
  const inUse = new Set(current.map((c) => c.slug));
  const aliases: Record<string, string> = {};
  for (const [alias, id] of Object.entries(previous.aliases)) if (articles[id] && !inUse.has(alias)) aliases[alias] = id;
  for (const [id, slug] of Object.entries(previous.articles)) if (articles[id] && articles[id] !== slug && !inUse.has(slug)) aliases[slug] = id;
  return { articles, aliases };
}
