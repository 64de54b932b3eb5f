import { describe, expect, it } from 'vitest';
import { annotate } from './annotate.ts';
import { toContractJson } from './contract.ts';
import { findLabelCandidates, labelAt, labelsKnownByText } from './labels.ts';
import { paragraphBlocks } from './paragraphs.ts';
import { quotesWithKnownSpeakers } from './turns.ts';

// Invented transcripts: the shapes of real ones (titles, debris, unnamed questioners) with made-up people.
const MEETING =
  'The mayor met the harbour board on Tuesday. * * * Mayor of Harwick Bay Eleanor Marsh: Good morning, colleagues. ' +
  'We have a full agenda. Chair of the Harwick Harbour Board Tobias Penhallow Penhallow TobiasChair of the Board(retranslated): ' +
  'Thank you. The dredging starts in March. (Laughter.) It will not stop again. Question: When will the quay reopen? ' +
  'Eleanor Marsh: In April, as I said. Penhallow: Yes, in April. Mayor: Thank you all.';

function run(text: string) {
  return annotate({ text, blocks: paragraphBlocks(text) });
}

const spoken = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describe('speaker labels', () => {
  it('finds a title before the name and keeps only the name', () => {
    const text = 'Opening remarks. Minister of Coastal Affairs Rhiannon Teague-Walsh: Welcome.';
    const label = labelAt(text, text.indexOf(':'));
    expect(label?.name).toBe('Rhiannon Teague-Walsh');
    expect(label?.title).toBe('minister of coastal affairs');
    expect(text.slice(label!.start, label!.end)).toBe('Minister of Coastal Affairs Rhiannon Teague-Walsh:');
  });

  it('cuts the name repeated surname first and glued to the title, and "(retranslated)"', () => {
    const text = 'Chair of the Board Tobias Penhallow Penhallow TobiasChair of the Board(retranslated): Thank you.';
    expect(labelAt(text, text.indexOf(':'))?.name).toBe('Tobias Penhallow');
    const alone = 'Penhallow TobiasChair of the Board: Thank you.';
    expect(labelAt(alone, alone.indexOf(':'))?.name).toBe('Tobias Penhallow');
    const unglued = 'Harbour Master Ivo Trelawny Trelawny Ivo: Thank you.';
    expect(labelAt(unglued, unglued.indexOf(':'))?.name).toBe('Ivo Trelawny');
  });

  it('takes a long lower-case title before the name', () => {
    const text = 'Then a question. Harwick Herald newspaper correspondent Nia Okafor: Is the quay safe?';
    expect(labelAt(text, text.indexOf(':'))?.name).toBe('Nia Okafor');
  });

  it('knows an unnamed questioner', () => {
    for (const text of ['Question: Why?', 'Question(retranslated): Why?', 'Journalist: Why?', 'Q: Why?']) {
      const label = labelAt(text, text.indexOf(':'));
      expect(label, text).not.toBeNull();
      expect(label!.name).toBeNull();
    }
  });

  it('leaves colons that are not labels alone', () => {
    const texts = [
      'The council agreed the following: a new quay.',
      'Note: the figures are provisional.',
      'The ferry leaves at 10:30 every day.',
      'He told Eleanor Marsh: the quay stays shut.',
      'Little noticed in the mayor’s speech on Harwick Tuesday: a new tax.',
      'And oh yes, Eleanor Marsh: what are her plans?',
      'Votes so far. Eleanor Marsh: 1,769. Tobias Penhallow: 1,501.',
    ];
    for (const text of texts) {
      expect(labelsKnownByText(findLabelCandidates(text)), text).toEqual([]);
    }
  });

  it('keeps a bare surname or title only when an earlier label named someone so', () => {
    const text = 'Mayor Eleanor Marsh: Hello. Marsh: Again. Mayor: Once more. Look: nothing.';
    const names = labelsKnownByText(findLabelCandidates(text)).map((l) => l.name);
    expect(names).toEqual(['Eleanor Marsh', 'Marsh', 'Mayor']);
  });
});

