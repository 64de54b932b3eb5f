// Types one name run (titles and demonyms already split off) by an ordered list of small named rules: the first
// rule that has an opinion decides. Strong evidence (name lists, gazetteers, name-forming nouns) comes first; the
// shape of the name and its neighbours only when nothing better is known, and then the type is tentative.
import type { EntityType } from '../../../shared/schema.ts';
import { gazetteer, type Gender } from '../gazetteer.ts';
import type { Token } from '../tokens.ts';
import type { Candidate } from './candidate.ts';
import { NATIONALITY_ENDING } from './context.ts';
import { COMMON_ACRONYMS, COMPANY_WORDS, COMPASS, EVENT_WORDS, NATIONAL_BODIES, NEWSPAPER_WORDS, ORG_CONTEXT, ORG_WORDS, PLACE_WORDS, TITLE_HEADS, TITLES, VENUE_WORDS } from './vocabulary.ts';

/** What the rules look at: the name's words (lower case, no trailing period) and the tokens around it. */
export interface NameShape {
  /** The words as written. */
  written: string[];
  words: string[];
  /** The whole name in lower case, a trailing possessive dropped. */
  key: string;
  head: string;
  firstWord: string;
  /** The name when it is one word, else ''. */
  single: string;
  hasOrgWord: boolean;
  hasEventWord: boolean;
  hasTitle: boolean;
  /** Lower-case text of the tokens right after and right before the name. */
  next1: string;
  next2: string;
  prev1: string;
}

export interface Verdict {
  type: EntityType;
  /** Names nothing by itself (a bare title, an abbreviation of an ordinary noun). */
  notName?: boolean;
  tentative?: boolean;
  gender?: Gender;
  canonical?: string;
}

export type ClassifyRule = (name: NameShape) => Verdict | null;

