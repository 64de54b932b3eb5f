// Where the search index's files are, apart from its format (searchIndex.ts), so the home page can name the table
// of contents without carrying the format's code.

/** Relative paths of the index's files under data/. */
export const searchPaths = {
  manifest: 'search/index.json',
  table: (name: string) => `search/tables/${name}.json`,
  chunk: (name: string) => `search/terms/${name}.json`,
  doc: (id: number) => `search/docs/${id}.json`,
};
