// Vitest global setup: every test run gets one scratch folder as its TMPDIR, removed when the run ends, so temporary
// folders made by tests (and by the pipeline code they run) never pile up in the system's temp folder, even when a
// test fails before its own clean-up.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function setup(): () => void {
  const scratch = mkdtempSync(join(tmpdir(), 'dossier-tests-'));
  // read by os.tmpdir() in this process and inherited by the test workers it starts
  process.env.TMPDIR = scratch;
  return () => rmSync(scratch, { recursive: true, force: true });
}
