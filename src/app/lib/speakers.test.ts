import { describe, expect, it } from 'vitest';
import { assignSpeakerStyles, attributionStatus, initialsOf, SPEAKER_SLOTS, speakerKey } from './speakers.ts';
import { inventedArticle } from '../fixtures/invented.ts';
import type { Quote } from '../../shared/schema.ts';

const quoteBy = (name: string, entity: string | null, confidence = 0.9): Quote => ({
  id: `quote-${name}`,
  text: 'words',
  fragments: [],
  speaker: { entity, name },
  confidence,
});

describe('initialsOf', () => {
  it('takes first and last initials of a full name', () => {
    expect(initialsOf('Nikolai Patrushev')).toBe('NP');
    expect(initialsOf('Jean-Luc Picard')).toBe('JP');
  });
  it('uses two letters of a single word', () => {
    expect(initialsOf('Xi')).toBe('XI');
    expect(initialsOf('Łukasz')).toBe('ŁU');
  });
  it('never returns an empty label', () => {
    expect(initialsOf('  ')).toBe('?');
  });
});

describe('assignSpeakerStyles', () => {
  it('gives speakers slots in order of first appearance, one per speaker', () => {
    const styles = assignSpeakerStyles(inventedArticle.quotes);
    expect([...styles.keys()]).toEqual(['ada-quill', 'tom-reyes', 'name:one resident']);
    expect(styles.get('ada-quill')).toEqual({ slot: 0, initials: 'AQ' });
    expect(styles.get('tom-reyes')).toEqual({ slot: 1, initials: 'TR' });
    expect(styles.get('name:one resident')?.slot).toBe(2);
  });

  it('keeps initials unique when two speakers share them', () => {
    const styles = assignSpeakerStyles([quoteBy('Jo Smith', 'jo-smith'), quoteBy('Jan Snow', 'jan-snow')]);
    expect(styles.get('jo-smith')?.initials).toBe('JS');
    expect(styles.get('jan-snow')?.initials).toBe('JS2');
  });

  it('cycles slots after the palette runs out and ignores unattributed quotes', () => {
    const quotes = Array.from({ length: SPEAKER_SLOTS + 1 }, (_, i) => quoteBy(`Person ${i}`, `p${i}`));
    const styles = assignSpeakerStyles([{ ...quoteBy('x', null), speaker: null }, ...quotes]);
    expect(styles.size).toBe(SPEAKER_SLOTS + 1);
    expect(styles.get(`p${SPEAKER_SLOTS}`)?.slot).toBe(0);
  });
});

describe('speakerKey and attributionStatus', () => {
  it('keys unresolved speakers by their written name', () => {
    expect(speakerKey({ entity: null, name: 'The Council ' })).toBe('name:the council');
    expect(speakerKey(null)).toBeNull();
  });
  it('marks unattributed and low-confidence quotes', () => {
    expect(attributionStatus({ ...quoteBy('a', 'a'), speaker: null })).toBe('unattributed');
    expect(attributionStatus(quoteBy('a', 'a', 0.3))).toBe('uncertain');
    expect(attributionStatus({ ...quoteBy('a', 'a', 0.3), corrected: true })).toBe('attributed');
    expect(attributionStatus(quoteBy('a', 'a', 0.9))).toBe('attributed');
  });
});
