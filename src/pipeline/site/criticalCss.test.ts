import { describe, expect, it } from 'vitest';
import { criticalCss, structuralSelector } from './criticalCss.ts';

const markup = `<header class="site-header"><a class="site-name" href="/">Dossier</a>
  <div id="panel" class="settings-panel" hidden><label class="segment"><input type="radio"><span>Light</span></label></div></header>
  <main><article><h1 class="headline">Title</h1><p><mark class="quote speaker-0" data-initials="NP">said</mark>
  <span class="mention"><span class="mention-button">Russia</span></span></p></article></main>
  <footer><dialog class="shortcuts-dialog"><kbd>j</kbd></dialog></footer>`;

const rulesOf = (css: string) => css.replace(/\s+/g, ' ').replace(/\}\s+/g, '}').trim();

describe('structural selectors', () => {
  it('sets states and pseudo-elements aside, keeps what the markup decides', () => {
    expect(structuralSelector('.quote:hover::after')).toBe('.quote');
    expect(structuralSelector('.segment input:checked + span::before')).toBe('.segment input + span');
    expect(structuralSelector("[tabindex='-1']:focus:not(:focus-visible)")).toBe("[tabindex='-1']");
    expect(structuralSelector('.offline-note:not(:empty)')).toBe('.offline-note');
    expect(structuralSelector('.mention.is-selected > .mention-button')).toBe('.mention.is-selected > .mention-button');
    expect(structuralSelector('a > :hover')).toBe('a > *');
  });

  it('counts conditions on the document element as met (preferences are applied at run time)', () => {
    expect(structuralSelector(":root[data-theme='dark']")).toBe('html');
    expect(structuralSelector(":root[data-text-size='large'] .headline")).toBe('html .headline');
    expect(structuralSelector('html[data-line-width=wide]')).toBe('html');
  });
});

describe('critical CSS of a page', () => {
  it('keeps the rules that can apply to the markup, in their order, and drops the rest', () => {
    const css = `.headline{font-size:2rem}.card{border:1px solid}.quote{background:#eef}.quote:hover::after{content:attr(data-label)}
      .mention.is-selected{background:yellow}.mention-button{border-bottom:1px dotted}.chart-bar{fill:red}`;
    expect(rulesOf(criticalCss(css, markup))).toBe(
      '.headline{font-size:2rem}.quote{background:#eef}.quote:hover::after{content:attr(data-label)}.mention-button{border-bottom:1px dotted}',
    );
  });

  it('keeps every rule on the document element, whatever its attributes (saved theme and text size)', () => {
    const css = `:root{--bg:#fff}:root[data-theme='dark']{color-scheme:dark}:root[data-text-size='large']{--text-scale:1.15}*,*::before{box-sizing:border-box}`;
    expect(rulesOf(criticalCss(css, markup))).toBe(rulesOf(css));
  });

  it('leaves out rules only hidden subtrees and closed dialogs need (they show once the app is live)', () => {
    const css = '.settings-panel{position:absolute}.segment span{padding:2px}.shortcuts-dialog{max-width:30rem}kbd{font-family:monospace}.site-name{font-weight:800}';
    expect(rulesOf(criticalCss(css, markup))).toBe('.site-name{font-weight:800}');
  });

  it('keeps media blocks with a matching rule, drops empty ones and print, keeps keyframes a kept rule uses', () => {
    const css = `@media (min-width:60rem){.headline{font-size:3rem}.chart{width:50%}}@media (max-width:40rem){.chart{width:100%}}
      @media print{.headline{color:#000}}@keyframes pulse{50%{opacity:.5}}@keyframes spin{to{rotate:1turn}}
      .quote{animation:pulse 1s infinite}`;
    expect(rulesOf(criticalCss(css, markup))).toBe(
      '@media (min-width:60rem){.headline{font-size:3rem}}@keyframes pulse{50%{opacity:.5}}.quote{animation:pulse 1s infinite}',
    );
  });

  it('keeps a rule whose selector it cannot read: too much CSS is safe, too little is not', () => {
    const css = '.headline:unknown-state-xyz(1){color:red}.nowhere{color:blue}';
    expect(rulesOf(criticalCss(css, markup))).toBe('.headline:unknown-state-xyz(1){color:red}');
  });
});
