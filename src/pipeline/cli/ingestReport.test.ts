import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../ingest.ts';
import { folderWith } from '../../test-fixtures/tempFolder.ts';
import { reportJson, summaryLines } from './ingestReport.ts';

describe('the ingest report', () => {
  it('lists each article whose date the window refused, with the reason, and keeps the article undated', async () => {
    const input = folderWith({
      'quay.txt': 'Quay reopens | Harbour\n\nThe quay reopened after repairs, the harbour board said.\n',
      'quay.meta.json': '{"date": "2019-05-01"}',
      'fair.txt': 'Trade fair opens | Harbour\n\nPublished: 3 March 2022\n\nThe trade fair opened with forty stalls.\n',
      'ferry.txt': 'Ferry returns | Harbour\n\nHARWICK BAY, 4 March 2022 (Herald) – The ferry returned to service.\n',
    });
    const result = await ingest({ input, out: null, today: '2026-11-26', window: { from: '2020-01-01', to: '2020-12-31' }, relatedCount: 0, workers: 1 });
    expect(result.ingested.map((entry) => entry.id).sort()).toEqual(['fair', 'ferry', 'quay']);
    expect(result.articles.map((article) => article.date)).toEqual([null, null, null]);
    const report = JSON.parse(reportJson(result));
    expect(report.refusedDates).toEqual([
      { source: join(input, 'fair.txt'), id: 'fair', date: '2022-03-03', from: 'dateline', reason: 'dateline date 2022-03-03 is outside --date-window 2020-01-01..2020-12-31' },
      { source: join(input, 'ferry.txt'), id: 'ferry', date: '2022-03-04', from: 'dateline', reason: 'dateline date 2022-03-04 is outside --date-window 2020-01-01..2020-12-31' },
      { source: join(input, 'quay.txt'), id: 'quay', date: '2019-05-01', from: 'metadata', reason: 'metadata date 2019-05-01 is outside --date-window 2020-01-01..2020-12-31' },
    ]);
    expect(summaryLines(result, 1, null)).toContain(`undated ${join(input, 'quay.txt')}: metadata date 2019-05-01 is outside --date-window 2020-01-01..2020-12-31`);
  });
  it('dates each article from what says so, and tells where from', async () => {
    const input = folderWith({
      'fair.txt': 'Trade fair opens | Harbour\n\nPublished: 3 March 2022\n\nThe trade fair opened with forty stalls.\n',
      'flood.txt': 'Flood memorial unveiled | Harbour\n\nFifty years after the flood of 31 January 1953, a memorial was unveiled.\n',
    });
    const result = await ingest({ input, out: null, today: '2026-11-26', window: null, relatedCount: 0, workers: 1 });
    const byId = new Map(result.articles.map((article) => [article.id, article]));
    expect([byId.get('fair')?.date, byId.get('fair')?.dateSource]).toEqual(['2022-03-03', 'dateline']);
    expect([byId.get('flood')?.date, byId.get('flood')?.dateSource]).toEqual([null, undefined]);
    expect(result.site?.index.articles.map((summary) => [summary.title, summary.dateSource])).toEqual([
      ['Trade fair opens', 'dateline'],
      ['Flood memorial unveiled', undefined],
    ]);
    expect(result.refusedDates).toEqual([]);
  });
});
