import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticFile } from '../serve.ts';
import { escapeHtml, headTags, pageHtml } from './pages.ts';

describe('page heads', () => {
  const head = { title: 'A <script>alert(1)</script> "quote"', description: 'It’s & more', path: '/articles/a', type: 'article' as const, section: 'Sample', publishedTime: '2022-09-19' };
  it('escapes every value', () => {
    const tags = headTags(head, { baseUrl: null, noindex: false });
    expect(tags).not.toContain('<script>');
    expect(tags).toContain('<title>A &lt;script&gt;alert(1)&lt;/script&gt; &quot;quote&quot;</title>');
    expect(escapeHtml(`'&`)).toBe('&#39;&amp;');
  });
  it('adds canonical, link-preview and noindex tags when asked', () => {
    const tags = headTags(head, { baseUrl: 'https://news.example/', noindex: true });
    expect(tags).toContain('<link rel="canonical" href="https://news.example/articles/a">');
    expect(tags).toContain('<meta property="article:published_time" content="2022-09-19">');
    expect(tags).toContain('<meta property="og:type" content="article">');
    expect(tags).toContain('<meta name="robots" content="noindex, nofollow">');
  });
  it('holds the first paint for the element named, escaped, and for no page that names none', () => {
    expect(headTags({ ...head, paintAfter: 'article-text' }, { baseUrl: null, noindex: false })).toContain('<link rel="expect" href="#article-text" blocking="render">');
    expect(headTags({ ...head, paintAfter: 'a"b' }, { baseUrl: null, noindex: false })).toContain('href="#a&quot;b"');
    expect(headTags(head, { baseUrl: null, noindex: false })).not.toContain('rel="expect"');
  });
  it('replaces the shell title', () => {
    const html = pageHtml('<html><head><title>Dossier</title></head><body></body></html>', head, { baseUrl: null, noindex: false });
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain('<meta name="description" content="It’s &amp; more">');
  });
  it('puts the CSP first in the head: scripts of the site itself only, none inline', () => {
    const html = pageHtml('<html><head><meta charset="UTF-8" /></head><body></body></html>', head, { baseUrl: null, noindex: false });
    expect(html).toMatch(/<meta charset="UTF-8" \/>\s*<meta http-equiv="Content-Security-Policy" content="script-src 'self'; object-src 'none'; base-uri 'self'">/);
    expect(html).not.toContain('<script');
  });
});

describe('static file resolution', () => {
  const root = mkdtempSync(join(tmpdir(), 'dossier-site-'));
  mkdirSync(join(root, 'articles'));
  mkdirSync(join(root, 'docs'));
  writeFileSync(join(root, 'index.html'), 'home');
  writeFileSync(join(root, 'articles', 'a.html'), 'a');
  writeFileSync(join(root, 'docs', 'index.html'), 'docs');
  writeFileSync(join(root, 'app.js'), 'js');
  it('tries PATH, PATH.html, PATH/index.html', async () => {
    expect(await resolveStaticFile(root, '/app.js')).toBe(join(root, 'app.js'));
    expect(await resolveStaticFile(root, '/articles/a?entity=x')).toBe(join(root, 'articles', 'a.html'));
    expect(await resolveStaticFile(root, '/docs')).toBe(join(root, 'docs', 'index.html'));
    expect(await resolveStaticFile(root, '/')).toBe(join(root, 'index.html'));
  });
  it('never leaves the root and survives garbage', async () => {
    expect(await resolveStaticFile(root, '/../../etc/passwd')).toBeNull();
    expect(await resolveStaticFile(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(await resolveStaticFile(root, '/%E0%A4%A')).toBeNull();
    expect(await resolveStaticFile(root, `/${'a'.repeat(5000)}`)).toBeNull();
    expect(await resolveStaticFile(root, '/articles/missing')).toBeNull();
    expect(await resolveStaticFile(root, '/articles%2Fa')).toBeNull();
    expect(await resolveStaticFile(root, '/articles/..%5Capp.js')).toBeNull();
  });
});
