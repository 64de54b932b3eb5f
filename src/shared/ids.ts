// Stable identifiers: entity ids, article slugs, block anchors and quote anchors.
// Pure and dependency-free so the pipeline and the app derive the same ids.

/** FNV-1a 32-bit hash as 8 hex digits: short, stable across runs and platforms. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * URL-safe slug of a name: accents folded, lower case, words joined by "-".
 * Names without Latin letters or digits (e.g. "普京") get a hashed id, never an empty one.
 */
export function slugify(name: string, maxLength = 80): string {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’'`]/g, '')
    .toLowerCase();
  const slug = folded
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug || `x-${shortHash(name.normalize('NFC'))}`;
}

/** The words of a text, for hashing: case, punctuation and spacing don't change an anchor. */
export function wordKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Gives each key an anchor "prefix-hash", suffixing repeats "-2", "-3" in order. */
export function anchorIds(prefix: string, texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const base = `${prefix}-${shortHash(wordKey(text)).slice(0, 6)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}
