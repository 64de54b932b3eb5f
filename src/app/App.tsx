import { Suspense } from 'react';
import { Route, Routes, useLocation, useMatch } from 'react-router';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { Layout } from './components/Layout.tsx';
import { ArticleSkeleton, PageSkeleton } from './components/Skeleton.tsx';
import { routeTable, RouteView } from './routeTable.tsx';

export function App() {
  const { pathname } = useLocation();
  // While a route's code loads, show the skeleton of that route so nothing jumps when it arrives.
  const onArticle = useMatch('/articles/:slug') !== null;
  return (
    <Layout>
      {/* Keyed by page: a render failure on one page does not stick to the next. */}
      <ErrorBoundary part="this page" key={pathname}>
        <Suspense fallback={onArticle ? <ArticleSkeleton /> : <PageSkeleton what="page" />}>
          <Routes>
            {routeTable.map(({ path, name }) => (
              <Route key={name} path={path} element={<RouteView name={name} />} />
            ))}
          </Routes>
        </Suspense>
      </ErrorBoundary>
    </Layout>
  );
}
