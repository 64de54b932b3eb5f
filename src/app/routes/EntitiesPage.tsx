import { Link } from '../components/Link.tsx';
import { useEntityIndex } from '../api/entityIndex.ts';
import { entityIndexPageQuery } from '../api/entityIndexPage.ts';
import { ShowMore } from '../paging/ShowMore.tsx';
import { usePagedList } from '../paging/usePagedList.ts';
import { QueryError } from '../components/QueryError.tsx';
import { LoadingNote, SkeletonLines } from '../components/Skeleton.tsx';
import { formatCount, groupByType, plural, typeGroupLabel } from '../lib/format.ts';
import type { EntityIndex, EntityIndexPage, EntitySummary } from '../../shared/schema.ts';

/** Most-covered first within each group, so the people who matter most lead. */
export function entityIndexOrder(entities: readonly EntitySummary[]): EntitySummary[] {
  return [...entities].sort(
    (a, b) => b.articleCount - a.articleCount || b.mentionCount - a.mentionCount || a.name.localeCompare(b.name),
  );
}

const NO_ENTITIES: EntityIndex = { entities: [] };

export function EntitiesPage() {
  const { data: index, error, isPending, refetch, isFetching } = useEntityIndex();
  // The first page from entities/index.json; "Show more" loads entities/index/<n>.json.
  const list = usePagedList({
    listKey: 'entityIndex',
    first: (index ?? NO_ENTITIES).entities,
    paging: index?.paging,
    pageQuery: entityIndexPageQuery,
    itemsOf: (page: EntityIndexPage) => page.entities,
  });
  const data = index && { entities: list.items };
  return (
    <main id="main" tabIndex={-1} className="page" aria-busy={isPending}>
      <title>People, organisations and places · Dossier</title>
      <h1>People, organisations and places</h1>
      {isPending && (
        <>
          <LoadingNote what="entities" />
          <SkeletonLines lines={16} />
        </>
      )}
      {error && <QueryError what="the list of entities" error={error} retry={refetch} retrying={isFetching} />}
      {data && data.entities.length === 0 && <p>Nothing found yet.</p>}
      {data && (
        <nav aria-label="Entity types" className="type-nav">
          {groupByType(data.entities).map(([type, group]) => (
            <a key={type} href={`#type-${type}`}>
              {typeGroupLabel[type]} ({formatCount(group.length)})
            </a>
          ))}
        </nav>
      )}
      {data &&
        groupByType(entityIndexOrder(data.entities)).map(([type, group]) => (
          <section key={type} id={`type-${type}`} aria-labelledby={`type-${type}-title`} className="entity-index-group">
            <h2 id={`type-${type}-title`}>{typeGroupLabel[type]}</h2>
            <ul className="entity-index">
              {group.map((entity) => (
                <li key={entity.id}>
                  <Link to={`/entities/${encodeURIComponent(entity.id)}`}>{entity.name}</Link>
                  <span className="meta-inline">
                    {plural(entity.articleCount, 'article')} · {plural(entity.mentionCount, 'mention')}
                    {entity.quoteCount > 0 && ` · ${plural(entity.quoteCount, 'quote')}`}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      {data && <ShowMore list={list} noun="entities" />}
    </main>
  );
}
