// Type from the corpus's evidence beyond each article's own call: a "person" the stories never call by a shorter
// name (no surname alone, no "Mr …") and that opens with an ordinary word is a thing — a film, a show, a fair.
import type { EntityType } from '../../shared/schema.ts';
import { nameKey, wordsOf } from './names.ts';
import { gazetteerPlace, isContinent, isGivenName, isOrdinaryWord } from './places.ts';
import type { EntityRecord } from './records.ts';

// Last words that make a name an event ("Consumer Electronics Show", "Winter Games").
const EVENT_ENDINGS = new Set(['show', 'expo', 'fair', 'festival', 'games', 'cup', 'championship', 'championships', 'open', 'election', 'elections', 'olympics', 'summit', 'conference', 'tournament', 'marathon', 'prix', 'trophy', 'congress', 'week']);

/** The share of records that wrote the name by its last words alone, as people are ("Blair", "Mr Blair"). */
function shortFormShare(records: readonly EntityRecord[], canonical: string): number {
  const key = nameKey(canonical);
  const short = records.filter((r) => r.forms.some((f) => key.endsWith(` ${nameKey(f)}`))).length;
  return records.length ? short / records.length : 0;
}

// Last words of an award's name ("Academy Awards", "Turner Prize"): awards are `other`, whoever gives them.
const AWARD_ENDINGS = new Set(['award', 'awards', 'prize', 'prizes']);
// Last words of a competition's name, when its stories are sports stories ("Champions League", "Davis Cup").
const COMPETITION_ENDINGS = new Set(['league', 'cup', 'championship', 'championships', 'open', 'trophy', 'series', 'tournament', 'games', 'nations']);

/** The type by the usual news conventions the names themselves show: awards are other, competitions events. */
function conventionalType(type: EntityType, words: readonly string[], records: readonly EntityRecord[]): EntityType {
  const last = words[words.length - 1]!.toLowerCase();
  if (words.length >= 2 && AWARD_ENDINGS.has(last)) return 'other';
  const sport = records.filter((r) => r.sport !== null).length;
  if (words.length >= 2 && COMPETITION_ENDINGS.has(last) && sport * 2 > records.length) return 'event';
  return type;
}

/** The type the evidence gives: the vote, corrected by the conventions names show, and a "person" the stories never
 * call by a shorter name whose first word is no given name is a thing. */
export function checkedType(voted: EntityType, canonical: string, records: readonly EntityRecord[], surnameUsed = true): EntityType {
  const words = canonical.split(/\s+/);
  const type = conventionalType(voted, words, records);
  if (type !== 'person') return type;
  // an event's word alone ("Election", "Olympics") names the event, never a person
  if (words.length === 1 && EVENT_ENDINGS.has(words[0]!.toLowerCase())) return 'event';
  // a given name alone, nobody's surname in these stories, is no one person: a work or an award ("Oscar")
  if (words.length === 1 && isGivenName(words[0]!) && !surnameUsed) return 'other';
  if (words.length < 2 || isGivenName(words[0]!) || records.length < 3) return type;
  if (shortFormShare(records, canonical) >= 0.1) return type;
  // written after "in", "at" or "from" most of the time: a place (a venue, a region)
  const placeCues = records.reduce((n, r) => n + r.placeCues, 0);
  const mentions = records.reduce((n, r) => n + r.mentions, 0);
  if (gazetteerPlace(canonical) || isContinent(canonical) || placeCues * 2 >= mentions) return 'place';
  if (EVENT_ENDINGS.has(words[words.length - 1]!.toLowerCase())) return 'event';
  // a name from another language may have a given name no list knows ("Andriy Yermak"): only a name opening with an
  // ordinary word ("Finding Neverland", "Million Dollar Baby") is taken for a thing
  return isOrdinaryWord(words[0]!) ? 'other' : type;
}
