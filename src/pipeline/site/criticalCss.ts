// The part of a stylesheet a prerendered page needs for its first paint: every rule except those that require a
// class the page's markup never uses (they can match nothing until the app adds that class) and print rules.
// What is left renders the page exactly as the whole sheet would; the whole sheet follows before the app is live.

/** Every class name used in the markup's class attributes. */
export function classesInMarkup(html: string): Set<string> {
  const classes = new Set<string>();
  for (const match of html.matchAll(/\bclass="([^"]*)"/g)) {
    for (const name of match[1]!.split(/\s+/)) if (name) classes.add(name);
  }
  return classes;
}

/** Top-level statements and blocks of a stylesheet, quotes and nesting respected. */
export function cssBlocks(css: string): string[] {
  const blocks: string[] = [];
  let start = 0;
  let depth = 0;
  let quote: string | null = null;
  for (let index = 0; index < css.length; index++) {
    const char = css[index]!;
    if (quote) {
      if (char === '\\') index++;
      else if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '{') depth++;
    else if (char === '}' || (char === ';' && depth === 0)) {
      if (char === '}') depth--;
      if (depth === 0) {
        const block = css.slice(start, index + 1).trim();
        if (block) blocks.push(block);
        start = index + 1;
      }
    }
  }
  const rest = css.slice(start).trim();
  if (rest) blocks.push(rest);
  return blocks;
}

/** Splits at commas outside parentheses. */
function topLevelParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * Classes a selector requires: those outside any parentheses or attribute brackets. Inside :not(), :is(),
 * :where() or :has() a class may be optional or even required to be absent, so those are never counted; inside
 * [attr="a.b"] a dot is no class at all.
 */
export function requiredClasses(selector: string): string[] {
  let outside = '';
  let depth = 0;
  for (const char of selector) {
    if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (depth === 0) outside += char;
  }
  return [...outside.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1]!);
}

const GROUPING_RULE = /^@(media|supports|layer|container)\b/;

function keepBlock(block: string, classes: ReadonlySet<string>): string {
  const open = block.indexOf('{');
  if (open < 0) return block; // @charset, @import, @layer a, b;
  const prelude = block.slice(0, open).trim();
  if (/^@media\s+print\b/i.test(prelude)) return '';
  if (GROUPING_RULE.test(prelude)) {
    const inner = cssBlocks(block.slice(open + 1, -1))
      .map((child) => keepBlock(child, classes))
      .join('');
    return inner ? `${prelude}{${inner}}` : '';
  }
  if (prelude.startsWith('@')) return block; // @keyframes, @font-face, @property, @page
  const mayMatch = topLevelParts(prelude).some((selector) => requiredClasses(selector).every((name) => classes.has(name)));
  return mayMatch ? block : '';
}

// Every page of a build filters the same few stylesheets: split each once.
const blocksOf = new Map<string, string[]>();

function blocksOfSheet(css: string): string[] {
  let blocks = blocksOf.get(css);
  if (!blocks) {
    if (blocksOf.size > 16) blocksOf.clear();
    blocks = cssBlocks(css);
    blocksOf.set(css, blocks);
  }
  return blocks;
}

/** The rules of `css` that the markup with these classes may need at first paint, in their original order. */
export function criticalCss(css: string, classes: ReadonlySet<string>): string {
  return blocksOfSheet(css)
    .map((block) => keepBlock(block, classes))
    .join('');
}
