import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { inventedArticle } from '../fixtures/invented.ts';
import { assignSpeakerStyles } from '../lib/speakers.ts';
import type { Article } from '../../shared/schema.ts';
import { ArticleBody, Headline, speakerLabel, useArticleTrees, type TextMarks } from './ArticleText.tsx';

function marksFor(article: Article, selectedEntity: string | null = null, targetQuote: string | null = null, interactive = true): TextMarks {
  return {
    quotes: new Map(article.quotes.map((quote) => [quote.id, quote])),
    turns: new Map((article.turns ?? []).map((turn) => [turn.id, turn])),
    targetTurn: null,
    articlePath: `/articles/${article.slug}`,
    speakerStyles: assignSpeakerStyles([...(article.turns ?? []), ...article.quotes]),
    entityNames: new Map(article.entities.map((entity) => [entity.id, entity.name])),
    selectedEntity,
    targetQuote,
    onToggleEntity: () => {},
    interactive,
  };
}

function Reader({ article, marks }: { article: Article; marks: TextMarks }) {
  const trees = useArticleTrees(article);
  return (
    <>
      <Headline tree={trees.title} marks={marks} />
      <ArticleBody article={article} trees={trees.blocks} marks={marks} />
    </>
  );
}

const render = (article: Article, marks = marksFor(article)) => renderToStaticMarkup(<Reader article={article} marks={marks} />);

