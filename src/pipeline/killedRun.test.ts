// A real ingest killed with SIGKILL at several moments must leave the previous output exactly as it was
// (or, once it has switched, the complete new output): never a mix, never nothing.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const PEOPLE = ['Ada Morrow', 'Ben Ashdown', 'Cora Lind', 'Dev Okafor', 'Edith Vane', 'Felix Roan'];
const PLACES = ['Harwick Bay', 'Stenmouth', 'Skerrin Island', 'Quay Street'];

/** An invented corpus: n articles of quotes and names, deterministic for a given salt. */
function corpus(n: number, salt: string): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const who = PEOPLE[i % PEOPLE.length]!;
    const where = PLACES[i % PLACES.length]!;
    const paragraphs = Array.from({ length: 6 }, (_, p) =>
      `“We will finish the ${salt} works on section ${i}-${p} before the tide turns,” said ${who}, who visited ${where} on Monday. ${who} added that the council in ${where} had agreed the plan.`,
    );
    lines.push(JSON.stringify({ id: `a${i}`, title: `${where} works ${salt} ${i}`, body: paragraphs.join('\n\n'), date: `2022-10-${String(1 + (i % 28)).padStart(2, '0')}` }));
  }
  return `${lines.join('\n')}\n`;
}

function ingestArgs(input: string, out: string): string[] {
  return ['--import', 'tsx', join(ROOT, 'src/pipeline/cli/ingest.ts'), '--input', input, '--out', out, '--no-cache', '--workers', '2'];
}

/** Every file under the output (following its link) with its content. */
function snapshot(out: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(out, path), readFileSync(path, 'utf8'));
    }
  };
  walk(out);
  return files;
}

function sameFiles(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([path, content]) => b.get(path) === content);
}

function runToEnd(input: string, out: string): void {
  const run = spawnSync(process.execPath, ingestArgs(input, out), { cwd: ROOT, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
}

function runAndKill(input: string, out: string, afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ingestArgs(input, out), { cwd: ROOT, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('ingest killed with SIGKILL', () => {
  it('leaves the previous output intact at every moment', async () => {
    const work = mkdtempSync(join(tmpdir(), 'dossier-kill-'));
    const before = join(work, 'before.jsonl');
    const after = join(work, 'after.jsonl');
    writeFileSync(before, corpus(100, 'old'));
    writeFileSync(after, corpus(160, 'new'));
    const out = join(work, 'site-data');
    runToEnd(before, out);
    const previous = snapshot(out);
    // what a run that completes over the previous output writes (its slug map keeps the old slugs as aliases)
    const reference = join(work, 'reference');
    runToEnd(before, reference);
    runToEnd(after, reference);
    const next = snapshot(reference);
    expect(previous.size).toBeGreaterThan(100);
    const outcomes: string[] = [];
    for (const delay of [400, 1200, 2000, 3000]) {
      await runAndKill(after, out, delay);
      const now = snapshot(out);
      const state = sameFiles(now, previous) ? 'previous' : sameFiles(now, next) ? 'next' : 'mixed';
      outcomes.push(state);
      expect(state, `killed after ${delay} ms`).not.toBe('mixed');
      if (state === 'next') runToEnd(before, out); // back to the old output for the next attempt
    }
    // at least one kill must have landed mid-run, or the test proves nothing
    expect(outcomes).toContain('previous');
  }, 180_000);
});
