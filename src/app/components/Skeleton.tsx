import type { ReactNode } from 'react';

// Loading placeholders that reserve the space of what they stand for, so nothing jumps when data lands.

export function SkeletonLines({ lines, className = '' }: { lines: number; className?: string }) {
  return (
    <div className={`skeleton-lines ${className}`} aria-hidden="true">
      {Array.from({ length: lines }, (_, index) => (
        <span key={index} className="skeleton-line" />
      ))}
    </div>
  );
}

export function LoadingNote({ what }: { what: string }) {
  return (
    <p className="visually-hidden" role="status">
      Loading {what}…
    </p>
  );
}

export function PageSkeleton({ what }: { what: string }) {
  return (
    <main id="main" tabIndex={-1} className="page" aria-busy="true">
      <LoadingNote what={what} />
      <div className="skeleton-title" aria-hidden="true" />
      <SkeletonLines lines={3} className="skeleton-meta" />
      <SkeletonLines lines={8} />
    </main>
  );
}

/** Same grid as the loaded article, so the page does not jump when the data lands. */
export function ArticleSkeleton({ children }: { children?: ReactNode }) {
  return (
    <div className="article-layout">
      <main id="main" tabIndex={-1} className="article-main" aria-busy={!children}>
        {children ?? (
          <>
            <LoadingNote what="article" />
            <SkeletonLines lines={1} className="skeleton-meta" />
            <div className="skeleton-title" aria-hidden="true" />
            <SkeletonLines lines={1} className="skeleton-meta" />
            <SkeletonLines lines={14} />
          </>
        )}
      </main>
      <aside id="entities" className="sidebar" aria-label="Entities" tabIndex={-1}>
        <SkeletonLines lines={10} />
      </aside>
    </div>
  );
}
