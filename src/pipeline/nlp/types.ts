// The annotation engine's contract: one document text, its blocks, and what was found in it.
// Offsets are JavaScript string indices (UTF-16 code units) into `text`, end exclusive.
import type { EntityType } from '../../shared/schema.ts';

export type BlockKind = 'title' | 'subheading' | 'paragraph';

/** A block of the document: the headline, a subheading or a paragraph. Quotes never cross blocks. */
export interface TextBlock {
  kind: BlockKind;
  start: number;
  end: number;
}

export interface AnnotateInput {
  text: string;
  blocks: TextBlock[];
}

export interface Span {
  start: number;
  end: number;
}

/** How a mention refers: by name (full or short), by a description ("Putin's close ally"), or by a demonym. */
export type MentionKind = 'name' | 'title' | 'description' | 'demonym';

export interface Mention extends Span {
  /** Optional (added by the engine): lets consumers tell names from descriptions and demonyms. */
  kind?: MentionKind;
  /** Optional, on a titled form ("President Xi Jinping"): the name inside it, which is not listed again. */
  name?: Span;
}

export interface FoundEntity {
  /** Slug of the canonical name (shared/ids.ts slugify), the same across articles. */
  id: string;
  /** Canonical full name: "Vladimir Putin", not "Putin". */
  name: string;
  type: EntityType;
  /** Role where the text gives one ("secretary of the National Security Council"). */
  role: string | null;
  /** Every mention, short forms, titles, descriptions and demonyms included, sorted by start. */
  mentions: Mention[];
}

export interface FoundSpeaker {
  /** Resolved canonical name, or the description as written when it resolves to nothing. */
  name: string;
  /** Entity id when the speaker is one of `entities`. */
  entity: string | null;
  /** The mention the attribution rests on: the cue's subject ("he", "Putin's close ally"). */
  mention: Span | null;
}

export interface FoundQuote extends Span {
  /** text.slice(start, end): the words inside the quotation marks (marks excluded). */
  text: string;
  speaker: FoundSpeaker | null;
  cue: (Span & { text: string }) | null;
  /** 0..1 */
  confidence: number;
  /** Fragments of one quotation (split by "she said", or running over paragraphs) share this number. */
  quotation: number;
}

/** A turn of a transcript: the words after a speaker label ("Vladimir Putin: …") up to the next label. */
export interface FoundTurn extends Span {
  /** The whole label, title and colon included ("President of Russia Vladimir Putin:"). */
  label: Span;
  /** Who speaks, the mention being the name inside the label; null for an unnamed questioner ("Question:"). */
  speaker: FoundSpeaker | null;
  /** Stage directions inside the turn ("(Laughter.)"): part of its span, not of its speech. */
  stageDirections: Span[];
}

export interface Annotation {
  entities: FoundEntity[];
  /** Sorted by start; never overlapping; each inside one block. */
  quotes: FoundQuote[];
  /** Speaker-labelled turns, sorted by start; a turn may run over blocks and hold quotes. */
  turns: FoundTurn[];
}
