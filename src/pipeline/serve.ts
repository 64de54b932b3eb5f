// A plain static file server with the rules of a file-only host: PATH, PATH.html, PATH/index.html, else 404.html
// (status 404); text is compressed (Brotli, else gzip) for clients that accept it, as static hosts do. Used by
// `npm start`, the browser tests and the web benchmark.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The file to answer a URL path with, or null for not found. Never leaves `root`. */
export async function resolveStaticFile(root: string, urlPath: string): Promise<string | null> {
  // an encoded slash or backslash would let one URL stand for another file ("/articles/..%2Fslugs")
  if (/%2f|%5c/i.test(urlPath.split('?')[0]!)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.length > 2048) return null;
  const base = resolve(root);
  const target = resolve(base, `.${normalize(`/${decoded}`)}`);
  if (target !== base && !target.startsWith(base + sep)) return null;
  const candidates = decoded.endsWith('/') ? [join(target, 'index.html')] : [target, `${target}.html`, join(target, 'index.html')];
  for (const candidate of candidates) if (await isFile(candidate)) return candidate;
  return null;
}

/** Types worth compressing: text. Images and fonts are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg\+xml)/;
/** Below this, compression's header and the work cost more than they save. */
const MIN_COMPRESSED_SIZE = 1024;

export type ContentCoding = 'br' | 'gzip';

/**
 * The coding to answer with, from the request's Accept-Encoding as HTTP means it: q-values, q=0 refuses, `*` stands
 * for any coding not named. Brotli first (about a third smaller than gzip on our pages), unless the client ranks gzip
 * higher; null when neither is accepted.
 */
export function chooseEncoding(headers: IncomingHttpHeaders): ContentCoding | null {
  const ranks = new Map<string, number>();
  for (const part of String(headers['accept-encoding'] ?? '').toLowerCase().split(',')) {
    const [coding, ...params] = part.trim().split(';').map((piece) => piece.trim());
    if (!coding) continue;
    const quality = params.find((param) => param.startsWith('q='));
    const rank = quality ? Number(quality.slice(2)) : 1;
    ranks.set(coding, Number.isFinite(rank) ? rank : 0);
  }
  const rankOf = (coding: ContentCoding) => ranks.get(coding) ?? ranks.get('*') ?? 0;
  const [br, gz] = [rankOf('br'), rankOf('gzip')];
  if (br > 0 && br >= gz) return 'br';
  return gz > 0 ? 'gzip' : null;
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
const COMPRESSORS: Record<ContentCoding, (data: Buffer) => Promise<Buffer>> = {
  gzip: (data) => gzipAsync(data, { level: 9 }),
  // Quality 11 is slow (~0.4 s for the app's largest script) but each file is compressed once and then cached.
  br: (data) =>
    brotliAsync(data, {
      params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }),
};

/**
 * Compressed files, each compressed once per coding while unchanged (keyed by path and coding, checked against size
 * and mtime), so a page's bytes cost no CPU after the first request; the oldest entries go once `maxBytes` are held.
 */
function compressedCache(maxBytes: number) {
  const entries = new Map<string, { size: number; mtimeMs: number; body: Buffer }>();
  let held = 0;
  return async (file: string, coding: ContentCoding, size: number, mtimeMs: number): Promise<Buffer> => {
    const key = `${coding}:${file}`;
    const cached = entries.get(key);
    if (cached && cached.size === size && cached.mtimeMs === mtimeMs) return cached.body;
    const body = await COMPRESSORS[coding](await readFile(file));
    if (cached) held -= cached.body.length;
    entries.delete(key);
    entries.set(key, { size, mtimeMs, body });
    held += body.length;
    for (const [oldKey, entry] of entries) {
      if (held <= maxBytes) break;
      entries.delete(oldKey);
      held -= entry.body.length;
    }
    return body;
  };
}

export interface StaticServerOptions {
  /** Compress text for clients that accept it (default true); false serves every file as it is on disk. */
  compress?: boolean;
}

export function createStaticServer(root: string, { compress = true }: StaticServerOptions = {}): Server {
  const compressed = compressedCache(64 * 1024 * 1024);
  return createServer(async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const found = await resolveStaticFile(root, request.url ?? '/');
    const file = found ?? join(root, '404.html');
    const status = found ? 200 : 404;
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const immutable = file.includes(`${sep}assets${sep}`);
    try {
      const info = await stat(file);
      const headers: Record<string, string | number> = {
        'content-type': type,
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        'x-content-type-options': 'nosniff',
      };
      const compressible = compress && COMPRESSIBLE.test(type) && info.size >= MIN_COMPRESSED_SIZE;
      if (compressible) headers.vary = 'accept-encoding';
      const coding = compressible ? chooseEncoding(request.headers) : null;
      if (coding) {
        const body = await compressed(file, coding, info.size, info.mtimeMs);
        response.writeHead(status, { ...headers, 'content-encoding': coding, 'content-length': body.length });
        response.end(request.method === 'HEAD' ? undefined : body);
        return;
      }
      response.writeHead(status, { ...headers, 'content-length': info.size });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    } catch {
      // Gone between the lookup and the read: a plain 404, or a cut connection if the answer had begun.
      if (response.headersSent) response.destroy();
      else response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
}

/** Listens on host:port; rejects with a readable message when the port is taken (never drifts to another). */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(new Error(error.code === 'EADDRINUSE' ? `port ${port} on ${host} is already in use; stop the other server or set PORT` : error.message));
    });
    server.listen(port, host, () => resolvePromise());
  });
}
