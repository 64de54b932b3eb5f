// Entity recognition without a trained model: capitalised-word runs, split at titles and demonyms,
// typed by gazetteers, name lists, keywords and context, then linked within the document
// (short forms, acronyms, descriptions like "China's president").
import type { FoundEntity, Mention, Span, TextBlock } from './types.ts';
import { gazetteer, type Gender } from './gazetteer.ts';
import { isCapitalized, sentences, tokenize, type Sentence, type Token } from './tokens.ts';

import type { MentionKind } from './types.ts';
import { makeCandidate, spanText, type Candidate, type Run } from './entities/candidate.ts';
import { classify } from './entities/classify.ts';
import { link } from './entities/link.ts';
import { typesFromContext } from './entities/context.ts';
import { appositionRole } from './entities/roles.ts';
import { competitionsAsEvents, isSportsDocument, isSportsResults, teamsFromPlaces, teamsInSportsReport } from './entities/sports.ts';
import {
  EVENT_WORDS,
  FEMALE_TITLES,
  isWord,
  lower,
  MALE_TITLES,
  NAME_JOINERS,
  NOT_NAMES,
  ORG_WORDS,
  PLACE_WORDS,
  RELATIONAL_NOUNS,
  ROLE_NOUNS,
  TITLE_HEADS,
  TITLES,
} from './entities/vocabulary.ts';
export type { MentionKind };

import type { DocEntity, EntityMention } from './entities/model.ts';
export type { DocEntity, EntityMention };

