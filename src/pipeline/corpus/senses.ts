// One name, several things: which thing each record means, from its own article's evidence. A town and its club
// (a town named in a sports story, not after "in" or "at", is its team), the World Cup of rugby and of football,
// a demonym meaning its country, and names that are no entity at all (ordinary words, bare given names).
import type { EntityType } from '../../shared/schema.ts';
import { isSingleWord, mostOf, sportShare, typeOf, type CorpusNames, type NameGroup } from './groups.ts';
import { isCutFrom, nameKey, wordsOf } from './names.ts';
import { isCountry, isDemonym, isGivenName, isOrdinaryWord, isTown, placesOfDemonym } from './places.ts';
import type { Sport } from './sport.ts';

/** The node of a record that is no entity: it leaves the corpus. */
export const DROP = '#drop';

/** Each record's node (its name's key, a sense of it, or DROP) and the type a sense forces. */
export interface Senses {
  nodes: string[];
  forcedTypes: Map<string, EntityType>;
  /** A sense → the name it turned out to be ("newcastle#club:rugby" → "newcastle falcons"). */
  links: Map<string, string>;
  /** Records whose own name was wrong for what they mean (a demonym linked to the wrong country): the right one. */
  names: Map<number, string>;
}

export function initialSenses(names: CorpusNames): Senses {
  const nodes: string[] = new Array(names.records.length);
  for (const group of names.groups.values()) for (const i of group.records) nodes[i] = group.key;
  return { nodes, forcedTypes: new Map(), links: new Map(), names: new Map() };
}

const stillOwn = (senses: Senses, group: NameGroup) => group.records.filter((i) => senses.nodes[i] === group.key);

/** People whose full names the corpus uses with this word last, and writes by it alone: the word is a surname. */
export function isSurname(names: CorpusNames, key: string): boolean {
  const users = names.formUsers.get(key);
  if (!users) return false;
  // written so in two or more of that person's stories: once may be a slip of the annotation
  for (const [user, records] of users) {
    const group = names.groups.get(user);
    if (records >= 2 && group && typeOf(group) === 'person' && wordsOf(user).length > 1 && user.endsWith(` ${key}`)) return true;
  }
  return false;
}

/** Names that are ordinary words in these articles ("Mobile phones…", "the Office"), or a given name standing for
 * several people, or a common word heading many longer names ("Department", "League"): no entity. */
export function dropNonEntities(names: CorpusNames, senses: Senses): void {
  const firstNames = firstWordsOfPeople(names);
  const heads = new Map<string, number>();
  for (const group of names.groups.values()) {
    const words = wordsOf(group.key);
    if (words.length < 2) continue;
    for (const word of new Set([words[0]!, words[words.length - 1]!])) heads.set(word, (heads.get(word) ?? 0) + 1);
  }
  for (const group of names.groups.values()) {
    const type = typeOf(group);
    // an institution is often named by an ordinary word too ("the Cabinet", "cabinet ministers"): places and other
    // things only ("Mobile phones…" read as the town of Mobile)
    const ordinary = type !== 'person' && type !== 'organization' && group.commonUse * 2 >= group.records.length;
    const single = isSingleWord(group.key);
    const genericHead = single && isOrdinaryWord(group.key) && (heads.get(group.key) ?? 0) >= 3 && type !== 'person' && !isTown(group.display) && !isCountry(group.display) && !namedWithArticle(group.display);
    const bareGivenName = single && isGivenName(group.key) && firstNameOfMany(names, group.key, firstNames) && !isSurname(names, group.key) && !isCountry(group.display) && sportShare(group) < 0.5;
    const own = stillOwn(senses, group);
    // a unit after numbers ("60GB"), or a group described by its plural ("Labour MPs", "Tory MEPs")
    const unit = own.reduce((n, i) => n + names.records[i]!.unitCues, 0) * 2 >= own.reduce((n, i) => n + names.records[i]!.mentions, 0) && own.length > 0;
    const description = describesGroup(group.display);
    if (ordinary || genericHead || bareGivenName || unit || description) for (const i of own) senses.nodes[i] = DROP;
  }
}

/** A name whose definite article is part of it ("The Times", "The Herald"): the title of one thing, not an ordinary word
 * that heads many names ("Times" in "Financial Times", "New York Times"). */
