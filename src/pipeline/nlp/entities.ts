// Entity recognition without a trained model: capitalised-word runs, split at titles and demonyms,
// typed by gazetteers, name lists, keywords and context, then linked within the document
// (short forms, acronyms, descriptions like "China's president").
import { slugify } from '../../shared/ids.ts';
import type { EntityType } from '../../shared/schema.ts';
import type { FoundEntity, Span, TextBlock } from './types.ts';
import { gazetteer, type Gender } from './gazetteer.ts';
import { isCapitalized, sentences, tokenize, type Sentence, type Token } from './tokens.ts';

import type { MentionKind } from './types.ts';
import { partitionPoint } from './partition.ts';
export type { MentionKind };

export interface EntityMention extends Span {
  kind: MentionKind;
  /** Index of the sentence the mention is in. */
  sentence: number;
}

export interface DocEntity {
  id: string;
  name: string;
  type: EntityType;
  role: string | null;
  gender: Gender | undefined;
  mentions: EntityMention[];
  /** Lower-cased title words seen before the name ("president", "chinese president"). */
  titles: Set<string>;
  /** Countries seen with the title ("Chinese President Xi" → china). */
  countries: Set<string>;
}

export interface DocAnalysis {
  tokens: Token[];
  sentences: Sentence[];
  entities: DocEntity[];
  /** Every mention in text order, with its entity. */
  mentionIndex: Array<{ mention: EntityMention; entity: DocEntity }>;
}

// Titles written before a name. Lower-case keys; a trailing period is ignored.
const TITLES = new Set(
  `president vice prime minister secretary senator sen rep representative congressman congresswoman governor gov
  mayor mr mrs ms miss dr doctor prof professor judge justice chancellor premier king queen prince princess pope
  general gen lt col colonel sgt sergeant capt captain commander adm admiral chairman chairwoman chair director
  ambassador coach speaker leader chief rev reverend sir lord lady dame sheikh ayatollah president-elect
  cardinal bishop archbishop rabbi councillor councilor alderman inspector detective constable superintendent sheriff
  editor candidate nominee former foreign defense defence interior finance state deputy acting first attorney
  home shadow trade health education culture justice energy labor labour transport environment agriculture commerce
  treasury economy industry`
    .split(/\s+/)
    .filter(Boolean),
);
// Title words that can stand alone before a name; the others only after one of these ("Foreign Minister").
const TITLE_HEADS = new Set(
  `president senator sen rep representative congressman congresswoman governor gov mayor mr mrs ms miss dr prof
  professor judge justice chancellor premier king queen prince princess pope general gen lt col colonel sgt
  sergeant capt captain commander adm admiral chairman chairwoman director ambassador coach speaker leader rev
  reverend sir lord lady dame sheikh ayatollah president-elect minister secretary doctor candidate nominee
  cardinal bishop archbishop rabbi councillor councilor alderman inspector detective constable superintendent sheriff`
    .split(/\s+/)
    .filter(Boolean),
);
const MALE_TITLES = new Set(['mr', 'king', 'prince', 'sir', 'lord', 'congressman', 'sheikh']);
const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'queen', 'princess', 'lady', 'dame', 'congresswoman', 'chairwoman']);

const ORG_WORDS = new Set(
  `party council committee ministry department agency commission congress parliament senate assembly court
  university college school institute academy foundation association federation union league club fc bank corp
  corporation inc ltd co company group holdings bureau office board authority organization organisation
  administration campaign times post news newsroom desk journal tribune herald network press television tv radio airlines
  airways motors church army navy force forces police service services fund trust reserve exchange commission
  government cabinet house white team united city rovers wanderers athletic county chamber society players
  theatre theater orchestra choir`
    .split(/\s+/)
    .filter(Boolean),
);
// Ordinary nouns that end the names of venues ("Quayside Ground", "Anchor Rooms").
const VENUE_WORDS = new Set(['ground', 'grounds', 'hall', 'centre', 'center', 'stadium', 'arena', 'rooms', 'gardens', 'quay', 'wharf', 'pier', 'market', 'library', 'museum', 'gallery', 'cathedral', 'abbey', 'castle', 'tower']);
// Lower-case words that say the name before them is an organisation.
const ORG_CONTEXT = new Set(
  `agency newspaper daily weekly company firm group bank broker brokerage shares stock economist economists
  analyst analysts spokesman spokeswoman chairman executive officials subsidiary unit`
    .split(/\s+/)
    .filter(Boolean),
);
// Ordinary nouns that end company names ("Johnson Controls", "Kansai Electric Power").
const COMPANY_WORDS = new Set(
  `power electric energy controls pharmaceuticals industries systems technologies technology resources motors steel
  oil petroleum mining capital securities partners communications enterprises labs laboratories foods chemicals
  insurance investments ventures brands stores entertainment media telecom software computers electronics
  products services fields mines airlines shipping logistics finance financial data networks solutions consulting
  democrats republicans conservatives liberals socialists greens ferries ferry buses coaches rail railway railways
  lines`
    .split(/\s+/)
    .filter(Boolean),
);
// A few ORG_WORDS that also end place names; decided by the gazetteer first.
const PLACE_WORDS = new Set(
  `river mountain mountains lake island islands street road avenue square valley province state region district
  bay sea ocean gulf peninsula desert park bridge airport station strait coast heights hills beach`
    .split(/\s+/)
    .filter(Boolean),
);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater']);
const EVENT_WORDS = new Set(
  `summit war olympics games cup championship championships conference festival election elections year day
  classic masters prix prize award awards medal
  convention debate primary caucus caucuses tournament open series revolution crisis marathon`
    .split(/\s+/)
    .filter(Boolean),
);
// Words that join parts of one name ("Bank of England", "Charles de Gaulle").
const NAME_JOINERS = new Set(['of', 'de', 'da', 'di', 'van', 'von', 'der', 'den', 'du', 'del', 'la', 'le', 'bin', 'al', 'el', '&']);
// Capitalised words that are never names by themselves.
const NOT_NAMES = new Set(
  `i i'm i've i'd a an the this that these those he she it we they you his her its our their my your there here
  what when where why how who which while if but and or so yet for nor as at by in on of to with from after
  before during since until about into over under between against without within through across also then
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december today yesterday tomorrow mr. mrs. ms. dr. no yes not all some many
  most more several both each every any one two three four five six seven eight nine ten first second third
  last next new according despite however meanwhile still even just only such other another read leave back`
    .split(/\s+/)
    .filter(Boolean),
);
// Nouns that head a description of a person ("Putin's close ally", "China's president").
const ROLE_NOUNS = new Set(
  `president leader premier minister chancellor king queen ally aide adviser advisor spokesman spokeswoman
  spokesperson deputy counterpart wife husband son daughter brother sister friend rival lawyer attorney
  envoy ambassador chief secretary governor mayor senator`
    .split(/\s+/)
    .filter(Boolean),
);
const RELATIONAL_NOUNS = new Set(
  `ally aide adviser advisor spokesman spokeswoman spokesperson deputy counterpart wife husband son daughter
  brother sister friend rival lawyer attorney envoy`
    .split(/\s+/)
    .filter(Boolean),
);

