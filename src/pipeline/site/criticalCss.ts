// The part of a stylesheet a prerendered page needs for its first paint: every rule except those that require a
// class, id or element the page's markup never has (they can match nothing until the app adds it) and print rules;
// in what is left, custom properties that are the same on every element are written out in place, then custom
// properties nothing reads and keyframes no animation names go. What is left renders the page exactly as the whole
// sheet would; the whole sheet follows before the app is live. Fewer bytes, rules and var() lookups in <head> are less
// to transfer, parse and resolve before the first paint.

/** What a page's markup has that a selector may require, and the custom properties its inline styles use. */
export interface MarkupNames {
  classes: Set<string>;
  ids: Set<string>;
  /** Element names, lower case. */
  tags: Set<string>;
  /** Custom properties read by var() in the markup itself (style attributes). */
  vars: Set<string>;
  /** Custom properties set in the markup itself (style attributes). */
  setVars: Set<string>;
}

/** Every class, id, element name and var() reference in the markup. */
export function namesInMarkup(html: string): MarkupNames {
  const classes = new Set<string>();
  for (const match of html.matchAll(/\bclass="([^"]*)"/g)) {
    for (const name of match[1]!.split(/\s+/)) if (name) classes.add(name);
  }
  return {
    classes,
    ids: new Set([...html.matchAll(/\bid="([^"]+)"/g)].map((match) => match[1]!)),
    tags: new Set([...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((match) => match[1]!.toLowerCase())),
    vars: varReferences(html),
    setVars: new Set([...html.matchAll(/\bstyle="([^"]*)"/g)].flatMap((match) => [...match[1]!.matchAll(/(--[\w-]+)\s*:/g)].map((set) => set[1]!))),
  };
}

/** Calls `visit` with each character of `text` outside quoted strings (escapes inside them skipped). */
function forEachUnquoted(text: string, visit: (char: string, index: number) => void): void {
  let quote: string | null = null;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quote) {
      if (char === '\\') index++;
      else if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else visit(char, index);
  }
}

/** Top-level statements and blocks of a stylesheet, quotes and nesting respected. */
export function cssBlocks(css: string): string[] {
  const blocks: string[] = [];
  let start = 0;
  let depth = 0;
  forEachUnquoted(css, (char, index) => {
    if (char === '{') depth++;
    else if (char === '}' || (char === ';' && depth === 0)) {
      if (char === '}') depth--;
      if (depth === 0) {
        const block = css.slice(start, index + 1).trim();
        if (block) blocks.push(block);
        start = index + 1;
      }
    }
  });
  const rest = css.slice(start).trim();
  if (rest) blocks.push(rest);
  return blocks;
}

/** Splits at `separator` outside parentheses, brackets and quotes. */
function splitTopLevel(text: string, separator: ',' | ';'): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  forEachUnquoted(text, (char, index) => {
    if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (char === separator && depth === 0) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  });
  parts.push(text.slice(start));
  return parts;
}

/** A selector with everything inside parentheses and attribute brackets taken out. */
function outsideParentheses(selector: string): string {
  let outside = '';
  let depth = 0;
  for (const char of selector) {
    if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') {
      depth--;
      if (depth === 0) outside += ' '; // "a:is(b)c" must not read as one name
    } else if (depth === 0) outside += char;
  }
  return outside;
}

/**
 * Classes, ids and element names a selector requires: those outside any parentheses or attribute brackets. Inside
 * :not(), :is(), :where() or :has() a name may be optional or even required to be absent, so those are never
 * counted; inside [attr="a.b"] a dot is no class at all.
 */
