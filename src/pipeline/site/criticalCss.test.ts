import { describe, expect, it } from 'vitest';
import { classesInMarkup, criticalCss, cssBlocks, requiredClasses } from './criticalCss.ts';

const classes = classesInMarkup('<main class="page  reader"><p class="quote speaker-0">x</p><span class="chip">y</span></main>');

describe('critical CSS of a page', () => {
  it('reads every class of the markup', () => {
    expect([...classes].sort()).toEqual(['chip', 'page', 'quote', 'reader', 'speaker-0']);
  });

  it('splits a stylesheet into its top-level rules, quotes and nesting respected', () => {
    expect(cssBlocks('@charset "x";a{b:c}@media (x){.a{b:"}"}}.d{e:f}')).toEqual(['@charset "x";', 'a{b:c}', '@media (x){.a{b:"}"}}', '.d{e:f}']);
  });

  it('counts only the classes a selector cannot do without', () => {
    expect(requiredClasses('.quote.speaker-1:hover::after')).toEqual(['quote', 'speaker-1']);
    expect(requiredClasses('.a:not(.b) > .c:is(.d, .e)')).toEqual(['a', 'c']);
    expect(requiredClasses('[data-x="a.b"] p')).toEqual([]);
  });

  it('keeps rules the markup can use, in order, and drops those needing an absent class', () => {
    const css = ':root{--a:1}p{margin:0}.quote{color:red}.settings-panel{top:0}.quote.speaker-0{x:y}.quote.speaker-1{x:z}.chip,.search-hit{b:c}';
    expect(criticalCss(css, classes)).toBe(':root{--a:1}p{margin:0}.quote{color:red}.quote.speaker-0{x:y}.chip,.search-hit{b:c}');
  });

  it('keeps a rule whose absent class sits inside :not(), and state rules of present classes', () => {
    const css = '.quote:not(.is-target){a:b}.chip:hover{c:d}:focus-visible{e:f}.is-selected>.chip{g:h}';
    expect(criticalCss(css, classes)).toBe('.quote:not(.is-target){a:b}.chip:hover{c:d}:focus-visible{e:f}');
  });

  it('filters inside media queries, drops emptied ones and print rules, keeps keyframes', () => {
    const css = '@media (max-width:40rem){.chip{a:b}.dialog{c:d}}@media (min-width:60rem){.sidebar{e:f}}@media print{.quote{g:h}}@keyframes pulse{0%{opacity:1}to{opacity:.5}}';
    expect(criticalCss(css, classes)).toBe('@media (max-width:40rem){.chip{a:b}}@keyframes pulse{0%{opacity:1}to{opacity:.5}}');
  });

  it('returns the stylesheet unchanged when the page can use all of it', () => {
    const css = 'body{margin:0}.page{padding:1rem}';
    expect(criticalCss(css, classes)).toBe(css);
  });
});
