import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROUTE_SOURCES } from '../pipeline/site/prerender.ts';
import { loadRoute, routeNameFor, routeTable } from './routeTable.tsx';

describe('route table', () => {
  it('names the route of a path as the router matches it', () => {
    expect(routeNameFor('/')).toBe('home');
    expect(routeNameFor('/articles/some-slug')).toBe('article');
    expect(routeNameFor('/entities')).toBe('entities');
    expect(routeNameFor('/entities/xi-jinping')).toBe('entity');
    expect(routeNameFor('/articles/some-slug/quote-1')).toBe('notFound');
    expect(routeNameFor('/404')).toBe('notFound');
  });

  it('loads each route once, as the same component', async () => {
    for (const { name } of routeTable) {
      const first = await loadRoute(name);
      expect(typeof first).toBe('function');
      expect(await loadRoute(name)).toBe(first);
    }
  });

  it('the build knows the source file of every route chunk', () => {
    expect(Object.keys(ROUTE_SOURCES).sort()).toEqual(routeTable.map(({ name }) => name).sort());
    for (const source of Object.values(ROUTE_SOURCES)) expect(existsSync(source), source).toBe(true);
  });
});