export interface DocAnalysis {
  tokens: Token[];
  sentences: Sentence[];
  entities: DocEntity[];
  /** Every mention in text order, with its entity. */
  mentionIndex: Array<{ mention: EntityMention; entity: DocEntity }>;
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

/** A word the name lists know as a person's or a place's name. */
function isKnownName(word: string): boolean {
  const g = gazetteer();
  return g.firstNames.has(word) || g.lastNames.has(word) || g.places.has(word) || g.demonyms.has(word);
}

const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

function nameLike(tokens: Token[], i: number, sentence: Sentence, seen: SeenWords): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'word') return false;
  if (!isCapitalized(t.text)) return false;
  // An initial ("A. Hollioake") before a capitalised word.
  if (/^\p{Lu}\.$/u.test(t.text)) return !!tokens[i + 1] && isCapitalized(tokens[i + 1]!.text) && tokens[i + 1]!.kind === 'word';
  const key = lower(t);
  // "Six Nations", "Big Ten": a capitalised number mid-sentence before another capital starts a name.
  if (NUMBER_WORDS.has(key) && !startsClause(tokens, i, sentence) && tokens[i + 1]?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1]!.text)) return true;
  if (NOT_NAMES.has(key) || NOT_NAMES.has(t.text.toLowerCase())) return false;
  // A title before a name ("Sen. Rita Moreno" at the start of a sentence).
  if (TITLE_HEADS.has(key) && tokens[i + 1]?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1]!.text)) return true;
  if (startsClause(tokens, i, sentence)) {
    const g = gazetteer();
    // "Mobile phones…", "Nice weather…": a town named like an ordinary word, opening a sentence before a lower-case word.
    const ordinaryOpening = g.commonWords.has(key) && tokens[i + 1]?.kind === 'word' && /^\p{Ll}/u.test(tokens[i + 1]!.text);
    const known = (g.places.has(key) && !ordinaryOpening) || g.firstNames.has(key) || g.lastNames.has(key) || g.demonyms.has(key);
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
        // "New York Stock Exchange", "Los Angeles Dodgers": capitals after the place continue one name.
        let j = i + known;
        while (j < sentence.last && nameLike(tokens, j, sentence, seen) && !startsClause(tokens, j, sentence)) j++;
        runs.push({ first: i, last: j });
        i = j;
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
      // "Securities and Exchange Commission", "Food and Drug Administration": a word no name list knows, "and", a name
      // ending in an organisation noun are one name.
      if (t?.text === 'and' && j === i + 1 && !isKnownName(lower(tokens[i]!))) {
        let end = j + 1;
        while (end < sentence.last && end - j <= 4 && nameLike(tokens, end, sentence, seen)) end++;
        if (end > j + 1 && ORG_WORDS.has(lower(tokens[end - 1]!))) {
          j = end;
          continue;
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

/** Splits titles and demonyms off the front of a run, and returns the candidates it holds. */
/**
 * Where a title inside a run starts a second name: "Quillby Cardinal Tomas Brann", "Tolland Rowing Club Chairman
 * Anna Berg" are an organisation or place followed by a titled person. Title words before it ("Foreign Minister")
 * belong to the title.
 */
export function titleSplitPoint(tokens: Token[], run: Run): number | null {
  for (let k = run.first + 1; k < run.last - 1; k++) {
    if (!TITLE_HEADS.has(lower(tokens[k]!)) || !/^\p{Lu}\p{Ll}/u.test(tokens[k + 1]!.text)) continue;
    const prefix = tokens.slice(run.first, k);
    if (prefix.every((t) => TITLES.has(lower(t)) || gazetteer().demonyms.has(lower(t)))) continue;
    if (prefix.some((t) => NAME_JOINERS.has(t.text.toLowerCase()))) continue;
    return k;
  }
  return null;
}

function candidatesFromRun(text: string, tokens: Token[], run: Run): Candidate[] {
  const split = titleSplitPoint(tokens, run);
  if (split !== null) return [...candidatesFromRun(text, tokens, { first: run.first, last: split }), ...candidatesFromRun(text, tokens, { first: split, last: run.last })];
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
  const demonymKey = c.words.map((w) => w.toLowerCase()).join(' ');
  if (c.words.length <= 3 && g.demonyms.has(demonymKey) && !title) {
    // ("South African" too: a demonym of several words.)
    c.type = 'place';
    c.kind = 'demonym';
    c.canonical = g.demonyms.get(demonymKey)!;
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

// Calls to action a site prints around an article: "Sign up for our newsletter", "Follow us on Twitter".
const FURNITURE_OPENING = /^(?:sign (?:up|in)|subscribe|follow us|click here|share (?:this|on)|download (?:our|the)|join our|register (?:now|for|to)|like us|log in|get (?:the|our)\b[^.]*\b(?:newsletter|inbox|email|app))\b/i;

/** A line of page furniture: its capitals are a site's styling, not names. */
export function isPageFurniture(sentence: string): boolean {
  if (FURNITURE_OPENING.test(sentence.trim())) return true;
  return /\b(?:newsletter|inbox)\b/i.test(sentence) && sentence.split(/\s+/).length <= 12 && !/\b(?:said|says)\b/.test(sentence);
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
    if (s.allCaps || isPageFurniture(text.slice(s.start, s.end))) continue;
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
  if (isSportsResults(text, tokens)) teamsFromPlaces(cands, text);
  const sports = isSportsDocument(text, tokens);
  if (sports) {
    teamsInSportsReport(cands, text);
    competitionsAsEvents(cands);
  }
  const entities = link(cands, text, typesFromContext(cands, tokens, sports));
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

/**
 * An entity's mentions with each occurrence once: a titled form ("President Xi Jinping") and the name inside it are
 * one mention, the titled form, carrying the name's span.
 */
export function foundMentions(mentions: readonly EntityMention[]): Mention[] {
  const titled = mentions.filter((m) => m.kind === 'title');
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.kind === 'name' && titled.some((t) => t.start <= m.start && m.end <= t.end && (t.start < m.start || m.end < t.end))) continue;
    const mention: Mention = { start: m.start, end: m.end, kind: m.kind };
    if (m.kind === 'title') {
      const inner = mentions.find((n) => n.kind === 'name' && m.start <= n.start && n.end <= m.end);
      if (inner) mention.name = { start: inner.start, end: inner.end };
    }
    out.push(mention);
  }
  return out;
}

export function toFoundEntities(entities: DocEntity[]): FoundEntity[] {
  return entities
    .filter((e) => e.mentions.length > 0)
    .map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      role: e.role,
      mentions: foundMentions(e.mentions),
    }))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