export function requiredNames(selector: string): { classes: string[]; ids: string[]; tags: string[] } {
  const outside = outsideParentheses(selector);
  return {
    classes: [...outside.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1]!),
    ids: [...outside.matchAll(/#(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1]!),
    // An element name starts a compound: at the start or after a combinator, never after . # : or a name character.
    tags: [...outside.matchAll(/(?:^|[\s>+~])([a-zA-Z][\w-]*)/g)].map((match) => match[1]!.toLowerCase()),
  };
}

function selectorMayMatch(selector: string, names: MarkupNames): boolean {
  const required = requiredNames(selector);
  return (
    required.classes.every((name) => names.classes.has(name)) &&
    required.ids.every((name) => names.ids.has(name)) &&
    required.tags.every((name) => names.tags.has(name))
  );
}

const GROUPING_RULE = /^@(media|supports|layer|container)\b/;

function keepBlock(block: string, names: MarkupNames): string {
  const open = block.indexOf('{');
  if (open < 0) return block; // @charset, @import, @layer a, b;
  const prelude = block.slice(0, open).trim();
  if (/^@media\s+print\b/i.test(prelude)) return '';
  if (GROUPING_RULE.test(prelude)) {
    const inner = cssBlocks(block.slice(open + 1, -1))
      .map((child) => keepBlock(child, names))
      .join('');
    return inner ? `${prelude}{${inner}}` : '';
  }
  if (prelude.startsWith('@')) return block; // @keyframes, @font-face, @property, @page
  return splitTopLevel(prelude, ',').some((selector) => selectorMayMatch(selector, names)) ? block : '';
}

/** Custom properties read by var() in the text. */
function varReferences(text: string): Set<string> {
  return new Set([...text.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1]!));
}

/** A declaration block split into declarations, at semicolons outside parentheses and quotes. */
function splitDeclarations(text: string): string[] {
  return splitTopLevel(text, ';')
    .map((part) => part.trim())
    .filter(Boolean);
}

const CUSTOM_PROPERTY = /^(--[\w-]+)\s*:/;

/** A style rule: its text, its selector list, its declarations' text, and whether a grouping rule (@media…) holds it. */
interface StyleRule {
  source: string;
  prelude: string;
  body: string;
  grouped: boolean;
}

/**
 * The blocks with each style rule, inside grouping rules too, replaced by what `rewrite` makes of it ('' drops it);
 * grouping rules left empty go, other at-rules stay as they are.
 */
function rewriteStyleRules(blocks: string[], rewrite: (rule: StyleRule) => string, grouped = false): string[] {
  return blocks.flatMap((block) => {
    const open = block.indexOf('{');
    if (open < 0) return [block];
    const prelude = block.slice(0, open).trim();
    const body = block.slice(open + 1, -1);
    if (GROUPING_RULE.test(prelude)) {
      const inner = rewriteStyleRules(cssBlocks(body), rewrite, true).join('');
      return inner ? [`${prelude}{${inner}}`] : [];
    }
    if (prelude.startsWith('@')) return [block];
    const rewritten = rewrite({ source: block, prelude, body, grouped });
    return rewritten ? [rewritten] : [];
  });
}

/** Every style rule of the blocks, inside grouping rules too. */
function styleRules(blocks: string[]): StyleRule[] {
  const rules: StyleRule[] = [];
  rewriteStyleRules(blocks, (rule) => (rules.push(rule), ''));
  return rules;
}

/** Every declaration of the style rules, inside grouping rules too. */
function allDeclarations(blocks: string[]): string[] {
  return styleRules(blocks).flatMap((rule) => splitDeclarations(rule.body));
}

/** Keeps the declarations `keep` accepts in every style rule; drops rules left empty. */
function filterDeclarations(blocks: string[], keep: (declaration: string) => boolean): string[] {
  return rewriteStyleRules(blocks, ({ source, prelude, body }) => {
    const declarations = splitDeclarations(body);
    const kept = declarations.filter(keep);
    if (kept.length === declarations.length) return source;
    return kept.length > 0 ? `${prelude}{${kept.join(';')}}` : '';
  });
}

