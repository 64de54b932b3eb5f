// How names are written: the general rules that say two written forms may be one name ("Lib Dems" and
// "Liberal Democrats", "Labour" and "Labour Party", "EU" and "European Union"). Pure string functions.

/** The words a comparison looks at: case, accents, "the", possessive "'s" and punctuation don't count. */
export function nameKey(name: string): string {
  return writtenKey(name).replace(/^the /, '');
}

/** As nameKey, but a leading "the" counts: "The Times" and "Times" are two ways of writing one name. */
export function writtenKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}

export const wordsOf = (key: string): string[] => (key ? key.split(' ') : []);

// Titles and honorifics written before a name: "Mr Blair" is a form of Blair, not a name of its own.
const HONORIFICS = new Set(
  `mr mrs ms miss dr sir dame lord lady president prime minister chancellor senator governor mayor general
  king queen prince princess pope chairman chief leader secretary judge professor prof coach manager captain
  rev reverend sheikh ayatollah`
    .split(/\s+/)
    .filter(Boolean),
);

/** A written form without the titles in front of it ("Prime Minister Tony Blair" → "Tony Blair"). */
export function withoutTitles(form: string): string {
  const words = form.split(/\s+/);
  let first = 0;
  while (first < words.length - 1 && HONORIFICS.has(words[first]!.toLowerCase().replace(/\.$/, ''))) first++;
  return words.slice(first).join(' ');
}

/** A form that reads as a name: every word capitalised (joiners and numbers aside), not a description. */
export function isNameForm(form: string): boolean {
  const words = form.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  return /^[\p{Lu}\p{N}]/u.test(words[0]!) && words.every((w) => /^[\p{Lu}\p{N}&'’]/u.test(w) || /^(of|the|and|for|de|da|di|van|von|der|la|le|du|del|bin|al|el|upon|on)$/.test(w));
}

/** An abbreviation written in capitals ("EU", "CES", "U.N."). */
export function isAcronym(name: string): boolean {
  const letters = name.replace(/\./g, '');
  return /^[\p{Lu}&][\p{Lu}\p{N}&]{1,5}$/u.test(letters) && letters.length >= 2;
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'de', 'du', 'la', 'le', '&']);

/** Initials of a multiword name, small words left out: "United Nations" → "un". */
export function initialsOf(key: string): string {
  const words = wordsOf(key).filter((w) => !SMALL_WORDS.has(w));
  return words.length >= 2 ? words.map((w) => w[0]).join('') : '';
}

/** The singular of a plural name word ("democrats" → "democrat", "dems" → "dem"); other words unchanged. */
export function singular(word: string): string {
  if (word.length > 3 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** One word short for another: a clipped ("lib" → "liberal", "dem" → "democrat") or contracted ("utd" → "united")
 * form: same first letter, the short word's letters in order inside the long one, and a real shortening. */
export function isShortWord(short: string, long: string): boolean {
  if (short === long) return true;
  if (short.length < 2 || short.length >= long.length || short[0] !== long[0]) return false;
  if (long.startsWith(short)) return short.length >= 3 || long.length <= 4;
  // a contraction keeps the last letter too ("utd" for "united", "intl" for "international")
  if (short[short.length - 1] !== long[long.length - 1]) return false;
  let at = 0;
  for (const letter of short) {
    at = long.indexOf(letter, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/**
 * A short written form of a longer multiword name, word for word: "lib dems" of "liberal democrats", "man utd" of
 * "manchester united". Plurals don't count ("lib dem" is a form of "liberal democrats"); at least one word must be
 * shortened, and every word must match.
 */
export function isClippedForm(shortKey: string, longKey: string): boolean {
  const short = wordsOf(shortKey).map(singular);
  const long = wordsOf(longKey).map(singular);
  if (short.length < 2 || short.length !== long.length) return false;
  let shortened = false;
  for (const [i, word] of short.entries()) {
    if (!isShortWord(word, long[i]!)) return false;
    if (word !== long[i]) shortened = true;
  }
  return shortened;
}

/** The same name in the singular or plural ("liberal democrat" / "liberal democrats"). */
export function isNumberVariant(a: string, b: string): boolean {
  if (a === b) return false;
  const sa = wordsOf(a).map(singular).join(' ');
  return sa === wordsOf(b).map(singular).join(' ');
}

// Words an organisation's full name adds after its short name: "Labour Party", "Chelsea FC", "Acme Inc".
const ORGANISATION_SUFFIXES = new Set(['party', 'fc', 'afc', 'inc', 'ltd', 'plc', 'corp', 'corporation', 'co', 'group', 'llc', 'ag', 'sa']);

/** The name without an organisation suffix ("labour party" → "labour"), or null when it has none. */
export function withoutOrganisationSuffix(key: string): string | null {
  const words = wordsOf(key);
  if (words.length < 2 || !ORGANISATION_SUFFIXES.has(words[words.length - 1]!)) return null;
  return words.slice(0, -1).join(' ');
}

/** Spelling without accents, spaces or hyphens: "São Paulo" and "Sao Paulo", "Al Qaeda" and "Al-Qaeda". */
export function spellingKey(key: string): string {
  return key.replace(/[\s-]+/g, '');
}

/**
 * A name cut from the end of a longer one ("motors" of "general motors", "exchange commission" of "securities and
 * exchange commission"), not a whole name the longer one is about ("communist party of china" in "national congress
 * of the communist party of china").
 */
export function isCutFrom(shortKey: string, longKey: string): boolean {
  if (!longKey.endsWith(` ${shortKey}`)) return false;
  const before = wordsOf(longKey.slice(0, longKey.length - shortKey.length - 1));
  return before.length > 0 && !['of', 'the', 'for', 'at', 'in', 'on', 'to'].includes(before[before.length - 1]!);
}
