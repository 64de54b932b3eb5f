// The CSS a prerendered page needs for its first paint: the app's rules that can apply to the page's own markup.
// Inlined in the page's <head>, it is all the first paint waits for; the whole stylesheet follows without blocking
// rendering (see fillShell) and is in place before the app goes live, for states and routes this markup lacks.
// Measured on the sample article (bench/web.ts): the whole sheet inline was ~20 KB of the HTML that must arrive,
// be parsed and matched before anything shows, on a 1.6 Mbit/s link with a 4× slower CPU.
import { parseHTML } from 'linkedom';
import postcss, { type AtRule, type ChildNode, type Container, type Rule } from 'postcss';

/**
 * Subtrees nothing in them is shown until the app is live (the closed display panel, the shortcuts dialog):
 * rules only they need come with the whole stylesheet, which is applied before hydration.
 */
const NOT_SHOWN_BEFORE_APP = '[hidden], dialog:not([open]), template';

/** Pseudo-elements: a rule for `x::before` applies when `x` is present. */
const PSEUDO_ELEMENT = /::?(?:before|after|backdrop|marker|placeholder|selection|first-line|first-letter|file-selector-button|-webkit-[\w-]+|-moz-[\w-]+)\b/g;

/**
 * Pseudo-classes for states that change without new markup (hover, focus, a checked box, an emptied element,
 * a link target): dropped before matching, so a rule that could apply later is kept now.
 */
const STATE_PSEUDO_CLASS =
  /:(?:hover|focus|focus-visible|focus-within|active|visited|link|any-link|checked|indeterminate|disabled|enabled|empty|target|placeholder-shown|default|valid|invalid|user-valid|user-invalid|required|optional|read-only|read-write|open|closed|modal|popover-open|fullscreen|autofill|playing|paused)(?![\w-])/g;

/** Removes `:not(…)` and `:has(…)` (with one level of nested parentheses): only ever broadens the match. */
const NEGATION_OR_RELATIONAL = /:(?:not|has)\((?:[^()]|\([^()]*\))*\)/g;

/**
 * The document element's attributes are set at run time (saved theme, text size, line width by prefs-init.js),
 * so any `:root[…]` / `html[…]` condition counts as met.
 */
const ROOT_WITH_CONDITIONS = /(^|[\s>+~(,])(?::root|html)((?:\[[^\]]*\]|:[\w-]+(?:\([^)]*\))?)*)/g;

/** A selector reduced to what the markup alone decides. */
export function structuralSelector(selector: string): string {
  const reduced = selector
    .replace(PSEUDO_ELEMENT, '')
    .replace(NEGATION_OR_RELATIONAL, '')
    .replace(STATE_PSEUDO_CLASS, '')
    .replace(ROOT_WITH_CONDITIONS, '$1html')
    .trim();
  // "a > :hover" became "a >": anything under "a".
  return /[>+~]$/.test(reduced) ? `${reduced} *` : reduced || '*';
}

type Matcher = (selector: string) => boolean;

function markupMatcher(markup: string): Matcher {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${markup}</body></html>`);
  for (const element of [...document.querySelectorAll(NOT_SHOWN_BEFORE_APP)]) element.remove();
  const cache = new Map<string, boolean>();
  return (selector) => {
    const structural = structuralSelector(selector);
    let found = cache.get(structural);
    if (found === undefined) {
      try {
        found = document.querySelector(structural) !== null;
      } catch {
        found = true; // a selector the matcher cannot read is kept: too much CSS is safe, too little is not
      }
      cache.set(structural, found);
    }
    return found;
  };
}

const isKeyframes = (node: ChildNode): boolean => node.type === 'atrule' && /keyframes$/i.test(node.name);

/** Keeps the rules of a container that can apply; drops at-rule blocks left empty. Keyframes are decided later. */
function prune(container: Container, matches: Matcher): void {
  for (const node of [...(container.nodes ?? [])]) {
    if (node.type === 'rule') {
      if (!(node as Rule).selectors.some(matches)) node.remove();
    } else if (node.type === 'atrule' && node.name === 'media' && /^print$/i.test(node.params.trim())) {
      node.remove(); // print comes with the whole stylesheet, whose media is print until the app switches it on
    } else if (node.type === 'atrule' && !isKeyframes(node) && node.nodes) {
      prune(node, matches);
      if (node.nodes.length === 0) node.remove();
    }
  }
}

/** Names of the animations the kept rules use. */
function animationNames(root: Container): Set<string> {
  const names = new Set<string>();
  root.walkDecls(/^animation(-name)?$/, (decl) => {
    for (const word of decl.value.split(/[\s,]+/)) names.add(word);
  });
  return names;
}

/**
 * The rules of `css` that can apply to `markup` (the page's prerendered body): a rule is kept when one of its
 * selectors, with state pseudo-classes and pseudo-elements set aside, matches an element that can be shown
 * before the app is live. At-rules keep their matching rules; keyframes stay when a kept rule animates with them.
 */
export function criticalCss(css: string, markup: string): string {
  const root = postcss.parse(css);
  prune(root, markupMatcher(markup));
  const used = animationNames(root);
  root.walk((node) => {
    if (isKeyframes(node) && !used.has((node as AtRule).params.trim())) node.remove();
  });
  return root.toString();
}
