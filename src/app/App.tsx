import { lazy, Suspense } from 'react';
import { Route, Routes, useLocation, useMatch } from 'react-router';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { Layout } from './components/Layout.tsx';
import { ArticleSkeleton, PageSkeleton } from './components/Skeleton.tsx';

// Each route is its own chunk: an article opened cold loads only the reader's code.
const HomePage = lazy(() => import('./routes/HomePage.tsx').then((m) => ({ default: m.HomePage })));
const ArticlePage = lazy(() => import('./routes/ArticlePage.tsx').then((m) => ({ default: m.ArticlePage })));
const EntitiesPage = lazy(() => import('./routes/EntitiesPage.tsx').then((m) => ({ default: m.EntitiesPage })));
const EntityPage = lazy(() => import('./routes/EntityPage.tsx').then((m) => ({ default: m.EntityPage })));
const NotFoundPage = lazy(() => import('./components/NotFound.tsx').then((m) => ({ default: m.NotFound })));

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
            <Route path="/" element={<HomePage />} />
            <Route path="/articles/:slug" element={<ArticlePage />} />
            <Route path="/entities" element={<EntitiesPage />} />
            <Route path="/entities/:id" element={<EntityPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </ErrorBoundary>
    </Layout>
  );
}
