// Builds annotate input from a simple article text file ("Title | Section", blank-line paragraphs, short
// unpunctuated lines as subheadings, site boilerplate at the end dropped). Used by the eval script and the
// engine's tests until the lead's ingestion is wired in; the FILE-mode JSON shape follows ../shared/eval/README.md.
import type { AnnotateInput, Annotation, BlockKind, TextBlock } from './types.ts';

export interface SimpleArticle {
  title: string;
  section: string | null;
  paragraphs: Array<{ kind: 'paragraph' | 'subheading'; text: string }>;
}

// Lines that end a post on blog-style news sites; everything from the first one on is not the article.
const TAIL_MARKERS = /^(read more|leave a reply|related posts?|share this:?|back to top)$/i;

export function parseSimpleArticle(raw: string): SimpleArticle {
  const text = raw.replace(/\r\n?/g, '\n').replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
  const [firstLine = '', ...rest] = text.split('\n');
  const bar = firstLine.lastIndexOf(' | ');
  const title = (bar >= 0 ? firstLine.slice(0, bar) : firstLine).trim();
  const section = bar >= 0 ? firstLine.slice(bar + 3).trim() || null : null;
  const paragraphs: SimpleArticle['paragraphs'] = [];
  for (const chunk of rest.join('\n').split(/\n\s*\n/)) {
    const p = chunk.replace(/\s+/g, ' ').trim();
    if (!p) continue;
    if (TAIL_MARKERS.test(p)) break;
    const words = p.split(' ').length;
    const kind = words <= 12 && !/[.!?:"”]$/.test(p) ? 'subheading' : 'paragraph';
    paragraphs.push({ kind, text: p });
  }
  return { title, section, paragraphs };
}

/** The document text the pipeline annotates: title + "\n\n" + blocks joined by "\n\n". */
export function articleInput(article: SimpleArticle): AnnotateInput {
  const parts: Array<{ kind: BlockKind; text: string }> = [{ kind: 'title', text: article.title }, ...article.paragraphs];
  let text = '';
  const blocks: TextBlock[] = [];
  parts.forEach((p, i) => {
    if (i) text += '\n\n';
    blocks.push({ kind: p.kind, start: text.length, end: text.length + p.text.length });
    text += p.text;
  });
  return { text, blocks };
}

/** FILE-mode JSON (paragraph -1 is the title) for `score.mjs seed`. */
export function toFileJson(article: SimpleArticle, date: string | null, input: AnnotateInput, annotation: Annotation) {
  const locate = (offset: number) => {
    const index = input.blocks.findIndex((b) => offset >= b.start && offset <= b.end);
    const block = input.blocks[index]!;
    return { paragraph: index - 1, offset: offset - block.start };
  };
  return {
    title: article.title,
    section: article.section,
    date,
    paragraphs: article.paragraphs,
    quotes: annotation.quotes.map((q) => {
      const at = locate(q.start);
      const sp = q.speaker;
      const mention = sp?.mention ? locate(sp.mention.start) : null;
      return {
        text: q.text,
        paragraph: at.paragraph,
        start: at.offset,
        end: at.offset + (q.end - q.start),
        speaker: sp
          ? {
              name: sp.name,
              ...(sp.entity ? { entity: sp.entity } : {}),
              ...(mention && sp.mention ? { paragraph: mention.paragraph, start: mention.offset, end: mention.offset + (sp.mention.end - sp.mention.start) } : {}),
            }
          : null,
      };
    }),
    entities: annotation.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      mentions: e.mentions.map((m) => {
        const at = locate(m.start);
        return { paragraph: at.paragraph, start: at.offset, end: at.offset + (m.end - m.start) };
      }),
    })),
  };
}
