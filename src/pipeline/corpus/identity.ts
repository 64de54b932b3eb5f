// Identity across articles: the rules that say one name is another name of the same thing. Each rule looks at the
// corpus's names and returns links "this name → that name"; the links are applied together (see resolve.ts).
import { initialsOf, isAcronym, isCutFrom, isClippedForm, isNumberVariant, singular, spellingKey, withoutOrganisationSuffix, wordsOf } from './names.ts';
import { isCountry, isGivenName, isTown } from './places.ts';
import { isSingleWord, typeOf, type CorpusNames, type NameGroup } from './groups.ts';

/** A name → the name it is another form of. */
export type Links = Map<string, string>;

const size = (group: NameGroup | undefined) => group?.records.length ?? 0;

/** The articles (ordinals) of a name. */
function ordinalsOf(names: CorpusNames, group: NameGroup): Set<number> {
  return new Set(group.records.map((i) => names.records[i]!.ordinal));
}

/** Whether a name may be linked to a target of another type: a place as a whole is never a person or a club (its
 * stories about the club are split off one by one, see senses.ts). */
function compatible(from: NameGroup, to: NameGroup): boolean {
  if ((isCountry(from.display) || typeOf(from) === 'place') && typeOf(to) !== 'place') return false;
  if (isCountry(to.display) && typeOf(from) !== 'place') return false;
  return true;
}

/**
 * Short forms the articles themselves linked: where other articles wrote a full name's mentions as "Blair", a
 * record named just "Blair" is that person. Only when one name holds most of that evidence.
 */
export function linkByForms(names: CorpusNames): Links {
  const links: Links = new Map();
  for (const group of names.groups.values()) {
    const users = names.formUsers.get(group.key);
    if (!users) continue;
    let total = 0;
    let best = '';
    let bestCount = 0;
    for (const [key, n] of users) {
      total += n;
      if (n > bestCount) [best, bestCount] = [key, n];
    }
    const target = names.groups.get(best);
    if (!target || bestCount < 2 || bestCount < 0.6 * total) continue;
    // a short form used by a name rarer than itself is a name of its own ("Jordan" beside "Eddie Jordan")
    if (size(target) * 2 < size(group) && typeOf(target) !== typeOf(group)) continue;
    if (compatible(group, target)) links.set(group.key, best);
  }
  return links;
}

/** Singular and plural of one name ("Liberal Democrat" / "Liberal Democrats"): the rarer joins the commoner. */
export function linkNumberVariants(names: CorpusNames): Links {
  const links: Links = new Map();
  const bySingular = new Map<string, NameGroup[]>();
  for (const group of names.groups.values()) {
    if (wordsOf(group.key).length < 2 && !/s$/.test(group.key)) continue;
    const singularKey = group.key.replace(/(ies|s)$/, (m) => (m === 'ies' ? 'y' : ''));
    const list = bySingular.get(singularKey) ?? [];
    list.push(group);
    bySingular.set(singularKey, list);
    const exact = names.groups.get(singularKey);
    if (exact && exact !== group && !list.includes(exact)) list.push(exact);
  }
  for (const list of bySingular.values()) {
    if (list.length < 2) continue;
    const [main, ...rest] = [...list].sort((a, b) => size(b) - size(a));
    for (const other of rest) if (isNumberVariant(other.key, main!.key) && wordsOf(other.key).length >= 2 && compatible(other, main!)) links.set(other.key, main!.key);
  }
  return links;
}

/** "Labour" and "Labour Party", "Acme" and "Acme Inc": the short name is the organisation's, unless it is a place. */
export function linkOrganisationSuffixes(names: CorpusNames): Links {
  const links: Links = new Map();
  for (const group of names.groups.values()) {
    const short = withoutOrganisationSuffix(group.key);
    const target = short ? names.groups.get(short) : undefined;
    if (!target || isTown(target.display) || isCountry(target.display)) continue;
    if (typeOf(target) === 'person' && typeOf(group) === 'person') continue;
    links.set(target.key, group.key);
  }
  return links;
}

/** Clipped and contracted forms ("Lib Dems", "Man Utd") of a longer name the corpus uses. */
export function linkClippedForms(names: CorpusNames): Links {
  const links: Links = new Map();
  // candidates: longer names of things other than people, sharing the first letter of each word
  const bySignature = new Map<string, NameGroup[]>();
  const signature = (key: string) => wordsOf(key).map((w) => w[0]).join('');
  for (const group of names.groups.values()) {
    if (wordsOf(group.key).length < 2 || typeOf(group) === 'person') continue;
    const list = bySignature.get(signature(group.key)) ?? [];
    list.push(group);
    bySignature.set(signature(group.key), list);
  }
  for (const short of names.groups.values()) {
    if (wordsOf(short.key).length < 2) continue;
    const list = bySignature.get(signature(short.key));
    if (!list) continue;
    const matching = list.filter((long) => long !== short && long.key.length > short.key.length && isClippedForm(short.key, long.key));
    // singular and plural of one long name are one candidate ("liberal democrat(s)"): the commoner speaks for both
    const bySingular = new Map<string, NameGroup>();
    for (const long of matching) {
      const key = wordsOf(long.key).map(singular).join(' ');
      if (size(long) > size(bySingular.get(key))) bySingular.set(key, long);
    }
    const targets = [...bySingular.values()];
    if (targets.length === 0) continue;
    const best = targets.sort((a, b) => size(b) - size(a))[0]!;
    if (targets.length === 1 || size(best) >= 3 * size(targets[1])) links.set(short.key, best.key);
  }
  return links;
}

