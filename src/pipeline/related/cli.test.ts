import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');

/** Runs the real CLI on a temporary JSONL file. */
function runCli(lines: string[], extra: string[] = []) {
  const input = join(mkdtempSync(join(tmpdir(), 'related-cli-')), 'in.jsonl');
  writeFileSync(input, lines.join('\n'));
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/pipeline/cli/related.ts', '--input', input, ...extra], {
    cwd: root,
    encoding: 'utf8',
  });
  return { input, status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('related CLI', () => {
  it('prints one line per good article and reports bad lines with file:line', () => {
    const run = runCli(
      [
        '{"id":"a","title":"Tollby ferry strike","body":"Ferry crews in Tollby walked out over pay."}',
        '{"id":"b","title":"Tollby ferry strike ends","body":"Ferry crews in Tollby agreed a pay deal."}',
        '{broken',
        '{"id":"c","title":"Chess club elects treasurer","body":"The chess club voted."}',
      ],
      ['--k', '2'],
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`${run.input}:3: not JSON`);
    const out = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(out.map((row) => row.id)).toEqual(['a', 'b', 'c']);
    expect(out[0].related[0].id).toBe('b');
    expect(out[0].related[0].reasons.length).toBeGreaterThan(0);
    expect(out[2].related).toEqual([]);
  });

  it('refuses a bad --k with the usage line', () => {
    const run = runCli(['{"id":"a","title":"T","body":"B"}'], ['--k', 'many']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--k must be a whole number[\s\S]*usage: npm run --silent related/);
  });
});