const lower = (t: Token) => t.text.toLowerCase().replace(/\.$/, '');
const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word';

interface Run {
  first: number;
  last: number; // exclusive
}

interface Candidate {
  start: number;
  end: number;
  text: string;
  words: string[];
  type: EntityType | null;
  kind: MentionKind;
  sentence: number;
  title: string | null;
  country: string | null;
  /** Canonical name when a gazetteer says it ("U.S." → "United States"). */
  canonical: string | null;
  gender: Gender | undefined;
  /** Type from weak evidence only (may be overridden by linking). */
  tentative: boolean;
}

function startsClause(tokens: Token[], i: number, sentence: Sentence): boolean {
  if (i === sentence.first) return true;
  const prev = tokens[i - 1]!;
  return /^[“"‘'(\[:;—–-]$/.test(prev.text) || (prev.kind === 'punct' && /^[.!?]$/.test(prev.text));
}

/** A capitalised word that may be (part of) a name here. */
/** What the document itself says about its words: written lower case somewhere, capitalised mid-sentence. */
interface SeenWords {
  lower: Set<string>;
  capitalizedMidSentence: Set<string>;
}

function nameLike(tokens: Token[], i: number, sentence: Sentence, seen: SeenWords): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'word') return false;
  if (!isCapitalized(t.text)) return false;
  // An initial ("A. Hollioake") before a capitalised word.
  if (/^\p{Lu}\.$/u.test(t.text)) return !!tokens[i + 1] && isCapitalized(tokens[i + 1]!.text) && tokens[i + 1]!.kind === 'word';
  const key = lower(t);
  if (NOT_NAMES.has(key) || NOT_NAMES.has(t.text.toLowerCase())) return false;
  // A title before a name ("Sen. Rita Moreno" at the start of a sentence).
  if (TITLE_HEADS.has(key) && tokens[i + 1]?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1]!.text)) return true;
  if (startsClause(tokens, i, sentence)) {
    const g = gazetteer();
    const known = g.places.has(key) || g.firstNames.has(key) || g.lastNames.has(key) || g.demonyms.has(key);
    // A word the document also capitalises mid-sentence is a name here too ("Dole said …").
    const nameElsewhere = seen.capitalizedMidSentence.has(t.text) && !seen.lower.has(key);
    if (!known && !nameElsewhere && (g.commonWords.has(key) || seen.lower.has(key))) return false;
  }
  return true;
}

