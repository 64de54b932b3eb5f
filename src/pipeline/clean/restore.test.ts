import { describe, expect, it } from 'vitest';
import { cleanArticle } from './cleanArticle.ts';
import { needsRestoring, proseParagraphs, restoreParagraphs } from './restore.ts';

// Invented text: a council meeting scraped into one line.
const sentence = (n: number) => `The harbour board discussed item ${n} of the agenda at some length before agreeing to return to it later.`;
const PROSE = Array.from({ length: 12 }, (_, i) => sentence(i + 1)).join(' ');

describe('restoreParagraphs', () => {
  it('splits at section breaks, speaker labels and stage directions', () => {
    const text =
      'The board met on Tuesday. * * * Mayor of Harwick Bay Eleanor Marsh: Good morning. We begin. (Minute of silence.) ' +
      'Thank you. Tobias Penhallow: Agreed.***Question: When?';
    expect(restoreParagraphs(text)).toEqual([
      { kind: 'paragraph', text: 'The board met on Tuesday.' },
      { kind: 'section-break', text: '* * *' },
      { kind: 'paragraph', text: 'Mayor of Harwick Bay Eleanor Marsh: Good morning. We begin.' },
      { kind: 'stage-direction', text: '(Minute of silence.)' },
      { kind: 'paragraph', text: 'Thank you.' },
      { kind: 'paragraph', text: 'Tobias Penhallow: Agreed.' },
      { kind: 'section-break', text: '* * *' },
      { kind: 'paragraph', text: 'Question: When?' },
    ]);
  });

  it('cuts prose at sentence ends into paragraphs of a readable length, losing no word', () => {
    const paragraphs = proseParagraphs(PROSE);
    expect(paragraphs.length).toBeGreaterThan(2);
    expect(paragraphs.join(' ')).toBe(PROSE);
    for (const p of paragraphs) {
      expect(p).toMatch(/^The harbour board/);
      expect(p).toMatch(/later\.$/);
      expect(p.length).toBeLessThan(700);
    }
  });

  it('never cuts inside a quotation', () => {
    const quote = `“${Array.from({ length: 30 }, (_, i) => `We will fix berth ${i + 1}. It matters.`).join(' ')}”`;
    const text = `${sentence(1)} ${sentence(2)} ${sentence(3)} ${sentence(4)} The mayor said: ${quote} ${sentence(5)} ${sentence(6)}`;
    const paragraphs = proseParagraphs(text);
    expect(paragraphs.some((p) => p.includes(quote))).toBe(true);
    expect(paragraphs.join(' ')).toBe(text);
  });

  it('does not take a label or a stage direction quoted inside speech for structure', () => {
    const text = 'Eleanor Marsh: He wrote “Tobias Penhallow: agreed (Laughter.) and signed” on the board. Tobias Penhallow: Yes.';
    expect(restoreParagraphs(text).map((b) => b.text)).toEqual([
      'Eleanor Marsh: He wrote “Tobias Penhallow: agreed (Laughter.) and signed” on the board.',
      'Tobias Penhallow: Yes.',
    ]);
  });

  it('is deterministic', () => {
    expect(restoreParagraphs(PROSE)).toEqual(restoreParagraphs(PROSE));
  });
});

describe('cleanArticle with a body that lost its breaks', () => {
  const options = { today: '2026-11-26', window: null };
  const raw = (body: string) => ({ source: 'x.jsonl:1', id: 'x', format: 'jsonl' as const, title: 'Board meeting', body, section: null, date: null, fiction: null });

  it('restores the paragraphs of a long one-line body', () => {
    expect(needsRestoring([PROSE])).toBe(true);
    expect(cleanArticle(raw(PROSE), options).blocks.length).toBeGreaterThan(2);
  });

  it('keeps the paragraphs of a body that has them', () => {
    const body = `${PROSE}\n\n${sentence(13)}`;
    expect(needsRestoring([PROSE, sentence(13)])).toBe(false);
    expect(cleanArticle(raw(body), options).blocks.map((b) => b.text)).toEqual([PROSE, sentence(13)]);
  });
});
