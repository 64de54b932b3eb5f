// Every route of the static site with its own <head>: title, description, canonical URL and link-preview tags,
// so a shared link opens directly on a file-only host and previews properly.
import { attributionStatus } from '../../app/lib/speakers.ts';
import { ARTICLE_TEXT_ID, LIVE_ATTRIBUTE } from '../../app/ssr/secondaryRegions.ts';
import type { Article, EntityPage, Quote } from '../../shared/schema.ts';
import type { EntityLayoutPlan } from '../output/entityLayout.ts';
import type { SiteData } from '../output/writeSiteData.ts';

export interface PageHead {
  title: string;
  description: string;
  /** Absolute path of the route ("/articles/slug"). */
  path: string;
  type: 'website' | 'article' | 'profile';
  section?: string | null;
  publishedTime?: string | null;
  /**
   * Id of the element the first paint waits for (`<link rel=expect blocking=render>`). Without it, a slow device
   * whose parse of <head> outlasts the parser's time slice paints an empty page first, and the text a frame later.
   */
  paintAfter?: string;
}

export interface Page {
  /** File to write, relative to the site root. */
  file: string;
  head: PageHead;
  /** What the app renders there; its data is read from the site's data files. */
  route: PageRoute;
}

/** A prerendered route and the one data file its first paint needs. */
export type PageRoute =
  | { kind: 'home' }
  | { kind: 'article'; slug: string }
  | { kind: 'entities' }
  | { kind: 'entity'; id: string }
  | { kind: 'notFound' };

/** A small static page that previews one quote and sends the reader on to it in the article. */
export interface QuotePage {
  file: string;
  head: PageHead;
  /** The quote in the article ("/articles/slug#quote-…"). */
  target: string;
  /** One line saying what the link is, for the rare reader who sees the page itself. */
  summary: string;
  articleTitle: string;
}

/**
 * Scripts only from the site itself: no injected or inline script can run. Set on built pages only (the Vite dev
 * server needs inline scripts). Styles are not restricted.
 */
export const CONTENT_SECURITY_POLICY = "script-src 'self'; object-src 'none'; base-uri 'self'";

const SITE_NAME = 'Dossier';
const DESCRIPTION_CHARS = 200;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function clip(text: string, max = DESCRIPTION_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
}

export function homePage(): Page {
  return {
    file: 'index.html',
    head: { title: SITE_NAME, description: 'Who said what, who and what is mentioned, and what else to read.', path: '/', type: 'website' },
    route: { kind: 'home' },
  };
}

export function entityListPage(): Page {
  return {
    file: 'entities.html',
    head: { title: `People, organisations and places · ${SITE_NAME}`, description: 'Everyone and everything mentioned in the articles.', path: '/entities', type: 'website' },
    route: { kind: 'entities' },
  };
}

/** Where an article's page is, from its slug alone. */
export const articlePageFile = (slug: string) => `articles/${slug}.html`;
/** Where an entity's page is, from its id alone. */
export const entityPageFile = (id: string) => `entities/${id}.html`;

export function articlePage(article: Article): Page {
  const lead = article.blocks.find((b) => b.kind === 'paragraph')?.text ?? '';
  return {
    file: articlePageFile(article.slug),
    head: {
      title: `${article.fiction ? '[Sample · fiction] ' : ''}${article.title} · ${SITE_NAME}`,
      description: clip(lead),
      path: `/articles/${article.slug}`,
      type: 'article',
      section: article.section,
      publishedTime: article.date,
      // The text is bounded by one article; lists of unbounded length (home, entities) paint as they parse.
      paintAfter: ARTICLE_TEXT_ID,
    },
    route: { kind: 'article', slug: article.slug },
  };
}

/** An entity's page; its lists may be the first pages of longer ones (paging gives the totals). */
export function entityPage(entity: EntityPage): Page {
  const articles = entity.articlePaging?.total ?? entity.articles.length;
  const quotes = entity.quotePaging?.total ?? entity.quotes.length;
  return {
    file: entityPageFile(entity.id),
    head: {
      title: `${entity.name} · ${SITE_NAME}`,
      description: `${entity.name}: ${articles} article${articles === 1 ? '' : 's'}, ${quotes} quote${quotes === 1 ? '' : 's'}.`,
      path: `/entities/${entity.id}`,
      type: 'profile',
    },
    route: { kind: 'entity', id: entity.id },
  };
}

/** Home, the entity list, every article, and the entities that earn a page of their own (`layout.ownsPage`). */
export function sitePages(data: SiteData, layout: Pick<EntityLayoutPlan, 'ownsPage'> = { ownsPage: () => true }): Page[] {
  return [
    homePage(),
    entityListPage(),
    ...data.articles.map(articlePage),
    ...data.entityPages.filter((entity) => layout.ownsPage(entity.articles.length)).map(entityPage),
  ];
}

/** The page for unknown paths (served as 404.html): no canonical URL, since it has none. */
export function notFoundPage(): Page {
  return {
    file: '404.html',
    head: { title: `Not found · ${SITE_NAME}`, description: 'This page does not exist.', path: '/404', type: 'website' },
    route: { kind: 'notFound' },
  };
}

/**
 * 404.html also opens the URLs of entities without a page of their own (src/pipeline/output/entityLayout.ts): until
 * the app is live and knows which it is, its "not found" message is not shown, so such a link never flashes it. If
 * the app never starts the message shows after a few seconds; without JavaScript, at once.
 */
