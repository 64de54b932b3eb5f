// The whole build (ingest, app, pages) after one changed article: the site a cold build of the same input gives,
// with the pages the change does not reach kept as they were and the app not built again.
import { readdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES, CHANGED, editedCorpus, jsonl, twiceEditedCorpus } from '../../test-fixtures/rebuildCorpus.ts';
import { folderWith } from '../../test-fixtures/tempFolder.ts';
import { buildSite } from '../cli/build.ts';
import { buildWorkFolder } from './staticBuild.ts';

function filesOf(folder: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(join(folder, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [p, text] of filesOf(folder, path)) files.set(p, text);
    else files.set(path, readFileSync(join(folder, path), 'utf8'));
  }
  return files;
}

const work = folderWith({ 'before.jsonl': jsonl(ARTICLES), 'after.jsonl': jsonl(editedCorpus), 'again.jsonl': jsonl(twiceEditedCorpus) }, 'dossier-site-rebuild-');
const site = join(work, 'site');
const coldSite = join(work, 'cold');
const build = (input: string, out: string, cache: string) => buildSite({ input: join(work, input), out, baseUrl: null, noindex: false, window: null, cacheDir: join(work, cache), quiet: true });
const inode = (path: string) => statSync(join(site, path)).ino;
const appKey = () => statSync(join(buildWorkFolder(site), 'app.key')).mtimeMs;

let before: Map<string, number>;
let appBefore = 0;

beforeAll(async () => {
  await build('before.jsonl', site, 'cache');
  before = new Map([...filesOf(site).keys()].map((path) => [path, inode(path)]));
  appBefore = appKey();
  await build('after.jsonl', site, 'cache');
  await build('after.jsonl', coldSite, 'cold-cache');
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a site rebuilt after one changed article', () => {
  it('is file for file the site a cold build of the same input gives', () => {
    const [rebuilt, cold] = [filesOf(site), filesOf(coldSite)];
    // the old headline's slug stays a working alias: history a cold build cannot have
    for (const files of [rebuilt, cold]) files.delete('data/slugs.json');
    expect([...rebuilt.keys()].sort()).toEqual([...cold.keys()].sort());
    for (const [path, text] of rebuilt) expect(text, path).toBe(cold.get(path));
  });

  it('renders the changed article and the entity pages it now reaches, and keeps the pages it does not', () => {
    const pages = filesOf(site);
    const slugs = JSON.parse(pages.get('data/slugs.json')!) as { articles: Record<string, string> };
    const changed = `articles/${slugs.articles[CHANGED.id]}.html`;
    expect(pages.get(changed)).toContain(CHANGED.title);
    expect(before.has(changed)).toBe(false); // its headline, so its slug, changed
    const entityPages = [...pages.keys()].filter((path) => path.startsWith('entities/') && path.endsWith('.html') && pages.get(path)!.includes(CHANGED.title));
    expect(entityPages.length).toBeGreaterThan(0);
    for (const path of entityPages) expect(inode(path)).not.toBe(before.get(path));
    const far = `articles/${slugs.articles['ferry-2']}.html`;
    expect(inode(far)).toBe(before.get(far));
  });

  it('does not build the app again when its sources did not change', () => {
    expect(appKey()).toBe(appBefore);
  });
});

/** Both sites file for file alike, but for the slug history. */
function expectSameSite(site: string, cold: string): void {
  const [rebuilt, fresh] = [filesOf(site), filesOf(cold)];
  for (const files of [rebuilt, fresh]) files.delete('data/slugs.json');
  expect([...rebuilt.keys()].sort()).toEqual([...fresh.keys()].sort());
  for (const [path, text] of rebuilt) expect(text, path).toBe(fresh.get(path));
}

describe('the two folders the site takes turns in', () => {
  it('brings the folder of two builds ago up to date with both changes since', async () => {
    const served = readlinkSync(site);
    await build('again.jsonl', site, 'cache');
    expect(readlinkSync(site)).not.toBe(served);
    const cold = join(work, 'cold-again');
    await build('again.jsonl', cold, 'cold-again-cache');
    expectSameSite(site, cold);
  }, 300_000);

  it('fills afresh a folder a killed build left half-written, never serving it meanwhile', async () => {
    const served = readlinkSync(site);
    const other = join(buildWorkFolder(site), 'sites', served.endsWith('a') ? 'b' : 'a');
    // what a build killed mid-way leaves: the folder's record gone, a page half-written
    rmSync(join(buildWorkFolder(site), 'sites', `${served.endsWith('a') ? 'b' : 'a'}.json`));
    writeFileSync(join(other, 'articles', 'half-written.html'), '<!doctype html><p>half');
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('Skerrin ferry timetable shrinks');
    await build('again.jsonl', site, 'cache');
    expect(readlinkSync(site)).not.toBe(served);
    expectSameSite(site, join(work, 'cold-again'));
  }, 300_000);
});
