// The corpus entity stage: from every article's entity records to one entity per real thing. Names are grouped,
// senses split by each record's own evidence, other names of one thing linked, and each resulting entity named,
// typed and given an id. Linear in records (a few passes over them and their names).
import { slugify } from '../../shared/ids.ts';
import type { EntityType } from '../../shared/schema.ts';
import { corpusNames, type CorpusNames } from './groups.ts';
import { linkAcronyms, linkByForms, linkClippedForms, linkFragments, linkNumberVariants, linkOrganisationSuffixes, linkSpellings, linkTransliterations, type Links } from './identity.ts';
import { isNameForm, nameKey, wordsOf, writtenKey } from './names.ts';
import { isGivenName } from './places.ts';
import { checkedType } from './types.ts';
import type { EntityRecord } from './records.ts';
import { demonymsToPlaces, DROP, dropNonEntities, fragmentsToFullNames, initialSenses, isSurname, namedWithArticle, splitEventsBySport, townsToClubs, type Senses } from './senses.ts';

export interface CorpusEntity {
  id: string;
  name: string;
  type: EntityType;
  /** Other forms the corpus wrote it in, most used first. */
  aliases: string[];
}

export interface Resolution {
  entities: CorpusEntity[];
  /** For each record, the index of its entity, or -1 when it is no entity. */
  targets: Int32Array;
}

/** Where a node ends up after following links; a loop stops where it closes. */
function rootOf(node: string, links: Links): string {
  const seen = new Set<string>();
  let at = node;
  while (links.has(at) && !seen.has(at)) {
    seen.add(at);
    at = links.get(at)!;
  }
  return at;
}

/** Links from every identity rule; where two rules link one name, the earlier rule wins. */
export function identityLinks(names: CorpusNames): Links {
  const links: Links = new Map();
  const rules = [linkByForms, linkNumberVariants, linkOrganisationSuffixes, linkClippedForms, linkAcronyms, linkSpellings, linkTransliterations, linkFragments];
  for (const rule of rules) for (const [from, to] of rule(names)) if (!links.has(from) && from !== to) links.set(from, to);
  return links;
}

/** Every record's sense, by the sense rules in order: fragments of longer names, non-entities, demonyms, clubs,
 * events by sport. */
export function decideSenses(names: CorpusNames): Senses {
  const senses = initialSenses(names);
  fragmentsToFullNames(names, senses);
  dropNonEntities(names, senses);
  demonymsToPlaces(names, senses);
  townsToClubs(names, senses);
  splitEventsBySport(names, senses);
  return senses;
}

const words = (name: string) => wordsOf(nameKey(name)).length;

/** The most complete common name: the longest of the names used by at least a fifth of the records, else the
 * commonest. */
