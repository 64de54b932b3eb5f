import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith } from '../test-fixtures/tempFolder.ts';
import { ingest } from './ingest.ts';
import { siteFiles } from './output/writeSiteData.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const options = { today: '2026-11-26', window: null, relatedCount: 3, workers: 1 };

describe('re-ingesting', () => {
  it('reuses unchanged annotations and keeps old slugs as aliases after a headline edit', async () => {
    const input = folderWith({
      'ferry.txt': 'Ferry returns to Skerrin | Sample\n\n“We are back,” said Colin Threlfall.\n',
      'fair.txt': 'Trade fair opens | Sample\n\n“Come early,” said Priya Castellane.\n',
    });
    const work = mkdtempSync(join(tmpdir(), 'dossier-ingest-out-'));
    const out = join(work, 'data');
    const cacheDir = join(work, 'cache');
    const first = await ingest({ ...options, input, out, cacheDir });
    expect(first.reused).toBe(0);
    const generation = readlinkSync(out);
    const again = await ingest({ ...options, input, out, cacheDir });
    expect(again.unchanged).toBe(true); // nothing changed: the output is left exactly as it was
    expect(again.ingested).toEqual(first.ingested);
    expect(again.quoteCount).toBe(first.quoteCount);
    expect(readlinkSync(out)).toBe(generation);
    writeFileSync(join(input, 'ferry.txt'), 'Battery ferry returns to Skerrin | Sample\n\n“We are back,” said Colin Threlfall.\n');
    const second = await ingest({ ...options, input, out, cacheDir });
    expect(second.reused).toBe(1);
    expect(second.unchanged).toBe(false);
    expect(readlinkSync(out)).not.toBe(generation);
    const slugs = JSON.parse(readFileSync(join(out, 'slugs.json'), 'utf8'));
    expect(slugs.articles).toEqual({ ferry: 'battery-ferry-returns-to-skerrin', fair: 'trade-fair-opens' });
    expect(slugs.aliases).toEqual({ 'ferry-returns-to-skerrin': 'ferry' });
    // the same texts from another folder are the same work
    const moved = mkdtempSync(join(tmpdir(), 'dossier-moved-'));
    cpSync(input, moved, { recursive: true });
    const fromMoved = await ingest({ ...options, input: moved, out: null, cacheDir });
    expect(fromMoved.reused).toBe(2);
  });
});

describe('npm run ingest (the command-line contract)', () => {
  it('reports rejected inputs with their source, writes the rest, and exits 3 without a stack trace', () => {
    const input = folderWith({
      'good.txt': 'Harbour reopens | Sample\n\n“The harbour is open,” said Idris Fenwick.\n',
      'only-boilerplate.txt': 'Headline\n\nRead More\n\nLeave a Reply\n',
      'feed.jsonl': '{"id":"j1","title":"Fair","body":"The fair opened."}\n{"id":"j2","title":7,"body":"x"}\n',
    });
    const work = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
    const report = join(work, 'report.json');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/pipeline/cli/ingest.ts', '--input', input, '--out', join(work, 'data'), '--report', report, '--no-cache'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(3);
    expect(run.stderr + run.stdout).not.toMatch(/\n\s+at /); // no stack trace
    expect(run.stdout).toMatch(/^ingested 2 .*rejected 2/m);
    const parsed = JSON.parse(readFileSync(report, 'utf8'));
    expect(parsed.ingested.map((e: { id: string }) => e.id).sort()).toEqual(['good', 'j1']);
    expect(parsed.rejected).toEqual([
      { source: `${join(input, 'feed.jsonl')}:2`, reason: '"title" must be a string, got number' },
      { source: join(input, 'only-boilerplate.txt'), reason: 'no article text left after removing site boilerplate' },
    ]);
  });
  it('exits 1 with a readable message when nothing can be ingested, leaving earlier output alone', () => {
    const work = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/pipeline/cli/ingest.ts', '--input', join(work, 'missing'), '--out', join(work, 'data')], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no article could be ingested');
    expect(run.stdout).toContain('no such file or folder');
  });
  it('prints usage for a bad option', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/pipeline/cli/ingest.ts', '--bogus'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/usage: npm run ingest/);
  });
});

describe('streaming ingest', () => {
  it('writes, batch by batch, exactly the files an in-memory run would, corrections included', async () => {
    const input = folderWith({
      'ferry.txt': 'Ferry returns to Skerrin | Sample\n\n“We are back,” said Colin Threlfall, the ferry captain.\n\nThe Skerrin ferry sails daily.\n',
      'fair.txt': 'Trade fair opens in Skerrin | Sample\n\n“Come early,” said Priya Castellane.\n\nColin Threlfall will sail visitors over.\n',
      'pier.txt': 'Pier repairs begin | Sample\n\n“It will take a year,” said Priya Castellane of the Skerrin pier.\n',
      'corrections.json': JSON.stringify({ corrections: [{ type: 'rename', entity: 'colin-threlfall', name: 'Capt. Colin Threlfall' }, { type: 'rename', entity: 'nobody-here', name: 'X' }] }),
    });
    const out = join(mkdtempSync(join(tmpdir(), 'dossier-stream-')), 'data');
    const streamed = await ingest({ ...options, input, out, batchSize: 1 });
    expect(streamed.articles).toEqual([]); // nothing kept in memory
    expect(streamed.warnings).toEqual([expect.stringContaining('correction 2 (rename nobody-here) no longer matches anything')]);
    const kept = await ingest({ ...options, input, out: null });
    const expected = siteFiles(kept.site!);
    const written = readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => relative(out, join(entry.parentPath, entry.name)));
    expect(written.sort()).toEqual([...expected.keys()].sort());
    for (const [path, content] of expected) expect(readFileSync(join(out, path), 'utf8'), path).toBe(content);
    expect(JSON.parse(expected.get('entities/colin-threlfall.json')!).name).toBe('Capt. Colin Threlfall');
    expect(kept.site!.articles.every((a) => a.related.length > 0)).toBe(true);
  });
});
