// The service worker (public/sw.js) writes the reader's saved preferences onto <html> of every page it serves.
import { describe, expect, it } from 'vitest';
import { lineWidths, prefsAttributes, textSizes, themes } from '../prefs/prefs.ts';
import { loadWorker } from './workerSource.ts';

interface WorkerFunctions {
  knownPrefAttributes: (attributes: unknown) => Record<string, string>;
  withPrefAttributes: (text: string, attributes: Record<string, string>) => string | null;
  withPrefs: (response: Response, attributes: Record<string, string>) => Response;
}

const worker = loadWorker<WorkerFunctions>();

/** A response whose body arrives in the given pieces, as a network answer does. */
function streamed(pieces: string[], contentType = 'text/html; charset=utf-8'): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(encoder.encode(piece));
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': contentType, 'content-length': '999' } });
}

describe('saved preferences written into served pages', () => {
  it('keeps only known attributes with known values', () => {
    expect(worker.knownPrefAttributes({ 'data-theme': 'dark', 'data-text-size': 'large', 'data-line-width': 'wide' })).toEqual({
      'data-theme': 'dark',
      'data-text-size': 'large',
      'data-line-width': 'wide',
    });
    // Every choice the app can send is kept as it is.
    for (const theme of themes) {
      for (const textSize of textSizes) {
        for (const lineWidth of lineWidths) {
          const sent = Object.fromEntries(Object.entries(prefsAttributes({ theme, textSize, lineWidth })).filter(([, value]) => value !== null));
          expect(worker.knownPrefAttributes(sent)).toEqual(sent);
        }
      }
    }
    expect(worker.knownPrefAttributes({ 'data-theme': '"><script>alert(1)</script>', onload: 'x', 'data-text-size': null })).toEqual({});
    expect(worker.knownPrefAttributes('dark')).toEqual({});
    expect(worker.knownPrefAttributes(null)).toEqual({});
  });

  it('puts them on the <html> tag, replacing any there, and leaves the rest of the page alone', () => {
    const page = '<!doctype html>\n<html lang="en" data-theme="light"><head><title>t</title></head><body><p data-theme="x">data-theme</p></body></html>';
    expect(worker.withPrefAttributes(page, { 'data-theme': 'dark', 'data-text-size': 'large' })).toBe(
      '<!doctype html>\n<html lang="en" data-theme="dark" data-text-size="large"><head><title>t</title></head><body><p data-theme="x">data-theme</p></body></html>',
    );
    // No saved choice: the defaults, which are the absence of the attributes.
    expect(worker.withPrefAttributes('<html lang="en" data-line-width=wide>', {})).toBe('<html lang="en">');
    // The tag has not fully arrived yet.
    expect(worker.withPrefAttributes('<!doctype html>\n<html lang="e', { 'data-theme': 'dark' })).toBeNull();
  });

  it('streams a page through with the tag rewritten even when it arrives split across chunks', async () => {
    const response = worker.withPrefs(streamed(['<!doctype html>\n<ht', 'ml lang="en">', '<head></head><body>', 'text</body></html>']), { 'data-theme': 'dark' });
    expect(await response.text()).toBe('<!doctype html>\n<html lang="en" data-theme="dark"><head></head><body>text</body></html>');
    expect(response.status).toBe(200);
    // The body changed length: no stale content-length.
    expect(response.headers.get('content-length')).toBeNull();
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('passes on untouched what is not a page, a page without an <html> tag, and everything when nothing is saved', async () => {
    const data = streamed(['{"html":"<html>"}'], 'application/json');
    expect(worker.withPrefs(data, { 'data-theme': 'dark' })).toBe(data);
    const page = streamed(['<html lang="en"></html>']);
    expect(worker.withPrefs(page, {})).toBe(page);
    const fragment = 'x'.repeat(5000) + '<html lang="en">';
    expect(await worker.withPrefs(streamed([fragment.slice(0, 4500), fragment.slice(4500)]), { 'data-theme': 'dark' }).text()).toBe(fragment);
    expect(await worker.withPrefs(streamed(['<p>no tag</p>']), { 'data-theme': 'dark' }).text()).toBe('<p>no tag</p>');
  });
});
