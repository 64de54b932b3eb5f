import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTextFile } from '../read/textFile.ts';
import { isBoilerplateLine, removeBoilerplate } from './boilerplate.ts';
import { classifyBlocks, looksLikeSubheading, paragraphsFromLines } from './blocks.ts';
import { cleanArticle } from './cleanArticle.ts';

const SEED = readFileSync(new URL('../../../content/russia-china-security-ties.txt', import.meta.url), 'utf8');
const OPTIONS = { today: '2026-11-26', window: null };

describe('boilerplate', () => {
  it('recognises site template lines', () => {
    for (const line of ['Read More', 'Leave a Reply', 'Your email address will not be published.', 'Back to top button', '%d bloggers like this:', 'Share this:']) {
      expect(isBoilerplateLine(line), line).toBe(true);
    }
  });
  it('keeps article sentences that merely start like boilerplate', () => {
    expect(isBoilerplateLine('Read more about the council budget in our earlier report.')).toBe(false);
    expect(removeBoilerplate(['The mayor spoke.', 'Read More'])).toEqual(['The mayor spoke.', '']);
  });
});

describe('paragraphs and subheadings', () => {
  it('splits at blank lines, keeps list lines apart and joins hard-wrapped lines', () => {
    expect(paragraphsFromLines(['One sentence.', '', '', 'Item one', 'Item two', '', 'A wrapped', 'line goes on.'])).toEqual([
      'One sentence.',
      'Item one',
      'Item two',
      'A wrapped line goes on.',
    ]);
  });
  it('finds a subheading that ends in a closing quotation mark, but not a one-line quote', () => {
    expect(looksLikeSubheading('Moscow and share Russia share ‘core interests’')).toBe(true);
    expect(looksLikeSubheading('“We will win.”')).toBe(false);
    expect(looksLikeSubheading('The harbour reopened on Monday.')).toBe(false);
  });
  it('never makes the first or last block a subheading', () => {
    expect(classifyBlocks(['Short title', 'Body text here.', 'Short end']).map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });
});

describe('cleanArticle on the sample article', () => {
  const parsed = parseTextFile(SEED);
  const clean = cleanArticle({ source: 'seed', id: 'seed', format: parsed.format, title: parsed.title, body: parsed.body, section: parsed.section, date: '2022-09-19', fiction: null }, OPTIONS);

  it('detects the "Headline | Section" layout', () => {
    expect(parsed.format).toBe('headline-section');
    expect(clean.title).toBe('Russia seeks to expand security ties with China; calls it ‘unconditional priority’');
    expect(clean.section).toBe('China');
    expect(clean.fiction).toBe(false);
  });
  it('keeps five paragraphs and the subheading, and drops the boilerplate', () => {
    expect(clean.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(5);
    expect(clean.blocks.filter((b) => b.kind === 'subheading').map((b) => b.text)).toEqual(['Moscow and share Russia share ‘core interests’']);
    const all = clean.blocks.map((b) => b.text).join('\n');
    for (const line of ['Read More', 'Leave a Reply', 'Your email address', 'Back to top', 'bloggers like this']) expect(all).not.toContain(line);
  });
  it('leaves no odd or doubled spaces', () => {
    const all = [clean.title, ...clean.blocks.map((b) => b.text)].join('\n');
    expect(all).not.toMatch(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]|  /);
    expect(clean.blocks[4]!.text.startsWith('China’s leader Xi noted that since')).toBe(true);
  });
  it('takes the date from metadata, and says so', () => {
    expect(clean.date).toBe('2022-09-19');
    expect(clean.dateText).toBeNull();
    expect(clean.dateSource).toBe('metadata');
  });
  it('without metadata, leaves it undated but for the opening words, and resolves them only inside a window', () => {
    const raw = { source: 'seed', id: 'seed', format: parsed.format, title: parsed.title, body: parsed.body, section: parsed.section, date: null, fiction: null };
    const bare = cleanArticle(raw, OPTIONS);
    expect([bare.date, bare.dateText, bare.dateSource]).toEqual([null, 'Monday, September 19', undefined]);
    const windowed = cleanArticle(raw, { ...OPTIONS, window: { from: '2022-01-01', to: '2022-12-31' } });
    expect([windowed.date, windowed.dateSource]).toEqual(['2022-09-19', 'window']);
  });
});

describe('cleanArticle rejections', () => {
  const raw = (body: string) => ({ source: 's', id: 's', format: 'headline-body' as const, title: 'A headline', body, section: null, date: null, fiction: null });
  it('rejects a file that is only boilerplate', () => {
    expect(() => cleanArticle(raw('Read More\n\nLeave a Reply\n'), OPTIONS)).toThrow('no article text left after removing site boilerplate');
  });
  it('rejects a headline without a body', () => {
    expect(() => cleanArticle(raw('  \n '), OPTIONS)).toThrow('no body text after the headline');
  });
  it('keeps an article whose metadata date the window refuses, undated, with the reason', () => {
    const clean = cleanArticle({ ...raw('The quay reopened.'), date: '2019-05-01' }, { ...OPTIONS, window: { from: '2022-01-01', to: '2022-12-31' } });
    expect([clean.date, clean.dateSource]).toEqual([null, undefined]);
    expect(clean.dateRejection).toEqual({ date: '2019-05-01', from: 'metadata', reason: 'metadata date 2019-05-01 is outside --date-window 2022-01-01..2022-12-31' });
  });
  it('marks the Sample section as fiction', () => {
    expect(cleanArticle({ ...raw('Text.'), section: 'Sample' }, OPTIONS).fiction).toBe(true);
  });
});
