import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOrThrow, SearchFragment, SearchManifest, type Article } from '../../shared/schema.ts';
import { articleIndex, compareNewestFirst, ENTITY_TURNS, entityViews, EntityViewsBuilder, turnOpening } from './siteData.ts';
import { FolderWriter, PAGE_SIZE, paginate, siteFiles, writeSiteData, type SiteData } from './writeSiteData.ts';

function article(slug: string, date: string | null, entities: Array<[string, string, number]>, speaker?: string): Article {
  return {
    id: slug,
    slug,
    title: `Title ${slug}`,
    section: 'Sample',
    date,
    dateText: null,
    fiction: true,
    readingMinutes: 1,
    blocks: [{ id: 'p-1', kind: 'paragraph', text: 'Some text here.' }],
    quotes: speaker ? [{ id: 'quote-abc123', text: 'Some', fragments: [{ block: 0, start: 0, end: 4 }], speaker: { entity: speaker, name: speaker }, confidence: 0.9 }] : [],
    entities: entities.map(([id, type, count]) => ({
      id,
      name: id.toUpperCase(),
      type: type as Article['entities'][number]['type'],
      role: id === 'ann' ? 'mayor' : null,
      about: count > 1,
      mentions: Array.from({ length: count }, () => ({ block: 0, start: 0, end: 4 })),
    })),
    related: [],
  };
}

const articles = [
  article('old', '2022-09-01', [['ann', 'person', 2], ['bay', 'place', 1]], 'ann'),
  article('undated', null, [['ann', 'person', 1]]),
  article('new', '2022-10-01', [['ann', 'person', 1], ['bay', 'place', 3], ['club', 'organization', 1]]),
];

describe('article index', () => {
  it('lists newest first and undated last', () => {
    expect(articleIndex(articles).articles.map((a) => a.slug)).toEqual(['new', 'old', 'undated']);
    expect(compareNewestFirst({ date: null, title: 'a' }, { date: '2000-01-01', title: 'b' })).toBe(1);
  });
  it('names the entities each article is about', () => {
    expect(articleIndex(articles).articles[0]!.mainEntities.map((e) => e.id)).toEqual(['bay']);
  });
});

describe('entity turns', () => {
  const words = 'Good morning to the whole harbour board, and thank you for coming out on such a wet day to hear the plan for the quay. '.repeat(3);
  const transcript = (slug: string, date: string, turns: number): Article => ({
    ...article(slug, date, [['ann', 'person', 1]]),
    blocks: [{ id: 'p-1', kind: 'paragraph', text: `Ann: ${words}` }],
    turns: Array.from({ length: turns }, (_, i) => ({
      id: `turn-${slug}-${i}`,
      speaker: { entity: 'ann', name: 'ANN' },
      label: { block: 0, start: 0, end: 4 },
      fragments: [{ block: 0, start: 5, end: 5 + words.length }],
    })),
  });

  it('lists the turns a person spoke, newest article first, with their opening words', () => {
    const ann = entityViews([transcript('older', '2022-01-01', 1), transcript('newer', '2022-02-01', 2)]).pages.find((p) => p.id === 'ann')!;
    expect(ann.turns!.map((t) => t.turnId)).toEqual(['turn-newer-0', 'turn-newer-1', 'turn-older-0']);
    expect(ann.turns![0]!.text.startsWith('Good morning to the whole harbour board')).toBe(true);
    expect(ann.turns![0]!.text.endsWith('…')).toBe(true);
    expect(ann.turns![0]!.text.length).toBeLessThan(words.length);
    expect(ann.turnTotal).toBeUndefined();
  });

  it('keeps the list short and says how many turns there are in all', () => {
    const ann = entityViews([transcript('long', '2022-01-01', ENTITY_TURNS + 5)]).pages.find((p) => p.id === 'ann')!;
    expect(ann.turns).toHaveLength(ENTITY_TURNS);
    expect(ann.turnTotal).toBe(ENTITY_TURNS + 5);
  });

  it('shows a short turn whole', () => {
    const a = transcript('short', '2022-01-01', 1);
    expect(turnOpening(a, { ...a.turns![0]!, fragments: [{ block: 0, start: 5, end: 17 }] })).toBe('Good morning');
  });

  it('gives no turn list to an entity that never spoke in one', () => {
    expect(entityViews(articles).pages.every((p) => p.turns === undefined)).toBe(true);
  });
});

