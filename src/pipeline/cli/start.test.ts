import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith } from '../../test-fixtures/tempFolder.ts';
import { UsageError } from './common.ts';
import { parseStartArgs } from './start.ts';

const ROOT = new URL('../../..', import.meta.url).pathname;

function runStart(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/pipeline/cli/start.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('npm start', () => {
  it('says so and exits when the port is taken, instead of drifting to another port', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const run = runStart([], { PORT: String(port) });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
    } finally {
      blocker.close();
    }
  });
  it('rejects a PORT that is not a port number', () => {
    const run = runStart([], { PORT: 'eighty' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('PORT must be a number from 1 to 65535');
  });
});

describe('npm start -- --input PATH', () => {
  it('serves content/ when no input is given', () => {
    expect(parseStartArgs([])).toEqual({ input: 'content', window: null });
  });
  it('takes the reader’s own folder or JSONL file, and a date window', () => {
    const folder = mkdtempSync(join(tmpdir(), 'dossier-start-'));
    expect(parseStartArgs(['--input', folder, '--date-window', '2022-01-01..2022-12-31'])).toEqual({ input: folder, window: '2022-01-01..2022-12-31' });
  });
  it('names a missing input, a malformed window or an unknown option before any work', () => {
    expect(() => parseStartArgs(['--input', '/no/such/folder'])).toThrow(new UsageError('--input /no/such/folder: no such file or folder'));
    expect(() => parseStartArgs(['--date-window', '2022'])).toThrow(UsageError);
    expect(() => parseStartArgs(['--inptu', 'x'])).toThrow(UsageError);
    const run = runStart(['--input', '/no/such/folder'], { PORT: String(1) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--input /no/such/folder: no such file or folder\nusage: PORT=4173 npm start [-- --input PATH]');
  });

  it(
    'builds and serves a folder of the reader’s own text and HTML files instead of content/',
    async () => {
      const folder = folderWith({
        'harbour/quay.txt': 'Quay reopens after winter repairs\n\n“We are open again,” said Mira Holt, the harbour master.\n',
        'fair.html':
          '<!doctype html><html><head><title>Spring fair fills the square</title><meta property="article:published_time" content="2024-04-02T09:00:00Z"></head><body><article><h1>Spring fair fills the square</h1><p>Forty stalls opened on the square this morning, the organisers said, and the queue reached the bridge by noon.</p><p>“It is the busiest fair we have had,” said Tom Reddle.</p></article></body></html>',
      });
      const port = await freePort();
      const dist = mkdtempSync(join(tmpdir(), 'dossier-start-dist-'));
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/pipeline/cli/start.ts', '--input', folder], { cwd: ROOT, env: { ...process.env, PORT: String(port), DOSSIER_DIST: dist } });
      try {
        let stderr = '';
        await new Promise<void>((resolve, reject) => {
          child.stderr.on('data', (chunk: Buffer) => {
            stderr += chunk.toString();
            if (stderr.includes('Dossier is running')) resolve();
          });
          child.on('exit', (code) => reject(new Error(`npm start exited with ${code}: ${stderr}`)));
        });
        const home = await (await fetch(`http://127.0.0.1:${port}/`)).text();
        expect(home).toContain('Quay reopens after winter repairs');
        expect(home).toContain('Spring fair fills the square');
        expect(home).toContain('2 April 2024');
        expect(home).not.toContain('Russia seeks to expand security ties'); // content/ is not served
      } finally {
        child.kill();
      }
    },
    300_000,
  );
});
