import type { ArticleSummary, DateSource } from '../../shared/schema.ts';
import { dateLabel } from '../lib/format.ts';

/** Where a date came from, for a reader who asks (the tooltip): a date is shown only when something says it. */
export const dateSourceNote: Record<DateSource, string> = {
  metadata: 'Publication date from the article’s metadata',
  dateline: 'Publication date from the dateline at the start of the article',
  window: 'Publication date from the start of the article, its year resolved inside the date range the site was built with',
};

export const ownWordsNote = 'The article’s own words: nothing gives the year';
export const undatedNote = 'Nothing gives this article’s publication date';

/** An article's date line: the full date with where it came from, the dateline's own words, or "Undated". */
export function ArticleDate({ date, dateText, dateSource }: Pick<ArticleSummary, 'date' | 'dateText' | 'dateSource'>) {
  const label = dateLabel(date, dateText);
  if (!label) return <span title={undatedNote}>Undated</span>;
  if (!date) return <span title={ownWordsNote}>{label}</span>;
  return (
    <time dateTime={date} title={dateSource ? dateSourceNote[dateSource] : undefined}>
      {label}
    </time>
  );
}
