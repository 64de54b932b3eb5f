// Walks an input path (a file, a folder, or a JSONL file) and yields one ReadResult per article found.
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { decodeText, looksBinary } from './decode.ts';
import { parseExplicitDate } from './metadataDate.ts';
import { looksLikeHtml, parseHtmlFile } from './htmlFile.ts';
import { parseTextFile, type ParsedTextFile } from './textFile.ts';
import { accepted, rejected, type ReadResult } from './types.ts';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_JSONL_LINE_CHARS = 8 * 1024 * 1024;

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm']);
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

/** Sorted list of article files under a folder (recursively); hidden files and folders are skipped. */
async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const sorted = entries.filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of sorted) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(path)));
    else if (entry.isFile() && isArticleFile(entry.name)) files.push(path);
  }
  return files;
}

/** Article files are .txt, .html and .jsonl; metadata (.meta.json), READMEs and corrections are read alongside, not as articles. */
export function isArticleFile(name: string): boolean {
  const ext = extname(name).toLowerCase();
  return (TEXT_EXTENSIONS.has(ext) || JSONL_EXTENSIONS.has(ext)) && !/^readme\./i.test(name);
}

interface Metadata {
  date: string | null;
  section: string | null;
  fiction: boolean | null;
  warnings: string[];
}

/** Reads `<name>.meta.json` beside a file: {date?, section?, fiction?}. A broken one is a warning, not a lost article. */
async function readMetadata(file: string, displayFile: string): Promise<Metadata> {
  const path = join(dirname(file), `${basename(file, extname(file))}.meta.json`);
  const shown = join(dirname(displayFile), basename(path));
  const none: Metadata = { date: null, section: null, fiction: null, warnings: [] };
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return none;
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return { ...none, warnings: [`${shown}: metadata ignored, not valid JSON (${(error as Error).message})`] };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ...none, warnings: [`${shown}: metadata ignored, not a JSON object`] };
  const meta = data as Record<string, unknown>;
  const warnings: string[] = [];
  const date = typeof meta.date === 'string' ? parseExplicitDate(meta.date) : null;
  if (meta.date !== undefined && !date) warnings.push(`${shown}: "date" ignored, not a real YYYY-MM-DD date`);
  const section = typeof meta.section === 'string' && meta.section.trim() ? meta.section.trim() : null;
  const fiction = typeof meta.fiction === 'boolean' ? meta.fiction : null;
  return { date, section, fiction, warnings };
}

/** Id of a file inside an input folder: its relative path without extension, with "/" separators. */
export function fileId(root: string, file: string): string {
  const rel = relative(root, file) || basename(file);
  return rel.slice(0, rel.length - extname(rel).length).split(sep).join('/');
}

async function readTextArticle(file: string, displayFile: string, id: string, folderSection: string | null): Promise<ReadResult> {
  const info = await stat(file);
  if (info.size > MAX_FILE_BYTES) return rejected(displayFile, `file is ${info.size.toLocaleString('en')} bytes, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit`);
  const bytes = await readFile(file);
  if (looksBinary(bytes)) return rejected(displayFile, 'binary file, not text');
  let parsed: ParsedTextFile & { date?: string | null };
  try {
    const text = decodeText(bytes);
    parsed = looksLikeHtml(text) ? { format: 'html', ...parseHtmlFile(text) } : parseTextFile(text);
  } catch (error) {
    return rejected(displayFile, (error as Error).message);
  }
  const meta = await readMetadata(file, displayFile);
  return accepted(
    {
      source: displayFile,
      id,
      format: parsed.format,
      title: parsed.title,
      body: parsed.body,
      section: meta.section ?? parsed.section ?? folderSection,
      date: meta.date ?? parsed.date ?? null,
      fiction: meta.fiction,
    },
    meta.warnings,
  );
}

function describeType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

/** Validates one JSONL line: {id, title, body, section?, date?}. */
export function parseJsonlLine(line: string, source: string, seenIds: Map<string, string>): ReadResult {
  if (line.length > MAX_JSONL_LINE_CHARS) return rejected(source, `line is ${line.length} characters, over the ${MAX_JSONL_LINE_CHARS} limit`);
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    return rejected(source, `not valid JSON (${(error as Error).message})`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return rejected(source, `expected a JSON object, got ${describeType(data)}`);
  const row = data as Record<string, unknown>;
  if (row.id === undefined || row.id === null || row.id === '') return rejected(source, 'missing "id"');
  if (typeof row.id !== 'string' && !(typeof row.id === 'number' && Number.isInteger(row.id))) {
    return rejected(source, `"id" must be a string or an integer, got ${describeType(row.id)}`);
  }
  const id = String(row.id);
  for (const field of ['title', 'body'] as const) {
    if (row[field] === undefined || row[field] === null) return rejected(source, `missing "${field}"`);
    if (typeof row[field] !== 'string') return rejected(source, `"${field}" must be a string, got ${describeType(row[field])}`);
    if (!(row[field] as string).trim()) return rejected(source, `"${field}" is empty`);
  }
  if (row.section !== undefined && row.section !== null && typeof row.section !== 'string') {
    return rejected(source, `"section" must be a string, got ${describeType(row.section)}`);
  }
  const warnings: string[] = [];
  let date: string | null = null;
  if (row.date !== undefined && row.date !== null) {
    date = typeof row.date === 'string' ? parseExplicitDate(row.date) : null;
    if (!date) warnings.push(`${source}: "date" ignored, not a real YYYY-MM-DD date`);
  }
  const earlier = seenIds.get(id);
  if (earlier) return rejected(source, `id "${id}" was already used at ${earlier}`);
  seenIds.set(id, source);
  const section = typeof row.section === 'string' && row.section.trim() ? row.section.trim() : null;
  return accepted(
    { source, id, format: 'jsonl', title: row.title as string, body: row.body as string, section, date, fiction: typeof row.fiction === 'boolean' ? row.fiction : null },
    warnings,
  );
}

async function* readJsonl(file: string, displayFile: string, seenIds: Map<string, string>): AsyncGenerator<ReadResult> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    yield parseJsonlLine(line, `${displayFile}:${lineNumber}`, seenIds);
  }
}

/** Every article under `input` (file, folder or JSONL), in a stable order. Never throws for a bad article. */
export async function* readInputs(input: string): AsyncGenerator<ReadResult> {
  let info;
  try {
    info = await stat(input);
  } catch {
    yield rejected(input, 'no such file or folder');
    return;
  }
  const seenIds = new Map<string, string>();
  const files = info.isDirectory() ? await listFiles(input) : [input];
  for (const file of files) {
    const display = info.isDirectory() ? join(input, relative(input, file)) : input;
    const ext = extname(file).toLowerCase();
    try {
      if (JSONL_EXTENSIONS.has(ext)) {
        yield* readJsonl(file, display, seenIds);
        continue;
      }
      const id = info.isDirectory() ? fileId(input, file) : basename(file, extname(file));
      const folder = dirname(relative(input, file));
      const folderSection = info.isDirectory() && folder && folder !== '.' ? basename(folder) : null;
      const seen = seenIds.get(id);
      if (seen) {
        yield rejected(display, `id "${id}" was already used at ${seen}`);
        continue;
      }
      seenIds.set(id, display);
      yield await readTextArticle(file, display, id, folderSection);
    } catch (error) {
      yield rejected(display, `could not be read (${(error as Error).message})`);
    }
  }
}