/**
 * Acronyms ("EU", "CES") to the multiword name whose initials they are, when the corpus has one such name, the
 * two meet in some article, and the acronym is not linked otherwise.
 */
export function linkAcronyms(names: CorpusNames): Links {
  const links: Links = new Map();
  const byInitials = new Map<string, NameGroup[]>();
  for (const group of names.groups.values()) {
    const initials = initialsOf(group.key);
    // people are rarely written as initials; a long "person" is more likely a mistyped show or body
    if (!initials || (typeOf(group) === 'person' && wordsOf(group.key).length < 3)) continue;
    const list = byInitials.get(initials) ?? [];
    list.push(group);
    byInitials.set(initials, list);
  }
  for (const group of names.groups.values()) {
    if (!isAcronym(group.display)) continue;
    const candidates = (byInitials.get(group.key.replace(/ /g, '')) ?? []).filter((c) => size(c) >= 2).sort((a, b) => size(b) - size(a));
    if (candidates.length === 0) continue;
    const best = candidates[0]!;
    if (candidates.length > 1 && size(best) < 3 * size(candidates[1])) continue;
    // the two meet in an article, or some article wrote the full name's mentions as the acronym ("… Union (QU)")
    const defined = names.formUsers.get(group.key)?.has(best.key) ?? false;
    const theirs = ordinalsOf(names, best);
    if (!defined && !group.records.some((i) => theirs.has(names.records[i]!.ordinal))) continue;
    links.set(group.key, best.key);
  }
  return links;
}

/** Two spellings of one name: accents, spaces and hyphens aside ("Sao Paulo" / "São Paulo", "Al-Qaeda" / "Al Qaeda"). */
export function linkSpellings(names: CorpusNames): Links {
  const links: Links = new Map();
  const bySpelling = new Map<string, NameGroup>();
  for (const group of [...names.groups.values()].sort((a, b) => size(b) - size(a))) {
    const spelling = spellingKey(group.key);
    const main = bySpelling.get(spelling);
    if (main) links.set(group.key, main.key);
    else bySpelling.set(spelling, group);
  }
  return links;
}

/**
 * A name cut from a longer one ("Motors" from "General Motors", "Exchange Commission" from "Securities and Exchange
 * Commission"): the end of exactly one longer name the corpus uses more, and not a person, town or country.
 */
export function linkFragments(names: CorpusNames): Links {
  const links: Links = new Map();
  const byEnding = new Map<string, NameGroup[]>();
  for (const group of names.groups.values()) {
    const words = wordsOf(group.key);
    for (let from = 1; from < words.length; from++) {
      const ending = words.slice(from).join(' ');
      if (!isCutFrom(ending, group.key)) continue;
      const list = byEnding.get(ending) ?? [];
      list.push(group);
      byEnding.set(ending, list);
    }
  }
  for (const group of names.groups.values()) {
    const longer = byEnding.get(group.key);
    if (!longer || longer.length !== 1) continue;
    const [full] = longer;
    // a person's short name is a surname, not a fragment; a single word no one has as a name may be one ("Motors")
    const personLike = typeOf(group) === 'person' && (wordsOf(group.key).length > 1 || isGivenName(group.key) || names.formUsers.has(group.key));
    if (personLike || typeOf(group) === 'place' || [typeOf(full!)].some((t) => t === 'person' || t === 'place') || isTown(group.display) || isCountry(group.display)) continue;
    if (size(full) < 2) continue;
    // the two must meet: the fragment is written where the full name was
    const theirs = ordinalsOf(names, full!);
    const shared = group.records.filter((i) => theirs.has(names.records[i]!.ordinal)).length;
    if (shared * 4 < group.records.length && size(full) < size(group)) continue;
    links.set(group.key, full!.key);
  }
  return links;
}

/** A place name's consonants after its first letter, doubles collapsed: "kiev" and "kyiv" → "kv", "donbas(s)" → "dnbs". */
export function transliterationKey(key: string): string {
  return (key[0] ?? '') + key.slice(1).replace(/[aeiouy\s'-]+/g, '').replace(/(.)\1+/g, '$1');
}

/**
 * Two transliterations of one place ("Kiev" / "Kyiv", "Donbas" / "Donbass"): the same consonants, both written as
 * places, and not two countries (Niger and Nigeria).
 */
export function linkTransliterations(names: CorpusNames): Links {
  const links: Links = new Map();
  const byKey = new Map<string, NameGroup>();
  for (const group of [...names.groups.values()].sort((a, b) => size(b) - size(a))) {
    if (typeOf(group) !== 'place' || !isSingleWord(group.key) || group.key.length < 4) continue;
    const key = transliterationKey(group.key);
    const main = byKey.get(key);
    if (!main) {
      byKey.set(key, group);
      continue;
    }
    // two countries are never one (Niger and Nigeria); two spellings of a city may both be in the lists
    if (isCountry(main.display) && isCountry(group.display)) continue;
    links.set(group.key, main.key);
  }
  return links;
}
