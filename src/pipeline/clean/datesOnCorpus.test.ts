// Publication dates on a real corpus: the BBC articles of ../shared (all from 2004–05, none with a date given).
// Dates are decided while cleaning, so reading and cleaning the corpus is enough (no annotation).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../read/readInputs.ts';
import { cleanArticle } from './cleanArticle.ts';
import { parseDateWindow, type DateWindow } from './dates.ts';

const BBC = new URL('../../../../shared/corpus/bbc/articles.jsonl', import.meta.url).pathname;
const present = existsSync(BBC);

async function datesOf(window: DateWindow | null): Promise<Array<{ source: string; date: string | null }>> {
  const dates: Array<{ source: string; date: string | null }> = [];
  for await (const result of readInputs(BBC)) {
    if (!result.ok) continue;
    const clean = cleanArticle(result.article, { today: '2026-11-26', window });
    dates.push({ source: clean.source, date: clean.date });
  }
  return dates;
}

const outside2004to2005 = (dates: Array<{ source: string; date: string | null }>) =>
  dates.filter(({ date }) => date !== null && (date < '2004-01-01' || date > '2005-12-31')).map(({ source, date }) => `${source} ${date}`);

describe.skipIf(!present)(`dates of the BBC corpus${present ? '' : ' (skipped: ../shared/corpus/bbc/articles.jsonl is missing)'}`, () => {
  it('dates no article outside 2004–05 without a window, nor with --date-window 2004-01-01..2005-12-31', async () => {
    const bare = await datesOf(null);
    expect(bare.length).toBe(2225);
    expect(outside2004to2005(bare)).toEqual([]);
    expect(outside2004to2005(await datesOf(parseDateWindow('2004-01-01..2005-12-31')))).toEqual([]);
  });
});
