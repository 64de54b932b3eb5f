// The service worker (public/sw.js) deletes cached assets of old builds once no saved page needs them.
import { describe, expect, it } from 'vitest';
import { loadWorker } from './workerSource.ts';

interface FakeCache {
  keys: () => Promise<Array<{ url: string }>>;
  match: (request: { url: string } | string) => Promise<Response | undefined>;
  delete: (request: { url: string } | string) => Promise<boolean>;
}

interface WorkerFunctions {
  assetNamesIn: (text: string) => Set<string>;
  pageAssetNames: (text: string) => Set<string>;
  assetsStillNeeded: (pageTexts: string[], assets: Map<string, string | null>) => Set<string>;
  pruneAssets: (cache: FakeCache) => Promise<string[]>;
  pruneAfterNewBuild: (cache: FakeCache, page: Response) => Promise<void>;
}

const worker = loadWorker<WorkerFunctions>();
const ORIGIN = 'http://dossier.test';
const sorted = (names: Iterable<string>) => [...names].sort();

/** A Cache Storage cache in memory: paths to (type, body). */
function fakeCache(entries: Record<string, [type: string, body: string]>): FakeCache & { paths: () => string[] } {
  const stored = new Map(Object.entries(entries));
  const pathOf = (request: { url: string } | string) => new URL(typeof request === 'string' ? request : request.url, ORIGIN).pathname;
  return {
    keys: async () => [...stored.keys()].map((path) => ({ url: ORIGIN + path })),
    match: async (request) => {
      const entry = stored.get(pathOf(request));
      return entry ? new Response(entry[1], { headers: { 'content-type': entry[0] } }) : undefined;
    },
    delete: async (request) => stored.delete(pathOf(request)),
    paths: () => sorted(stored.keys()),
  };
}

const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript';
const page = (...assets: string[]) => `<!doctype html><html><head>${assets.map((name) => `<link rel="modulepreload" href="/assets/${name}">`).join('')}</head><body><p>Node.js and app.css are words here.</p></body></html>`;

describe('asset names', () => {
  it('finds hashed file names as scripts, stylesheets and pages write them', () => {
    expect(sorted(worker.assetNamesIn('import("./Search-Ab_c12-3.js");__vitePreload(["assets/index-Bw0brrip.css"]);url(/assets/font-x1.woff2)'))).toEqual([
      'Search-Ab_c12-3.js',
      'font-x1.woff2',
      'index-Bw0brrip.css',
    ]);
    // A page's own links only: a file name in the article text is not one of its assets.
    expect(sorted(worker.pageAssetNames(page('index-AAAA1111.js', 'index-BBBB2222.css')))).toEqual(['index-AAAA1111.js', 'index-BBBB2222.css']);
  });

  it('keeps what saved pages link and what those files name, followed to the end; drops the rest', () => {
    const assets = new Map<string, string | null>([
      ['index-NEW00001.js', 'import("./Chunk-NEW00002.js")'],
      ['Chunk-NEW00002.js', 'import("./Deep-NEW00003.js")'],
      ['Deep-NEW00003.js', '/* leaf */'],
      ['index-NEW00004.css', '@font-face{src:url(/assets/face-NEW00005.woff2)}'],
      ['face-NEW00005.woff2', null],
      ['index-OLD00001.js', 'import("./Chunk-OLD00002.js")'],
      ['Chunk-OLD00002.js', ''],
    ]);
    const needed = worker.assetsStillNeeded([page('index-NEW00001.js', 'index-NEW00004.css')], assets);
    expect(sorted(needed)).toEqual(['Chunk-NEW00002.js', 'Deep-NEW00003.js', 'face-NEW00005.woff2', 'index-NEW00001.js', 'index-NEW00004.css']);
    // An older saved page still needs its build's files.
    const withOldPage = worker.assetsStillNeeded([page('index-NEW00001.js'), page('index-OLD00001.js')], assets);
    expect(sorted(withOldPage)).toContain('Chunk-OLD00002.js');
    expect(sorted(withOldPage)).not.toContain('index-NEW00004.css');
  });
});

describe('pruning old builds', () => {
  const cacheWithTwoBuilds = (oldPage: boolean) =>
    fakeCache({
      '/': [HTML, page('index-NEW00001.js')],
      '/articles/a': [HTML, page('index-NEW00001.js')],
      ...(oldPage ? { '/articles/b': [HTML, page('index-OLD00001.js')] } : {}),
      '/data/articles/a.json': ['application/json', '{"note":"/assets/index-OLD00001.js is only text here"}'],
      '/__dossier/prefs': ['application/json', '{}'],
      '/assets/index-NEW00001.js': [JS, 'import("./Chunk-NEW00002.js")'],
      '/assets/Chunk-NEW00002.js': [JS, ''],
      '/assets/index-OLD00001.js': [JS, 'import("./Chunk-OLD00002.js")'],
      '/assets/Chunk-OLD00002.js': [JS, ''],
    });

  it('deletes the assets no saved page needs, and nothing else', async () => {
    const cache = cacheWithTwoBuilds(false);
    expect(sorted(await worker.pruneAssets(cache))).toEqual(['/assets/Chunk-OLD00002.js', '/assets/index-OLD00001.js']);
    expect(cache.paths()).toEqual(['/', '/__dossier/prefs', '/articles/a', '/assets/Chunk-NEW00002.js', '/assets/index-NEW00001.js', '/data/articles/a.json']);
  });

  it('keeps an older saved page readable offline', async () => {
    const cache = cacheWithTwoBuilds(true);
    expect(await worker.pruneAssets(cache)).toEqual([]);
  });

  it('prunes when a fresh page names an asset the cache lacks (a new build), not on every page', async () => {
    const sameBuild = cacheWithTwoBuilds(false);
    await worker.pruneAfterNewBuild(sameBuild, new Response(page('index-NEW00001.js'), { headers: { 'content-type': HTML } }));
    expect(sameBuild.paths()).toContain('/assets/index-OLD00001.js');

    const newBuild = cacheWithTwoBuilds(false);
    await worker.pruneAfterNewBuild(newBuild, new Response(page('index-NEWER0001.js'), { headers: { 'content-type': HTML } }));
    expect(newBuild.paths()).not.toContain('/assets/index-OLD00001.js');
    expect(newBuild.paths()).toContain('/assets/index-NEW00001.js');
  });
});
