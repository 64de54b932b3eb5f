// A name candidate: a run of capitalised words with what the rules decided about it so far.
import type { EntityType } from '../../../shared/schema.ts';
import type { Gender } from '../gazetteer.ts';
import type { Token } from '../tokens.ts';
import type { MentionKind } from '../types.ts';

export interface Run {
  first: number;
  last: number; // exclusive
}

export interface Candidate {
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
  /** Known to name nothing by itself (a bare title, "TV", "Department"); it may still be a short form of a name. */
  notName: boolean;
}


export function spanText(text: string, tokens: Token[], first: number, last: number): string {
  return text.slice(tokens[first]!.start, tokens[last - 1]!.end);
}

export function makeCandidate(text: string, tokens: Token[], first: number, last: number, extra: Partial<Candidate>): Candidate {
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
    notName: false,
    ...extra,
  };
}

