import { readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, parseJsonlLine, readInputs } from './readInputs.ts';
import { parseTextFile, splitHeadlineSection } from './textFile.ts';
import type { ReadResult } from './types.ts';
import { folderWith } from '../../test-fixtures/tempFolder.ts';

async function collect(input: string): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const r of readInputs(input)) results.push(r);
  return results;
}

describe('text file layouts', () => {
  it('splits "Headline | Section" only when the label is short', () => {
    expect(splitHeadlineSection('Ferry returns | Sample')).toEqual({ title: 'Ferry returns', section: 'Sample' });
    expect(splitHeadlineSection('Pipes | a long explanation of why the pipe character appears in this headline at all')).toBeNull();
  });
  it('takes a BBC-style headline on line 1 and the body after it', () => {
    const parsed = parseTextFile('Harbour fees rise\n\nFees rose by 5%.\n');
    expect(parsed).toEqual({ format: 'headline-body', title: 'Harbour fees rise', section: null, body: '\nFees rose by 5%.\n' });
  });
  it('rejects an empty file', () => {
    expect(() => parseTextFile(' \n\t\n')).toThrow('empty');
  });
});

describe('JSONL lines', () => {
  const seen = () => new Map<string, string>();
  it('accepts {id, title, body, section?, date?}', () => {
    const r = parseJsonlLine('{"id":"a1","title":"T","body":"B.","section":"news","date":"2022-09-19"}', 'f.jsonl:1', seen());
    expect(r.ok && r.article).toMatchObject({ id: 'a1', title: 'T', body: 'B.', section: 'news', date: '2022-09-19', source: 'f.jsonl:1' });
  });
  it.each([
    ['not json', 'not valid JSON'],
    ['[1,2]', 'expected a JSON object, got an array'],
    ['{"title":"T","body":"B"}', 'missing "id"'],
    ['{"id":"x","body":"B"}', 'missing "title"'],
    ['{"id":"x","title":"T"}', 'missing "body"'],
    ['{"id":"x","title":5,"body":"B"}', '"title" must be a string, got number'],
    ['{"id":{"a":1},"title":"T","body":"B"}', '"id" must be a string or an integer, got object'],
    ['{"id":"x","title":"T","body":"   "}', '"body" is empty'],
  ])('rejects %s with a reason', (line, reason) => {
    const r = parseJsonlLine(line, 'f.jsonl:7', seen());
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.rejection.source).toBe('f.jsonl:7');
      expect(r.rejection.reason).toContain(reason);
    }
  });
  it('rejects a repeated id and names the first line', () => {
    const ids = seen();
    parseJsonlLine('{"id":"a","title":"T","body":"B"}', 'f.jsonl:1', ids);
    const r = parseJsonlLine('{"id":"a","title":"T2","body":"B2"}', 'f.jsonl:2', ids);
    expect(!r.ok && r.rejection.reason).toBe('id "a" was already used at f.jsonl:1');
  });
});

