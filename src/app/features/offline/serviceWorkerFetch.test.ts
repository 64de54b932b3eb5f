// Which requests the service worker (public/sw.js) answers, and how: a page the app fetches for its seed's data (an
// article or an entity on a big static site) is kept like a data file, so an article opened in the app reads again
// offline.
import { describe, expect, it } from 'vitest';
import { loadWorker } from './workerSource.ts';

interface WorkerFunctions {
  strategyFor: (url: URL, mode: string) => 'asset' | 'page' | 'data' | null;
}

const worker = loadWorker<WorkerFunctions>();
const at = (path: string) => new URL(path, 'http://dossier.test');

describe('service worker strategies', () => {
  it('keeps assets cache first, and navigations as pages', () => {
    expect(worker.strategyFor(at('/assets/index-AbC123.js'), 'cors')).toBe('asset');
    expect(worker.strategyFor(at('/articles/ferry-fares'), 'navigate')).toBe('page');
    expect(worker.strategyFor(at('/articles/ferry-fares/quote-1a2b3c'), 'navigate')).toBe('page');
  });

  it('answers data files and the pages the app fetches for their seed network first', () => {
    expect(worker.strategyFor(at('/data/articles/ferry-fares.json'), 'cors')).toBe('data');
    expect(worker.strategyFor(at('/articles/ferry-fares'), 'cors')).toBe('data');
    expect(worker.strategyFor(at('/entities/harbour-board'), 'cors')).toBe('data');
  });

  it('leaves other fetches to the browser', () => {
    expect(worker.strategyFor(at('/articles/ferry-fares/quote-1a2b3c'), 'cors')).toBeNull();
    expect(worker.strategyFor(at('/robots.txt'), 'no-cors')).toBeNull();
    expect(worker.strategyFor(at('/'), 'cors')).toBeNull();
  });
});
