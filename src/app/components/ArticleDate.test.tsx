import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArticleDate } from './ArticleDate.tsx';

describe('an article’s date line', () => {
  it('tells where a date came from when asked (its tooltip)', () => {
    expect(renderToString(<ArticleDate date="2022-09-19" dateText={null} dateSource="metadata" />)).toBe(
      '<time dateTime="2022-09-19" title="Publication date from the article’s metadata">19 September 2022</time>',
    );
    expect(renderToString(<ArticleDate date="2005-03-07" dateText={null} dateSource="dateline" />)).toContain('title="Publication date from the dateline at the start of the article"');
    expect(renderToString(<ArticleDate date="2022-09-19" dateText={null} dateSource="window" />)).toContain('its year resolved inside the date range the site was built with');
  });
  it('shows a dateline’s own words as such, and says when an article is undated', () => {
    expect(renderToString(<ArticleDate date={null} dateText="Monday, September 19" />)).toBe('<span title="The article’s own words: nothing gives the year">Monday, September 19</span>');
    expect(renderToString(<ArticleDate date={null} dateText={null} />)).toBe('<span title="Nothing gives this article’s publication date">Undated</span>');
  });
});