export function holdNotFoundMessage(html: string): string {
  const hold =
    `<style>#root:not([${LIVE_ATTRIBUTE}]) .not-found{visibility:hidden;animation:dossier-reveal 0s 4s forwards}@keyframes dossier-reveal{to{visibility:visible}}</style>` +
    '<noscript><style>#root .not-found{visibility:visible;animation:none}</style></noscript>';
  return html.replace(/<\/head>/i, () => `  ${hold}\n  </head>`);
}

/** Who said it, as honestly as the attribution allows. */
export function quoteSpeakerPhrase(quote: Quote): string {
  const status = attributionStatus(quote);
  if (status === 'unattributed' || !quote.speaker) return 'Unattributed quote';
  return status === 'uncertain' ? `${quote.speaker.name} (speaker uncertain)` : quote.speaker.name;
}

/**
 * A page per quote at /articles/<slug>/<quote-id>: a link preview names the quote and its speaker, and the
 * page sends readers on to /articles/<slug>#<quote-id> (a #fragment never reaches a server, so the article
 * page itself cannot preview a single quote).
 */
export function quotePages(article: Article): QuotePage[] {
  return article.quotes.map((quote) => {
    const speaker = quoteSpeakerPhrase(quote);
    const quoted = `“${clip(quote.text, 120)}”`;
    const fiction = article.fiction ? '[Sample · fiction] ' : '';
    return {
      file: `articles/${article.slug}/${quote.id}.html`,
      head: {
        title: `${fiction}${quoted} — ${speaker}`,
        description: `${speaker === 'Unattributed quote' ? 'An unattributed quote' : `Quote by ${speaker}`} in “${article.title}”.`,
        path: `/articles/${article.slug}/${quote.id}`,
        type: 'article',
        section: article.section,
        publishedTime: article.date,
      },
      target: `/articles/${encodeURIComponent(article.slug)}#${encodeURIComponent(quote.id)}`,
      summary: `${quoted} — ${speaker}`,
      articleTitle: article.title,
    };
  });
}

/**
 * The quote page: link-preview head tags, an immediate redirect (no script), and a plain link. Written without
 * indentation: there are 3 to 4 of these an article (0.3 KB an article on BBC).
 */
export function quotePageHtml(page: QuotePage, options: HeadOptions): string {
  const target = escapeHtml(page.target);
  return `${[
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // as in the shell: no request for a /favicon.ico the site does not have
    '<link rel="icon" href="data:,">',
    `<meta http-equiv="refresh" content="0; url=${target}">`,
    ...headTagList(page.head, options),
    '</head>',
    '<body>',
    `<p>${escapeHtml(page.summary)}</p>`,
    `<p>In <a href="${target}">${escapeHtml(page.articleTitle)}</a>.</p>`,
    '</body>',
    '</html>',
  ].join('\n')}\n`;
}

export interface HeadOptions {
  baseUrl: string | null;
  noindex: boolean;
}

/** The tags for one page, indented for the shell's <head>; every value escaped. */
export function headTags(head: PageHead, options: HeadOptions): string {
  return headTagList(head, options).join('\n    ');
}

function headTagList(head: PageHead, options: HeadOptions): string[] {
  const url = options.baseUrl ? `${options.baseUrl.replace(/\/+$/, '')}${head.path}` : null;
  const tags = [
    `<title>${escapeHtml(head.title)}</title>`,
    `<meta name="description" content="${escapeHtml(head.description)}">`,
    `<meta property="og:site_name" content="${SITE_NAME}">`,
    `<meta property="og:title" content="${escapeHtml(head.title)}">`,
    `<meta property="og:description" content="${escapeHtml(head.description)}">`,
    `<meta property="og:type" content="${head.type}">`,
    // Twitter's own title and description tags fall back to og:title and og:description: not repeated on every page
    `<meta name="twitter:card" content="summary">`,
  ];
  if (url) tags.push(`<link rel="canonical" href="${escapeHtml(url)}">`, `<meta property="og:url" content="${escapeHtml(url)}">`);
  if (head.section) tags.push(`<meta property="article:section" content="${escapeHtml(head.section)}">`);
  if (head.publishedTime) tags.push(`<meta property="article:published_time" content="${escapeHtml(head.publishedTime)}">`);
  if (options.noindex) tags.push('<meta name="robots" content="noindex, nofollow">');
  if (head.paintAfter) tags.push(`<link rel="expect" href="#${escapeHtml(head.paintAfter)}" blocking="render">`);
  return tags;
}

/**
 * The app shell with its <title> and description replaced by the page's own head tags, and the CSP first. The head
 * holds no script: saved display preferences reach <html> through the service worker (public/sw.js), so a cold
 * load parses nothing but markup and styles before the text.
 */
export function pageHtml(shell: string, head: PageHead, options: HeadOptions): string {
  const own = shell.replace(/<title>[\s\S]*?<\/title>\s*/i, '').replace(/<meta name="description"[^>]*>\s*/i, '');
  const csp = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;
  return own
    .replace(/(<meta charset[^>]*>)/i, (charset) => `${charset}\n    ${csp}`)
    .replace(/<\/head>/i, () => `  ${headTags(head, options)}\n  </head>`);
}
