import { useLocation } from 'react-router';
import { Link } from '../components/Link.tsx';
import type { Article, ArticleEntity } from '../../shared/schema.ts';
import { ShareButton } from '../features/share/ShareButton.tsx';
import { formatCount, groupByType, plural, shorten, typeGroupLabel } from '../lib/format.ts';
import { CopyLinkButton } from './CopyLinkButton.tsx';

/** Main subjects first, then by how often the article mentions them. */
export function sidebarOrder(entities: readonly ArticleEntity[]): ArticleEntity[] {
  return [...entities].sort(
    (a, b) => Number(b.about) - Number(a.about) || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name),
  );
}

interface EntitySidebarProps {
  article: Article;
  selectedEntity: string | null;
  onToggleEntity: (entityId: string) => void;
  /** What keyboard travel (n/p) last did, announced with the selection. */
  travelStatus?: string;
}

/** Sidebar items deliberately carry no data-entity: that hook marks mentions in the text only. */
function EntityItem({ entity, article, selected, onToggle }: {
  entity: ArticleEntity;
  article: Article;
  selected: boolean;
  onToggle: () => void;
}) {
  const location = useLocation();
  const quotes = article.quotes.filter((quote) => quote.speaker?.entity === entity.id);
  return (
    <li className={selected ? 'entity-item is-selected' : 'entity-item'}>
      <div className="entity-row">
        <button type="button" className="entity-toggle" aria-pressed={selected} onClick={onToggle}>
          <span className="entity-name">{entity.name}</span>
          <span className="entity-count">
            <span className="visually-hidden">, </span>
            {plural(entity.mentions.length, 'mention')}
          </span>
        </button>
        <Link className="entity-page-link" to={`/entities/${encodeURIComponent(entity.id)}`}>
          Page<span className="visually-hidden"> about {entity.name}</span>
        </Link>
      </div>
      {(entity.role || entity.about) && (
        <p className="entity-role">
          {entity.about && <span className="badge badge-about">main subject</span>}
          {entity.role}
        </p>
      )}
      {quotes.length > 0 && (
        <ul className="entity-quotes" aria-label={`Quotes by ${entity.name}`}>
          {quotes.map((quote) => (
            <li key={quote.id}>
              <Link to={{ pathname: location.pathname, search: location.search, hash: quote.id }}>
                “{shorten(quote.text, 80)}”
              </Link>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function EntitySidebar({ article, selectedEntity, onToggleEntity, travelStatus = '' }: EntitySidebarProps) {
  const selected = article.entities.find((entity) => entity.id === selectedEntity);
  const selectionPath = selected
    ? `/articles/${encodeURIComponent(article.slug)}?entity=${encodeURIComponent(selected.id)}`
    : null;
  return (
    <>
      <h2 id="entities-title">In this article</h2>
      <p className="sidebar-links">
        <a href="#quotes">Quotes ({formatCount(article.quotes.length)})</a>
        <a href="#related">Related articles ({formatCount(article.related.length)})</a>
      </p>
      <p className="selection-status" role="status">
        {selected
          ? `Highlighting ${plural(selected.mentions.length, 'mention')} of ${selected.name}.`
          : 'Select a name to highlight its mentions.'}
        {travelStatus && ` ${travelStatus}`}
      </p>
      {selected && selectionPath && (
        <p className="share-row">
          <CopyLinkButton path={selectionPath} label={`Copy link to this article with ${selected.name} highlighted`} />
          <ShareButton path={selectionPath} title={`${selected.name} in “${article.title}”`} label={`Share this article with ${selected.name} highlighted`} />
        </p>
      )}
      {article.entities.length === 0 && <p>No people, organisations or places found.</p>}
      {groupByType(sidebarOrder(article.entities)).map(([type, entities]) => (
        <section key={type} className="entity-group" aria-labelledby={`group-${type}`}>
          <h3 id={`group-${type}`}>
            {typeGroupLabel[type]} <span className="group-count">({formatCount(entities.length)})</span>
          </h3>
          <ul className="entity-list">
            {entities.map((entity) => (
              <EntityItem
                key={entity.id}
                entity={entity}
                article={article}
                selected={entity.id === selectedEntity}
                onToggle={() => onToggleEntity(entity.id)}
              />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
