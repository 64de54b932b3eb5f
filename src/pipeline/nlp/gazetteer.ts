// Name lists from well-kept packages, built once and looked up by lower-cased surface form.
// Places: world-countries (names, alt spellings, demonyms, capitals), city-timezones (7,300 cities and their
// provinces), states-us. People and organisations: compromise's lexicon (first names with gender, surnames,
// well-known people, organisations, sports teams, honorifics, job titles).
import { createRequire } from 'node:module';
import nlp from 'compromise';

const require = createRequire(import.meta.url);

export type Gender = 'male' | 'female';

export interface Gazetteer {
  /** Place names (lower case, may be several words) → canonical name. */
  places: Map<string, string>;
  /** Canonical country names ("China", "United States"). */
  countries: Set<string>;
  /** Demonyms ("chinese", "russians") → canonical country name. */
  demonyms: Map<string, string>;
  /** Given names → gender ('male' | 'female' | undefined when both). */
  firstNames: Map<string, Gender | undefined>;
  lastNames: Set<string>;
  /** Well-known full names from the lexicon ("barack obama"). */
  people: Set<string>;
  /** Organisation names and sports teams (lower case). */
  organizations: Set<string>;
  /** Words compromise knows as ordinary vocabulary (not names): a capitalised one starts a sentence, not a name. */
  commonWords: Set<string>;
  /** Verbs and adverbs ("decried", "also"): never part of a noun phrase. */
  verbs: Set<string>;
  /** Adjectives: inside a noun phrase, never its head. */
  adjectives: Set<string>;
  /** Longest entry in words, to bound multi-word look-ups. */
  maxPlaceWords: number;
}

export interface CountryRecord {
  name: { common: string; official: string };
  altSpellings?: string[];
  capital?: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
  independent?: boolean;
  area?: number;
}
interface CityRecord {
  city: string;
  city_ascii?: string;
  province?: string;
  pop?: number;
}
interface StateRecord {
  name: string;
}

let cached: Gazetteer | null = null;

/**
 * Demonym (and its plural) → country. Several records share one ("Indian": India and the British Indian Ocean
 * Territory; "Norwegian": Norway and Svalbard): the independent country wins, then the larger, so a territory never
 * takes its sovereign's people. Exact words only.
 */
export function demonymsOf(countries: CountryRecord[]): Map<string, string> {
  const ranked = [...countries].sort((a, b) => Number(!!b.independent) - Number(!!a.independent) || (b.area ?? 0) - (a.area ?? 0));
  const out = new Map<string, string>();
  for (const c of ranked) {
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      if (!d) continue;
      const plural = pluralDemonym(d);
      for (const form of plural ? [d, plural] : [d]) if (!out.has(form.toLowerCase())) out.set(form.toLowerCase(), c.name.common);
    }
  }
  return out;
}

/** Plural demonym: "American" → "americans"; "Chinese" stays. */
function pluralDemonym(word: string): string | null {
  if (/(ese|ss|sh|ch|x|s)$/i.test(word)) return null;
  return `${word}s`;
}

const PROPER_TAGS = new Set([
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Person',
  'Organization',
  'SportsTeam',
  'City',
  'Country',
  'Region',
  'Place',
  'ProperNoun',
  'Demonym',
]);

const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Adverb', 'Modal', 'Copula', 'Auxiliary', 'Participle']);

function tagsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? [value] : [];
}

function countWords(name: string): number {
  return name.split(' ').length;
}

