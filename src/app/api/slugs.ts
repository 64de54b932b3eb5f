// Links never rot: an article whose headline (and so slug) changed keeps its old slug as an alias in
// `slugs.json`. When an article file is missing, the app looks the slug up there and moves to the current one.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { SlugMap } from '../../shared/schema.ts';
import { dataPath, fetchJson } from './fetchJson.ts';


export const fetchSlugMap = (signal?: AbortSignal) => fetchJson(dataPath('slugs'), SlugMap, signal);

export const slugMapQuery = () => queryOptions({ queryKey: ['slugs'], queryFn: ({ signal }) => fetchSlugMap(signal) });

/** The current slug of an article once known by `slug`, or null (unknown, or already current). */
export function currentSlugFor(map: SlugMap, slug: string): string | null {
  // Own keys only: a slug like "constructor" or "__proto__" must not find Object.prototype's members.
  if (!Object.hasOwn(map.aliases, slug)) return null;
  const id = map.aliases[slug]!;
  if (!Object.hasOwn(map.articles, id)) return null;
  const current = map.articles[id]!;
  return current && current !== slug ? current : null;
}

/** The article path for a new slug, keeping the selected entity (?entity=) and the quote (#quote-…). */
export function movedArticlePath(slug: string, search: string, hash: string): string {
  return `/articles/${encodeURIComponent(slug)}${search}${hash}`;
}

export type MovedArticleState = 'idle' | 'checking' | 'moving' | 'missing';

/**
 * When the article at `slug` is missing, looks for it under a newer slug and replaces the URL with that one
 * (Back does not return to the dead link). 'missing' means the not-found page is right.
 */
export function useMovedArticle(slug: string, missing: boolean): MovedArticleState {
  const { search, hash } = useLocation();
  const navigate = useNavigate();
  const { data, isError } = useQuery({ ...slugMapQuery(), enabled: missing });
  const target = missing && data ? currentSlugFor(data, slug) : null;
  useEffect(() => {
    if (target) navigate(movedArticlePath(target, search, hash), { replace: true });
  }, [target, search, hash, navigate]);
  if (!missing) return 'idle';
  if (target) return 'moving';
  return data || isError ? 'missing' : 'checking';
}

/** The id of the entity once known as `id` (merged into another, or renamed), or null. */
export function currentEntityFor(map: SlugMap, id: string): string | null {
  const moved = map.entities;
  if (!moved || !Object.hasOwn(moved, id)) return null;
  const current = moved[id]!;
  return current && current !== id ? current : null;
}

/** Like useMovedArticle, for an entity page whose id is gone: follows slugs.json to the entity it became. */
export function useMovedEntity(id: string, missing: boolean): MovedArticleState {
  const navigate = useNavigate();
  const { data, isError } = useQuery({ ...slugMapQuery(), enabled: missing });
  const target = missing && data ? currentEntityFor(data, id) : null;
  useEffect(() => {
    if (target) navigate(`/entities/${encodeURIComponent(target)}`, { replace: true });
  }, [target, navigate]);
  if (!missing) return 'idle';
  if (target) return 'moving';
  return data || isError ? 'missing' : 'checking';
}