describe('readInputs', () => {
  it('reads a folder: ids from relative paths, folder as section, metadata beside, non-articles skipped', async () => {
    const root = folderWith({
      'business/001.txt': 'Profits up\n\nProfits rose.\n',
      'sport/001.txt': 'Profits up\n\nProfits rose.\n',
      'local/fair.txt': 'Fair opens | Sample\n\nThe fair opened.\n',
      'local/fair.meta.json': '{"date":"2022-10-01"}',
      'README.md': '# not an article',
    });
    const results = await collect(root);
    const articles = results.flatMap((r) => (r.ok ? [r.article] : []));
    expect(articles.map((a) => [a.id, a.section, a.date])).toEqual([
      ['business/001', 'business', null],
      ['local/fair', 'Sample', '2022-10-01'],
      ['sport/001', 'sport', null],
    ]);
  });
  it('reports bad files with their path and still reads the good ones', async () => {
    const root = folderWith({
      'a-good.txt': 'Good\n\nA good article.\n',
      'b-empty.txt': '   \n',
      'c-binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]),
      'd-feed.jsonl': '{"id":"1","title":"T","body":"B."}\n{oops\n\n{"id":"1","title":"T","body":"B."}\n',
    });
    const results = await collect(root);
    const rejected = results.flatMap((r) => (r.ok ? [] : [r.rejection]));
    expect(rejected).toEqual([
      { source: join(root, 'b-empty.txt'), reason: 'the file is empty or only whitespace' },
      { source: join(root, 'c-binary.txt'), reason: 'binary file, not text' },
      { source: `${join(root, 'd-feed.jsonl')}:2`, reason: expect.stringContaining('not valid JSON') },
      { source: `${join(root, 'd-feed.jsonl')}:4`, reason: `id "1" was already used at ${join(root, 'd-feed.jsonl')}:1` },
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(2);
  });
  it('refuses a file over the size limit without reading it', async () => {
    const root = folderWith({ 'small.txt': 'Title\n\nBody.\n', 'huge.txt': '' });
    truncateSync(join(root, 'huge.txt'), MAX_FILE_BYTES + 1); // sparse: no time spent writing it
    const results = await collect(root);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, rejection: { source: join(root, 'huge.txt'), reason: 'file is 20,971,521 bytes, over the 20 MB limit' } });
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });
  it('keeps a broken metadata file as a warning, not a lost article', async () => {
    const root = folderWith({ 'x.txt': 'Title\n\nBody.\n', 'x.meta.json': '{date:' });
    const [result] = await collect(root);
    expect(result!.ok).toBe(true);
    expect(result!.ok && result!.warnings[0]).toContain('metadata ignored, not valid JSON');
  });
  it('says so for a missing input', async () => {
    expect(await collect('/no/such/path')).toEqual([{ ok: false, rejection: { source: '/no/such/path', reason: 'no such file or folder' } }]);
  });
});

describe('HTML pages', () => {
  it('extracts the article, its date and section, and drops navigation and asides', async () => {
    const root = folderWith({ 'cranes.html': readFileSync(new URL('./fixtures/harbour-page.html', import.meta.url), 'utf8') });
    const [result] = await collect(root);
    expect(result!.ok).toBe(true);
    if (!result!.ok) return;
    const article = result!.article;
    expect(article).toMatchObject({ id: 'cranes', format: 'html', title: 'Harbour gets new cranes', section: 'Sample', date: '2022-10-03' });
    expect(article.body.split('\n\n')).toHaveLength(4);
    expect(article.body).toContain('“They are quieter, faster');
    expect(article.body).not.toMatch(/Most read|Home|Invented sample page/);
  });
  it('takes a date only from a mark that says it is the publication date, never from a <time> in the story', async () => {
    const story = (head: string, body: string) =>
      `<!doctype html><html><head><title>Flood memorial unveiled</title>${head}</head><body><article><h1>Flood memorial unveiled</h1><p>Fifty years after the flood of <time datetime="1953-01-31">31 January 1953</time>, the town unveiled a memorial on the sea wall.</p>${body}<p>The names of the lost are carved into the stone, the mayor said.</p></article></body></html>`;
    const root = folderWith({
      'a-mentioned.html': story('', ''),
      'b-marked.html': story('', '<p>Unveiled on <time pubdate datetime="2003-02-01">1 February 2003</time>.</p>'),
      'c-meta.html': story('<meta name="date" content="2003-02-02">', ''),
    });
    const dates = (await collect(root)).map((r) => (r.ok ? r.article.date : r.rejection.reason));
    expect(dates).toEqual([null, '2003-02-01', '2003-02-02']);
  });
  it('rejects a page without an article', async () => {
    const root = folderWith({ 'empty.html': '<!doctype html><html><head><title>x</title></head><body><nav>Home</nav></body></html>' });
    const [result] = await collect(root);
    expect(!result!.ok && result!.rejection.reason).toMatch(/no article/);
  });
});
