// Synthetic corpora of any size made from the BBC texts (used by path, never copied), for the scaling benches.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A synthetic corpus of n articles: each mixes paragraphs of three BBC articles, with a unique id and title. */
export function syntheticCorpus(source: Array<{ title: string; body: string }>, n: number, file: string): void {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const parts = [0, 1, 2].map(() => source[Math.floor(random() * source.length)]!);
    const paragraphs = parts.flatMap((p) => p.body.split('\n\n').filter(() => random() < 0.6));
    const date = `20${String(10 + (i % 15)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    lines.push(JSON.stringify({ id: `syn-${i}`, title: `${parts[0]!.title} (${i})`, body: paragraphs.join('\n\n') || parts[0]!.body, date }));
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}


/** Bytes (of files, not disk blocks) and number of files under a folder. */
export function folderSize(folder: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}
