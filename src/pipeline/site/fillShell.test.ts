import { describe, expect, it } from 'vitest';
import { fillShell, markupOutsideSecondary, routeAssets, type ViteManifest } from './prerender.ts';

const shell = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <script type="module" crossorigin src="/assets/index-1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/vendor-1.js">
    <link rel="stylesheet" crossorigin href="/assets/index-1.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;
const rendered = { html: '<main><h1>Headline</h1><p>Text</p></main>', seed: { path: '/articles/a', queries: [], stylesheets: ['/assets/index-1.css'] } };
const css = (url: string) => ({ '/assets/index-1.css': 'h1{color:red}', '/assets/route-1.css': 'p{margin:0}' })[url] ?? '';

describe('filling the shell', () => {
  const withRouteSheet = { ...rendered, seed: { ...rendered.seed, stylesheets: ['/assets/index-1.css', '/assets/route-1.css'] } };
  const html = fillShell(shell, withRouteSheet, { scripts: ['/assets/vendor-1.js', '/assets/ArticlePage-1.js'] }, css);

  it('inlines only the rules the page can use; the whole sheet waits in <noscript> for later', () => {
    const page = fillShell(shell, { ...rendered, html: '<main class="page"><h1>Headline</h1></main>' }, { scripts: [] }, () => '.page{margin:0}.settings-panel{top:0}@media print{.page{margin:1cm}}');
    const head = page.slice(0, page.indexOf('</head>'));
    expect(head).toContain('<style>.page{margin:0}</style>');
    expect(head).not.toContain('settings-panel');
    expect(page).toContain('<noscript><link rel="stylesheet" href="/assets/index-1.css"></noscript>');
    expect(page.indexOf('<noscript')).toBeGreaterThan(page.indexOf('<h1>Headline</h1>'));
    expect(page.indexOf('<noscript')).toBeLessThan(page.indexOf('src="/assets/index-1.js"'));
  });

  it('inlines the stylesheets in the head, the route’s too, and links none when the page can use all of them', () => {
    const head = html.slice(0, html.indexOf('</head>'));
    // One <style>, the sheets in order: one cascade.
    expect(head).toContain('<style>h1{color:red}p{margin:0}</style>');
    expect(html).not.toContain('rel="stylesheet"');
  });

  it('puts the content first, then preloads and the app script (each once), then the data', () => {
    const at = (text: string) => html.indexOf(text);
    expect(at('<h1>Headline</h1>')).toBeGreaterThan(at('</head>'));
    expect(at('href="/assets/ArticlePage-1.js"')).toBeGreaterThan(at('<h1>Headline</h1>'));
    expect(at('src="/assets/index-1.js"')).toBeGreaterThan(at('href="/assets/ArticlePage-1.js"'));
    expect(at('id="dossier-data"')).toBeGreaterThan(at('src="/assets/index-1.js"'));
    expect(html.match(/vendor-1\.js/g)).toHaveLength(1);
  });

  it('refuses CSS that would end its <style> early, and a shell without an empty root', () => {
    expect(() => fillShell(shell, rendered, { scripts: [] }, () => 'h1{content:"</style><script>"}')).toThrow(/cannot be inlined/);
    expect(() => fillShell('<html><head></head><body></body></html>', rendered, { scripts: [] }, css)).toThrow(/no empty/);
  });

  const SHOW = ':where([data-secondary]){display:revert}';
  const HIDE = ':where(#root:not([data-hydrated]) [data-secondary]){display:none}';
  const link = '<link rel="stylesheet" href="/assets/index-1.css"/>';

  it('keeps secondary regions out of the first paint until the whole sheet, linked before them, reveals them', () => {
    const markup = `<main class="page"><h1>Headline</h1></main>${link}<aside class="sidebar" data-secondary=""><p class="entity">x</p></aside><footer data-secondary="">f</footer>`;
    const sheet = `${SHOW}.page{margin:0}.sidebar{top:0}.entity{color:red}.page h1{font-size:2rem}.settings-panel{top:0}`;
    const page = fillShell(shell, { ...rendered, html: markup }, { scripts: [] }, () => sheet);
    const head = page.slice(0, page.indexOf('</head>'));
    // Hidden last, so it outranks the revealing rule in the head until the app is live or the whole sheet comes.
    expect(head).toContain(`<style>${SHOW}.page{margin:0}.page h1{font-size:2rem}${HIDE}</style>`);
    // No second copy of the regions' rules after the markup: the whole sheet styles them.
    expect(page.match(/<style>/g)).toHaveLength(1);
    expect(page).not.toContain('.sidebar{');
    expect(page.slice(page.indexOf('</footer></div>'))).toMatch(/^<\/footer><\/div>\s*<noscript/);
  });

  it('styles what follows a secondary region from the head too', () => {
    const markup = `<main class="page">x</main>${link}<aside class="sidebar" data-secondary="">y</aside><footer class="site-footer">z</footer>`;
    const page = fillShell(shell, { ...rendered, html: markup }, { scripts: [] }, () => `${SHOW}.page{margin:0}.sidebar{top:0}.site-footer{color:gray}`);
    expect(page.slice(0, page.indexOf('</head>'))).toContain(`<style>${SHOW}.page{margin:0}.site-footer{color:gray}${HIDE}</style>`);
  });

  it('refuses to hide secondary regions that nothing would reveal', () => {
    const region = '<aside class="sidebar" data-secondary="">y</aside>';
    const sheet = () => `${SHOW}.sidebar{top:0}`;
    // The whole sheet linked after the region, or not at all: the parser would not have it before the region.
    expect(() => fillShell(shell, { ...rendered, html: `<main>x</main>${region}${link}` }, { scripts: [] }, sheet)).toThrow(/does not link \/assets\/index-1\.css before/);
    expect(() => fillShell(shell, { ...rendered, html: `<main>x</main>${region}` }, { scripts: [] }, sheet)).toThrow(/does not link/);
    // A sheet without the revealing rule.
    expect(() => fillShell(shell, { ...rendered, html: `<main>x</main>${link}${region}` }, { scripts: [] }, () => '.sidebar{top:0}')).toThrow(/no stylesheet carries/);
  });

  it('cuts secondary regions out of the markup whole, nested elements of the same name included', () => {
    const markup = '<main><p class="a">x</p><section class="quotes" data-secondary=""><section class="inner"><p>q</p></section><p class="b">y</p></section><p class="c">z</p><aside data-secondary="">s</aside></main>';
    expect(markupOutsideSecondary(markup)).toBe('<main><p class="a">x</p><p class="c">z</p></main>');
    expect(markupOutsideSecondary('<p>no regions</p>')).toBe('<p>no regions</p>');
    // Text that spells the attribute is text, not a region.
    expect(markupOutsideSecondary('<p title="a data-secondary=&quot;&quot;">b data-secondary="" c</p>')).toBe('<p title="a data-secondary=&quot;&quot;">b data-secondary="" c</p>');
    expect(() => markupOutsideSecondary('<section data-secondary=""><p>open')).toThrow(/never closed/);
  });

  it('inlines everything in the head, with nothing hidden, when the page has no secondary region', () => {
    expect(html).not.toContain('data-secondary');
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.indexOf('<style>')).toBeLessThan(html.indexOf('</head>'));
  });

  it('markup with $ patterns is copied as is', () => {
    const tricky = { ...rendered, html: "<p>$& $' $1</p>" };
    expect(fillShell(shell, tricky, { scripts: [] }, css)).toContain("<p>$& $' $1</p>");
  });
});

describe('route assets from the Vite manifest', () => {
  it('lists the route chunk after the chunks it imports, with their CSS', () => {
    const manifest: ViteManifest = {
      'src/app/routes/ArticlePage.tsx': { file: 'assets/ArticlePage-1.js', imports: ['_shared.js'], css: ['assets/ArticlePage-1.css'] },
      '_shared.js': { file: 'assets/shared-1.js' },
    };
    expect(routeAssets(manifest, 'article')).toEqual({
      scripts: ['/assets/shared-1.js', '/assets/ArticlePage-1.js'],
      styles: ['/assets/ArticlePage-1.css'],
    });
    expect(() => routeAssets(manifest, 'home')).toThrow(/no chunk for src\/app\/routes\/HomePage\.tsx/);
  });
});
