// A plain static file server with the rules of a file-only host: PATH, PATH.html, PATH/index.html, else 404.html
// (status 404); text is gzipped for clients that accept it, as every static host does. Used by `npm start`, the
// browser tests and the web benchmark.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

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
/** Below this, gzip's header and the work cost more than they save. */
const MIN_COMPRESSED_SIZE = 1024;

/** Whether the request's Accept-Encoding takes gzip (and does not refuse it with q=0). */
export function acceptsGzip(headers: IncomingHttpHeaders): boolean {
  const accepted = String(headers['accept-encoding'] ?? '').toLowerCase();
  return accepted.split(',').some((part) => {
    const [coding, ...params] = part.trim().split(';').map((piece) => piece.trim());
    const quality = params.find((param) => param.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (!quality || Number(quality.slice(2)) > 0);
  });
}

const gzipAsync = promisify(gzip);

/**
 * Gzipped files, each compressed once while unchanged (keyed by path, checked against size and mtime), so a
 * page's bytes cost no CPU after the first request; the oldest entries go once `maxBytes` are held.
 */
function gzipCache(maxBytes: number) {
  const entries = new Map<string, { size: number; mtimeMs: number; body: Buffer }>();
  let held = 0;
  return async (file: string, size: number, mtimeMs: number): Promise<Buffer> => {
    const cached = entries.get(file);
    if (cached && cached.size === size && cached.mtimeMs === mtimeMs) return cached.body;
    const body = await gzipAsync(await readFile(file), { level: 9 });
    if (cached) held -= cached.body.length;
    entries.delete(file);
    entries.set(file, { size, mtimeMs, body });
    held += body.length;
    for (const [key, entry] of entries) {
      if (held <= maxBytes) break;
      entries.delete(key);
      held -= entry.body.length;
    }
    return body;
  };
}

export interface StaticServerOptions {
  /** Gzip text for clients that accept it (default true); false serves every file as it is on disk. */
  compress?: boolean;
}

export function createStaticServer(root: string, { compress = true }: StaticServerOptions = {}): Server {
  const gzipped = gzipCache(64 * 1024 * 1024);
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
      if (compressible && acceptsGzip(request.headers)) {
        const body = await gzipped(file, info.size, info.mtimeMs);
        response.writeHead(status, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length });
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
