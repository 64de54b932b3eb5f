// What the name lists say about places: which names are countries (a country's name used for its national team
// stays the place), which are towns (whose name a club may carry), and which places a demonym can stand for.
import { createRequire } from 'node:module';
import { gazetteer } from '../nlp/gazetteer.ts';
import { nameKey } from './names.ts';

const require = createRequire(import.meta.url);

interface CountryRecord {
  name: { common: string };
  demonyms?: { eng?: { m?: string; f?: string } };
}

// Continents and regions whose adjective a text uses as for a country ("European", "African").
const REGION_DEMONYMS: ReadonlyArray<[string, string]> = [
  ['european', 'Europe'],
  ['african', 'Africa'],
  ['asian', 'Asia'],
  ['latin american', 'Latin America'],
  ['south american', 'South America'],
  ['north american', 'North America'],
  ['middle eastern', 'Middle East'],
  ['arab', 'Arab world'],
];

let demonymTable: Map<string, string[]> | null = null;

/** Every place a demonym (lower case, singular or plural) can stand for: "indian" → India, British Indian Ocean Territory. */
export function placesOfDemonym(demonym: string): string[] {
  if (!demonymTable) {
    const table = new Map<string, string[]>();
    const add = (word: string, place: string) => {
      const key = nameKey(word);
      const list = table.get(key) ?? [];
      if (!list.includes(place)) list.push(place);
      table.set(key, list);
    };
    for (const c of require('world-countries/countries.json') as CountryRecord[]) {
      for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
        if (!d) continue;
        add(d, c.name.common);
        if (!/(ese|ss|sh|ch|x|s)$/i.test(d)) add(`${d}s`, c.name.common);
      }
    }
    for (const [word, place] of REGION_DEMONYMS) {
      add(word, place);
      add(`${word}s`, place);
    }
    for (const [word, place] of gazetteer().demonyms) add(word, place);
    demonymTable = table;
  }
  return demonymTable.get(nameKey(demonym)) ?? [];
}

export function isDemonym(form: string): boolean {
  return placesOfDemonym(form).length > 0;
}

/** A country (or one of the UK's nations): its name in a sports story is its national team, still the place. */
export function isCountry(name: string): boolean {
  const places = gazetteer().places;
  const canonical = places.get(name.toLowerCase());
  return canonical !== undefined && gazetteer().countries.has(canonical);
}

const CONTINENTS = new Set(['europe', 'africa', 'asia', 'america', 'north america', 'south america', 'latin america', 'oceania', 'antarctica', 'australasia', 'scandinavia', 'middle east', 'caribbean']);

/** A town, city or region the name lists know: not a country, not a continent. */
export function isTown(name: string): boolean {
  const lower = name.toLowerCase();
  return gazetteer().places.has(lower) && !isCountry(name) && !CONTINENTS.has(lower);
}

/** A continent or a region of several countries. */
export function isContinent(name: string): boolean {
  return CONTINENTS.has(name.toLowerCase());
}

/** A given name ("David", "Chelsea"): alone, it names nobody in particular. */
export function isGivenName(name: string): boolean {
  return gazetteer().firstNames.has(name.toLowerCase());
}

/** An ordinary word of the language ("office", "league"), by the lexicon. */
export function isOrdinaryWord(word: string): boolean {
  return gazetteer().commonWords.has(word.toLowerCase());
}

/** Whether the name lists know the name as a place (country, region, city). */
export function gazetteerPlace(name: string): boolean {
  return gazetteer().places.has(name.toLowerCase());
}

/** The name lists' own name for a place ("kiev" → "Kiev"), or undefined. */
export function gazetteerCanonical(name: string): string | undefined {
  return gazetteer().places.get(name.toLowerCase());
}