/**
 * Drops custom property declarations that nothing left reads: not the rules' other declarations, not the markup's
 * inline styles, not another custom property that is itself read (followed through any number of steps).
 */
function withoutUnusedCustomProperties(blocks: string[], markupVars: ReadonlySet<string>): string[] {
  const definitions = new Map<string, string[]>();
  const used = new Set(markupVars);
  for (const declaration of allDeclarations(blocks)) {
    const name = CUSTOM_PROPERTY.exec(declaration)?.[1];
    if (name) definitions.set(name, [...(definitions.get(name) ?? []), declaration]);
    else for (const reference of varReferences(declaration)) used.add(reference);
  }
  // @keyframes and @font-face bodies may read custom properties too.
  for (const block of blocks) if (block.startsWith('@') && !GROUPING_RULE.test(block)) for (const reference of varReferences(block)) used.add(reference);
  const pending = [...used];
  while (pending.length > 0) {
    for (const definition of definitions.get(pending.pop()!) ?? []) {
      for (const reference of varReferences(definition)) {
        if (!used.has(reference)) {
          used.add(reference);
          pending.push(reference);
        }
      }
    }
  }
  return filterDeclarations(blocks, (declaration) => {
    const name = CUSTOM_PROPERTY.exec(declaration)?.[1];
    return !name || used.has(name);
  });
}

const KEYFRAMES = /^@(?:-webkit-)?keyframes\s+([\w-]+)/;

/** Drops @keyframes that no animation left names. */
function withoutUnusedKeyframes(blocks: string[]): string[] {
  const animations = allDeclarations(blocks)
    .filter((declaration) => /^animation(-name)?\s*:/.test(declaration))
    .map((declaration) => declaration.slice(declaration.indexOf(':') + 1));
  const named = (name: string) => animations.some((value) => value.split(/[\s,]+/).includes(name));
  return blocks.filter((block) => {
    const name = KEYFRAMES.exec(block)?.[1];
    return !name || named(name);
  });
}

// Every page of a build filters the same few stylesheets: split each once.
const blocksOf = new Map<string, string[]>();

function blocksOfSheet(css: string): string[] {
  return cached(blocksOf, css, SHEETS, () => cssBlocks(css));
}

/** A build's stylesheets are few: caches keyed by a sheet hold this many before starting afresh. */
const SHEETS = 16;

/** `cache`'s value for `key`, computed once; a cache that grows past `limit` entries starts afresh. */
function cached<K, V>(cache: Map<K, V>, key: K, limit: number, compute: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size > limit) cache.clear();
    value = compute();
    cache.set(key, value);
  }
  return value;
}

const VAR_CALL = /var\(\s*(--[\w-]+)\s*(?:,(?:[^()]|\([^()]*\))*)?\)/g;

/**
 * Custom properties with the same value on every element: set once in the whole sheets, by a `:root` rule outside
 * any media query (so no theme, preference or screen size sets them again), never in the markup's inline styles,
 * with a value that reads only such properties. Each maps to its value with those reads written out.
 */
export function constantCustomProperties(css: string, setInMarkup: ReadonlySet<string>): Map<string, string> {
  return cached(constantsOf, `${[...setInMarkup].sort().join(' ')}\n${css}`, SHEETS, () => findConstantCustomProperties(css, setInMarkup));
}

// Every page of a build reads the same few stylesheets: find their constants once.
const constantsOf = new Map<string, Map<string, string>>();

