// HTML article pages: the article is extracted with Mozilla Readability on a server-side DOM (linkedom), then turned
// into the same plain layout as a text file (paragraphs separated by blank lines) so one cleaner handles all formats.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseExplicitDate } from './metadataDate.ts';

export interface ParsedHtmlFile {
  title: string;
  section: string | null;
  date: string | null;
  body: string;
}

const MIN_ARTICLE_CHARS = 40;
/**
 * What marks a page's publication date. Only marks that say "published": a plain <time> is as likely the day of
 * an event the story mentions.
 */
const PUBLISHED_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[property="og:article:published_time"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  '[itemprop="datePublished"]',
  'time[pubdate]',
];
const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption';

function metaContent(document: Document, selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content') ?? document.querySelector(selector)?.getAttribute('datetime');
    if (value && value.trim()) return value.trim();
  }
  return null;
}

/** Text of each block element, innermost blocks only (a <li> holding a <p> gives the <p>). */
function blockTexts(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCK_SELECTOR)].filter((el) => !el.querySelector(BLOCK_SELECTOR));
  const texts = blocks.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (texts.length) return texts;
  const whole = (document.body?.textContent ?? '').trim();
  return whole ? whole.split(/\n\s*\n/).map((t) => t.replace(/\s+/g, ' ').trim()) : [];
}

/** Extracts the article from an HTML page; throws a readable Error when the page holds none. */
export function parseHtmlFile(html: string): ParsedHtmlFile {
  const { document } = parseHTML(html);
  const date = parseExplicitDate(metaContent(document, PUBLISHED_SELECTORS) ?? '');
  const section = metaContent(document, ['meta[property="article:section"]']);
  const ogTitle = metaContent(document, ['meta[property="og:title"]']);
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  // a page whose "article" is a few words of navigation holds no article
  if (!article || !article.content || (article.textContent ?? '').trim().length < MIN_ARTICLE_CHARS) throw new Error('no article found in the HTML page');
  const paragraphs = blockTexts(article.content);
  if (!paragraphs.length) throw new Error('no article text found in the HTML page');
  const title = (ogTitle ?? article.title ?? '').replace(/\s+/g, ' ').trim();
  if (!title) throw new Error('the HTML page has no title');
  // Readability may keep the headline as the first block: don't repeat it as a paragraph
  if (paragraphs[0] === title) paragraphs.shift();
  return { title, section, date: date ?? parseExplicitDate(article.publishedTime ?? ''), body: paragraphs.join('\n\n') };
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 1024));
}
