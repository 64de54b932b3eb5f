// The features render on the server (no window, no storage, no matchMedia) and give the same first markup
// the browser's first render will: browser-only parts appear only after effects.
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { inventedArticle, inventedEntityPage } from '../fixtures/invented.ts';
import { CoMentionChart, Timeline } from './charts/EntityCharts.tsx';
import { ShortcutsDialog } from './keyboard/ShortcutsDialog.tsx';
import { OfflineNote } from './offline/OfflineNote.tsx';
import { DisplaySettings } from './prefs/DisplaySettings.tsx';
import { explainMatch } from './search/documents.ts';
import { MatchReasons } from './search/searchUi.tsx';
import { SelectionShare } from './share/SelectionShare.tsx';
import { ShareButton } from './share/ShareButton.tsx';

const inRouter = (node: React.ReactNode) => renderToString(<MemoryRouter>{node}</MemoryRouter>);

describe('server rendering of the reader features', () => {
  it('runs without browser globals', () => {
    expect(typeof window).toBe('undefined');
  });

  it('display settings start from the defaults, closed', () => {
    const html = renderToString(<DisplaySettings />);
    expect(html).toMatch(/<button[^>]*aria-pressed="false"[^>]*>Dark mode<\/button>/);
    expect(html).toMatch(/<button[^>]*aria-expanded="false"[^>]*>Display<\/button>/);
    // The closed panel is an empty placeholder for aria-controls: its choices are rendered on opening.
    expect(html).toMatch(/<div id="[^"]+" class="settings-panel" role="group" aria-label="Display settings" hidden=""><\/div>/);
    expect(html).not.toContain('type="radio"');
  });

  it('browser-only controls render nothing or an empty status', () => {
    expect(renderToString(<ShareButton path="/a" title="A" label="Share A" />)).toBe('');
    expect(renderToString(<SelectionShare containerId="x" title="A" />)).toBe('');
    expect(renderToString(<OfflineNote />)).toBe('<div role="status" class="offline-note is-online"></div>');
    // The closed shortcuts dialog is empty: its list is rendered on opening.
    const dialog = renderToString(<ShortcutsDialog />);
    expect(dialog).toMatch(/<dialog class="shortcuts-dialog" aria-labelledby="shortcuts-title"><\/dialog>/);
    expect(dialog).not.toContain('<kbd>');
  });

  it('the entity charts have titles, text summaries and one link per entity or date', () => {
    const chart = inRouter(<CoMentionChart entity={inventedEntityPage} />);
    expect(chart).toContain(`<title id=`);
    expect(chart).toContain(`Who appears most with ${inventedEntityPage.name}`);
    const links = chart.match(/<a href="\/entities\/[^"]+"/g) ?? [];
    expect(links).toHaveLength(Math.min(10, inventedEntityPage.coMentions.length));
    const timeline = inRouter(<Timeline entity={inventedEntityPage} />);
    expect(timeline).toContain('Timeline as a list');
    expect(timeline).not.toContain('the newest');
    // Loaded page by page, it says what it leaves out, in the text alternative too.
    const articles = inventedEntityPage.articles.length;
    const partial = inRouter(<Timeline entity={inventedEntityPage} totals={{ articles: 1200, quotes: inventedEntityPage.quotes.length }} />);
    expect(partial).toContain(`It shows the newest ${articles} of 1,200 articles: more join it as the lists below load more.`);
    expect(partial).toMatch(/<desc id="[^"]+">[^<]*the newest [^<]*1,200 articles/);
  });

  it('search results say why they matched, marking the words', () => {
    const fragment = {
      summary: { ...inventedArticle, quoteCount: inventedArticle.quotes.length, mainEntities: [] },
      text: inventedArticle.blocks.map((block) => block.text),
      entities: inventedArticle.entities.map((entity) => entity.name),
      quotes: inventedArticle.quotes.map((quote) => ({ id: quote.id, text: quote.text, speaker: quote.speaker?.name ?? null })),
    };
    const reasons = explainMatch(fragment, { exact: new Set(['spring']), prefixes: [] });
    const html = inRouter(<MatchReasons reasons={reasons} slug={inventedArticle.slug} />);
    expect(html).toContain('aria-label="Why it matched"');
    expect(html).toMatch(/<mark class="search-hit">spring<\/mark>/i);
    // A matching quote links straight to the quote in the article.
    const quote = inventedArticle.quotes.find((candidate) => /spring/i.test(candidate.text));
    expect(quote).toBeDefined();
    expect(html).toContain(`href="/articles/${inventedArticle.slug}#${quote?.id}"`);
  });
});
