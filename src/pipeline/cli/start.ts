// npm start: ingest content/, build the site into dist/, serve it on 127.0.0.1:$PORT (default 4173).
// A taken port is an error, never a silent move to another one.
import { createStaticServer, listen } from '../serve.ts';
import { buildSite } from './build.ts';
import { runMain, UsageError } from './common.ts';

const HOST = '127.0.0.1';
const DEFAULT_PORT = 4173;

function portFromEnv(): number {
  const raw = process.env.PORT;
  if (!raw) return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`PORT must be a number from 1 to 65535, got "${raw}"`);
  return port;
}

async function main(): Promise<number> {
  const port = portFromEnv();
  // DOSSIER_DIST lets parallel test runs build into their own folders
  const out = process.env.DOSSIER_DIST || 'dist';
  const probe = createStaticServer(out);
  await listen(probe, port, HOST); // fail fast on a taken port, before spending time on the build
  await new Promise((done) => probe.close(done));
  await buildSite({ input: 'content', out, baseUrl: null, noindex: false, window: null });
  const server = createStaticServer(out);
  await listen(server, port, HOST);
  process.stderr.write(`Dossier is running at http://${HOST}:${port}/  (Ctrl+C to stop)\n`);
  await new Promise(() => {}); // serve until stopped
  return 0;
}

runMain('PORT=4173 npm start', main);
