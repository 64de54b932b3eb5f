// One small file per article for the search results: its card, and the text snippets are cut from. Only the
// results shown are fetched, never every article.
import { SearchFragment, parseOrThrow, type Article, type ArticleSummary } from '../../shared/schema.ts';
import { searchPaths } from '../../shared/searchIndex.ts';

/** `summary` is the article's card as the home page shows it (output/siteData.ts summarize). */
export function searchFragment(article: Article, summary: ArticleSummary): SearchFragment {
  return {
    summary,
    text: article.blocks.map((block) => block.text),
    entities: article.entities.map((entity) => entity.name),
    quotes: article.quotes.map((quote) => ({ id: quote.id, text: quote.text, speaker: quote.speaker?.name ?? null })),
  };
}

/** The fragment file of article number `id` (its number in the search index, see SearchIndexBuilder.add). */
export function searchFragmentFile(article: Article, summary: ArticleSummary, id: number): [path: string, content: string] {
  const path = searchPaths.doc(id);
  return [path, JSON.stringify(parseOrThrow(SearchFragment, searchFragment(article, summary), `${path} (${article.slug})`))];
}
