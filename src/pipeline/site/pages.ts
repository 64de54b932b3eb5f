// Every route of the static site with its own <head>: title, description, canonical URL and link-preview tags,
// so a shared link opens directly on a file-only host and previews properly.
import type { SiteData } from '../output/writeSiteData.ts';

export interface PageHead {
  title: string;
  description: string;
  /** Absolute path of the route ("/articles/slug"). */
  path: string;
  type: 'website' | 'article' | 'profile';
  section?: string | null;
  publishedTime?: string | null;
}

export interface Page {
  /** File to write, relative to the site root. */
  file: string;
  head: PageHead;
}

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

export function sitePages(data: SiteData): Page[] {
  const pages: Page[] = [
    { file: 'index.html', head: { title: SITE_NAME, description: 'Who said what, who and what is mentioned, and what else to read.', path: '/', type: 'website' } },
    { file: 'entities.html', head: { title: `People, organisations and places · ${SITE_NAME}`, description: 'Everyone and everything mentioned in the articles.', path: '/entities', type: 'website' } },
  ];
  for (const article of data.articles) {
    const lead = article.blocks.find((b) => b.kind === 'paragraph')?.text ?? '';
    pages.push({
      file: `articles/${article.slug}.html`,
      head: {
        title: `${article.fiction ? '[Sample · fiction] ' : ''}${article.title} · ${SITE_NAME}`,
        description: clip(lead),
        path: `/articles/${article.slug}`,
        type: 'article',
        section: article.section,
        publishedTime: article.date,
      },
    });
  }
  for (const entity of data.entityPages) {
    pages.push({
      file: `entities/${entity.id}.html`,
      head: {
        title: `${entity.name} · ${SITE_NAME}`,
        description: `${entity.name}: ${entity.articles.length} article${entity.articles.length === 1 ? '' : 's'}, ${entity.quotes.length} quote${entity.quotes.length === 1 ? '' : 's'}.`,
        path: `/entities/${entity.id}`,
        type: 'profile',
      },
    });
  }
  return pages;
}

export interface HeadOptions {
  baseUrl: string | null;
  noindex: boolean;
}

/** The tags for one page; every value escaped. */
export function headTags(head: PageHead, options: HeadOptions): string {
  const url = options.baseUrl ? `${options.baseUrl.replace(/\/+$/, '')}${head.path}` : null;
  const tags = [
    `<title>${escapeHtml(head.title)}</title>`,
    `<meta name="description" content="${escapeHtml(head.description)}">`,
    `<meta property="og:site_name" content="${SITE_NAME}">`,
    `<meta property="og:title" content="${escapeHtml(head.title)}">`,
    `<meta property="og:description" content="${escapeHtml(head.description)}">`,
    `<meta property="og:type" content="${head.type}">`,
    `<meta name="twitter:card" content="summary">`,
    `<meta name="twitter:title" content="${escapeHtml(head.title)}">`,
    `<meta name="twitter:description" content="${escapeHtml(head.description)}">`,
  ];
  if (url) tags.push(`<link rel="canonical" href="${escapeHtml(url)}">`, `<meta property="og:url" content="${escapeHtml(url)}">`);
  if (head.section) tags.push(`<meta property="article:section" content="${escapeHtml(head.section)}">`);
  if (head.publishedTime) tags.push(`<meta property="article:published_time" content="${escapeHtml(head.publishedTime)}">`);
  if (options.noindex) tags.push('<meta name="robots" content="noindex, nofollow">');
  return tags.join('\n    ');
}

/** The app shell with its <title> replaced by the page's own head tags. */
export function pageHtml(shell: string, head: PageHead, options: HeadOptions): string {
  const withoutTitle = shell.replace(/<title>[\s\S]*?<\/title>\s*/i, '');
  return withoutTitle.replace(/<\/head>/i, `  ${headTags(head, options)}\n  </head>`);
}
