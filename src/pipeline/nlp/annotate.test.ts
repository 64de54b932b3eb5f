import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotate } from './annotate.ts';
import { toContractJson } from './contract.ts';
import { paragraphBlocks } from './paragraphs.ts';
import type { AnnotateInput, Annotation } from './types.ts';

/** Body-only document: one paragraph per line. */
function body(text: string): { input: AnnotateInput; result: Annotation } {
  const input = { text, blocks: paragraphBlocks(text) };
  return { input, result: annotate(input) };
}

function quoteTexts(r: Annotation): string[] {
  return r.quotes.map((q) => q.text.replace(/[.,]$/, ''));
}

function speakerOf(r: Annotation, words: string): string | null | undefined {
  return r.quotes.find((q) => q.text.includes(words))?.speaker?.name;
}

function entity(r: Annotation, name: string) {
  return r.entities.find((e) => e.name === name);
}

describe('paragraphBlocks', () => {
  it('makes one trimmed paragraph block per non-blank line', () => {
    const text = 'First line.\n\n  Second line. \nThird';
    const blocks = paragraphBlocks(text);
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual(['First line.', 'Second line.', 'Third']);
    expect(blocks.every((b) => b.kind === 'paragraph')).toBe(true);
  });
});

describe('quotes and speakers', () => {
  it('attributes a quote to a speaker named before the cue', () => {
    const { result } = body('Senator Maria Lopez said: “We will not back down on this bill.”');
    expect(quoteTexts(result)).toEqual(['We will not back down on this bill']);
    expect(result.quotes[0]!.speaker?.name).toBe('Maria Lopez');
    expect(result.quotes[0]!.cue?.text).toBe('said');
  });

  it('handles inverted order ("said Smith") and straight quotes', () => {
    const { input, result } = body('"The budget is balanced for the first time," said Tom Becker, the city treasurer.');
    expect(speakerOf(result, 'budget')).toBe('Tom Becker');
    const mention = result.quotes[0]!.speaker!.mention!;
    expect(input.text.slice(mention.start, mention.end)).toBe('Tom Becker');
  });

  it('gives both fragments of a split quote the same quotation and speaker', () => {
    const { result } = body('Anna Reyes spoke first. “We tried,” she said, “and we will try again tomorrow.”');
    expect(result.quotes).toHaveLength(2);
    expect(result.quotes[0]!.quotation).toBe(result.quotes[1]!.quotation);
    expect(result.quotes.map((q) => q.speaker?.name)).toEqual(['Anna Reyes', 'Anna Reyes']);
  });

  it('resolves a pronoun speaker to the most recent compatible person', () => {
    const { input, result } = body('Mark Olsen met Julia Stone on Monday. “The deal is done and signed today,” she said.');
    const q = result.quotes[0]!;
    expect(q.speaker?.name).toBe('Julia Stone');
    expect(input.text.slice(q.speaker!.mention!.start, q.speaker!.mention!.end)).toBe('she');
  });

  it('continues a quotation over paragraphs (opening mark without a close)', () => {
    const text = 'Peter Hall said: “The first part of the plan is ready.\n\n“The second part will follow next spring,” he added.';
    const { result } = body(text);
    expect(result.quotes).toHaveLength(2);
    expect(result.quotes[0]!.quotation).toBe(result.quotes[1]!.quotation);
    expect(result.quotes.every((q) => q.speaker?.name === 'Peter Hall')).toBe(true);
  });

  it('gives a quote-only paragraph the speaker introduced in the previous paragraph', () => {
    const { result } = body('Local farmer Ruth Adler explained:\n\n“We lost half the harvest to the flood this year.”');
    expect(speakerOf(result, 'harvest')).toBe('Ruth Adler');
  });

  it('takes the subject of an apposition, not the name inside it', () => {
    const { result } = body(
      'Omar Haddad, deputy of the Trade Council chaired by Prime Minister Lena Vogt, said that “exports will grow again in the coming year.”',
    );
    expect(speakerOf(result, 'exports')).toBe('Omar Haddad');
    expect(entity(result, 'Omar Haddad')?.role).toBe('deputy of the Trade Council');
  });

  it('resolves "the senator" to the person titled Senator', () => {
    const { input, result } = body('Sen. Rita Moreno met voters in Ohio.\n\n“We will win this state in November,” the senator said.');
    const q = result.quotes[0]!;
    expect(q.speaker?.name).toBe('Rita Moreno');
    expect(input.text.slice(q.speaker!.mention!.start, q.speaker!.mention!.end)).toBe('the senator');
  });

  it('resolves "the council" and "the company" to the organisation the text names', () => {
    const { result } = body(
      'Kelby Town Council voted on Monday.\n\n“Work will start in May and end by June,” the council said.\n\nMarlow Ferries cancelled crossings.\n\n“Services will resume when the wind drops,” the company said.',
    );
    expect(speakerOf(result, 'Work will start')).toBe('Kelby Town Council');
    expect(speakerOf(result, 'Services will resume')).toBe('Marlow Ferries');
  });

  it('resolves a description used earlier next to a name ("the head teacher")', () => {
    const { result } = body('"The roof leaks in three rooms," said Ada Voss, the school\'s head teacher.\n\n"Repairs will take nine days," the head teacher said.');
    expect(speakerOf(result, 'Repairs')).toBe('Ada Voss');
  });

  it('learns a gender from the text to resolve "he" and "she"', () => {
    const { result } = body(
      'Tarn Ullis, 58, grew up by the sea and learned to sail on his father’s boat.\n\nQuilla Brand, who wrote the play, said Tarn Ullis had been invited. “He has promised to tell me everything we got wrong,” she said.',
    );
    expect(speakerOf(result, 'He has promised')).toBe('Quilla Brand');
  });

  it('uses "according to" and an organisation as speaker', () => {
    const { result } = body('The plant will close in May, according to Northwind Energy Corp, which called it “a painful but necessary decision.”');
    expect(speakerOf(result, 'painful')).toBe('Northwind Energy Corp');
  });

  it('gives a gerund cue the subject of its sentence', () => {
    const { result } = body('Dana Cole praised the plan, adding that the town had real “concerns” about costs.');
    expect(speakerOf(result, 'concerns')).toBe('Dana Cole');
  });

  it('does not treat scare quotes or names in quotation marks as quotes', () => {
    const { result } = body('The so-called “experts” disagreed. The ministry backs its ‘Green Valley’ policy and the “Open Roads” plan.');
    expect(result.quotes).toEqual([]);
  });

  it('does not take a show or work title for a quote, even next to a cue', () => {
    const { result } = body('Ann Lee said on WKTV’s “Good Morning Town,” that the plan was “a real step forward for all of us.”');
    expect(quoteTexts(result)).toEqual(['a real step forward for all of us']);
    expect(result.quotes[0]!.speaker?.name).toBe('Ann Lee');
  });

  it('reads a cue word after a quantifier as a noun ("too much stress", "no comment")', () => {
    const { result } = body('There were fears that too much stress might fall on the lenders. Output grew by 9% again. In theory the port has a target, but continues to insist that the overshoot is not a “hard landing” for the town. There was no comment on a “soft patch” either.');
    expect(result.quotes.every((q) => q.speaker?.name !== 'that too much')).toBe(true);
    expect(result.quotes.map((q) => q.cue?.text)).not.toContain('stress');
    expect(result.quotes.map((q) => q.cue?.text)).not.toContain('comment');
  });

  it('leaves the speaker null rather than guessing', () => {
    const { result } = body('“This cannot go on, and everybody in this room knows it.”');
    expect(result.quotes).toHaveLength(1);
    expect(result.quotes[0]!.speaker).toBeNull();
  });

  it('resolves a possessive description to the person it describes', () => {
    const { result } = body('Ivan Petrov, secretary of the Defence Council headed by President Boris Kalin, spoke in Oslo.\n\nKalin’s close ally reiterated that they would “expand the exchange of information on border security.”');
    expect(speakerOf(result, 'expand')).toBe('Ivan Petrov');
  });

  it('gives a headline quote the speaker of the body quote with the same words', () => {
    const title = 'Minister calls reform ‘historic step’';
    const para = 'Finance Minister Clara Diaz said the reform was “a historic step for the country.”';
    const text = `${title}\n\n${para}`;
    const result = annotate({
      text,
      blocks: [
        { kind: 'title', start: 0, end: title.length },
        { kind: 'paragraph', start: title.length + 2, end: text.length },
      ],
    });
    const headline = result.quotes.find((q) => q.start < title.length);
    expect(headline?.text).toBe('historic step');
    expect(headline?.speaker?.name).toBe('Clara Diaz');
  });
});

