// Text → matching features: stemmed content words and capitalised names.
// Light and lexicon-free, so it works on any English news text without the annotation engine.
import { stemmer } from 'stemmer';

/** Function words and news boilerplate ("said", "according"): frequent everywhere, evidence of nothing. */
const STOP_WORDS = new Set(
  (
    'a about above after again against ago all almost also although am among an and another any are aren around as ' +
    'at be because been before being below between both but by can cannot could couldn did didn do does doesn ' +
    'doing don down during each either else even ever every few for from further get gets got had hadn has hasn ' +
    'have haven having he her here hers herself him himself his how however i if in into is isn it its itself just ' +
    'least less let like ll made make many may me might more most mr mrs ms much must my myself neither no nor not ' +
    'now of off often on once one only or other others our ours ourselves out over own per put re same says said ' +
    'say shall she should shouldn since so some still such than that the their theirs them themselves then there ' +
    'these they this those though through thus to too toward towards under until up upon us ve very via was wasn ' +
    'we were weren what whatever when where whether which while who whom whose why will with within without won ' +
    'would wouldn yet you your yours yourself yourselves according told tell tells telling asked added including ' +
    'week weeks day days year years today yesterday tomorrow monday tuesday wednesday thursday friday saturday ' +
    'sunday two three four five six seven eight nine ten first second last next new well way back'
  ).split(' '),
);

/** Lower-case words that may join the parts of a name ("Bank of England", "Ludwig van Beethoven"). */
const NAME_JOINERS = new Set(['of', 'de', 'del', 'da', 'van', 'von', 'der', 'la', 'le', 'al', 'bin', 'du', 'and']);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

const stemCache = new Map<string, string>();

/** Porter stem of a lower-case word, memoised: news vocabularies repeat a lot. */
export function stem(word: string): string {
  let result = stemCache.get(word);
  if (result === undefined) {
    result = /^\p{N}+$/u.test(word) ? word : stemmer(word);
    if (stemCache.size > 500_000) stemCache.clear();
    stemCache.set(word, result);
  }
  return result;
}

export interface Token {
  /** The stem used for matching. */
  key: string;
  /** The word as written, for display in reasons. */
  surface: string;
}

// Letters/digits runs; "'s" and "n't" are cut first so "Reid's" → "Reid" and "didn't" → "didn" (a stop word).
// Decimals stay whole: a magnitude 4.6 quake is not the magnitude 4.4 one.
const WORD = /\p{N}+(?:[.,]\p{N}+)+(?!\p{L})|[\p{L}\p{N}]+/gu;
const POSSESSIVE = /['’]s\b/gu;

/** Content words of a text: stop words, single characters and pure punctuation dropped; stemmed. */
export function contentTokens(text: string): Token[] {
  const tokens: Token[] = [];
  const clean = text.normalize('NFKC').replace(POSSESSIVE, '');
  for (const match of clean.matchAll(WORD)) {
    const surface = match[0];
    if (surface.length < 2) continue;
    const lower = surface.toLowerCase();
    if (STOP_WORDS.has(lower)) continue;
    tokens.push({ key: stem(lower), surface });
  }
  return tokens;
}

const CAPITALISED = /^\p{Lu}[\p{L}\p{N}'’.-]*$/u;
const SENTENCE_END = /[.!?:;"”)]$/u;

/**
 * Capitalised names ("Tara Reid", "Promises Treatment Center", "Bank of England").
 * A lone capitalised word that opens a sentence is skipped (could be any word); leading function words
 * ("The", "In", "But") are dropped. Returns names as written, possessives removed.
 */
export function capitalisedNames(text: string): string[] {
  const names: string[] = [];
  const words = text.normalize('NFKC').replace(POSSESSIVE, '').split(/\s+/u);
  let run: string[] = [];
  let runStartsSentence = false;
  let sentenceStart = true;
  const flush = () => {
    while (run.length && NAME_JOINERS.has(run[run.length - 1]!)) run.pop();
    while (run.length && STOP_WORDS.has(run[0]!.toLowerCase())) {
      run.shift();
      runStartsSentence = false;
    }
    const isLoneOpener = run.length === 1 && runStartsSentence;
    if (run.length && !isLoneOpener && run.join('').length > 1) names.push(run.join(' '));
    run = [];
  };
  for (const raw of words) {
    const word = raw.replace(/^[^\p{L}\p{N}]+/u, '');
    const bare = word.replace(/[^\p{L}\p{N}]+$/u, '');
    const endsClause = word !== bare;
    // Leading punctuation (an opening quote or bracket) starts a new name.
    if (raw !== word && run.length) flush();
    if (bare && CAPITALISED.test(bare) && !(bare.length > 1 && bare === bare.toUpperCase() && bare.length > 5)) {
      if (!run.length) runStartsSentence = sentenceStart;
      run.push(bare);
    } else if (bare && run.length && NAME_JOINERS.has(bare) && !endsClause) {
      run.push(bare);
    } else {
      flush();
    }
    // A name never runs across punctuation: "Paris, France" is two names.
    if (endsClause && run.length) flush();
    sentenceStart = SENTENCE_END.test(raw) || raw === '';
  }
  flush();
  return names;
}

/** The matching key of a name: case, accents and punctuation folded. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
