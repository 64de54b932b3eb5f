// The pipeline's folders import in one direction (docs/architecture.md gives the order): a folder may import
// only from folders before it, so each part can be read, tested and replaced without the ones after it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = dirname(fileURLToPath(import.meta.url));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(name) && !/\.test\./.test(name) ? [path] : [];
  });
}

/** The pipeline folder a file belongs to; files at the top are the folder ".". */
const folderOf = (path: string) => {
  const parts = relative(root, path).split('/');
  return parts.length > 1 ? parts[0]! : '.';
};

/** The folders in the order docs/architecture.md gives ("." is ingest.ts and serve.ts at the top). */
const ORDER = ['read', 'nlp', 'clean', 'related', 'cache', 'article', 'corrections', 'corpus', 'parallel', 'search', 'output', 'stages', '.', 'site', 'cli'];

const RELATIVE_IMPORT = /(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)|new URL\(\s*['"](\.[^'"]+)['"]/g;

/** Folder → folders it imports from, each with one example file for the failure message. */
function folderImports(files: readonly string[], read: (path: string) => string): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of files) {
    for (const match of read(file).matchAll(RELATIVE_IMPORT)) {
      const target = resolve(dirname(file), (match[1] ?? match[2] ?? match[3])!);
      if (!target.startsWith(root)) continue;
      const from = folderOf(file);
      const to = folderOf(target);
      if (from === to) continue;
      const edges = graph.get(from) ?? new Map<string, string>();
      if (!edges.has(to)) edges.set(to, relative(root, file));
      graph.set(from, edges);
    }
  }
  return graph;
}

/** One import cycle between folders, as a path that starts and ends at the same folder; null when none. */
function findCycle(graph: ReadonlyMap<string, ReadonlyMap<string, string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('pipeline layering', () => {
  it('finds a cycle when there is one, and none in a one-way graph', () => {
    const edges = (pairs: Array<[string, string]>) => {
      const graph = new Map<string, Map<string, string>>();
      for (const [a, b] of pairs) graph.set(a, (graph.get(a) ?? new Map()).set(b, `${a}/x.ts`));
      return graph;
    };
    expect(findCycle(edges([['cli', 'site'], ['site', 'output'], ['output', 'read']]))).toBeNull();
    expect(findCycle(edges([['cli', 'site'], ['site', 'output'], ['output', 'site']]))).toEqual(['site', 'output', 'site']);
  });

  it('imports only from folders before it in the documented order', () => {
    const graph = folderImports(sourceFiles(root), (path) => readFileSync(path, 'utf8'));
    const unlisted = [...graph.keys(), ...[...graph.values()].flatMap((edges) => [...edges.keys()])].filter((folder) => !ORDER.includes(folder));
    expect([...new Set(unlisted)]).toEqual([]);
    const backwards = [...graph].flatMap(([from, edges]) => [...edges].filter(([to]) => ORDER.indexOf(to) > ORDER.indexOf(from)).map(([to, file]) => `${from} → ${to} (${file})`));
    expect(backwards).toEqual([]);
  });

  it('has no import cycle between the pipeline folders', () => {
    const graph = folderImports(sourceFiles(root), (path) => readFileSync(path, 'utf8'));
    const cycle = findCycle(graph);
    const where = cycle?.slice(1).map((to, i) => `${cycle[i]} → ${to} (${graph.get(cycle[i]!)?.get(to)})`);
    expect(where ?? []).toEqual([]);
  });
});
