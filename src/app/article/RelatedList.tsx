import { Link } from '../components/Link.tsx';
import type { RelatedLink } from '../../shared/schema.ts';
import { SectionBadge } from '../components/FictionBadge.tsx';
import { formatDate } from '../lib/format.ts';
import { secondaryRegion } from '../ssr/secondaryRegions.ts';

export function RelatedList({ related }: { related: readonly RelatedLink[] }) {
  return (
    <section id="related" className="related" {...secondaryRegion} aria-labelledby="related-title" tabIndex={-1}>
      <h2 id="related-title">Related articles</h2>
      {related.length === 0 ? (
        <p>No related articles found.</p>
      ) : (
        <ul className="related-list">
          {related.map((link) => (
            <li key={link.slug} className="card">
              <h3 className="card-title">
                <Link to={`/articles/${encodeURIComponent(link.slug)}`}>{link.title}</Link>
              </h3>
              <p className="meta">
                <SectionBadge section={link.section} fiction={link.fiction} />
                {link.date && <time dateTime={link.date}>{formatDate(link.date)}</time>}
              </p>
              {link.reasons.length > 0 && (
                <ul className="reasons" aria-label="Why it is related">
                  {link.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
