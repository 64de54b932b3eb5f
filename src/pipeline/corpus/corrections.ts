// A person's corrections of the corpus's entities, applied to the resolved entities so they hold across every
// article: rename, retype, drop, merge, and split an entity's records in some articles off into an entity of its own.
// An entity is named by its published id, an id it used to have, or its name.
import { slugify } from '../../shared/ids.ts';
import type { EntityCorrection } from '../corrections/corrections.ts';
import { nameKey } from './names.ts';
import type { EntityRecord } from './records.ts';
import type { CorpusEntity, Resolution } from './resolve.ts';

export type { EntityCorrection };

/** The entities a reference names: by id, by name, else those that records once known by that id became. */
function entitiesNamed(ref: string, resolution: Resolution, records: readonly EntityRecord[]): number[] {
  const { entities, targets } = resolution;
  const direct = entities.flatMap((e, i) => (e.id === ref ? [i] : []));
  if (direct.length) return direct;
  const byName = entities.flatMap((e, i) => (nameKey(e.name) === nameKey(ref) ? [i] : []));
  if (byName.length) return byName;
  const moved = new Set<number>();
  records.forEach((r, i) => {
    if (r.localId === ref && targets[i]! >= 0) moved.add(targets[i]!);
  });
  return [...moved];
}

function retarget(resolution: Resolution, from: ReadonlySet<number>, to: number, where: (i: number) => boolean = () => true): number {
  let moved = 0;
  resolution.targets.forEach((target, i) => {
    if (from.has(target) && where(i)) {
      resolution.targets[i] = to;
      moved++;
    }
  });
  return moved;
}

/** A new entity, with an id no other entity has. */
function addEntity(resolution: Resolution, entity: Omit<CorpusEntity, 'id'>): number {
  const taken = new Set(resolution.entities.map((e) => e.id));
  const base = slugify(entity.name);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  resolution.entities.push({ id, ...entity });
  return resolution.entities.length - 1;
}

function applyOne(c: EntityCorrection, resolution: Resolution, records: readonly EntityRecord[], articleIdOf: (ordinal: number) => string | undefined): number {
  const named = (ref: string) => entitiesNamed(ref, resolution, records);
  switch (c.type) {
    case 'rename':
      return named(c.entity).map((i) => (resolution.entities[i]!.name = c.name)).length;
    case 'retype':
      return named(c.entity).map((i) => (resolution.entities[i]!.type = c.to)).length;
    case 'drop':
      return retarget(resolution, new Set(named(c.entity)), -1) > 0 ? 1 : 0;
    case 'merge': {
      const into = named(c.into)[0];
      const parts = new Set(c.entities.flatMap(named).filter((i) => i !== into));
      if (parts.size === 0) return 0;
      if (into === undefined) {
        // merged into an id nobody has yet: the first part takes it
        const [first] = [...parts];
        resolution.entities[first!]!.id = c.into;
        parts.delete(first!);
        retarget(resolution, parts, first!);
      } else {
        const target = resolution.entities[into]!;
        for (const i of parts) target.aliases = [...new Set([...target.aliases, resolution.entities[i]!.name, ...resolution.entities[i]!.aliases])].filter((a) => nameKey(a) !== nameKey(target.name));
        retarget(resolution, parts, into);
      }
      return 1;
    }
    case 'split': {
      const from = new Set(named(c.entity));
      const articles = new Set(c.articles);
      const inArticles = (i: number) => articles.has(articleIdOf(records[i]!.ordinal) ?? '');
      if (!resolution.targets.some((t, i) => from.has(t) && inArticles(i))) return 0;
      const to = addEntity(resolution, { name: c.into.name, type: c.into.type, aliases: [] });
      return retarget(resolution, from, to, inArticles) > 0 ? 1 : 0;
    }
  }
}

/** Applies the corrections in order; returns how many things each changed (0: it matched nothing). */
export function applyEntityCorrections(resolution: Resolution, records: readonly EntityRecord[], corrections: readonly EntityCorrection[], articleIdOf: (ordinal: number) => string | undefined = () => undefined): number[] {
  return corrections.map((c) => applyOne(c, resolution, records, articleIdOf));
}
