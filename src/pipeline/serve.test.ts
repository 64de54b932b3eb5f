// The static server's answers over real HTTP: Brotli or gzip for clients that take them, the file as it is otherwise.
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, createStaticServer, listen } from './serve.ts';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A raw request (fetch would decode the body itself). */
function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((settle, fail) => {
    const request = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => settle({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', fail);
    request.end();
  });
}

/** A compressed answer as caches and clients need it: the coding named, varying by what was accepted, honest length. */
function expectCompressedAnswer(answer: Answer, coding: 'br' | 'gzip'): void {
  expect(answer.status).toBe(200);
  expect(answer.headers['content-encoding']).toBe(coding);
  expect(answer.headers.vary).toBe('accept-encoding');
  expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
}

const page = `<!doctype html><title>A</title>${'<p>Words, words, words.</p>'.repeat(200)}`;
const notFound = `<!doctype html><title>Not found</title>${'<p>Nothing here.</p>'.repeat(100)}`;
const png = Buffer.alloc(4096, 7);

describe('static server', () => {
  let root = '';
  let port = 0;
  let plainPort = 0;
  let servers: Server[] = [];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'dossier-serve-'));
    writeFileSync(join(root, 'page.html'), page);
    writeFileSync(join(root, '404.html'), notFound);
    writeFileSync(join(root, 'tiny.json'), '{"a":1}');
    writeFileSync(join(root, 'image.png'), png);
    servers = [createStaticServer(root), createStaticServer(root, { compress: false })];
    for (const server of servers) await listen(server, 0, '127.0.0.1');
    [port, plainPort] = servers.map((server) => (server.address() as AddressInfo).port) as [number, number];
  });
  afterAll(() => {
    for (const server of servers) server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('sends Brotli to a client that accepts it, as browsers do, with a length that matches the body', async () => {
    const answer = await get(port, '/page', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expectCompressedAnswer(answer, 'br');
    expect(brotliDecompressSync(answer.body).toString()).toBe(page);
    const gzipped = await get(port, '/page', { 'accept-encoding': 'gzip' });
    expect(answer.body.length).toBeLessThan(gzipped.body.length);
  });

  it('gzips text for a client that accepts gzip but not Brotli, with a length that matches the body', async () => {
    const answer = await get(port, '/page', { 'accept-encoding': 'gzip, deflate' });
    expectCompressedAnswer(answer, 'gzip');
    expect(answer.body.length).toBeLessThan(page.length / 5);
    expect(gunzipSync(answer.body).toString()).toBe(page);
  });

  it('sends the file as it is to a client that accepts neither coding, or refuses them', async () => {
    for (const accept of [undefined, 'identity', 'deflate', 'gzip;q=0, br;q=0', '*;q=0']) {
      const answer = await get(port, '/page', accept ? { 'accept-encoding': accept } : {});
      expect(answer.headers['content-encoding'], String(accept)).toBeUndefined();
      expect(answer.headers.vary).toBe('accept-encoding');
      expect(answer.body.toString()).toBe(page);
    }
  });

  it('leaves images and very small files alone', async () => {
    const image = await get(port, '/image.png', { 'accept-encoding': 'gzip' });
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.body.equals(png)).toBe(true);
    const tiny = await get(port, '/tiny.json', { 'accept-encoding': 'gzip' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('{"a":1}');
  });

  it('gzips the not-found page too, with status 404, and answers HEAD with the same headers and no body', async () => {
    const missing = await get(port, '/nope', { 'accept-encoding': 'gzip' });
    expect(missing.status).toBe(404);
    expect(gunzipSync(missing.body).toString()).toBe(notFound);
    const head = await get(port, '/page', { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.body.length).toBe(0);
    expect(head.headers['content-encoding']).toBe('gzip');
    expect(Number(head.headers['content-length'])).toBe((await get(port, '/page', { 'accept-encoding': 'gzip' })).body.length);
  });

  it('serves a changed file, never the compressed copy of its earlier text', async () => {
    const file = join(root, 'changing.html');
    writeFileSync(file, `<p>first</p>${' '.repeat(2000)}`);
    expect(gunzipSync((await get(port, '/changing', { 'accept-encoding': 'gzip' })).body).toString()).toMatch(/^<p>first/);
    expect(brotliDecompressSync((await get(port, '/changing', { 'accept-encoding': 'br' })).body).toString()).toMatch(/^<p>first/);
    writeFileSync(file, `<p>second</p>${' '.repeat(2000)}`);
    // Even within the same millisecond and at the same size, the mtime or size tells the copy is stale.
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(gunzipSync((await get(port, '/changing', { 'accept-encoding': 'gzip' })).body).toString()).toMatch(/^<p>second/);
    expect(brotliDecompressSync((await get(port, '/changing', { 'accept-encoding': 'br' })).body).toString()).toMatch(/^<p>second/);
  });

  it('never compresses when told not to', async () => {
    const answer = await get(plainPort, '/page', { 'accept-encoding': 'gzip, br' });
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers.vary).toBeUndefined();
    expect(answer.body.toString()).toBe(page);
  });

  it('reads Accept-Encoding as HTTP means it: q-values, q=0 refuses, * for codings not named', () => {
    const choose = (accept?: string) => chooseEncoding(accept === undefined ? {} : { 'accept-encoding': accept });
    expect(choose('gzip, deflate, br, zstd')).toBe('br');
    expect(choose('gzip')).toBe('gzip');
    expect(choose('deflate, GZIP;q=0.5')).toBe('gzip');
    expect(choose('gzip;q=1, br;q=0.5')).toBe('gzip');
    expect(choose('gzip;q=0.5, br;q=0.5')).toBe('br');
    expect(choose('gzip;q=0, br')).toBe('br');
    expect(choose('br;q=0, gzip')).toBe('gzip');
    expect(choose('*')).toBe('br');
    expect(choose('*, br;q=0')).toBe('gzip');
    expect(choose('x-gzip-not, brotli')).toBeNull();
    expect(choose('gzip;q=nonsense')).toBeNull();
    expect(choose('')).toBeNull();
    expect(choose()).toBeNull();
  });
});