describe('a speaker after an owner\'s possessive', () => {
  it('takes the person, not the paper, as the subject of a partial quote', () => {
    const { result } = body('As the Harwick Tribune\'s Anna Berg puts it, the council made rivals "an offer they cannot refuse."');
    expect(speakerOf(result, 'an offer')).toBe('Anna Berg');
  });
});

describe('entities', () => {
  it('links short forms and titles to the full name', () => {
    const { input, result } = body('President Alma Novak visited Lisbon. Later Novak met the Portuguese press.');
    const novak = entity(result, 'Alma Novak');
    expect(novak?.type).toBe('person');
    expect(novak?.id).toBe('alma-novak');
    // The titled form and the name inside it are one mention: the titled form, carrying the name's span.
    expect(novak?.mentions.map((m) => input.text.slice(m.start, m.end))).toEqual(['President Alma Novak', 'Novak']);
    const titled = novak!.mentions[0]!;
    expect(input.text.slice(titled.name!.start, titled.name!.end)).toBe('Alma Novak');
    expect(toContractJson('d', result, input.text).entities.find((e) => e.id === 'alma-novak')!.mentions.map((m) => input.text.slice(m.start, m.end))).toEqual(['Alma Novak', 'Novak']);
    expect(novak?.role).toBe('President');
    expect(entity(result, 'Lisbon')?.type).toBe('place');
  });

  it('links demonyms to their country, nested inside a titled name', () => {
    const { input, result } = body('Chinese President Liu Wen spoke. China is a large country.');
    const china = entity(result, 'China');
    expect(china?.type).toBe('place');
    expect(china?.mentions.map((m) => input.text.slice(m.start, m.end))).toEqual(['Chinese', 'China']);
    expect(entity(result, 'Liu Wen')?.type).toBe('person');
  });

  it('resolves "China’s president" to the person titled so', () => {
    const { input, result } = body('Chinese President Liu Wen arrived.\n\nChina’s president said nothing more.');
    const liu = entity(result, 'Liu Wen')!;
    expect(liu.mentions.map((m) => input.text.slice(m.start, m.end))).toContain('China’s president');
  });

  it('keeps organisations with "of" whole and types them', () => {
    const { result } = body('The Bank of England raised rates. The University of Leeds agreed.');
    expect(entity(result, 'Bank of England')?.type).toBe('organization');
    expect(entity(result, 'University of Leeds')?.type).toBe('organization');
  });

  it('links an acronym defined in brackets to the full name', () => {
    const { input, result } = body('The Green Workers Party (GWP) won. Later the GWP formed a government.');
    const party = entity(result, 'Green Workers Party');
    expect(party?.type).toBe('organization');
    expect(party?.mentions.map((m) => input.text.slice(m.start, m.end))).toEqual(['Green Workers Party', 'GWP', 'GWP']);
  });

  it('does not take an ordinary sentence-initial word for a name', () => {
    const { result } = body('Yesterday the council met. However, nothing changed. Despite that, Rome stayed calm.');
    expect(result.entities.map((e) => e.name)).toEqual(['Rome']);
  });

  it('finds known names in an ALL-CAPS headline and in space-tokenised text', () => {
    const text = 'SOCCER - GERMANY BEAT BRAZIL IN FRIENDLY .\nGermany beat Brazil 2-1 in Hamburg on Friday .';
    const { input, result } = body(text);
    const germany = entity(result, 'Germany');
    expect(germany?.mentions.map((m) => input.text.slice(m.start, m.end))).toEqual(['GERMANY', 'Germany']);
    expect(entity(result, 'Hamburg')?.type).toBe('place');
  });
});

