import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { inventedEntityPage } from '../../fixtures/invented.ts';
import { Timeline } from './EntityCharts.tsx';

/** Each timeline link: its aria-label (if any), its <title> and the count it shows. */
function timelineLinks(html: string) {
  return [...html.matchAll(/<a href="[^"]*"( aria-label="[^"]*")? class="chart-link">(.*?)<\/a>/g)].map((match) => ({
    ariaLabel: match[1] ?? null,
    title: /<title>([^<]*)<\/title>/.exec(match[2]!)?.[1] ?? null,
    shown: /<text[^>]*class="chart-count"[^>]*>([^<]*)<\/text>/.exec(match[2]!)?.[1] ?? null,
  }));
}

describe('the timeline’s links', () => {
  it('are named by their title, which starts with the count a mark shows (its visible text is part of its name)', () => {
    const day = inventedEntityPage.quotes[0]!.date ?? '2022-10-04';
    const quotes = [0, 1, 2].map((n) => ({ ...inventedEntityPage.quotes[0]!, quoteId: `quote-${n}`, date: day }));
    const html = renderToString(
      <MemoryRouter>
        <Timeline entity={{ ...inventedEntityPage, quotes }} />
      </MemoryRouter>,
    );
    const links = timelineLinks(html);
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) {
      expect(link.ariaLabel).toBeNull();
      expect(link.title).toBeTruthy();
    }
    const grouped = links.find((link) => link.shown !== null)!;
    expect(grouped.shown).toBe('3');
    expect(grouped.title?.startsWith('3 quotes on ')).toBe(true);
  });
});