export function canonicalName(nameCounts: ReadonlyMap<string, number>): string {
  const total = [...nameCounts.values()].reduce((a, b) => a + b, 0);
  const ranked = [...nameCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const common = ranked.filter(([, n]) => n * 5 >= total);
  const pool = common.length ? common : ranked.slice(0, 1);
  return pool.sort((a, b) => words(b[0]) - words(a[0]) || b[0].length - a[0].length || b[1] - a[1])[0]![0];
}

/** The type most of the evidence gives; records written in the full name speak loudest. */
function typeFrom(records: readonly EntityRecord[], canonicalKey: string, forced: EntityType | undefined): EntityType {
  if (forced) return forced;
  const votes = new Map<EntityType, number>();
  for (const r of records) votes.set(r.type, (votes.get(r.type) ?? 0) + (nameKey(r.name) === canonicalKey ? 3 : 1));
  return [...votes].sort((a, b) => b[1] - a[1])[0]![0];
}

const MAX_ALIASES = 8;

/** Other names and forms of the entity, in two or more of its articles (or any, for a small entity). */
function aliasesOf(records: readonly EntityRecord[], canonical: string, isPerson: boolean): string[] {
  const canonicalKey = nameKey(canonical);
  const articles = new Map<string, { form: string; ordinals: Set<number> }>();
  for (const r of records) {
    for (const form of new Set([r.name, ...r.forms])) {
      const key = nameKey(form);
      // "Times" for "The Times" is another way of writing the name; the name itself is not
      if (!key || writtenKey(form) === writtenKey(canonical)) continue;
      // the name with a title before it ("Councillor Ann Lee") is the name, not another form of it
      if ((key === canonicalKey && !namedWithArticle(canonical)) || key.endsWith(` ${canonicalKey}`) || !isNameForm(form)) continue;
      // a thing's last word alone is no name for it ("Parliament" for the European Parliament); a person's is
      if (!isPerson && canonicalKey.endsWith(` ${key}`) && !key.includes(' ')) continue;
      let entry = articles.get(writtenKey(form));
      if (!entry) articles.set(writtenKey(form), (entry = { form, ordinals: new Set() }));
      entry.ordinals.add(r.ordinal);
    }
  }
  const least = records.length >= 10 ? 2 : 1;
  return [...articles.values()]
    .filter((e) => e.ordinals.size >= least)
    .sort((a, b) => b.ordinals.size - a.ordinals.size || a.form.localeCompare(b.form))
    .slice(0, MAX_ALIASES)
    .map((e) => e.form);
}

/** Unique ids: the entity with most records keeps the plain slug of its name; a namesake gets its type added. */
function assignIds(drafts: Array<{ name: string; type: EntityType; size: number }>): string[] {
  const order = drafts.map((_, i) => i).sort((a, b) => drafts[b]!.size - drafts[a]!.size || drafts[a]!.name.localeCompare(drafts[b]!.name));
  const taken = new Set<string>(['index']);
  const ids: string[] = new Array(drafts.length);
  for (const i of order) {
    const base = slugify(drafts[i]!.name);
    let id = taken.has(base) ? `${base}-${drafts[i]!.type}` : base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    ids[i] = id;
  }
  return ids;
}

/** The corpus's entities from every article's records. */
export function resolveEntities(records: readonly EntityRecord[]): Resolution {
  const names = corpusNames(records);
  const senses = decideSenses(names);
  const links = identityLinks(names);
  for (const [from, to] of senses.links) links.set(from, to);
  const buckets = new Map<string, number[]>();
  records.forEach((_, i) => {
    const node = senses.nodes[i]!;
    if (node === DROP) return;
    const root = rootOf(node, links);
    const bucket = buckets.get(root);
    if (bucket) bucket.push(i);
    else buckets.set(root, [i]);
  });
  const targets = new Int32Array(records.length).fill(-1);
  const drafts = [...buckets].map(([root, members], index) => {
    for (const i of members) targets[i] = index;
    const own = members.map((i) => records[i]!);
    const nameCounts = new Map<string, number>();
    for (const i of members) {
      const recordName = senses.names.get(i) ?? records[i]!.name;
      nameCounts.set(recordName, (nameCounts.get(recordName) ?? 0) + 1);
    }
    const name = canonicalName(nameCounts);
    const type = checkedType(typeFrom(own, nameKey(name), senses.forcedTypes.get(root)), name, own, isSurname(names, nameKey(name)));
    // the name of a thing split off by context ("Newcastle" in the stories of Newcastle United) stays its alias
    const splitFrom = new Set(members.filter((i) => senses.nodes[i]!.startsWith(`${nameKey(records[i]!.name)}#`)).map((i) => records[i]!.name));
    splitFrom.delete(name);
    const aliases = [...new Set([...aliasesOf(own, name, type === 'person'), ...splitFrom])];
    return { name, type, aliases, splitFrom, size: new Set(own.map((r) => r.ordinal)).size };
  });
  const ids = assignIds(drafts);
  // a form that is another entity's own name is that entity's, not an alias ("BBC" beside "BBC News")
  const taken = new Set(drafts.map((d) => nameKey(d.name)));
  // a person's given name alone ("Tony") stands for many people
  const givenName = (d: (typeof drafts)[number], alias: string) => d.type === 'person' && (isGivenName(alias) || nameKey(d.name).startsWith(`${nameKey(alias)} `));
  const ownAliases = (d: (typeof drafts)[number]) =>
    d.aliases.filter((a) => d.splitFrom.has(a) || ((!taken.has(nameKey(a)) || nameKey(a) === nameKey(d.name)) && !givenName(d, a)));
  return { entities: drafts.map((d, i) => ({ id: ids[i]!, name: d.name, type: d.type, aliases: ownAliases(d) })), targets };
}
