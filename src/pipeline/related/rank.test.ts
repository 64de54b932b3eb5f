import { describe, expect, it } from 'vitest';
import { rankRelated } from './rank.ts';
import type { RelatedDoc } from './types.ts';

// Three small stories, two articles each, plus one loner; written for these tests.
const docs: RelatedDoc[] = [
  {
    id: 'flood-a',
    title: 'River Wenlow bursts its banks in Marsby',
    body: 'Heavy rain sent the River Wenlow over its banks on Sunday, flooding two hundred homes in Marsby.\n\nMayor Ada Pellow said sandbags were handed out overnight.',
    date: '2024-03-03',
  },
  {
    id: 'bakery-a',
    title: 'Marsby bakery wins national bread prize',
    body: 'A family bakery in Marsby took the national sourdough prize. Owner Tom Gresh said the starter dough is forty years old.',
    date: '2024-05-10',
  },
  {
    id: 'flood-b',
    title: 'Marsby counts the cost of Wenlow flooding',
    body: 'Insurers in Marsby began assessing flooded homes after the River Wenlow receded. Mayor Ada Pellow asked for emergency funds for sandbags and pumps.',
    date: '2024-03-05',
  },
  {
    id: 'comet-a',
    title: 'Amateur astronomer spots comet over Keld',
    body: 'Telescope owner Ines Varga photographed a faint green comet above the Keld observatory.',
    date: '2024-07-01',
  },
  {
    id: 'bakery-b',
    title: 'Sourdough starter forty years old wins bread prize',
    body: 'Tom Gresh, whose bakery won the national bread prize, credits a sourdough starter his mother began.',
    date: '2024-05-11',
  },
  {
    id: 'comet-b',
    title: 'Green comet visible from Keld this week',
    body: 'Ines Varga, who first photographed the comet, says the Keld observatory will open its telescope to visitors.',
    date: '2024-07-03',
  },
  { id: 'loner', title: 'Chess club elects treasurer', body: 'The chess club voted for a treasurer at its annual meeting.' },
];

const partner: Record<string, string> = {
  'flood-a': 'flood-b',
  'flood-b': 'flood-a',
  'bakery-a': 'bakery-b',
  'bakery-b': 'bakery-a',
  'comet-a': 'comet-b',
  'comet-b': 'comet-a',
};

describe('rankRelated', () => {
  it('puts the other article of the same story first', () => {
    const ranked = rankRelated(docs, { k: 3 });
    for (const [id, other] of Object.entries(partner)) expect(ranked.get(id)![0]!.id).toBe(other);
  });

  it('never lists an article as related to itself, and respects k', () => {
    for (const k of [1, 2, 4]) {
      const ranked = rankRelated(docs, { k });
      expect(ranked.size).toBe(docs.length);
      for (const [id, hits] of ranked) {
        expect(hits.length).toBeLessThanOrEqual(k);
        expect(hits.map((h) => h.id)).not.toContain(id);
        expect(new Set(hits.map((h) => h.id)).size).toBe(hits.length);
      }
    }
  });

  it('returns scores in 0..1, best first', () => {
    for (const hits of rankRelated(docs, { k: 6 }).values()) {
      for (const hit of hits) expect(hit.score).toBeGreaterThan(0), expect(hit.score).toBeLessThanOrEqual(1);
      for (const hit of hits) expect(hit.reasons.length).toBeLessThanOrEqual(5);
      const scores = hits.map((h) => h.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('links nothing to an article that shares no words with the others', () => {
    expect(rankRelated(docs, { k: 3 }).get('loner')).toEqual([]);
  });

  it('explains links with the shared names, terms and dates', () => {
    const [hit] = rankRelated(docs, { k: 1 }).get('flood-a')!;
    const reasons = hit!.reasons.join(' | ');
    expect(reasons).toMatch(/Shared names: [^|]*(River Wenlow|Ada Pellow)/);
    expect(reasons).toMatch(/Shared terms: [^|]*(sandbags|homes|flood)/);
    expect(hit!.reasons).toContain('Published 2 days apart');
  });

  it('uses given entities, grouped by type, in the reasons', () => {
    const withEntities = docs.map((doc) =>
      doc.id.startsWith('flood')
        ? {
            ...doc,
            entities: [
              { id: 'ada-pellow', name: 'Ada Pellow', type: 'person' as const, mentions: 1 },
              { id: 'marsby', name: 'Marsby', type: 'place' as const, mentions: 2 },
            ],
          }
        : doc,
    );
    const [hit] = rankRelated(withEntities, { k: 1 }).get('flood-b')!;
    expect(hit!.id).toBe('flood-a');
    expect(hit!.reasons).toContain('Shared people: Ada Pellow');
    expect(hit!.reasons).toContain('Shared places: Marsby');
    // Typed entities lead, whatever their weight.
    expect(hit!.reasons[0]).toMatch(/^Shared (people|places): /);
    // Ada Pellow is said once, as a person, not again among the names.
    expect(hit!.reasons.filter((r) => r.includes('Ada Pellow'))).toHaveLength(1);
  });

  it('handles empty input and k = 0', () => {
    expect(rankRelated([], { k: 5 }).size).toBe(0);
    const none = rankRelated(docs, { k: 0 });
    expect([...none.values()].every((hits) => hits.length === 0)).toBe(true);
  });

  it('is deterministic, ties included', () => {
    const twins: RelatedDoc[] = [
      { id: 'q', title: 'Harbour crane collapses', body: 'A harbour crane collapsed in Tollby.' },
      { id: 'b', title: 'Harbour crane collapses', body: 'A harbour crane collapsed in Tollby.' },
      { id: 'a', title: 'Harbour crane collapses', body: 'A harbour crane collapsed in Tollby.' },
    ];
    const first = rankRelated(twins, { k: 2 });
    expect(rankRelated(twins, { k: 2 })).toEqual(first);
    // Equal scores keep input order.
    expect(first.get('q')!.map((h) => h.id)).toEqual(['b', 'a']);
    expect(first.get('a')!.map((h) => h.id)).toEqual(['q', 'b']);
  });

  it('prefers the article published closer in time when the words tie', () => {
    const story = { title: 'Tollby ferry strike', body: 'Ferry crews in Tollby walked out over pay.' };
    const ranked = rankRelated(
      [
        { id: 'now', ...story, date: '2024-01-10' },
        { id: 'last-year', ...story, date: '2023-01-10' },
        { id: 'next-day', ...story, date: '2024-01-11' },
      ],
      { k: 2 },
    );
    expect(ranked.get('now')!.map((h) => h.id)).toEqual(['next-day', 'last-year']);
  });

  it('never links an article to another line with the same id', () => {
    const repeated = [...docs, { ...docs[0]!, body: `${docs[0]!.body} Extra line.` }];
    for (const hit of rankRelated(repeated, { k: 3 }).get('flood-a')!) expect(hit.id).not.toBe('flood-a');
  });
});