describe('entity views', () => {
  const { index, pages } = entityViews(articles);
  const ann = pages.find((p) => p.id === 'ann')!;
  it('counts articles, mentions and quotes per entity', () => {
    expect(index.entities.find((e) => e.id === 'ann')).toEqual({ id: 'ann', name: 'ANN', type: 'person', articleCount: 3, mentionCount: 4, quoteCount: 1 });
  });
  it('gives each entity its articles (newest first), roles, quotes and co-mentions', () => {
    expect(ann.articles.map((a) => a.slug)).toEqual(['new', 'old', 'undated']);
    expect(ann.roles).toEqual(['mayor']);
    expect(ann.quotes).toEqual([{ articleSlug: 'old', articleTitle: 'Title old', date: '2022-09-01', fiction: true, quoteId: 'quote-abc123', text: 'Some' }]);
    expect(ann.coMentions.map((c) => [c.id, c.count])).toEqual([['bay', 2], ['club', 1]]);
  });
});

describe('writing the data', () => {
  const views = entityViews(articles);
  const site: SiteData = { articles, index: articleIndex(articles), entityIndex: views.index, entityPages: views.pages, slugs: { articles: {}, aliases: {} } };
  it('lays out one file per article and per entity', () => {
    // the search: its table of contents, one fragment per article and term chunks named by their content
    const paths = [...siteFiles(site).keys()].sort();
    expect(paths.filter((path) => !/^search\/(terms|tables)\//.test(path))).toEqual([
      'articles/new.json', 'articles/old.json', 'articles/undated.json',
      'entities/ann.json', 'entities/bay.json', 'entities/club.json', 'entities/index.json', 'index.json',
      'search/docs/0.json', 'search/docs/1.json', 'search/docs/2.json', 'search/index.json', 'slugs.json',
    ]);
    expect(paths.filter((path) => path.startsWith('search/terms/'))).toHaveLength(1);
    expect(paths.filter((path) => path.startsWith('search/tables/'))).toHaveLength(1);
  });
  it('splits long lists into pages, the first page inline', () => {
    expect(paginate([1, 2, 3], 5)).toEqual({ first: [1, 2, 3], rest: [], paging: undefined });
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual({ first: [1, 2], rest: [[3, 4], [5]], paging: { total: 5, pageSize: 2, pageCount: 3 } });
    const many = Array.from({ length: PAGE_SIZE.articles * 2 + 1 }, (_, i) => article(`a${i}`, '2022-09-01', [['ann', 'person', 1]], 'ann'));
    const views = entityViews(many);
    const files = siteFiles({ articles: many, index: articleIndex(many), entityIndex: views.index, entityPages: views.pages, slugs: { articles: {}, aliases: {} } });
    const index = JSON.parse(files.get('index.json')!);
    expect(index.articles).toHaveLength(PAGE_SIZE.articles);
    expect(index.paging).toEqual({ total: many.length, pageSize: PAGE_SIZE.articles, pageCount: 3 });
    expect(JSON.parse(files.get('index/3.json')!).articles).toHaveLength(1);
    const ann = JSON.parse(files.get('entities/ann.json')!);
    expect(ann.articles).toHaveLength(PAGE_SIZE.entityArticles);
    expect(ann.quotePaging.total).toBe(many.length);
    expect(files.has(`entities/ann/quotes/${Math.ceil(many.length / PAGE_SIZE.entityQuotes)}.json`)).toBe(true);
    // the search index: a table of contents, term chunks, and one fragment per article; no whole-corpus file
    const manifest = parseOrThrow(SearchManifest, JSON.parse(files.get('search/index.json')!), 'search/index.json');
    expect(manifest.docCount).toBe(many.length);
    expect(files.has('search.json')).toBe(false);
    for (const [, name] of manifest.tables) {
      const table = JSON.parse(files.get(`search/tables/${name}.json`)!) as { chunks: Array<[string, string]> };
      for (const [, chunk] of table.chunks) expect(files.has(`search/terms/${chunk}.json`)).toBe(true);
    }
    const fragment = parseOrThrow(SearchFragment, JSON.parse(files.get('search/docs/0.json')!), 'search/docs/0.json');
    expect(fragment).toMatchObject({ summary: { slug: 'a0', title: 'Title a0' }, text: ['Some text here.'], entities: ['ANN'], quotes: [{ id: 'quote-abc123', text: 'Some', speaker: 'ann' }] });
    expect(files.has(`search/docs/${many.length - 1}.json`)).toBe(true);
  });
  it('refuses to write invalid data and leaves the previous output intact', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dossier-out-')), 'data');
    await writeSiteData(out, site);
    const before = readFileSync(join(out, 'index.json'), 'utf8');
    const broken = { ...site, articles: [{ ...articles[0]!, date: 'yesterday' }] };
    await expect(writeSiteData(out, broken)).rejects.toThrow('articles/old.json: invalid data at date');
    expect(readFileSync(join(out, 'index.json'), 'utf8')).toBe(before);
    expect(readdirSync(join(out, '..')).sort()).toEqual(['.data.generations', 'data']);
    expect(readdirSync(join(out, '..', '.data.generations'))).toHaveLength(1);
  });
  it('switches generations by a link, clears what killed runs left, and takes over a plain folder', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'dossier-out-'));
    const out = join(parent, 'data');
    mkdirSync(out);
    writeFileSync(join(out, 'old.json'), '{}');
    mkdirSync(join(parent, '.data.generations', 'half-written'), { recursive: true });
    symlinkSync('nowhere', join(parent, '.data.link-1-1'));
    await writeSiteData(out, site);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(existsSync(join(out, 'old.json'))).toBe(false);
    expect(readdirSync(join(parent, '.data.generations'))).toHaveLength(1);
    expect(readdirSync(parent).sort()).toEqual(['.data.generations', 'data']);
  });
  it('hard-links files that did not change since the previous generation', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dossier-out-')), 'data');
    await writeSiteData(out, site);
    const inode = (path: string) => statSync(join(out, path)).ino;
    const [oldBefore, newBefore] = [inode('articles/old.json'), inode('articles/new.json')];
    const changed = { ...site, articles: site.articles.map((a) => (a.slug === 'new' ? { ...a, title: 'Retitled' } : a)) };
    await writeSiteData(out, changed);
    expect(inode('articles/old.json')).toBe(oldBefore); // the same file, linked into the new generation
    expect(inode('articles/new.json')).not.toBe(newBefore);
    expect(JSON.parse(readFileSync(join(out, 'articles/new.json'), 'utf8')).title).toBe('Retitled');
    expect(readFileSync(join(out, 'articles/old.json'), 'utf8')).toContain('Title old');
  });
  it('replaces the whole output on a new run (no stale files)', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dossier-out-')), 'data');
    await writeSiteData(out, site);
    const smaller = { ...site, articles: articles.slice(0, 1) };
    await writeSiteData(out, smaller);
    expect(existsSync(join(out, 'articles/new.json'))).toBe(false);
    expect(existsSync(join(out, 'articles/old.json'))).toBe(true);
  });
});

describe('entity views folded one article at a time', () => {
  it('come out the same whatever order the articles arrive in', () => {
    const builder = new EntityViewsBuilder();
    [2, 0, 1].forEach((ordinal) => builder.add(articles[ordinal]!, ordinal));
    const views = builder.views();
    expect({ index: views.index, pages: [...views.pages] }).toEqual(entityViews(articles));
  });
});

describe('writing many files', () => {
  it('writes more files than it keeps open, and reports a failed write from finish', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'dossier-writer-'));
    const writer = await FolderWriter.open(folder);
    await writer.putAll(Array.from({ length: 300 }, (_, i): [string, string] => [`deep/${i % 7}/${i}.json`, `{"n":${i}}`]));
    await writer.finish();
    expect(readFileSync(join(folder, 'deep/3/150.json'), 'utf8')).toBe('{"n":150}');
    expect(Object.keys(JSON.parse(readFileSync(join(folder, '.manifest.json'), 'utf8')))).toHaveLength(300);

    writeFileSync(join(folder, 'blocker'), 'a file where a folder should be');
    const failing = await FolderWriter.open(folder);
    await failing.put('blocker/x.json', '{}');
    await expect(failing.finish()).rejects.toThrow(/blocker/);
  });
});
