// Values parked on disk as JSON lines between two passes over a corpus — clean articles between reading and
// annotating, annotated ones until their related links (which need the whole corpus) are known — so a big corpus
// is never held in memory at once.
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export class JsonSpool<T> {
  private count = 0;

  private constructor(
    private readonly folder: string,
    private readonly stream: WriteStream,
  ) {}

  static async create<T>(): Promise<JsonSpool<T>> {
    const folder = await mkdtemp(join(tmpdir(), 'dossier-spool-'));
    return new JsonSpool<T>(folder, createWriteStream(join(folder, 'values.jsonl')));
  }

  get size(): number {
    return this.count;
  }

  write(value: T): Promise<void> {
    return this.writeJson(JSON.stringify(value));
  }

  /** One line per value, as JSON text (which has no raw line breaks); waits when the disk falls behind. */
  async writeJson(json: string): Promise<void> {
    this.count++;
    // JSON.stringify never breaks lines; text from elsewhere (a cache file) might
    const line = json.includes('\n') ? JSON.stringify(JSON.parse(json)) : json;
    if (!this.stream.write(`${line}\n`)) await once(this.stream, 'drain');
  }

  /** The values in the order written; the spool takes no more writes after this. */
  async *read(): AsyncGenerator<T> {
    if (!this.stream.closed) {
      this.stream.end();
      await once(this.stream, 'close');
    }
    const lines = createInterface({ input: createReadStream(join(this.folder, 'values.jsonl')), crlfDelay: Infinity });
    for await (const line of lines) if (line) yield JSON.parse(line) as T;
  }

  async remove(): Promise<void> {
    if (!this.stream.closed) {
      this.stream.end();
      await once(this.stream, 'close').catch(() => undefined);
    }
    await rm(this.folder, { recursive: true, force: true });
  }
}
