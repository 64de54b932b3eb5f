// Annotated articles parked on disk between the pass that annotates them and the pass that writes them with their
// related links (which need the whole corpus): a big corpus is never held in memory at once.
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Article } from '../../shared/schema.ts';

export class ArticleSpool {
  private count = 0;

  private constructor(
    private readonly folder: string,
    private readonly stream: WriteStream,
  ) {}

  static async create(): Promise<ArticleSpool> {
    const folder = await mkdtemp(join(tmpdir(), 'dossier-spool-'));
    return new ArticleSpool(folder, createWriteStream(join(folder, 'articles.jsonl')));
  }

  get size(): number {
    return this.count;
  }

  write(article: Article): Promise<void> {
    return this.writeJson(JSON.stringify(article));
  }

  /** One line per article, as JSON text (which has no raw line breaks); waits when the disk falls behind. */
  async writeJson(json: string): Promise<void> {
    this.count++;
    // JSON.stringify never breaks lines; text from elsewhere (a cache file) might
    const line = json.includes('\n') ? JSON.stringify(JSON.parse(json)) : json;
    if (!this.stream.write(`${line}\n`)) await once(this.stream, 'drain');
  }

  /** The articles in the order written; the spool takes no more writes after this. */
  async *read(): AsyncGenerator<Article> {
    if (!this.stream.closed) {
      this.stream.end();
      await once(this.stream, 'close');
    }
    const lines = createInterface({ input: createReadStream(join(this.folder, 'articles.jsonl')), crlfDelay: Infinity });
    for await (const line of lines) if (line) yield JSON.parse(line) as Article;
  }

  async remove(): Promise<void> {
    if (!this.stream.closed) {
      this.stream.end();
      await once(this.stream, 'close').catch(() => undefined);
    }
    await rm(this.folder, { recursive: true, force: true });
  }
}
