// Builds the real app and a small invented site once, then reads the written pages as a browser would parse them.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventedArticle, inventedEntityIndex, inventedEntityPage, inventedIndex, inventedSecondArticle } from '../../app/fixtures/invented.ts';
import type { Article, ArticleIndex } from '../../shared/schema.ts';
import { PAGE_SIZE, type SiteData } from '../output/writeSiteData.ts';
import { buildApp, writeSite } from './buildSite.ts';
import { CONTENT_SECURITY_POLICY } from './pages.ts';
import { SSR_DIR } from './prerender.ts';

const HOSTILE_TITLE = 'Budget </script><script>alert(1)</script> vote';
const hostileArticle: Article = { ...inventedSecondArticle, title: HOSTILE_TITLE };
/** Enough older index entries that the article list is paged (they need no article files to be listed). */
const olderEntries = Array.from({ length: PAGE_SIZE.articles }, (_, i) => ({
  ...inventedIndex.articles[2]!,
  slug: `older-note-${i}`,
  title: `Older note ${i}`,
}));
const site: SiteData = {
  articles: [inventedArticle, hostileArticle],
  index: {
    articles: [
      ...inventedIndex.articles.map((entry) => (entry.slug === hostileArticle.slug ? { ...entry, title: HOSTILE_TITLE } : entry)),
      ...olderEntries,
    ],
  },
  entityIndex: inventedEntityIndex,
  entityPages: [inventedEntityPage],
  slugs: { articles: {}, aliases: {} },
};
const BASE = 'https://news.example';
const LAYOUT_SEED = { key: ['entityLayout'], data: { buckets: 0 } };

