// The app as Vite builds it (browser code, styles, the server renderer), kept beside the site between builds: a
// rebuild whose app sources and build settings are unchanged uses the kept build instead of running Vite again.
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildApp } from './buildSite.ts';

const ROOT = new URL('../../../', import.meta.url);

/** Everything Vite reads to build the app: its sources, the shared schema, static files, config and dependencies.
 * The site code (this folder) is in too: it holds the server renderer's build settings. */
const APP_INPUTS = ['src/app', 'src/shared', 'src/pipeline/site', 'public', 'index.html', 'vite.config.ts', 'tsconfig.json', 'package-lock.json'];

async function filesOf(path: string): Promise<string[]> {
  const entries = await readdir(new URL(path, ROOT), { withFileTypes: true }).catch(() => null);
  if (!entries) return [path];
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? filesOf(`${path}/${entry.name}`) : [`${path}/${entry.name}`])));
  return nested.flat();
}

/** Hash of every input of the app build (tests excluded: they are never built into it). */
export async function appSourceKey(): Promise<string> {
  const hash = createHash('sha1');
  for (const input of APP_INPUTS) {
    for (const file of (await filesOf(input)).filter((name) => !/\.test\.tsx?$/.test(name)).sort()) {
      hash.update(file).update('\0');
      hash.update(await readFile(new URL(file, ROOT)).catch(() => Buffer.from('missing'))).update('\0');
    }
  }
  hash.update(process.env.NODE_ENV ?? '');
  return hash.digest('hex');
}

export interface KeptApp {
  /** The folder holding the app as Vite built it, server renderer and shell included. */
  folder: string;
  key: string;
  /** Whether Vite ran in this build. */
  built: boolean;
}

/**
 * The app as Vite builds it, kept in `workDir/app`: built again only when its inputs changed. A build killed
 * while building leaves no key, so the next one builds again.
 */
export async function keptApp(workDir: string, quiet = false): Promise<KeptApp> {
  const folder = join(workDir, 'app');
  const keyFile = join(workDir, 'app.key');
  const key = await appSourceKey();
  if ((await readFile(keyFile, 'utf8').catch(() => null)) === key) return { folder, key, built: false };
  await rm(keyFile, { force: true });
  const fresh = join(workDir, 'app.next');
  await rm(fresh, { recursive: true, force: true });
  await buildApp(fresh, quiet);
  await rm(folder, { recursive: true, force: true });
  await rename(fresh, folder);
  await writeFile(keyFile, key);
  return { folder, key, built: true };
}
