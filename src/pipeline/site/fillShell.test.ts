import { describe, expect, it } from 'vitest';
import { fillShell, routeAssets, type ViteManifest } from './prerender.ts';

const shell = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <script src="/prefs-init.js" async></script>
    <script type="module" crossorigin src="/assets/index-1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/vendor-1.js">
    <link rel="stylesheet" crossorigin href="/assets/index-1.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;
const rendered = { html: '<main><h1>Headline</h1></main>', seed: { path: '/articles/a', queries: [] } };
const css = (url: string) => ({ '/assets/index-1.css': 'h1{color:red}', '/assets/route-1.css': 'p{margin:0}' })[url] ?? '';

describe('filling the shell', () => {
  const html = fillShell(shell, rendered, { scripts: ['/assets/vendor-1.js', '/assets/ArticlePage-1.js'], styles: ['/assets/route-1.css'] }, css);

  it('inlines in the head the CSS the page’s markup needs, from every stylesheet, the route’s too', () => {
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('<style>h1{color:red}</style>');
    // No <p> in the page: its rule waits for the whole stylesheet.
    expect(head).not.toContain('p{margin:0}');
    expect(head).not.toContain('rel="stylesheet"');
  });

  it('links the whole stylesheets after the content without blocking rendering, and for readers without JavaScript', () => {
    const at = (text: string) => html.indexOf(text);
    for (const url of ['/assets/index-1.css', '/assets/route-1.css']) {
      expect(html).toContain(`<link rel="stylesheet" href="${url}" media="print" data-deferred-style><noscript><link rel="stylesheet" href="${url}"></noscript>`);
      expect(at(url)).toBeGreaterThan(at('<h1>Headline</h1>'));
    }
    expect(at('/assets/route-1.css')).toBeLessThan(at('src="/assets/index-1.js"'));
  });

  it('puts the content first, then preloads and the app script (each once), then the data', () => {
    const at = (text: string) => html.indexOf(text);
    expect(at('<h1>Headline</h1>')).toBeGreaterThan(at('</head>'));
    expect(at('href="/assets/ArticlePage-1.js"')).toBeGreaterThan(at('<h1>Headline</h1>'));
    expect(at('src="/assets/index-1.js"')).toBeGreaterThan(at('href="/assets/ArticlePage-1.js"'));
    expect(at('id="dossier-data"')).toBeGreaterThan(at('src="/assets/index-1.js"'));
    expect(html.match(/vendor-1\.js/g)).toHaveLength(1);
    // The classic preferences script stays in the head.
    expect(at('/prefs-init.js')).toBeLessThan(at('</head>'));
  });

  it('inlines CSS that mentions </style> so it cannot end its element early; refuses a shell without an empty root', () => {
    const tricky = fillShell(shell, rendered, { scripts: [], styles: [] }, () => 'h1{content:"</style><script>"}');
    const head = tricky.slice(0, tricky.indexOf('</head>'));
    expect(head.match(/<\/style/gi)).toHaveLength(1);
    expect(head).toContain('<style>h1{content:"\\3c /style><script>"}</style>');
    expect(() => fillShell('<html><head></head><body></body></html>', rendered, { scripts: [], styles: [] }, css)).toThrow(/no empty/);
  });

  it('markup with $ patterns is copied as is', () => {
    const tricky = { ...rendered, html: "<p>$& $' $1</p>" };
    expect(fillShell(shell, tricky, { scripts: [], styles: [] }, css)).toContain("<p>$& $' $1</p>");
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
