// An invented corpus for rebuild tests: three stories of three articles, and one article rewritten into another story.

/** Three invented stories, three articles each: a ferry, a trade fair, a storm. */
export const ARTICLES = [
  { id: 'ferry-1', title: 'Battery ferry sails to Skerrin', body: '“The battery ferry is quiet,” said Colin Threlfall, the harbour master at Skerrin.\n\nThe ferry crossing takes forty minutes and the battery charges at the pier.' },
  { id: 'ferry-2', title: 'Skerrin ferry timetable grows', body: 'The battery ferry to Skerrin adds a crossing at dawn, Colin Threlfall said.\n\nThe pier at Skerrin gets a second charger for the ferry.' },
  { id: 'ferry-3', title: 'Ferry pier at Skerrin repaired', body: 'Workers repaired the ferry pier at Skerrin before the winter crossings.\n\n“The pier is ready for the battery ferry,” said Colin Threlfall.' },
  { id: 'fair-1', title: 'Trade fair opens in Dunmorrow', body: '“Come early,” said Priya Castellane, who runs the Dunmorrow trade fair.\n\nWeavers and potters fill the market hall for the fair.' },
  { id: 'fair-2', title: 'Dunmorrow fair draws weavers', body: 'Weavers from the valley sold cloth at the Dunmorrow trade fair, Priya Castellane said.\n\nThe market hall stays open late for the fair.' },
  { id: 'fair-3', title: 'Potters crowd the Dunmorrow market hall', body: 'Potters showed glazed bowls at the trade fair in the Dunmorrow market hall.\n\n“The fair has never been busier,” said Priya Castellane.' },
  { id: 'storm-1', title: 'Storm floods the Ashvale road', body: 'A storm flooded the Ashvale road overnight, said Tobias Wrenfield of the county council.\n\nSandbags line the river bank at Ashvale.' },
  { id: 'storm-2', title: 'Ashvale clears storm damage', body: 'Crews cleared fallen trees on the Ashvale road after the storm, Tobias Wrenfield said.\n\nThe river bank held under the sandbags.' },
  { id: 'storm-3', title: 'River at Ashvale falls after storm', body: 'The river at Ashvale fell back below the bank a day after the storm.\n\n“The sandbags worked,” said Tobias Wrenfield.' },
];

/** storm-1 rewritten into a fourth report from the trade fair. */
export const CHANGED = { id: 'storm-1', title: 'Weavers and potters close the Dunmorrow fair', body: '“We sold every bowl,” said Priya Castellane as the Dunmorrow trade fair closed.\n\nWeavers packed their cloth in the market hall.' };

/** The corpus with storm-1 rewritten. */
export const editedCorpus = ARTICLES.map((article) => (article.id === CHANGED.id ? CHANGED : article));

/** The articles as JSONL, all dated alike. */
export const jsonl = (articles: ReadonlyArray<{ id: string; title: string; body: string }>) => `${articles.map((a) => JSON.stringify({ ...a, date: '2026-11-20' })).join('\n')}\n`;

/** The edited corpus with ferry-2 rewritten too: a second change, one build later. */
export const SECOND_CHANGE = { id: 'ferry-2', title: 'Skerrin ferry timetable shrinks', body: 'The battery ferry to Skerrin drops its dawn crossing for the winter, Colin Threlfall said.\n\nThe second charger at the pier waits for spring.' };
export const twiceEditedCorpus = editedCorpus.map((article) => (article.id === SECOND_CHANGE.id ? SECOND_CHANGE : article));