let out = '';
const page = (file: string) => {
  const html = readFileSync(join(out, file), 'utf8');
  return { html, document: parseHTML(html).document };
};
const meta = (document: Document, key: string) =>
  document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'dossier-prerender-'));
  await buildApp(out, true);
  await writeSite(site, { out, baseUrl: BASE, noindex: false, quiet: true, keepBuildFiles: true });
}, 180_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('prerendered article page', () => {
  it('has its own title, description, canonical URL and link-preview tags', () => {
    const { document } = page(`articles/${inventedArticle.slug}.html`);
    const url = `${BASE}/articles/${inventedArticle.slug}`;
    expect(document.title).toBe(`[Sample · fiction] ${inventedArticle.title} · Dossier`);
    expect(document.querySelectorAll('title')).toHaveLength(1);
    expect(meta(document, 'description')).toBe(inventedArticle.blocks[0]!.text);
    expect(document.querySelectorAll('meta[name="description"]')).toHaveLength(1);
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
    expect(meta(document, 'og:url')).toBe(url);
    expect(meta(document, 'og:title')).toBe(document.title);
    expect(meta(document, 'og:description')).toBe(inventedArticle.blocks[0]!.text);
    expect(meta(document, 'og:type')).toBe('article');
    expect(meta(document, 'article:section')).toBe('Sample');
    expect(meta(document, 'article:published_time')).toBe(inventedArticle.date);
    expect(meta(document, 'twitter:card')).toBe('summary');
    expect(meta(document, 'robots')).toBeNull();
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("script-src 'self'");
  });

  it('holds the headline, quote highlights, entity sidebar and related links, rendered by the app', () => {
    const { document } = page(`articles/${inventedArticle.slug}.html`);
    expect(document.querySelector('main article h1')?.textContent).toBe(inventedArticle.title);
    const quoteIds = new Set([...document.querySelectorAll('main [data-quote]')].map((mark) => mark.getAttribute('data-quote')));
    expect(quoteIds).toEqual(new Set(inventedArticle.quotes.map((quote) => quote.id)));
    const sidebar = document.querySelector('aside#entities')?.textContent ?? '';
    for (const entity of inventedArticle.entities) expect(sidebar).toContain(entity.name);
    const related = [...document.querySelectorAll('#related a')].map((link) => link.getAttribute('href'));
    expect(related).toEqual(inventedArticle.related.map((link) => `/articles/${link.slug}`));
    expect(document.querySelector('.skeleton-line')).toBeNull();
  });

  it('links the whole stylesheets where the secondary regions begin, right after the article text', () => {
    const { document } = page(`articles/${inventedArticle.slug}.html`);
    const seed = JSON.parse(document.getElementById('dossier-data')?.textContent ?? '') as { stylesheets: string[] };
    expect(seed.stylesheets).toEqual([expect.stringMatching(/^\/assets\/index-[\w-]+\.css$/)]);
    expect(existsSync(join(out, seed.stylesheets[0]!))).toBe(true);
    const links = [...document.querySelectorAll('#root link[rel="stylesheet"]')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(seed.stylesheets);
    // Between the article's last paragraph and the first secondary region: the parser stops there, not before.
    expect(links[0]!.previousElementSibling?.id).toBe('article-text');
    expect(links[0]!.nextElementSibling?.hasAttribute('data-secondary')).toBe(true);
    const inOrder = [...document.querySelectorAll('#root link[rel="stylesheet"], [data-secondary]')];
    expect(inOrder.map((element) => element.tagName.toLowerCase())).toEqual(['link', 'section', 'section', 'aside']);
    // Other pages have no secondary regions and link nothing inside the app's markup.
    for (const file of ['index.html', 'entities.html', '404.html']) expect(page(file).document.querySelector('#root link'), file).toBeNull();
  });

  it('holds its first paint until the article text is parsed, and only on article pages', () => {
    const { document } = page(`articles/${inventedArticle.slug}.html`);
    const expects = [...document.querySelectorAll('link[rel="expect"]')];
    expect(expects).toHaveLength(1);
    expect(expects[0]!.parentElement?.tagName).toBe('HEAD');
    expect(expects[0]!.getAttribute('blocking')).toBe('render');
    // Its target is the one element of the article text, which ends before the whole stylesheet's link.
    const target = expects[0]!.getAttribute('href')!;
    expect(target).toBe('#article-text');
    expect(document.querySelectorAll(target)).toHaveLength(1);
    expect(document.querySelector(target)?.tagName).toBe('ARTICLE');
    expect(document.querySelector(target)?.nextElementSibling?.getAttribute('rel')).toBe('stylesheet');
    // Lists of any length paint as they parse; the quote pages only redirect.
    const quotePage = `articles/${inventedArticle.slug}/${inventedArticle.quotes[0]!.id}.html`;
    for (const file of ['index.html', 'entities.html', '404.html', `entities/${inventedEntityPage.id}.html`, quotePage]) {
      expect(page(file).document.querySelector('link[rel="expect"]'), file).toBeNull();
    }
  });

  it('preloads the article route code, and the route chunk exists', () => {
    const { document } = page(`articles/${inventedArticle.slug}.html`);
    const preloads = [...document.querySelectorAll('link[rel="modulepreload"]')].map((link) => link.getAttribute('href') ?? '');
    const routeChunk = preloads.find((href) => /\/assets\/ArticlePage-[\w-]+\.js$/.test(href));
    expect(routeChunk).toBeDefined();
    expect(existsSync(join(out, routeChunk!))).toBe(true);
  });

  it('embeds its data as inert JSON that a hostile headline cannot break out of', () => {
    const { html, document } = page(`articles/${hostileArticle.slug}.html`);
    expect(html).not.toContain('<script>alert(1)');
    const scripts = [...document.querySelectorAll('script')];
    // Files of the site itself and the data block; the CSP lets nothing inline run.
    const executable = scripts.filter((script) => script.getAttribute('type') !== 'application/json');
    expect(executable.filter((script) => !script.hasAttribute('src'))).toEqual([]);
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(CONTENT_SECURITY_POLICY);
    expect(document.head.querySelector('script')).toBeNull();
    expect(executable.length).toBeGreaterThan(0);
    for (const script of executable.filter((script) => script.hasAttribute('src'))) {
      expect(script.getAttribute('src')).toMatch(/^\/[\w/.-]+\.js$/);
      expect(script.textContent).toBe('');
    }
    const data = scripts.filter((script) => script.getAttribute('type') === 'application/json');
    expect(data).toHaveLength(1);
    const seed = JSON.parse(data[0]!.textContent ?? '') as { path: string; queries: Array<{ key: unknown[]; data: Article }> };
    expect(seed.path).toBe(`/articles/${hostileArticle.slug}`);
    // the page's own data, and where the app finds entities (a small site: every entity in its own file)
    expect(seed.queries).toEqual([{ key: ['article', hostileArticle.slug], data: hostileArticle }, LAYOUT_SEED]);
    // a small site also keeps the data file the app fetches when it navigates to the article
    expect(JSON.parse(readFileSync(join(out, 'data', 'articles', `${hostileArticle.slug}.json`), 'utf8'))).toEqual(hostileArticle);
    // The headline is text, shown as written.
    expect(document.querySelector('main article h1')?.textContent).toBe(HOSTILE_TITLE);
    expect(document.title).toBe(`[Sample · fiction] ${HOSTILE_TITLE} · Dossier`);
  });
});

describe('other prerendered pages', () => {
  it('home lists the articles of the first page, seeded with exactly the data file the app would fetch', () => {
    const { document } = page('index.html');
    const titles = [...document.querySelectorAll('main .card-title a')].map((link) => link.textContent);
    expect(titles).toContain(HOSTILE_TITLE);
    expect(titles).toContain(inventedArticle.title);
    const seed = JSON.parse(document.getElementById('dossier-data')?.textContent ?? '') as { queries: Array<{ key: unknown[]; data: ArticleIndex }> };
    const file = JSON.parse(readFileSync(join(out, 'data', 'index.json'), 'utf8')) as ArticleIndex;
    expect(file.paging?.total).toBe(site.index.articles.length);
    expect(seed.queries).toEqual([{ key: ['articleIndex'], data: file }, LAYOUT_SEED]);
    expect(titles.length).toBeLessThanOrEqual(PAGE_SIZE.articles);
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${BASE}/`);
  });

  it('entity index and entity page are rendered with their data', () => {
    const index = page('entities.html').document;
    expect(index.querySelector('main h1')?.textContent).toBe('People, organisations and places');
    expect(index.querySelectorAll('main .entity-index li').length).toBe(inventedEntityIndex.entities.length);
    const entity = page(`entities/${inventedEntityPage.id}.html`).document;
    expect(entity.querySelector('main h1')?.textContent).toBe(inventedEntityPage.name);
    expect(meta(entity, 'og:type')).toBe('profile');
    expect(entity.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${BASE}/entities/${inventedEntityPage.id}`);
  });

  it('404.html is the prerendered not-found page, without a canonical URL', () => {
    const { document, html } = page('404.html');
    expect(document.querySelector('main h1')?.textContent).toBe('Page not found');
    expect(document.title).toBe('Not found · Dossier');
    expect(document.querySelector('link[rel="canonical"]')).toBeNull();
    expect(JSON.parse(document.getElementById('dossier-data')?.textContent ?? '')).toEqual({ path: '/404', queries: [LAYOUT_SEED], stylesheets: [expect.stringMatching(/^\/assets\/index-[\w-]+\.css$/)] });
    // it also opens entities without a page: its message waits for the app, except without JavaScript
    expect(html).toContain('#root:not([data-hydrated]) .not-found{visibility:hidden');
    expect(html).toMatch(/<noscript><style>#root \.not-found\{visibility:visible/);
  });

  it('each quote has a preview page naming the quote and its speaker, sending readers to it', () => {
    const quote = inventedArticle.quotes.find((candidate) => candidate.speaker && candidate.confidence >= 0.5)!;
    const { document } = page(`articles/${inventedArticle.slug}/${quote.id}.html`);
    const target = `/articles/${inventedArticle.slug}#${quote.id}`;
    expect(meta(document, 'og:title')).toContain(quote.speaker!.name);
    expect(meta(document, 'og:title')).toContain(`“${quote.text.slice(0, 40)}`);
    expect(meta(document, 'og:description')).toContain(inventedArticle.title);
    expect(meta(document, 'article:published_time')).toBe(inventedArticle.date);
    expect(document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=${target}`);
    expect(document.querySelector('a')?.getAttribute('href')).toBe(target);
    // the site has no /favicon.ico: without an icon of its own the browser would ask for it (a 404) before leaving
    expect(document.querySelector('link[rel="icon"]')?.getAttribute('href')).toBe('data:,');
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('spends no bytes a reader or a link preview does not use', () => {
    // thousands of quote pages on a big site: no indentation
    const quote = inventedArticle.quotes[0]!;
    expect(page(`articles/${inventedArticle.slug}/${quote.id}.html`).html).not.toMatch(/\n[ \t]/);
    // react-router's route-discovery attribute, ~20 bytes a link, serves a framework mode the app does not use
    for (const file of ['index.html', 'entities.html', `articles/${inventedArticle.slug}.html`, `entities/${inventedEntityPage.id}.html`]) {
      const { html, document } = page(file);
      expect(document.querySelectorAll('main a[href]').length, file).toBeGreaterThan(0);
      expect(html, file).not.toContain('data-discover');
    }
  });

  it('a private build marks every page noindex and disallows all crawling', async () => {
    await writeSite(site, { out, baseUrl: null, noindex: true, quiet: true });
    const files = ['index.html', 'entities.html', '404.html', `articles/${inventedArticle.slug}.html`, `entities/${inventedEntityPage.id}.html`];
    for (const file of files) expect(meta(page(file).document, 'robots'), file).toBe('noindex, nofollow');
    const quote = inventedArticle.quotes[0]!;
    expect(meta(page(`articles/${inventedArticle.slug}/${quote.id}.html`).document, 'robots')).toBe('noindex, nofollow');
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n');
    // Build-only files are not deployed.
    expect(existsSync(join(out, SSR_DIR))).toBe(false);
    expect(existsSync(join(out, '.vite'))).toBe(false);
  });
});
