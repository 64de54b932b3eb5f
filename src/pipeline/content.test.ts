// The real pipeline on the real sample content: the user's article must match its hand annotation, and every
// quote in our invented articles must go to the speaker the article gives it (content/README.md).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Location } from '../shared/schema.ts';
import { ingest, type IngestResult } from './ingest.ts';

const gold = JSON.parse(readFileSync(new URL('../test-fixtures/seed.gold.json', import.meta.url), 'utf8')) as {
  title: string;
  section: string;
  date: string;
  entities: Array<{ id: string; type: string; name: string; mentions: string[]; optional?: boolean; alsoNames?: string[] }>;
  quotes: Array<{ text: string; speaker: string; alsoAccept?: string[] }>;
};

let result: IngestResult;
const bySource = (name: string): Article => {
  const entry = result.ingested.find((e) => e.id === name);
  if (!entry) throw new Error(`${name} was not ingested`);
  return result.articles.find((a) => a.slug === entry.slug)!;
};
const textAt = (article: Article, at: Location) => (at.block < 0 ? article.title : article.blocks[at.block]!.text).slice(at.start, at.end);
const squash = (s: string) => s.normalize('NFKC').replace(/[“”‘’"'.,;:!?]+/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

beforeAll(async () => {
  result = await ingest({ input: new URL('../../content', import.meta.url).pathname, out: null, today: '2026-11-26', window: null, relatedCount: 5, workers: 1 });
}, 60_000);

describe('the sample content ingests completely', () => {
  it('takes every article and rejects none', () => {
    expect(result.rejected).toEqual([]);
    expect(result.ingested).toHaveLength(12);
  });
  it('marks exactly the invented articles as fiction', () => {
    const fiction = result.articles.filter((a) => a.fiction).map((a) => a.section);
    expect(fiction).toHaveLength(11);
    expect(new Set(fiction)).toEqual(new Set(['Sample']));
  });
});

describe('the user’s article against seed.gold.json', () => {
  const seed = () => bySource('russia-china-security-ties');

  it('has the title, section and date', () => {
    expect(seed().title).toBe(gold.title);
    expect(seed().section).toBe(gold.section);
    expect(seed().date).toBe(gold.date);
  });

  it('finds the 8 quotes with the right speakers and no false quote', () => {
    const article = seed();
    const found = article.quotes.map((q) => ({ text: squash(q.text), speaker: q.speaker?.entity ?? null }));
    expect(found.map((f) => f.text).sort()).toEqual(gold.quotes.map((q) => squash(q.text)).sort());
    for (const q of gold.quotes) {
      const match = found.find((f) => f.text === squash(q.text) && [q.speaker, ...(q.alsoAccept ?? [])].includes(f.speaker ?? ''));
      expect(match, `speaker of “${q.text.slice(0, 30)}”`).toBeTruthy();
    }
    expect(found.some((f) => f.text === 'one china')).toBe(false);
  });

  it('gives "expand information exchanges…" to Patrushev through "Putin’s close ally"', () => {
    const quote = seed().quotes.find((q) => q.text.startsWith('expand information exchanges'))!;
    expect(quote.speaker?.entity).toBe('nikolai-patrushev');
    expect(textAt(seed(), quote.speaker!.mention!)).toBe('Putin’s close ally');
    expect(quote.cue?.text).toBe('reiterated');
  });

  it('covers every required entity with its type and every mention form', () => {
    const article = seed();
    const texts = [article.title, ...article.blocks.map((b) => b.text)];
    for (const g of gold.entities.filter((e) => !e.optional)) {
      const names = [g.id, g.name, ...(g.alsoNames ?? [])].map(squash);
      const entity = article.entities.find((e) => e.id === g.id || names.includes(squash(e.name)));
      expect(entity, g.name).toBeTruthy();
      expect(entity!.type, g.name).toBe(g.type);
      // a form is covered when one of its occurrences holds a mention of the entity
      // ("Russian President Vladimir Putin" holds "Vladimir Putin"; "Putin’s close ally" is itself Patrushev's)
      for (const form of g.mentions) {
        const covered = entity!.mentions.some((m) => {
          const text = texts[m.block + 1]!;
          for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
            if (m.start >= at && m.end <= at + form.length) return true;
          }
          return false;
        });
        expect(covered, `${g.name} mentioned as “${form}”`).toBe(true);
      }
    }
  });

  it('gives Patrushev his role', () => {
    expect(seed().entities.find((e) => e.id === 'nikolai-patrushev')!.role).toMatch(/secretary of the National Security Council/);
  });
});

// [article id, opening words of the quote, accepted speaker names (null = not a quote at all)]
const EXPECTED: Array<[string, string, string[] | null]> = [
  ['council-votes-to-dredge-harbour', 'We have waited eleven years', ['Tomas Brennick']],
  ['council-votes-to-dredge-harbour', 'This is the biggest investment', ['Judith Hardacre']],
  ['council-votes-to-dredge-harbour', 'Dredging will start', ['Harwick Bay Town Council']],
  ['council-votes-to-dredge-harbour', 'Fishing boats have touched', ['Idris Fenwick']],
  ['harbour-master-warns-of-winter', 'a winter we will remember', ['Idris Fenwick']],
  ['harbour-master-warns-of-winter', 'The storms are arriving', ['Idris Fenwick']],
  ['harbour-master-warns-of-winter', 'I have asked for the pontoons', ['Idris Fenwick']],
  ['harbour-master-warns-of-winter', 'We trust Idris', ['Jonah Pike']],
  ['harbour-master-warns-of-winter', 'Nobody should be on the breakwater', ['Idris Fenwick']],
  ['harbourside-academy-roof-repairs', 'Three classrooms', ['Aileen Marsh']],
  ['harbourside-academy-roof-repairs', 'The children have been patient', ['Aileen Marsh']],
  ['harbourside-academy-roof-repairs', 'the roof should have come first', ['Martin Olde']],
  ['harbourside-academy-roof-repairs', 'We expect the work', ['Aileen Marsh']],
  ['sister-city-delegation-nanping', 'We have exchanged letters', ['Judith Hardacre']],
  ['sister-city-delegation-nanping', 'Our members want to know', ['Priya Castellane']],
  ['sister-city-delegation-nanping', 'No council tax money', ['a council spokesperson', 'Harwick Bay Town Council']],
  ['bayline-battery-ferries', 'green', null],
  ['bayline-battery-ferries', 'This is the cleanest crossing', ['Colin Threlfall']],
  ['bayline-battery-ferries', 'a battery ferry charged', ['Jonah Pike']],
  ['bayline-battery-ferries', 'The charging berth', ['Bayline Ferries']],
  ['bayline-battery-ferries', 'The crossing will still take', ['Colin Threlfall']],
  ['trade-fair-chinese-russian-exhibitors', 'When we started this fair', ['Priya Castellane']],
  ['trade-fair-chinese-russian-exhibitors', 'Ten days ago', ['Judith Hardacre']],
  ['trade-fair-chinese-russian-exhibitors', 'The chamber expects', ['Harwick Bay Chamber of Commerce']],
  ['rovers-reach-cup-quarter-final', 'I told the players', ['Owen Tregarth']],
  ['rovers-reach-cup-quarter-final', 'Kieran has been cleaning boots', ['Owen Tregarth']],
  ['rovers-reach-cup-quarter-final', 'If they win the quarter-final', ['Priya Castellane']],
  ['rovers-reach-cup-quarter-final', 'Tickets go on sale', ['Harwick Bay Rovers FC', 'Harwick Bay Rovers']],
  ['harwick-players-the-tide-turns', 'The Tide Turns', null],
  ['harwick-players-the-tide-turns', 'every family in this town', ['Nadia Kerrow']],
  ['harwick-players-the-tide-turns', 'Some of our Year 9 pupils', ['Aileen Marsh']],
  ['harwick-players-the-tide-turns', 'storm', null],
  ['harwick-players-the-tide-turns', 'sea', null],
  ['harwick-players-the-tide-turns', 'I have spent forty years', ['Sam Pennock']],
  ['harwick-players-the-tide-turns', 'He has promised', ['Nadia Kerrow']],
  ['herald-editor-retires', 'Sam has covered', ['Judith Hardacre']],
  ['herald-editor-retires', 'The paper belongs to the town', ['Sam Pennock']],
  ['herald-editor-retires', 'The Herald will keep', ['The Harwick Herald', 'Harwick Herald']],
  ['herald-editor-retires', 'He once called me', ['Tomas Brennick']],
  ['herald-editor-retires', 'The Tide Turns', null],
  ['storm-batters-east-quay', 'The wall held', ['Idris Fenwick']],
  ['storm-batters-east-quay', 'Services will resume', ['Bayline Ferries']],
  ['storm-batters-east-quay', 'We will mend the wall', ['Judith Hardacre']],
  ['storm-batters-east-quay', 'We lost on Saturday', ['Owen Tregarth']],
  ['harbour-committee-questions-east-quay', 'nobody should be on the breakwater', ['Idris Fenwick']],
];

describe('our invented articles: every quote goes to its speaker', () => {
  it.each(EXPECTED)('%s: “%s…”', (id, opening, speakers) => {
    const article = bySource(id);
    const quote = article.quotes.find((q) => squash(q.text).startsWith(squash(opening)) && (speakers !== null || squash(q.text) === squash(opening)));
    if (speakers === null) {
      expect(quote, `“${opening}” is not speech`).toBeUndefined();
      return;
    }
    expect(quote, `quote “${opening}” found`).toBeTruthy();
    expect(speakers).toContain(quote!.speaker?.name);
  });

  it('keeps a quotation split by “she said” as one quote with two fragments', () => {
    const quote = bySource('sister-city-delegation-nanping').quotes.find((q) => q.text.startsWith('We have exchanged letters'))!;
    expect(quote.fragments).toHaveLength(2);
    expect(quote.fragments[0]!.block).toBe(quote.fragments[1]!.block);
  });

  it('keeps a quotation over two paragraphs as one quote with a fragment in each', () => {
    const quote = bySource('trade-fair-chinese-russian-exhibitors').quotes.find((q) => q.text.startsWith('When we started this fair'))!;
    expect(quote.fragments.map((f) => f.block)).toEqual([quote.fragments[0]!.block, quote.fragments[0]!.block + 1]);
  });

  it('links the sample article to the invented articles that share its places', () => {
    const related = bySource('russia-china-security-ties').related.map((r) => r.slug);
    const nanping = bySource('sister-city-delegation-nanping').slug;
    const fair = bySource('trade-fair-chinese-russian-exhibitors').slug;
    expect(related).toEqual(expect.arrayContaining([nanping, fair]));
    const reasons = bySource('russia-china-security-ties').related.find((r) => r.slug === nanping)!.reasons.join(' ');
    expect(reasons).toMatch(/Nanping|China/);
  });

  it('shows recurring people across articles', () => {
    const mayor = result.site!.entityPages.find((p) => p.name === 'Judith Hardacre')!;
    expect(mayor.type).toBe('person');
    expect(mayor.articles.length).toBeGreaterThanOrEqual(4);
    expect(mayor.quotes.length).toBeGreaterThanOrEqual(4);
  });
});

describe('our invented transcript: every turn goes to its speaker', () => {
  const transcript = () => bySource('harbour-committee-questions-east-quay');
  const turnText = (article: Article, turn: NonNullable<Article['turns']>[number]) => turn.fragments.map((f) => textAt(article, f)).join(' ');

  it('restores its paragraphs: the lead, a section break, one paragraph per label, stage directions set apart', () => {
    const kinds = transcript().blocks.map((b) => b.kind);
    expect(kinds.slice(0, 2)).toEqual(['paragraph', 'section-break']);
    expect(kinds.filter((k) => k === 'stage-direction')).toHaveLength(2);
    expect(transcript().blocks.filter((b) => b.kind === 'stage-direction').map((b) => b.text)).toEqual(['(Laughter.)', '(Applause.)']);
  });

  it('gives each turn to its speaker, the question from the floor to nobody', () => {
    const speakers = transcript().turns!.map((t) => t.speaker?.name ?? null);
    expect(speakers).toEqual([
      'Tomas Brennick',
      'Idris Fenwick',
      null,
      'Tomas Brennick',
      'Lena Marr',
      'Idris Fenwick',
      'Judith Hardacre',
      'Tomas Brennick',
      'Judith Hardacre',
      'Tomas Brennick',
    ]);
    expect(transcript().turns!.every((t) => t.speaker === null || t.speaker.entity !== null)).toBe(true);
  });

  it('keeps a stage direction inside a turn in its span, and one between turns outside every turn', () => {
    const article = transcript();
    const fenwick = turnText(article, article.turns![1]!);
    expect(fenwick).toContain('(Laughter.)');
    expect(fenwick.startsWith('Thank you, Chair.')).toBe(true);
    expect(article.turns!.some((t) => turnText(article, t).includes('(Applause.)'))).toBe(false);
  });

  it('lists the turns on the speaker’s entity page', () => {
    const fenwick = result.site!.entityPages.find((p) => p.name === 'Idris Fenwick')!;
    expect(fenwick.turns!.map((t) => t.turnId)).toEqual(transcript().turns!.filter((t) => t.speaker?.name === 'Idris Fenwick').map((t) => t.id));
  });

  it('makes no entity of a label’s title or of the questioner', () => {
    const names = transcript().entities.map((e) => e.name);
    expect(names).not.toContain('Question');
    expect(names.filter((n) => /Master Idris|Councillor Tomas|Bay Judith|Herald Lena/.test(n))).toEqual([]);
  });
});