function findConstantCustomProperties(css: string, setInMarkup: ReadonlySet<string>): Map<string, string> {
  const definitions = new Map<string, Array<{ prelude: string; grouped: boolean; value: string }>>();
  for (const rule of styleRules(blocksOfSheet(css))) {
    for (const declaration of splitDeclarations(rule.body)) {
      const name = CUSTOM_PROPERTY.exec(declaration)?.[1];
      if (!name) continue;
      const value = declaration.slice(declaration.indexOf(':') + 1).trim();
      definitions.set(name, [...(definitions.get(name) ?? []), { prelude: rule.prelude, grouped: rule.grouped, value }]);
    }
  }
  const constants = new Map<string, string>();
  const settled = new Set<string>();
  const resolve = (name: string, trail: Set<string>): string | null => {
    if (settled.has(name)) return constants.get(name) ?? null;
    const set = definitions.get(name) ?? [];
    const only = set.length === 1 ? set[0]! : null;
    let value: string | null = null;
    if (only && only.prelude === ':root' && !only.grouped && !setInMarkup.has(name) && !/!important/i.test(only.value) && !trail.has(name)) {
      value = only.value;
      for (const reference of varReferences(only.value)) {
        if (resolve(reference, new Set([...trail, name])) === null) value = null;
      }
      if (value !== null) value = value.replace(VAR_CALL, (call, reference: string) => constants.get(reference) ?? call);
    }
    settled.add(name);
    if (value !== null) constants.set(name, value);
    return value;
  };
  for (const name of definitions.keys()) resolve(name, new Set());
  return constants;
}

/** Writes constant custom properties out in place of their var() in every declaration. */
function withConstantsWrittenOut(blocks: string[], constants: ReadonlyMap<string, string>): string[] {
  if (constants.size === 0) return blocks;
  return rewriteStyleRules(blocks, ({ source, prelude, body }) => {
    const written = body.replace(VAR_CALL, (call, name: string) => constants.get(name) ?? call);
    return written === body ? source : `${prelude}{${written}}`;
  });
}

/**
 * The rules of `css` that markup with these names may need, as the sheet has them: what `criticalCss` starts from.
 * Equal to `css` when the markup may use every rule (print rules aside).
 */
export function rulesMarkupMayUse(css: string, names: MarkupNames): string {
  return remembered(mayUseOf, css, names, () => keptBlocks(css, names).join(''));
}

function keptBlocks(css: string, names: MarkupNames): string[] {
  return blocksOfSheet(css)
    .map((block) => keepBlock(block, names))
    .filter(Boolean);
}

/** The rules of `css` that markup with these names may need at first paint, in their original order. */
export function criticalCss(css: string, names: MarkupNames): string {
  return remembered(criticalOf, css, names, () => {
    const kept = keptBlocks(css, names);
    const written = withConstantsWrittenOut(kept, constantCustomProperties(css, names.setVars));
    return withoutUnusedKeyframes(withoutUnusedCustomProperties(written, names.vars)).join('');
  });
}

// Pages differ in their ids and words far more than in the names a stylesheet can ask about: both results above depend
// only on the markup's names the sheet itself mentions, so the pages of a big build share a few hundred computations.
const criticalOf = new Map<string, Map<string, string>>();
const mayUseOf = new Map<string, Map<string, string>>();
const wordsOf = new Map<string, Set<string>>();

/** Every name-like word of the sheet (as written and in lower case): a superset of the names its rules mention. */
function wordsOfSheet(css: string): Set<string> {
  return cached(wordsOf, css, SHEETS, () => {
    const words = new Set<string>();
    for (const [word] of css.matchAll(/-?-?[_a-zA-Z][\w-]*/g)) words.add(word).add(word.toLowerCase());
    return words;
  });
}

/** The markup's names that `css` mentions, as one key. */
export function namesKey(css: string, names: MarkupNames): string {
  const words = wordsOfSheet(css);
  const mentioned = (set: ReadonlySet<string>) => [...set].filter((name) => words.has(name)).sort().join(' ');
  return [names.classes, names.ids, names.tags, names.vars, names.setVars].map(mentioned).join('\n');
}

function remembered(cache: Map<string, Map<string, string>>, css: string, names: MarkupNames, compute: () => string): string {
  return cached(cached(cache, css, SHEETS, () => new Map<string, string>()), namesKey(css, names), 4096, compute);
}
