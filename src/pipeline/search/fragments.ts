// One small file per article for the search results: its card, and the text snippets are cut from. Only the
// results shown are fetched, never every article.
import { SearchFragment, parseOrThrow, type Article } from '../../shared/schema.ts';
import { searchPaths } from '../../shared/searchIndex.ts';
import { summarize } from '../output/siteData.ts';

export function searchFragment(article: Article): SearchFragment {
  return {
    summary: summarize(article),
    text: article.blocks.map((block) => block.text),
    entities: article.entities.map((entity) => entity.name),
    quotes: article.quotes.map((quote) => ({ id: quote.id, text: quote.text, speaker: quote.speaker?.name ?? null })),
  };
}

/** The fragment file of article number `id` (its number in the search index, see SearchIndexBuilder.add). */
export function searchFragmentFile(article: Article, id: number): [path: string, content: string] {
  const path = searchPaths.doc(id);
  return [path, JSON.stringify(parseOrThrow(SearchFragment, searchFragment(article), `${path} (${article.slug})`))];
}