describe('turns', () => {
  const result = run(MEETING);
  const turns = result.turns;

  it('gives every turn to its speaker, the unnamed questioner to nobody', () => {
    expect(turns.map((t) => t.speaker?.name ?? null)).toEqual([
      'Eleanor Marsh',
      'Tobias Penhallow',
      null,
      'Eleanor Marsh',
      'Tobias Penhallow',
      'Eleanor Marsh',
    ]);
  });

  it('runs a turn from its first word to just before the next label, stage directions inside', () => {
    expect(spoken(MEETING, turns[0]!)).toBe('Good morning, colleagues. We have a full agenda.');
    expect(spoken(MEETING, turns[1]!)).toBe('Thank you. The dredging starts in March. (Laughter.) It will not stop again.');
    expect(turns[1]!.stageDirections.map((s) => spoken(MEETING, s))).toEqual(['(Laughter.)']);
    expect(spoken(MEETING, turns[5]!)).toBe('Thank you all.');
  });

  it('puts the speaker mention on the name inside the label', () => {
    expect(spoken(MEETING, turns[1]!.speaker!.mention!)).toBe('Tobias Penhallow');
    expect(spoken(MEETING, turns[4]!.speaker!.mention!)).toBe('Penhallow');
  });

  it('makes no entity of the questioner word or of the debris', () => {
    const names = result.entities.map((e) => e.name);
    expect(names).not.toContain('Question');
    expect(names.some((n) => /[a-z][A-Z]/.test(n))).toBe(false);
    expect(names).toContain('Tobias Penhallow');
  });

  it('gives a label that keeps two words of a longer name to the person the text named in full', () => {
    const text = 'The minister, Anwen Mair Pryce, met the board. * * * Minister of Fisheries Anwen Mair Pryce: Good morning. Eleanor Marsh: Welcome.';
    expect(run(text).turns[0]!.speaker).toMatchObject({ name: 'Anwen Mair Pryce', entity: 'anwen-mair-pryce' });
  });

  it('makes no person of a title word in a label', () => {
    const text = 'General Director of the Harwick Harbour Trust Ivo Trelawny: We are ready. Eleanor Marsh: Good.';
    const names = run(text).entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(names.sort()).toEqual(['Eleanor Marsh', 'Ivo Trelawny']);
  });

  it('ends a turn at a section break', () => {
    const text = 'Eleanor Marsh: We start now. Tobias Penhallow: Agreed. * * * The meeting went on behind closed doors.';
    const found = run(text).turns;
    expect(spoken(text, found[1]!)).toBe('Agreed.');
  });

  it('finds no turns in news prose, nor in an exchange that names nobody', () => {
    expect(run('The mayor, Eleanor Marsh, said the quay would reopen. Marsh: a name in a heading.').turns).toEqual([]);
    expect(run('Q: Will it reopen? A: Yes, in April.').turns).toEqual([]);
  });

  it('gives a quote that "I" said inside a turn to the turn’s speaker', () => {
    const text = 'Mayor Eleanor Marsh: As I said last week, “the quay will reopen in April, whatever it takes.” Tobias Penhallow: Good.';
    const quote = run(text).quotes[0]!;
    expect(quote.speaker?.name).toBe('Eleanor Marsh');
  });

  it('reports turns in the annotate contract as quotes of kind "turn"', () => {
    const line = toContractJson('t1', result, MEETING);
    const reported = line.quotes.filter((q) => q.kind === 'turn');
    expect(reported).toHaveLength(6);
    expect(reported[2]!.speaker).toBeNull();
    expect(reported[0]!.speaker).toMatchObject({ name: 'Eleanor Marsh' });
    expect(MEETING.slice(reported[0]!.speaker!.start!, reported[0]!.speaker!.end!)).toBe('Eleanor Marsh');
  });
});

describe('quote speakers after the label step', () => {
  it('name an entity the document still lists, even when a doubled title renamed it', () => {
    const text = 'Chairman Chairman Ardle: “We will open the quay.”\n\nMayor Mayor Coll: “and';
    const result = annotate({ text, blocks: paragraphBlocks(text) });
    const ids = new Set(result.entities.map((e) => e.id));
    expect(result.quotes.length).toBeGreaterThan(0);
    for (const quote of result.quotes) if (quote.speaker?.entity) expect(ids.has(quote.speaker.entity)).toBe(true);
  });

  it('go to the entity holding their mention, else the turn speaker, else to no entity', () => {
    const entity = (id: string, start: number, end: number) => ({ id, name: id, type: 'person' as const, role: null, mentions: [{ start, end, kind: 'name' as const }] });
    const quote = (entityId: string, mention: { start: number; end: number } | null) => ({ start: 30, end: 40, text: 'x', cue: null, confidence: 0.5, quotation: 0, speaker: { name: entityId, entity: entityId, mention } });
    const turn = { start: 20, end: 50, stageDirections: [], label: { start: 0, end: 19 }, speaker: { name: 'Kit Moss', entity: 'kit-moss', mention: { start: 0, end: 8 } } };
    const entities = [entity('president-kit-moss', 0, 18), entity('kit-moss', 60, 68)];
    const [byMention] = quotesWithKnownSpeakers([quote('kit', { start: 10, end: 18 })], entities, []);
    expect(byMention!.speaker!.entity).toBe('president-kit-moss');
    const [byTurn] = quotesWithKnownSpeakers([quote('kit', null)], entities, [turn]);
    expect(byTurn!.speaker!.entity).toBe('kit-moss');
    const [none] = quotesWithKnownSpeakers([quote('kit', null)], entities, []);
    expect(none!.speaker).toMatchObject({ name: 'kit', entity: null });
    const [kept] = quotesWithKnownSpeakers([quote('kit-moss', null)], entities, []);
    expect(kept!.speaker!.entity).toBe('kit-moss');
  });
});