describe('article text rendering', () => {
  it('marks the headline quote with id, data-quote and data-speaker', () => {
    const html = render(inventedArticle);
    expect(html).toMatch(/<h1 id="article-title" class="headline">Ferry pier to reopen ‘<mark [^>]*data-quote="quote-aaa001"[^>]*>by spring<\/mark>/);
    const headlineMark = /<mark [^>]*data-quote="quote-aaa001"[^>]*>/.exec(html)?.[0] ?? '';
    expect(headlineMark).toContain('id="quote-aaa001"');
    expect(headlineMark).toContain('data-speaker="ada-quill"');
  });

  it('puts the id on the first fragment only, and data-speaker on every fragment', () => {
    const html = render(inventedArticle);
    const fragments = html.match(/<mark [^>]*data-quote="quote-aaa003"[^>]*>/g) ?? [];
    expect(fragments).toHaveLength(2);
    expect(fragments[0]).toContain('id="quote-aaa003"');
    expect(fragments[1]).not.toContain('id=');
    for (const fragment of fragments) expect(fragment).toContain('data-speaker="tom-reyes"');
  });

  it('leaves data-speaker off when the speaker is not a known entity', () => {
    const html = render(inventedArticle);
    const fragment = /<mark [^>]*data-quote="quote-aaa005"[^>]*>/.exec(html)?.[0] ?? '';
    expect(fragment).not.toContain('data-speaker');
    expect(fragment).toContain('data-label="one resident (speaker uncertain)"');
  });

  it('renders subheadings as h2 and mentions as data-entity elements with buttons inside', () => {
    const html = render(inventedArticle);
    expect(html).toContain('<h2 id="p-000001" class="subheading">Harbour boss</h2>');
    expect(html).toMatch(/<span class="mention" data-entity="tom-reyes"><span role="button" tabindex="0" class="mention-button" aria-pressed="false"[^>]*>Tom Reyes<\/span><\/span>/);
  });

  it('before the app is live, mentions keep their elements but are not offered as buttons', () => {
    const html = render(inventedArticle, marksFor(inventedArticle, null, null, false));
    expect(html).toMatch(/<span class="mention mention-static" data-entity="tom-reyes">Tom Reyes<\/span>/);
    expect(html).not.toContain('role="button"');
    expect(html).not.toContain('mention-button');
    // Quotes stay focusable: their speaker shows on focus without the app.
    expect(html).toMatch(/<mark [^>]*tabindex="0"/);
  });

  it('highlights every mention of the selected entity and targets the chosen quote', () => {
    const html = render(inventedArticle, marksFor(inventedArticle, 'millbrook-town-council', 'quote-aaa004'));
    expect(html.match(/class="mention is-selected" data-entity="millbrook-town-council"/g)).toHaveLength(2);
    expect(html).not.toMatch(/is-selected" data-entity="ada-quill"/);
    expect(/<mark [^>]*data-quote="quote-aaa004"[^>]*>/.exec(html)?.[0]).toContain('is-target');
  });

  it('renders markup-like text as text, never as HTML', () => {
    const text = 'He wrote <img src=x onerror=alert(1)> & left.';
    const article: Article = {
      ...inventedArticle,
      title: 'Plain title',
      blocks: [{ id: 'p-1', kind: 'paragraph', text }],
      quotes: [],
      entities: [],
    };
    const html = render(article);
    expect(html).toContain('He wrote &lt;img src=x onerror=alert(1)&gt; &amp; left.');
    expect(html).not.toContain('<img');
  });

  it('keeps the text of every block intact', () => {
    const html = render(inventedArticle);
    const textOnly = html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    for (const block of inventedArticle.blocks) expect(textOnly).toContain(block.text);
  });
});

describe('a transcript', () => {
  // Invented: one named turn with a quote and a stage direction inside, an applause between turns, an unnamed
  // questioner, a section break.
  const blocks: Article['blocks'] = [
    { id: 'p-a', kind: 'paragraph', text: 'Ada Quill: As I said, “the pier opens in May.” (Laughter.) We are ready.' },
    { id: 'p-b', kind: 'paragraph', text: 'It is a long turn that goes on.' },
    { id: 'p-c', kind: 'stage-direction', text: '(Applause.)' },
    { id: 'p-d', kind: 'paragraph', text: 'Question: When exactly?' },
    { id: 'p-e', kind: 'section-break', text: '* * *' },
  ];
  const transcript: Article = {
    ...inventedArticle,
    title: 'Pier questions',
    blocks,
    quotes: [{ id: 'quote-t1', text: 'the pier opens in May.', fragments: [{ block: 0, start: 23, end: 45 }], speaker: { entity: 'ada-quill', name: 'Ada Quill' }, confidence: 0.9 }],
    turns: [
      {
        id: 'turn-ada',
        speaker: { entity: 'ada-quill', name: 'Ada Quill', mention: { block: 0, start: 0, end: 9 } },
        label: { block: 0, start: 0, end: 10 },
        fragments: [{ block: 0, start: 11, end: blocks[0]!.text.length }, { block: 1, start: 0, end: blocks[1]!.text.length }],
        stageDirections: [{ block: 0, start: 47, end: 58 }],
      },
      { id: 'turn-q', speaker: null, label: { block: 3, start: 0, end: 9 }, fragments: [{ block: 3, start: 10, end: 23 }] },
    ],
    entities: [{ id: 'ada-quill', name: 'Ada Quill', type: 'person', role: null, about: true, mentions: [{ block: 0, start: 0, end: 9 }] }],
  };
  const html = render(transcript);

  it('wraps each turn’s blocks in one element, labelled, with its speaker’s chip', () => {
    expect(html).toMatch(/<section class="turn speaker-0" id="turn-ada" data-turn="turn-ada" tabindex="-1" aria-labelledby="turn-ada-label"><p id="p-a">/);
    const turn = html.slice(html.indexOf('id="turn-ada"'), html.indexOf('</section>'));
    expect(turn).toContain('id="p-b"');
    expect(turn).not.toContain('(Applause.)');
    expect(html).toMatch(/<span class="turn-label speaker-0" id="turn-ada-label" data-initials="AQ" title="Ada Quill">/);
  });

  it('shows the unnamed questioner as such', () => {
    expect(html).toMatch(/<section class="turn speaker-none" id="turn-q"/);
    expect(html).toMatch(/data-initials="\?" title="Unnamed speaker"/);
  });

  it('never paints a turn as a quote; a quote inside it stays a quote of its speaker', () => {
    expect(html.match(/<mark /g)).toHaveLength(1);
    expect(/<mark [^>]*>/.exec(html)?.[0]).toContain('data-quote="quote-t1"');
  });

  it('sets stage directions and section breaks apart', () => {
    expect(html).toContain('<span class="stage-direction">(Laughter.)</span>');
    expect(html).toContain('<p id="p-c" class="stage-direction">(Applause.)</p>');
    expect(html).toContain('<hr id="p-e" class="section-break"/>');
  });

  it('marks the turn a link points at', () => {
    const marks = { ...marksFor(transcript), targetTurn: 'turn-q' };
    expect(render(transcript, marks)).toMatch(/<section class="turn speaker-none is-target" id="turn-q"/);
  });
});

describe('speakerLabel', () => {
  it('names the speaker, or says when it is uncertain or missing', () => {
    const [first] = inventedArticle.quotes;
    if (!first) throw new Error('fixture has quotes');
    expect(speakerLabel(first)).toBe('Ada Quill');
    expect(speakerLabel({ ...first, confidence: 0.2 })).toBe('Ada Quill (speaker uncertain)');
    expect(speakerLabel({ ...first, speaker: null })).toBe('Unattributed');
  });
});
