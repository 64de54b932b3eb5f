// Sports pages: in results and reports a town or region names its team, which is an organisation.
import { gazetteer } from '../gazetteer.ts';
import type { Token } from '../tokens.ts';
import type { Candidate } from './candidate.ts';
import { PLACE_WORDS } from './vocabulary.ts';

const SCORE = /^\d{1,3}-\d{1,3}$/;

/** A results report or standings table: several lines with scores or rows of figures. */
export function isSportsResults(text: string, tokens: Token[]): boolean {
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

/**
 * A name that only the shape of its words made a person, standing as a side in a score line: "Port Quill 2",
 * "Tolland Orient 1 Brann 0". Players in results carry their country ("Anna Berg (Norway) 6-2") or follow a
 * scorecard mark ("c Berg b Mott 12"), and those stay people.
 */
export function isScoreSide(c: Candidate, text: string, lineStart: number): boolean {
  if (c.type !== 'person' || !c.tentative || c.kind !== 'name' || /^\p{Lu}\./u.test(c.text)) return false;
  if (!/^\s+\d{1,3}(?:\s|$)/.test(text.slice(c.end, c.end + 6))) return false;
  const before = text.slice(lineStart, c.start);
  return !/\b(?:c|b|lbw|st|run out)\s*$/.test(before) && (before.trim() === '' || /\d\s*$/.test(before));
}

/** In sports results a city or region names its team ("Chicago 5 Boston 3"); countries stay places. */
export function teamsFromPlaces(cands: Candidate[], text: string): void {
  const g = gazetteer();
  for (const c of cands) {
    const lineStart = text.lastIndexOf('\n', c.start) + 1;
    const lineEndRaw = text.indexOf('\n', c.end);
    const line = text.slice(lineStart, lineEndRaw < 0 ? text.length : lineEndRaw);
    // An unknown name in a line of scores is a team ("Ruch 2 Petofi 1").
    // (Not a lone letter or an ordinary word: "N/A", "Men's singles".)
    const ordinary = c.words.length === 1 && (c.text.length < 2 || g.commonWords.has(c.text.toLowerCase()));
    if (c.type === 'other' && c.kind === 'name' && !ordinary && /(?:^|\s)\d{1,3}(?:-\d{1,3})?(?:\s|$)/.test(line)) {
      c.type = 'organization';
      continue;
    }
    if (isScoreSide(c, text, lineStart)) {
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
}

// Words that only sports reports use often: games, scoring, competitions, positions.
const SPORT_WORDS = new Set(
  `match matches fixture fixtures goal goals scored scorer striker midfielder defender goalkeeper keeper winger
  penalty penalties halftime half-time kick-off league cup semi-final semifinal quarter-final final finals
  tournament championship season squad club clubs coach manager captain innings wicket wickets batsman bowler
  bowled century test tests try tries rugby soccer football cricket tennis golf baseball basketball hockey
  homer homered inning innings pitcher pitched race lap laps podium seed seeded set sets tie-break title
  victory defeat draw drew beat beaten win won unbeaten relegation promoted champions striker play-off playoff`
    .split(/\s+/)
    .filter(Boolean),
);

/** A sports report: at least four different sports words, or a results table. */
export function isSportsDocument(text: string, tokens: Token[]): boolean {
  const seen = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    const w = t.text.toLowerCase();
    if (SPORT_WORDS.has(w)) seen.add(w);
    if (seen.size >= 4) return true;
  }
  return isSportsResults(text, tokens);
}

// Words before a name that say it is the place itself: "in Leeds", "at Old Trafford, Manchester".
const LOCATIVE_BEFORE = /(?:\b(?:in|at|near|outside|around|across|into|through|towards?|via)|,)\s+$/i;

/**
 * In a sports report a town, county or state that is not a country stands for its team (CoNLL and news usage:
 * "Essex need 148 runs", "Leeds' striker"), unless the words around it make it the place: after "in"/"at", in a
 * dateline, or naming a venue ("Hove : Sussex 363"). Countries and continents stay places (a national side is the
 * country).
 */
export function teamsInSportsReport(cands: Candidate[], text: string): void {
  const g = gazetteer();
  for (const c of cands) {
    // Only towns and regions the gazetteer knows: "Quay Street" or "Skerrin Island" never play.
    if (c.type !== 'place' || c.kind !== 'name' || !c.canonical || g.countries.has(c.canonical) || CONTINENTS.has(c.canonical.toLowerCase())) continue;
    if (PLACE_WORDS.has(c.words[c.words.length - 1]!.toLowerCase())) continue;
    const lineStart = text.lastIndexOf('\n', c.start) + 1;
    const lineEnd = text.indexOf('\n', c.end);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    if (/^\S[^\n]*\d{4}-\d{2}-\d{2}\s*$/.test(line) && line.split(' ').length <= 5) continue;
    if (/^\s*:/.test(text.slice(c.end, c.end + 3))) continue;
    if (LOCATIVE_BEFORE.test(text.slice(Math.max(lineStart, c.start - 12), c.start))) continue;
    // "(London)" after a venue or a player: the place itself.
    if (/\(\s*$/.test(text.slice(Math.max(lineStart, c.start - 3), c.start))) continue;
    c.type = 'organization';
    c.canonical = null;
  }
}

const CONTINENTS = new Set(['europe', 'asia', 'africa', 'america', 'north america', 'south america', 'latin america', 'oceania', 'antarctica', 'australasia', 'middle east', 'far east', 'scandinavia', 'caribbean']);

// Heads of a competition's name: "Champions League", "FA Cup", "Six Nations Championship", "Australian Open".
const COMPETITION_HEADS = new Set(['league', 'cup', 'trophy', 'championship', 'championships', 'series', 'open', 'games', 'classic', 'shield', 'plate', 'premiership', 'nations']);

/** In a sports report a competition is an event ("the Champions League tie"), not the body that runs it. */
export function competitionsAsEvents(cands: Candidate[]): void {
  for (const c of cands) {
    if (c.kind !== 'name' || !(c.type === 'organization' || c.type === 'other' || (c.type === 'person' && c.tentative))) continue;
    const head = c.words[c.words.length - 1]!.toLowerCase();
    // ("Premiership" alone names the competition; a lone "League" or "Cup" names none.)
    if (COMPETITION_HEADS.has(head) && (c.words.length > 1 || head === 'premiership')) {
      c.type = 'event';
      c.notName = false;
    }
  }
}