function runsOf(tokens: Token[], sentence: Sentence, seen: SeenWords): Run[] {
  const runs: Run[] = [];
  let i = sentence.first;
  while (i < sentence.last) {
    // A known multi-word place whose first word alone looks ordinary ("New York", "Los Angeles").
    if (isCapitalized(tokens[i]!.text)) {
      const known = longestKnown(tokens, i, sentence.last, (k) => gazetteer().places.has(k), gazetteer().maxPlaceWords);
      if (known >= 2 && tokens.slice(i, i + known).every((t) => isCapitalized(t.text) || NAME_JOINERS.has(t.text.toLowerCase()))) {
        runs.push({ first: i, last: i + known });
        i += known;
        continue;
      }
    }
    if (!nameLike(tokens, i, sentence, seen)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const t = tokens[j];
      if (j < sentence.last && t && nameLike(tokens, j, sentence, seen) && !startsClause(tokens, j, sentence)) {
        j++;
        continue;
      }
      // A possessive inside an organisation's name: "Harwick Fishermen’s Association".
      if (t && /^['’]s$/i.test(t.text) && j + 1 < sentence.last && nameLike(tokens, j + 1, sentence, seen)) {
        let k = j + 1;
        while (k < sentence.last && k - j <= 3 && nameLike(tokens, k, sentence, seen) && !ORG_WORDS.has(lower(tokens[k]!))) k++;
        if (k < sentence.last && k - j <= 3 && ORG_WORDS.has(lower(tokens[k]!)) && isCapitalized(tokens[k]!.text)) {
          j = k + 1;
          continue;
        }
      }
      // A joiner inside a name: "Bank of England", "Communist Party of China", "Year of Sports Exchange".
      if (j < sentence.last - 1 && t && NAME_JOINERS.has(t.text.toLowerCase())) {
        let k = j + 1;
        if (tokens[k]?.text.toLowerCase() === 'the') k++;
        if (k < sentence.last && nameLike(tokens, k, sentence, seen)) {
          const prev = lower(tokens[j - 1]!);
          const joinerOk = t.text === '&' || t.text.toLowerCase() !== 'of' || ORG_WORDS.has(prev) || EVENT_WORDS.has(prev) || PLACE_WORDS.has(prev) || ['republic', 'kingdom', 'bank', 'university', 'year', 'gulf', 'sea', 'isle', 'cape', 'lake', 'mount', 'duke', 'prince', 'city', 'state', 'states'].includes(prev);
          if (joinerOk) {
            j = k + 1;
            continue;
          }
        }
      }
      break;
    }
    runs.push({ first: i, last: j });
    i = j;
  }
  return runs;
}

/** Longest gazetteer match starting at token i (case-insensitive), within the sentence. */
function longestKnown(tokens: Token[], i: number, end: number, lookup: (key: string) => boolean, maxWords: number): number {
  let best = 0;
  let key = '';
  let words = 0;
  for (let j = i; j < end && words < maxWords; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && t.text !== '&') break;
    key = key ? `${key} ${lower(t)}` : lower(t);
    words++;
    if (lookup(key)) best = j + 1 - i;
  }
  return best;
}

function spanText(text: string, tokens: Token[], first: number, last: number): string {
  return text.slice(tokens[first]!.start, tokens[last - 1]!.end);
}

function makeCandidate(text: string, tokens: Token[], first: number, last: number, extra: Partial<Candidate>): Candidate {
  const words = tokens.slice(first, last).map((t) => t.text);
  return {
    start: tokens[first]!.start,
    end: tokens[last - 1]!.end,
    text: spanText(text, tokens, first, last),
    words,
    type: null,
    kind: 'name',
    sentence: tokens[first]!.sentence,
    title: null,
    country: null,
    canonical: null,
    gender: undefined,
    tentative: false,
    ...extra,
  };
}