/** Builds (once) and returns the shared gazetteer. */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const places = new Map<string, string>();
  const demonyms = new Map<string, string>();
  const addPlace = (surface: string, canonical: string) => {
    const key = surface.toLowerCase().trim();
    // Keep the first (most important) meaning: countries before cities before provinces.
    if (key.length > 1 && !places.has(key)) places.set(key, canonical);
  };

  const countries = require('world-countries/countries.json') as CountryRecord[];
  const countryNames = new Set<string>();
  for (const c of countries) {
    const name = c.name.common;
    countryNames.add(name);
    addPlace(name, name);
    addPlace(c.name.official, name);
    for (const alt of c.altSpellings ?? []) if (alt.length > 3 && /^[\p{L} .'-]+$/u.test(alt)) addPlace(alt, name);
  }
  for (const [demonym, country] of demonymsOf(countries)) demonyms.set(demonym, country);
  for (const c of countries) for (const cap of c.capital ?? []) addPlace(cap, cap);
  // Short forms newspapers use for countries.
  for (const [alias, canonical] of [
    ['U.S.', 'United States'],
    ['US', 'United States'],
    ['USA', 'United States'],
    ['U.S.A.', 'United States'],
    ['America', 'United States'],
    ['UK', 'United Kingdom'],
    ['U.K.', 'United Kingdom'],
    ['Britain', 'United Kingdom'],
    ['Great Britain', 'United Kingdom'],
    ['Turkey', 'Turkey'],
    ['England', 'England'],
    ['Scotland', 'Scotland'],
    ['Wales', 'Wales'],
    ['Northern Ireland', 'Northern Ireland'],
  ] as const) {
    places.set(alias.toLowerCase(), canonical);
    countryNames.add(canonical);
  }
  demonyms.set('turkish', 'Turkey');
  demonyms.set('english', 'England');
  demonyms.set('scottish', 'Scotland');
  demonyms.set('welsh', 'Wales');
  demonyms.set('british', 'United Kingdom');
  demonyms.set('britons', 'United Kingdom');

  const states = (require('states-us') as { states: StateRecord[] }).states;
  for (const s of states) addPlace(s.name, s.name);

  const cities = require('city-timezones/data/cityMap.json') as CityRecord[];
  const bigFirst = [...cities].sort((a, b) => (b.pop ?? 0) - (a.pop ?? 0));
  for (const c of bigFirst) {
    // Small towns share names with people and words ("Marion", "Sale"): only cities of some size.
    if ((c.pop ?? 0) < 15_000) continue;
    addPlace(c.city, c.city);
    if (c.city_ascii && c.city_ascii !== c.city && c.city_ascii.split(' ').length === c.city.split(' ').length)
      addPlace(c.city_ascii, c.city_ascii);
  }
  for (const c of bigFirst) if (c.province) addPlace(c.province, c.province);

  const firstNames = new Map<string, Gender | undefined>();
  const lastNames = new Set<string>();
  const people = new Set<string>();
  const organizations = new Set<string>();
  const commonWords = new Set<string>();
  const verbs = new Set<string>();
  const adjectives = new Set<string>();
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, unknown> } } }).model().one.lexicon;
  for (const [word, value] of Object.entries(lexicon)) {
    const tags = tagsOf(value);
    if (tags.includes('MaleName') || tags.includes('FemaleName') || tags.includes('FirstName')) {
      const gender: Gender | undefined = tags.includes('MaleName') ? 'male' : tags.includes('FemaleName') ? 'female' : undefined;
      const previous = firstNames.get(word);
      firstNames.set(word, firstNames.has(word) && previous !== gender ? undefined : gender);
    }
    if (tags.includes('LastName')) lastNames.add(word);
    if (tags.includes('Person') && word.includes(' ')) people.add(word);
    if (tags.includes('Organization') || tags.includes('SportsTeam')) organizations.add(word);
    if (tags.includes('City') || tags.includes('Country') || tags.includes('Region') || tags.includes('Place'))
      addPlace(word, titleCase(word));
    if (!tags.some((t) => PROPER_TAGS.has(t)) && !word.includes(' ')) commonWords.add(word);
    if (!word.includes(' ') && tags.some((t) => VERB_TAGS.has(t)) && !tags.some((t) => t === 'Singular' || t === 'Plural' || t === 'Actor')) verbs.add(word);
    if (!word.includes(' ') && tags.includes('Adjective')) adjectives.add(word);
  }
  // Countries and cities are never ordinary words, whatever the lexicon says.
  let maxPlaceWords = 1;
  for (const key of places.keys()) maxPlaceWords = Math.max(maxPlaceWords, countWords(key));
  cached = { verbs, adjectives, places, countries: countryNames, demonyms, firstNames, lastNames, people, organizations, commonWords, maxPlaceWords };
  return cached;
}

export function titleCase(phrase: string): string {
  return phrase.replace(/\p{L}+/gu, (w) => w[0]!.toUpperCase() + w.slice(1));
}
