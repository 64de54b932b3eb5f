// Links the candidates of one document into entities, in named steps: an index of full person names by first and
// last word, each person form's canonical (longest) name, organisations by their last word, acronyms the text
// defines; then each candidate is resolved to a name and type and added to its entity.
import { slugify } from '../../../shared/ids.ts';
import type { EntityType } from '../../../shared/schema.ts';
import { gazetteer } from '../gazetteer.ts';
import { partitionPoint } from '../partition.ts';
import type { Candidate } from './candidate.ts';
import type { DocEntity } from './model.ts';
import { roleFromTitle } from './roles.ts';

/** "The Harwick Herald" and "Harwick Herald" are one name; a gazetteer's canonical name wins ("U.S."). */
export function nameOf(c: Candidate): string {
  return c.canonical ?? c.text.replace(/\s+/g, ' ').replace(/^The (?=\p{Lu})/u, '');
}

/** "CPC" for "Communist Party of China": initials of the capitalised words. */
export function initialsOf(words: string[]): string {
  return words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

function personKey(words: string[]): string {
  return words.map((w) => w.toLowerCase()).join(' ');
}

/** Full (several-word) person names, confident ones first, indexed by their first and last word in text order. */
export interface PersonIndex {
  persons: Candidate[];
  byLastWord: Map<string, Candidate[]>;
  byFirstWord: Map<string, Candidate[]>;
}

export function indexPersons(cands: Candidate[]): PersonIndex {
  const isFull = (c: Candidate) => c.type === 'person' && c.kind === 'name' && c.words.length > 1;
  const persons = [...cands.filter((c) => isFull(c) && !c.tentative), ...cands.filter((c) => isFull(c) && c.tentative)];
  const byLastWord = new Map<string, Candidate[]>();
  const byFirstWord = new Map<string, Candidate[]>();
  const add = (map: Map<string, Candidate[]>, key: string, p: Candidate) => {
    const list = map.get(key);
    if (list) list.push(p);
    else map.set(key, [p]);
  };
  for (const p of persons) {
    add(byLastWord, p.words[p.words.length - 1]!.toLowerCase(), p);
    add(byFirstWord, p.words[0]!.toLowerCase(), p);
  }
  for (const list of [...byLastWord.values(), ...byFirstWord.values()]) list.sort((a, b) => a.start - b.start);
  return { persons, byLastWord, byFirstWord };
}

/**
 * Each full person form's canonical name: a shorter form ("Xi Jinping") maps to a longer one with the same first
 * and last word. One representative per distinct form keeps this quadratic only in distinct names.
 */
export function canonicalPersonNames(persons: Candidate[]): Map<Candidate, string> {
  const distinct = new Map<string, Candidate>();
  for (const p of persons) if (!distinct.has(personKey(p.words))) distinct.set(personKey(p.words), p);
  const canonicalByKey = new Map<string, string>();
  for (const [key, p] of distinct) {
    let longer: Candidate | null = null;
    for (const q of distinct.values())
      if (q.words.length > p.words.length && personKey(q.words).endsWith(personKey(p.words.slice(-1))) && q.words[0]!.toLowerCase() === p.words[0]!.toLowerCase()) {
        longer = q;
        break;
      }
    canonicalByKey.set(key, longer ? nameOf(longer) : nameOf(p));
  }
  return new Map(persons.map((p) => [p, canonicalByKey.get(personKey(p.words))!]));
}

/** Multi-word organisations by their last word ("the Herald"), when only one organisation ends in it. */
export function organizationsByLastWord(cands: Candidate[]): Map<string, Candidate> {
  const byLast = new Map<string, Candidate>();
  const ambiguous = new Set<string>();
  for (const c of cands) {
    if (c.type !== 'organization' || c.words.length < 2) continue;
    const w = c.words[c.words.length - 1]!.toLowerCase();
    const previous = byLast.get(w);
    if (previous && nameOf(previous) !== nameOf(c)) ambiguous.add(w);
    else byLast.set(w, c);
  }
  for (const w of ambiguous) byLast.delete(w);
  return byLast;
}

/** Acronyms defined in the text: "Communist Party of China (CPC)" → that name. */
export function definedAcronyms(cands: Candidate[], text: string): Map<string, Candidate> {
  const acronyms = new Map<string, Candidate>();
  for (const c of cands) {
    if (c.words.length < 2 || (c.type !== 'organization' && c.type !== 'event' && c.type !== 'place')) continue;
    const m = /^\s*\((\p{Lu}[\p{Lu}.&]{1,8})\)/u.exec(text.slice(c.end, c.end + 14));
    if (!m) continue;
    const acronym = m[1]!.replace(/\./g, '');
    // Prefer the candidate whose initials spell the acronym (the nested "Communist Party of China").
    const current = acronyms.get(m[1]!);
    if (!current || (initialsOf(c.words) === acronym && initialsOf(current.words) !== acronym)) acronyms.set(m[1]!, c);
  }
  return acronyms;
}

/** The most recent full mention before a position, else the first after (options sorted by start). */
export function nearestPerson(options: Candidate[], at: number): Candidate {
  const lo = partitionPoint(options, (item) => item.start < at);
  return lo > 0 ? options[lo - 1]! : options[0]!;
}

export interface LinkIndex {
  people: PersonIndex;
  canonicalPerson: Map<Candidate, string>;
  orgByLastWord: Map<string, Candidate>;
  acronyms: Map<string, Candidate>;
  /** Types the document's context gives unknown one-word names (context.ts). */
  contextTypes: Map<string, EntityType>;
  text: string;
}

export function buildLinkIndex(cands: Candidate[], text: string, contextTypes = new Map<string, EntityType>()): LinkIndex {
  const people = indexPersons(cands);
  return { people, canonicalPerson: canonicalPersonNames(people.persons), orgByLastWord: organizationsByLastWord(cands), acronyms: definedAcronyms(cands, text), contextTypes, text };
}

/** A short form: a lone word that is the first or last word of a full person name, or the end of an organisation's. */
function resolveShortForm(c: Candidate, index: LinkIndex): { name: string; type: EntityType } | null {
  const w = c.words[0]!.toLowerCase();
  const options = index.people.byLastWord.get(w) ?? index.people.byFirstWord.get(w);
  if (options?.length) {
    const p = nearestPerson(options, c.start);
    return { name: index.canonicalPerson.get(p) ?? nameOf(p), type: 'person' };
  }
  const org = index.orgByLastWord.get(w);
  // "the Herald" after "The Harwick Herald".
  return org ? { name: nameOf(org), type: 'organization' } : null;
}

/**
 * A town or club name that is also the surname of a person the document names in full ("said Washington" after
 * "Ada Washington") is that person, unless the words before it make it the place ("in Washington"). Countries stay.
 */
export function surnameOfPerson(c: Candidate, index: LinkIndex): { name: string; type: EntityType } | null {
  if (c.words.length !== 1 || (c.type !== 'place' && c.type !== 'organization') || c.kind !== 'name') return null;
  const options = index.people.byLastWord.get(c.words[0]!.toLowerCase());
  if (!options?.length || gazetteer().countries.has(c.canonical ?? c.text)) return null;
  if (/\b(?:in|at|near|from|to|of|into|outside|across|around)\s+(?:the\s+)?$/i.test(index.text.slice(Math.max(0, c.start - 12), c.start))) return null;
  const p = nearestPerson(options, c.start);
  return { name: index.canonicalPerson.get(p) ?? nameOf(p), type: 'person' };
}

/** The name and type a candidate stands for, once the document's full names are known; null when it names nothing. */
export function resolveCandidate(c: Candidate, index: LinkIndex): { name: string; type: EntityType } | null {
  const type: EntityType = c.type ?? 'other';
  if (c.notName) return c.words.length === 1 ? resolveShortForm(c, index) : null;
  const acronym = index.acronyms.get(c.text);
  if (c.words.length === 1 && acronym) return { name: nameOf(acronym), type: acronym.type ?? 'organization' };
  if (type === 'person' && c.words.length > 1) return { name: index.canonicalPerson.get(c) ?? nameOf(c), type };
  const surnameOf = surnameOfPerson(c, index);
  if (surnameOf) return surnameOf;
  if (c.words.length === 1 && (c.tentative || type === 'person' || type === 'other' || c.title)) {
    const short = resolveShortForm(c, index);
    if (short) return short;
    // A lone first name or surname that no full name explains, in an organisation's context ("Jones's shares").
    const fromContext = type === 'person' && c.tentative && !c.title ? index.contextTypes.get(c.words[0]!.toLowerCase()) : undefined;
    if (fromContext === 'organization' || fromContext === 'other') return { name: nameOf(c), type: fromContext };
  } else if (c.words.length === 1 && type === 'organization') {
    const org = index.orgByLastWord.get(c.words[0]!.toLowerCase());
    if (org) return { name: nameOf(org), type };
  }
  if (type === 'other' && c.words.length === 1) {
    // An unknown lone word is what its context says, else nothing the document knows.
    const fromContext = c.tentative ? index.contextTypes.get(c.words[0]!.toLowerCase()) : undefined;
    return fromContext ? { name: nameOf(c), type: fromContext } : null;
  }
  return { name: nameOf(c), type };
}

/**
 * The document's entities, created on first use. One name used with two definite types ("Leeds" the city and
 * "Leeds" the club in one report) makes two entities: the first keeps the name's slug as id, the other gets the
 * type after it ("leeds-organization"). An unknown type ('other') joins whichever came first.
 */
export class EntityTable {
  private readonly bySlug = new Map<string, DocEntity>();
  private readonly byTypedSlug = new Map<string, DocEntity>();
  private readonly order: DocEntity[] = [];

  ensure(name: string, type: EntityType): DocEntity {
    const slug = slugify(name);
    const first = this.bySlug.get(slug);
    if (!first) return this.create(slug, slug, name, type);
    if (first.type === type || first.type === 'other' || type === 'other') return first;
    return this.byTypedSlug.get(`${slug}|${type}`) ?? this.create(`${slug}|${type}`, `${slug}-${type}`, name, type);
  }

  private create(key: string, id: string, name: string, type: EntityType): DocEntity {
    const e: DocEntity = { id, name, type, role: null, gender: undefined, mentions: [], titles: new Set(), countries: new Set() };
    (key.includes('|') ? this.byTypedSlug : this.bySlug).set(key, e);
    this.order.push(e);
    return e;
  }

  all(): DocEntity[] {
    return this.order;
  }
}

/** Adds one candidate's mention and what it says (title, country, gender, role) to its entity. */
export function addMention(e: DocEntity, c: Candidate, type: EntityType): void {
  if (e.type === 'other' && type !== 'other') e.type = type;
  e.mentions.push({ start: c.start, end: c.end, kind: c.kind, sentence: c.sentence });
  if (c.title) e.titles.add(c.title.toLowerCase().replace(/\./g, ''));
  if (c.country) e.countries.add(c.country.toLowerCase());
  if (c.gender && !e.gender) e.gender = c.gender;
  if (c.title && !e.role) e.role = roleFromTitle(c.title);
}

/** Links candidates into entities: same names, short forms of full person names, acronyms, demonyms. */
export function link(cands: Candidate[], text: string, contextTypes?: Map<string, EntityType>): DocEntity[] {
  const table = new EntityTable();
  const index = buildLinkIndex(cands, text, contextTypes);
  for (const c of cands) {
    if (c.kind === 'demonym') {
      table.ensure(c.canonical!, 'place').mentions.push({ start: c.start, end: c.end, kind: 'demonym', sentence: c.sentence });
      continue;
    }
    const resolved = resolveCandidate(c, index);
    if (resolved) addMention(table.ensure(resolved.name, resolved.type), c, resolved.type);
  }
  return table.all();
}