export function nameShape(written: string[], tokens: Token[] = [], firstToken = 0, hasTitle = false): NameShape {
  const words = written.map((w) => w.toLowerCase().replace(/\.$/, ''));
  const lastToken = firstToken + written.length - 1;
  return {
    written,
    words,
    key: written.map((w) => w.toLowerCase()).join(' ').replace(/\s+(['’]s)$/, ''),
    head: words[words.length - 1]!,
    firstWord: words[0]!,
    single: written.length === 1 ? written[0]! : '',
    hasOrgWord: words.some((w) => ORG_WORDS.has(w)),
    hasEventWord: words.some((w) => EVENT_WORDS.has(w)),
    hasTitle,
    next1: tokens[lastToken + 1]?.text.toLowerCase() ?? '',
    next2: tokens[lastToken + 2]?.text.toLowerCase() ?? '',
    prev1: tokens[firstToken - 1]?.text.toLowerCase() ?? '',
  };
}

/** A word the rules know is no name by itself (an unknown name is tentative 'other' instead). */
const notAName: Verdict = { type: 'other', notName: true };
const LOCATIVE_WORDS = new Set(['in', 'at', 'near', 'from', 'to', 'outside', 'around', 'across', 'into', 'of']);
const tentative = (type: EntityType, extra: Partial<Verdict> = {}): Verdict => ({ type, tentative: true, ...extra });

/** "the President", "Prime Minister" standing alone: a title without a name names no one in particular. */
export const bareTitle: ClassifyRule = (n) => (!n.hasTitle && n.words.every((w) => TITLES.has(w)) && n.words.some((w) => TITLE_HEADS.has(w)) ? notAName : null);

// Parties named by one word: a capitalised one mid-sentence is the party ("voted Labour", "the Tories").
const PARTY_WORDS = new Set(['labour', 'tories', 'tory', 'conservative', 'conservatives', 'democrats', 'republicans', 'dems', 'greens', 'liberals', 'socialists', 'communists', 'unionists', 'nationalists']);

export const partyName: ClassifyRule = (n) => (n.single && PARTY_WORDS.has(n.firstWord) ? { type: 'organization' } : null);

/** "President Xi": a title before the name makes a person. */
export const titledPerson: ClassifyRule = (n) => (n.hasTitle ? { type: 'person' } : null);

/** A full name the lexicon knows ("barack obama"). */
export const knownPerson: ClassifyRule = (n) => (gazetteer().people.has(n.key) ? { type: 'person', gender: gazetteer().firstNames.get(n.firstWord) } : null);

export const knownOrganization: ClassifyRule = (n) => (gazetteer().organizations.has(n.key) ? { type: 'organization' } : null);

/** "BBC Sport", "Sony Music": a known organisation's name followed by more capitals is one of its parts. */
export const knownOrganizationFirst: ClassifyRule = (n) =>
  n.words.length > 1 && gazetteer().organizations.has(n.firstWord) && !gazetteer().places.has(n.key) ? tentative('organization') : null;

/** A gazetteer place, unless it reads as first name + surname ("Washington" alone is a place, "Denzel Washington" not). */
export const knownPlace: ClassifyRule = (n) => {
  const g = gazetteer();
  const place = g.places.get(n.key) ?? g.places.get(n.key.replace(/\./g, ''));
  if (!place) return null;
  // Short forms count only in capitals: "US", not "Us" in "Follow Us".
  if (n.single && n.single.replace(/\./g, '').length <= 3 && !/^[\p{Lu}.]+$/u.test(n.single)) return null;
  if (n.words.length > 1 && g.firstNames.has(n.firstWord) && !g.places.has(n.firstWord) && g.lastNames.has(n.head)) return null;
  // "David" alone is a person; "in David" the town. Countries stay places.
  if (n.single && g.firstNames.has(n.firstWord) && !g.countries.has(place) && !LOCATIVE_WORDS.has(n.prev1)) return null;
  return { type: 'place', canonical: place };
};

/** "Yellow River", "North Kivu": a place noun at the end or a compass word at the front. */
export const placeByWords: ClassifyRule = (n) =>
  n.words.length > 1 && (PLACE_WORDS.has(n.head) || COMPASS.has(n.firstWord)) && (!n.hasOrgWord || (COMPASS.has(n.firstWord) && n.words.length === 2))
    ? { type: 'place' }
    : null;

/** A lone event word ("Year 9", "the Cup") is not a name by itself. */
export const loneEventWord: ClassifyRule = (n) => (n.words.length === 1 && EVENT_WORDS.has(n.head) ? notAName : null);

/** "World Cup", "Summit of the Americas". */
export const eventByWords: ClassifyRule = (n) =>
  n.hasEventWord && (EVENT_WORDS.has(n.head) || n.words.includes('of')) && (!n.hasOrgWord || (EVENT_WORDS.has(n.firstWord) && n.words[1] === 'of'))
    ? { type: 'event' }
    : null;

/** "Parliament", "the Cabinet": a capitalised noun for a body a country has only one of names that body. */
export const nationalBody: ClassifyRule = (n) => (n.single && NATIONAL_BODIES.has(n.head) ? { type: 'organization' } : null);

/** "the Times", "The Herald": a newspaper noun alone after "the" is that paper, named with its article. */
export const newspaperShortName: ClassifyRule = (n) =>
  n.single && NEWSPAPER_WORDS.has(n.head) && n.prev1 === 'the' ? { type: 'organization', canonical: `The ${n.single}` } : null;

/** A single generic organisation noun ("Department", "Office", "League") names nothing by itself. */
export const genericOrgWord: ClassifyRule = (n) => (n.single && ORG_WORDS.has(n.head) ? notAName : null);

export const organizationByWords: ClassifyRule = (n) => (n.hasOrgWord ? { type: 'organization' } : null);

/** "Anna Berg": a known first name before more words. */
export const firstNameFirst: ClassifyRule = (n) =>
  n.words.length > 1 && gazetteer().firstNames.has(n.firstWord) ? { type: 'person', gender: gazetteer().firstNames.get(n.firstWord) } : null;

/** "D. Bicknell", "Tomas Lindqvist": an initial, or a known surname at the end of a short name. */
export const surnameLast: ClassifyRule = (n) =>
  n.words.length > 1 && n.words.length <= 4 && (gazetteer().lastNames.has(n.head) || /^\p{Lu}\.$/u.test(n.written[0]!)) ? { type: 'person' } : null;

/** "TV", "GDP", "GMT": capitals that abbreviate an ordinary noun name nothing. */
export const commonAcronym: ClassifyRule = (n) => (n.single && COMMON_ACRONYMS.has(n.single.replace(/\./g, '').toLowerCase()) ? notAName : null);

/** "US TV", "UK GDP": a place before an abbreviation of an ordinary noun is a description, not a name. */
export const placeAndCommonAcronym: ClassifyRule = (n) =>
  n.words.length === 2 && COMMON_ACRONYMS.has(n.head) && (gazetteer().places.has(n.firstWord) || gazetteer().demonyms.has(n.firstWord)) ? notAName : null;

/** "NATO", "IBM": other capitals are most often an organisation. */
export const acronym: ClassifyRule = (n) => (n.single && /^\p{Lu}{2,6}$/u.test(n.single.replace(/\./g, '')) ? tentative('organization') : null);

/** "Air France", "Dynamo Moscow": a place inside an unknown multi-word name makes it an organisation. */
export const placeInsideName: ClassifyRule = (n) => {
  const g = gazetteer();
  if (n.words.length < 2 || g.firstNames.has(n.firstWord) || !n.words.some((w) => g.places.has(w) || g.demonyms.has(w))) return null;
  // "Iraqi Kurdish forces", "Latin American summit": adjectives before a noun, not a name.
  if (NATIONALITY_ENDING.test(n.head) && /^\p{Ll}/u.test(n.next1)) return notAName;
  // "Tomasz Washington": an unknown first word before a surname that is also a place is a person.
  if (n.words.length === 2 && g.lastNames.has(n.head) && !g.places.has(n.firstWord) && !g.commonWords.has(n.firstWord) && !g.demonyms.has(n.firstWord)) return null;
  return tentative('organization');
};

/** "Douglas & Lomason", "Johnson Controls": a joined pair or an ordinary noun at the end makes a company. */
export const companyShape: ClassifyRule = (n) => (n.words.length > 1 && (n.words.includes('&') || COMPANY_WORDS.has(n.head)) ? tentative('organization') : null);

/** "Anchor Rooms", "Quayside Ground": a name ending in an ordinary noun is a place or thing, not a person. */
export const commonNounHead: ClassifyRule = (n) => {
  const g = gazetteer();
  if (n.words.length < 2 || g.lastNames.has(n.head) || g.firstNames.has(n.head)) return null;
  if (VENUE_WORDS.has(n.head)) return tentative('place');
  return g.commonWords.has(n.head) && /[^s]s$/.test(n.head) ? tentative('other') : null;
};

// Nouns before the title of a work: "the film Quiet Harbour", "drama Vera Lane", "his album Blue Tide".
const WORK_NOUNS = new Set(['film', 'movie', 'biopic', 'documentary', 'book', 'novel', 'memoir', 'biography', 'album', 'single', 'song', 'show', 'series', 'sitcom', 'drama', 'musical', 'play', 'opera', 'game', 'magazine', 'programme', 'program']);

/** "the film Quiet Harbour": a name right after a kind of work is that work's title, a thing. */
export const workTitle: ClassifyRule = (n) => (n.words.length > 1 && WORK_NOUNS.has(n.prev1) ? { type: 'other' } : null);

/** "at Old Trafford", "at Quill Park": a name after "at" is a venue, not a person. */
export const venueAfterAt: ClassifyRule = (n) => (n.words.length > 1 && n.prev1 === 'at' ? tentative('place') : null);

/**
 * Two or three capitalised words read as a person, unless every word is an ordinary word that no name list knows
 * ("Grand Slam", "Million Dollar Baby").
 */
export const personShape: ClassifyRule = (n) => {
  if (n.words.length < 2 || n.words.length > 3 || !n.written.every((w) => /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u.test(w))) return null;
  const g = gazetteer();
  const ordinary = (w: string) => g.commonWords.has(w) && !g.firstNames.has(w) && !g.lastNames.has(w);
  return n.words.every(ordinary) ? null : tentative('person');
};

/** A lone first name or surname. */
export const loneKnownName: ClassifyRule = (n) => {
  const g = gazetteer();
  if (!n.single || !(g.lastNames.has(n.firstWord) || g.firstNames.has(n.firstWord))) return null;
  return tentative('person', { gender: g.lastNames.has(n.firstWord) ? undefined : g.firstNames.get(n.firstWord) });
};

/** A name followed by what it is ("Interfax news agency", "Rabobank economist"). */
export const organizationContext: ClassifyRule = (n) => {
  if (n.single && NATIONALITY_ENDING.test(n.firstWord)) return null; // "a European group": an adjective
  return ORG_CONTEXT.has(n.next1) || (n.next1 === 'news' && n.next2 === 'agency') ? tentative('organization') : null;
};

/** "in X", "at X" for an unknown single word suggests a place. */
export const locativeContext: ClassifyRule = (n) => (n.single && ['in', 'at', 'near', 'outside'].includes(n.prev1) ? tentative('place') : null);

export const CLASSIFY_RULES: readonly ClassifyRule[] = [
  bareTitle,
  titledPerson,
  partyName,
  knownPerson,
  workTitle,
  knownOrganization,
  knownPlace,
  knownOrganizationFirst,
  placeAndCommonAcronym,
  placeByWords,
  loneEventWord,
  eventByWords,
  nationalBody,
  newspaperShortName,
  genericOrgWord,
  organizationByWords,
  firstNameFirst,
  surnameLast,
  commonAcronym,
  acronym,
  placeInsideName,
  companyShape,
  commonNounHead,
  venueAfterAt,
  personShape,
  loneKnownName,
  organizationContext,
  locativeContext,
];

/** The first verdict of the rules, or an unknown name ('other', tentative). */
export function verdictFor(name: NameShape): Verdict {
  for (const rule of CLASSIFY_RULES) {
    const verdict = rule(name);
    if (verdict) return verdict;
  }
  return tentative('other');
}

/** Types a candidate in place. */
export function classify(c: Candidate, tokens: Token[], firstToken: number): void {
  const v = verdictFor(nameShape(c.words, tokens, firstToken, !!c.title));
  c.type = v.type;
  c.tentative = !!v.tentative;
  c.notName = !!v.notName;
  if (v.gender !== undefined) c.gender = v.gender;
  if (v.canonical !== undefined) c.canonical = v.canonical;
}
