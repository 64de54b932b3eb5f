// Tests that read inputs from disk write their own invented files into a fresh temporary folder.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A new temporary folder holding `files` (path inside the folder → content); subfolders are made as needed. */
export function folderWith(files: Record<string, string | Uint8Array>, prefix = 'dossier-test-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}
