// The static build from a data folder: the layout of a big site (entities in few articles without pages of their
// own, recurring ones with their data only in their page), and a rebuild that renders only what changed.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventedArticle, inventedSecondArticle } from '../../app/fixtures/invented.ts';
import type { Article } from '../../shared/schema.ts';
import { RECURRING_ARTICLES } from '../output/entityLayout.ts';
import { articleIndex, entityViews } from '../output/siteData.ts';
import { dataPaths, siteFiles } from '../output/writeSiteData.ts';
import { siteFootprint } from './footprint.ts';
import { readBuiltArticle } from './builtArticle.ts';
import { buildWorkFolder, writeSiteFromData, type SiteWriteResult } from './staticBuild.ts';

/** RECURRING_ARTICLES copies of the first invented article, all but one keeping only its first entity (which then
 * recurs, the others are in one article), and the second article. */
function corpus(secondTitle: string): Article[] {
  const copies = Array.from({ length: RECURRING_ARTICLES }, (_, i) => i + 1).map((n) => ({
    ...inventedArticle,
    id: `${inventedArticle.id}-${n}`,
    slug: `${inventedArticle.slug}-${n}`,
    title: `${inventedArticle.title} (${n})`,
    entities: n === 1 ? inventedArticle.entities : inventedArticle.entities.slice(0, 1),
  }));
  return [...copies, { ...inventedSecondArticle, title: secondTitle }];
}

function writeData(folder: string, articles: Article[]): void {
  const views = entityViews(articles);
  const files = siteFiles({ articles, index: articleIndex(articles), entityIndex: views.index, entityPages: views.pages, slugs: { articles: {}, aliases: {} } }, { policy: 'recurring' });
  rmSync(folder, { recursive: true, force: true });
  for (const [path, content] of files) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
}

let root = '';
let out = '';
let data = '';
let first: SiteWriteResult;
const inode = (file: string) => statSync(join(out, file)).ino;
const build = () => writeSiteFromData(data, { out, workDir: buildWorkFolder(out), baseUrl: null, noindex: false, quiet: true, entityPages: 'recurring' });

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'dossier-static-'));
  out = join(root, 'site');
  data = join(root, 'data');
  writeData(data, corpus('Harbour fees stay the same'));
  first = await build();
}, 300_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the static build of a big site', () => {
  const recurring = entityViews(corpus('x')).pages.find((page) => page.articles.length >= RECURRING_ARTICLES)!;
  const once = entityViews(corpus('x')).pages.find((page) => page.articles.length === 1)!;

  it('gives recurring entities a page holding their data, and no data file repeating it', () => {
    expect(first.rendered).toBe(first.pages);
    expect(existsSync(join(out, 'entities', `${recurring.id}.html`))).toBe(true);
    expect(existsSync(join(out, 'data', dataPaths.entity(recurring.id)))).toBe(false);
    expect(readFileSync(join(out, 'entities', `${recurring.id}.html`), 'utf8')).toContain(`"key":["entity","${recurring.id}"]`);
    expect(JSON.parse(readFileSync(join(out, 'data', dataPaths.entityLayout), 'utf8'))).toEqual({ buckets: 1, ownData: 'page' });
  });

  it('keeps each article’s data only in its page’s seed, where the app reads it', async () => {
    for (const article of corpus('Harbour fees stay the same')) {
      expect(existsSync(join(out, 'data', dataPaths.article(article.slug)))).toBe(false);
      expect(await readBuiltArticle(out, article.slug)).toEqual(article);
    }
    // the build's own data folder keeps them, for the next build
    expect(existsSync(join(data, dataPaths.article(inventedArticle.slug + '-1')))).toBe(true);
  });

  it('gives an entity of one article neither a page nor a file: it is in its bucket', () => {
    expect(existsSync(join(out, 'entities', `${once.id}.html`))).toBe(false);
    expect(existsSync(join(out, 'data', dataPaths.entity(once.id)))).toBe(false);
    expect(readFileSync(join(out, 'data', dataPaths.entityBucket(0)), 'utf8')).toContain(`"id":"${once.id}"`);
  });

  it('deploys none of the build’s bookkeeping', async () => {
    const footprint = await siteFootprint(out);
    expect(Object.keys(footprint.parts).sort()).toEqual(['app code and styles', 'article pages', 'entity data', 'entity pages', 'list data', 'other data', 'other pages and files', 'quote preview pages', 'search data']);
    expect(footprint.parts['other data']).toEqual({ files: 1, bytes: statSync(join(out, 'data', dataPaths.slugs)).size });
    expect(existsSync(join(out, '.ssr'))).toBe(false);
    expect(existsSync(join(out, 'data', '.manifest.json'))).toBe(false);
  });

  it('rebuilds only the pages one changed article touches', async () => {
    const unchanged = `articles/${inventedArticle.slug}-1.html`;
    const changed = `articles/${inventedSecondArticle.slug}.html`;
    const before = { unchanged: inode(unchanged), changed: inode(changed) };
    const same = await build();
    expect(same).toMatchObject({ pages: first.pages, rendered: 0, reused: first.pages });

    writeData(data, corpus('Harbour fees rise after all'));
    const next = await build();
    expect(next.pages).toBe(first.pages);
    // the article, its quote previews and the two lists that show its title; not the other articles
    expect(next.rendered).toBe(1 + inventedSecondArticle.quotes.length + 2);
    expect(next.reused).toBe(first.pages - next.rendered);
    expect(inode(unchanged)).toBe(before.unchanged);
    expect(inode(changed)).not.toBe(before.changed);
    expect(readFileSync(join(out, changed), 'utf8')).toContain('Harbour fees rise after all');
  }, 300_000);
});
