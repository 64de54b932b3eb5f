// The app as Vite builds it (browser code, styles, the server renderer), kept beside the site between builds: a
// rebuild whose app sources and build settings are unchanged copies the kept build instead of running Vite again.
import { createHash } from 'node:crypto';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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

/**
 * The app built into `out` (a fresh folder): copied from the build kept in `workDir` when its inputs are unchanged,
 * else built by Vite and a copy kept for the next build. Copies, not links: the build writes pages over index.html.
 * Returns whether Vite ran.
 */
export async function appInto(out: string, workDir: string, quiet = false): Promise<boolean> {
  const kept = join(workDir, 'app');
  const keyFile = join(workDir, 'app.key');
  const key = await appSourceKey();
  if ((await readFile(keyFile, 'utf8').catch(() => null)) === key) {
    try {
      await cp(kept, out, { recursive: true });
      return false;
    } catch {
      // the kept build is damaged: build afresh
      await rm(out, { recursive: true, force: true });
    }
  }
  await buildApp(out, quiet);
  // the key goes last: a build killed while keeping the copy leaves no key, and the next build runs Vite
  await rm(keyFile, { force: true });
  await rm(kept, { recursive: true, force: true });
  await cp(out, kept, { recursive: true });
  await writeFile(keyFile, key);
  return true;
}
