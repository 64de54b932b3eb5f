// The search's components that the home page does not carry ahead of time: the filter fields and why each result
// matched, matched words marked (text and <mark> elements only, never HTML from data). Loaded with the engine once
// the reader shows intent (useArticleSearch).
import { useId, type ReactNode } from 'react';
import { Link } from '../../components/Link.tsx';
import type { MatchReason, Snippet } from './documents.ts';
import type { SearchEngine } from './engine.ts';
import { hasFilters, type SearchRequest } from './request.ts';
import type { SearchStatus } from './useArticleSearch.ts';

function Passage({ snippet }: { snippet: Snippet }) {
  return (
    <>
      {snippet.map((part, index) =>
        part.hit ? (
          <mark key={index} className="search-hit">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

function reasonContent(reason: MatchReason, slug: string): ReactNode {
  switch (reason.field) {
    case 'title':
      return <>Headline: <Passage snippet={reason.snippet} /></>;
    case 'entity':
      return <>Mentions {reason.names.join(', ')}</>;
    case 'quote':
      return (
        <>
          Quote{reason.speaker ? ` by ${reason.speaker}` : ''}:{' '}
          <Link to={`/articles/${encodeURIComponent(slug)}#${reason.quoteId}`}>
            “<Passage snippet={reason.snippet} />”
          </Link>
        </>
      );
    case 'text':
      return <>Text: <Passage snippet={reason.snippet} /></>;
  }
}

export function MatchReasons({ reasons, slug }: { reasons: readonly MatchReason[]; slug: string }) {
  if (reasons.length === 0) return null;
  return (
    <ul className="match-reasons" aria-label="Why it matched">
      {reasons.map((reason, index) => (
        <li key={`${reason.field}-${index}`}>{reasonContent(reason, slug)}</li>
      ))}
    </ul>
  );
}

/** The line under the box: how many articles match, or why none do. */
export function statusMessage(request: SearchRequest, status: SearchStatus, prepared: boolean, resultCount: number, total: number, approximate: boolean, shownCount: number): string {
  const asked = request.q.trim() || (hasFilters(request) ? 'these filters' : '');
  if (!asked) return '';
  if (status === 'loading') return prepared ? 'Searching…' : 'Preparing the search…';
  if (status !== 'ready') return '';
  const what = request.q.trim() ? `“${request.q.trim()}”` : 'these filters';
  if (resultCount === 0) return `No articles match ${what}. Try a name, a word from a headline, or part of a quote.`;
  // a quoted phrase among many candidates: only the best ones were checked for it (engine.ts withPhrases)
  if (approximate && shownCount === 0) return `No articles checked so far match ${what}; ${resultCount.toLocaleString('en')} more have all its words. Try fewer words in quotes.`;
  return `${approximate ? 'Up to ' : ''}${resultCount.toLocaleString('en')} of ${total.toLocaleString('en')} articles match ${what}.`;
}

export function FilterFields({ request, onRequest, engine }: { request: SearchRequest; onRequest: (request: SearchRequest) => void; engine: SearchEngine | null }) {
  const id = useId();
  const set = (key: keyof SearchRequest) => (event: { target: { value: string } }) => onRequest({ ...request, [key]: event.target.value });
  // the section named in a link is a choice even before the index (and its list of sections) has loaded
  const sections = engine?.sections.map((section) => section.name) ?? (request.section ? [request.section] : []);
  return (
    <>
      <div className="search-filter-grid">
        <label htmlFor={`${id}-section`}>Section</label>
        {/* options are named by their place in the list: a section name is data, never an attribute's value */}
        <select id={`${id}-section`} value={sections.includes(request.section) ? `s${sections.indexOf(request.section)}` : ''} onChange={(event) => onRequest({ ...request, section: sections[Number(event.target.value.slice(1))] ?? '' })}>
          <option value="">Any section</option>
          {sections.map((name, index) => (
            <option key={name} value={`s${index}`}>
              {name}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-speaker`}>Quoted speaker</label>
        <input id={`${id}-speaker`} type="search" autoComplete="off" spellCheck={false} placeholder="e.g. a surname" value={request.speaker} onChange={set('speaker')} />
        <label htmlFor={`${id}-mentions`}>Mentions</label>
        <input id={`${id}-mentions`} type="search" autoComplete="off" spellCheck={false} placeholder="a person, place or organisation" value={request.mentions} onChange={set('mentions')} />
        <label htmlFor={`${id}-from`}>From</label>
        <input id={`${id}-from`} type="date" value={request.from} min={engine?.dates?.[0]} max={engine?.dates?.[1]} onChange={set('from')} />
        <label htmlFor={`${id}-to`}>To</label>
        <input id={`${id}-to`} type="date" value={request.to} min={engine?.dates?.[0]} max={engine?.dates?.[1]} onChange={set('to')} />
      </div>
      {request.speaker.trim() && <p className="search-hint">With a speaker, the words are looked for in that speaker’s quotes.</p>}
    </>
  );
}

export type SearchUi = typeof import('./searchUi.tsx');
