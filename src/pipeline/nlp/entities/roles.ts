// A person's role as the text gives it: from a title before the name or an apposition after it.
import { ROLE_NOUNS, TITLES } from './vocabulary.ts';

const TITLE_WORDS: Record<string, string> = { sen: 'Senator', gov: 'Governor', rep: 'Representative', gen: 'General', lt: 'Lieutenant', col: 'Colonel', sgt: 'Sergeant', capt: 'Captain', adm: 'Admiral', rev: 'Reverend', prof: 'Professor', pres: 'President' };
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lady', 'lord']);

/** "Sen." → "Senator"; honorifics alone ("Mr.") are not a role. */
export function roleFromTitle(title: string): string | null {
  const words = title.split(/\s+/).map((w) => w.replace(/\.$/, ''));
  if (words.every((w) => HONORIFICS.has(w.toLowerCase()))) return null;
  return words.map((w) => TITLE_WORDS[w.toLowerCase()] ?? w).join(' ');
}

/** Role from an apposition after a full name: "Nikolai Patrushev, secretary of the National Security Council". */
export function appositionRole(text: string, mentionEnd: number): string | null {
  const after = text.slice(mentionEnd, mentionEnd + 160);
  const m = /^, ((?:the |a |an )?(?:[a-z][\p{L}-]*|[A-Z][\p{L}.-]*)(?: [\p{L}][\p{L}.'’-]*){0,9}?)(?=,| who | which | chaired | said | says |\.|$)/u.exec(after);
  if (!m) return null;
  const role = m[1]!.replace(/^(?:the|a|an) /, '');
  const firstWord = role.split(' ')[0]!.toLowerCase();
  if (!TITLES.has(firstWord) && !ROLE_NOUNS.has(firstWord) && !/^(?:head|member|founder|owner|executive|official|spokes\w+|co-\w+|chief|editor|analyst|professor|author|manager|chair\w*|vice|deputy|former)$/.test(firstWord))
    return null;
  return role;
}
