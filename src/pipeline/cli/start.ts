// npm start [-- --input PATH] [--date-window FROM..TO]: ingest content/ — or the reader's own articles, a folder of
// text or HTML files or a JSONL file — build the site into dist/ and serve it on 127.0.0.1:$PORT (default 4173).
// A taken port is an error, never a silent move to another one.
import { existsSync } from 'node:fs';
import { parseDateWindow } from '../clean/dates.ts';
import { createStaticServer, listen } from '../serve.ts';
import { buildSite } from './build.ts';
import { parseOptions, runMain, UsageError } from './common.ts';

const USAGE = 'PORT=4173 npm start [-- --input PATH] [--date-window 2022-01-01..2022-12-31]';
const HOST = '127.0.0.1';
const DEFAULT_PORT = 4173;
const DEFAULT_INPUT = 'content';

export interface StartOptions {
  input: string;
  window: string | null;
}

/** The articles to serve (content/ unless --input names others) and the date window, checked before any work. */
export function parseStartArgs(args: string[]): StartOptions {
  const { values } = parseOptions(args, { input: { type: 'string' }, 'date-window': { type: 'string' } });
  const input = values.input ?? DEFAULT_INPUT;
  if (!existsSync(input)) throw new UsageError(`--input ${input}: no such file or folder`);
  const window = values['date-window'] ?? null;
  if (window) {
    try {
      parseDateWindow(window);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  return { input, window };
}

function portFromEnv(): number {
  const raw = process.env.PORT;
  if (!raw) return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`PORT must be a number from 1 to 65535, got "${raw}"`);
  return port;
}

async function main(): Promise<number> {
  const port = portFromEnv();
  const { input, window } = parseStartArgs(process.argv.slice(2));
  // DOSSIER_DIST lets parallel test runs build into their own folders
  const out = process.env.DOSSIER_DIST || 'dist';
  const probe = createStaticServer(out);
  await listen(probe, port, HOST); // fail fast on a taken port, before spending time on the build
  await new Promise((done) => probe.close(done));
  await buildSite({ input, out, baseUrl: null, noindex: false, window });
  const server = createStaticServer(out);
  await listen(server, port, HOST);
  process.stderr.write(`Dossier is running at http://${HOST}:${port}/  (Ctrl+C to stop)\n`);
  await new Promise(() => {}); // serve until stopped
  return 0;
}

const isMain = process.argv[1]?.endsWith('start.ts');
if (isMain) runMain(USAGE, main);