/** Types a name run (titles and demonyms already split off). */
function classify(c: Candidate, tokens: Token[], firstToken: number): void {
  const g = gazetteer();
  const words = c.words.map((w) => w.toLowerCase().replace(/\.$/, ''));
  const key = c.words.map((w) => w.toLowerCase()).join(' ').replace(/\s+(['’]s)$/, '');
  const head = words[words.length - 1]!;
  const firstWord = words[0]!;
  const hasOrgWord = words.some((w) => ORG_WORDS.has(w));
  const hasEventWord = words.some((w) => EVENT_WORDS.has(w));
  if (c.title) {
    c.type = 'person';
    return;
  }
  if (g.people.has(key)) {
    c.type = 'person';
    c.gender = g.firstNames.get(firstWord);
    return;
  }
  if (g.organizations.has(key)) {
    c.type = 'organization';
    return;
  }
  const place = g.places.get(key) ?? g.places.get(key.replace(/\./g, ''));
  if (place && !(words.length > 1 && g.firstNames.has(firstWord) && !g.places.has(firstWord) && g.lastNames.has(head))) {
    c.type = 'place';
    c.canonical = place;
    return;
  }
  if (words.length > 1 && (PLACE_WORDS.has(head) || COMPASS.has(firstWord)) && (!hasOrgWord || (COMPASS.has(firstWord) && words.length === 2))) {
    c.type = 'place';
    return;
  }
  // A lone event word ("Year 9", "the Cup") is not a name by itself.
  if (words.length === 1 && EVENT_WORDS.has(head)) {
    c.type = 'other';
    c.tentative = true;
    return;
  }
  if (hasEventWord && (EVENT_WORDS.has(head) || words.includes('of')) && (!hasOrgWord || (EVENT_WORDS.has(firstWord) && words[1] === 'of'))) {
    c.type = 'event';
    return;
  }
  if (hasOrgWord) {
    c.type = 'organization';
    return;
  }
  if (words.length > 1 && g.firstNames.has(firstWord)) {
    c.type = 'person';
    c.gender = g.firstNames.get(firstWord);
    return;
  }
  if (words.length > 1 && words.length <= 4 && (g.lastNames.has(head) || /^\p{Lu}\.$/u.test(c.words[0]!))) {
    c.type = 'person';
    return;
  }
  const single = c.words.length === 1 ? c.words[0]! : '';
  if (single && /^\p{Lu}{2,6}$/u.test(single.replace(/\./g, ''))) {
    c.type = 'organization';
    c.tentative = true;
    return;
  }
  // "Air France", "Dynamo Moscow": a place inside an unknown multi-word name makes it an organisation.
  if (words.length > 1 && !g.firstNames.has(firstWord) && words.some((w) => g.places.has(w) || g.demonyms.has(w))) {
    c.type = 'organization';
    c.tentative = true;
    return;
  }
  // "Douglas & Lomason", "Johnson Controls", "Kansai Electric Power": a joined pair or an ordinary noun at the end
  // makes a company, not a person.
  if (words.length > 1 && (words.includes('&') || COMPANY_WORDS.has(head))) {
    c.type = 'organization';
    c.tentative = true;
    return;
  }
  // "Anchor Rooms", "Quayside Ground": a name ending in an ordinary noun is a place or thing, not a person.
  if (words.length > 1 && ((g.commonWords.has(head) && /[^s]s$/.test(head)) || VENUE_WORDS.has(head)) && !g.lastNames.has(head) && !g.firstNames.has(head)) {
    c.type = VENUE_WORDS.has(head) ? 'place' : 'other';
    c.tentative = true;
    return;
  }
  if (words.length > 1 && words.length <= 3 && c.words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w))) {
    c.type = 'person';
    c.tentative = true;
    return;
  }
  if (single && (g.lastNames.has(firstWord) || g.firstNames.has(firstWord))) {
    c.type = 'person';
    c.tentative = true;
    c.gender = g.lastNames.has(firstWord) ? undefined : g.firstNames.get(firstWord);
    return;
  }
  // Context: a name followed by what it is ("Interfax news agency", "Rabobank economist") is an organisation.
  const lastToken = firstToken + c.words.length - 1;
  const next1 = tokens[lastToken + 1]?.text.toLowerCase() ?? '';
  const next2 = tokens[lastToken + 2]?.text.toLowerCase() ?? '';
  if (ORG_CONTEXT.has(next1) || (next1 === 'news' && next2 === 'agency')) {
    c.type = 'organization';
    c.tentative = true;
    return;
  }
  // Context: "in X", "at X" for an unknown single word suggests a place.
  const prev = tokens[firstToken - 1];
  if (single && prev && ['in', 'at', 'near', 'outside'].includes(prev.text.toLowerCase())) {
    c.type = 'place';
    c.tentative = true;
    return;
  }
  c.type = 'other';
  c.tentative = true;
}

/** Splits titles and demonyms off the front of a run, and returns the candidates it holds. */
function candidatesFromRun(text: string, tokens: Token[], run: Run): Candidate[] {
  const g = gazetteer();
  const out: Candidate[] = [];
  let i = run.first;
  let country: string | null = null;
  // Possessive country before a title: "China's President Xi" is handled by the caller's description pass.
  const firstKey = lower(tokens[i]!);
  if (run.last - i > 1 && g.demonyms.has(firstKey)) {
    const next = lower(tokens[i + 1]!);
    if (TITLES.has(next) || g.firstNames.has(next)) {
      country = g.demonyms.get(firstKey)!;
      out.push(makeCandidate(text, tokens, i, i + 1, { type: 'place', kind: 'demonym', canonical: country }));
      i++;
    }
  }
  // "Secretary of State John Kerry": the word after "<title> of" belongs to the title.
  let titlePrefix = '';
  const ofToken = tokens[i - 1];
  const titleToken = tokens[i - 2];
  if (ofToken?.text === 'of' && titleToken && TITLE_HEADS.has(lower(titleToken)) && run.last - i > 1 && isCapitalized(tokens[i + 1]!.text)) {
    titlePrefix = `${text.slice(titleToken.start, tokens[i]!.end)} `;
    i++;
  }
  // Titles: a run of title words ending in a head ("Foreign Minister", "Vice President", "Sen.").
  let titleEnd = i;
  for (let j = i; j < run.last - 1; j++) {
    const w = lower(tokens[j]!);
    if (!TITLES.has(w)) break;
    if (TITLE_HEADS.has(w)) titleEnd = j + 1;
  }
  let title: string | null = titlePrefix ? titlePrefix.trim() : null;
  let gender: Gender | undefined;
  if (titleEnd > i) {
    title = titlePrefix + spanText(text, tokens, i, titleEnd);
    const words = tokens.slice(i, titleEnd).map(lower);
    if (words.some((w) => MALE_TITLES.has(w))) gender = 'male';
    if (words.some((w) => FEMALE_TITLES.has(w))) gender = 'female';
    i = titleEnd;
  }
  if (i >= run.last) return out;
  const c = makeCandidate(text, tokens, i, run.last, { title, country });
  classify(c, tokens, i);
  if (gender) c.gender = gender;
  else if (c.type === 'person' && c.words.length > 1) c.gender = g.firstNames.get(c.words[0]!.toLowerCase());
  // "Chinese Communist Party" stays whole; a lone demonym names its country.
  if (c.words.length === 1 && g.demonyms.has(c.words[0]!.toLowerCase()) && !title) {
    c.type = 'place';
    c.kind = 'demonym';
    c.canonical = g.demonyms.get(c.words[0]!.toLowerCase())!;
    c.tentative = false;
  }
  out.push(c);
  // "National Congress of the Communist Party of China" also names the party.
  if ((c.type === 'organization' || c.type === 'event') && c.words.length > 3) {
    for (let j = i + 1; j < run.last - 1; j++) {
      if (tokens[j]!.text !== 'of') continue;
      const from = tokens[j + 1]!.text.toLowerCase() === 'the' ? j + 2 : j + 1;
      const rest = tokens.slice(from, run.last).map(lower);
      if (rest.length > 2 && rest.some((w) => ORG_WORDS.has(w))) {
        out.push(makeCandidate(text, tokens, from, run.last, { type: 'organization' }));
        break;
      }
    }
  }
  return out;
}

/** "CPC" for "Communist Party of China": initials of the capitalised words. */
function initialsOf(words: string[]): string {
  return words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

/** Name candidates in an ALL-CAPS sentence: only what a gazetteer or the rest of the document knows. */
function capsCandidates(text: string, tokens: Token[], sentence: Sentence, known: Map<string, Candidate>): Candidate[] {
  const g = gazetteer();
  const out: Candidate[] = [];
  let i = sentence.first;
  while (i < sentence.last) {
    const t = tokens[i]!;
    if (t.kind !== 'word') {
      i++;
      continue;
    }
    const knownLength = longestKnown(tokens, i, sentence.last, (k) => known.has(k), 6);
    const placeLength = longestKnown(tokens, i, sentence.last, (k) => (g.places.has(k) || g.organizations.has(k)) && (k.includes(' ') || !g.commonWords.has(k)), g.maxPlaceWords);
    const length = Math.max(knownLength, placeLength);
    if (length > 0) {
      const key = tokens.slice(i, i + length).map(lower).join(' ');
      const c = makeCandidate(text, tokens, i, i + length, {});
      const k = known.get(key);
      if (knownLength >= placeLength && k) {
        c.type = k.type;
        c.canonical = k.canonical;
      } else if (g.places.has(key)) {
        c.type = 'place';
        c.canonical = g.places.get(key)!;
      } else c.type = 'organization';
      out.push(c);
      i += length;
      continue;
    }
    const demonym = g.demonyms.get(lower(t));
    if (demonym) out.push(makeCandidate(text, tokens, i, i + 1, { type: 'place', kind: 'demonym', canonical: demonym }));
    i++;
  }
  return out;
}

function personKey(words: string[]): string {
  return words.map((w) => w.toLowerCase()).join(' ');
}

/** Links candidates into entities: same names, short forms of full person names, acronyms. */
function link(cands: Candidate[], text: string): DocEntity[] {
  const entities = new Map<string, DocEntity>();
  const ensure = (name: string, type: EntityType): DocEntity => {
    const id = slugify(name);
    let e = entities.get(id);
    if (!e) {
      e = { id, name, type, role: null, gender: undefined, mentions: [], titles: new Set(), countries: new Set() };
      entities.set(id, e);
    }
    return e;
  };
  const full = cands.filter((c) => c.type === 'person' && c.kind === 'name' && c.words.length > 1 && !c.tentative);
  const tentativeFull = cands.filter((c) => c.type === 'person' && c.kind === 'name' && c.words.length > 1 && c.tentative);
  const persons = [...full, ...tentativeFull];
  // Longest form of each person wins as the canonical name ("Xi" → "Xi Jinping").
  const byLastWord = new Map<string, Candidate[]>();
  const byFirstWord = new Map<string, Candidate[]>();
  for (const p of persons) {
    const last = p.words[p.words.length - 1]!.toLowerCase();
    const first = p.words[0]!.toLowerCase();
    if (!byLastWord.has(last)) byLastWord.set(last, []);
    byLastWord.get(last)!.push(p);
    if (!byFirstWord.has(first)) byFirstWord.set(first, []);
    byFirstWord.get(first)!.push(p);
  }
  // "The Harwick Herald" and "Harwick Herald" are one name.
  const nameOf = (c: Candidate): string => c.canonical ?? c.text.replace(/\s+/g, ' ').replace(/^The (?=\p{Lu})/u, '');
  // Multi-word organisations by their last word, when only one has it.
  const orgByLastWord = new Map<string, Candidate>();
  const ambiguous = new Set<string>();
  for (const c of cands) {
    if (c.type !== 'organization' || c.words.length < 2) continue;
    const w = c.words[c.words.length - 1]!.toLowerCase();
    const previous = orgByLastWord.get(w);
    if (previous && nameOf(previous) !== nameOf(c)) ambiguous.add(w);
    else orgByLastWord.set(w, c);
  }
  for (const w of ambiguous) orgByLastWord.delete(w);
  // Acronyms defined in the text: "Communist Party of China (CPC)".
  const acronyms = new Map<string, Candidate>();
  for (const c of cands) {
    if (c.words.length < 2 || (c.type !== 'organization' && c.type !== 'event' && c.type !== 'place')) continue;
    const after = text.slice(c.end, c.end + 14);
    const m = /^\s*\((\p{Lu}[\p{Lu}.&]{1,8})\)/u.exec(after);
    if (!m) continue;
    const acronym = m[1]!.replace(/\./g, '');
    // Prefer the candidate whose initials spell the acronym (the nested "Communist Party of China").
    const current = acronyms.get(m[1]!);
    if (!current || (initialsOf(c.words) === acronym && initialsOf(current.words) !== acronym)) acronyms.set(m[1]!, c);
  }
  for (const list of [...byLastWord.values(), ...byFirstWord.values()]) list.sort((a, b) => a.start - b.start);
  const choosePerson = (options: Candidate[], at: number): Candidate => {
    // The most recent full mention before, else the first after (binary search: options are sorted).
    const lo = partitionPoint(options, (item) => item.start < at);
    return lo > 0 ? options[lo - 1]! : options[0]!;
  };
  const canonicalPerson = new Map<Candidate, string>();
  // One representative per distinct name keeps this linear in mentions, quadratic only in distinct names.
  const distinct = new Map<string, Candidate>();
  for (const p of persons) if (!distinct.has(personKey(p.words))) distinct.set(personKey(p.words), p);
  const canonicalByKey = new Map<string, string>();
  for (const [key, p] of distinct) {
    // A shorter full form ("Xi Jinping") and a longer one with a middle name map to the longest with the same ends.
    let longer: Candidate | null = null;
    for (const q of distinct.values())
      if (q.words.length > p.words.length && personKey(q.words).endsWith(personKey(p.words.slice(-1))) && q.words[0]!.toLowerCase() === p.words[0]!.toLowerCase()) {
        longer = q;
        break;
      }
    canonicalByKey.set(key, longer ? nameOf(longer) : nameOf(p));
  }
  for (const p of persons) canonicalPerson.set(p, canonicalByKey.get(personKey(p.words))!);
  for (const c of cands) {
    let name = nameOf(c);
    let type: EntityType = c.type ?? 'other';
    if (c.kind === 'demonym') {
      ensure(c.canonical!, 'place').mentions.push({ start: c.start, end: c.end, kind: 'demonym', sentence: c.sentence });
      continue;
    }
    const acronym = acronyms.get(c.text);
    if (c.words.length === 1 && acronym) {
      name = nameOf(acronym);
      type = acronym.type ?? 'organization';
    } else if (type === 'person' && c.words.length > 1) {
      name = canonicalPerson.get(c) ?? name;
    } else if (c.words.length === 1 && (c.tentative || type === 'person' || type === 'other' || c.title)) {
      const w = c.words[0]!.toLowerCase();
      const options = byLastWord.get(w) ?? byFirstWord.get(w);
      const org = orgByLastWord.get(w);
      if (options?.length) {
        const p = choosePerson(options, c.start);
        name = canonicalPerson.get(p) ?? nameOf(p);
        type = 'person';
      } else if (org) {
        // "the Herald" after "The Harwick Herald".
        name = nameOf(org);
        type = 'organization';
      }
    } else if (c.words.length === 1 && type === 'organization' && orgByLastWord.has(c.words[0]!.toLowerCase())) {
      name = nameOf(orgByLastWord.get(c.words[0]!.toLowerCase())!);
    }
    if (type === 'other' && c.words.length === 1) {
      // An unknown word that the document uses elsewhere as a typed name takes that type.
      continue;
    }
    const e = ensure(name, type);
    if (e.type === 'other' && type !== 'other') e.type = type;
    e.mentions.push({ start: c.start, end: c.end, kind: c.kind, sentence: c.sentence });
    if (c.title) e.titles.add(c.title.toLowerCase().replace(/\./g, ''));
    if (c.country) e.countries.add(c.country.toLowerCase());
    if (c.gender && !e.gender) e.gender = c.gender;
    if (c.title && !e.role) e.role = roleFromTitle(c.title);
  }
  return [...entities.values()];
}

const TITLE_WORDS: Record<string, string> = { sen: 'Senator', gov: 'Governor', rep: 'Representative', gen: 'General', lt: 'Lieutenant', col: 'Colonel', sgt: 'Sergeant', capt: 'Captain', adm: 'Admiral', rev: 'Reverend', prof: 'Professor', pres: 'President' };
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lady', 'lord']);

/** "Sen." → "Senator"; honorifics alone ("Mr.") are not a role. */
function roleFromTitle(title: string): string | null {
  const words = title.split(/\s+/).map((w) => w.replace(/\.$/, ''));
  if (words.every((w) => HONORIFICS.has(w.toLowerCase()))) return null;
  return words.map((w) => TITLE_WORDS[w.toLowerCase()] ?? w).join(' ');
}

/** Role from an apposition after a full name: "Nikolai Patrushev, secretary of the National Security Council". */
function appositionRole(text: string, mentionEnd: number): string | null {
  const after = text.slice(mentionEnd, mentionEnd + 160);
  const m = /^, ((?:the |a |an )?(?:[a-z][\p{L}-]*|[A-Z][\p{L}.-]*)(?: [\p{L}][\p{L}.'’-]*){0,9}?)(?=,| who | which | chaired | said | says |\.|$)/u.exec(after);
  if (!m) return null;
  const role = m[1]!.replace(/^(?:the|a|an) /, '');
  const firstWord = role.split(' ')[0]!.toLowerCase();
  if (!TITLES.has(firstWord) && !ROLE_NOUNS.has(firstWord) && !/^(?:head|member|founder|owner|executive|official|spokes\w+|co-\w+|chief|editor|analyst|professor|author|manager|chair\w*|vice|deputy|former)$/.test(firstWord))
    return null;
  return role;
}

/**
 * Titled forms of a person's name as mentions of their own ("Russian President Vladimir Putin", "China’s leader
 * Xi", "President Xi Jinping"), nested around the name mention; the title and country also feed the description
 * rules ("China’s president" → Xi).
 */
function addTitledMentions(tokens: Token[], entities: DocEntity[]): void {
  const g = gazetteer();
  const tokenStartingAt = new Map<number, number>();
  tokens.forEach((t, i) => tokenStartingAt.set(t.start, i));
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const added: EntityMention[] = [];
    for (const m of e.mentions) {
      if (m.kind !== 'name') continue;
      const first = tokenStartingAt.get(m.start);
      if (first === undefined) continue;
      let i = first;
      const titleWords: string[] = [];
      while (i > 0 && first - i < 4) {
        const prev = tokens[i - 1]!;
        if (prev.kind !== 'word' || prev.sentence !== tokens[first]!.sentence || !TITLES.has(lower(prev))) break;
        titleWords.unshift(lower(prev));
        i--;
      }
      if (titleWords.length === 0 || !titleWords.some((w) => TITLE_HEADS.has(w))) continue;
      let start = tokens[i]!.start;
      let country: string | null = null;
      const before = tokens[i - 1];
      const owner = tokens[i - 2];
      if (before && g.demonyms.has(before.text.toLowerCase()) && before.sentence === tokens[first]!.sentence) {
        country = g.demonyms.get(before.text.toLowerCase())!;
        start = before.start;
      } else if (before && /^['’]s$/i.test(before.text) && owner && g.places.has(owner.text.toLowerCase())) {
        country = g.places.get(owner.text.toLowerCase())!;
        start = owner.start;
      }
      e.titles.add(titleWords.join(' '));
      if (country) e.countries.add(country.toLowerCase());
      added.push({ start, end: m.end, kind: 'title', sentence: m.sentence });
    }
    for (const a of added) e.mentions.push(a);
  }
}

/**
 * Gender from the text itself where the name lists say nothing: "Fenwick, 58, grew up … on his father’s trawler".
 * Counts he/his/him and she/her in sentences where the person is the only one named, before the pronoun.
 */
function inferGender(tokens: Token[], sents: Sentence[], entities: DocEntity[]): void {
  const persons = entities.filter((e) => e.type === 'person' && !e.gender);
  if (persons.length === 0) return;
  const votes = new Map<DocEntity, { male: number; female: number }>();
  const bySentence = new Map<number, Array<{ entity: DocEntity; start: number }>>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) {
      if (!bySentence.has(m.sentence)) bySentence.set(m.sentence, []);
      bySentence.get(m.sentence)!.push({ entity: e, start: m.start });
    }
  }
  for (const [index, mentions] of bySentence) {
    const people = new Set(mentions.map((m) => m.entity));
    if (people.size !== 1) continue;
    const entity = mentions[0]!.entity;
    if (entity.gender) continue;
    const s = sents[index]!;
    const firstMention = mentions.reduce((min, m) => Math.min(min, m.start), Infinity);
    const v = votes.get(entity) ?? { male: 0, female: 0 };
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i]!;
      if (t.start < firstMention || t.kind !== 'word') continue;
      const w = t.text.toLowerCase();
      if (w === 'he' || w === 'his' || w === 'him' || w === 'himself') v.male++;
      else if (w === 'she' || w === 'her' || w === 'hers' || w === 'herself') v.female++;
    }
    votes.set(entity, v);
  }
  for (const [entity, v] of votes) {
    if (v.male > 0 && v.female === 0) entity.gender = 'male';
    else if (v.female > 0 && v.male === 0) entity.gender = 'female';
  }
}

/** Descriptions that corefer: "Putin's close ally" → the last other person; "China's president" → Xi. */
function resolveDescriptions(tokens: Token[], entities: DocEntity[]): void {
  const g = gazetteer();
  const mentionAt = new Map<number, DocEntity>();
  for (const e of entities) for (const m of e.mentions) if (m.kind !== 'description') mentionAt.set(m.start, e);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const owner = mentionAt.get(t.start);
    const demonym = g.demonyms.get(t.text.toLowerCase());
    const possessive = tokens[i + 1]?.kind === 'punct' && /^['’]s$/i.test(tokens[i + 1]!.text);
    if (!possessive && !demonym) continue;
    // The owner token may be the last word of a longer mention ("Vladimir Putin's"): find that mention's entity.
    const ownerEntity = owner ?? entities.find((e) => e.mentions.some((m) => m.end === t.end && m.kind === 'name'));
    if (!ownerEntity) continue;
    let j = possessive ? i + 2 : i + 1;
    const descStart = t.start;
    // Up to two adjectives before the role noun ("close ally", "top aide").
    let k = j;
    while (k < j + 3 && isWord(tokens[k]) && !ROLE_NOUNS.has(lower(tokens[k]!)) && /^\p{Ll}/u.test(tokens[k]!.text)) k++;
    const headToken = tokens[k];
    if (!isWord(headToken) || !ROLE_NOUNS.has(lower(headToken))) continue;
    // "China's leader Xi" is a title before a name, handled by the name itself.
    const following = tokens[k + 1];
    if (following && isWord(following) && isCapitalized(following.text) && mentionAt.has(following.start)) continue;
    const head = lower(headToken);
    const descEnd = headToken.end;
    j = k + 1;
    let target: DocEntity | undefined;
    if (ownerEntity.type === 'place' && !RELATIONAL_NOUNS.has(head)) {
      const country = ownerEntity.name.toLowerCase();
      const matches = entities.filter((e) => e.type === 'person' && e.countries.has(country) && [...e.titles].some((ti) => ti.split(' ').includes(head)));
      if (matches.length === 1) target = matches[0];
    } else if (ownerEntity.type === 'person' && RELATIONAL_NOUNS.has(head)) {
      // The most recent other person mentioned before the description.
      let best: { e: DocEntity; at: number } | null = null;
      for (const e of entities) {
        if (e === ownerEntity || e.type !== 'person') continue;
        for (const m of e.mentions) if (m.end <= descStart && (!best || m.start > best.at)) best = { e, at: m.start };
      }
      if (best && descStart - best.at < 1500) target = best.e;
    }
    if (target) target.mentions.push({ start: descStart, end: descEnd, kind: 'description', sentence: t.sentence });
  }
}

const SCORE = /^\d{1,3}-\d{1,3}$/;

/** A results report or standings table: several lines with scores or rows of figures. */
function isSportsResults(text: string, tokens: Token[]): boolean {
  let lines = 0;
  let numbers = 0;
  let words = 0;
  let score = false;
  let lastLineEnd = -1;
  const flush = () => {
    if (score || (numbers >= 2 && numbers >= words)) lines++;
    numbers = 0;
    words = 0;
    score = false;
  };
  for (const t of tokens) {
    if (lastLineEnd >= 0 && text.slice(lastLineEnd, t.start).includes('\n')) flush();
    if (t.kind === 'number') {
      numbers++;
      if (SCORE.test(t.text)) score = true;
    } else if (t.kind === 'word') words++;
    lastLineEnd = t.end;
    if (lines >= 3) return true;
  }
  flush();
  return lines >= 3;
}

/** In sports results a city or region names its team ("Chicago 5 Boston 3"); countries stay places. */
function teamsFromPlaces(cands: Candidate[], tokens: Token[], text: string): void {
  const g = gazetteer();
  for (const c of cands) {
    const lineStart = text.lastIndexOf('\n', c.start) + 1;
    const lineEndRaw = text.indexOf('\n', c.end);
    const line = text.slice(lineStart, lineEndRaw < 0 ? text.length : lineEndRaw);
    // An unknown name in a line of scores is a team ("Ruch 2 Petofi 1").
    if (c.type === 'other' && c.kind === 'name' && /(?:^|\s)\d{1,3}(?:-\d{1,3})?(?:\s|$)/.test(line)) {
      c.type = 'organization';
      continue;
    }
    if (c.type !== 'place' || c.kind !== 'name' || g.countries.has(c.canonical ?? c.text)) continue;
    // A dateline ("LONDON 1996-08-30") and "in Chicago" keep the place.
    if (/^\S[^\n]*\d{4}-\d{2}-\d{2}\s*$/.test(line) && line.split(' ').length <= 5) continue;
    // A venue heading a result line ("Bristol : Gloucestershire 238") stays a place.
    if (/^\s*:/.test(text.slice(c.end, c.end + 3)) && c.start === lineStart) continue;
    const before = text.slice(Math.max(lineStart, c.start - 6), c.start).toLowerCase();
    if (/\b(in|at|near|from|of)\s+$/.test(before)) continue;
    const scoreLine = /(?:^|\s)\d{1,3}(?:-\d{1,3})?(?:\s|$)/.test(line) && !/[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}/.test(line);
    // In running text a place is a team only as the side of a match ("Essex beat Kent", "against Yorkshire").
    const after = text.slice(c.end, c.end + 12).toLowerCase();
    const matchSide = /^\s+(beat|beats|drew|draw|lost|won|defeated|held|trail|led|lead|v|vs)\b/.test(after) || /\b(beat|against|defeated|v|vs|versus|and)\s+$/.test(text.slice(Math.max(lineStart, c.start - 10), c.start).toLowerCase());
    if (!scoreLine && !matchSide) continue;
    c.type = 'organization';
  }
  void tokens;
}

/** Recognises and links the entities of a document. */
export function analyzeEntities(text: string, blocks: TextBlock[]): DocAnalysis {
  const tokens: Token[] = [];
  const sents: Sentence[] = [];
  for (const block of blocks) {
    const blockTokens = tokenize(text, block.start, block.end);
    const offset = tokens.length;
    const blockSentences = sentences(text, blockTokens);
    const base = sents.length;
    for (const s of blockSentences) {
      for (let i = s.first; i < s.last; i++) blockTokens[i]!.sentence += base;
      sents.push({ ...s, first: s.first + offset, last: s.last + offset });
    }
    for (const t of blockTokens) tokens.push(t);
  }
  const lowercaseSeen = new Set<string>();
  for (const t of tokens) if (t.kind === 'word' && /^\p{Ll}/u.test(t.text)) lowercaseSeen.add(t.text);
  const capitalizedMidSentence = new Set<string>();
  for (const s of sents) {
    if (s.allCaps) continue;
    for (let i = s.first + 1; i < s.last; i++) {
      const t = tokens[i]!;
      if (t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text) && !startsClause(tokens, i, s)) capitalizedMidSentence.add(t.text);
    }
  }

  const cands: Candidate[] = [];
  for (const s of sents) {
    if (s.allCaps) continue;
    for (const run of runsOf(tokens, s, { lower: lowercaseSeen, capitalizedMidSentence })) {
      // A sentence-initial capital that is a known ordinary word was already dropped; titles and demonyms split here.
      for (const c of candidatesFromRun(text, tokens, run)) cands.push(c);
    }
  }
  // ALL-CAPS sentences: names the rest of the document knows, and gazetteer entries.
  if (sents.some((s) => s.allCaps)) {
    const known = new Map<string, Candidate>();
    for (const c of cands) {
      if (c.kind !== 'name' || c.type === 'other') continue;
      known.set(c.words.map((w) => w.toLowerCase()).join(' '), c);
      if (c.type === 'person' && c.words.length > 1) known.set(c.words[c.words.length - 1]!.toLowerCase(), c);
    }
    for (const s of sents) if (s.allCaps) for (const c of capsCandidates(text, tokens, s, known)) cands.push(c);
    cands.sort((a, b) => a.start - b.start);
  }
  if (isSportsResults(text, tokens)) teamsFromPlaces(cands, tokens, text);
  const entities = link(cands, text);
  for (const e of entities) {
    for (const m of e.mentions) {
      if (e.role) break;
      if (e.type === 'person' && m.kind === 'name') e.role = appositionRole(text, m.end);
    }
  }
  addTitledMentions(tokens, entities);
  inferGender(tokens, sents, entities);
  resolveDescriptions(tokens, entities);
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  const mentionIndex = entities
    .flatMap((entity) => entity.mentions.map((mention) => ({ mention, entity })))
    .sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
  return { tokens, sentences: sents, entities, mentionIndex };
}

export function toFoundEntities(entities: DocEntity[]): FoundEntity[] {
  return entities
    .filter((e) => e.mentions.length > 0)
    .map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      role: e.role,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, kind: m.kind })),
    }))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