describe('robustness', () => {
  it('never throws and keeps offsets inside the text on odd input', () => {
    const inputs = [
      '',
      '“',
      '"""""',
      '😀 “Emoji 😀 quote,” said 😀 Ana Li. ‘',
      '“unclosed quote that runs on and on',
      'x'.repeat(5000) + '“' + 'y '.repeat(5000),
      Array.from({ length: 2000 }, (_, i) => `“q${i}” said Bo.`).join(' '),
      'He said: ” backwards “ marks ” and „low“ ones «guillemets» too.',
    ];
    for (const text of inputs) {
      const r = annotate({ text, blocks: paragraphBlocks(text) });
      let lastEnd = -1;
      for (const q of r.quotes) {
        expect(q.start).toBeGreaterThanOrEqual(0);
        expect(q.end).toBeLessThanOrEqual(text.length);
        expect(q.start).toBeGreaterThanOrEqual(lastEnd);
        lastEnd = q.end;
      }
      for (const e of r.entities) for (const m of e.mentions) expect(m.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('handles a one-million-character paragraph in bounded time', () => {
    const text = 'Anna Berg said “yes” and left. '.repeat(33_000);
    // bounded by the test timeout, not by a wall-clock assertion (times on a shared machine are noise)
    const r = annotate({ text, blocks: [{ kind: 'paragraph', start: 0, end: text.length }] });
    expect(r.entities.some((e) => e.name === 'Anna Berg')).toBe(true);
  });

  it('ignores blocks outside the text', () => {
    const r = annotate({ text: 'short', blocks: [{ kind: 'paragraph', start: 3, end: 99 }] });
    expect(r).toEqual({ entities: [], quotes: [], turns: [] });
  });
});

describe('contract JSON', () => {
  it('writes quotes with speaker offsets and entities without demonym mentions', () => {
    const text = 'Russian President Ivan Orlov said: “We are ready to talk today.”';
    const line = toContractJson('d1', annotate({ text, blocks: paragraphBlocks(text) }), text);
    expect(line.id).toBe('d1');
    expect(line.quotes[0]).toMatchObject({ text: 'We are ready to talk today.', speaker: { name: 'Ivan Orlov', entity: 'ivan-orlov' } });
    // The speaker mention is the whole subject; the contract's entity mentions are names only.
    expect(text.slice(line.quotes[0]!.speaker!.start, line.quotes[0]!.speaker!.end)).toBe('Russian President Ivan Orlov');
    expect(line.entities.find((e) => e.id === 'ivan-orlov')?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Ivan Orlov']);
    expect(line.entities.find((e) => e.id === 'russia')).toBeUndefined();
  });
});

// The sample article against its gold annotation runs through the real ingestion in src/pipeline/content.test.ts.
