/** Invented sample content is marked wherever it is listed or shown. */
export function FictionBadge() {
  return (
    <span className="badge badge-fiction" title="Invented sample content, not real news">
      Sample · fiction
    </span>
  );
}

/** Section badge, and the fiction badge for sample articles (whose section "Sample" it replaces). */
export function SectionBadge({ section, fiction }: { section: string | null; fiction: boolean }) {
  const showSection = section && !(fiction && section === 'Sample');
  return (
    <>
      {fiction && <FictionBadge />}
      {showSection && <span className="badge badge-section">{section}</span>}
    </>
  );
}
