// Speaker identity in the reader: a colour slot, an underline style and initials per speaker,
// so a speaker is never told apart by colour alone.
import type { Quote, Speaker } from '../../shared/schema.ts';

/** Number of distinct colour/underline slots defined in styles.css (.speaker-0 … .speaker-5). */
export const SPEAKER_SLOTS = 6;

export interface SpeakerStyle {
  /** 0..SPEAKER_SLOTS-1: the colour and underline style class. */
  slot: number;
  /** Short visible label ("NP"), unique within the article. */
  initials: string;
}

/** Identifies a speaker within one article: the entity when resolved, else the name as written. */
export function speakerKey(speaker: Speaker | null): string | null {
  if (!speaker) return null;
  return speaker.entity ?? `name:${speaker.name.trim().toLowerCase()}`;
}

/** "Nikolai Patrushev" → "NP", "Xi" → "XI", "the council" → "TC". */
export function initialsOf(name: string): string {
  const words = name.split(/[\s\-‐]+/u).filter((word) => /\p{L}/u.test(word));
  if (words.length === 0) return '?';
  if (words.length === 1) return [...(words[0] as string)].slice(0, 2).join('').toUpperCase();
  const letters = words.map((word) => [...word].find((ch) => /\p{L}/u.test(ch)) ?? '');
  return ((letters[0] ?? '') + (letters[letters.length - 1] ?? '')).toUpperCase();
}

/**
 * Gives each speaker a slot in order of first appearance, so the first speakers get the most distinct
 * colours; initials that collide get a number ("JS", "JS2"). Quotes and turns alike (a transcript's speakers first).
 */
export function assignSpeakerStyles(quotes: ReadonlyArray<{ speaker: Speaker | null }>): Map<string, SpeakerStyle> {
  const styles = new Map<string, SpeakerStyle>();
  const initialsUsed = new Map<string, number>();
  for (const quote of quotes) {
    const key = speakerKey(quote.speaker);
    if (key === null || styles.has(key) || !quote.speaker) continue;
    const base = initialsOf(quote.speaker.name);
    const count = (initialsUsed.get(base) ?? 0) + 1;
    initialsUsed.set(base, count);
    styles.set(key, { slot: styles.size % SPEAKER_SLOTS, initials: count === 1 ? base : `${base}${count}` });
  }
  return styles;
}

/** Quotes below this confidence are shown as "speaker uncertain" rather than stated as fact. */
export const LOW_CONFIDENCE = 0.5;

export type AttributionStatus = 'attributed' | 'uncertain' | 'unattributed';

export function attributionStatus(quote: Quote): AttributionStatus {
  if (!quote.speaker) return 'unattributed';
  if (quote.confidence < LOW_CONFIDENCE && !quote.corrected) return 'uncertain';
  return 'attributed';
}
