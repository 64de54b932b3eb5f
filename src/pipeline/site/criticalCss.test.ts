import { describe, expect, it } from 'vitest';
import { constantCustomProperties, criticalCss, cssBlocks, namesInMarkup, namesKey, requiredNames, rulesMarkupMayUse } from './criticalCss.ts';

const names = namesInMarkup('<main class="page  reader" id="main"><p class="quote speaker-0" style="color:var(--ink)">x</p><span class="chip">y</span></main>');

describe('critical CSS of a page', () => {
  it('reads every class, id, element name and var() reference of the markup', () => {
    expect([...names.classes].sort()).toEqual(['chip', 'page', 'quote', 'reader', 'speaker-0']);
    expect([...names.ids]).toEqual(['main']);
    expect([...names.tags].sort()).toEqual(['main', 'p', 'span']);
    expect([...names.vars]).toEqual(['--ink']);
    expect([...namesInMarkup('<p style="--speaker:red;color:var(--speaker)">x</p>').setVars]).toEqual(['--speaker']);
  });

  it('splits a stylesheet into its top-level rules, quotes and nesting respected', () => {
    expect(cssBlocks('@charset "x";a{b:c}@media (x){.a{b:"}"}}.d{e:f}')).toEqual(['@charset "x";', 'a{b:c}', '@media (x){.a{b:"}"}}', '.d{e:f}']);
  });

  it('counts only the names a selector cannot do without', () => {
    expect(requiredNames('.quote.speaker-1:hover::after')).toEqual({ classes: ['quote', 'speaker-1'], ids: [], tags: [] });
    expect(requiredNames('.a:not(.b) > .c:is(.d, .e)').classes).toEqual(['a', 'c']);
    expect(requiredNames('[data-x="a.b"] p')).toEqual({ classes: [], ids: [], tags: ['p'] });
    expect(requiredNames('.sidebar h2, #main>article:has(kbd)')).toEqual({ classes: ['sidebar'], ids: ['main'], tags: ['h2', 'article'] });
    // Pseudo-classes and pseudo-elements are no element names; neither is what :is() or [ ] hold.
    expect(requiredNames(':root[data-theme=dark]').tags).toEqual([]);
    expect(requiredNames('::backdrop, :is(dialog) a:visited, *').tags).toEqual(['a']);
    expect(requiredNames('DIALOG[open] + Kbd').tags).toEqual(['dialog', 'kbd']);
  });

  it('keeps rules the markup can use, in order, and drops those needing an absent class, id or element', () => {
    const css = ':root{color:red}p{margin:0}.quote{color:red}.settings-panel{top:0}.quote.speaker-0{x:y}.quote.speaker-1{x:z}.chip,.search-hit{b:c}kbd{d:e}#main{f:g}#other{h:i}h1,span{j:k}';
    expect(criticalCss(css, names)).toBe(':root{color:red}p{margin:0}.quote{color:red}.quote.speaker-0{x:y}.chip,.search-hit{b:c}#main{f:g}h1,span{j:k}');
  });

  it('keeps a rule whose absent class sits inside :not(), and state rules of present classes', () => {
    const css = '.quote:not(.is-target){a:b}.chip:hover{c:d}:focus-visible{e:f}.is-selected>.chip{g:h}';
    expect(criticalCss(css, names)).toBe('.quote:not(.is-target){a:b}.chip:hover{c:d}:focus-visible{e:f}');
  });

  it('filters inside media queries, drops emptied ones and print rules, keeps keyframes an animation names', () => {
    const css = '@media (max-width:40rem){.chip{a:b}.dialog{c:d}}@media (min-width:60rem){.sidebar{e:f}}@media print{.quote{g:h}}@keyframes pulse{0%{opacity:1}to{opacity:.5}}.chip{animation:1s ease-in pulse}';
    expect(criticalCss(css, names)).toBe('@media (max-width:40rem){.chip{a:b}}@keyframes pulse{0%{opacity:1}to{opacity:.5}}.chip{animation:1s ease-in pulse}');
  });

  it('drops keyframes that only rules of absent elements animate', () => {
    const css = '@keyframes pulse{50%{opacity:.5}}@keyframes spin{to{rotate:1turn}}.skeleton{animation:pulse 1s}.chip{animation-name:spin}';
    expect(criticalCss(css, names)).toBe('@keyframes spin{to{rotate:1turn}}.chip{animation-name:spin}');
  });

  it('drops custom properties nothing left reads, following var() through other custom properties', () => {
    const css = [
      // Set on an element, not the root: values that may differ between elements, never written out.
      'main{--text:light-dark(#111,#eee);--skeleton:#ccc;--s0-bg:#def;--s3-bg:#fed;--unused-chain:var(--s3-bg);--ink:blue;font:16px/1.5 var(--font, serif)}',
      '.speaker-0{--q-bg:var(--s0-bg)}',
      '.quote{background:var(--q-bg);color:var(--text)}',
      '.skeleton{background:var(--skeleton)}',
      '.chip{--only-custom:1}',
      '@media (min-width:60rem){.page{--wide:1;margin:0}}',
    ].join('');
    expect(criticalCss(css, names)).toBe(
      'main{--text:light-dark(#111,#eee);--s0-bg:#def;--ink:blue;font:16px/1.5 var(--font, serif)}' +
        '.speaker-0{--q-bg:var(--s0-bg)}' +
        '.quote{background:var(--q-bg);color:var(--text)}' +
        '@media (min-width:60rem){.page{margin:0}}',
    );
  });

  it('finds the custom properties that are the same on every element', () => {
    const css = [
      ':root{--red:#c00;--ink:var(--red);--scale:1;--size:calc(2rem * var(--scale));--m:2;--loud:1!important;--inline:1}',
      ':root[data-size=large]{--scale:1.2}',
      '@media (min-width:60rem){:root{--m:3}}',
      '.chip{--local:1}',
    ].join('');
    const constants = constantCustomProperties(css, new Set(['--inline']));
    // --scale is set again by a preference, --size reads it, --m changes with the screen, --local is not the root's,
    // --inline is set in the markup, and an !important value is left alone.
    expect(Object.fromEntries(constants)).toEqual({ '--red': '#c00', '--ink': '#c00' });
  });

  it('writes those out in place of var(), then drops the definitions nothing reads any more', () => {
    const css = ':root{--text:light-dark(#111,#eee);--scale:1;--size:calc(1rem * var(--scale));color:var(--text)}:root[data-size=large]{--scale:1.2}.quote{color:var(--text,black);font-size:var(--size)}';
    expect(criticalCss(css, names)).toBe(':root{--scale:1;--size:calc(1rem * var(--scale));color:light-dark(#111,#eee)}:root[data-size=large]{--scale:1.2}.quote{color:light-dark(#111,#eee);font-size:var(--size)}');
  });

  it('returns the stylesheet unchanged when the page can use all of it', () => {
    const css = 'main{margin:0}.page{padding:1rem;--gap:1rem;gap:var(--gap)}';
    expect(criticalCss(css, names)).toBe(css);
  });

  it('gives pages that differ only in names the sheet never mentions one result, computed once', () => {
    const css = ':root{--ink:#111}.quote{color:var(--ink)}#main{a:b}.sidebar{c:d}p{e:f}';
    const page = (extra: string) => namesInMarkup(`<main id="main"><p class="quote ${extra}" id="${extra}-id">x</p></main>`);
    expect(namesKey(css, page('block-17'))).toBe(namesKey(css, page('block-93')));
    expect(criticalCss(css, page('block-93'))).toBe(criticalCss(css, page('block-17')));
    // a name the sheet does mention is part of the key, and of the result
    expect(namesKey(css, page('sidebar'))).not.toBe(namesKey(css, page('block-17')));
    expect(criticalCss(css, page('sidebar'))).toContain('.sidebar{c:d}');
    expect(criticalCss(css, page('block-17'))).not.toContain('.sidebar');
    expect(rulesMarkupMayUse(css, page('sidebar'))).toContain('.sidebar{c:d}');
    expect(rulesMarkupMayUse(css, page('block-17'))).not.toContain('.sidebar');
  });
});
