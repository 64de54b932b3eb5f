import { describe, expect, it } from 'vitest';
import { annotateArticle } from '../article/annotateArticle.ts';
import type { CleanArticle } from '../clean/cleanArticle.ts';
import type { PreparedArticle, PrepareTask } from '../article/prepareArticle.ts';
import { WorkerPool } from './pool.ts';

const clean = (n: number): CleanArticle => ({
  source: `${n}.txt`,
  id: `a${n}`,
  title: `Harbour news ${n}`,
  section: 'Sample',
  date: null,
  dateText: null,
  fiction: true,
  blocks: [{ kind: 'paragraph', text: `“The ferry leaves at ${n},” said Idris Fenwick.` }],
});

describe('worker pool', () => {
  it('keeps input order across batches on the same threads, and returns a task error as that task’s result', async () => {
    const pool = new WorkerPool<PrepareTask, PreparedArticle>(new URL('./prepareWorker.ts', import.meta.url), 2);
    try {
      for (const from of [0, 5]) {
        const tasks = Array.from({ length: 5 }, (_, i) => ({ clean: clean(from + i), slug: `harbour-news-${from + i}`, key: `k${i}`, cacheDir: null, features: false }));
        const results = await pool.map(tasks);
        expect(results).toEqual(tasks.map((task) => ({ ok: true, value: { json: JSON.stringify(annotateArticle(task.clean, task.slug)), fromCache: false, features: null } })));
      }
      const [broken] = await pool.map([{ clean: { ...clean(1), blocks: null } as unknown as CleanArticle, slug: 'x', key: 'x', cacheDir: null, features: false }]);
      expect(broken).toMatchObject({ ok: false, error: expect.any(String) });
    } finally {
      await pool.close();
    }
  }, 60_000);
});