export function namedWithArticle(name: string): boolean {
  return /^The \p{Lu}/u.test(name);
}

// Plural nouns for people in a role: a name ending in one describes a group ("Labour MPs", "Liverpool fans").
const GROUP_NOUNS = new Set(['mps', 'meps', 'msps', 'ams', 'peers', 'ministers', 'leaders', 'officials', 'fans', 'supporters', 'voters', 'members', 'workers', 'players', 'officers', 'troops', 'rebels', 'activists', 'campaigners', 'councillors', 'executives', 'bosses', 'chiefs']);

/** A description of a group of people rather than a name: its last word is a plural noun for people. */
export function describesGroup(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && GROUP_NOUNS.has(words[words.length - 1]!.toLowerCase());
}

/** A given name several people of the corpus have ("David" for David Blunkett, David Beckham, David Moorcroft). */
function firstNameOfMany(names: CorpusNames, key: string, firstNames: ReadonlyMap<string, number>): boolean {
  return (firstNames.get(key) ?? 0) >= 3;
}

/** How many people of the corpus have each first word: "david" → 12. */
function firstWordsOfPeople(names: CorpusNames): Map<string, number> {
  const counts = new Map<string, number>();
  for (const group of names.groups.values()) {
    const words = wordsOf(group.key);
    if (words.length >= 2 && typeOf(group) === 'person') counts.set(words[0]!, (counts.get(words[0]!) ?? 0) + 1);
  }
  return counts;
}

/** A record written only as a demonym ("Indian", "South African") means the place the corpus names most of those it
 * can stand for: India, not the British Indian Ocean Territory. */
export function demonymsToPlaces(names: CorpusNames, senses: Senses): void {
  for (const group of names.groups.values()) {
    for (const i of stillOwn(senses, group)) {
      const record = names.records[i]!;
      const written = record.forms.length ? record.forms : [record.name];
      if (!written.every(isDemonym) || written.some((f) => nameKey(f) === group.key && !isDemonym(group.display))) continue;
      const size = (place: string) => names.groups.get(nameKey(place))?.records.length ?? 0;
      const best = placesOfDemonym(written[0]!).sort((a, b) => size(b) - size(a))[0];
      if (!best || nameKey(best) === group.key) continue;
      senses.nodes[i] = nameKey(best);
      senses.names.set(i, best);
      senses.forcedTypes.set(nameKey(best), 'place');
    }
  }
}

const specificSport = (sport: Sport | null): sport is Exclude<Sport, 'sport'> => sport !== null && sport !== 'sport';
// Sports played by clubs named after their town; in the others a town is where the race or match is.
const isTeamSport = (sport: Sport | null) => sport === 'football' || sport === 'rugby' || sport === 'cricket' || sport === 'sport';

/**
 * A town's name in a sports story, not after "in" or "at", is its club: each such record becomes the club of its
 * sport ("newcastle#club:rugby"), which is then the club the corpus names in full when it has one ("Newcastle
 * Falcons"). Countries stay places (their teams are the country, by convention). A one-word "person" who is nobody's
 * surname and a given name ("Chelsea") is a club too when its stories are sports stories.
 */
export function townsToClubs(names: CorpusNames, senses: Senses): void {
  // two-word sports organisations by their first word: "newcastle" → Newcastle United, Newcastle Falcons
  const clubs = new Map<string, NameGroup[]>();
  for (const group of names.groups.values()) {
    const words = wordsOf(group.key);
    if (words.length !== 2 || typeOf(group) !== 'organization' || group.sports.size === 0) continue;
    clubs.set(words[0]!, [...(clubs.get(words[0]!) ?? []), group]);
  }
  for (const group of names.groups.values()) {
    if (!isSingleWord(group.key) || isCountry(group.display)) continue;
    const type = typeOf(group);
    // a town by the name lists or by the stories' own typing; an organisation's name ("BBC") is not a town
    const townLike = isTown(group.display) || type === 'place';
    const clubLike = type === 'person' && isGivenName(group.key) && !isSurname(names, group.key);
    if (!townLike && !clubLike) continue;
    const club = stillOwn(senses, group).filter((i) => {
      const r = names.records[i]!;
      return isTeamSport(r.sport) && r.placeCues * 2 < r.mentions && (r.type !== 'person' || clubLike);
    });
    if (club.length === 0) continue;
    const sports = new Map<Sport, number>();
    for (const i of club) {
      const sport = names.records[i]!.sport!;
      if (specificSport(sport)) sports.set(sport, (sports.get(sport) ?? 0) + 1);
    }
    const usual = mostOf(sports) ?? 'sport';
    // a given name that is mostly a club is the club in its other stories too: alone, it names no person
    if (clubLike && club.length * 2 >= group.records.length) {
      for (const i of stillOwn(senses, group)) if (!club.includes(i) && names.records[i]!.type === 'person') club.push(i);
    }

    for (const i of club) {
      const sport = names.records[i]!.sport;
      const node = `${group.key}#club:${specificSport(sport) ? sport : usual}`;
      senses.nodes[i] = node;
      senses.forcedTypes.set(node, 'organization');
    }
    linkClubsToFullNames(names, senses, group, [...new Set(club.map((i) => senses.nodes[i]!))], clubs);
  }
}

