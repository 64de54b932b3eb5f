// The corpus entity stage inside a whole ingest: entities merged across articles, their pages' aliases, the moved
// ids in slugs.json, and entity corrections from corrections.json (with the ones that match nothing reported).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../ingest.ts';

function corpus(corrections?: object): string {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-corpus-'));
  writeFileSync(join(folder, 'a.txt'), 'Vote count | Sample\n\nThe Liberal Reformers won the vote in Harwick Bay, Ann Fenlow said.\n');
  writeFileSync(join(folder, 'b.txt'), 'Seats | Sample\n\nA Liberal Reformer spokesman said the count was fair.\n');
  writeFileSync(join(folder, 'c.txt'), 'Budget | Sample\n\nThe Liberal Reformers set out their budget in Harwick Bay.\n');
  if (corrections) writeFileSync(join(folder, 'corrections.json'), JSON.stringify(corrections));
  return folder;
}

describe('the corpus entity stage in ingest', () => {
  it('merges the singular of a party name into it, lists it as an alias and keeps the old id working', async () => {
    const result = await ingest({ input: corpus(), out: null, today: '2026-12-07', window: null, relatedCount: 0, workers: 1 });
    const party = result.entities.find((e) => e.name === 'Liberal Reformers');
    expect(party).toMatchObject({ id: 'liberal-reformers', articleCount: 3 });
    expect(result.entities.some((e) => e.id === 'liberal-reformer')).toBe(false);
    expect(result.site!.entityPages.find((p) => p.id === 'liberal-reformers')!.aliases).toContain('Liberal Reformer');
    expect(result.site!.slugs.entities).toMatchObject({ 'liberal-reformer': 'liberal-reformers' });
    const b = result.articles.find((a) => a.title === 'Seats')!;
    expect(b.entities.map((e) => e.id)).toContain('liberal-reformers');
  });
  it('applies entity corrections across the corpus and reports those that match nothing', async () => {
    const folder = corpus({ corrections: [{ type: 'retype', entity: 'liberal-reformers', to: 'event' }, { type: 'drop', entity: 'no-such-entity' }] });
    const result = await ingest({ input: folder, out: null, today: '2026-12-07', window: null, relatedCount: 0, workers: 1 });
    expect(result.entities.find((e) => e.id === 'liberal-reformers')!.type).toBe('event');
    expect(result.articles.flatMap((a) => a.entities.filter((e) => e.id === 'liberal-reformers')).map((e) => e.type)).toEqual(['event', 'event', 'event']);
    expect(result.warnings).toEqual([`${join(folder, 'corrections.json')}: correction 2 (drop no-such-entity) no longer matches anything`]);
  });
});
