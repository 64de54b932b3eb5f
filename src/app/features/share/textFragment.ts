// Text-fragment links (#:~:text=…): a link that scrolls to and highlights any selected words, in browsers
// that support them (others simply open the page).

/** Characters with a meaning inside a text directive must be percent-encoded, beyond encodeURIComponent. */
function encodePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/**
 * The text directive for a selection: the whole text when short, else its first and last few words
 * (textStart,textEnd), which keeps links short and survives small differences in between.
 */
export function textDirective(selected: string, wordsEachEnd = 4, maxWhole = 80): string | null {
  const text = selected.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const words = text.split(' ');
  if (text.length <= maxWhole || words.length <= wordsEachEnd * 2) return `text=${encodePart(text)}`;
  const start = words.slice(0, wordsEachEnd).join(' ');
  const end = words.slice(-wordsEachEnd).join(' ');
  return `text=${encodePart(start)},${encodePart(end)}`;
}

/** The page URL without its own #hash, plus the fragment directive. */
export function textFragmentUrl(pageUrl: string, selected: string): string | null {
  const directive = textDirective(selected);
  if (!directive) return null;
  const url = new URL(pageUrl);
  url.hash = '';
  return `${url.href}#:~:${directive}`;
}
