import { QueryClient } from '@tanstack/react-query';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readSeed, scriptSafeJson, seedQueryClient, seedScriptTag, type PageSeed } from './seed.ts';

const hostile = 'Budget </script><script>alert(1)</script> <!-- <script> \u2028 & done';

function documentWith(body: string): Document {
  return parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`).document as unknown as Document;
}

describe('embedded page data', () => {
  it('cannot close its script element or open another', () => {
    const json = scriptSafeJson({ title: hostile });
    expect(json).not.toMatch(/[<>]/);
    expect(JSON.parse(json)).toEqual({ title: hostile });
  });

  it('reads back exactly what was written, through an HTML parser', () => {
    const seed: PageSeed = { path: '/articles/a', queries: [{ key: ['article', 'a'], data: { title: hostile } }], stylesheets: ['/assets/index-1.css'] };
    const doc = documentWith(`<div id="root"></div>${seedScriptTag(seed)}`);
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.querySelector('script')?.getAttribute('type')).toBe('application/json');
    expect(readSeed(doc)).toEqual(seed);
  });

  it('ignores a missing, broken or misshapen block', () => {
    expect(readSeed(documentWith('<div id="root"></div>'))).toBeNull();
    expect(readSeed(documentWith('<script type="application/json" id="dossier-data">{nope</script>'))).toBeNull();
    expect(readSeed(documentWith('<script type="application/json" id="dossier-data">{"path":"/","queries":[{"key":"x"}],"stylesheets":[]}</script>'))).toBeNull();
    // Stylesheets are linked into the page: only the site's own paths, never another origin's.
    const withSheets = (sheets: string) => documentWith(`<script type="application/json" id="dossier-data">{"path":"/","queries":[],"stylesheets":${sheets}}</script>`);
    expect(readSeed(withSheets('["/assets/a.css"]'))?.stylesheets).toEqual(['/assets/a.css']);
    for (const bad of ['["//evil.example/a.css"]', '["https://evil.example/a.css"]', '[1]', '"/assets/a.css"']) expect(readSeed(withSheets(bad)), bad).toBeNull();
  });

  it('seeds the query cache under the given keys', () => {
    const client = new QueryClient();
    seedQueryClient(client, { path: '/', queries: [{ key: ['articleIndex'], data: { articles: [] } }], stylesheets: [] });
    expect(client.getQueryData(['articleIndex'])).toEqual({ articles: [] });
    expect(client.getQueryState(['articleIndex'])?.status).toBe('success');
  });
});
