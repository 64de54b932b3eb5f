// Sports pages: in results and reports a town or region names its team, which is an organisation.
import { gazetteer } from '../gazetteer.ts';
import type { Token } from '../tokens.ts';
import type { Candidate } from './candidate.ts';

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

/** In sports results a city or region names its team ("Chicago 5 Boston 3"); countries stay places. */
export function teamsFromPlaces(cands: Candidate[], text: string): void {
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
}
