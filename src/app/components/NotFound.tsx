import { Link } from './Link.tsx';

/** The not-found page, for unknown paths and for articles or entities that do not exist. */
export function NotFound({ what = 'page' }: { what?: string }) {
  return (
    <main id="main" tabIndex={-1} className="page not-found">
      <title>Not found · Dossier</title>
      <h1>
        {what === 'page' ? 'Page not found' : `${what[0]?.toUpperCase()}${what.slice(1)} not found`}
      </h1>
      <p>There is nothing here. The link may be mistyped, or the {what} may have been removed.</p>
      <p>
        <Link to="/">Browse all articles</Link> or <Link to="/entities">see everyone and everything mentioned</Link>.
      </p>
    </main>
  );
}