/** Each club sense → the club the corpus names in full ("Newcastle United"), of the same sport, when there is one. */
function linkClubsToFullNames(names: CorpusNames, senses: Senses, town: NameGroup, nodes: string[], clubs: ReadonlyMap<string, NameGroup[]>): void {
  const fullNames = clubs.get(town.key) ?? [];
  for (const node of nodes) {
    const sport = node.slice(node.indexOf(':') + 1);
    const club = fullNames.filter((g) => mostOf(new Map([...g.sports].filter(([s]) => specificSport(s)))) === sport).sort((a, b) => b.records.length - a.records.length)[0];
    if (!club) continue;
    senses.links.set(node, club.key);
    senses.forcedTypes.set(club.key, 'organization');
    // the town's name in these stories is the club's short name: the club keeps its full name
    town.records.forEach((i) => senses.nodes[i] === node && senses.names.set(i, club.display));
  }
}

/** An event held in two sports ("World Cup") is two events: its records split by their articles' sport. */
export function splitEventsBySport(names: CorpusNames, senses: Senses): void {
  for (const group of names.groups.values()) {
    if (typeOf(group) !== 'event') continue;
    const own = stillOwn(senses, group);
    const sports = new Map<Sport, number>();
    for (const i of own) {
      const sport = names.records[i]!.sport;
      if (specificSport(sport)) sports.set(sport, (sports.get(sport) ?? 0) + 1);
    }
    const ranked = [...sports].sort((a, b) => b[1] - a[1]);
    const total = ranked.reduce((n, [, c]) => n + c, 0);
    if (ranked.length < 2 || ranked[1]![1] < 2 || ranked[1]![1] < 0.25 * total) continue;
    const main = ranked[0]![0];
    for (const i of own) {
      const sport = names.records[i]!.sport;
      if (specificSport(sport) && sport !== main && sports.get(sport)! >= 2) senses.nodes[i] = `${group.key}#${sport}`;
    }
  }
}

/**
 * A name cut from a longer one in the same story ("Motors" after "General Motors", "Department" after "Justice
 * Department") is that longer name there. Only for things, never people or places.
 */
export function fragmentsToFullNames(names: CorpusNames, senses: Senses): void {
  const byArticle = new Map<number, number[]>();
  names.records.forEach((r, i) => {
    const list = byArticle.get(r.ordinal);
    if (list) list.push(i);
    else byArticle.set(r.ordinal, [i]);
  });
  const keyOf = (i: number) => nameKey(names.records[i]!.name);
  for (const [, members] of byArticle) {
    for (const i of members) {
      const record = names.records[i]!;
      const key = keyOf(i);
      // people's short names are their surnames, not fragments; a single word nobody has as a name may be ("Motors")
      const personLike = record.type === 'person' && (!isSingleWord(key) || isGivenName(key) || isSurname(names, key));
      if (senses.nodes[i] !== key || personLike || record.type === 'place' || isTown(record.name) || isCountry(record.name)) continue;
      const longer = [...new Set(members.map(keyOf).filter((k) => isCutFrom(key, k)))];
      // a name the corpus uses more on its own than the longer one ("Parliament" beside "European Parliament") is its own
      const size = (k: string) => names.groups.get(k)?.records.length ?? 0;
      if (longer.length === 1 && size(key) <= size(longer[0]!)) senses.nodes[i] = longer[0]!;
    }
  }
}
