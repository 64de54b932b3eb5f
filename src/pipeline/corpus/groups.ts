// The corpus seen by name: every record grouped by the words of its name, with what the corpus says about each
// name (how often, in which types, in which sports, in which other names' mentions it was written).
import type { EntityType } from '../../shared/schema.ts';
import { nameKey, wordsOf } from './names.ts';
import type { EntityRecord } from './records.ts';
import type { Sport } from './sport.ts';

export interface NameGroup {
  key: string;
  /** Indices into the records. */
  records: number[];
  /** The name as most often written. */
  display: string;
  types: Map<EntityType, number>;
  /** Records in sports articles, by sport. */
  sports: Map<Sport, number>;
  commonUse: number;
}

export interface CorpusNames {
  records: readonly EntityRecord[];
  groups: Map<string, NameGroup>;
  /** For a form's key, the other names whose mentions were written in that form, with how many records did. */
  formUsers: Map<string, Map<string, number>>;
}

function increment<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

export function mostOf<K>(counts: ReadonlyMap<K, number>): K | undefined {
  let best: K | undefined;
  let bestCount = -1;
  for (const [key, n] of counts) if (n > bestCount) [best, bestCount] = [key, n];
  return best;
}

export function corpusNames(records: readonly EntityRecord[]): CorpusNames {
  const groups = new Map<string, NameGroup>();
  const displays = new Map<string, Map<string, number>>();
  const formUsers = new Map<string, Map<string, number>>();
  records.forEach((record, i) => {
    const key = nameKey(record.name);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, records: [], display: record.name, types: new Map(), sports: new Map(), commonUse: 0 }));
    group.records.push(i);
    increment(group.types, record.type);
    if (record.sport) increment(group.sports, record.sport);
    if (record.commonUse) group.commonUse++;
    let names = displays.get(key);
    if (!names) displays.set(key, (names = new Map()));
    increment(names, record.name);
    for (const form of record.forms) {
      const formKey = nameKey(form);
      if (formKey === key || !formKey) continue;
      let users = formUsers.get(formKey);
      if (!users) formUsers.set(formKey, (users = new Map()));
      increment(users, key);
    }
  });
  for (const [key, names] of displays) groups.get(key)!.display = mostOf(names)!;
  return { records, groups, formUsers };
}

export const typeOf = (group: NameGroup): EntityType => mostOf(group.types)!;
export const sportShare = (group: NameGroup): number => [...group.sports.values()].reduce((a, b) => a + b, 0) / group.records.length;
export const isSingleWord = (key: string) => wordsOf(key).length === 1;
