import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../..', import.meta.url).pathname;
const annotate = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/pipeline/cli/annotate.ts', ...args], { cwd: ROOT, encoding: 'utf8', input });

describe('npm run annotate -- --jsonl', () => {
  it('annotates each line as given, in order, and reports bad lines without stopping', () => {
    const run = annotate(['--jsonl'], ['{"id":"a","text":"“We are ready,” said Ann Lee."}', 'not json', '{"text":"no id"}', '{"id":7,"text":"Plain."}'].join('\n'));
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].quotes[0].text).toMatch(/^We are ready,?$/);
    expect(lines[0].quotes[0].speaker).toMatchObject({ name: 'Ann Lee', start: 21, end: 28 });
    expect(lines[0].entities[0]).toMatchObject({ name: 'Ann Lee', type: 'person', mentions: [{ start: 21, end: 28 }] });
    expect(lines[1].error).toMatch(/line 2: not valid JSON/);
    expect(lines[2].error).toMatch(/line 3: missing "id"/);
    expect(lines[3]).toMatchObject({ id: '7', quotes: [] });
  });

  it('reports a transcript’s turns as quotes of kind "turn", text as given (no paragraphs restored)', () => {
    const text = 'Mayor Eleanor Marsh: We begin. Question: When? Eleanor Marsh: Now.';
    const run = annotate(['--jsonl'], JSON.stringify({ id: 't', text }));
    const [line] = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(line.quotes.map((q: { kind: string; text: string; speaker: { name: string } | null }) => [q.kind, q.text, q.speaker?.name ?? null])).toEqual([
      ['turn', 'We begin.', 'Eleanor Marsh'],
      ['turn', 'When?', null],
      ['turn', 'Now.', 'Eleanor Marsh'],
    ]);
    expect(line.quotes[0].speaker).toMatchObject({ start: 6, end: 19 });
  });
});

describe('npm run annotate -- FILE', () => {
  it('runs the whole ingestion on the sample article, offsets per paragraph, headline as -1', () => {
    const run = annotate(['content/russia-china-security-ties.txt']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ section: 'China', date: '2022-09-19' });
    expect(out.paragraphs.map((p: { kind: string }) => p.kind)).toEqual(['paragraph', 'paragraph', 'subheading', 'paragraph', 'paragraph', 'paragraph']);
    const headlineQuote = out.quotes.find((q: { paragraph: number }) => q.paragraph === -1);
    expect(out.title.slice(headlineQuote.start, headlineQuote.end)).toBe('unconditional priority');
    for (const q of out.quotes) {
      const text = q.paragraph < 0 ? out.title : out.paragraphs[q.paragraph].text;
      expect(text.slice(q.start, q.end)).toBe(q.text);
    }
  });
  it('restores a one-line transcript into paragraphs and reports its turns as quotes of kind "turn"', () => {
    const run = annotate(['content/harbour-committee-questions-east-quay.txt']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.paragraphs.map((p: { kind: string }) => p.kind)).toContain('section-break');
    const turns = out.quotes.filter((q: { kind: string }) => q.kind === 'turn');
    expect(turns[0]).toMatchObject({ speaker: { name: 'Tomas Brennick' } });
    expect(turns[0].text).toMatch(/^Good evening/);
    const label = out.paragraphs[turns[0].speaker.paragraph].text;
    expect(label.slice(turns[0].speaker.start, turns[0].speaker.end)).toBe('Tomas Brennick');
    expect(turns.filter((q: { speaker: unknown }) => q.speaker === null)).toHaveLength(1);
  });
  it('answers {error} and exit 1 for a file that cannot be ingested', () => {
    const run = annotate(['no-such-file.txt']);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({ error: 'no such file or folder' });
  });
});
